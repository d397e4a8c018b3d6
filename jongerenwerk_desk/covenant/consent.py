"""Is a consent on file valid for this disclosure? (docs/legal-rules.md §3, last paragraph)

A consent counts when it covers the request's purpose and every recipient, was given on or
before ``today``, is not withdrawn on or before ``today``, covers the item's category (V2-4:
a consent without ``categories`` covers every category of its purpose), and the right person
gave it:
the parents below ``consent_age_parents_only_below`` (12), the young person and the parents
from 12 up to ``consent_age_youth_alone_from`` (16), the young person from 16; with an unknown
birth date both, and a birth date after ``today`` counts as unknown (``dates.known_age``).
Where both are needed, one ``youth+parents`` consent or a valid ``youth`` and a valid
``parents`` consent together suffice. For special-category data (AVG art. 9 lid 2
onder a) only consents with ``explicit_special`` count.

Sources: NVO practice rule for minors [S24][S25]; AVG art. 4 punt 11, art. 7, art. 9 lid 2
onder a; oral consent counts when recorded [S19].
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jongerenwerk_desk.covenant.dates import known_age
from jongerenwerk_desk.covenant.model import CovenantProfile, RequestConsent, Subject

YOUTH = "youth"
PARENTS = "parents"
_GIVERS = {"youth": frozenset({YOUTH}), "parents": frozenset({PARENTS}),
           "youth+parents": frozenset({YOUTH, PARENTS})}
_WHO_NL = {frozenset({YOUTH}): "de jongere", frozenset({PARENTS}): "de ouders",
           frozenset({YOUTH, PARENTS}): "de jongere en de ouders", frozenset(): "niemand"}


@dataclass(frozen=True)
class ConsentCheck:
    """Result for one subject: ``valid``; ``reasons`` (Dutch) why the file does not count."""

    valid: bool
    reasons: tuple[str, ...]


def who_nl(givers: frozenset[str]) -> str:
    """Dutch wording of a set of consent givers, e.g. 'de jongere en de ouders'."""
    return _WHO_NL[givers]


def required_givers(profile: CovenantProfile, birth_date: dt.date | None,
                    today: dt.date) -> frozenset[str]:
    """Who must consent for a young person of this birth date on ``today``.

    An unknown birth date, or one after ``today`` (a data error, see ``dates.known_age``),
    needs both the young person and the parents (docs/legal-rules.md §3).
    """
    age = known_age(birth_date, today)
    if age is None:
        return frozenset({YOUTH, PARENTS})
    if age < profile.consent_age_parents_only_below:
        return frozenset({PARENTS})
    if age < profile.consent_age_youth_alone_from:
        return frozenset({YOUTH, PARENTS})
    return frozenset({YOUTH})


def consent_defects(consent: RequestConsent, purpose: str, recipients: tuple[str, ...],
                    today: dt.date, special: bool, category: str | None = None) -> list[str]:
    """Why one consent does not cover this disclosure (empty list: it covers it).

    ``category`` None skips the category test (V2-4); ``special`` requires
    ``explicit_special`` (AVG art. 9 lid 2 onder a). Dutch phrases, e.g.
    ``"is ingetrokken op 2026-10-01"``."""
    defects = []
    if consent.purpose != purpose:
        defects.append("is voor een ander doel")
    missing = [r for r in recipients if r not in consent.recipients]
    if missing:
        defects.append("geldt niet voor ontvanger " + ", ".join(missing))
    if consent.given_on > today:
        defects.append(f"is pas gegeven op {consent.given_on.isoformat()}, na de datum van delen")
    if consent.withdrawn_on is not None and consent.withdrawn_on <= today:
        defects.append(f"is ingetrokken op {consent.withdrawn_on.isoformat()}")
    if category is not None and not consent.covers_category(category):
        defects.append(f"geldt niet voor de categorie {category}")
    if special and not consent.explicit_special:
        defects.append("is geen uitdrukkelijke toestemming voor bijzondere gegevens")
    return defects


def check_consent(profile: CovenantProfile, subject: Subject, purpose: str,
                  recipients: tuple[str, ...], today: dt.date, *,
                  special: bool = False, category: str | None = None) -> ConsentCheck:
    """Decide whether ``subject``'s consents on file make this disclosure valid.

    ``special``: the item is AVG art. 9 data, so only explicit consents count. ``category``:
    the item's category, which each counting consent must cover (V2-4; None: not tested).
    ``reasons`` is empty when valid or when there are no consents at all.
    """
    needed = required_givers(profile, subject.birth_date, today)
    given: set[str] = set()
    reasons: list[str] = []
    for number, consent in enumerate(subject.consents, start=1):
        defects = consent_defects(consent, purpose, recipients, today, special,
                                  category)
        if defects:
            reasons.append(f"toestemming {number} " + " en ".join(defects))
        else:
            given |= _GIVERS[consent.by]
    if needed <= given:
        return ConsentCheck(valid=True, reasons=())
    if subject.consents:
        age = known_age(subject.birth_date, today)
        age_text = "leeftijd onbekend" if age is None else f"{age} jaar"
        if given:
            reasons.append(f"er is alleen geldige toestemming van {who_nl(frozenset(given))}, "
                           f"terwijl toestemming van {who_nl(needed)} nodig is ({age_text})")
        else:
            reasons.append(f"nodig is toestemming van {who_nl(needed)} ({age_text})")
    return ConsentCheck(valid=False, reasons=tuple(reasons))
