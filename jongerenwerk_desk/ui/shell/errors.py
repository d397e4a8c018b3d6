"""Translated messages and ways forward for every unlock/open error of the core.

Each vault error type (``jongerenwerk_desk.vault.errors``) gets its own title, explanation and a
list of actions the user can take next: one table, first match wins. Texts never contain
client data or exception details (an exception's own text is never shown).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from jongerenwerk_desk.vault import errors as ve

RETRY, RECOVERY, RESTORE = "retry", "recovery", "restore"
OPEN_OTHER, CREATE = "open_other", "create"
_CTX = "Errors"


@dataclass(frozen=True)
class ErrorAdvice:
    """What to show for one error: ``title``, ``text`` (both translated) and ``actions``."""

    title: str
    text: str
    actions: tuple[str, ...]


def _opt(name: str) -> tuple[type, ...]:
    """The vault error class ``name`` as a 1-tuple, or () if this core does not have it."""
    found = getattr(ve, name, None)
    return (found,) if found else ()


_NOT_FOUND = tuple(t for t in (FileNotFoundError, getattr(ve, "NotebookNotFound", None)) if t)

# (exception types, title, text, actions); source strings in English, Dutch in shell_nl.ts
_TABLE: list[tuple[type | tuple[type, ...], str, str, tuple[str, ...]]] = [
    # subclasses before their parents (DamagedBackup/KeyFileMismatch/FirstPageDamaged/
    # KeyFileDamaged/EmptyNotebook are DamagedFile, KeyFileMissing is NotANotebook,
    # InterruptedKeyChange is WrongPassphrase): first match wins
    (_opt("DamagedBackup"), QT_TRANSLATE_NOOP("Errors", "Backup damaged"), QT_TRANSLATE_NOOP(
        "Errors", "This backup is damaged (incomplete or changed) and cannot be restored. Your "
        "notebook has not been changed. Choose another backup, for example an older one."),
     (RESTORE, OPEN_OTHER)),
    (_opt("KeyFileMissing"), QT_TRANSLATE_NOOP("Errors", "Key file missing"), QT_TRANSLATE_NOOP(
        "Errors", "The key file (.keys) next to the notebook is missing; without it the "
        "notebook cannot be opened. Put it back from the folder where it was, or restore a "
        "backup (a .jwbak contains it). Nothing has been changed."),
     (RESTORE, OPEN_OTHER)),
    (_opt("KeyFileMismatch"), QT_TRANSLATE_NOOP("Errors", "Key file does not match"),
     QT_TRANSLATE_NOOP(
        "Errors", "The key file (.keys) next to this notebook belongs to another notebook (or "
        "the very start of the notebook is damaged). Put the right key file back, or restore "
        "a backup. Nothing has been changed."),
     (RESTORE, OPEN_OTHER)),
    (_opt("FirstPageDamaged"), QT_TRANSLATE_NOOP("Errors", "Start of the notebook damaged"),
     QT_TRANSLATE_NOOP(
        "Errors", "The start of the notebook (its first page) is damaged; the key file is the "
        "right one. The notebook cannot be opened like this. Restore a backup; the file itself "
        "has not been changed."),
     (RESTORE, OPEN_OTHER)),
    (_opt("KeyFileDamaged"), QT_TRANSLATE_NOOP("Errors", "Key file damaged"),
     QT_TRANSLATE_NOOP(
        "Errors", "The key file (.keys) next to the notebook is empty or damaged. Put it back "
        "from a backup (a .jwbak contains it) or from the folder it came from; the notebook "
        "itself has not been changed."),
     (RESTORE, OPEN_OTHER)),
    (_opt("EmptyNotebook"), QT_TRANSLATE_NOOP("Errors", "Notebook is empty"),
     QT_TRANSLATE_NOOP(
        "Errors", "The notebook file is empty (0 bytes), for example after an interrupted copy "
        "or by a sync program. Restore a backup; the key file has not been changed."),
     (RESTORE, OPEN_OTHER)),
    (_opt("NotebookDamagedWritesRefused"), QT_TRANSLATE_NOOP("Errors", "Notebook damaged"),
     QT_TRANSLATE_NOOP(
        "Errors", "The check of every page found damage in this notebook. Nothing more is "
        "saved in it, so the damage cannot spread. Make a backup of what can still be read, "
        "or restore a backup."),
     (RESTORE, OPEN_OTHER)),
    (_opt("InterruptedKeyChange"), QT_TRANSLATE_NOOP("Errors", "Passphrase change interrupted"),
     QT_TRANSLATE_NOOP(
        "Errors", "A passphrase change was interrupted. This passphrase belongs to the side that "
        "did not go through: open the notebook with the other one (the old or the new "
        "passphrase). Nothing is lost."),
     (RETRY, RECOVERY)),
    (_opt("TargetIsFolder"), QT_TRANSLATE_NOOP("Errors", "That is a folder"), QT_TRANSLATE_NOOP(
        "Errors", "That location is a folder, not a notebook; nothing has been changed. Choose "
        "a notebook file, or a new file name inside the folder."),
     (OPEN_OTHER, CREATE)),
    (_opt("TargetNotANotebook"), QT_TRANSLATE_NOOP("Errors", "Not a notebook there"),
     QT_TRANSLATE_NOOP(
        "Errors", "At that location there is a file that is not a notebook; nothing has been "
        "replaced or changed. Choose a new file name or an existing notebook."),
     (OPEN_OTHER, CREATE)),
    (ve.WrongPassphrase, QT_TRANSLATE_NOOP("Errors", "Wrong passphrase"), QT_TRANSLATE_NOOP(
        "Errors", "The passphrase or recovery code is not correct. Check Caps Lock and the "
        "keyboard layout, then try again. Forgot the passphrase? Use your recovery code."),
     (RETRY, RECOVERY)),
    (ve.DamagedFile, QT_TRANSLATE_NOOP("Errors", "Notebook damaged"), QT_TRANSLATE_NOOP(
        "Errors", "The notebook is damaged and cannot be read completely. The file itself has "
        "not been changed. Restore a backup, or open another notebook."),
     (RESTORE, OPEN_OTHER)),
    (ve.NotANotebook, QT_TRANSLATE_NOOP("Errors", "Not a notebook"), QT_TRANSLATE_NOOP(
        "Errors", "This file is not a Jongerenwerk Desk notebook. Choose another file or create "
        "a new notebook."), (OPEN_OTHER, CREATE)),
    (ve.NewerFormat, QT_TRANSLATE_NOOP("Errors", "Made by a newer version"), QT_TRANSLATE_NOOP(
        "Errors", "This notebook was made with a newer version of Jongerenwerk Desk. Update the "
        "program to open it; the file has not been changed."), (OPEN_OTHER,)),
    (ve.AlreadyOpen, QT_TRANSLATE_NOOP("Errors", "Already open"), QT_TRANSLATE_NOOP(
        "Errors", "The notebook is already open in another window or program. Close it there "
        "and try again."), (RETRY,)),
    (ve.DiskFull, QT_TRANSLATE_NOOP("Errors", "Disk full"), QT_TRANSLATE_NOOP(
        "Errors", "The disk is full. Nothing that was saved is lost; free some space and try "
        "again."), (RETRY,)),
    (ve.SQLCipherUnavailable, QT_TRANSLATE_NOOP("Errors", "Encryption not available"),
     QT_TRANSLATE_NOOP(
        "Errors", "The encryption (SQLCipher 4) is not available. The program opens nothing "
        "without encryption. Reinstall Jongerenwerk Desk or contact your IT support."), ()),
    (ve.KeyringUnavailable, QT_TRANSLATE_NOOP("Errors", "Type your passphrase"),
     QT_TRANSLATE_NOOP(
        "Errors", "The system keyring could not give the key. Type your passphrase to open the "
        "notebook."), (RETRY,)),
    (ve.VaultLocked, QT_TRANSLATE_NOOP("Errors", "Notebook locked"), QT_TRANSLATE_NOOP(
        "Errors", "The notebook is locked. Unlock it to continue."), (RETRY,)),
    (ve.NotebookExists, QT_TRANSLATE_NOOP("Errors", "File exists"), QT_TRANSLATE_NOOP(
        "Errors", "There is already a file at that location; nothing has been overwritten. "
        "Choose another location."), (OPEN_OTHER, CREATE)),
    (_NOT_FOUND, QT_TRANSLATE_NOOP("Errors", "Notebook not found"), QT_TRANSLATE_NOOP(
        "Errors", "The notebook file was not found. It may have been moved or be on a drive "
        "that is not connected. Open another notebook or create a new one."),
     (OPEN_OTHER, CREATE)),
    (PermissionError, QT_TRANSLATE_NOOP("Errors", "No access"), QT_TRANSLATE_NOOP(
        "Errors", "You have no permission to open this file. Open another notebook."),
     (OPEN_OTHER,)),
]
_GENERIC = (QT_TRANSLATE_NOOP("Errors", "Could not open"), QT_TRANSLATE_NOOP(
    "Errors", "The notebook could not be opened because of an unexpected error. The file has "
    "not been changed. Try again, restore a backup or open another notebook."),
    (RETRY, RESTORE, OPEN_OTHER))
_LABELS = {
    RETRY: QT_TRANSLATE_NOOP("Errors", "Try again"),
    RECOVERY: QT_TRANSLATE_NOOP("Errors", "Use recovery code"),
    RESTORE: QT_TRANSLATE_NOOP("Errors", "Restore a backup…"),
    OPEN_OTHER: QT_TRANSLATE_NOOP("Errors", "Open another notebook…"),
    CREATE: QT_TRANSLATE_NOOP("Errors", "Create a new notebook…"),
}


def advice_for(exc: BaseException) -> ErrorAdvice:
    """Return the advice for ``exc``; unknown exceptions get a generic message (no details)."""
    title, text, actions = _GENERIC
    for types, t_title, t_text, t_actions in _TABLE:
        if isinstance(exc, types):
            title, text, actions = t_title, t_text, t_actions
            break
    return ErrorAdvice(QCoreApplication.translate(_CTX, title),
                       QCoreApplication.translate(_CTX, text), actions)


def action_label(action: str) -> str:
    """Translated button text for an action id (KeyError for an unknown id)."""
    return QCoreApplication.translate(_CTX, _LABELS[action])
