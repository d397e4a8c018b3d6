"""Editors for a consent (toestemming) and an informing record (informeren) of one young person.

Consent must be targeted: who gave it, for which purpose (doelbinding) and which recipients,
when, in which form; oral consent counts when recorded with when, by whom and for what
(domain.md section 3, [S19]). Withdrawal is recorded with its date, never by deleting.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from jongerenwerk_desk.notebook import ops
from jongerenwerk_desk.notebook.models import CONSENT_BY, CONSENT_FORMS, Consent, InformingRecord
from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.ui.editors.base import EditorDialog, FieldError, mark_invalid, watch
from jongerenwerk_desk.ui.editors.fields import DateField, date_problem
from jongerenwerk_desk.ui.views import labels


def _tab_chain(widgets: list[QWidget]) -> None:
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


class ConsentEditor(EditorDialog):
    """Add or edit a Consent of young person ``person_id`` in ``notebook.consents``.

    Purposes and recipients come from the active covenant ``profile`` (purposes, parties;
    youth-work parties are left out: the own organisation is no recipient).
    """

    operation = staticmethod(ops.save_consent)

    def __init__(self, notebook: Notebook, profile: Any, person_id: int,
                 consent: Consent | None = None, *, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notebook, self.profile, self.person_id = notebook, profile, person_id
        self.entity = consent
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Edit consent") if consent else self.tr("Record consent"))
        self.given_by = QComboBox(self)
        for code in CONSENT_BY:
            self.given_by.addItem(labels.label(labels.GIVEN_BY, code), code)
        self.purpose = QComboBox(self)
        self.purpose.addItem(self.tr("— choose a purpose —"), None)
        for purpose in profile.purposes:
            self.purpose.addItem(purpose.title, purpose.id)
        self.recipients = QListWidget(self)
        self.recipients.setAccessibleName(self.tr("Recipients"))
        for party in profile.parties:
            if party.role == "jongerenwerk":
                continue  # the own organisation is not a recipient
            item = QListWidgetItem(party.name)
            item.setData(Qt.ItemDataRole.UserRole, party.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.recipients.addItem(item)
        self.recipients.setMaximumHeight(120)
        self.given_on = DateField(self)
        self.given_on.set_value(self.today)
        self.form_kind = QComboBox(self)
        for code in CONSENT_FORMS:
            self.form_kind.addItem(labels.label(labels.CONSENT_FORMS, code), code)
        self.explicit_special = QCheckBox(self.tr(
            "E&xplicit consent for special personal data (health, origin, belief)"), self)
        self.withdrawn_on = DateField(self)
        self.withdrawn_on.setToolTip(self.tr("Fill in when the consent was withdrawn; the "
                                             "record stays, marked as withdrawn."))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.form.addRow(self.tr("&Given by:"), self.given_by)
        self.form.addRow(self.tr("&Purpose (doelbinding):"), self.purpose)
        self.form.addRow(self.tr("&Recipients:"), self.recipients)
        self.form.addRow(self.tr("Given &on:"), self.given_on)
        self.form.addRow(self.tr("&Form:"), self.form_kind)
        self.form.addRow("", self.explicit_special)
        self.form.addRow(self.tr("&Withdrawn on:"), self.withdrawn_on)
        self.form.addRow(self.tr("N&ote:"), self.note)
        for widget in (self.purpose, self.recipients, self.given_on, self.withdrawn_on):
            watch(widget, self)
        self.recipients.itemChanged.connect(lambda _i: self._unmark(self.recipients))
        _tab_chain([self.given_by, self.purpose, self.recipients, self.given_on, self.form_kind,
                    self.explicit_special, self.withdrawn_on, self.note, self.save_button])
        if consent is not None:
            self._load(consent)
        self.given_by.setFocus()
        self.resize(560, self.sizeHint().height())

    def _unmark(self, widget: QWidget) -> None:
        if widget in self._marked:
            mark_invalid(widget, False)
            self._marked.remove(widget)

    def _load(self, consent: Consent) -> None:
        self.given_by.setCurrentIndex(max(0, self.given_by.findData(consent.given_by)))
        index = self.purpose.findData(consent.purpose)
        if index < 0 and consent.purpose:
            self.purpose.addItem(consent.purpose, consent.purpose)
            index = self.purpose.count() - 1
        self.purpose.setCurrentIndex(max(0, index))
        for row in range(self.recipients.count()):
            item = self.recipients.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in consent.recipients
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.given_on.set_value(consent.given_on)
        self.form_kind.setCurrentIndex(max(0, self.form_kind.findData(consent.form)))
        self.explicit_special.setChecked(consent.explicit_special)
        self.withdrawn_on.set_value(consent.withdrawn_on)
        self.note.setPlainText(consent.note)

    def chosen_recipients(self) -> list[str]:
        """Party ids of the checked recipients."""
        return [self.recipients.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.recipients.count())
                if self.recipients.item(r).checkState() == Qt.CheckState.Checked]

    def validate(self) -> list[FieldError]:
        """Purpose, at least one recipient and the date given are required; a withdrawal
        date lies between the date given and today."""
        problems = []
        if self.purpose.currentData() is None:
            problems.append(FieldError(self.purpose, self.tr(
                "Choose the purpose the consent is for; consent is always for a purpose.")))
        if not self.chosen_recipients():
            problems.append(FieldError(self.recipients, self.tr(
                "Tick at least one recipient the consent covers.")))
        problem = date_problem(self.given_on, required=True, not_after=self.today)
        if problem:
            problems.append(FieldError(self.given_on, self.tr("Date given") + " " + problem))
        given = None if problem else self.given_on.value()
        problem = date_problem(self.withdrawn_on, required=False, not_after=self.today,
                               not_before=given)
        if problem:
            problems.append(FieldError(self.withdrawn_on,
                                       self.tr("Withdrawal date") + " " + problem))
        return problems

    def value(self) -> Consent:
        """The Consent from the form (after a successful ``validate()``)."""
        return Consent(
            id=self.entity.id if self.entity else None, person_id=self.person_id,
            given_by=self.given_by.currentData(), purpose=self.purpose.currentData(),
            recipients=self.chosen_recipients(), given_on=self.given_on.value(),
            withdrawn_on=self.withdrawn_on.value(),
            explicit_special=self.explicit_special.isChecked(),
            form=self.form_kind.currentData(), note=self.note.toPlainText().strip())



class InformingEditor(EditorDialog):
    """Add or edit an InformingRecord (AVG art. 13/14: the young person and/or parents were
    told that data are kept and may be shared), or record a reasoned exception."""

    operation = staticmethod(ops.save_informing)

    def __init__(self, notebook: Notebook, person_id: int, record: InformingRecord | None = None,
                 *, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notebook, self.person_id, self.entity = notebook, person_id, record
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Informing the young person"))
        self.informed_on = DateField(self)
        self.informed_on.set_value(self.today)
        self.who = QComboBox(self)
        for code in CONSENT_BY:
            self.who.addItem(labels.label(labels.GIVEN_BY, code), code)
        self.how = QLineEdit(self)
        self.how.setPlaceholderText(self.tr("conversation, letter, app…"))
        self.exception = QCheckBox(self.tr("&Not informed, on purpose (exception)"), self)
        self.exception_reason = QLineEdit(self)
        self.exception_reason.setPlaceholderText(self.tr("Reason for the exception"))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.form.addRow(self.tr("&Date:"), self.informed_on)
        self.form.addRow(self.tr("&Who was informed:"), self.who)
        self.form.addRow(self.tr("&How:"), self.how)
        self.form.addRow("", self.exception)
        self.form.addRow(self.tr("&Reason:"), self.exception_reason)
        self.form.addRow(self.tr("N&ote:"), self.note)
        for widget in (self.informed_on, self.how, self.exception_reason):
            watch(widget, self)
        self.exception.toggled.connect(self._exception_toggled)
        _tab_chain([self.informed_on, self.who, self.how, self.exception,
                    self.exception_reason, self.note, self.save_button])
        if record is not None:
            self.informed_on.set_value(record.informed_on)
            self.who.setCurrentIndex(max(0, self.who.findData(record.who)))
            self.how.setText(record.how)
            self.exception.setChecked(bool(record.exception_reason))
            self.exception_reason.setText(record.exception_reason)
            self.note.setPlainText(record.note)
        self._exception_toggled(self.exception.isChecked())
        self.informed_on.setFocus()
        self.resize(520, self.sizeHint().height())

    def _exception_toggled(self, on: bool) -> None:
        self.exception_reason.setEnabled(on)
        self.how.setEnabled(not on)

    def validate(self) -> list[FieldError]:
        """Date required and not in the future; 'how' required, or a reason for the
        exception of at least 10 characters."""
        problems = []
        problem = date_problem(self.informed_on, required=True, not_after=self.today)
        if problem:
            problems.append(FieldError(self.informed_on, self.tr("Date") + " " + problem))
        if self.exception.isChecked():
            if len(self.exception_reason.text().strip()) < 10:
                problems.append(FieldError(self.exception_reason, self.tr(
                    "Explain why informing is skipped (at least 10 characters).")))
        elif not self.how.text().strip():
            problems.append(FieldError(self.how, self.tr(
                "Say how the young person or parents were informed.")))
        return problems

    def value(self) -> InformingRecord:
        """The InformingRecord from the form (after a successful ``validate()``)."""
        exception = self.exception.isChecked()
        return InformingRecord(
            id=self.entity.id if self.entity else None, person_id=self.person_id,
            informed_on=self.informed_on.value(), who=self.who.currentData(),
            how="" if exception else self.how.text().strip(), note=self.note.toPlainText().strip(),
            exception_reason=self.exception_reason.text().strip() if exception else "")

