"""Editor for a signal (signaal): when, where, category, source, fact or impression,
confidential, text, and the young people and groups involved.

Date and time are typed in Europe/Amsterdam local time and stored as aware UTC plus the zone
name. A time in the spring-forward gap is refused; a time in the autumn fold must be marked
as the first (summer time) or second (winter time) occurrence (see ``localtime``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from jongerenwerk_desk.notebook import ops
from jongerenwerk_desk.notebook.localtime import (
    ZONE,
    ZONE_NAME,
    LocalKind,
    gap_bounds,
    resolve_local,
    to_local,
)
from jongerenwerk_desk.notebook.models import SOURCES, Signal
from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.ui.editors.base import EditorDialog, FieldError, mark_invalid, watch
from jongerenwerk_desk.ui.editors.link_picker import LinkPicker
from jongerenwerk_desk.ui.views import labels

FUTURE_SLACK = timedelta(minutes=5)


def describe_person(person: Any) -> str:
    """'Name (nickname)' for a picker list."""
    return f"{person.name} ({person.nickname})" if person.nickname else person.name


def describe_group(group: Any) -> str:
    return group.name


class SignalEditor(EditorDialog):
    """Add or edit a Signal in ``notebook.signals``.

    ``profile.categories`` supplies the categories (id, title, kind). ``now`` returns the
    current aware UTC time (injectable for tests); a signal more than 5 minutes in the future
    is refused.
    """

    operation = staticmethod(ops.save_signal)

    def __init__(self, notebook: Notebook, profile: Any, signal: Signal | None = None, *,
                 now: Callable[[], datetime] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notebook = notebook
        self.profile = profile
        self.entity = signal
        self._now = now or (lambda: datetime.now(UTC))
        self.setWindowTitle(self.tr("Edit signal") if signal else self.tr("New signal"))
        self._build_when()
        self._build_what()
        self._build_links()
        self._arrange()
        if signal is not None:
            self._load(signal)
        else:
            local = self._now().astimezone(ZONE)
            self.day.setDate(QDate(local.year, local.month, local.day))
            self.clock.setTime(QTime(local.hour, local.minute))
        self._when_changed()
        self.text.setFocus()

    # --- building ---------------------------------------------------------------------
    def _build_when(self) -> None:
        self.day = QDateEdit(self)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.setCalendarPopup(True)
        self.clock = QTimeEdit(self)
        self.clock.setDisplayFormat("HH:mm")
        self.clock.setAccessibleName(self.tr("Time"))
        self.dst_note = QLabel(self)
        self.dst_note.setWordWrap(True)
        self.dst_note.hide()
        self.fold = QComboBox(self)
        self.fold.addItem(self.tr("— choose which one —"), None)
        self.fold.addItem(self.tr("first time (summer time, UTC+2)"), 0)
        self.fold.addItem(self.tr("second time (winter time, UTC+1)"), 1)
        self.fold.setAccessibleName(self.tr("Which occurrence of this time"))
        self.fold.hide()
        self.day.dateChanged.connect(self._when_changed)
        self.clock.timeChanged.connect(self._when_changed)

    def _build_what(self) -> None:
        self.location = QLineEdit(self)
        self.category = QComboBox(self)
        self.category.addItem(self.tr("— choose a category —"), None)
        for category in self.profile.categories:
            self.category.addItem(category.title, category.id)
            self.category.setItemData(self.category.count() - 1, self._kind_hint(category.kind),
                                      Qt.ItemDataRole.ToolTipRole)
        self.source = QComboBox(self)
        for code in SOURCES:
            self.source.addItem(labels.label(labels.SOURCES, code), code)
        self.informant = QLineEdit(self)
        self.informant.setPlaceholderText(self.tr("Who told it (never shared)"))
        self.fact = QRadioButton(self.tr("&Fact (seen myself or checked)"), self)
        self.impression = QRadioButton(self.tr("&Impression (interpretation, not checked)"), self)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.fact)
        self.kind_group.addButton(self.impression)
        self.confidential = QCheckBox(self.tr("Con&fidential: told to me in confidence"), self)
        self.confidential.setToolTip(self.tr(
            "Confidential content is only shared with consent or a recorded conflict of duties."))
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr(
            "What happened? Describe facts factually; write down signals that point the other "
            "way too."))
        self.source.currentIndexChanged.connect(self._source_changed)
        self._source_changed()
        for widget in (self.category, self.text, self.fold, self.clock, self.day):
            watch(widget, self)
        self.fact.toggled.connect(lambda _on: self._unmark_kind())
        self.impression.toggled.connect(lambda _on: self._unmark_kind())

    def _build_links(self) -> None:
        self.people = LinkPicker(self.notebook.people, describe_person,
                                 self.tr("&Young people involved:"), parent=self)
        self.groups = LinkPicker(self.notebook.groups, describe_group,
                                 self.tr("G&roups involved:"), parent=self)

    def _arrange(self) -> None:
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.clock)
        when.addWidget(QLabel(self.tr("(Dutch time)"), self))
        when.addStretch(1)
        kind = QHBoxLayout()
        kind.addWidget(self.fact)
        kind.addWidget(self.impression)
        kind.addStretch(1)
        date_label = QLabel(self.tr("&Date and time:"), self)
        date_label.setBuddy(self.day)
        self.form.addRow(date_label, when)
        self.form.addRow("", self.dst_note)
        self.form.addRow(self.tr("&Which time:"), self.fold)
        self.form.labelForField(self.fold).hide()
        self.form.addRow(self.tr("&Location:"), self.location)
        self.form.addRow(self.tr("Ca&tegory:"), self.category)
        self.form.addRow(self.tr("&Source:"), self.source)
        self.form.addRow(self.tr("&Informant:"), self.informant)
        self.form.addRow(self.tr("Fact or impression:"), kind)
        self.form.labelForField(kind).setBuddy(self.fact)
        self.form.addRow("", self.confidential)
        self.form.addRow(self.tr("Te&xt:"), self.text)
        self._layout.removeItem(self.form)
        right = QVBoxLayout()
        right.addWidget(self.people)
        right.addWidget(self.groups)
        columns = QHBoxLayout()
        columns.addLayout(self.form, 3)
        columns.addLayout(right, 2)
        self._layout.insertLayout(0, columns)
        order = [self.day, self.clock, self.fold, self.location, self.category, self.source,
                 self.informant, self.fact, self.impression, self.confidential, self.text,
                 self.people.search, self.people.results, self.people.add_button,
                 self.people.linked, self.people.remove_button, self.groups.search,
                 self.groups.results, self.groups.add_button, self.groups.linked,
                 self.groups.remove_button, self.save_button]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.resize(1000, 620)

    def _kind_hint(self, kind: str) -> str:
        if kind == "special":
            return self.tr("Special category of personal data (AVG art. 9)")
        if kind == "criminal":
            return self.tr("Criminal data (AVG art. 10); youth work does not pass these on")
        return ""

    def _load(self, signal: Signal) -> None:
        local = to_local(signal.occurred_at, signal.tz_name)
        self.day.setDate(QDate(local.year, local.month, local.day))
        self.clock.setTime(QTime(local.hour, local.minute))
        self._when_changed()
        if self.fold.isVisible() or self._resolution().kind is LocalKind.AMBIGUOUS:
            self.fold.setCurrentIndex(2 if local.fold else 1)
        self.location.setText(signal.location)
        self.category.setCurrentIndex(max(0, self.category.findData(signal.category)))
        if self.category.findData(signal.category) < 0 and signal.category:
            # a category of an earlier profile: keep it visible, do not lose it silently
            self.category.addItem(signal.category, signal.category)
            self.category.setCurrentIndex(self.category.count() - 1)
        self.source.setCurrentIndex(max(0, self.source.findData(signal.source)))
        self.informant.setText(signal.informant)
        (self.fact if signal.verified else self.impression).setChecked(True)
        self.confidential.setChecked(signal.confidential)
        self.text.setPlainText(signal.text)
        self.people.set_ids(signal.person_ids)
        self.groups.set_ids(signal.group_ids)

    # --- behaviour ----------------------------------------------------------------------
    def local_day(self) -> date:
        qd = self.day.date()
        return date(qd.year(), qd.month(), qd.day())

    def local_time(self) -> time:
        qt = self.clock.time()
        return time(qt.hour(), qt.minute())

    def _resolution(self):
        return resolve_local(self.local_day(), self.local_time())

    def _when_changed(self) -> None:
        result = self._resolution()
        ambiguous = result.kind is LocalKind.AMBIGUOUS
        self.fold.setVisible(ambiguous)
        self.form.labelForField(self.fold).setVisible(ambiguous)
        if not ambiguous:
            self.fold.setCurrentIndex(0)
        if result.kind is LocalKind.NONEXISTENT:
            self.dst_note.setText(self._gap_message())
            self.dst_note.setStyleSheet("color: #b00020;")
            self.dst_note.show()
        elif ambiguous:
            self.dst_note.setText(self._fold_message())
            self.dst_note.setStyleSheet("")
            self.dst_note.show()
        else:
            self.dst_note.hide()

    def _gap_message(self) -> str:
        bounds = gap_bounds(self.local_day()) or (time(2), time(3))
        start, end = (b.strftime("%H:%M") for b in bounds)
        return self.tr("This time does not exist: on %1 the clock jumps from %2 straight to %3 "
                       "(start of summer time). Choose a time before %2 or from %3 on.") \
            .replace("%1", labels.format_date(self.local_day())) \
            .replace("%2", start).replace("%3", end)

    def _fold_message(self) -> str:
        return self.tr("On %1 this time occurs twice: the clock goes back from 03:00 to 02:00 "
                       "(end of summer time). Choose whether it was the first time (summer "
                       "time) or the second time (winter time).") \
            .replace("%1", labels.format_date(self.local_day()))

    def _source_changed(self) -> None:
        self.informant.setEnabled(self.source.currentData() != "own_observation")

    def _unmark_kind(self) -> None:
        for button in (self.fact, self.impression):
            if button in self._marked:
                mark_invalid(button, False)
                self._marked.remove(button)

    def occurred_at(self) -> datetime | None:
        """The chosen moment as aware UTC; None when the time does not exist or the worker
        has not chosen which occurrence of an ambiguous time is meant."""
        result = self._resolution()
        if result.kind is LocalKind.UNIQUE:
            return result.instants[0]
        if result.kind is LocalKind.AMBIGUOUS and self.fold.currentData() is not None:
            return result.instants[int(self.fold.currentData())]
        return None

    def validate(self) -> list[FieldError]:
        """Time must exist (and be disambiguated), not in the future; category, fact or
        impression and text are required."""
        problems: list[FieldError] = []
        result = self._resolution()
        if result.kind is LocalKind.NONEXISTENT:
            problems.append(FieldError(self.clock, self._gap_message()))
        elif result.kind is LocalKind.AMBIGUOUS and self.fold.currentData() is None:
            problems.append(FieldError(self.fold, self.tr(
                "Choose whether the time was the first time (summer time) or the second time "
                "(winter time); it occurs twice on that day.")))
        moment = self.occurred_at()
        if moment is not None and moment > self._now() + FUTURE_SLACK:
            problems.append(FieldError(self.day, self.tr("The date and time lie in the future.")))
        if self.category.currentData() is None:
            problems.append(FieldError(self.category, self.tr("Choose a category.")))
        if not (self.fact.isChecked() or self.impression.isChecked()):
            problems.append(FieldError(self.fact, self.tr(
                "Say whether this is a fact or an impression.")))
        if not self.text.toPlainText().strip():
            problems.append(FieldError(self.text, self.tr("Describe the signal (text is "
                                                          "required).")))
        return problems

    def value(self) -> Signal:
        """The Signal from the form; call only after ``validate()`` returned no problems."""
        moment = self.occurred_at()
        assert moment is not None
        own = self.source.currentData() == "own_observation"
        return Signal(
            id=self.entity.id if self.entity else None, occurred_at=moment, tz_name=ZONE_NAME,
            location=self.location.text().strip(), category=self.category.currentData(),
            source=self.source.currentData(), confidential=self.confidential.isChecked(),
            verified=self.fact.isChecked(), text=self.text.toPlainText().strip(),
            informant="" if own else self.informant.text().strip(),
            person_ids=self.people.ids(), group_ids=self.groups.ids())

