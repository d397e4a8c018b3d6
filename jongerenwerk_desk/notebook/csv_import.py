"""Import young people from a CSV list exported from Excel (issue 2, ``import`` command).

Input
- A header row with Dutch or English column names (case and accents ignored):
  naam/name (required), roepnaam/nickname, geboortedatum/birth_date (dd-mm-jjjj, d-m-jjjj,
  with ``-``, ``/`` or ``.``, or ISO jjjj-mm-dd), wijk/neighbourhood, telefoon/phone,
  groep/group (created when missing, and a membership added), rol/role (membership role).
  Other columns are ignored and named in the report.
- Delimiter ``;``, ``,`` or tab: the one that splits the header line, as a CSV reader reads it
  (quoted titles may contain commas), into the most columns; or Excel's hint line ``sep=;``
  (also ``sep=,``, ``sep=|``, tab) before the header.
- The file is read once, as a stream: at most ``MAX_ROWS`` rows of at most ``MAX_CELLS``
  cells and lines of at most 1 MB (else the file is refused, nothing imported); blank lines
  cost nothing.
- Names (name, nickname, group) with control characters (NUL, ESC, DEL, line breaks...) or
  bidirectional-override characters (U+202E...) are refused with a Dutch reason
  (``models.name_problem``): they hide or reorder text on screen and in exports.
- Encoding UTF-8 with or without BOM, UTF-16 with BOM (Excel "Unicode text"), else
  Windows-1252 (Excel's default "CSV" on Dutch Windows). Bytes that do not fit the detected
  encoding make the file unusable, with the line named ("regel 2: ongeldige tekens voor
  UTF-8").
- Every text value is NFC-normalised (a Mac's decomposed "é" equals Windows' "é").
- One CSV field may be at most ``FIELD_LIMIT`` (1 MB) while parsing; a used field at most
  ``MAX_FIELD`` (200) characters (the line is skipped).

Behaviour
- Good lines are imported, bad lines are skipped and reported with their line number and
  the reason; everything happens in one transaction, so a failure half-way (disk full, a
  crash) leaves nothing imported.
- A person already in the notebook (or earlier in the file) with the same name (NFC, case
  and spacing ignored) and birth date is skipped (``SkippedLine.duplicate``), so running the
  same file twice does not create duplicates. Such a run is a success, not a failure:
  ``ImportReport.failed`` is true only when no line was usable (none imported, none already
  present, at least one with an error).
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
from collections.abc import Generator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from jongerenwerk_desk.notebook.models import Group, Membership, YoungPerson, name_problem

if TYPE_CHECKING:
    from jongerenwerk_desk.notebook.notebook import Notebook

MAX_BYTES = 20 * 1024 * 1024
MAX_FIELD = 200
#: caps on the shape of the file, so that memory and time follow the useful content and not
#: the size: data rows (a youth worker's list has hundreds), cells per row, characters per line
MAX_ROWS = 100_000
MAX_CELLS = 1_000
#: csv's own limit on one field while parsing (its default is 128 KB); a longer field, also
#: in an ignored column, makes the file unusable with a clear message naming the line.
FIELD_LIMIT = 1024 * 1024
MAX_LINE = FIELD_LIMIT + 1024

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
#: Excel's delimiter hint as the first line, e.g. ``sep=;`` (optionally quoted).
_SEP_LINE = re.compile(r'^"?sep=([;,\t|])"?[;,\t|]*[ \t]*(?=\r\n|\n|\r|$)', re.IGNORECASE)


class CsvImportError(ValueError):
    """The file as a whole cannot be imported; ``str()`` is a Dutch message without values."""


class NonexistentDate(ValueError):
    """A date in a recognised format that is not in the calendar (e.g. 31-02-2010)."""


@dataclass(frozen=True)
class SkippedLine:
    """A line that was not imported: 1-based line number in the file and a Dutch reason.

    ``duplicate``: the person is already in the notebook (or earlier in the file); such a
    line is expected on a second run and is no error.
    """

    line: int
    reason: str
    duplicate: bool = False


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

    @property
    def duplicates(self) -> int:
        """Lines skipped because the person is already present."""
        return sum(1 for s in self.skipped if s.duplicate)

    @property
    def invalid(self) -> int:
        """Lines skipped because of an error in the line."""
        return sum(1 for s in self.skipped if not s.duplicate)

    @property
    def failed(self) -> bool:
        """True when no line of the file was usable: nothing imported, nothing already
        present, and at least one line with an error (exit 2 in the CLI). Lines already
        present count as usable, so running the same file twice gives the same exit code."""
        return self.imported == 0 and self.duplicates == 0 and self.invalid > 0


def _line_of(data: bytes, offset: int, encoding: str) -> int:
    """1-based line number of byte ``offset`` in ``data`` decoded as ``encoding``; lines end
    at ``\\n``, ``\\r`` or ``\\r\\n``, as the CSV reader counts them (an old Mac's Excel
    ends lines with ``\\r`` only)."""
    # every other encoding read here (UTF-8, Windows-1252) writes CR and LF as those bytes:
    # Latin-1 maps each byte to one character, so the count is the same
    head = data[:offset].decode("utf-16" if encoding == "utf-16" else "latin-1",
                                errors="replace")
    return _line_number(head, len(head))


def _line_number(text: str, pos: int) -> int:
    r"""1-based number of the line that ``text[pos]`` is on; lines end at ``\n``, ``\r`` or
    ``\r\n``, as the CSV reader splits them."""
    return text.count("\n", 0, pos) + text.count("\r", 0, pos) - text.count("\r\n", 0, pos) + 1


def decode(data: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding name).

    Without a BOM: UTF-8 when the whole file is valid UTF-8; Windows-1252 when the first
    non-ASCII byte is already invalid UTF-8; a file with valid UTF-8 accents followed by an
    invalid byte is refused (guessing Windows-1252 would garble every accent).

    Raises CsvImportError (Dutch, naming the first bad line) when the bytes are no text:
    invalid UTF-8 after a UTF-8 BOM or after valid UTF-8 accents, a UTF-16 file cut off
    (odd byte count) or with broken surrogates, NUL bytes without a UTF-16 BOM, or bytes
    that are neither UTF-8 nor Windows-1252. Never raises UnicodeDecodeError.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8", errors="strict"), "UTF-8 (BOM)"
        except UnicodeDecodeError as exc:
            line = _line_of(data, exc.start + 3, "utf-8")
            raise CsvImportError(f"regel {line}: ongeldige tekens voor UTF-8 (het bestand "
                                 "begint als UTF-8 maar is beschadigd of in een andere "
                                 "tekenset opgeslagen).") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError as exc:
            line = _line_of(data, exc.start, "utf-16")
            what = ("het bestand is afgebroken (oneven aantal bytes)" if len(data) % 2
                    else "ongeldige tekens voor UTF-16")
            raise CsvImportError(f"regel {line}: {what}; sla de lijst opnieuw op in "
                                 "Excel.") from None
    if b"\x00" in data:
        raise CsvImportError("dit is geen tekstbestand (CSV); sla de lijst in Excel op als "
                             "'CSV (gescheiden door lijstscheidingsteken)'.")
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as exc:
        if any(byte >= 0x80 for byte in data[:exc.start]):
            # accented letters before the bad byte were valid UTF-8: this is a damaged UTF-8
            # file, and reading it as Windows-1252 would garble every accent ('Ã©')
            line = _line_of(data, exc.start, "utf-8")
            raise CsvImportError(f"regel {line}: ongeldige tekens voor UTF-8 (eerdere regels "
                                 "zijn UTF-8; is het bestand beschadigd?).") from None
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as exc:
        line = _line_of(data, exc.start, "cp1252")
        raise CsvImportError(f"regel {line}: de tekenset van het bestand is niet herkend "
                             "(verwacht UTF-8 of Windows-1252).") from None


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.strip().lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\s._-]+", " ", text).strip()


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
    """'dd-mm-jjjj' (also d-m-jjjj, / or .) or ISO 'jjjj-mm-dd' -> date.

    Raises NonexistentDate for a recognised format that is no calendar date (31-02-2010,
    month 13), ValueError for an unrecognised format.
    """
    text = text.strip()
    match = _DMY.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = _ISO.match(text)
        if not match:
            raise ValueError("unrecognised date")
        year, month, day = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise NonexistentDate("no such date") from None


def _person_from(cells: list[str], cols: dict[str, int], today: date) -> tuple[
        YoungPerson | None, str]:
    """Build a person from one line, or (None, Dutch reason)."""
    def cell(key: str) -> str:
        return _cell(cells, cols, key)

    for key in cols:
        if len(cell(key)) > MAX_FIELD:
            return None, f"de {_FIELD_NL[key]} is langer dan {MAX_FIELD} tekens"
    if not cell("name"):
        return None, "de naam ontbreekt"
    for key in ("name", "nickname", "group"):
        problem = name_problem(cell(key))
        if problem:
            return None, problem.replace("de naam", f"de {_FIELD_NL[key]}", 1)
    birth = None
    if cell("birth_date"):
        try:
            birth = parse_date(cell("birth_date"))
        except NonexistentDate:
            return None, ("de geboortedatum bestaat niet in de kalender (controleer dag en "
                          "maand)")
        except ValueError:
            return None, "geboortedatum niet herkend (gebruik dd-mm-jjjj of jjjj-mm-dd)"
        if birth > today:
            return None, "de geboortedatum ligt in de toekomst"
        if birth.year < today.year - 100:
            return None, "de geboortedatum ligt meer dan 100 jaar terug"
    return YoungPerson(name=" ".join(cell("name").split()), nickname=cell("nickname"),
                       birth_date=birth, neighbourhood=cell("neighbourhood"),
                       phone=cell("phone")), ""


def _cell(cells: list[str], cols: dict[str, int], key: str) -> str:
    """The stripped, NFC-normalised text of column ``key`` ('' when absent).

    NFC: a name typed on a Mac (NFD, 'e' + combining accent) and on Windows (NFC, 'é') is
    the same name; without normalising they would import as two people.
    """
    index = cols.get(key)
    if index is None or index >= len(cells):
        return ""
    return unicodedata.normalize("NFC", cells[index]).strip()


def person_key(name: str, birth_date: date | str | None) -> tuple[str, str | None]:
    """Duplicate key: NFC, whitespace collapsed, case-folded name + ISO birth date."""
    folded = " ".join(unicodedata.normalize("NFC", name).split()).casefold()
    birth = birth_date.isoformat() if isinstance(birth_date, date) else birth_date
    return folded, birth or None


def _group_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


def _split_sep_line(text: str) -> tuple[str, str | None]:
    """Excel's ``sep=X`` first line -> (text with that line blanked, X); else (text, None).

    The line is blanked, not removed, so line numbers in the report stay those of the file.
    """
    match = _SEP_LINE.match(text)
    if not match:
        return text, None
    return text[match.end():], match.group(1)


def _check_line_lengths(text: str) -> None:
    r"""CsvImportError (with its line number) for the first physical line of ``text`` longer
    than :data:`MAX_LINE` characters, its line end not counted; this bounds the memory of one
    parsed row.

    Lines end at ``\n``, ``\r`` or ``\r\n``, as the CSV reader splits them. The text is
    searched backwards, a window of ``MAX_LINE + 1`` characters at a time, for the last line
    end: a window without one holds a line that does not fit. A file of millions of short
    lines costs about twenty searches in C instead of a Python step per line.
    """
    pos, end = 0, len(text)
    while end - pos > MAX_LINE:
        window_end = pos + MAX_LINE + 1
        last = max(text.rfind("\n", pos, window_end), text.rfind("\r", pos, window_end))
        if last < 0:
            raise CsvImportError(f"regel {_line_number(text, pos)}: de regel is langer dan "
                                 "1 MB; is dit wel een lijst jongeren?")
        pos = last + 1


def _parse_rows(text: str, delimiter: str) -> Generator[tuple[int, list[str]], None, None]:
    """Non-blank rows as ``(first line number, cells)``, streamed: one row in memory at a
    time (a 19 MB file of blank lines costs no more than a small one). CsvImportError (with
    the line) for broken CSV, a row of more than :data:`MAX_CELLS` cells or a file of more
    than :data:`MAX_ROWS` rows."""
    _check_line_lengths(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    count = 0
    while (row := _next_row(reader)) is not None:
        line, cells = row
        if len(cells) > MAX_CELLS:
            raise CsvImportError(f"regel {line}: meer dan {MAX_CELLS} kolommen; is dit wel "
                                 "een lijst jongeren?")
        count += 1
        if count > MAX_ROWS + 1:           # + the header
            raise CsvImportError(f"het bestand heeft meer dan {MAX_ROWS:,} regels; is dit "
                                 "wel een lijst jongeren?".replace(",", "."))
        yield line, cells


def _next_row(reader: Any) -> tuple[int, list[str]] | None:
    """The reader's next row that is not blank, as ``(its first line number, cells)``; None
    at the end. Blank rows (every cell empty or spaces) are skipped here, silently, in one
    go: a file of millions of blank lines costs one call. The field limit is raised to
    :data:`FIELD_LIMIT` only while reading: ``csv.field_size_limit`` is global to the
    process, so it must not stay raised while a caller holds the row generator open."""
    previous = csv.field_size_limit(FIELD_LIMIT)
    first = reader.line_num + 1
    try:
        for cells in reader:
            if cells and any(cell.strip() for cell in cells):  # a blank line reads as []
                return first, cells
            first = reader.line_num + 1
        return None
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise CsvImportError(f"regel {first}: een veld is langer dan 1 MB (ook in een "
                                 "kolom die niet wordt gebruikt); is dit wel een lijst "
                                 "jongeren?") from None
        # the row's first line: an unclosed quote runs on to the end of the file, where
        # the reader notices it
        raise CsvImportError(f"regel {first}: de CSV-opmaak klopt niet (een "
                             "aanhalingsteken dat niet wordt gesloten?).") from None
    finally:
        csv.field_size_limit(previous)


def _delimiter(text: str) -> str:
    """The delimiter under which the header, *as a CSV reader reads it*, splits cleanly (no
    cell with a stray quote: a quoted title cut in two by the wrong delimiter) into the most
    cells; ties go to ``;``, then ``,``, then tab. So ``naam;"Wijk, buurt, stad"`` is ``;``."""
    best, best_score = ";", (False, 0)
    for candidate in (";", ",", "\t"):
        try:
            first = next(_parse_rows(text, candidate), None)
        except CsvImportError:
            continue
        cells = first[1] if first else []
        score = (not any('"' in cell for cell in cells), len(cells))
        if score > best_score:
            best, best_score = candidate, score
    return best


def read_table(data: bytes) -> tuple[Generator[tuple[int, list[str]], None, None],
                                     dict[str, int], int, ImportReport]:
    """Decode and read the header: (data rows as a stream of (line number, cells), column
    map, header width, report). The rows are parsed while they are consumed, once.

    Raises CsvImportError for an empty, binary or oversized file, or a header without 'naam'
    (and, while the rows are consumed, for broken CSV or too many rows or cells).
    """
    if len(data) > MAX_BYTES:
        raise CsvImportError("het bestand is groter dan 20 MB; is dit wel een lijst jongeren?")
    text, encoding = decode(data)
    if not text.strip():
        raise CsvImportError("het bestand is leeg.")
    text, hinted = _split_sep_line(text)
    if not text.strip():
        raise CsvImportError("het bestand is leeg.")
    delimiter = hinted or _delimiter(text)
    rows = _parse_rows(text, delimiter)
    header = next(rows, None)
    if header is None:
        raise CsvImportError("het bestand is leeg.")
    cols, ignored = map_header(header[1])
    report = ImportReport(ignored_columns=ignored, encoding=encoding,
                          delimiter={"\t": "tab"}.get(delimiter, delimiter))
    return rows, cols, len(header[1]), report


def import_people(nb: Notebook, data: bytes, today: date) -> ImportReport:
    """Import the CSV ``data`` into ``nb`` in one transaction; returns the report.

    Raises CsvImportError (file-level problem, nothing imported) or the vault's errors
    (e.g. DiskFull: the transaction is rolled back, nothing imported).
    """
    rows, cols, width, report = read_table(data)
    with nb.transaction():
        known = {person_key(n, b) for n, b in nb.conn.execute(
            "SELECT name, birth_date FROM people")}
        groups = {_group_key(str(n)): int(i) for i, n in nb.conn.execute(
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
            key = person_key(person.name, person.birth_date)
            if key in known:
                report.skipped.append(SkippedLine(
                    line, "staat al in het notitieboek (zelfde naam en geboortedatum)",
                    duplicate=True))
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
    name = " ".join(_cell(cells, cols, "group").split())
    if not name:
        return
    gid = groups.get(_group_key(name))
    if gid is None:
        gid = nb.groups.add(Group(name=name, kind="groep", stage="1"))
        groups[_group_key(name)] = gid
        report.groups_created += 1
    role = _cell(cells, cols, "role")
    nb.memberships.add(Membership(person_id=person_id, group_id=gid, role=role))
    report.memberships += 1
