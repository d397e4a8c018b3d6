"""CSV import: headers in Dutch/English, delimiters, encodings, per-line report, one
transaction, no duplicates on a second run, and no values in the report."""

from __future__ import annotations

from datetime import date

import pytest

from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.notebook.csv_import import (
    CsvImportError,
    decode,
    import_people,
    parse_date,
)
from jongerenwerk_desk.vault import KdfParams
from jongerenwerk_desk.vault.errors import DiskFull

TODAY = date(2026, 11, 29)


@pytest.fixture
def nb(tmp_path):
    notebook, _ = Notebook.create(tmp_path / "i.jwdb", "wachtwoord",
                                  kdf_params=KdfParams.minimum())
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
        (5, "geboortedatum niet herkend (gebruik dd-mm-jjjj of jjjj-mm-dd)"),
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
