"""Page 5: preview of the minimal summary, with redaction by the worker.

The preview is the summary of a freshly prepared disclosure (``sharing.prepare_disclosure``),
rebuilt (never appended) each time the page is shown or a choice on it changes. Per item with free
text the worker reads the text and decides: only text they ticked as reviewed leaves the
notebook; any item can be dropped (docs/legal-rules.md section 6: never unreviewed free text).
Client text is shown as plain text only.
"""

from __future__ import annotations

import re

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from jongerenwerk_desk.sharing.model import DEMO_LABEL, format_day
from jongerenwerk_desk.sharing.session import Evaluation
from jongerenwerk_desk.ui.share.common import (
    SharePage,
    banner,
    discard_widget,
    hint_label,
    make_scroll_area,
    replace_scroll_content,
    wrap_label,
)

_SIGNAL_ID = re.compile(r"^S(\d+)")


def _alive(widget) -> bool:
    """False once the C++ side of ``widget`` is gone (a deferred call after a rebuild/lock)."""
    return shiboken6.isValid(widget)
_PERSON_ID = re.compile(r"^P(\d+)-")


class PreviewPage(SharePage):
    """The summary as it will leave; ``entry_frames`` maps item id -> its frame."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Preview and redaction"))
        self.setSubTitle(self.tr("This is exactly what leaves the notebook. Read every text: "
                                 "only texts you tick as reviewed are included. Drop what is "
                                 "not needed."))
        self.count_label = QLabel()
        self.count_label.setObjectName("preview_count")
        self.status = QVBoxLayout()
        self.area = make_scroll_area()
        layout = QVBoxLayout(self)
        layout.addLayout(self.status)
        layout.addWidget(self.count_label)
        layout.addWidget(self.area, 1)
        self.summary = None
        self.evaluation = None
        self.entry_frames: dict[str, QFrame] = {}
        self.review_checks: dict[str, QCheckBox] = {}
        self.drop_buttons: dict[str, QPushButton] = {}

    # ------------------------------------------------------------------ building
    def refresh(self) -> None:
        """Prepare afresh (request, check, summary: ``ShareSession.prepare``) and redraw."""
        prepared = self.session.prepare()
        self.evaluation = Evaluation.of(prepared)
        self.summary = prepared.summary
        self._draw()

    def _draw(self) -> None:
        while self.status.count():
            widget = self.status.takeAt(0).widget()
            if widget is not None:
                discard_widget(widget)
        scroll = self.area.verticalScrollBar().value()
        self.entry_frames, self.review_checks, self.drop_buttons = {}, {}, {}
        body = replace_scroll_content(self.area)
        if self.summary is None:
            self.status.addWidget(banner(self.tr(
                "The check now blocks this disclosure. Go Back to the check to see why."),
                "block"))
            self.count_label.setText("")
            self.completeChanged.emit()
            return
        if self.session.unacknowledged(self.evaluation):
            self.status.addWidget(banner(self.tr(
                "Your changes here add a warning. Next takes you back to the check to "
                "acknowledge it."), "warn"))
        summary = self.summary
        if summary.header.demo:
            self.status.addWidget(banner(DEMO_LABEL, "warn"))
        self.count_label.setText(self.tr("Items in the summary: %1.")
                                 .replace("%1", str(summary.entry_count())))
        body.addWidget(self._header_frame(summary.header))
        body.addWidget(self._group_frame(summary.group))
        for entry in summary.group_entries:
            body.addWidget(self._entry_frame(entry))
        for person in summary.persons:
            title = person.label + (f" — {person.role}" if person.role else "")
            body.addWidget(self._section_title(title))
            for entry in person.entries:
                body.addWidget(self._entry_frame(entry))
        if summary.omitted:
            body.addWidget(hint_label(self.tr("Items left out by the rules of the summary: "
                                              "%1.").replace("%1",
                                                                  str(len(summary.omitted)))))
        body.addStretch(1)
        # keep the worker's place after ticking or dropping an item further down
        area = self.area
        QTimer.singleShot(0, area, lambda: _alive(area) and area.verticalScrollBar().setValue(
            scroll))
        self.completeChanged.emit()

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
            .replace("%2", header.stage),
            self.tr("Recipients: %1").replace("%1", ", ".join(header.recipients)),
            self.tr("Date: %1").replace("%1", format_day(header.day)),
            self.tr("Disclosure number: assigned at export"),
        ]
        for line in lines:
            layout.addWidget(wrap_label(line))
        return frame

    def _group_frame(self, group) -> QFrame:
        frame = QFrame()
        layout = QVBoxLayout(frame)
        layout.addWidget(self._section_title(self.tr("Group: %1 (step %2)")
                                             .replace("%1", group.name)
                                             .replace("%2", group.stage)))
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

    def _entry_frame(self, entry) -> QFrame:
        frame = QFrame()
        frame.setObjectName(f"entry_{entry.item_id}")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        heading = f"{format_day(entry.day)} · {entry.category_title} · {entry.label}"
        layout.addWidget(wrap_label(heading))
        source_text = self._source_text(entry.item_id)
        if entry.text:
            layout.addWidget(wrap_label(entry.text, object_name="entry_text"))
        elif source_text:
            layout.addWidget(hint_label(self.tr("Text not included (not reviewed). The text "
                                                "in the notebook:")))
            view = hint_label(source_text)            # plain text, never rich
            view.setObjectName("unreviewed_text")
            font = view.font()
            font.setItalic(True)
            view.setFont(font)
            view.setIndent(12)
            layout.addWidget(view)
        row = QHBoxLayout()
        if source_text:
            check = QCheckBox(self.tr("Text reviewed: no names of others, only what is "
                                      "needed — include it"))
            check.setObjectName(f"review_{entry.item_id}")
            check.setAccessibleDescription(heading)     # which item: the names are all alike
            check.setChecked(entry.item_id in self.session.draft.reviewed_free_text)
            check.toggled.connect(lambda on, key=entry.item_id: self._reviewed(key, on))
            self.review_checks[entry.item_id] = check
            row.addWidget(check, 1)
        else:
            row.addStretch(1)
        drop = QPushButton(self.tr("Drop"))
        drop.setObjectName(f"drop_{entry.item_id}")
        drop.setToolTip(self.tr("Leave this item out of the disclosure"))
        drop.setAccessibleDescription(heading)
        drop.clicked.connect(lambda _=False, key=entry.item_id: self.drop(key))
        self.drop_buttons[entry.item_id] = drop
        row.addWidget(drop)
        layout.addLayout(row)
        self.entry_frames[entry.item_id] = frame
        return frame

    def _source_text(self, item_id: str) -> str:
        match = _SIGNAL_ID.match(item_id)
        if not match:
            return ""
        try:
            return self.session.notebook.signals.get(int(match.group(1))).text.strip()
        except KeyError:
            return ""

    # ------------------------------------------------------------------ reactions
    def _reviewed(self, item_id: str, on: bool) -> None:
        reviewed = self.session.draft.reviewed_free_text
        if on:
            reviewed.add(item_id)
        else:
            reviewed.discard(item_id)
        self.refresh()
        self._restore_focus(item_id, self.review_checks)

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

    def isComplete(self) -> bool:
        """Something is left to share and nothing blocks."""
        return self.summary is not None and self.summary.entry_count() > 0
