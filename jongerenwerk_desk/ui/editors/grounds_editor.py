"""Editors for what the legal check (version 2, docs/legal-rules.md) needs per young person:
a conflict of duties with the role consulted, the date and the advice; a vital interest with
why consent is impossible; a refusal to share; a legal representative.

Like every editor they never write: each names its operation in ``notebook.ops``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from jongerenwerk_desk.notebook import ops
from jongerenwerk_desk.notebook.models import (
    CONSENT_BY,
    CONSULTED_ROLES,
    ConflictOfDutiesRecord,
    LegalRepresentative,
    RefusalRecord,
    VitalInterestRecord,
)
from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.ui.editors.base import EditorDialog, FieldError, watch
from jongerenwerk_desk.ui.editors.fields import DateField, date_problem
from jongerenwerk_desk.ui.views import labels


def _text_box(parent: QWidget, text: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setMaximumHeight(90)
    box.setPlainText(text)
    return box


def _hint(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class ConflictOfDutiesEditor(EditorDialog):
    """Record a conflict of duties for young person ``person_id``: why protecting this young
    person outweighs the secret, whom you consulted (a role), when, and what they advised
    (beroepscode; the check counts the advice for the profile's number of days)."""

    operation = staticmethod(ops.save_conflict_of_duties)

    def __init__(self, notebook: Notebook, person_id: int,
                 record: ConflictOfDutiesRecord | None = None, *, valid_days: int = 30,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notebook, self.person_id, self.entity = notebook, person_id, record
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Conflict of duties"))
        self.reasoning = _text_box(self, record.reasoning if record else "")
        self.reasoning.setAccessibleName(self.tr("Reasoning for this young person"))
        self.consulted = QComboBox(self)
        for role in CONSULTED_ROLES:
            self.consulted.addItem(labels.label(labels.CONSULTED_ROLES, role), role)
        self.consulted_on = DateField(self)
        self.consulted_on.set_value(record.consulted_on if record else self.today)
        self.advice = _text_box(self, record.advice if record else "")
        self.advice.setAccessibleName(self.tr("Advice"))
        self.form.addRow(_hint(self, self.tr(
            "Weigh it for this young person only. The advice counts for %1 days; after that, "
            "ask again.").replace("%1", str(valid_days))))
        self.form.addRow(self.tr("&Reasoning:"), self.reasoning)
        self.form.addRow(self.tr("&Consulted:"), self.consulted)
        self.form.addRow(self.tr("Advice &given on:"), self.consulted_on)
        self.form.addRow(self.tr("&Advice:"), self.advice)
        if record is not None:
            self.consulted.setCurrentIndex(max(0, self.consulted.findData(record.consulted)))
        for widget in (self.reasoning, self.consulted_on, self.advice):
            watch(widget, self)
        self.reasoning.setFocus()
        self.resize(560, self.sizeHint().height())

    def validate(self) -> list[FieldError]:
        """Reasoning and advice required; the date of the advice required, not in the
        future."""
        problems = []
        if not self.reasoning.toPlainText().strip():
            problems.append(FieldError(self.reasoning, self.tr(
                "Write down why protecting this young person outweighs the secret.")))
        problem = date_problem(self.consulted_on, required=True, not_after=self.today)
        if problem:
            problems.append(FieldError(self.consulted_on,
                                       self.tr("Date of the advice") + " " + problem))
        if not self.advice.toPlainText().strip():
            problems.append(FieldError(self.advice, self.tr(
                "Write down what the person you consulted advised.")))
        return problems

    def value(self) -> ConflictOfDutiesRecord:
        """The record from the form (after a successful ``validate()``)."""
        return ConflictOfDutiesRecord(
            id=self.entity.id if self.entity else None, person_id=self.person_id,
            reasoning=self.reasoning.toPlainText().strip(),
            consulted=self.consulted.currentData(), consulted_on=self.consulted_on.value(),
            advice=self.advice.toPlainText().strip())


class VitalInterestEditor(EditorDialog):
    """Record a vital interest for young person ``person_id`` (AVG art. 9(2)(c), UAVG art.
    22(2)(b)): the danger, and why the young person cannot consent now. A young person of
    ``youth_alone_from`` or older who said no cannot be passed over this way."""

    operation = staticmethod(ops.save_vital_interest)

    def __init__(self, notebook: Notebook, person_id: int,
                 record: VitalInterestRecord | None = None,
                 *, youth_alone_from: int = 16, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notebook, self.person_id, self.entity = notebook, person_id, record
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Vital interest"))
        self.reason = _text_box(self, record.reason if record else "")
        self.reason.setAccessibleName(self.tr("Danger"))
        self.consent_impossible = _text_box(self, record.consent_impossible if record else "")
        self.consent_impossible.setAccessibleName(self.tr("Why consent is impossible now"))
        self.recorded_on = DateField(self)
        self.recorded_on.set_value(record.recorded_on if record else self.today)
        self.form.addRow(_hint(self, self.tr(
            "Only when the young person cannot consent now. From %1 years, a young person who "
            "said no cannot be passed over: use the routes outside the meeting (112, Veilig "
            "Thuis).").replace("%1", str(youth_alone_from))))
        self.form.addRow(self.tr("&Danger:"), self.reason)
        self.form.addRow(self.tr("&Why consent is impossible now:"), self.consent_impossible)
        self.form.addRow(self.tr("&Date:"), self.recorded_on)
        for widget in (self.reason, self.consent_impossible, self.recorded_on):
            watch(widget, self)
        self.reason.setFocus()
        self.resize(560, self.sizeHint().height())

    def validate(self) -> list[FieldError]:
        """Danger and why consent is impossible required; the date required, not in the
        future."""
        problems = []
        if not self.reason.toPlainText().strip():
            problems.append(FieldError(self.reason, self.tr("Describe the danger.")))
        if not self.consent_impossible.toPlainText().strip():
            problems.append(FieldError(self.consent_impossible, self.tr(
                "Explain why the young person cannot consent now.")))
        problem = date_problem(self.recorded_on, required=True, not_after=self.today)
        if problem:
            problems.append(FieldError(self.recorded_on, self.tr("Date") + " " + problem))
        return problems

    def value(self) -> VitalInterestRecord:
        """The record from the form (after a successful ``validate()``)."""
        return VitalInterestRecord(
            id=self.entity.id if self.entity else None, person_id=self.person_id,
            reason=self.reason.toPlainText().strip(),
            consent_impossible=self.consent_impossible.toPlainText().strip(),
            recorded_on=self.recorded_on.value())


class RefusalEditor(EditorDialog):
    """Record that the young person and/or the parents refused sharing for a purpose of the
    active covenant ``profile``."""

    operation = staticmethod(ops.save_refusal)

    def __init__(self, notebook: Notebook, profile: Any, person_id: int,
                 record: RefusalRecord | None = None, *, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notebook, self.person_id, self.entity = notebook, person_id, record
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Refusal to share"))
        self.refused_by = QComboBox(self)
        for code in CONSENT_BY:
            self.refused_by.addItem(labels.label(labels.GIVEN_BY, code), code)
        self.purpose = QComboBox(self)
        self.purpose.addItem(self.tr("— choose a purpose —"), None)
        for purpose in profile.purposes:
            self.purpose.addItem(purpose.title, purpose.id)
        self.refused_on = DateField(self)
        self.refused_on.set_value(record.refused_on if record else self.today)
        self.note = _text_box(self, record.note if record else "")
        self.form.addRow(self.tr("Refused &by:"), self.refused_by)
        self.form.addRow(self.tr("&Purpose:"), self.purpose)
        self.form.addRow(self.tr("&Date:"), self.refused_on)
        self.form.addRow(self.tr("N&ote:"), self.note)
        if record is not None:
            self.refused_by.setCurrentIndex(max(0, self.refused_by.findData(record.refused_by)))
            index = self.purpose.findData(record.purpose)
            if index < 0 and record.purpose:
                self.purpose.addItem(record.purpose, record.purpose)
                index = self.purpose.count() - 1
            self.purpose.setCurrentIndex(max(0, index))
        for widget in (self.purpose, self.refused_on):
            watch(widget, self)
        self.refused_by.setFocus()
        self.resize(520, self.sizeHint().height())

    def validate(self) -> list[FieldError]:
        """Purpose required; the date required, not in the future."""
        problems = []
        if self.purpose.currentData() is None:
            problems.append(FieldError(self.purpose, self.tr(
                "Choose the purpose for which sharing was refused.")))
        problem = date_problem(self.refused_on, required=True, not_after=self.today)
        if problem:
            problems.append(FieldError(self.refused_on, self.tr("Date") + " " + problem))
        return problems

    def value(self) -> RefusalRecord:
        """The record from the form (after a successful ``validate()``)."""
        return RefusalRecord(
            id=self.entity.id if self.entity else None, person_id=self.person_id,
            refused_by=self.refused_by.currentData(), refused_on=self.refused_on.value(),
            purpose=self.purpose.currentData(), note=self.note.toPlainText().strip())


class RepresentativeEditor(EditorDialog):
    """Record a legal representative of young person ``person_id`` (ouder met gezag, voogd):
    name, relation, whether they have authority (gezag), and optionally how to reach them."""

    operation = staticmethod(ops.save_representative)

    def __init__(self, notebook: Notebook, person_id: int,
                 record: LegalRepresentative | None = None, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notebook, self.person_id, self.entity = notebook, person_id, record
        self.setWindowTitle(self.tr("Legal representative"))
        self.name = QLineEdit(record.name if record else "", self)
        self.relation = QLineEdit(record.relation if record else "", self)
        self.relation.setPlaceholderText(self.tr("mother, father, guardian…"))
        self.has_authority = QCheckBox(self.tr("Has parental &authority (gezag)"), self)
        self.has_authority.setChecked(record.has_authority if record else True)
        self.contact = QLineEdit(record.contact if record else "", self)
        self.contact.setPlaceholderText(self.tr("optional"))
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Relation:"), self.relation)
        self.form.addRow("", self.has_authority)
        self.form.addRow(self.tr("&Contact:"), self.contact)
        watch(self.name, self)
        self.name.setFocus()
        self.resize(480, self.sizeHint().height())

    def validate(self) -> list[FieldError]:
        """The name is required."""
        if not self.name.text().strip():
            return [FieldError(self.name, self.tr("Fill in the name."))]
        return []

    def value(self) -> LegalRepresentative:
        """The record from the form (after a successful ``validate()``)."""
        return LegalRepresentative(
            id=self.entity.id if self.entity else None, person_id=self.person_id,
            name=self.name.text().strip(), relation=self.relation.text().strip(),
            has_authority=self.has_authority.isChecked(), contact=self.contact.text().strip())
