"""Editors for a partner contact and for a membership (young person in a group, with role)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from jongerenwerk_desk.notebook import ops
from jongerenwerk_desk.notebook.models import Membership, PartnerContact
from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.ui.editors.base import EditorDialog, FieldError, watch
from jongerenwerk_desk.ui.editors.fields import EMAIL_RE, DateField, date_problem
from jongerenwerk_desk.ui.editors.link_picker import LinkPicker
from jongerenwerk_desk.ui.editors.signal_editor import describe_person

ROLE_SUGGESTIONS = ("kern", "meeloper", "leider", "aanhaker", "randfiguur")


class PartnerEditor(EditorDialog):
    """Add or edit a PartnerContact; the party is one of the covenant ``profile.parties``."""

    operation = staticmethod(ops.save_partner)

    def __init__(self, notebook: Notebook, profile: Any, contact: PartnerContact | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notebook, self.entity = notebook, contact
        self.setWindowTitle(self.tr("Edit partner contact") if contact
                            else self.tr("New partner contact"))
        self.party = QComboBox(self)
        self.party.addItem(self.tr("— choose a covenant partner —"), None)
        for party in profile.parties:
            self.party.addItem(party.name, party.id)
        self.organisation = QLineEdit(self)
        self.name = QLineEdit(self)
        self.role = QLineEdit(self)
        self.role.setPlaceholderText(self.tr("e.g. wijkagent, procesregisseur"))
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.form.addRow(self.tr("&Partner:"), self.party)
        self.form.addRow(self.tr("&Organisation:"), self.organisation)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Role:"), self.role)
        self.form.addRow(self.tr("&E-mail:"), self.email)
        self.form.addRow(self.tr("P&hone:"), self.phone)
        for widget in (self.party, self.name, self.email, self.phone):
            watch(widget, self)
        order = [self.party, self.organisation, self.name, self.role, self.email, self.phone,
                 self.save_button]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        if contact is not None:
            index = self.party.findData(contact.party_id)
            if index < 0 and contact.party_id:
                self.party.addItem(contact.party_id, contact.party_id)
                index = self.party.count() - 1
            self.party.setCurrentIndex(max(0, index))
            self.organisation.setText(contact.organisation)
            self.name.setText(contact.name)
            self.role.setText(contact.role)
            self.email.setText(contact.email)
            self.phone.setText(contact.phone)
        self.party.setFocus()
        self.resize(480, self.sizeHint().height())

    def validate(self) -> list[FieldError]:
        """Partner and name required; e-mail and phone, when given, well-formed."""
        problems = []
        if self.party.currentData() is None:
            problems.append(FieldError(self.party, self.tr("Choose the covenant partner.")))
        if not self.name.text().strip():
            problems.append(FieldError(self.name, self.tr("Name of the contact is required.")))
        email = self.email.text().strip()
        if email and not EMAIL_RE.match(email):
            problems.append(FieldError(self.email, self.tr(
                "E-mail address is not valid (example: naam@gemeente.nl).")))
        problems.extend(self.phone_problems(self.phone))
        return problems

    def value(self) -> PartnerContact:
        return PartnerContact(
            id=self.entity.id if self.entity else None, party_id=self.party.currentData(),
            organisation=self.organisation.text().strip(), name=self.name.text().strip(),
            role=self.role.text().strip(), email=self.email.text().strip(),
            phone=self.phone.text().strip())



class MembershipEditor(EditorDialog):
    """Add a young person to group ``group_id`` with a role, or edit a membership's role and
    dates. A new membership picks the young person by searching (``notebook.people``)."""

    operation = staticmethod(ops.save_membership)

    def __init__(self, notebook: Notebook, group_id: int, membership: Membership | None = None,
                 *, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notebook, self.group_id, self.entity = notebook, group_id, membership
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Edit membership") if membership else self.tr("Add member"))
        self.person = LinkPicker(notebook.people, describe_person, self.tr("&Young person:"),
                                 parent=self)
        self.role = QComboBox(self)
        self.role.setEditable(True)
        self.role.addItems(list(ROLE_SUGGESTIONS))
        self.role.setCurrentIndex(-1)
        self.role.lineEdit().setPlaceholderText(self.tr("Role in the group"))
        self.role.lineEdit().setAccessibleName(self.tr("Role in the group"))
        self.since = DateField(self)
        self.until = DateField(self)
        if membership is None:
            self.form.addRow(self.person)
        else:
            self.person.hide()
        self.form.addRow(self.tr("&Role:"), self.role)
        self.form.addRow(self.tr("&Since:"), self.since)
        self.form.addRow(self.tr("&Until:"), self.until)
        for widget in (self.role, self.since, self.until):
            watch(widget, self)
        watch(self.role.lineEdit(), self)
        order = [self.person.search, self.person.results, self.person.add_button,
                 self.person.linked, self.person.remove_button, self.role, self.since,
                 self.until, self.save_button]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        if membership is not None:
            self.role.setEditText(membership.role)
            self.since.set_value(membership.since)
            self.until.set_value(membership.until)
            self.role.setFocus()
        else:
            self.person.search.setFocus()
        self.resize(520, self.sizeHint().height())

    def validate(self) -> list[FieldError]:
        """Exactly one young person (new membership); role required; dates valid, 'until'
        not before 'since'."""
        problems = []
        if self.entity is None and len(self.person.ids()) != 1:
            problems.append(FieldError(self.person.search, self.tr(
                "Link exactly one young person (search, then Enter).")))
        if not self.role.currentText().strip():
            problems.append(FieldError(self.role, self.tr("Role in the group is required.")))
        problem = date_problem(self.since, required=False, not_after=self.today)
        if problem:
            problems.append(FieldError(self.since, self.tr("Since") + " " + problem))
        since = None if problem else self.since.value()
        problem = date_problem(self.until, required=False, not_before=since)
        if problem:
            problems.append(FieldError(self.until, self.tr("Until") + " " + problem))
        return problems

    def value(self) -> Membership:
        person_id = self.entity.person_id if self.entity else self.person.ids()[0]
        return Membership(id=self.entity.id if self.entity else None, person_id=person_id,
                          group_id=self.group_id, role=self.role.currentText().strip(),
                          since=self.since.value(), until=self.until.value())

