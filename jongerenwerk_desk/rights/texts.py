"""Dutch labels and plain-language texts shared by the rights documents.

Texts meant for young people and parents are B1 Dutch: short sentences, no legal jargon; the
legal source goes in a footnote (``tests/unit/test_rights_b1.py`` measures them).
"""

from __future__ import annotations

import re

_LEGAL_REFERENCE = re.compile(r"\s*\([^()]*\b(?:art\.|artikel|AVG|UAVG)[^()]*\)")


def plain_title(title: str) -> str:
    """A profile's title without a parenthesised legal reference, for texts for young people
    and parents: "Correctie aan eerdere ontvangers (AVG art. 16 en 19)" -> "Correctie aan
    eerdere ontvangers" (the legal basis belongs in a footnote)."""
    return _LEGAL_REFERENCE.sub("", title).strip()

SOURCE_LABELS: dict[str, str] = {
    "own_observation": "gezien door de jongerenwerker zelf",
    "young_person": "verteld door jou",
    "third_party": "verteld door iemand anders (wie, staat er niet in)",
    "partner": "gemeld door een organisatie die met ons samenwerkt",
}
"""Where a signal came from, worded for the young person (AVG art. 15(1)(g))."""

FACT = "feit (nagegaan)"
IMPRESSION = "indruk (niet nagegaan)"

GIVEN_BY: dict[str, str] = {
    "youth": "de jongere",
    "parents": "de ouders of voogd",
    "youth+parents": "de jongere en de ouders of voogd",
}

RIGHTS: tuple[str, ...] = (
    "- Klopt er iets niet? Dan mag je vragen om het te verbeteren.",
    "- Wil je dat wij iets weggooien? Dan mag je dat vragen. Soms mogen wij het nog niet "
    "weggooien. Dan leggen wij uit waarom.",
    "- Ben je het niet eens met wat wij doen met je gegevens? Dan mag je bezwaar maken.",
    "- Wil je je eigen kant van het verhaal laten opschrijven? Dat mag. Wij zetten het naast "
    "wat wij hebben opgeschreven.",
    "- Ben je niet tevreden over hoe wij het doen? Praat dan eerst met ons. Je mag ook een "
    "klacht indienen bij de Autoriteit Persoonsgegevens. Die let op hoe organisaties met "
    "gegevens omgaan. Kijk op autoriteitpersoonsgegevens.nl.",
)
"""The data subject's rights (AVG art. 16, 17, 18, 21, 77), in B1 Dutch."""

RIGHTS_FOOTNOTE = ("Rechten uit de Algemene verordening gegevensbescherming (AVG): inzage "
                   "(art. 15), rectificatie (art. 16), wissing (art. 17), beperking (art. 18), "
                   "bezwaar (art. 21) en klacht bij de toezichthouder (art. 77).")
