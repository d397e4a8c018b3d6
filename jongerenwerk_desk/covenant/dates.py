"""Calendar arithmetic and text measures used by the covenant check (docs/legal-rules.md §3).

- ``months_before(day, n)``: the date ``n`` calendar months before ``day``, the day of month
  clamped to the end of a shorter month (1 month before 2026-03-31 is 2026-02-28).
- ``is_older_than(recorded, today, n)``: "more than n months before today" = strictly before
  ``months_before(today, n)``.
- ``age_on(birth, day)``: age in completed years; the birthday itself counts (16 on the
  sixteenth birthday). A 29 February birthday is completed on 1 March in common years.
- ``known_age(birth, day)``: ``age_on`` when the birth date is known and not after ``day``,
  else None (age unknown). A birth date after the date of sharing is a data error; the check
  then applies the rule for an unknown age (docs/legal-rules.md §3: "With an unknown birth date
  both are needed"; §4 ``AGE_UNKNOWN``), never a negative age (which would fall under "below
  12", parents only).
- ``non_blank_len(text)``: the number of characters that are not whitespace.
- ``distinct_words(text)``: the distinct words of three or more letters (V2-6): maximal runs
  of letters of any script, case-folded, after NFC normalisation; anything else separates
  words ("PGA-traject" is two words, "z'n" has none of three letters).
- ``passes_justification(text, min_chars, min_words)``: the justification test of V2-6.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
import unicodedata

#: A maximal run of letters (any script): word characters minus digits and underscore.
_WORD = re.compile(r"[^\W\d_]+")


def months_before(day: dt.date, months: int) -> dt.date:
    """Return the date ``months`` calendar months before ``day`` (day clamped to month end).

    ``months`` >= 0. Raises ValueError for a negative count or a result before year 1.
    """
    if months < 0:
        raise ValueError("months must be >= 0")
    index = day.year * 12 + (day.month - 1) - months
    year, month0 = divmod(index, 12)
    if year < 1:
        raise ValueError("date out of range")
    last = calendar.monthrange(year, month0 + 1)[1]
    return dt.date(year, month0 + 1, min(day.day, last))


def is_older_than(recorded: dt.date, today: dt.date, months: int) -> bool:
    """True when ``recorded`` lies strictly before the date ``months`` months before ``today``."""
    try:
        limit = months_before(today, months)
    except ValueError:  # a limit before year 1: nothing can be older
        return False
    return recorded < limit


def age_on(birth_date: dt.date, day: dt.date) -> int:
    """Age in completed years on ``day`` (negative ages are returned as computed)."""
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - (1 if before_birthday else 0)


def known_age(birth_date: dt.date | None, day: dt.date) -> int | None:
    """Age in completed years on ``day``, or None when unknown or ``birth_date`` > ``day``.

    The consent and informing rules (docs/legal-rules.md §3, §4) must never see a negative age:
    a birth date after the date of sharing counts as an unknown age (conservative: the young
    person and the parents are both needed).
    """
    if birth_date is None or birth_date > day:
        return None
    return age_on(birth_date, day)


def non_blank_len(text: str | None) -> int:
    """Number of non-whitespace characters in ``text`` (None counts as 0)."""
    if not text:
        return 0
    return len("".join(text.split()))  # str.split() splits on exactly the str.isspace chars


def distinct_words(text: str | None) -> frozenset[str]:
    """The distinct case-folded words of at least three letters in ``text`` (None: none).

    "xxxxxxxxxx" is one word, "test test test" is one word, ".........." has none."""
    if not text:
        return frozenset()
    folded = unicodedata.normalize("NFC", text).casefold()
    words: set[str] = set()
    for token in _WORD.findall(folded):
        if token.isalpha():
            if len(token) >= 3:
                words.add(token)
            continue
        # rare: a numeric character that is not a decimal digit (e.g. '²') ends a word too
        for is_letter, run in itertools.groupby(token, key=str.isalpha):
            word = "".join(run)
            if is_letter and len(word) >= 3:
                words.add(word)
    return frozenset(words)


def passes_justification(text: str | None, min_chars: int, min_words: int) -> bool:
    """The justification test (V2-6): at least ``min_chars`` non-blank characters and at least
    ``min_words`` distinct words of three or more letters. Used for necessity, subsidiarity,
    the reasoning and advice of a conflict of duties, a vital interest and an informing
    exception."""
    return non_blank_len(text) >= min_chars and len(distinct_words(text)) >= min_words
