"""Who sends an export: organisation, the worker's name and a contact (phone or e-mail).

Printed on every export (PDF header and footer, spreadsheet) so recipients know who sent the
summary and whom to call. Stored in the encrypted notebook's settings (never in QSettings):
the organisation is asked at first run, name and contact here, in the settings dialog or from
the export page.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLineEdit

from jongerenwerk_desk.notebook import ops
from jongerenwerk_desk.notebook.settings_keys import SettingKey
from jongerenwerk_desk.ui.shell.ops_runner import ops_for

SENDER_KEYS = (SettingKey.ORGANISATION_NAME, SettingKey.SENDER_NAME, SettingKey.SENDER_CONTACT)
_MAX_CHARS = 120


def sender_values(notebook) -> tuple[str, str, str]:
    """(organisation, name, contact) from the notebook's settings, stripped; "" when unset."""
    organisation, name, contact = ((notebook.settings.get(key.value) or "").strip()
                                   for key in SENDER_KEYS)
    return organisation, name, contact


def sender_missing(notebook) -> list[str]:
    """Keys of the sender fields that are still empty (in ``SENDER_KEYS`` order)."""
    return [key for key, value in zip(SENDER_KEYS, sender_values(notebook), strict=True)
            if not value]


class SenderFields(QGroupBox):
    """The three sender fields, loaded from ``notebook.settings`` and saved through the
    notebook's door (``notebook.ops.write_settings`` on ``services.ops``)."""

    def __init__(self, notebook, services, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sender on exports"))
        self._notebook = notebook
        self._services = services
        self.organisation = QLineEdit()
        self.organisation.setObjectName("sender_organisation")
        self.name = QLineEdit()
        self.name.setObjectName("sender_name")
        self.name.setPlaceholderText(self.tr("e.g. Sam de Vries"))
        self.contact = QLineEdit()
        self.contact.setObjectName("sender_contact")
        self.contact.setPlaceholderText(self.tr("phone number or e-mail address"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("&Contact:"), self.contact)
        for edit, value in zip((self.organisation, self.name, self.contact),
                               sender_values(notebook), strict=True):
            edit.setMaxLength(_MAX_CHARS)
            edit.setText(value)
            edit.setAccessibleName(form.labelForField(edit).text().replace("&", "").rstrip(":"))

    def save(self) -> None:
        """Write the three values into the notebook in one operation (an empty field removes
        the setting)."""
        values = {key: (" ".join(edit.text().split()) or None) for key, edit in
                  zip(SENDER_KEYS, (self.organisation, self.name, self.contact), strict=True)}
        ops_for(self._services, self._notebook).run(ops.write_settings, values)


class SenderDialog(QDialog):
    """A small dialog around :class:`SenderFields`; OK saves into the notebook."""

    def __init__(self, notebook, services, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sender on exports"))
        self.fields = SenderFields(notebook, services, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.fields)
        form.addRow(buttons)

    def accept(self) -> None:
        """Save, then close."""
        self.fields.save()
        super().accept()
