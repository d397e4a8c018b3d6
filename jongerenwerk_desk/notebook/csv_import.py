"""Import young people from a CSV list exported from Excel (issue 2, ``import`` command).

Input
- A header row with Dutch or English column names (case and accents ignored):
  naam/name (required), roepnaam/nickname, geboortedatum/birth_date (dd-mm-jjjj, d-m-jjjj,
  with ``-``, ``/`` or ``.``, or ISO jjjj-mm-dd), wijk/neighbourhood, telefoon/phone,
  groep/group (created when missing, and a membership added), rol/role (membership role).
  Other columns are ignored and named in the report.
- Delimiter ``;``, ``,`` or tab, taken from the header line (the one that occurs most).
- Encoding UTF-8 with or without BOM, UTF-16 with BOM (Excel "Unicode text"), else
  Windows-1252 (Excel's default "CSV" on Dutch Windows).

Behaviour
- Good lines are imported, bad lines are skipped and reported with their line number and
  the reason; everything happens in one transaction, so a failure half-way (disk full, a
  crash) leaves nothing imported.
- A person already in the notebook (or earlier in the file) with the same name and birth
  date is skipped, so running the same file twice does not create duplicates.
- Blank lines are ignored silently.

Privacy decision: report lines hold the line number, the column and the reason, never the
value (no names, birth dates or phone numbers). The report goes to the worker's own terminal,
but CLI output is easily redirected into a log file or captured by a script; the line number
is enough to find the line in Excel.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from jongerenwerk_desk.notebook.models import Group, Membership, YoungPerson

if TYPE_CHECKING:
    from jongerenwerk_desk.notebook.notebook import Notebook

MAX_BYTES = 20 * 1024 * 1024
MAX_FIELD = 200

_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("naam", "name", "volledige naam", "full name"),
    "nickname": ("roepnaam", "nickname", "bijnaam"),
    "birth_date": ("geboortedatum", "birth_date", "birth date", "birthdate", "geb datum",
                   "date of birth"),
    "neighbourhood": ("wijk", "neighbourhood", "neighborhood", "buurt"),
    "phone": ("telefoon", "phone", "telefoonnummer", "mobiel", "tel"),
    "group": ("groep", "group"),
    "role": ("rol", "role"),
}
_FIELD_NL = {"name": "naam", "nickname": "roepnaam", "birth_date": "geboortedatum",
             "neighbourhood": "wijk", "phone": "telefoon", "group": "groep", "role": "rol"}
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


class CsvImportError(ValueError):
    """The file as a whole cannot be imported; ``str()`` is a Dutch message without values."""


@dataclass(frozen=True)
class SkippedLine:
    """A line that was not imported: 1-based line number in the file and a Dutch reason."""

    line: int
    reason: str


@dataclass
class ImportReport:
    """Outcome of an import: counts, skipped lines, and what was detected about the file."""

    imported: int = 0
    groups_created: int = 0
    memberships: int = 0
    skipped: list[SkippedLine] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""


def decode(data: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding name). Raises CsvImportError when it is no text file."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "UTF-8 (BOM)"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16"
    if b"\x00" in data:
        raise CsvImportError("dit is geen tekstbestand (CSV); sla de lijst in Excel op als "
                             "'CSV (gescheiden door lijstscheidingsteken)'.")
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as exc:
        raise CsvImportError("de tekenset van het bestand is niet herkend (verwacht UTF-8 of "
                             "Windows-1252).") from exc


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.strip().lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\s._-]+", " ", text).strip()


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ";"


def map_header(header: list[str]) -> tuple[dict[str, int], list[str]]:
    """Header cells -> ({field: column index}, ignored column titles).

    Raises CsvImportError when there is no name column or a field appears twice.
    """
    aliases = {_fold(a): f for f, names in _COLUMNS.items() for a in names}
    found: dict[str, int] = {}
    ignored: list[str] = []
    for index, title in enumerate(header):
        key = aliases.get(_fold(title))
        if key is None:
            if title.strip():
                ignored.append(title.strip()[:40])
            continue
        if key in found:
            raise CsvImportError(f"de kolom '{_FIELD_NL[key]}' staat twee keer in de kopregel.")
        found[key] = index
    if "name" not in found:
        raise CsvImportError("de kopregel heeft geen kolom 'naam' (of 'name'). De eerste regel "
                             "moet de kolomnamen bevatten.")
    return found, ignored


def parse_date(text: str) -> date:
    """'dd-mm-jjjj' (also d-m-jjjj, / or .) or ISO 'jjjj-mm-dd' -> date; ValueError otherwise."""
    text = text.strip()
    match = _DMY.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return date(year, month, day)
    raise ValueError("unrecognised date")


def _person_from(cells: list[str], cols: dict[str, int], today: date) -> tuple[
        YoungPerson | None, str]:
    """Build a person from one line, or (None, Dutch reason)."""
    def cell(key: str) -> str:
        index = cols.get(key)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    for key in cols:
        if len(cell(key)) > MAX_FIELD:
            return None, f"de {_FIELD_NL[key]} is langer dan {MAX_FIELD} tekens"
    if not cell("name"):
        return None, "de naam ontbreekt"
    birth = None
    if cell("birth_date"):
        try:
            birth = parse_date(cell("birth_date"))
        except ValueError:
            return None, "geboortedatum niet herkend (gebruik dd-mm-jjjj of jjjj-mm-dd)"
        if birth > today:
            return None, "de geboortedatum ligt in de toekomst"
        if birth.year < today.year - 100:
            return None, "de geboortedatum ligt meer dan 100 jaar terug"
    return YoungPerson(name=" ".join(cell("name").split()), nickname=cell("nickname"),
                       birth_date=birth, neighbourhood=cell("neighbourhood"),
                       phone=cell("phone")), ""


def read_table(data: bytes) -> tuple[list[tuple[int, list[str]]], dict[str, int], int,
                                     ImportReport]:
    """Decode and parse: ([(line number, cells)], column map, header width, report).

    Raises CsvImportError for an empty, binary or oversized file, or a header without 'naam'.
    """
    if len(data) > MAX_BYTES:
        raise CsvImportError("het bestand is groter dan 20 MB; is dit wel een lijst jongeren?")
    text, encoding = decode(data)
    if not text.strip():
        raise CsvImportError("het bestand is leeg.")
    delimiter = _delimiter(text.lstrip("\r\n").splitlines()[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        rows: list[tuple[int, list[str]]] = []
        start = 1
        for cells in reader:
            rows.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise CsvImportError(f"regel {reader.line_num}: de CSV-opmaak klopt niet (een "
                             "aanhalingsteken dat niet wordt gesloten?).") from exc
    rows = [(n, c) for n, c in rows if any(x.strip() for x in c)]
    if not rows:
        raise CsvImportError("het bestand is leeg.")
    cols, ignored = map_header(rows[0][1])
    report = ImportReport(ignored_columns=ignored, encoding=encoding,
                          delimiter={"\t": "tab"}.get(delimiter, delimiter))
    return rows[1:], cols, len(rows[0][1]), report


def import_people(nb: Notebook, data: bytes, today: date) -> ImportReport:
    """Import the CSV ``data`` into ``nb`` in one transaction; returns the report.

    Raises CsvImportError (file-level problem, nothing imported) or the vault's errors
    (e.g. DiskFull: the transaction is rolled back, nothing imported).
    """
    rows, cols, width, report = read_table(data)
    with nb.transaction():
        known = {(n.casefold(), b) for n, b in nb.conn.execute(
            "SELECT name, birth_date FROM people")}
        groups = {str(n).casefold(): int(i) for i, n in nb.conn.execute(
            "SELECT id, name FROM groups")}
        for line, cells in rows:
            if any(c.strip() for c in cells[width:]):
                report.skipped.append(SkippedLine(
                    line, "meer kolommen dan de kopregel (een scheidingsteken in een waarde?)"))
                continue
            person, reason = _person_from(cells, cols, today)
            if person is None:
                report.skipped.append(SkippedLine(line, reason))
                continue
            key = (person.name.casefold(), person.birth_date and person.birth_date.isoformat())
            if key in known:
                report.skipped.append(SkippedLine(
                    line, "staat al in het notitieboek (zelfde naam en geboortedatum)"))
                continue
            known.add(key)
            nb.people.add(person)
            report.imported += 1
            _add_membership(nb, cells, cols, person.id, groups, report)
        nb.audit.record("import", "person", None,
                        f"imported={report.imported};skipped={len(report.skipped)};"
                        f"groups_created={report.groups_created}")
    return report


def _add_membership(nb: Notebook, cells: list[str], cols: dict[str, int], person_id: int | None,
                    groups: dict[str, int], report: ImportReport) -> None:
    index = cols.get("group")
    name = cells[index].strip() if index is not None and index < len(cells) else ""
    if not name:
        return
    gid = groups.get(name.casefold())
    if gid is None:
        gid = nb.groups.add(Group(name=name, kind="groep", stage="1"))
        groups[name.casefold()] = gid
        report.groups_created += 1
    role_index = cols.get("role")
    role = cells[role_index].strip() if role_index is not None and role_index < len(cells) else ""
    nb.memberships.add(Membership(person_id=person_id, group_id=gid, role=role))
    report.memberships += 1
