"""The one service call at the end of the share wizard, run off the GUI thread.

:class:`ExportJob` is an operation for the ops runner (``services.ops.run_in_background``):
it calls ``sharing.export_op``, which confirms the passphrase against the notebook's key
envelope (an export is a disclosure: only the worker who holds the passphrase may make one;
Argon2id takes about half a second, hence off the GUI thread), prepares the disclosure again
and writes the files (temporary name + rename) and the register record in one transaction. A
wrong passphrase or a check that blocks raises before anything is written. Because the runner
knows an export is running, a lock waits for it: a complete file and record, or neither.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QCoreApplication

from jongerenwerk_desk.notebook.disclosures import DisclosureRecord
from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.notebook.ops import OpResult
from jongerenwerk_desk.sharing import (
    ExportError,
    ExportOptions,
    PreparedDisclosure,
    SummaryRefused,
    export_op,
)
from jongerenwerk_desk.sharing.model import default_file_name
from jongerenwerk_desk.vault.errors import VaultError, WrongPassphrase

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

log = logging.getLogger(__name__)

MIN_PDF_PASSWORD = 8
"""Shortest PDF password accepted (AES-256 is only as strong as the password)."""


class CheckBlocked(Exception):
    """The check blocks at the moment of export (nothing was written)."""



def planned_names(formats: list[str]) -> list[str]:
    """The file names shown before the export, the random reference written as ``code``:
    ``verstrekking-code.<ext>`` (no personal data, no number, no date)."""
    return [default_file_name("code", ext) for ext in formats]


@dataclass
class ExportJob:
    """Everything the export needs, handed to the worker thread in one object.

    ``prepared``: the disclosure as checked and previewed (its ``summary`` is the one the
    worker saw); the export prepares it again and refuses (SummaryRefused) when the notebook
    changed in between. ``options``: folder, formats, moment (without the PDF password, which
    is kept in ``pdf_password`` and dropped after the run, like ``passphrase``).
    """

    prepared: PreparedDisclosure
    options: ExportOptions
    pdf_password: str | None = field(default=None, repr=False)
    passphrase: str = field(default="", repr=False)

    def run(self, notebook: Notebook) -> OpResult[DisclosureRecord]:
        """Export and record (an operation: ``services.ops.run_in_background(job.run)``).

        ``export_op`` first confirms the passphrase against the vault's key envelope
        (WrongPassphrase, nothing written), then writes files and record in one transaction.
        Raises CheckBlocked when the verdict blocks, else what ``export_disclosure`` raises.
        """
        try:
            if self.prepared.blocked:
                raise CheckBlocked()
            return export_op(notebook, self.passphrase, self.prepared,
                             replace(self.options, pdf_password=self.pdf_password))
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
