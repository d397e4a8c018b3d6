"""A dialog listing the covenant partners' contact persons (paged model), with add/edit/delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QVBoxLayout

from jongerenwerk_desk.notebook import ops
from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.notebook.ops import Kind
from jongerenwerk_desk.ui.shell.ops_runner import ops_for
from jongerenwerk_desk.ui.views.entity_view import EntityView
from jongerenwerk_desk.ui.views.panel_base import run_editor
from jongerenwerk_desk.ui.views.tables import partners_model


class PartnersDialog(QDialog):
    """Contact persons at covenant partners (``notebook.partners``); writes through
    ``services.ops`` and reloads its list when partner contacts changed."""

    def __init__(self, notebook: Notebook, profile: Any, services: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.notebook, self.profile, self.services = notebook, profile, services
        self.setWindowTitle(self.tr("Partner contacts"))
        self.model = partners_model(notebook, self, profile)
        self.view = EntityView(self.model, self.tr("Partner contacts"), self)
        self.ops = ops_for(services, notebook)
        self.view.follow(self.ops, frozenset({Kind.PARTNER}))
        self.add = QPushButton(self.tr("&New contact…"), self)
        self.edit = QPushButton(self.tr("&Edit…"), self)
        self.remove = QPushButton(self.tr("&Delete…"), self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.add, self.edit, self.remove):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(row)
        self.add.clicked.connect(self.new_contact)
        self.edit.clicked.connect(self.edit_current)
        self.view.activated.connect(lambda _c: self.edit_current())
        self.remove.clicked.connect(self.delete_current)
        self.view.deleteRequested.connect(self.delete_current)
        self.model.reload()
        self.resize(760, 420)

    def new_contact(self) -> None:
        from jongerenwerk_desk.ui.editors.partner_editor import PartnerEditor
        editor = PartnerEditor(self.notebook, self.profile, parent=self)
        if run_editor(self.services, editor) and editor.saved_id is not None:
            self.view.select_id(editor.saved_id)

    def edit_current(self) -> None:
        from jongerenwerk_desk.ui.editors.partner_editor import PartnerEditor
        contact = self.view.current()
        if contact is None:
            return
        editor = PartnerEditor(self.notebook, self.profile, contact, parent=self)
        run_editor(self.services, editor)

    def delete_current(self) -> None:
        contact = self.view.current()
        if contact is None:
            return
        if self.services.prompter.confirm(self, self.tr("Delete contact"), self.tr(
                "Delete this partner contact from the notebook?"),
                yes_text=self.tr("Delete"), no_text=self.tr("Cancel")):
            self.ops.run(ops.delete_partner, contact.id)

    def clear_client_data(self) -> None:
        self.view.clear_client_data()
