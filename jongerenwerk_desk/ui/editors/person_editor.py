"""Editor for a young person (jongere): name, nickname, birth date (dd-mm-jjjj), wijk, phone."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from jongerenwerk_desk.notebook import ops
from jongerenwerk_desk.notebook.models import YoungPerson
from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.ui.editors.base import EditorDialog, FieldError, watch
from jongerenwerk_desk.ui.editors.fields import DateField, date_problem

OLDEST = date(1980, 1, 1)


class PersonEditor(EditorDialog):
    """Add or edit a YoungPerson in ``notebook.people``.

    ``person`` None means a new young person. ``today`` (date) bounds the birth date; it is
    injectable for tests. Saving: ``people.add`` or ``people.update``.
    """

    operation = staticmethod(ops.save_person)

    def __init__(self, notebook: Notebook, person: YoungPerson | None = None, *,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notebook = notebook
        self.entity = person
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Edit young person") if person else self.tr("New young person"))
        self.name = QLineEdit(self)
        self.nickname = QLineEdit(self)
        self.birth_date = DateField(self)
        self.neighbourhood = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText("06-12345678")
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Only what you need for your work with this "
                                              "young person (data minimisation)."))
        self.form.addRow(self.tr("&Name or initials:"), self.name)
        self.form.addRow(self.tr("Nic&kname:"), self.nickname)
        self.form.addRow(self.tr("&Birth date:"), self.birth_date)
        self.form.addRow(self.tr("Nei&ghbourhood:"), self.neighbourhood)
        self.form.addRow(self.tr("&Phone:"), self.phone)
        self.form.addRow(self.tr("N&otes:"), self.notes)
        for widget in (self.name, self.birth_date, self.phone):
            watch(widget, self)
        order = [self.name, self.nickname, self.birth_date, self.neighbourhood, self.phone,
                 self.notes, self.save_button]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        if person is not None:
            self._load(person)
        self.name.setFocus()
        self.resize(480, self.sizeHint().height())

    def _load(self, person: YoungPerson) -> None:
        self.name.setText(person.name)
        self.nickname.setText(person.nickname)
        self.birth_date.set_value(person.birth_date)
        self.neighbourhood.setText(person.neighbourhood)
        self.phone.setText(person.phone)
        self.notes.setPlainText(person.notes)

    def validate(self) -> list[FieldError]:
        """Name required; birth date a real past date after 1980; phone digits only."""
        problems = []
        if not self.name.text().strip():
            problems.append(FieldError(self.name, self.tr(
                "Name or initials is required (initials are enough).")))
        problem = date_problem(self.birth_date, required=False, not_after=self.today,
                               not_before=OLDEST)
        if problem:
            problems.append(FieldError(self.birth_date, self.tr("Birth date") + " " + problem))
        problems.extend(self.phone_problems(self.phone))
        return problems

    def value(self) -> YoungPerson:
        """The YoungPerson built from the form (id kept when editing)."""
        return YoungPerson(
            id=self.entity.id if self.entity else None,
            name=self.name.text().strip(), nickname=self.nickname.text().strip(),
            birth_date=self.birth_date.value(), neighbourhood=self.neighbourhood.text().strip(),
            phone=self.phone.text().strip(), notes=self.notes.toPlainText().strip())

