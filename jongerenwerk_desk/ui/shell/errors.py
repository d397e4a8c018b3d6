"""Translated messages and ways forward for every unlock/open error of the core.

Each vault error type (``jongerenwerk_desk.vault.errors``) gets its own title, explanation and a
list of actions the user can take next. Texts never contain client data or exception details.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from jongerenwerk_desk.vault import errors as ve

RETRY, RECOVERY, RESTORE = "retry", "recovery", "restore"
OPEN_OTHER, CREATE = "open_other", "create"


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


@dataclass(frozen=True)
class ErrorAdvice:
    """What to show for one error: ``title``, ``text`` (both translated) and ``actions``."""

    title: str
    text: str
    actions: tuple[str, ...]


def advice_for(exc: BaseException) -> ErrorAdvice:
    """Return the advice for ``exc``; unknown exceptions get a generic message (no details)."""
    if isinstance(exc, ve.WrongPassphrase):
        return ErrorAdvice(
            translate("Errors", "Wrong passphrase"),
            translate(
                "Errors",
                "The passphrase or recovery code is not correct. Check Caps Lock and the keyboard "
                "layout, then try again. Forgot the passphrase? Use your recovery code.",
            ),
            (RETRY, RECOVERY),
        )
    if isinstance(exc, ve.DamagedFile):
        return ErrorAdvice(
            translate("Errors", "Notebook damaged"),
            translate(
                "Errors",
                "The notebook is damaged and cannot be read completely. The file itself has not "
                "been changed. Restore a backup, or open another notebook.",
            ),
            (RESTORE, OPEN_OTHER),
        )
    if isinstance(exc, ve.NotANotebook):
        return ErrorAdvice(
            translate("Errors", "Not a notebook"),
            translate(
                "Errors",
                "This file is not a Jongerenwerk Desk notebook. Choose another file or create a "
                "new notebook.",
            ),
            (OPEN_OTHER, CREATE),
        )
    if isinstance(exc, ve.NewerFormat):
        return ErrorAdvice(
            translate("Errors", "Made by a newer version"),
            translate(
                "Errors",
                "This notebook was made with a newer version of Jongerenwerk Desk. Update the "
                "program to open it; the file has not been changed.",
            ),
            (OPEN_OTHER,),
        )
    if isinstance(exc, ve.AlreadyOpen):
        return ErrorAdvice(
            translate("Errors", "Already open"),
            translate(
                "Errors",
                "The notebook is already open in another window or program. Close it there and "
                "try again.",
            ),
            (RETRY,),
        )
    if isinstance(exc, ve.DiskFull):
        return ErrorAdvice(
            translate("Errors", "Disk full"),
            translate(
                "Errors",
                "The disk is full. Nothing that was saved is lost; free some space and try again.",
            ),
            (RETRY,),
        )
    if isinstance(exc, ve.SQLCipherUnavailable):
        return ErrorAdvice(
            translate("Errors", "Encryption not available"),
            translate(
                "Errors",
                "The encryption (SQLCipher 4) is not available. The program opens nothing without "
                "encryption. Reinstall Jongerenwerk Desk or contact your IT support.",
            ),
            (),
        )
    if isinstance(exc, ve.KeyringUnavailable):
        return ErrorAdvice(
            translate("Errors", "Type your passphrase"),
            translate(
                "Errors",
                "The system keyring could not give the key. Type your passphrase to open the "
                "notebook.",
            ),
            (RETRY,),
        )
    if isinstance(exc, ve.VaultLocked):
        return ErrorAdvice(
            translate("Errors", "Notebook locked"),
            translate("Errors", "The notebook is locked. Unlock it to continue."),
            (RETRY,),
        )
    if isinstance(exc, ve.NotebookExists):
        return ErrorAdvice(
            translate("Errors", "File exists"),
            translate(
                "Errors",
                "There is already a file at that location; nothing has been overwritten. Choose "
                "another location.",
            ),
            (OPEN_OTHER, CREATE),
        )
    if isinstance(exc, FileNotFoundError) or type(exc).__name__ == "NotebookNotFound":
        return ErrorAdvice(
            translate("Errors", "Notebook not found"),
            translate(
                "Errors",
                "The notebook file was not found. It may have been moved or be on a drive that is "
                "not connected. Open another notebook or create a new one.",
            ),
            (OPEN_OTHER, CREATE),
        )
    if isinstance(exc, PermissionError):
        return ErrorAdvice(
            translate("Errors", "No access"),
            translate("Errors", "You have no permission to open this file. Open another notebook."),
            (OPEN_OTHER,),
        )
    return ErrorAdvice(
        translate("Errors", "Could not open"),
        translate(
            "Errors",
            "The notebook could not be opened because of an unexpected error. The file has not "
            "been changed. Try again, restore a backup or open another notebook.",
        ),
        (RETRY, RESTORE, OPEN_OTHER),
    )


def action_label(action: str) -> str:
    """Button text for an action id."""
    return {
        RETRY: translate("Errors", "Try again"),
        RECOVERY: translate("Errors", "Use recovery code"),
        RESTORE: translate("Errors", "Restore a backup…"),
        OPEN_OTHER: translate("Errors", "Open another notebook…"),
        CREATE: translate("Errors", "Create a new notebook…"),
    }[action]
