"""B1 Dutch for every text meant for young people and parents: short sentences (at most 20
words, 15 on average) and no legal jargon in the body; the legal basis sits in footnotes."""

from __future__ import annotations

import re
from datetime import date

import pytest

from jongerenwerk_desk.covenant import builtin_profile
from jongerenwerk_desk.rights.access import build_access_report
from jongerenwerk_desk.rights.document import Document
from jongerenwerk_desk.rights.letters import AUDIENCES, LetterFacts, informing_letter
from jongerenwerk_desk.rights.texts import RIGHTS, plain_title
from tests.unit.rights_world import TODAY, make_world

MAX_WORDS = 20
MAX_AVERAGE = 15.0
JARGON = ("verwerkingsverantwoordelijke", "grondslag", "betrokkene", "betrokkenen",
          "persoonsgegevens", "verwerking", "verwerken", "rectificatie", "avg", "uavg",
          "convenant", "verstrekking", "verstrekkingen", "toezichthouder", "artikel",
          "doelbinding", "subsidiariteit", "proportionaliteit", "gerechtvaardigd", "juncto",
          "wettelijk vertegenwoordiger", "bewaartermijn")
ALLOWED_NAMES = ("Autoriteit Persoonsgegevens",)
_FOOTNOTE_MARK = re.compile(r"\[\d+\]")
_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+")
_WORD = re.compile(r"[\w'-]+")


def sentences(text: str) -> list[list[str]]:
    """Sentences of ``text`` as word lists (footnote marks and bullets removed)."""
    text = _FOOTNOTE_MARK.sub("", text).removeprefix("- ")
    return [words for part in _SENTENCE_END.split(text) if (words := _WORD.findall(part))]


def jargon_in(text: str) -> list[str]:
    for name in ALLOWED_NAMES:
        text = text.replace(name, "")
    folded = text.casefold()
    return [w for w in JARGON if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded)]


def check_b1(paragraphs: list[str]) -> None:
    """Assert the B1 rules on ``paragraphs``; the message names the offending sentence."""
    all_sentences = [s for p in paragraphs for s in sentences(p)]
    assert all_sentences
    for words in all_sentences:
        assert len(words) <= MAX_WORDS, f"te lange zin ({len(words)}): {' '.join(words)}"
    average = sum(map(len, all_sentences)) / len(all_sentences)
    assert average <= MAX_AVERAGE, f"gemiddeld {average:.1f} woorden per zin"
    for paragraph in paragraphs:
        assert jargon_in(paragraph) == [], f"vakjargon in: {paragraph}"


def body(doc: Document) -> list[str]:
    """Title, intro, headings and paragraphs; not the footnotes."""
    return [doc.title, *doc.intro,
            *(t for s in doc.sections for t in (s.heading, *s.paragraphs))]


def test_the_checker_catches_long_sentences_and_jargon() -> None:
    with pytest.raises(AssertionError, match="te lange zin"):
        check_b1(["Dit is een zin met veel te veel woorden omdat hij maar doorgaat en doorgaat "
                  "en nog verder gaat tot niemand het meer snapt."])
    with pytest.raises(AssertionError, match="vakjargon"):
        check_b1(["De grondslag is helder."])
    assert jargon_in("Klacht bij de Autoriteit Persoonsgegevens.") == []


@pytest.mark.parametrize("audience", AUDIENCES)
def test_informing_letters_are_b1(audience: str) -> None:
    profile = builtin_profile("demo")
    facts = LetterFacts(organisation="Stichting Jongerenwerk Voorbeeldstad",
                        purposes=tuple(plain_title(p.title) for p in profile.purposes),
                        recipients=tuple(p.name for p in profile.parties[:3]),
                        retention_months=24, privacy_contact="de privacyfunctionaris")
    doc = informing_letter(facts, audience, "Sam Voorbeeld", date(2026, 12, 3))
    check_b1(body(doc))
    assert any("AVG artikel 13" in f for f in doc.footnotes)
    assert any("grondslag" in f.casefold() for f in doc.footnotes)


def test_access_report_prose_is_b1(tmp_path) -> None:
    world = make_world(tmp_path)
    try:
        doc = build_access_report(world.nb, world.sam, TODAY).document()
    finally:
        world.nb.close()
    # our own sentences: everything except the data bullets (signal texts written by the
    # worker, names of purposes and parties); the rights bullets are ours, so checked too
    prose = [t for t in body(doc) if not t.startswith("- ")]
    check_b1([*prose, *RIGHTS])
    assert any("grondslag" in f for f in doc.footnotes)
