"""The one service call at the end of the share wizard, run off the GUI thread.

:class:`ExportJob` calls SHARING's ``export_disclosure``, which confirms the passphrase
against the notebook's key envelope (an export is a disclosure: only the worker who holds the
passphrase may make one; Argon2id takes about half a second, hence off the GUI thread),
rebuilds the summary, and writes the files (temporary name + rename) and the register record
in one transaction. A wrong passphrase or a check that blocks raises before anything is
written.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from jongerenwerk_desk.sharing import ExportError, SummaryRefused, export_disclosure
from jongerenwerk_desk.sharing.model import REFERENCE_LENGTH, default_file_name
from jongerenwerk_desk.vault.errors import VaultError, WrongPassphrase

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

log = logging.getLogger(__name__)

MIN_PDF_PASSWORD = 8
"""Shortest PDF password accepted (AES-256 is only as strong as the password)."""


class CheckBlocked(Exception):
    """The check blocks at the moment of export (nothing was written)."""



def planned_names(formats: list[str]) -> list[str]:
    """The file names shown before the export, the random reference written as ``x``:
    ``verstrekking-xxxxxxxx.<ext>`` (no personal data, no number, no date)."""
    return [default_file_name("x" * REFERENCE_LENGTH, ext) for ext in formats]


@dataclass
class ExportJob:
    """Everything the export needs, handed to the worker thread in one object.

    ``summary`` is the summary the worker previewed; ``export_disclosure`` rebuilds it and
    refuses (SummaryRefused) when the notebook changed in between.
    """

    notebook: object
    profile: object
    evaluation: object
    selection: object
    grounds: object
    summary: object
    folder: Path
    formats: tuple[str, ...]
    pdf_password: str | None = field(default=None, repr=False)
    passphrase: str = field(default="", repr=False)
    created_at: dt.datetime | None = None
    """Moment of the disclosure (aware; from ``services.clock``); None: the system clock."""

    def run(self):
        """Export and record; returns the DisclosureRecord.

        ``export_disclosure`` first confirms the passphrase against the vault's key envelope
        (WrongPassphrase, nothing written), then writes files and record in one transaction.
        Raises CheckBlocked when the verdict blocks, else what ``export_disclosure`` raises.
        """
        try:
            if self.evaluation.blocked:
                raise CheckBlocked()
            return export_disclosure(
                self.notebook, self.passphrase, selection=self.selection,
                grounds=self.grounds,
                request=self.evaluation.request, assessment=self.evaluation.assessment,
                profile=self.profile, summary=self.summary, folder=self.folder,
                formats=self.formats, pdf_password=self.pdf_password,
                created_at=self.created_at)
        finally:
            self.passphrase = ""
            self.pdf_password = None


def user_message(error: BaseException) -> str:
    """A Dutch message for an export failure; never client data, never a traceback."""

    if isinstance(error, WrongPassphrase):
        return translate("ShareExport", "That passphrase is not correct. Nothing was exported or "
                                 "recorded.")
    if isinstance(error, CheckBlocked):
        return translate("ShareExport", "The check changed just before the export. Nothing was "
                                 "exported or recorded; go back to the check.")
    message = getattr(error, "user_message", None)
    if isinstance(error, VaultError) and message:
        return str(message)
    if isinstance(error, SummaryRefused):
        return translate("ShareExport", "The notebook changed since the preview. Nothing was "
                                 "exported or recorded; look at the preview again.")
    if isinstance(error, ExportError):
        return str(error) + " " + translate("ShareExport", "Nothing was recorded.")
    if isinstance(error, OSError):
        return translate("ShareExport", "The file could not be written (disk full, no permission, "
                                 "or the folder is gone). Nothing was recorded.")
    return translate("ShareExport", "The export failed. Nothing was recorded. Try again; if it "
                             "happens again, ask support.")
