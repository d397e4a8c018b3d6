"""Redaction of reviewed free text before it leaves: contact details and names.

Only text the worker reviewed leaves the notebook at all (docs/legal-rules.md section 6); this is
the second line of defence for what a review can miss: phone numbers, BSN-like numbers, e-mail
addresses, postcodes and street addresses are never exported (section 6, "never an address,
phone number, BSN"), and names of known people are replaced by the label the summary uses for
them (initials + year of birth, a pseudonym, or "[naam verwijderd]").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping

NAME_PARTICLES = frozenset({
    "van", "de", "der", "den", "het", "een", "ter", "ten", "te", "op", "in", "la", "le", "du",
    "da", "di", "del", "el", "al", "bin", "ben", "ibn", "von", "zu", "'t", "'s"})
"""Dutch (and common other) name particles that are never redacted on their own."""

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?\d{2}(?:[\s\-.()]{0,2}\d){8,11}|0(?:[\s\-.()]{0,2}\d){9})(?!\w)")
_LONG_NUMBER = re.compile(r"(?<!\w)\d{8,}(?!\w)")  # BSN (9 digits), account or phone numbers
_GROUPED_BSN = re.compile(r"(?<![\w.])\d{3}[ .]\d{3}[ .]\d{3}(?![\w]|\.\d)")  # 123 456 782
_POSTCODE = re.compile(r"\b[1-9]\d{3}(?:\s?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})\b")
_STREET = re.compile(
    r"\b[\w'-]*(?:straat|laan|weg|plein|gracht|kade|singel|dreef|hof|steeg|pad|dijk|plantsoen|"
    r"park|erf|markt|ring|baan|hout|veld|wal|burg|zijde)(?:\s*nr\.?)?\s*\d{1,5}(?:\s?[-]?\s?[a-zA-Z]\b|\b)"
    r"(?:\s?(?:hs|bis|[IVX]{1,3})\b)?", re.IGNORECASE | re.UNICODE)

PHONE_MARK = "[nummer verwijderd]"
EMAIL_MARK = "[e-mailadres verwijderd]"
ADDRESS_MARK = "[adres verwijderd]"
NAME_MARK = "[naam verwijderd]"


def scrub_contact_details(text: str) -> str:
    """Replace e-mail addresses, phone/BSN-like numbers, street addresses and postcodes."""
    text = _EMAIL.sub(EMAIL_MARK, text)
    text = _STREET.sub(ADDRESS_MARK, text)
    text = _POSTCODE.sub(ADDRESS_MARK, text)
    text = _PHONE.sub(PHONE_MARK, text)
    text = _GROUPED_BSN.sub(PHONE_MARK, text)
    return _LONG_NUMBER.sub(PHONE_MARK, text)


def name_variants(*names: str) -> list[str]:
    """Whole names plus each name part of >= 3 letters that is not a particle, longest first.

    E.g. ``("Jan de Vries", "Jantje")`` -> ``["Jan de Vries", "Jantje", "Vries", "Jan"]``.
    """
    variants: set[str] = set()
    for name in names:
        name = " ".join(name.split())
        if len(name) >= 2:
            variants.add(name)
        for part in re.split(r"[\s.]+", name):
            part = part.strip("'-,")
            if len(part) >= 3 and part.casefold() not in NAME_PARTICLES:
                variants.add(part)
    return sorted(variants, key=lambda v: (-len(v), v))


_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d",
                          "Đ": "D", "ð": "d", "Ð": "D", "ß": "ss", "æ": "ae", "Æ": "AE",
                          "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th"})


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` (NFC) folded for name matching: diacritics dropped ("Zoë" -> "Zoe", also when
    typed decomposed), letters without a decomposition mapped ("ı" -> "i", "ß" -> "ss").

    Returns the folded text and, per folded character, the index of the character of
    ``unicodedata.normalize("NFC", text)`` it came from, so a match can be mapped back.
    """
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(unicodedata.normalize("NFC", text)):
        base = "".join(c for c in unicodedata.normalize("NFD", char)
                       if not unicodedata.combining(c)).translate(_LETTERS)
        folded.append(base)
        origin.extend([index] * len(base))
    return "".join(folded), origin


_WORD = re.compile(r"\w+", re.UNICODE)
_GAP = re.compile(r"[\s\-'’.]+")
_POSSESSIVE = re.compile(r"['’]?s(?!\w)", re.IGNORECASE)


def _key(text: str) -> str:
    """Lookup key of a name or a run of words: folded, case-folded words joined by spaces."""
    return " ".join(_WORD.findall(fold(text)[0].casefold()))


@functools.lru_cache(maxsize=16)
def _name_index(items: tuple[tuple[str, str], ...]) -> tuple[dict[str, str], int]:
    """(key -> label, longest name in words) for ``items`` of (variant, label); where two
    variants share a key (two people called Jan) the first given wins, so callers put the
    people the summary labels before those it only blanks out."""
    index: dict[str, str] = {}
    for variant, label in items:
        key = _key(variant)
        if key:
            index.setdefault(key, label)
    return index, max((key.count(" ") + 1 for key in index), default=0)


def _find_names(text: str, index: dict[str, str],
                longest: int) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, label) in the NFC text for every name of ``index``: whole words,
    case- and diacritic-insensitive, the longest name at each word first, a Dutch possessive
    ("Fatimas", "Jan's") included. Word lookup in a dict, so thousands of names stay fast."""
    folded, origin = fold(text)
    words = [(m.start(), m.end(), m.group(0).casefold()) for m in _WORD.finditer(folded)]
    i = 0
    while i < len(words):
        hit = None
        for n in range(min(longest, len(words) - i), 0, -1):
            run = words[i:i + n]
            gaps = (folded[a[1]:b[0]] for a, b in zip(run, run[1:], strict=False))
            if not all(_GAP.fullmatch(gap) for gap in gaps):
                continue
            key = " ".join(w[2] for w in run)
            end = run[-1][1]
            if key in index:
                tail = _POSSESSIVE.match(folded, end)
                hit = (n, index[key], tail.end() if tail else end)
                break
            if key.endswith("s") and key[:-1] in index:
                hit = (n, index[key[:-1]], end)
                break
        if hit is None:
            i += 1
            continue
        n, label, end = hit
        yield origin[words[i][0]], origin[end - 1] + 1, label
        i += n
        while i < len(words) and words[i][0] < end:
            i += 1


def replace_names(text: str, replacements: Mapping[str, str]) -> str:
    """Replace each name variant (whole word, case- and diacritic-insensitive, NFC or NFD,
    possessive included) by its label, preferring the longest variant at each position.

    The result is NFC. The name index is cached per ``replacements`` content.
    """
    if not replacements:
        return text
    index, longest = _name_index(tuple(replacements.items()))
    original = unicodedata.normalize("NFC", text)
    pieces: list[str] = []
    cursor = 0
    for start, end, label in _find_names(original, index, longest):
        pieces.append(original[cursor:start])
        pieces.append(label)
        cursor = end
    pieces.append(original[cursor:])
    return "".join(pieces)


def mentions(text: str, names: Iterable[str]) -> bool:
    """True when ``text`` contains any variant of ``names`` as a whole word (case- and
    diacritic-insensitive, NFC or NFD, possessive "s" included).

    Used to decide ``names_informant``: an informant counts as named when their name, or a
    distinctive part of it, appears in text that would leave the notebook.
    """
    items = tuple((variant, variant) for variant in name_variants(*names))
    index, longest = _name_index(items)
    return next(_find_names(text, index, longest), None) is not None


def redact(text: str, replacements: Mapping[str, str]) -> str:
    """Contact details first (a name inside an e-mail address goes with the address), then
    names; whitespace is normalised per line, empty lines dropped."""
    text = replace_names(scrub_contact_details(text), replacements)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)
