"""Choose an export folder without leaving a trace of it in Qt's own settings.

Qt's widget-based QFileDialog writes its history and last visited folder to
``QtProject.conf`` (group ``FileDialog``) when it is destroyed. A folder name can carry a
client's name ("Dossier Jan"), and the architecture forbids client data outside the
encrypted notebook (AVG art. 5(1)(f), art. 32), so the dialog is always the non-native
Qt dialog, its history is emptied and it is pointed back at the home folder before it
goes, so nothing of the chosen folder is saved. The dialog is run through ``services.prompter``
(``run_dialog``) by the export page, so tests never block on it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import QFileDialog, QWidget

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def make_folder_dialog(parent: QWidget | None, start: Path | None = None) -> QFileDialog:
    """A non-native, folder-only QFileDialog with an empty history (not yet shown)."""
    title = translate("FolderDialog", "Choose the folder for the export")
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setHistory([])
    dialog.setDirectory(str(start) if start and start.is_dir() else QDir.homePath())
    return dialog


def forget_dialog(dialog: QFileDialog) -> None:
    """Empty the dialog's history and last folder so its saved settings name nothing."""
    dialog.setHistory([])
    dialog.setDirectory(QDir.homePath())
    dialog.setHistory([])
