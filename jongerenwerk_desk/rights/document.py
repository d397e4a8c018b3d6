"""A plain text document (title, sections, footnotes) shown on screen and printed as PDF.

Every text the ``rights`` package produces (access report, letters, the processing record,
the DPIA annex, the breach overview) is first built as a ``Document``: the GUI shows the same
sections the PDF prints, so screen and paper never differ.

PDF: fpdf2 with the bundled DejaVu Sans font (``resources/fonts``), as ``sharing/pdf.py``
does (fpdf2's core fonts are Latin-1 only; Dutch needs e.g. "ë" and "ĳ").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from jongerenwerk_desk.paths import resource_path
from jongerenwerk_desk.sharing.atomic import write_atomic
from jongerenwerk_desk.sharing.pdf import FONT_FAMILY


@dataclass(frozen=True)
class Section:
    """A heading with paragraphs; a paragraph starting with ``"- "`` prints as a bullet."""

    heading: str
    paragraphs: tuple[str, ...] = field(default=(), repr=False)


@dataclass(frozen=True)
class Document:
    """A document: ``title``, ``intro`` paragraphs, ``sections`` and numbered ``footnotes``.

    ``banner``: a line printed in red at the top of every page (e.g. "VERTROUWELIJK"), or "".
    """

    title: str
    intro: tuple[str, ...] = field(default=(), repr=False)
    sections: tuple[Section, ...] = field(default=(), repr=False)
    footnotes: tuple[str, ...] = field(default=(), repr=False)
    banner: str = ""

    def plain_text(self) -> str:
        """The whole document as plain text (for tests and a copyable screen view)."""
        parts = [self.title, *self.intro]
        for section in self.sections:
            parts.append(section.heading)
            parts.extend(section.paragraphs)
        parts.extend(f"[{n}] {text}" for n, text in enumerate(self.footnotes, start=1))
        return "\n".join(parts)


class _DocPdf(FPDF):
    def __init__(self, banner: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self._banner = banner
        self.add_font(FONT_FAMILY, "", str(resource_path("fonts", "DejaVuSans.ttf")))
        self.add_font(FONT_FAMILY, "B", str(resource_path("fonts", "DejaVuSans-Bold.ttf")))
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(20, 15, 20)
        self.alias_nb_pages()

    def header(self) -> None:
        if self._banner:
            self.set_font(FONT_FAMILY, "B", 9)
            self.set_text_color(160, 0, 0)
            self.cell(0, 5, self._banner, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0, 0, 0)
            self.ln(2)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FONT_FAMILY, "", 8)
        self.cell(0, 5, f"Pagina {self.page_no()}/{{nb}}", align="C")


def _paragraph(pdf: FPDF, text: str, size: float = 10) -> None:
    pdf.set_font(FONT_FAMILY, "", size)
    if text.startswith("- "):
        pdf.set_x(pdf.l_margin + 4)
        pdf.multi_cell(0, 5, "• " + text[2:], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    else:
        pdf.multi_cell(0, 5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)


def document_pdf(doc: Document) -> bytes:
    """Render ``doc`` to PDF bytes (A4, DejaVu Sans, page numbers)."""
    pdf = _DocPdf(doc.banner)
    pdf.set_title(doc.title)
    pdf.set_creator("Jongerenwerk Desk")
    pdf.set_producer("Jongerenwerk Desk")
    pdf.add_page()
    pdf.set_font(FONT_FAMILY, "B", 15)
    pdf.multi_cell(0, 7, doc.title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    for text in doc.intro:
        _paragraph(pdf, text)
    for section in doc.sections:
        pdf.ln(2)
        pdf.set_font(FONT_FAMILY, "B", 12)
        pdf.multi_cell(0, 6, section.heading, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
        for text in section.paragraphs:
            _paragraph(pdf, text)
    if doc.footnotes:
        pdf.ln(3)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + 50, pdf.get_y())
        pdf.ln(2)
        for number, text in enumerate(doc.footnotes, start=1):
            _paragraph(pdf, f"[{number}] {text}", size=8)
    return bytes(pdf.output())


def write_document_pdf(doc: Document, path: Path) -> str:
    """Write ``doc`` as PDF to ``path`` atomically; returns the file's SHA-256 hex.

    Raises ``sharing.atomic.ExportError`` (Dutch) when the file cannot be written; nothing is
    left behind then.
    """
    data = document_pdf(doc)

    def _write(fh: BinaryIO) -> None:
        fh.write(data)

    return write_atomic(Path(path), _write)
