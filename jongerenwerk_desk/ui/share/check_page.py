"""Page 4: the result of the legal check, every finding explained.

Blocks are shown first with the way out (remove the item, record the missing ground, or ask
the privacy officer to change the covenant profile); there is no override
(docs/legal-rules.md section 5). A root cause comes first with the findings that follow
from it (``Finding.caused_by``) folded under it, so the worker fixes the cause, not its
echoes; each finding that a field fixes has a button that goes to that field (a ground on the
grounds page, or the item on the items page). A text the screener flagged
(CATEGORY_SUSPECTED) can be confirmed as recorded, or its signal recategorised in the signal
editor (saved through ``services.ops``), after which the check runs again. Every warning has
its own checkbox and Next stays disabled until each one is ticked. A blocked request about a
person shows the covenant profile's routes outside the overleg (Veilig Thuis, 112,
zorgmelding, aandachtsfunctionaris) as a panel with their basis and what to do next (V2-3).
The page is rebuilt from a fresh assessment every time it is shown.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from jongerenwerk_desk.covenant import SEVERITY_BLOCK, SEVERITY_INFO, SEVERITY_WARN
from jongerenwerk_desk.sharing.request_builder import parse_item_id
from jongerenwerk_desk.sharing.session import Evaluation, finding_key
from jongerenwerk_desk.ui.a11y import announce, tab_stop
from jongerenwerk_desk.ui.share.common import (
    SharePage,
    banner,
    hint_label,
    make_scroll_area,
    replace_scroll_content,
    wrap_label,
)
from jongerenwerk_desk.ui.share.finding_text import code_title, readable_message
from jongerenwerk_desk.ui.share.labels import Labeller

_ORDER = {SEVERITY_BLOCK: 0, SEVERITY_WARN: 1, SEVERITY_INFO: 2}
_GROUNDS_FIELD = {
    "NECESSITY_MISSING": lambda f: f"necessity:{f.item}",
    "SUBSIDIARITY_MISSING": lambda f: "subsidiarity",
    "SUBJECT_NOT_INFORMED": lambda f: f"inform_exception:{f.subject}",
    "SPECIAL_CATEGORY": lambda f: f"vital:{f.item}",
    "CONFIDENCE_WITHOUT_GROUND": lambda f: "conflict",
}
"""Finding code -> the key of the grounds page field that fixes it."""
ROUTES_CODE = "ROUTES_OUTSIDE_OVERLEG"
_OWN_CARD = frozenset({"CATEGORY_SUSPECTED"})
"""Findings with their own way out on the card (a confirmation per item): never combined."""


def grouped(findings) -> list[tuple[object, list]]:
    """``[(root, [findings that follow from it])]``: a finding whose ``caused_by`` names an
    earlier finding's code (same item, else same subject, else the nearest) goes under it;
    roots keep the check's order, blocks first."""
    groups: list[tuple[object, list]] = []
    for finding in findings:
        cause = getattr(finding, "caused_by", None)
        parent = None
        if cause:
            candidates = [g for g in groups if g[0].code == cause]
            parent = next((g for g in reversed(candidates) if g[0].item == finding.item
                           and finding.item is not None), None) \
                or next((g for g in reversed(candidates) if g[0].subject == finding.subject),
                        None) or (candidates[-1] if candidates else None)
        if parent is not None:
            parent[1].append(finding)
        else:
            groups.append((finding, []))
    return sorted(groups, key=lambda g: min(_ORDER.get(f.severity, 3)
                                            for f in (g[0], *g[1])))


class CheckPage(SharePage):
    """Shows ``evaluation``; complete only when not blocked and all warnings are ticked."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Result of the check"))
        self.setSubTitle(self.tr("The covenant check of this disclosure (verstrekking). Read "
                                 "every finding; acknowledge each warning."))
        self.area = make_scroll_area()
        layout = QVBoxLayout(self)
        layout.addWidget(self.area)
        self.evaluation: Evaluation | None = None
        self.warning_checks: list[QCheckBox] = []
        self.finding_frames: list[QFrame] = []
        self.frame_findings: list[list] = []   # per frame in finding_frames: its findings
        self.routes_panel: QGroupBox | None = None
        self.verdict: QLabel | None = None      # the banner: a Tab stop, announced on entry

    def refresh(self) -> None:
        """Assess a freshly built request and rebuild the list (never appended)."""
        self.show_evaluation(self.session.evaluate())

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Rebuild the page for ``evaluation``; acknowledgements of identical warnings stay."""
        self.evaluation = evaluation
        self.warning_checks = []
        self.finding_frames = []
        labeller = Labeller(self.session.notebook, self.session.profile)
        body = replace_scroll_content(self.area)
        verdict = self.verdict = self._verdict_banner(evaluation)
        tab_stop(verdict)                   # reachable by Tab and Shift+Tab (WCAG 2.1.1)
        body.addWidget(verdict)
        self.frame_findings = []
        self.routes_panel = None
        if any(f.code == ROUTES_CODE for f in evaluation.assessment.findings):
            self.routes_panel = self._routes_panel()
            body.addWidget(self.routes_panel)
        groups = grouped([f for f in evaluation.assessment.findings if f.code != ROUTES_CODE])
        alike: dict[tuple[str, str], list] = {}
        for root, followers in groups:        # the same finding for several items: one card
            if not followers and root.severity != SEVERITY_INFO \
                    and root.code not in _OWN_CARD:
                alike.setdefault((root.code, root.severity), []).append(root)
        shown: set[int] = set()
        for root, followers in groups:
            if id(root) in shown:
                continue
            same = alike.get((root.code, root.severity), [])
            if len(same) > 1 and root in same:
                frame = self._combined_frame(same, evaluation, labeller)
                shown.update(id(f) for f in same)
                self.finding_frames.append(frame)
                self.frame_findings.append(list(same))
                body.addWidget(frame)
                continue
            frame = self._finding_frame(root, evaluation, labeller)
            self.finding_frames.append(frame)
            self.frame_findings.append([root])
            body.addWidget(frame)
            if followers:
                self._fold(frame, followers, evaluation, labeller)
        body.addStretch(1)
        self.completeChanged.emit()
        # said on entering the page, before the first warning's check box (WCAG 4.1.3)
        announce(verdict, verdict.text(), assertive=evaluation.assessment.blocked)

    def _verdict_banner(self, evaluation: Evaluation) -> QLabel:
        assessment = evaluation.assessment
        if assessment.blocked:
            count = len(assessment.by_severity(SEVERITY_BLOCK))
            wizard = self.wizard()
            text = (self.tr("This disclosure may not go ahead (blocking findings: %1). There "
                            "is no override. The way out: go Back and remove the item "
                            "concerned under “%2”, record the missing ground under “%3”, or "
                            "ask the privacy officer to have the covenant profile changed.")
                    .replace("%1", str(count))
                    .replace("%2", wizard.page(1).title() if wizard else "")
                    .replace("%3", wizard.page(2).title() if wizard else ""))
            return banner(text, "block")
        warnings = assessment.by_severity(SEVERITY_WARN)
        if warnings:
            return banner(self.tr("Allowed, with warnings: %1. Tick each warning once you "
                                  "have weighed it; then you can continue.")
                          .replace("%1", str(len(warnings))), "warn")
        return banner(self.tr("Allowed: no blocks and no warnings."), "ok")

    def _routes_panel(self) -> QGroupBox:
        """The profile's routes outside the overleg, each with when to use it and its basis,
        and what to do next (legal rules V2-3)."""
        box = QGroupBox(self.tr("Worried about a young person? Other routes"))
        box.setObjectName("routes_panel")
        layout = QVBoxLayout(box)
        intro = wrap_label(self.tr(
            "This cannot go through the meeting. If you fear for a young person, do not wait: "
            "use one of these routes. In acute danger call 112 first; otherwise talk to your "
            "designated safeguarding officer today and follow the reporting code."))
        tab_stop(intro)                     # reachable and read by keyboard, like a finding
        layout.addWidget(intro)
        for route in self.session.profile.routes:
            # profile texts (an organisation document), escaped: never client data
            label = wrap_label(f"<b>{html.escape(route.title)}</b> — {html.escape(route.when)}",
                               rich=True, object_name=f"route_{route.id}")
            label.setAccessibleName(route.title)
            label.setAccessibleDescription(f"{route.when} {route.basis}")
            tab_stop(label)
            layout.addWidget(label)
            layout.addWidget(hint_label(self.tr("Basis: %1").replace("%1", route.basis)))
        return box

    def _finding_frame(self, finding, evaluation: Evaluation, labeller: Labeller) -> QFrame:
        frame = QFrame()
        frame.setObjectName(f"finding_{finding.code}")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        severity = {SEVERITY_BLOCK: self.tr("Blocks"), SEVERITY_WARN: self.tr("Warning"),
                    SEVERITY_INFO: self.tr("For your information")}.get(finding.severity,
                                                                          finding.severity)
        colour = {SEVERITY_BLOCK: "#9b1c1c", SEVERITY_WARN: "#7a5200"}.get(finding.severity,
                                                                          "#1e3f73")
        head = QLabel(f"<b style='color:{colour}'>{severity}</b> &nbsp; "
                      f"<b>{html.escape(code_title(finding.code))}</b>")
        head.setObjectName("finding_title")
        head.setToolTip(self.tr("Code: %1").replace("%1", finding.code))
        head.setAccessibleName(f"{severity}: {code_title(finding.code)}")
        tab_stop(head)                      # every finding is a Tab stop, read in full
        layout.addWidget(head)
        if finding.caused_by:
            layout.addWidget(hint_label(self.tr("Follows from: %1").replace(
                "%1", code_title(finding.caused_by))))
        message = readable_message(finding.message, evaluation.request, labeller)
        layout.addWidget(wrap_label(message, object_name="finding_message"))
        said = [message]
        concerns = []
        if finding.item:
            concerns.append(labeller.item_by_id(evaluation.request, finding.item))
        elif finding.subject:
            concerns.append(labeller.subject(finding.subject))
        if concerns:
            said.append(self.tr("Concerns: %1").replace("%1", concerns[0]))
            layout.addWidget(hint_label(said[-1]))
        said.append(self.tr("Basis: %1").replace("%1", finding.basis))
        layout.addWidget(hint_label(said[-1]))
        head.setAccessibleDescription(" ".join(said))
        if finding.severity != SEVERITY_INFO and (finding.code in _GROUNDS_FIELD
                                                  or finding.item):
            row = QHBoxLayout()
            go = QPushButton(self.tr("Go to the field that fixes this")
                             if finding.code in _GROUNDS_FIELD else self.tr("Go to the item"))
            go.setObjectName(f"goto_{finding.code}")
            go.setAccessibleDescription(" ".join(said))
            go.clicked.connect(lambda _=False, f=finding: self.go_to(f))
            row.addWidget(go)
            row.addStretch(1)
            layout.addLayout(row)
        if finding.code == "CATEGORY_SUSPECTED" and finding.item:
            layout.addWidget(self._confirm_category(finding.item))
            layout.addWidget(self._recategorise_button(finding.item), 0,
                             Qt.AlignmentFlag.AlignLeft)
        if finding.severity == SEVERITY_WARN:
            check = QCheckBox(self.tr("I have read and weighed this warning"))
            # named after its own warning (a list of identical names says nothing), starting
            # with the visible text so speech input finds it too (WCAG 2.5.3)
            check.setAccessibleName(f"{check.text()}: {code_title(finding.code)}")
            check.setAccessibleDescription(message)
            check.setObjectName(f"ack_{finding.code}")
            key = finding_key(finding)
            check.setChecked(key in self.session.acknowledged)
            check.toggled.connect(lambda on, k=key: self._acknowledge(k, on))
            self.warning_checks.append(check)
            layout.addWidget(check)
        return frame

    def _combined_frame(self, findings: list, evaluation: Evaluation,
                        labeller: Labeller) -> QFrame:
        """One card for the same finding on several items: the title once, then per item
        what it concerns with its own button to the field; one tick for all warnings."""
        first = findings[0]
        frame = QFrame()
        frame.setObjectName(f"finding_{first.code}")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        blocking = first.severity == SEVERITY_BLOCK
        colour = "#9b1c1c" if blocking else "#7a5200"
        kind = self.tr("Blocks") if blocking else self.tr("Warning")
        head = QLabel(f"<b style='color:{colour}'>{html.escape(kind)}</b> &nbsp; "
                      f"<b>{html.escape(code_title(first.code))}</b> &nbsp; "
                      + html.escape(self.tr("(%n items)", "", len(findings))))
        head.setObjectName("finding_title")
        head.setToolTip(self.tr("Code: %1").replace("%1", first.code))
        tab_stop(head)                      # a Tab stop, read in full, like every finding
        layout.addWidget(head)
        for finding in findings:
            row = QHBoxLayout()
            message = readable_message(finding.message, evaluation.request, labeller)
            row.addWidget(wrap_label(message, object_name="finding_message"), 1)
            if finding.code in _GROUNDS_FIELD or finding.item:
                go = QPushButton(self.tr("Go to the field") if finding.code in _GROUNDS_FIELD
                                 else self.tr("Go to the item"))
                go.setObjectName(f"goto_{finding.code}")
                go.setAccessibleDescription(message)    # which item: the names are alike
                go.clicked.connect(lambda _=False, f=finding: self.go_to(f))
                row.addWidget(go)
            layout.addLayout(row)
        layout.addWidget(hint_label(self.tr("Basis: %1").replace("%1", first.basis)))
        if first.severity == SEVERITY_WARN:
            keys = [finding_key(f) for f in findings]
            check = QCheckBox(self.tr("I have read and weighed this warning for each of "
                                      "these items"))
            check.setAccessibleName(f"{check.text()}: {code_title(first.code)}")
            check.setObjectName(f"ack_{first.code}")
            check.setChecked(all(k in self.session.acknowledged for k in keys))
            check.toggled.connect(lambda on, ks=keys: [self._acknowledge(k, on) for k in ks])
            self.warning_checks.append(check)
            layout.addWidget(check)
        return frame

    def _fold(self, frame: QFrame, followers: list, evaluation: Evaluation,
              labeller: Labeller) -> None:
        """Put the findings that follow from the root in ``frame`` under it, folded (open
        when one of them is a warning still to tick)."""
        holder = QWidget()
        holder.setObjectName("followers")
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(18, 0, 0, 0)
        for finding in followers:
            child = self._finding_frame(finding, evaluation, labeller)
            self.finding_frames.append(child)
            self.frame_findings.append([finding])
            inner.addWidget(child)
        toggle = QPushButton(self.tr("Follows from this: %n more finding(s)", "",
                                     len(followers)))
        toggle.setObjectName("fold_toggle")
        toggle.setCheckable(True)
        toggle.setFlat(True)
        open_now = any(f.severity == SEVERITY_WARN
                       and finding_key(f) not in self.session.acknowledged for f in followers)
        toggle.setChecked(open_now)
        holder.setVisible(open_now)
        toggle.toggled.connect(holder.setVisible)
        frame.layout().addWidget(toggle)
        frame.layout().addWidget(holder)

    def go_to(self, finding) -> None:
        """Go back to the page whose field fixes ``finding`` and put the cursor there."""
        wizard = self.wizard()
        from jongerenwerk_desk.ui.share.wizard import PageId

        key = _GROUNDS_FIELD[finding.code](finding) if finding.code in _GROUNDS_FIELD else None
        target = PageId.GROUNDS if key is not None else PageId.ITEMS
        while wizard.currentId() > target:
            wizard.back()
        page = wizard.page_of(target)
        if key is not None:
            widget = page.fields.get(key)
        else:
            widget = page.tree
            row = self._tree_row(page, finding.item)
            if row is not None:
                page.tree.setCurrentItem(row)
                page.tree.scrollToItem(row)
        if widget is not None:
            widget.setFocus()
            area = getattr(page, "area", None)
            if area is not None:
                area.ensureWidgetVisible(widget)

    @staticmethod
    def _tree_row(page, item_id: str | None):
        if not item_id:
            return None
        head = item_id.split("-", 1)[0]
        if head.startswith("S") and head[1:].isdigit():
            return page.tree_item("signal", int(head[1:]))
        if head.startswith("P") and head[1:].isdigit():
            return page.tree_item("person", int(head[1:]))
        return None

    def _confirm_category(self, item_id: str) -> QCheckBox:
        """The way out of CATEGORY_SUSPECTED (V2-7b): confirm the category after reading the
        text (the block becomes a warning), or go back and change the signal's category."""
        check = QCheckBox(self.tr("I read the text: the kind of information is right as "
                                  "recorded (otherwise change the signal's category)"))
        check.setObjectName(f"confirm_category_{item_id}")
        check.setChecked(item_id in self.session.draft.confirmed_screening)
        check.toggled.connect(lambda on, key=item_id: self._confirmed(key, on))
        return check

    def _recategorise_button(self, item_id: str) -> QPushButton:
        """The other way out of CATEGORY_SUSPECTED: choose the right kind of information."""
        button = QPushButton(self.tr("Change the signal's &category…"))
        button.setObjectName(f"recategorise_{item_id}")
        button.setToolTip(self.tr("Opens the signal: choose the kind of information that "
                                  "fits the text (for example health or criminal matters)"))
        button.clicked.connect(lambda _on=False, key=item_id: self.recategorise(key))
        return button

    def recategorise(self, item_id: str) -> bool:
        """Open the signal editor for the signal of ``item_id`` ("S12" or "S12-P3"); it saves
        through ``services.ops`` (``notebook.ops.save_signal``). After a save the earlier
        confirmation of that item is dropped and the check runs again. True when saved."""
        from jongerenwerk_desk.ui.editors.signal_editor import SignalEditor
        from jongerenwerk_desk.ui.views.panel_base import run_editor

        kind, signal_id, _person = parse_item_id(item_id)
        wizard = self.wizard()
        if kind != "signal" or wizard is None or self.session.notebook is None:
            return False
        try:
            signal = self.session.notebook.signals.get(signal_id)
        except KeyError:
            return False
        wall = wizard.services.clock.wall
        editor = SignalEditor(self.session.notebook, self.session.profile, signal,
                              now=lambda: datetime.fromtimestamp(wall(), UTC), parent=wizard)
        if not run_editor(wizard.services, editor):
            return False
        confirmed = self.session.draft.confirmed_screening
        confirmed.difference_update({item_id, f"S{signal_id}"})
        self.refresh()
        return True

    def _confirmed(self, item_id: str, on: bool) -> None:
        confirmed = self.session.draft.confirmed_screening
        if on:
            confirmed.add(item_id)
        else:
            confirmed.discard(item_id)
        self.refresh()

    def _acknowledge(self, key, on: bool) -> None:
        if on:
            self.session.acknowledged.add(key)
        else:
            self.session.acknowledged.discard(key)
        self.completeChanged.emit()

    def first_field(self):
        """The first warning checkbox; without one, Next (when it may be pressed) or Back."""
        if self.warning_checks:
            return self.warning_checks[0]
        wizard = self.wizard()
        if wizard is None:
            return None
        nxt = wizard.button(QWizard.WizardButton.NextButton)
        return nxt if nxt.isEnabled() and nxt.isVisible() else wizard.button(
            QWizard.WizardButton.BackButton)

    def isComplete(self) -> bool:
        """Not blocked and every warning acknowledged."""
        if self.evaluation is None or self.evaluation.blocked:
            return False
        return all(check.isChecked() for check in self.warning_checks)
