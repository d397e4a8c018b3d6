"""Editors for a consent (toestemming) and an informing record (informeren) of one young person.

Consent must be targeted: who gave it, for which purpose (doelbinding) and which recipients,
when, in which form; oral consent counts when recorded with when, by whom and for what
([S19] in docs/legal-rules.md). Withdrawal is recorded with its date, never by deleting.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from jongerenwerk_desk.covenant.consent import required_givers
from jongerenwerk_desk.covenant.dates import known_age
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
        self.all_categories = QCheckBox(self.tr("For &all kinds of data of the purpose"), self)
        self.all_categories.setChecked(True)
        self.categories = QListWidget(self)
        self.categories.setAccessibleName(self.tr("Kinds of data the consent covers"))
        self.categories.setMaximumHeight(120)
        self.ends_on = DateField(self)
        self.ends_on.setToolTip(self.tr("Last day the consent counts; leave empty when it "
                                        "counts until withdrawn."))
        self.age_rule = QLabel(self)
        self.age_rule.setObjectName("ageRule")
        self.age_rule.setWordWrap(True)
        self.age_rule.setText(self._age_rule_text())
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.form.addRow(self.age_rule)
        self.form.addRow(self.tr("&Given by:"), self.given_by)
        self.form.addRow(self.tr("&Purpose (doelbinding):"), self.purpose)
        self.form.addRow(self.tr("&Recipients:"), self.recipients)
        self.form.addRow("", self.all_categories)
        self.form.addRow(self.tr("&Kinds of data:"), self.categories)
        self.form.addRow(self.tr("Given &on:"), self.given_on)
        self.form.addRow(self.tr("&Form:"), self.form_kind)
        self.form.addRow("", self.explicit_special)
        self.form.addRow(self.tr("&Ends on:"), self.ends_on)
        self.form.addRow(self.tr("&Withdrawn on:"), self.withdrawn_on)
        self.form.addRow(self.tr("N&ote:"), self.note)
        for widget in (self.purpose, self.recipients, self.given_on, self.withdrawn_on,
                       self.ends_on):
            watch(widget, self)
        self.recipients.itemChanged.connect(lambda _i: self._unmark(self.recipients))
        self.categories.itemChanged.connect(lambda _i: self._unmark(self.categories))
        self.purpose.currentIndexChanged.connect(lambda _i: self._fill_categories([]))
        self.all_categories.toggled.connect(lambda on: self.categories.setEnabled(not on))
        _tab_chain([self.given_by, self.purpose, self.recipients, self.all_categories,
                    self.categories, self.given_on, self.form_kind, self.explicit_special,
                    self.ends_on, self.withdrawn_on, self.note, self.save_button])
        self._fill_categories([])
        self.categories.setEnabled(False)
        if consent is not None:
            self._load(consent)
        self.given_by.setFocus()
        self.resize(560, self.sizeHint().height())

    def _age_rule_text(self) -> str:
        """The covenant's age rule, and who must consent for this young person today."""
        below = self.profile.consent_age_parents_only_below
        alone = self.profile.consent_age_youth_alone_from
        rule = self.tr("Under %1 the parents (with authority) or guardian consent, from %1 to "
                       "%2 the young person and the parents, from %2 the young person.") \
            .replace("%1", str(below)).replace("%2", str(alone))
        try:
            birth = self.notebook.people.get(self.person_id).birth_date
        except (KeyError, AttributeError):
            return rule
        age = known_age(birth, self.today)
        needed = required_givers(self.profile, birth, self.today)
        who = labels.label(labels.GIVEN_BY, "+".join(g for g in ("youth", "parents")
                                                     if g in needed))
        if age is None:
            return rule + " " + self.tr("Age unknown: needed is %1.").replace("%1", who)
        return rule + " " + self.tr("Age %1: needed is %2.").replace("%1", str(age)) \
            .replace("%2", who)

    def _fill_categories(self, checked: list[str]) -> None:
        """The categories of the chosen purpose, ticked when in ``checked``."""
        self.categories.clear()
        purpose = next((p for p in self.profile.purposes
                        if p.id == self.purpose.currentData()), None)
        titles = {c.id: c.title for c in self.profile.categories}
        for category_id in (purpose.categories if purpose is not None else ()):
            item = QListWidgetItem(titles.get(category_id, category_id))
            item.setData(Qt.ItemDataRole.UserRole, category_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if category_id in checked
                               else Qt.CheckState.Unchecked)
            self.categories.addItem(item)

    def chosen_categories(self) -> list[str] | None:
        """Category ids ticked, or None for every category of the purpose."""
        if self.all_categories.isChecked():
            return None
        return [self.categories.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.categories.count())
                if self.categories.item(r).checkState() == Qt.CheckState.Checked]

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
        self.ends_on.set_value(consent.ends_on)
        self.all_categories.setChecked(consent.categories is None)
        self._fill_categories(list(consent.categories or ()))
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
        problem = date_problem(self.ends_on, required=False, not_before=given)
        if problem:
            problems.append(FieldError(self.ends_on, self.tr("End date") + " " + problem))
        if self.chosen_categories() == []:
            problems.append(FieldError(self.categories, self.tr(
                "Tick the kinds of data the consent covers, or choose all kinds.")))
        return problems

    def value(self) -> Consent:
        """The Consent from the form (after a successful ``validate()``)."""
        return Consent(
            id=self.entity.id if self.entity else None, person_id=self.person_id,
            given_by=self.given_by.currentData(), purpose=self.purpose.currentData(),
            recipients=self.chosen_recipients(), given_on=self.given_on.value(),
            withdrawn_on=self.withdrawn_on.value(),
            explicit_special=self.explicit_special.isChecked(),
            form=self.form_kind.currentData(), note=self.note.toPlainText().strip(),
            categories=self.chosen_categories(), ends_on=self.ends_on.value())



class InformingEditor(EditorDialog):
    """Add or edit an InformingRecord (AVG art. 13/14: the young person and/or parents were
    told that data are kept and may be shared), or record a reasoned exception."""

    operation = staticmethod(ops.save_informing)

    def __init__(self, notebook: Notebook, person_id: int, record: InformingRecord | None = None,
                 *, today: date | None = None, profile: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notebook, self.person_id, self.entity = notebook, person_id, record
        self.profile = profile
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
        self.exception_ground = QComboBox(self)
        self.exception_ground.addItem(self.tr("— choose a ground —"), None)
        for ground in getattr(profile, "inform_exception_grounds", ()):
            self.exception_ground.addItem(f"{ground.title} ({ground.basis})", ground.id)
        self.review_on = DateField(self)
        self.review_on.setToolTip(self.tr("When the exception must be looked at again; after "
                                          "that date it no longer counts."))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.form.addRow(self.tr("&Date:"), self.informed_on)
        self.form.addRow(self.tr("&Who was informed:"), self.who)
        self.form.addRow(self.tr("&How:"), self.how)
        self.form.addRow("", self.exception)
        self.form.addRow(self.tr("&Ground:"), self.exception_ground)
        self.form.addRow(self.tr("&Reason:"), self.exception_reason)
        self.form.addRow(self.tr("Re&view on:"), self.review_on)
        self.form.addRow(self.tr("N&ote:"), self.note)
        for widget in (self.informed_on, self.how, self.exception_reason, self.exception_ground,
                       self.review_on):
            watch(widget, self)
        self.exception.toggled.connect(self._exception_toggled)
        _tab_chain([self.informed_on, self.who, self.how, self.exception, self.exception_ground,
                    self.exception_reason, self.review_on, self.note, self.save_button])
        if record is not None:
            self.informed_on.set_value(record.informed_on)
            self.who.setCurrentIndex(max(0, self.who.findData(record.who)))
            self.how.setText(record.how)
            self.exception.setChecked(bool(record.exception_reason))
            self.exception_reason.setText(record.exception_reason)
            index = self.exception_ground.findData(record.exception_ground or None)
            if index < 0 and record.exception_ground:
                self.exception_ground.addItem(record.exception_ground, record.exception_ground)
                index = self.exception_ground.count() - 1
            self.exception_ground.setCurrentIndex(max(0, index))
            self.review_on.set_value(record.exception_review_on)
            self.note.setPlainText(record.note)
        self._exception_toggled(self.exception.isChecked())
        self.informed_on.setFocus()
        self.resize(520, self.sizeHint().height())

    def _exception_toggled(self, on: bool) -> None:
        self.exception_reason.setEnabled(on)
        self.exception_ground.setEnabled(on)
        self.review_on.setEnabled(on)
        self.how.setEnabled(not on)

    def validate(self) -> list[FieldError]:
        """Date required and not in the future; 'how' required, or a reason for the
        exception of at least 10 characters."""
        problems = []
        problem = date_problem(self.informed_on, required=True, not_after=self.today)
        if problem:
            problems.append(FieldError(self.informed_on, self.tr("Date") + " " + problem))
        if self.exception.isChecked():
            if self.exception_ground.count() > 1 and self.exception_ground.currentData() is None:
                problems.append(FieldError(self.exception_ground, self.tr(
                    "Choose the ground of the covenant on which informing is postponed.")))
            if len(self.exception_reason.text().strip()) < 10:
                problems.append(FieldError(self.exception_reason, self.tr(
                    "Explain why informing is skipped (at least 10 characters).")))
            problem = date_problem(self.review_on, required=True, not_before=self.today)
            if problem:
                problems.append(FieldError(self.review_on,
                                           self.tr("Review date") + " " + problem))
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
            exception_reason=self.exception_reason.text().strip() if exception else "",
            exception_ground=(self.exception_ground.currentData() or "") if exception else "",
            exception_decided_on=self.informed_on.value() if exception else None,
            exception_review_on=self.review_on.value() if exception else None)

