"""The text screener (docs/legal-rules.md, V2-7b): which kinds of sensitive matter a text
mentions, so the check can ask the worker to confirm or correct an item's category.

The word lists are data, not code: ``resources/screening/<kind>.toml`` holds ``kind``
(``health`` = AVG art. 9 data, ``criminal`` = AVG art. 10 data), ``title``, ``terms`` and
``exclude``. Matching:

- text and terms are folded: Unicode NFKD, combining marks dropped, case-folded
  ("Suïcidaal" matches ``suicid*``);
- a text is split into words at every character that is not a letter or digit, so
  "proces-verbaal" is the two words "proces verbaal";
- a term matches whole words; a trailing ``*`` on a term's (last) word means "starts with"
  (``verslav*`` finds "verslaving", ``verslaafd`` is listed as a word of its own);
- a term of several words matches those words in that order, next to each other;
- a word that starts with an ``exclude`` entry (``geweldig*``) never counts as a match of a
  one-word term ("geweldige avond" is not violence).

``screen_text(text)`` is pure and returns the kinds found in ``SCREENING_KINDS`` order;
``matched_terms(text)`` also says which terms, for the wizard to show. No Qt, no I/O after the
lists are loaded once (``load_lists``); no text is logged or kept.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from jongerenwerk_desk.covenant import SCREENING_KINDS

_WORDS = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Case-folded text without diacritics (NFKD, combining marks removed)."""
    if text.isascii():
        return text.lower()  # the same result, without the per-character pass
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def words_of(text: str) -> list[str]:
    """The folded words of ``text``: runs of letters and digits."""
    return _WORDS.findall(fold(text))


@dataclass(frozen=True)
class WordList:
    """One kind's compiled list. ``words``/``prefixes``: one-word terms (exact, starts-with);
    ``phrases``: (term, first word, regex over the space-joined folded words); ``exclude``:
    prefixes of words that never match a one-word term."""

    kind: str
    title: str
    words: frozenset[str]
    prefixes: tuple[str, ...]
    phrases: tuple[tuple[str, str, re.Pattern[str]], ...]
    exclude: tuple[str, ...]

    @classmethod
    def from_terms(cls, kind: str, title: str, terms: Iterable[str],
                   exclude: Iterable[str] = ()) -> WordList:
        """Compile ``terms`` (see the module docstring). Raises ValueError for an empty term
        or a term with a ``*`` anywhere but at the end."""
        words: set[str] = set()
        prefixes: list[str] = []
        phrases: list[tuple[str, str, re.Pattern[str]]] = []
        for term in terms:
            star = term.endswith("*")
            parts = words_of(term[:-1] if star else term)
            if not parts or "*" in term[:-1]:
                raise ValueError(f"ongeldige term in de woordenlijst {kind}: {term!r}")
            if len(parts) == 1 and star:
                prefixes.append(parts[0])
                continue
            if len(parts) == 1:
                words.add(parts[0])
                continue
            body = " ".join(re.escape(p) for p in parts)
            pattern = rf"(?<!\S){body}{'[^ ]*' if star else ''}(?!\S)"
            phrases.append((term, parts[0], re.compile(pattern)))
        excluded = tuple(w for e in exclude for w in words_of(e.rstrip("*"))[:1])
        return cls(kind=kind, title=title, words=frozenset(words), prefixes=tuple(prefixes),
                   phrases=tuple(phrases), exclude=excluded)

    def matches(self, words: list[str], joined: str) -> list[str]:
        """The terms of this list found among ``words`` (folded) / ``joined`` (the same words
        joined by single spaces); each one-word match is reported as the word found."""
        found: list[str] = []
        unique = dict.fromkeys(words)
        for word in unique:
            if self.exclude and word.startswith(self.exclude):
                continue
            if word in self.words or (self.prefixes and word.startswith(self.prefixes)):
                found.append(word)
        # a phrase can only match when its first word occurs: a cheap test before the regex
        found.extend(term for term, first, pattern in self.phrases
                      if first in unique and pattern.search(joined))
        return found


def _resource_dir() -> Path:
    from jongerenwerk_desk.paths import resource_path

    return resource_path("screening")


def load_lists(directory: str | Path | None = None) -> tuple[WordList, ...]:
    """Load ``<kind>.toml`` for every kind of ``SCREENING_KINDS`` from ``directory``
    (default: the packaged ``resources/screening``). Raises OSError for a missing file,
    ``tomllib.TOMLDecodeError`` or ValueError for a broken one."""
    folder = Path(directory) if directory is not None else _resource_dir()
    lists = []
    for kind in SCREENING_KINDS:
        with (folder / f"{kind}.toml").open("rb") as handle:
            data = tomllib.load(handle)
        if data.get("kind") != kind:
            raise ValueError(f"{kind}.toml: kind moet '{kind}' zijn")
        lists.append(WordList.from_terms(kind, str(data.get("title", kind)),
                                         data.get("terms", []), data.get("exclude", [])))
    return tuple(lists)


@functools.lru_cache(maxsize=1)
def default_lists() -> tuple[WordList, ...]:
    """The packaged lists, loaded once (they are immutable)."""
    return load_lists()


def matched_terms(text: str | None,
                  lists: tuple[WordList, ...] | None = None) -> dict[str, list[str]]:
    """kind -> the terms found in ``text`` (kinds without a match are left out)."""
    if not text or not text.strip():
        return {}
    words = words_of(text)
    joined = " ".join(words)
    out: dict[str, list[str]] = {}
    for word_list in lists if lists is not None else default_lists():
        found = word_list.matches(words, joined)
        if found:
            out[word_list.kind] = found
    return out


def screen_text(text: str | None, lists: tuple[WordList, ...] | None = None) -> tuple[str, ...]:
    """The kinds (``health``, ``criminal``) ``text`` mentions, in ``SCREENING_KINDS`` order;
    ``()`` for None, blank text or no match."""
    found = matched_terms(text, lists)
    return tuple(kind for kind in SCREENING_KINDS if kind in found)


def screen_texts(texts: Iterable[str | None],
                 lists: tuple[WordList, ...] | None = None) -> tuple[str, ...]:
    """The kinds any of ``texts`` mentions (e.g. a signal's text and location)."""
    kinds: set[str] = set()
    for text in texts:
        kinds.update(screen_text(text, lists))
    return tuple(kind for kind in SCREENING_KINDS if kind in kinds)
