"""Screens for the rights of one young person (issue 12, points 1 and 2): register a request
(AVG art. 12(3): date received, how the identity was checked, the one-month deadline), record
the young person's own view beside a signal ("zienswijze", art. 16/21), and restrict or lift
a restriction (art. 18: nothing about them can be shared while it holds).

Every write is an operation of ``notebook.ops`` run through the ops runner
(``services.ops``); the person panel reloads itself from its ``changed`` signal. Errors from
an operation (a missing identity check, an empty view) are shown inline in Dutch and nothing
is saved.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

REQUEST_KINDS = [
    ("access", QT_TRANSLATE_NOOP("PersonRights", "Access (see what is recorded)")),
    ("correction", QT_TRANSLATE_NOOP("PersonRights", "Correction")),
    ("erasure", QT_TRANSLATE_NOOP("PersonRights", "Erasure")),
    ("restriction", QT_TRANSLATE_NOOP("PersonRights", "Restriction")),
    ("objection", QT_TRANSLATE_NOOP("PersonRights", "Objection")),
]


#: short names of the kinds for the one-line summary on the person panel
SHORT_KINDS = {
    "access": QT_TRANSLATE_NOOP("PersonRights", "access"),
    "correction": QT_TRANSLATE_NOOP("PersonRights", "correction"),
    "erasure": QT_TRANSLATE_NOOP("PersonRights", "erasure"),
    "restriction": QT_TRANSLATE_NOOP("PersonRights", "restriction"),
    "objection": QT_TRANSLATE_NOOP("PersonRights", "objection"),
}


def _kinds() -> list[tuple[str, str]]:
    """(stored kind, translated label), in the order of ``REQUEST_KINDS``."""
    return [(kind, translate("PersonRights", text)) for kind, text in REQUEST_KINDS]


def kind_label(kind: str) -> str:
    """Translated short name of a stored request kind (the kind itself when unknown)."""
    return translate("PersonRights", SHORT_KINDS[kind]) if kind in SHORT_KINDS else kind


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_edit(day: date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(_qdate(day), parent)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setCalendarPopup(True)
    edit.setMaximumDate(_qdate(day))   # nothing is received or recorded in the future
    return edit


class _OpDialog(QDialog):
    """A small form with Save/Cancel; ``save`` runs ``self.operation()`` through the ops
    runner and shows a Dutch error inline (nothing saved) when it raises ValueError."""

    def __init__(self, services: Any, title: str, intro: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.result_value: Any = None
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def operation(self) -> tuple[Any, tuple[Any, ...]]:  # pragma: no cover - overridden
        raise NotImplementedError

    def save(self) -> None:
        """Run the operation; accept on success, else show why (nothing is saved)."""
        from jongerenwerk_desk.ui.shell.errors import advice_for

        op, args = self.operation()
        try:
            self.result_value = self.services.ops.run(op, *args)
        except ValueError as exc:   # the operation's Dutch message
            self._show_error(str(exc))
            return
        except Exception as exc:
            self._show_error(advice_for(exc).text)
            return
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        from jongerenwerk_desk.ui.a11y import announce

        announce(self.error, text)


class SubjectRequestDialog(_OpDialog):
    """Register a request of ``person_id``: kind, the date it came in, how the identity was
    checked (required) and a note; the one-month deadline (AVG art. 12(3)) is shown as you
    type. Saves with ``notebook.ops.register_subject_request``."""

    def __init__(self, services: Any, person_id: int, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, translate("PersonRights", "Register a request"), translate(
            "PersonRights", "A young person (or a parent) asks to see, correct or erase "
            "their data, or objects. You must answer within one month."), parent)
        self.person_id = person_id
        self.kind = QComboBox(self)
        for kind, label in _kinds():
            self.kind.addItem(label, kind)
        self.received = _date_edit(today, self)
        self.identity = QLineEdit(self)
        self.identity.setPlaceholderText(translate("PersonRights", "e.g. ID card seen"))
        self.note = QLineEdit(self)
        self.deadline = QLabel(self)
        self.form.addRow(translate("PersonRights", "&Kind of request:"), self.kind)
        self.form.addRow(translate("PersonRights", "&Received on:"), self.received)
        self.form.addRow(translate("PersonRights", "&Identity checked by:"), self.identity)
        self.form.addRow(translate("PersonRights", "N&ote:"), self.note)
        self.form.addRow(translate("PersonRights", "Answer by:"), self.deadline)
        self.received.dateChanged.connect(self._show_deadline)
        self._show_deadline()
        self.resize(560, 300)

    def _show_deadline(self) -> None:
        from jongerenwerk_desk.rights.requests import one_month_after

        self.deadline.setText(one_month_after(_pydate(self.received.date())).strftime(
            "%d-%m-%Y"))

    def operation(self) -> tuple[Any, tuple[Any, ...]]:
        from jongerenwerk_desk.notebook.ops import register_subject_request

        return register_subject_request, (self.person_id, self.kind.currentData(),
                                          _pydate(self.received.date()), self.identity.text(),
                                          self.note.text().strip())


class SignalViewDialog(_OpDialog):
    """Record the young person's own view beside signal ``signal_id`` (the signal itself is
    not changed; AVG art. 16/21). Saves with ``notebook.ops.add_signal_view``."""

    def __init__(self, services: Any, signal_id: int, person_id: int | None, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, translate("PersonRights", "Their own view"), translate(
            "PersonRights", "Write down how the young person sees this signal, in their own "
            "words. The signal stays as it is; their view is kept beside it and goes into "
            "the access report."), parent)
        self.signal_id, self.person_id = signal_id, person_id
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.recorded = _date_edit(today, self)
        label = QLabel(translate("PersonRights", "Their &view:"), self)
        label.setBuddy(self.text)
        self.form.addRow(label, self.text)
        self.form.addRow(translate("PersonRights", "Recorded &on:"), self.recorded)
        self.resize(560, 320)

    def operation(self) -> tuple[Any, tuple[Any, ...]]:
        from jongerenwerk_desk.notebook.ops import add_signal_view

        return add_signal_view, (self.signal_id, self.person_id, self.text.toPlainText(),
                                 _pydate(self.recorded.date()))


class RestrictionDialog(_OpDialog):
    """Restrict ``person_id`` (AVG art. 18) with a reason and a start date; while it holds
    nothing about them can be shared. Saves with ``notebook.ops.restrict_person``."""

    def __init__(self, services: Any, person_id: int, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, translate("PersonRights", "Restrict"), translate(
            "PersonRights", "While a restriction holds, nothing about this young person can "
            "be shared. Use it when they dispute what is recorded or object, until that is "
            "settled."), parent)
        self.person_id = person_id
        self.reason = QLineEdit(self)
        self.since = _date_edit(today, self)
        self.form.addRow(translate("PersonRights", "&Reason:"), self.reason)
        self.form.addRow(translate("PersonRights", "&Since:"), self.since)
        self.resize(560, 240)

    def operation(self) -> tuple[Any, tuple[Any, ...]]:
        from jongerenwerk_desk.notebook.ops import restrict_person

        return restrict_person, (self.person_id, self.reason.text(),
                                 _pydate(self.since.date()))


def rights_summary(notebook: Any, person_id: int, today: date) -> str:
    """One line for the person panel: the open request with the soonest deadline (kind,
    date, days left or overdue) and a restriction in force; "" when neither."""
    from jongerenwerk_desk.notebook.rights_queries import active_restriction, subject_requests

    parts = []
    open_rows = subject_requests(notebook, open_only=True, person_id=person_id)
    if open_rows:
        first = open_rows[0]
        days = (first.deadline - today).days
        when = first.deadline.strftime("%d-%m-%Y")
        if days < 0:
            parts.append(translate("PersonRights", "Request for %1 overdue: the answer was "
                                   "due %2.").replace("%1", kind_label(first.kind)).replace(
                "%2", when))
        else:
            parts.append(translate("PersonRights", "Request for %1: answer by %2 (%3 days "
                                   "left).").replace("%1", kind_label(first.kind)).replace(
                "%2", when).replace("%3", str(days)))
        if len(open_rows) > 1:
            parts.append(translate("PersonRights", "%1 requests open.").replace(
                "%1", str(len(open_rows))))
    restriction = active_restriction(notebook, person_id, today)
    if restriction is not None:
        parts.append(translate("PersonRights", "Restricted since %1: nothing about them can "
                               "be shared.").replace("%1", restriction[1].strftime("%d-%m-%Y")))
    return " ".join(parts)
