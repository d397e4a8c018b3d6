"""Page 5: the preview, where the text of each item is settled.

The preview is the summary of a freshly prepared disclosure (``sharing.prepare_disclosure``),
rebuilt (never appended) each time the page is shown or a choice on it changes. Per item with free
text the worker reads the text, may edit or shorten it in place for this disclosure only (the
notebook record stays as it was; the settled text goes into ``Grounds.shared_text``, is
redacted like any text and is kept with the disclosure in the register), and ticks that it was
reviewed: only reviewed text leaves the notebook (the rule as implemented in
``sharing/summary.py``: never unreviewed free text). Any item can be dropped.

The check runs again on every change and is shown on this page: a block says what to change
or leave out, with the buttons to do it here; a warning is acknowledged here. Ticking "text
reviewed" is itself the acknowledgement of that text's free-text warning (one statement, asked
once). There is no bounce back to the check page. Client text is shown as plain text only.
"""

from __future__ import annotations

import html
import re

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from jongerenwerk_desk.covenant import SEVERITY_BLOCK
from jongerenwerk_desk.sharing.model import DEMO_LABEL, format_day
from jongerenwerk_desk.sharing.session import Evaluation, finding_key
from jongerenwerk_desk.ui.share.common import (
    SharePage,
    banner,
    discard_widget,
    hint_label,
    make_scroll_area,
    replace_scroll_content,
    wrap_label,
)
from jongerenwerk_desk.ui.share.finding_text import code_title, readable_message
from jongerenwerk_desk.ui.share.labels import Labeller
from jongerenwerk_desk.ui.views import labels as view_labels

_SIGNAL_ID = re.compile(r"^S(\d+)")
_PERSON_ID = re.compile(r"^P(\d+)-")
_TEXT_CODES = {"INFORMANT_IDENTIFIABLE", "FREE_TEXT"}
"""Findings the worker can resolve by changing the text (or leaving it out)."""
EDITOR_HEIGHT = 72
OUTCOME_HEIGHT = 64   # pixels: the heading and about three lines of the text that goes along


def _alive(widget) -> bool:
    """False once the C++ side of ``widget`` is gone (a deferred call after a rebuild/lock)."""
    return shiboken6.isValid(widget)


def _base(item_id: str | None) -> str:
    """``S12`` for ``S12-P3``; the id itself otherwise."""
    match = _SIGNAL_ID.match(item_id or "")
    return f"S{match.group(1)}" if match else (item_id or "")


class PreviewPage(SharePage):
    """The summary as it will leave, with the text editors and the live check.

    ``entry_frames``, ``text_edits``, ``apply_buttons``, ``review_checks`` and
    ``drop_buttons`` map item id -> widget; ``finding_frames`` and ``ack_checks`` list the
    findings shown at the top (blocks, then warnings still to acknowledge).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Preview: settle the text"))
        self.setSubTitle(self.tr("This is exactly what leaves the notebook. Edit or shorten a "
                                 "text here if needed (the notebook stays as it is), then tick "
                                 "that you reviewed it: only reviewed texts go along."))
        self.count_label = QLabel()
        self.count_label.setObjectName("preview_count")
        self.reason_label = wrap_label(object_name="preview_reason")
        self.reason_label.setStyleSheet("color: #9b1c1c;")
        self.status = QVBoxLayout()
        self.area = make_scroll_area()
        layout = QVBoxLayout(self)
        layout.addLayout(self.status)
        layout.addWidget(self.count_label)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.reason_label)
        self.summary = None
        self.evaluation = None
        self._clear_maps()

    def _clear_maps(self) -> None:
        self.entry_frames: dict[str, QFrame] = {}
        self.review_checks: dict[str, QCheckBox] = {}
        self.drop_buttons: dict[str, QPushButton] = {}
        self.text_edits: dict[str, QPlainTextEdit] = {}
        self.apply_buttons: dict[str, QPushButton] = {}
        self.finding_frames: list[QFrame] = []
        self.ack_checks: list[QCheckBox] = []

    # ------------------------------------------------------------------ building
    def refresh(self) -> None:
        """Prepare afresh (request, check, summary: ``ShareSession.prepare``) and redraw."""
        prepared = self.session.prepare()
        self.evaluation = Evaluation.of(prepared)
        self._acknowledge_reviewed(self.evaluation)
        self.summary = prepared.summary
        self._draw()

    def show_evaluation(self, evaluation) -> None:
        """Show a verdict the wizard just found on Next: prepared again with its summary."""
        self.refresh()

    def _acknowledge_reviewed(self, evaluation) -> None:
        """A ticked "text reviewed" is the acknowledgement of that text's FREE_TEXT warning."""
        reviewed = self.session.draft.reviewed_free_text
        for finding in evaluation.warnings():
            if finding.code == "FREE_TEXT" and (finding.item in reviewed
                                                or _base(finding.item) in reviewed):
                self.session.acknowledged.add(finding_key(finding))

    def _draw(self) -> None:
        while self.status.count():
            widget = self.status.takeAt(0).widget()
            if widget is not None:
                discard_widget(widget)
        scroll = self.area.verticalScrollBar().value()
        self._clear_maps()
        body = replace_scroll_content(self.area)
        labeller = Labeller(self.session.notebook, self.session.profile)
        self._draw_findings(body, labeller)
        summary = self.summary
        if summary is not None and summary.header.demo:
            self.status.addWidget(banner(DEMO_LABEL, "warn"))
        if summary is None:
            self.count_label.setText("")
            for item in self.evaluation.request.items:
                if _SIGNAL_ID.match(item.id):
                    body.addWidget(self._entry_frame(item.id, labeller.item(item), None))
        else:
            self.count_label.setText(self.tr("%n item(s) in the summary.", "",
                                             summary.entry_count()))
            body.addWidget(self._header_frame(summary.header))
            body.addWidget(self._group_frame(summary.group))
            for entry in summary.group_entries:
                body.addWidget(self._entry_frame(entry.item_id, self._heading(entry), entry))
            for person in summary.persons:
                title = person.label + (f" — {person.role}" if person.role else "")
                body.addWidget(self._section_title(title))
                for entry in person.entries:
                    body.addWidget(self._entry_frame(entry.item_id, self._heading(entry),
                                                     entry))
            if summary.omitted:
                body.addWidget(hint_label(self.tr(
                    "%n item(s) left out by the rules of the summary (not allowed at this "
                    "step or for this purpose).", "", len(summary.omitted))))
        body.addStretch(1)
        self.reason_label.setText(self.why_not())
        # keep the worker's place after ticking or dropping an item further down
        area = self.area
        QTimer.singleShot(0, area, lambda: _alive(area) and area.verticalScrollBar().setValue(
            scroll))
        self.completeChanged.emit()

    @staticmethod
    def _heading(entry) -> str:
        return f"{format_day(entry.day)} · {entry.category_title} · {entry.label}"

    def _draw_findings(self, body: QVBoxLayout, labeller: Labeller) -> None:
        """Blocks first, then warnings still to acknowledge, each with what to do here."""
        evaluation = self.evaluation
        blocks = evaluation.assessment.by_severity(SEVERITY_BLOCK)
        open_warnings = self.session.unacknowledged(evaluation)
        if blocks:
            body.addWidget(banner(self.tr(
                "The check blocks this disclosure now. Change or leave out what is named "
                "below; the check updates at once."), "block"))
        for finding in (*blocks, *open_warnings):
            frame = self._finding_frame(finding, labeller)
            self.finding_frames.append(frame)
            body.addWidget(frame)

    def _finding_frame(self, finding, labeller: Labeller) -> QFrame:
        frame = QFrame()
        frame.setObjectName(f"preview_finding_{finding.code}")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        blocking = finding.severity == SEVERITY_BLOCK
        colour = "#9b1c1c" if blocking else "#7a5200"
        kind = self.tr("Blocks") if blocking else self.tr("Warning")
        head = QLabel(f"<b style='color:{colour}'>{html.escape(kind)}</b> &nbsp; "
                      f"<b>{html.escape(code_title(finding.code))}</b>")
        layout.addWidget(head)
        layout.addWidget(wrap_label(readable_message(finding.message, self.evaluation.request,
                                                     labeller)))
        row = QHBoxLayout()
        item_id = finding.item
        if blocking and item_id:
            if finding.code in _TEXT_CODES and _SIGNAL_ID.match(item_id):
                edit = QPushButton(self.tr("Edit the text"))
                edit.setAccessibleDescription(code_title(finding.code))
                edit.setObjectName(f"fix_edit_{item_id}")
                edit.clicked.connect(lambda _=False, key=item_id: self.focus_text(key))
                row.addWidget(edit)
                if self._reviewed(item_id):
                    untick = QPushButton(self.tr("Send without the text"))
                    untick.setAccessibleDescription(code_title(finding.code))
                    untick.setObjectName(f"fix_untick_{item_id}")
                    untick.clicked.connect(
                        lambda _=False, key=item_id: self.set_reviewed(key, False))
                    row.addWidget(untick)
            drop = QPushButton(self.tr("Leave this item out"))
            drop.setAccessibleDescription(code_title(finding.code))
            drop.setObjectName(f"fix_drop_{item_id}")
            drop.clicked.connect(lambda _=False, key=item_id: self.drop(key))
            row.addWidget(drop)
        elif blocking:
            wizard = self.wizard()
            layout.addWidget(hint_label(self.tr("Go Back to “%1” or “%2” to change this.")
                                        .replace("%1", wizard.page(1).title() if wizard else "")
                                        .replace("%2", wizard.page(2).title() if wizard
                                                 else "")))
        else:
            check = QCheckBox(self.tr("I have read and weighed this warning"))
            check.setAccessibleName(f"{check.text()}: {code_title(finding.code)}")
            check.setAccessibleDescription(readable_message(
                finding.message, self.evaluation.request, labeller))
            check.setObjectName(f"preview_ack_{finding.code}")
            key = finding_key(finding)
            check.toggled.connect(lambda on, k=key: self._acknowledge(k, on))
            self.ack_checks.append(check)
            row.addWidget(check)
        row.addStretch(1)
        layout.addLayout(row)
        return frame

    def _section_title(self, text: str) -> QLabel:
        label = wrap_label(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _header_frame(self, header) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.addWidget(self._section_title(header.confidential_label.upper()))
        if header.demo:
            layout.addWidget(self._section_title(DEMO_LABEL))
        lines = [
            self.tr("Covenant: %1, version %2").replace("%1", header.covenant_title)
            .replace("%2", header.covenant_version),
            self.tr("Purpose: %1 (step %2)").replace("%1", header.purpose_title)
            .replace("%2", view_labels.label(view_labels.STAGES, header.stage)),
            self.tr("Recipients: %1").replace("%1", ", ".join(header.recipients)),
            self.tr("Date: %1").replace("%1", format_day(header.day)),
        ]
        if header.sender_line():
            lines.append(self.tr("Sender: %1").replace("%1", header.sender_line()))
        for line in lines:
            layout.addWidget(wrap_label(line))
        return frame

    def _group_frame(self, group) -> QFrame:
        frame = QFrame()
        layout = QVBoxLayout(frame)
        layout.addWidget(self._section_title(self.tr("Group: %1 (step %2)")
                                             .replace("%1", group.name)
                                             .replace("%2", view_labels.label(
                                                 view_labels.STAGES, group.stage))))
        period = " – ".join(format_day(d) for d in (group.period_from, group.period_until) if d)
        if period:
            layout.addWidget(wrap_label(self.tr("Period: %1").replace("%1", period)))
        if group.locations:
            layout.addWidget(wrap_label(self.tr("Locations: %1")
                                        .replace("%1", ", ".join(group.locations))))
        if group.platforms:
            layout.addWidget(wrap_label(self.tr("Online: %1")
                                        .replace("%1", ", ".join(group.platforms))))
        return frame

    def _entry_frame(self, item_id: str, heading: str, entry) -> QFrame:
        """One item: heading, the text editor (signals with text), what goes along, and
        the review tick and Drop button. ``entry`` is None while the check blocks."""
        frame = QFrame()
        frame.setObjectName(f"entry_{item_id}")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.addWidget(wrap_label(heading))
        source_text = self.notebook_text(item_id)
        if source_text:
            editor = QPlainTextEdit()
            editor.setObjectName(f"text_{item_id}")
            editor.setAccessibleName(self.tr("Text to share"))
            editor.setAccessibleDescription(heading)    # which item: the names are alike
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(EDITOR_HEIGHT)
            editor.setPlainText(self.session.draft.shared_text.get(item_id, source_text))
            self.text_edits[item_id] = editor
            layout.addWidget(editor)
            edit_row = QHBoxLayout()
            apply = QPushButton(self.tr("Use this text"))
            apply.setObjectName(f"apply_{item_id}")
            apply.setToolTip(self.tr("Use the edited text for this disclosure; the notebook "
                                     "stays as it is"))
            apply.setAccessibleDescription(heading)
            apply.clicked.connect(lambda _=False, key=item_id: self.apply_text(key))
            self.apply_buttons[item_id] = apply
            edit_row.addWidget(apply)
            if item_id in self.session.draft.shared_text:
                restore = QPushButton(self.tr("Back to the notebook text"))
                restore.setObjectName(f"restore_{item_id}")
                restore.setAccessibleDescription(heading)
                restore.clicked.connect(lambda _=False, key=item_id: self.restore_text(key))
                edit_row.addWidget(restore)
                edit_row.addWidget(hint_label(self.tr("Edited for this disclosure.")))
            edit_row.addStretch(1)
            layout.addLayout(edit_row)
            # one outcome area of a fixed height, so ticking "reviewed" never moves the
            # boxes below it (the next checkbox stays where the mouse expects it)
            if entry is not None and entry.text:
                outcome = wrap_label(self.tr("Goes along as (names of others are replaced):")
                                     + "\n" + entry.text, object_name="entry_text")
            else:
                outcome = hint_label(self.tr("The text does not go along until you tick that "
                                             "you reviewed it."))
                outcome.setObjectName("unreviewed_text")
            outcome.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            outcome.setFixedHeight(OUTCOME_HEIGHT)
            outcome.setToolTip(entry.text if entry is not None and entry.text else "")
            layout.addWidget(outcome)
        row = QHBoxLayout()
        if source_text:
            check = QCheckBox(self.tr("Text reviewed: no names of others, only what is "
                                      "needed — include it"))
            check.setObjectName(f"review_{item_id}")
            check.setAccessibleDescription(heading)     # which item: the names are all alike
            check.setChecked(self._reviewed(item_id))
            check.toggled.connect(lambda on, key=item_id: self.set_reviewed(key, on))
            self.review_checks[item_id] = check
            row.addWidget(check, 1)
        else:
            row.addStretch(1)
        drop = QPushButton(self.tr("Drop"))
        drop.setObjectName(f"drop_{item_id}")
        drop.setToolTip(self.tr("Leave this item out of the disclosure"))
        drop.setAccessibleDescription(heading)
        drop.clicked.connect(lambda _=False, key=item_id: self.drop(key))
        self.drop_buttons[item_id] = drop
        row.addWidget(drop)
        layout.addLayout(row)
        self.entry_frames[item_id] = frame
        return frame

    def notebook_text(self, item_id: str) -> str:
        """The signal's text as the notebook holds it (with its place), or "" for none."""
        match = _SIGNAL_ID.match(item_id)
        if not match:
            return ""
        try:
            signal = self.session.notebook.signals.get(int(match.group(1)))
        except KeyError:
            return ""
        text = signal.text.strip()
        if signal.location.strip():
            text = f"Plek: {signal.location.strip()}\n{text}"
        return text

    # ------------------------------------------------------------------ reactions
    def _reviewed(self, item_id: str) -> bool:
        reviewed = self.session.draft.reviewed_free_text
        return item_id in reviewed or _base(item_id) in reviewed

    def set_reviewed(self, item_id: str, on: bool) -> None:
        """Tick or untick "text reviewed" for ``item_id`` (and check again)."""
        reviewed = self.session.draft.reviewed_free_text
        if on:
            reviewed.add(item_id)
        else:
            reviewed.discard(item_id)
            reviewed.discard(_base(item_id))
        self.refresh()
        self._restore_focus(item_id, self.review_checks)

    def apply_text(self, item_id: str) -> None:
        """Use the editor's text for this disclosure (the notebook is not changed)."""
        editor = self.text_edits.get(item_id)
        if editor is None:
            return
        text = editor.toPlainText()
        if text.strip() == self.notebook_text(item_id):
            self.session.draft.shared_text.pop(item_id, None)
        else:
            self.session.draft.shared_text[item_id] = text.strip()
        self.refresh()
        self._restore_focus(item_id, self.apply_buttons)

    def restore_text(self, item_id: str) -> None:
        """Go back to the notebook's text for ``item_id``."""
        self.session.draft.shared_text.pop(item_id, None)
        self.refresh()
        self._restore_focus(item_id, self.text_edits)

    def focus_text(self, item_id: str) -> None:
        """Put the cursor in the text editor of ``item_id`` and scroll it into view."""
        self._restore_focus(item_id, self.text_edits)

    def _acknowledge(self, key, on: bool) -> None:
        if on:
            self.session.acknowledged.add(key)
        else:
            self.session.acknowledged.discard(key)
        self.reason_label.setText(self.why_not())
        self.completeChanged.emit()

    def drop(self, item_id: str) -> None:
        """Leave an item out: a signal item drops the signal, a person item the person."""
        draft = self.session.draft
        signal = _SIGNAL_ID.match(item_id)
        person = _PERSON_ID.match(item_id)
        if signal:
            draft.signal_ids = [s for s in draft.signal_ids if s != int(signal.group(1))]
        elif person:
            draft.person_ids = [p for p in draft.person_ids if p != int(person.group(1))]
        order = list(self.drop_buttons)
        following = order[order.index(item_id) + 1:] if item_id in order else []
        draft.reviewed_free_text.discard(item_id)
        draft.shared_text.pop(item_id, None)
        self.refresh()
        target = next((key for key in following if key in self.drop_buttons), None)
        if target is not None:
            self._restore_focus(target, self.drop_buttons)
        else:
            self.focus_first()

    def _restore_focus(self, item_id: str, controls: dict) -> None:
        """After a rebuild, give focus back to the control of ``item_id`` (by item id, the
        widgets are new) and keep it in view."""
        control = controls.get(item_id)
        if control is None:
            self.focus_first()
            return
        control.setFocus(Qt.FocusReason.OtherFocusReason)
        area = self.area

        def again() -> None:        # the rebuilt widgets are shown on the next loop turn
            if _alive(area) and _alive(control) and control.isVisible():
                control.setFocus(Qt.FocusReason.OtherFocusReason)
                area.ensureWidgetVisible(control)

        QTimer.singleShot(0, area, again)

    def why_not(self) -> str:
        """Why Next cannot be pressed yet (Dutch, shown under the page), or ""."""
        if self.evaluation is None:
            return ""
        if self.evaluation.blocked:
            return self.tr("Next is not possible while the check blocks: change or leave out "
                           "what is named at the top.")
        if self.session.unacknowledged(self.evaluation):
            return self.tr("Tick each warning at the top once you have weighed it.")
        if self.summary is None or self.summary.entry_count() == 0:
            wizard = self.wizard()
            return self.tr("Nothing is left to share: go Back to “%1” and tick what to share.") \
                .replace("%1", wizard.page(1).title() if wizard else "")
        return ""

    def isComplete(self) -> bool:
        """Something is left to share, nothing blocks, every warning is acknowledged."""
        return (self.summary is not None and self.summary.entry_count() > 0
                and self.evaluation is not None
                and not self.session.unacknowledged(self.evaluation))
