"""CSV import: headers in Dutch/English, delimiters, encodings, per-line report, one
transaction, no duplicates on a second run, and no values in the report."""

from __future__ import annotations

import csv
import io
import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jongerenwerk_desk.notebook import Notebook, csv_import
from jongerenwerk_desk.notebook.csv_import import (
    FIELD_LIMIT,
    CsvImportError,
    NonexistentDate,
    decode,
    import_people,
    parse_date,
)
from jongerenwerk_desk.vault.errors import DiskFull
from tests.notebooks import new_notebook

TODAY = date(2026, 11, 29)


@pytest.fixture
def nb(tmp_path):
    notebook, _ = new_notebook(tmp_path / "i.jwdb", "wachtwoord")
    yield notebook
    notebook.close()


DUTCH = ("naam;roepnaam;geboortedatum;wijk;telefoon;groep;opmerking\r\n"
         "Sem Voorbeeld;Semmie;03-04-2011;Oost;0612345678;Pleingroep;x\r\n"
         "Noor Fictief;;2010-12-01;Oost;;Pleingroep;\r\n"
         ";;;;;;\r\n"
         "Jay Zonder;;31-02-2010;;;;\r\n"
         ";Geen naam;01-01-2010;;;;\r\n"
         "Daan Later;;01-01-2030;;;Stationsnetwerk;\r\n"
         "Ilias Proef;;5-6-2009;Noord;;PLEINGROEP;\r\n")


def test_dutch_semicolon_file(nb: Notebook) -> None:
    report = import_people(nb, DUTCH.encode("utf-8"), TODAY)
    assert report.imported == 3
    assert report.delimiter == ";" and report.encoding == "UTF-8"
    assert report.ignored_columns == ["opmerking"]
    assert [(s.line, s.reason) for s in report.skipped] == [
        (5, "de geboortedatum bestaat niet in de kalender (controleer dag en maand)"),
        (6, "de naam ontbreekt"),
        (7, "de geboortedatum ligt in de toekomst"),
    ]
    people = {p.name: p for p in nb.people.page(0, 10, "name")}
    assert people["Sem Voorbeeld"].birth_date == date(2011, 4, 3)
    assert people["Sem Voorbeeld"].phone == "0612345678"
    assert people["Ilias Proef"].birth_date == date(2009, 6, 5)
    assert people["Noor Fictief"].birth_date == date(2010, 12, 1)
    groups = nb.groups.page(0, 10, "name")
    assert [g.name for g in groups] == ["Pleingroep"]  # matched case-blind
    assert report.groups_created == 1 and report.memberships == 3


def test_report_holds_no_values(nb: Notebook) -> None:
    report = import_people(nb, DUTCH.encode("utf-8"), TODAY)
    text = " ".join(s.reason for s in report.skipped)
    for value in ("Jay", "Zonder", "31-02-2010", "Daan", "2030", "Geen naam"):
        assert value not in text


def test_second_run_adds_no_duplicates(nb: Notebook) -> None:
    import_people(nb, DUTCH.encode("utf-8"), TODAY)
    again = import_people(nb, DUTCH.encode("utf-8"), TODAY)
    assert again.imported == 0
    assert nb.people.count() == 3 and nb.memberships.count() == 3
    assert sum("staat al" in s.reason for s in again.skipped) == 3
    assert again.duplicates == 3 and again.invalid == 3 and not again.failed


def test_failed_only_when_no_line_is_usable(nb: Notebook) -> None:
    bad = import_people(nb, b"naam;geboortedatum\nA;31-02-2010\n;01-01-2010\n", TODAY)
    assert (bad.imported, bad.duplicates, bad.invalid, bad.failed) == (0, 0, 2, True)


def test_a_run_where_every_line_is_present_is_no_failure(nb: Notebook) -> None:
    data = b"naam;geboortedatum\nSem Voorbeeld;03-04-2011\nNoor Fictief;\n"
    assert import_people(nb, data, TODAY).imported == 2
    again = import_people(nb, data, TODAY)
    assert (again.imported, again.duplicates, again.invalid) == (0, 2, 0)
    assert not again.failed


def test_english_comma_bom_quoted(nb: Notebook) -> None:
    data = ("\ufeffName,Nickname,Birth_Date,Neighbourhood,Phone,Group,Role\n"
            '"Vries, Jan de",JJ,2011-02-03,"Oost, noord",,Skaters,kern\n'
            '"Multi\nline",,,,,,\n').encode("utf-8")
    report = import_people(nb, data, TODAY)
    assert report.encoding == "UTF-8 (BOM)" and report.delimiter == ","
    assert report.imported == 2
    p = nb.people.page(0, 10, "name")[1]
    assert (p.name, p.neighbourhood) == ("Vries, Jan de", "Oost, noord")
    assert nb.memberships.page(0, 10)[0].role == "kern"


def test_windows_1252_and_tab_utf16() -> None:
    text, enc = decode("naam;wijk\nRenée Müller;Zuid\n".encode("cp1252"))
    assert enc == "Windows-1252" and "Renée Müller" in text
    text, enc = decode("naam\twijk\nRenée\tZuid\n".encode("utf-16"))
    assert enc == "UTF-16" and "Renée" in text


def test_cp1252_file_imports_accents(nb: Notebook) -> None:
    report = import_people(nb, "Naam;Wijk\nRenée Müller;Zuid\n".encode("cp1252"), TODAY)
    assert report.imported == 1
    assert nb.people.page(0, 1)[0].name == "Renée Müller"


def test_extra_columns_line_is_skipped(nb: Notebook) -> None:
    report = import_people(nb, b"naam;wijk\nA;Oost;extra\nB;West\n", TODAY)
    assert report.imported == 1 and report.skipped[0].line == 2


@pytest.mark.parametrize(("data", "fragment"), [
    (b"", "leeg"),
    (b"\n\n", "leeg"),
    (b"voornaam;wijk\nA;B\n", "geen kolom 'naam'"),
    (b"naam;name\nA;B\n", "twee keer"),
    (b"\x00\x01\x02naam", "geen tekstbestand"),
    (b"naam\n\x81\x8d\x8f\n", "tekenset"),
    (b'naam;wijk\n"open;x\n', "aanhalingsteken"),
])
def test_unusable_files_import_nothing(nb: Notebook, data: bytes, fragment: str) -> None:
    with pytest.raises(CsvImportError, match=fragment):
        import_people(nb, data, TODAY)
    assert nb.people.count() == 0


def test_failure_half_way_leaves_nothing(nb: Notebook, monkeypatch) -> None:
    calls = {"n": 0}
    original = nb.people.add

    def flaky(person):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(28, "No space left on device")
        return original(person)

    monkeypatch.setattr(nb.people, "add", flaky)
    with pytest.raises((DiskFull, OSError)):
        import_people(nb, DUTCH.encode("utf-8"), TODAY)
    assert nb.people.count() == 0 and nb.groups.count() == 0 and nb.memberships.count() == 0


@pytest.mark.parametrize(("text", "expected"), [
    ("03-04-2011", date(2011, 4, 3)), ("3/4/2011", date(2011, 4, 3)),
    ("03.04.2011", date(2011, 4, 3)), ("2011-04-03", date(2011, 4, 3)),
])
def test_parse_date(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["03-04-11", "2011/04/03", "april 2011", "31-02-2010", ""])
def test_parse_date_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


@pytest.mark.parametrize(("data", "fragment"), [
    (b"\xef\xbb\xbfnaam\nJan \xff Bad\n", "regel 2: ongeldige tekens voor UTF-8"),
    (b"\xef\xbb\xbfnaam\nA\nB\n\xc3\n", "regel 4: ongeldige tekens voor UTF-8"),
    ("naam\nAnna\n".encode("utf-16") + b"\x00", r"afgebroken \(oneven aantal bytes\)"),
    (b"\xff\xfe" + "naam\nA\n".encode("utf-16-le") + b"\x00\xdc", "regel 3: ongeldige tekens"),
    (b"naam\nA\n\x81\x8d\x8f\n", "regel 3: de tekenset"),
    ("naam\nRenée\nAnna\n".encode() + b"Jan \xe9\n", "regel 4: ongeldige tekens voor UTF-8"),
])
def test_undecodable_bytes_name_the_line(nb: Notebook, data: bytes, fragment: str) -> None:
    """Regression: these raised a bare UnicodeDecodeError ('onverwachte fout')."""
    with pytest.raises(CsvImportError, match=fragment) as info:
        import_people(nb, data, TODAY)
    assert "Jan" not in str(info.value) and "Anna" not in str(info.value)
    assert nb.people.count() == 0


@pytest.mark.parametrize(("data", "fragment"), [
    # an old Mac's Excel ends lines with \r only; the reader counts them, so must the message
    (b"naam\rRen\xc3\xa9e\rAnna\rJan \xe9\r", "^regel 4: ongeldige tekens voor UTF-8"),
    (b"\xef\xbb\xbfnaam\rA\r\nB\n\xc3\r", "^regel 4: ongeldige tekens voor UTF-8"),
    (b"naam\rA\r\x81\x8d\x8f\r", "^regel 3: de tekenset"),
    (b"\xff\xfe" + "naam\rA\r".encode("utf-16-le") + b"\x00\xdc", "^regel 3: ongeldige tekens"),
])
def test_undecodable_bytes_name_the_line_with_any_line_end(nb: Notebook, data: bytes,
                                                           fragment: str) -> None:
    """Regression: a file with \\r line ends named line 1 for every bad byte."""
    with pytest.raises(CsvImportError, match=fragment):
        import_people(nb, data, TODAY)
    assert nb.people.count() == 0


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_an_unclosed_quote_names_the_line_it_opens_on(nb: Notebook, end: str) -> None:
    """Regression: the reader notices an unclosed quote only at the end of the file, and the
    message named that last line instead of the line with the quote."""
    data = end.join(["naam;notitie", "A;b", "", 'B;"open', "C;d", "D;e", "E;f", ""]).encode()
    with pytest.raises(CsvImportError, match="^regel 4: de CSV-opmaak klopt niet"):
        import_people(nb, data, TODAY)
    assert nb.people.count() == 0
    data = end.join(["naam;notitie", "A;b", '"B";"x"y', "C;d", ""]).encode()
    with pytest.raises(CsvImportError, match="^regel 3: de CSV-opmaak klopt niet"):
        import_people(nb, data, TODAY)


def test_nonexistent_and_unrecognised_dates_have_their_own_message(nb: Notebook) -> None:
    data = b"naam;geboortedatum\nA;31-02-2010\nB;2010-13-01\nC;29-02-2011\nD;gisteren\n"
    report = import_people(nb, data, TODAY)
    reasons = [s.reason for s in report.skipped]
    assert all("bestaat niet" in r for r in reasons[:3])
    assert "niet herkend" in reasons[3]
    assert parse_date("29-02-2012") == date(2012, 2, 29)
    with pytest.raises(NonexistentDate):
        parse_date("31-04-2011")


def test_excel_sep_line_gives_the_delimiter(nb: Notebook) -> None:
    # without the hint the header's ';' would win the tie and there would be no 'naam'
    data = b"sep=,\r\nnaam,wijk,noot; a; b\r\nA,Oost;Noord,x\r\n,\r\n"
    with pytest.raises(CsvImportError, match="geen kolom 'naam'"):
        import_people(nb, data.split(b"\r\n", 1)[1], TODAY)
    report = import_people(nb, data, TODAY)
    assert report.delimiter == "," and report.imported == 1
    assert report.skipped == []  # the blank line 4 is ignored
    assert nb.people.page(0, 1)[0].neighbourhood == "Oost;Noord"
    quoted = import_people(nb, b'"SEP=;"\nnaam;wijk\nB;1\n;x\n', TODAY)
    assert quoted.delimiter == ";" and quoted.imported == 1
    assert [s.line for s in quoted.skipped] == [4]  # line numbers stay those of the file


def test_only_a_sep_line_is_an_empty_file(nb: Notebook) -> None:
    with pytest.raises(CsvImportError, match="leeg"):
        import_people(nb, b"sep=;\r\n", TODAY)


def test_a_long_field_in_an_ignored_column_is_fine_up_to_the_limit(nb: Notebook) -> None:
    """Regression: a field over csv's 128 KB default said 'aanhalingsteken ...'."""
    data = ("naam;notitie\nA;" + "x" * 300_000 + "\n").encode()
    assert import_people(nb, data, TODAY).imported == 1
    too_long = ("naam;notitie\nB;y\nC;" + "x" * (FIELD_LIMIT + 10) + "\n").encode()
    with pytest.raises(CsvImportError, match="regel 3: een veld is langer dan 1 MB"):
        import_people(nb, too_long, TODAY)
    assert csv.field_size_limit() == 131072  # the process-wide default is restored


def test_nfd_and_nfc_names_are_one_person(nb: Notebook) -> None:
    """Regression: 'Renée Dubbel' typed on a Mac (NFD) and on Windows (NFC) imported twice."""
    nfd = unicodedata.normalize("NFD", "Renée Dubbel")
    nfc = unicodedata.normalize("NFC", "Renée Dubbel")
    assert nfd != nfc
    data = f"naam;geboortedatum;wijk;groep\n{nfd};01-02-2011;Zuidérpark;Café\n".encode()
    report = import_people(nb, data, TODAY)
    again = import_people(nb, f"naam;geboortedatum;groep\n{nfc};01-02-2011;{nfc}\n".encode(),
                          TODAY)
    assert report.imported == 1 and again.imported == 0 and again.duplicates == 1
    person = nb.people.page(0, 1)[0]
    assert person.name == nfc and person.neighbourhood == "Zuiderpark".replace("e", "é", 1)
    assert nb.groups.page(0, 1)[0].name == unicodedata.normalize("NFC", "Café")
    mixed = f"naam;groep\nX;{unicodedata.normalize('NFD', 'Café')}\nY;CAFÉ\n".encode()
    assert import_people(nb, mixed, TODAY).groups_created == 0


def _first_long_line(text: str, limit: int) -> int | None:
    """Reference for the line cap: the CSV reader's physical lines, one Python step each."""
    for number, line in enumerate(io.StringIO(text, newline=""), start=1):
        if len(line.rstrip("\r\n")) > limit:
            return number
    return None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab\r\n", max_size=60), st.integers(min_value=1, max_value=6))
def test_the_line_cap_finds_the_first_line_too_long(text: str, limit: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(csv_import, "MAX_LINE", limit)
        expected = _first_long_line(text, limit)
        if expected is None:
            csv_import._check_line_lengths(text)
        else:
            with pytest.raises(CsvImportError, match=f"^regel {expected}: de regel is langer"):
                csv_import._check_line_lengths(text)


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_a_line_over_the_cap_is_refused_with_its_number(nb: Notebook, end: str) -> None:
    fits = "C;" + "x" * (FIELD_LIMIT - 1) + ";" + "y" * (csv_import.MAX_LINE - FIELD_LIMIT - 2)
    assert len(fits) == csv_import.MAX_LINE
    data = end.join(["naam;notitie;meer", "A;b;c", fits, "D;e;f", ""]).encode()
    assert import_people(nb, data, TODAY).imported == 3
    data = end.join(["naam;notitie;meer", "A;b;c", "", fits + "y", "D;e;f"]).encode()
    with pytest.raises(CsvImportError, match="^regel 4: de regel is langer dan 1 MB"):
        import_people(nb, data, TODAY)
