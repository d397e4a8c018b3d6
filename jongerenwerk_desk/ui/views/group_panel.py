"""Detail panel of one group: its 7-stappenmodel step and history, and its members with roles."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jongerenwerk_desk.notebook import ops
from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.notebook.ops import Kind, OpChanges
from jongerenwerk_desk.ui.shell.ops_runner import ops_for
from jongerenwerk_desk.ui.views import labels
from jongerenwerk_desk.ui.views.panel_base import DetailLabel, SmallTable, run_editor


class GroupPanel(QWidget):
    """Shows one Group (``show_group``): step + history (oldest first) and members.

    Writes through ``services.ops`` and reloads itself when an operation changed what it
    shows (``FOLLOWS``).
    """

    FOLLOWS = frozenset({Kind.GROUP, Kind.STAGE, Kind.MEMBERSHIP, Kind.PERSON})
    share_requested = Signal(int)
    """The worker pressed "Share with the overleg" for the group with this id."""

    def __init__(self, notebook: Notebook, profile: Any, services: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notebook, self.profile, self.services = notebook, profile, services
        self.ops = ops_for(services, notebook)
        self.ops.changed.connect(self._ops_changed)
        self.group: Any | None = None
        self.stage_label = DetailLabel(self)
        self.change_stage = QPushButton(self.tr("Change &step…"), self)
        self.change_stage.setToolTip(self.tr("Opens the group editor; the reason is kept in "
                                             "the history."))
        self.share_button = QPushButton(self.tr("S&hare with the overleg…"), self)
        self.share_button.setObjectName("share_group_button")
        self.share_button.setToolTip(self.tr(
            "Opens the share wizard for this group, filled in from its last disclosure: the "
            "step, the purpose, the recipients and the signals that are new since then."))
        self.share_button.clicked.connect(
            lambda: self.group is not None and self.share_requested.emit(self.group.id))
        self.history = SmallTable([self.tr("Date"), self.tr("Step"), self.tr("Reason"),
                                   self.tr("Decided")], self.tr("Step history"), self)
        self.members = SmallTable([self.tr("Young person"), self.tr("Role"), self.tr("Since"),
                                   self.tr("Until")], self.tr("Members"), self)
        self.add_member = QPushButton(self.tr("&Add member…"), self)
        self.edit_member = QPushButton(self.tr("Change &role…"), self)
        self.remove_member = QPushButton(self.tr("Re&move from group…"), self)
        stage_box = QGroupBox(self.tr("7-stappenmodel"), self)
        stage_layout = QVBoxLayout(stage_box)
        top = QHBoxLayout()
        top.addWidget(self.stage_label, 1)
        top.addWidget(self.change_stage)
        top.addWidget(self.share_button)
        stage_layout.addLayout(top)
        stage_layout.addWidget(self.history)
        member_box = QGroupBox(self.tr("Members and roles"), self)
        member_layout = QVBoxLayout(member_box)
        member_layout.addWidget(self.members)
        buttons = QHBoxLayout()
        for button in (self.add_member, self.edit_member, self.remove_member):
            buttons.addWidget(button)
        buttons.addStretch(1)
        member_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(stage_box, 2)
        layout.addWidget(member_box, 3)
        order = [self.change_stage, self.share_button, self.history, self.members, self.add_member,
                 self.edit_member, self.remove_member]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.change_stage.clicked.connect(self.edit_group)
        self.add_member.clicked.connect(self.new_member)
        self.edit_member.clicked.connect(self.edit_current_member)
        self.members.activatedRow.connect(self.edit_current_member)
        self.remove_member.clicked.connect(self.remove_current_member)
        self.clear_client_data()

    def show_group(self, group: Any | None) -> None:
        """Fill step, history and members for ``group`` (re-read from the notebook)."""
        if group is None:
            self.clear_client_data()
            return
        try:
            self.group = self.notebook.groups.get(group.id)
        except KeyError:
            self.clear_client_data()
            return
        self.stage_label.setText(self.tr("Current step: %1").replace(
            "%1", labels.label(labels.STAGES, self.group.stage)))
        changes = self.notebook.groups.stage_history(self.group.id)
        self.history.fill([[labels.format_local(c.changed_at), labels.label(labels.STAGES,
                                                                             c.stage), c.note,
                            " – ".join(x for x in (labels.format_date(c.decided_on), c.source)
                                       if x)]
                           for c in changes], [c.id for c in changes])
        memberships = self.notebook.memberships.for_group(self.group.id)
        rows = []
        for m in memberships:
            try:
                person = self.notebook.people.get(m.person_id)
                name = f"{person.name} ({person.nickname})" if person.nickname else person.name
            except KeyError:
                name = "?"
            rows.append([name, m.role, labels.format_date(m.since), labels.format_date(m.until)])
        self.members.fill(rows, [m.id for m in memberships])
        self.setEnabled(True)

    def clear_client_data(self) -> None:
        """Forget the group; empty labels and tables."""
        self.group = None
        self.stage_label.clear()
        self.history.setRowCount(0)
        self.members.setRowCount(0)
        self.setEnabled(False)

    def _ops_changed(self, changes: OpChanges) -> None:
        if self.group is not None and self.notebook is not None \
                and changes.touches(*self.FOLLOWS):
            self.show_group(self.group)

    def edit_group(self) -> None:
        from jongerenwerk_desk.ui.editors.group_editor import GroupEditor
        if self.group is None:
            return
        editor = GroupEditor(self.notebook, self.group, parent=self)
        editor.stage.setFocus()
        run_editor(self.services, editor)

    def new_member(self) -> None:
        from jongerenwerk_desk.ui.editors.partner_editor import MembershipEditor
        if self.group is None:
            return
        run_editor(self.services, MembershipEditor(self.notebook, self.group.id, parent=self))

    def edit_current_member(self) -> None:
        from jongerenwerk_desk.ui.editors.partner_editor import MembershipEditor
        membership_id = self.members.current_id()
        if self.group is None or membership_id is None:
            return
        editor = MembershipEditor(self.notebook, self.group.id,
                                  self.notebook.memberships.get(membership_id), parent=self)
        run_editor(self.services, editor)

    def remove_current_member(self) -> None:
        membership_id = self.members.current_id()
        if self.group is None or membership_id is None:
            return
        if not self.services.prompter.confirm(
                self, self.tr("Remove from group"),
                self.tr("Remove this young person from the group? To keep the history, you can "
                        "instead fill in an end date with 'Change role'."),
                yes_text=self.tr("Remove"), no_text=self.tr("Cancel")):
            return
        self.ops.run(ops.delete_membership, membership_id)
