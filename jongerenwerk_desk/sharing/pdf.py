"""The minimal summary as PDF (fpdf2), with the confidentiality header on every page.

Font: DejaVu Sans, shipped in ``resources/fonts`` (Bitstream Vera licence, DejaVu changes in the
public domain; see LICENSE-DejaVu.txt): fpdf2's core fonts are Latin-1 only, and Dutch names and
words need e.g. "ë", "ï", "ĳ" and "€". fpdf2 embeds only the glyphs used (subsetting).

Optional protection: AES-256 (PDF 2.0 / ISO 32000-2 standard security handler, revision 6),
user password = the password given, a random owner password (nobody can lift the restrictions).
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import BinaryIO

from fpdf import FPDF
from fpdf.enums import EncryptionMethod, XPos, YPos

from jongerenwerk_desk.paths import resource_path
from jongerenwerk_desk.sharing.atomic import write_atomic
from jongerenwerk_desk.sharing.model import (
    DEMO_LABEL,
    LEGEND,
    Summary,
    SummaryEntry,
    format_day,
)

FONT_FAMILY = "DejaVu"
_LINE = 5.0  # mm per text line at 10 pt
_MIN_PASSWORD_CHARS = 8


class _SummaryPdf(FPDF):
    """FPDF with our header (every page) and page-number footer."""

    def __init__(self, summary: Summary) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self._summary = summary
        self.add_font(FONT_FAMILY, "", str(resource_path("fonts", "DejaVuSans.ttf")))
        self.add_font(FONT_FAMILY, "B", str(resource_path("fonts", "DejaVuSans-Bold.ttf")))
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(18, 15, 18)
        self.alias_nb_pages()

    def header(self) -> None:
        head = self._summary.header
        self.set_font(FONT_FAMILY, "B", 12)
        self.set_text_color(160, 0, 0)
        self.cell(0, 6, head.confidential_label.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if head.demo:
            self.cell(0, 6, DEMO_LABEL, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_font(FONT_FAMILY, "", 8)
        lines = [
            f"Convenant: {head.covenant_title} (versie {head.covenant_version})",
            f"Doel: {head.purpose_title} (stap {head.stage})",
            f"Ontvangers: {', '.join(head.recipients)}",
            f"Afzender: {head.sender_line() or '(niet ingevuld)'}",
            f"Datum: {format_day(head.day)}    Kenmerk: "
            f"{head.disclosure_id or '(nog niet vastgelegd)'}",
        ]
        for line in lines:
            self.multi_cell(0, 4, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(160, 0, 0)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FONT_FAMILY, "", 8)
        sender = self._summary.header.sender_organisation
        by = f" - verstrekt door {sender}" if sender else ""
        self.multi_cell(0, 4, f"Pagina {self.page_no()}/{{nb}} - vertrouwelijk, niet verder "
                        f"verspreiden zonder grondslag{by}", align="C")


def _heading(pdf: FPDF, text: str) -> None:
    pdf.ln(2)
    pdf.set_font(FONT_FAMILY, "B", 11)
    pdf.multi_cell(0, 6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT_FAMILY, "", 10)


def _wrap(pdf: FPDF, text: str, width: float) -> list[str]:
    """Greedy word wrap measured per word (linear); fpdf2's multi_cell re-measures the growing
    line for every character, which made a 300-signal summary take about three times longer.
    A word wider than the line is cut by characters."""
    space = pdf.get_string_width(" ")
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current, current_w = "", 0.0
        for word in paragraph.split():
            word_w = pdf.get_string_width(word)
            while word_w > width:  # e.g. a long URL
                cut = max(1, int(len(word) * width / word_w) - 1)
                if current:
                    lines.append(current)
                    current, current_w = "", 0.0
                lines.append(word[:cut])
                word = word[cut:]
                word_w = pdf.get_string_width(word)
            if current and current_w + space + word_w > width:
                lines.append(current)
                current, current_w = word, word_w
            elif current:
                current, current_w = f"{current} {word}", current_w + space + word_w
            else:
                current, current_w = word, word_w
        lines.append(current)
    return lines


def _line(pdf: FPDF, text: str, *, bold: bool = False, indent: float = 0.0) -> None:
    pdf.set_font(FONT_FAMILY, "B" if bold else "", 10)
    width = pdf.w - pdf.r_margin - pdf.l_margin - indent
    for line in _wrap(pdf, text, width):
        pdf.set_x(pdf.l_margin + indent)
        pdf.cell(width, _LINE, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _entry(pdf: FPDF, entry: SummaryEntry, indent: float = 0.0) -> None:
    _line(pdf, f"{format_day(entry.day)} - {entry.category_title} - {entry.label}",
          bold=True, indent=indent)
    if entry.text:
        _line(pdf, entry.text, indent=indent + 4)
    pdf.ln(1)


def _render(pdf: _SummaryPdf, summary: Summary) -> None:
    group = summary.group
    pdf.add_page()
    _heading(pdf, "1. De groep")
    period = (f"{format_day(group.period_from)} t/m {format_day(group.period_until)}"
              if group.period_from else "geen gedateerde onderdelen")
    for label, value in (("Groep", group.name), ("Soort", group.kind),
                         ("Stap (7-stappenmodel)", group.stage), ("Periode", period),
                         ("Plekken", ", ".join(group.locations) or "-"),
                         ("Online", ", ".join(group.platforms) or "-")):
        _line(pdf, f"{label}: {value}")
    pdf.set_font(FONT_FAMILY, "", 8)
    pdf.ln(1)
    for line in _wrap(pdf, LEGEND, pdf.w - pdf.l_margin - pdf.r_margin):
        pdf.cell(0, 4, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    _heading(pdf, "2. Gedrag, online en inzet van het jongerenwerk (groepsniveau)")
    if not summary.group_entries:
        _line(pdf, "Geen onderdelen op groepsniveau.")
    for entry in summary.group_entries:
        _entry(pdf, entry)
    if summary.persons:
        _heading(pdf, "3. Personen (alleen waar doel en stap dit toelaten)")
        for person in summary.persons:
            extra = f" - rol ({person.role_note()}): {person.role}" if person.role else ""
            _line(pdf, f"{person.label}{extra}", bold=True)
            for entry in person.entries:
                _entry(pdf, entry, indent=4)


def pdf_bytes(summary: Summary, password: str | None = None) -> bytes:
    """Render the summary to PDF bytes; with ``password`` the PDF is AES-256 encrypted.

    Raises ValueError (Dutch) for a password shorter than 8 characters.
    """
    pdf = _SummaryPdf(summary)
    title = f"Vertrouwelijke verstrekking {summary.header.disclosure_id or ''}".strip()
    if summary.header.sender_organisation:
        pdf.set_author(summary.header.sender_organisation)
    pdf.set_title(f"{DEMO_LABEL}: {title}" if summary.header.demo else title)
    pdf.set_creator("Jongerenwerk Desk")
    pdf.set_producer("Jongerenwerk Desk")
    if password is not None:
        if len(password) < _MIN_PASSWORD_CHARS:
            raise ValueError("Het wachtwoord voor de PDF moet minstens 8 tekens hebben.")
        pdf.set_encryption(owner_password=secrets.token_urlsafe(32), user_password=password,
                           encryption_method=EncryptionMethod.AES_256)
    _render(pdf, summary)
    return bytes(pdf.output())


def write_pdf_to(summary: Summary, fh: BinaryIO, password: str | None = None) -> None:
    """Write the PDF bytes to an open binary file (used inside ``export_disclosure``)."""
    fh.write(pdf_bytes(summary, password))


def write_pdf(summary: Summary, path: Path, password: str | None = None) -> str:
    """Write the summary as a PDF to ``path`` atomically (temporary name + fsync + rename).

    ``password`` (optional, >= 8 characters) protects it with AES-256. Returns the SHA-256 hex
    of the file. Raises ValueError for a short password, ``atomic.ExportError`` (Dutch) when the
    file cannot be written; nothing is left behind on failure.
    """
    data = pdf_bytes(summary, password)

    def write(fh: BinaryIO) -> None:
        fh.write(data)

    return write_atomic(Path(path), write)
