"""CSV for Dutch Excel: semicolon, UTF-8 with BOM, CRLF, formula-injection neutralised.

Dutch Excel uses ``;`` as list separator and only reads UTF-8 correctly with a BOM. A cell
that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return can be taken as a
formula (CSV injection, OWASP); such cells get a leading apostrophe, which Excel shows as text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

from jongerenwerk_desk.sharing.atomic import write_atomic
from jongerenwerk_desk.sharing.model import (
    DEMO_LABEL,
    LEGEND,
    Summary,
    SummaryEntry,
    format_day,
)

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
"""Leading characters Excel (or LibreOffice) may read as the start of a formula, including the
full-width forms some spreadsheet versions normalise."""

SUMMARY_COLUMNS = ("Onderdeel", "Persoon", "Rol", "Datum", "Categorie", "Feit of indruk",
                   "Omschrijving")


def neutralise_cell(value: object) -> str:
    """Return ``value`` as text that Excel will not evaluate as a formula.

    None -> ``""``; a text starting with one of ``FORMULA_PREFIXES`` gets a leading ``'``.
    """
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def csv_bytes(rows: Iterable[Sequence[object]]) -> bytes:
    """Encode rows as Excel-NL CSV bytes (BOM, ``;``, CRLF, every cell neutralised)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL,
                        lineterminator="\r\n")
    for row in rows:
        writer.writerow([neutralise_cell(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")


def write_rows_csv(path: Path, rows: Iterable[Sequence[object]]) -> str:
    """Write rows atomically as Excel-NL CSV; returns the file's SHA-256 hex.

    Raises ``atomic.ExportError`` (Dutch) when the file cannot be written.
    """
    data = csv_bytes(rows)

    def write(fh: BinaryIO) -> None:
        fh.write(data)

    return write_atomic(Path(path), write)


def _entry_row(part: str, person: str, role: str, entry: SummaryEntry) -> list[str]:
    return [part, person, role, format_day(entry.day), entry.category_title, entry.label,
            entry.text or ""]


def summary_rows(summary: Summary) -> list[list[str]]:
    """The summary as rows: header block, blank row, then one row per item (group first)."""
    head = summary.header
    group = summary.group
    rows: list[list[str]] = [
        [head.confidential_label.upper(), "Niet verder verspreiden zonder grondslag"],
        *([[DEMO_LABEL, "Gemaakt in de demo; geen echte personen"]] if head.demo else []),
        ["Convenant", f"{head.covenant_title} (versie {head.covenant_version})"],
        ["Doel", head.purpose_title],
        ["Stap", head.stage],
        ["Ontvangers", ", ".join(head.recipients)],
        ["Afzender", head.sender_organisation or "(niet ingevuld)"],
        ["Contactpersoon", ", ".join(p for p in (head.sender_name, head.sender_contact) if p)
         or "(niet ingevuld)"],
        ["Datum", format_day(head.day)],
        ["Kenmerk", head.disclosure_id or "(nog niet vastgelegd)"],
        ["Groep", group.name],
        ["Periode", f"{format_day(group.period_from)} t/m {format_day(group.period_until)}"],
        ["Plekken", ", ".join(group.locations)],
        ["Online", ", ".join(group.platforms)],
        ["Toelichting", LEGEND],
        [],
        list(SUMMARY_COLUMNS),
    ]
    rows.extend(_entry_row("Groep", "", "", e) for e in summary.group_entries)
    for person in summary.persons:
        role = f"{person.role} ({person.role_note()})" if person.role else ""
        if not person.entries:
            rows.append(["Persoon", person.label, role, "", "", "", ""])
        rows.extend(_entry_row("Persoon", person.label, role, e) for e in person.entries)
    return rows


def write_csv(summary: Summary, path: Path) -> str:
    """Write the minimal summary as CSV for Dutch Excel, atomically; returns its SHA-256 hex.

    Raises ``atomic.ExportError`` (Dutch) when the file cannot be written.
    """
    return write_rows_csv(Path(path), summary_rows(summary))


def write_csv_to(summary: Summary, fh: BinaryIO) -> None:
    """Write the summary's CSV bytes to an open binary file (used inside ``export_disclosure``)."""
    fh.write(csv_bytes(summary_rows(summary)))
