"""Editor for a group: name, kind, locations, platforms, 7-stappenmodel stage (with history)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from jongerenwerk_desk.notebook import ops
from jongerenwerk_desk.notebook.models import GROUP_KINDS, STAGES, Group
from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.ui.editors.base import EditorDialog, FieldError, watch
from jongerenwerk_desk.ui.editors.fields import DateField, date_problem
from jongerenwerk_desk.ui.views import labels


def split_list(text: str) -> list[str]:
    """'a, b,,c ' -> ['a', 'b', 'c'] (comma or semicolon separated, blanks dropped)."""
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class GroupEditor(EditorDialog):
    """Add or edit a Group in ``notebook.groups``.

    A stage change on an existing group goes through ``ops.save_group(nb, group, stage, note)`` so
    the history records when and why (7-stappenmodel); the note, the date of the decision
    and where it was taken (which overleg) are then required: the share wizard takes the
    stage from this record only. A new group starts in the chosen stage.
    """

    operation = staticmethod(ops.save_group)

    def __init__(self, notebook: Notebook, group: Group | None = None,
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.notebook = notebook
        self.today = today or date.today()
        self.entity = group
        self.setWindowTitle(self.tr("Edit group") if group else self.tr("New group"))
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        for code in GROUP_KINDS:
            self.kind.addItem(labels.label(labels.GROUP_KINDS, code), code)
        self.locations = QLineEdit(self)
        self.locations.setPlaceholderText(self.tr("Places, separated by commas"))
        self.platforms = QLineEdit(self)
        self.platforms.setPlaceholderText(self.tr("Online platforms, separated by commas"))
        self.stage = QComboBox(self)
        for code in STAGES:
            self.stage.addItem(labels.label(labels.STAGES, code), code)
        self.stage.setToolTip(self.tr("Step of the 7-stappenmodel the group is in. A change "
                                      "is kept in the group's history."))
        self.stage_note = QLineEdit(self)
        self.stage_note.setPlaceholderText(self.tr("Required when the step changes"))
        self.stage_note.setToolTip(self.tr("Why the group moves to another step; required "
                                           "when you change the step, kept in the history."))
        self.decided_on = DateField(self)
        self.decided_on.set_value(self.today)
        self.decided_on.setToolTip(self.tr("Date of the meeting that decided the step."))
        self.decided_in = QLineEdit(self)
        self.decided_in.setPlaceholderText(self.tr("e.g. youth group meeting of that date"))
        self.decided_in.setToolTip(self.tr("Where the step was decided (which meeting); kept "
                                           "in the history."))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.form.addRow(self.tr("&Name or code:"), self.name)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Locations:"), self.locations)
        self.form.addRow(self.tr("&Platforms:"), self.platforms)
        self.form.addRow(self.tr("&Step (7-stappenmodel):"), self.stage)
        self.form.addRow(self.tr("Reason for the step &change:"), self.stage_note)
        self.form.addRow(self.tr("&Decided on:"), self.decided_on)
        self.form.addRow(self.tr("Decided &in:"), self.decided_in)
        self.form.addRow(self.tr("N&otes:"), self.notes)
        for widget in (self.name, self.stage_note, self.decided_on, self.decided_in):
            watch(widget, self)
        order = [self.name, self.kind, self.locations, self.platforms, self.stage,
                 self.stage_note, self.decided_on, self.decided_in, self.notes,
                 self.save_button]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        if group is not None:
            self._load(group)
        self.stage.currentIndexChanged.connect(self._stage_changed)
        self._stage_changed()
        self.name.setFocus()
        self.resize(600, self.sizeHint().height())

    def _load(self, group: Group) -> None:
        self.name.setText(group.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(group.kind)))
        self.locations.setText(", ".join(group.locations))
        self.platforms.setText(", ".join(group.platforms))
        self.stage.setCurrentIndex(max(0, self.stage.findData(group.stage)))
        self.notes.setPlainText(group.notes)

    @property
    def stage_changed(self) -> bool:
        """True when an existing group's stage is being changed."""
        return self.entity is not None and self.stage.currentData() != self.entity.stage

    def _stage_changed(self) -> None:
        for widget in (self.stage_note, self.decided_on, self.decided_in):
            widget.setEnabled(self.stage_changed)

    def validate(self) -> list[FieldError]:
        """Name required; a stage change needs a reason."""
        problems = []
        if not self.name.text().strip():
            problems.append(FieldError(self.name, self.tr("Name or code of the group is "
                                                          "required.")))
        if self.stage_changed and len(self.stage_note.text().strip()) < 3:
            problems.append(FieldError(self.stage_note, self.tr(
                "Give a short reason for the step change; it is kept in the history.")))
        if self.stage_changed:
            problem = date_problem(self.decided_on, required=True, not_after=self.today)
            if problem:
                problems.append(FieldError(self.decided_on,
                                           self.tr("Date of the decision") + " " + problem))
            if len(self.decided_in.text().strip()) < 3:
                problems.append(FieldError(self.decided_in, self.tr(
                    "Say which meeting decided the step.")))
        return problems

    def value(self) -> Group:
        """The Group from the form; on an existing group the stage stays the stored one
        (``ops.save_group`` records a change in the history)."""
        stage = self.entity.stage if self.entity else self.stage.currentData()
        return Group(id=self.entity.id if self.entity else None, name=self.name.text().strip(),
                     kind=self.kind.currentData(), locations=split_list(self.locations.text()),
                     platforms=split_list(self.platforms.text()), stage=stage,
                     notes=self.notes.toPlainText().strip())

    def op_args(self) -> tuple[Any, ...]:
        """``(group, new stage or None, reason, decided on, decided in)`` for
        ``ops.save_group``: a new group starts in the chosen stage; a changed stage is recorded
        with its reason, date and meeting in one transaction."""
        new_stage = self.stage.currentData() if self.entity and self.stage_changed else None
        return (self.value(), new_stage, self.stage_note.text().strip(),
                self.decided_on.value() if new_stage else None,
                self.decided_in.text().strip() if new_stage else "")
