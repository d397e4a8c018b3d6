"""Settings dialog: idle-lock minutes and UI language (the only user settings in QSettings),
and, while a notebook is open, the sender printed on exports (stored in the notebook)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox

from jongerenwerk_desk.ui.shell.sender_dialog import SenderFields
from jongerenwerk_desk.ui.shell.settings import IDLE_MINUTES, LANGUAGE, AppSettings


class SettingsDialog(QDialog):
    """Edit :data:`IDLE_MINUTES` (1..120) and :data:`LANGUAGE` ("nl"/"en"); saved on OK.

    With an open ``notebook`` (and the app's ``services``) also the sender on exports
    (organisation, name, contact), saved into that notebook's settings through its door."""

    def __init__(self, settings: AppSettings, parent=None, notebook=None,
                 services=None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.idle = QSpinBox()
        self.idle.setRange(IDLE_MINUTES.lo, IDLE_MINUTES.hi)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(settings.get(IDLE_MINUTES))
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(LANGUAGE))))
        note = QLabel(self.tr("A new language applies the next time the program starts."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Lock after inactivity:"), self.idle)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(note)
        self.sender = (SenderFields(notebook, services, self)
                       if notebook is not None and services is not None else None)
        if self.sender is not None:
            form.addRow(self.sender)
        form.addRow(buttons)

    def accept(self) -> None:
        """Store the values."""
        self._settings.set(IDLE_MINUTES, self.idle.value())
        self._settings.set(LANGUAGE, self.language.currentData())
        if self.sender is not None:
            self.sender.save()
        super().accept()
