"""PDF and CSV exporters: read back with pypdf / csv; forbidden strings absent; Excel rules."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

from jongerenwerk_desk.covenant import assess
from jongerenwerk_desk.sharing import (
    ExportError,
    GroupSection,
    PersonSection,
    Summary,
    SummaryEntry,
    SummaryHeader,
    build_request,
    build_summary,
    neutralise_cell,
    write_csv,
    write_pdf,
)
from jongerenwerk_desk.sharing.atomic import sha256_file
from tests.sharing_world import (
    FORBIDDEN,
    OWN_PARTY,
    TODAY,
    allowed_selection,
    demo_profile,
    make_notebook,
    populate,
)

HEADER_LINES = ("VERTROUWELIJK", "Convenant: Convenant jeugdgroepenaanpak Voorbeeldstad "
                "(versie 2024-03)", "Doel: Namenlijst en beoordeling van een problematische groep",
                "Ontvangers: Burgemeester van Voorbeeldstad (procesregie), Politie, basisteam",
                "Afzender: Stichting Jongerenwerk Voorbeeldstad, Sam Jansen (06 12345678)",
                "Datum: 29-11-2026", "Kenmerk: k7mq3xpa")
SENDER = {"organisation.name": "Stichting Jongerenwerk Voorbeeldstad",
          "sender.name": "Sam Jansen", "sender.contact": "06 12345678"}


@pytest.fixture(scope="module")
def world_summary(tmp_path_factory):
    """The allowed 2B summary of the fixture world, with 40 extra signals (several pages)."""
    nb = make_notebook(tmp_path_factory.mktemp("nb"))
    try:
        world = populate(nb, extra_group_signals=40)
        for key, value in SENDER.items():
            nb.settings.set(key, value)
        selection, grounds = allowed_selection(world, extra=True)
        profile = demo_profile()
        request = build_request(nb, selection, grounds, TODAY, OWN_PARTY)
        summary = build_summary(nb, request, assess(profile, request, TODAY), profile, selection)
    finally:
        nb.close()
    return summary.with_disclosure_id("k7mq3xpa")


def _pdf_pages(path: Path, password: str | None = None) -> list[str]:
    reader = PdfReader(str(path))
    if password is not None:
        reader.decrypt(password)
    return [page.extract_text() for page in reader.pages]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_pdf_holds_allowed_content_and_no_forbidden_string(world_summary, tmp_path) -> None:
    path = tmp_path / "v.pdf"
    digest = write_pdf(world_summary, path)
    assert digest == sha256_file(path)
    text = _flat("\n".join(_pdf_pages(path)))
    for allowed in ("Pleingasten", "Pleintje", "Snapchat", "J.d.V. (2009)", "F.E.A. (2011)",
                    "Indruk (niet geverifieerd)", "03-11-2026", "geluidsoverlast",
                    "J.d.V. (2009) komt elke week naar de inloop", "[adres verwijderd]",
                    "Contact met het jongerenwerk", "rol (indruk van het jongerenwerk): kern",
                    "alleen met categorie en datum gedeeld"):
        assert allowed in text, allowed
    for forbidden in FORBIDDEN:
        assert forbidden not in text, forbidden


def test_pdf_header_on_every_page(world_summary, tmp_path) -> None:
    path = tmp_path / "v.pdf"
    write_pdf(world_summary, path)
    pages = _pdf_pages(path)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        flat = _flat(page)
        for line in HEADER_LINES:
            assert line in flat, (number, line)
        assert f"Pagina {number}/{len(pages)}" in flat
        assert "verstrekt door Stichting Jongerenwerk Voorbeeldstad" in flat


def test_pdf_password_protection(world_summary, tmp_path) -> None:
    path = tmp_path / "geheim.pdf"
    write_pdf(world_summary, path, password="lang genoeg wachtwoord")
    reader = PdfReader(str(path))
    assert reader.is_encrypted
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()
    assert PdfReader(str(path)).decrypt("fout wachtwoord") == 0
    assert "Pleingasten" in _flat(_pdf_pages(path, "lang genoeg wachtwoord")[0])
    assert b"Pleingasten" not in path.read_bytes()
    assert b"/AESV3" in path.read_bytes()  # AES-256 (PDF 2.0 security handler)
    with pytest.raises(ValueError, match="8 tekens"):
        write_pdf(world_summary, tmp_path / "kort.pdf", password="kort")
    assert not (tmp_path / "kort.pdf").exists()


def _tiny_summary(text: str, role: str | None = "kern") -> Summary:
    header = SummaryHeader(covenant_title="Convenant Zeeuws-Vlaanderen", covenant_version="1",
                           profile_id="p", purpose_id="x", purpose_title="Groepsduiding",
                           recipients=("Politie",), day=date(2026, 2, 3), stage="3",
                           disclosure_id="12")
    group = GroupSection(name="Groep Café Ëlif", kind="groep", stage="3",
                         period_from=date(2026, 1, 2), period_until=date(2026, 1, 2))
    entry = SummaryEntry(item_id="S1", day=date(2026, 1, 2), category="groepsgedrag",
                         category_title="Groepsgedrag", label="Feit", text=text)
    person = PersonSection(subject_id="P1", label="Ç.Ö. (2010)", role=role, entries=(entry,))
    return Summary(header=header, group=group, group_entries=(entry,), persons=(person,))


def test_pdf_renders_dutch_diacritics(tmp_path) -> None:
    path = tmp_path / "d.pdf"
    write_pdf(_tiny_summary("Zeeën, ruïne, café, ĳsbaan, € 5"), path)
    text = _flat(_pdf_pages(path)[0])
    for word in ("Zeeën", "ruïne", "café", "Ëlif", "Ç.Ö. (2010)", "€ 5", "03-02-2026"):
        assert word in text


def test_writers_leave_no_temporary_files(tmp_path) -> None:
    write_pdf(_tiny_summary("x"), tmp_path / "a.pdf")
    write_csv(_tiny_summary("x"), tmp_path / "a.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "a.pdf"]
    with pytest.raises(ExportError, match="bestaat niet"):
        write_pdf(_tiny_summary("x"), tmp_path / "nope" / "a.pdf")


@pytest.mark.parametrize("value, expected", [
    ("=SUM(A1:A2)", "'=SUM(A1:A2)"), ("+31612345678", "'+31612345678"), ("-2+3", "'-2+3"),
    ("@cmd", "'@cmd"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("\uff1d1+1", "'\uff1d1+1"),
    ("gewoon", "gewoon"), ("a=b", "a=b"), ("", ""), (None, ""), (12, "12")])
def test_csv_cells_are_neutralised(value, expected) -> None:
    assert neutralise_cell(value) == expected


def test_csv_for_dutch_excel(world_summary, tmp_path) -> None:
    path = tmp_path / "v.csv"
    digest = write_csv(world_summary, path)
    raw = path.read_bytes()
    assert digest == sha256_file(path)
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][0] == "VERTROUWELIJK"
    assert ["Kenmerk", "k7mq3xpa"] in rows
    assert ["Afzender", "Stichting Jongerenwerk Voorbeeldstad"] in rows
    assert ["Contactpersoon", "Sam Jansen, 06 12345678"] in rows
    header_at = rows.index(["Onderdeel", "Persoon", "Rol", "Datum", "Categorie",
                            "Feit of indruk", "Omschrijving"])
    body = rows[header_at + 1:]
    assert any(r[1] == "J.d.V. (2009)" and r[3] == "09-11-2026" for r in body)
    assert any(r[5] == "Indruk (niet geverifieerd)" for r in body)
    text = raw.decode("utf-8-sig")
    for forbidden in FORBIDDEN:
        assert forbidden not in text, forbidden


def test_csv_neutralises_formulas_in_worker_text(tmp_path) -> None:
    path = tmp_path / "f.csv"
    write_csv(_tiny_summary('=HYPERLINK("http://x";"klik")', role="-leider"), path)
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""),
                           delimiter=";"))
    cells = [c for r in rows for c in r]
    assert "'=HYPERLINK(\"http://x\";\"klik\")" in cells
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)


def _xlsx_rows(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(data), read_only=True).active
    rows = [["" if c is None else str(c) for c in row] for row in sheet.iter_rows(values_only=True)]
    return [r[:max((i + 1 for i, c in enumerate(r) if c), default=0)] for r in rows]


def test_xlsx_plain_holds_the_summary_rows(world_summary) -> None:
    from jongerenwerk_desk.sharing.csv_export import summary_rows
    from jongerenwerk_desk.sharing.xlsx_export import xlsx_bytes

    rows = _xlsx_rows(xlsx_bytes(world_summary))
    expected = [[neutralise_cell(c) for c in r] for r in summary_rows(world_summary)]
    assert [[c for c in r if c] for r in rows] == [[c for c in r if c] for r in expected]
    assert ["Kenmerk", "k7mq3xpa"] in rows


def test_xlsx_with_password_opens_only_with_it(world_summary) -> None:
    import msoffcrypto
    from msoffcrypto.exceptions import InvalidKeyError
    from openpyxl.utils.exceptions import InvalidFileException

    from jongerenwerk_desk.sharing.xlsx_export import xlsx_bytes

    data = xlsx_bytes(world_summary, "lang genoeg wachtwoord")
    assert b"Pleingasten" not in data and b"Verstrekking" not in data
    with pytest.raises((InvalidFileException, zipfile.BadZipFile)):
        _xlsx_rows(data)                                  # not readable as a workbook
    office = msoffcrypto.OfficeFile(io.BytesIO(data))
    assert office.is_encrypted()
    office.load_key(password="fout wachtwoord")
    with pytest.raises(InvalidKeyError):
        office.decrypt(io.BytesIO())
    plain = io.BytesIO()
    office = msoffcrypto.OfficeFile(io.BytesIO(data))
    office.load_key(password="lang genoeg wachtwoord")
    office.decrypt(plain)
    assert ["Kenmerk", "k7mq3xpa"] in _xlsx_rows(plain.getvalue())
    with pytest.raises(ValueError, match="8 tekens"):
        xlsx_bytes(world_summary, "kort")


def test_xlsx_cells_are_text_never_formulas() -> None:
    from jongerenwerk_desk.sharing.xlsx_export import xlsx_bytes

    rows = _xlsx_rows(xlsx_bytes(_tiny_summary('=HYPERLINK("http://x";"klik")', "-leider")))
    cells = [c for r in rows for c in r]
    assert "'=HYPERLINK(\"http://x\";\"klik\")" in cells
    assert not any(c.startswith("=") for c in cells)
