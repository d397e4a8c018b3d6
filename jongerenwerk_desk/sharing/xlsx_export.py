"""The minimal summary as an Excel workbook (openpyxl), optionally encrypted (msoffcrypto-tool).

When the PDF of a disclosure is protected with a password, the spreadsheet must not lie beside
it in plain form: it is then written as an ``.xlsx`` encrypted with the same password (ECMA-376
Agile Encryption, AES-256, what Excel itself writes for "Protect workbook with password";
Excel and LibreOffice ask for the password on opening). Without a password the workbook is
plain, like the CSV.

Cells hold the same rows as the CSV (``csv_export.summary_rows``); every cell is text and is
neutralised the same way (``neutralise_cell``) so no cell is ever read as a formula.
"""

from __future__ import annotations

import io
from typing import BinaryIO

from msoffcrypto.format.ooxml import OOXMLFile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from jongerenwerk_desk.sharing.csv_export import neutralise_cell, summary_rows
from jongerenwerk_desk.sharing.model import Summary

MIN_PASSWORD_CHARS = 8
_WIDTHS = (14, 22, 24, 12, 24, 22, 70)


def xlsx_bytes(summary: Summary, password: str | None = None) -> bytes:
    """The summary as ``.xlsx`` bytes; with ``password`` (>= 8 characters) encrypted so that
    only that password opens it.

    Raises ValueError (Dutch) for a password shorter than 8 characters.
    """
    if password is not None and len(password) < MIN_PASSWORD_CHARS:
        raise ValueError("Het wachtwoord moet minstens 8 tekens hebben.")
    book = Workbook()
    sheet = book.active
    sheet.title = "Verstrekking"
    for row in summary_rows(summary):
        sheet.append([neutralise_cell(cell) for cell in row])
    for column, width in zip("ABCDEFG", _WIDTHS, strict=True):
        sheet.column_dimensions[column].width = width
    for cell in sheet["G"]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet["A1"].font = Font(bold=True, color="A00000")
    book.properties.creator = "Jongerenwerk Desk"
    book.properties.title = "Vertrouwelijke verstrekking"
    plain = io.BytesIO()
    book.save(plain)
    if password is None:
        return plain.getvalue()
    plain.seek(0)
    encrypted = io.BytesIO()
    OOXMLFile(plain).encrypt(password, encrypted)
    return encrypted.getvalue()


def write_xlsx_to(summary: Summary, fh: BinaryIO, password: str | None = None) -> None:
    """Write the workbook bytes to an open binary file (used inside ``export_disclosure``)."""
    fh.write(xlsx_bytes(summary, password))
