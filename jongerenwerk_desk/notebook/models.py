"""Domain dataclasses of the notebook (docs/public-api.md).

Conventions
- ids are ``int``; ``None`` until the repository inserts the object.
- dates are ``datetime.date``; timestamps are timezone-aware ``datetime`` in UTC plus, where the
  moment happened somewhere, an IANA zone name (``tz_name``, e.g. ``"Europe/Amsterdam"``) so the
  UI can show local time (docs/architecture.md, "Data model").
- Every field that can hold client data (names, phone, notes, signal text, informant) is
  excluded from ``repr`` so that an object printed into a log or an exception never leaks it.
- Enumerations are validated on construction; a bad value raises ``ValueError`` with a Dutch
  message that contains no client data.

Every field has a default, so objects can be built positionally in contract order or by keyword.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

STAGES: tuple[str, ...] = ("1", "2A", "2B", "3", "4", "5", "6", "7")
"""7-stappenmodel steps (docs/legal-rules.md, "The 7-stappenmodel"); step 2 is split in 2A and
2B."""

GROUP_KINDS: tuple[str, ...] = ("groep", "netwerk", "online")
SOURCES: tuple[str, ...] = ("own_observation", "young_person", "third_party", "partner")
"""Where a signal comes from (docs/legal-rules.md section 1, ``items[].source``)."""
CONSENT_BY: tuple[str, ...] = ("youth", "parents", "youth+parents")
CONSENT_FORMS: tuple[str, ...] = ("mondeling", "schriftelijk")
DEFAULT_TZ = "Europe/Amsterdam"


def _check_choice(value: str, allowed: tuple[str, ...], what: str) -> None:
    if value not in allowed:
        raise ValueError(f"Ongeldige waarde voor {what}; toegestaan: {', '.join(allowed)}.")


#: Bidirectional formatting characters: they reorder what follows on screen and in exports
#: ("Trojan Source", CVE-2021-42574), so a name could show as something it is not.
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                           "\u2066\u2067\u2068\u2069")


def name_problem(text: str) -> str | None:
    """Dutch reason why ``text`` cannot be a name (of a person, nickname or group), or None.

    Refused: control characters (Unicode category Cc: NUL, ESC, DEL, backspace...) and
    bidirectional-override characters. White space (tabs, line breaks) is not refused here:
    callers fold it into single spaces. Other Unicode (accents, emoji, any script) is fine.
    """
    for char in text:
        if char.isspace():
            continue
        if char in _BIDI_CONTROLS:
            return ("de naam bevat een onzichtbaar teken dat de leesrichting omdraait "
                    f"(U+{ord(char):04X}); typ de naam opnieuw")
        if unicodedata.category(char) == "Cc":
            return ("de naam bevat een onzichtbaar stuurteken "
                    f"(U+{ord(char):04X}); typ de naam opnieuw")
    return None


def utc_now() -> datetime:
    """Return the current moment as an aware UTC datetime, truncated to whole seconds."""
    return datetime.now(UTC).replace(microsecond=0)


def _as_utc(moment: datetime, what: str) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{what} moet een tijdstip met tijdzone zijn (UTC).")
    return moment.astimezone(UTC)


@dataclass
class YoungPerson:
    """A young person (jongere). ``birth_date`` drives the consent regime (docs/legal-rules.md,
    "Youth work: secrecy and consent").

    ``name`` may be full name or initials; no BSN is kept (docs/legal-rules.md section 6).
    """

    id: int | None = None
    name: str = field(default="", repr=False)
    nickname: str = field(default="", repr=False)
    birth_date: date | None = field(default=None, repr=False)
    neighbourhood: str = field(default="", repr=False)
    phone: str = field(default="", repr=False)
    notes: str = field(default="", repr=False)

    @property
    def initials(self) -> str:
        """Initials of the name, e.g. ``"Jan de Vries"`` -> ``"J.d.V."``; ``""`` for no name."""
        parts = [p for p in self.name.replace(".", " ").split() if p]
        return "".join(p[0] + "." for p in parts)

    @property
    def birth_year(self) -> int | None:
        """Year of birth, or None when the birth date is unknown."""
        return None if self.birth_date is None else self.birth_date.year

    def age_on(self, day: date) -> int | None:
        """Age in completed years on ``day`` (a 16th birthday on ``day`` counts as 16).

        Returns None when the birth date is unknown. 29 February birthdays count on 1 March in
        non-leap years (the day after 28 February).
        """
        if self.birth_date is None:
            return None
        born = self.birth_date
        years = day.year - born.year
        if (day.month, day.day) < (born.month, born.day):
            years -= 1
        return years


@dataclass
class Group:
    """A youth group or network. ``locations``/``platforms`` are lists of short strings.

    ``stage`` is the current 7-stappenmodel step; use ``groups.set_stage`` to change it so the
    history is kept (docs/legal-rules.md, "The 7-stappenmodel").
    """

    id: int | None = None
    name: str = field(default="", repr=False)
    kind: str = "groep"
    locations: list[str] = field(default_factory=list, repr=False)
    platforms: list[str] = field(default_factory=list, repr=False)
    stage: str = "1"
    notes: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        _check_choice(self.kind, GROUP_KINDS, "soort groep")
        _check_choice(self.stage, STAGES, "stap")
        self.locations = list(self.locations)
        self.platforms = list(self.platforms)


@dataclass
class StageChange:
    """One entry of a group's stage history; ``changed_at`` is aware UTC (when it was recorded).

    ``decided_on`` is the date of the decision and ``source`` where it was taken (e.g. the
    jeugdgroepenoverleg of that date); both are empty for entries recorded before version 2.
    """

    id: int | None = None
    group_id: int | None = None
    stage: str = "1"
    changed_at: datetime = field(default_factory=utc_now)
    note: str = field(default="", repr=False)
    decided_on: date | None = None
    source: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        _check_choice(self.stage, STAGES, "stap")
        self.changed_at = _as_utc(self.changed_at, "changed_at")


@dataclass
class Membership:
    """A young person's membership of a group, with a free-text role (e.g. "kern", "meeloper")."""

    id: int | None = None
    person_id: int | None = None
    group_id: int | None = None
    role: str = ""
    since: date | None = None
    until: date | None = None


@dataclass
class Signal:
    """An observation (signaal).

    - ``occurred_at``: aware datetime, stored in UTC; ``tz_name`` the zone it happened in.
    - ``category``: a category id of the active covenant profile (docs/legal-rules.md section 1).
    - ``source``: one of ``SOURCES``; ``confidential``: told in confidence.
    - ``verified``: True = fact, False = impression (must be shown as an impression).
    - ``informant``: who told it; stored in a separate table and never part of any export.
    - ``person_ids``/``group_ids``: who is involved (link tables).
    - ``recorded_at``: when it was written into the notebook (set by the repository; aware
      UTC); the share check's ``recorded_on`` and retention count from ``occurred_at``.
    """

    id: int | None = None
    occurred_at: datetime = field(default_factory=utc_now)
    tz_name: str = DEFAULT_TZ
    location: str = field(default="", repr=False)
    category: str = ""
    source: str = "own_observation"
    confidential: bool = False
    verified: bool = False
    text: str = field(default="", repr=False)
    informant: str = field(default="", repr=False)
    person_ids: list[int] = field(default_factory=list)
    group_ids: list[int] = field(default_factory=list)
    recorded_at: datetime | None = None

    def __post_init__(self) -> None:
        _check_choice(self.source, SOURCES, "bron")
        self.occurred_at = _as_utc(self.occurred_at, "occurred_at")
        self.person_ids = list(dict.fromkeys(self.person_ids))
        self.group_ids = list(dict.fromkeys(self.group_ids))


@dataclass
class Consent:
    """Recorded consent (toestemming) of a young person and/or parents (docs/legal-rules.md,
    "Youth work: secrecy and consent").

    ``recipients`` are party ids of the covenant profile; ``explicit_special`` = explicit
    consent for special-category data (AVG art. 9(2)(a)). Oral consent is valid when recorded
    with when, by whom and for what. ``categories``: the category ids the consent covers
    (None: every category of its purpose); ``ends_on``: the last day it counts (None: until
    withdrawn).
    """

    id: int | None = None
    person_id: int | None = None
    given_by: str = "youth"
    purpose: str = ""
    recipients: list[str] = field(default_factory=list)
    given_on: date | None = None
    withdrawn_on: date | None = None
    explicit_special: bool = False
    form: str = "mondeling"
    note: str = field(default="", repr=False)
    categories: list[str] | None = None
    ends_on: date | None = None

    def __post_init__(self) -> None:
        _check_choice(self.given_by, CONSENT_BY, "toestemming gegeven door")
        _check_choice(self.form, CONSENT_FORMS, "vorm van toestemming")
        self.recipients = list(self.recipients)
        if self.categories is not None:
            self.categories = list(dict.fromkeys(self.categories))


@dataclass
class InformingRecord:
    """That (and how) a young person and/or parents were informed (AVG art. 13/14).

    ``exception_reason`` is set when informing was skipped on purpose; ``exception_ground``
    is the id of one of the covenant profile's ``inform_exception_grounds`` (UAVG art. 41),
    ``exception_decided_on`` when that was decided and ``exception_review_on`` when it must be
    looked at again (an exception without ground or with a passed review date does not count).
    """

    id: int | None = None
    person_id: int | None = None
    informed_on: date | None = None
    who: str = "youth"
    how: str = ""
    note: str = field(default="", repr=False)
    exception_reason: str = field(default="", repr=False)
    exception_ground: str = ""
    exception_decided_on: date | None = None
    exception_review_on: date | None = None

    def __post_init__(self) -> None:
        _check_choice(self.who, CONSENT_BY, "geïnformeerd")


@dataclass
class PartnerContact:
    """A contact person at a covenant partner; ``party_id`` refers to the covenant profile."""

    id: int | None = None
    party_id: str = ""
    organisation: str = ""
    name: str = field(default="", repr=False)
    role: str = ""
    email: str = field(default="", repr=False)
    phone: str = field(default="", repr=False)


@dataclass
class AuditEvent:
    """What was done to which record, when. Never holds client content (no names, no text)."""

    id: int | None = None
    at: datetime = field(default_factory=utc_now)
    action: str = ""
    entity: str = ""
    entity_id: int | None = None
    detail: str = ""


@dataclass(frozen=True)
class SearchHit:
    """One full-text search result: ``kind`` is ``"person"``, ``"group"`` or ``"signal"``."""

    kind: str
    id: int
    label: str = field(repr=False)


@dataclass(frozen=True)
class ErasureReport:
    """What ``people.erase`` did: counts and ids only, never content.

    ``signals_kept`` are signals that also concern others and were kept without the link;
    ``signals_mentioning`` are kept signals whose text still matches the erased name or
    nickname in the full-text index: the worker must review them by hand.
    """

    person_id: int
    signals_deleted: int
    signals_kept: tuple[int, ...]
    signals_mentioning: tuple[int, ...]


#: Roles that may be consulted for a conflict of duties (mirrors covenant.CONSULTED_ROLES).
CONSULTED_ROLES: tuple[str, ...] = ("aandachtsfunctionaris", "leidinggevende", "fg",
                                    "veilig-thuis", "collega")


@dataclass
class ConflictOfDutiesRecord:
    """A conflict of duties weighed for one young person (beroepscode; legal rules V2-2).

    ``reasoning``: why protecting outweighs the secret for this young person; ``consulted``:
    one of ``CONSULTED_ROLES``; ``consulted_on``: the date of the advice; ``advice``: what was
    advised. The check counts it for ``conflict_advice_valid_days`` after ``consulted_on``.
    """

    id: int | None = None
    person_id: int | None = None
    reasoning: str = field(default="", repr=False)
    consulted: str = "aandachtsfunctionaris"
    consulted_on: date | None = None
    advice: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        _check_choice(self.consulted, CONSULTED_ROLES, "geraadpleegde")


@dataclass
class VitalInterestRecord:
    """A vital interest recorded for one young person (AVG art. 9(2)(c); UAVG art. 22(2)(b)).

    ``reason``: the danger; ``consent_impossible``: why the young person cannot consent now
    (physically or legally unable, or unreachable in time); ``recorded_on``: its date.
    """

    id: int | None = None
    person_id: int | None = None
    reason: str = field(default="", repr=False)
    consent_impossible: str = field(default="", repr=False)
    recorded_on: date | None = None


@dataclass
class RefusalRecord:
    """A recorded refusal to share (legal rules V2-1): by whom, on which date, for which
    purpose (a purpose id of the covenant profile)."""

    id: int | None = None
    person_id: int | None = None
    refused_by: str = "youth"
    refused_on: date | None = None
    purpose: str = ""
    note: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        _check_choice(self.refused_by, CONSENT_BY, "geweigerd door")


@dataclass
class LegalRepresentative:
    """A legal representative of a young person (ouder met gezag, voogd): who gives consent
    with or for a minor. ``has_authority`` is false for a parent without gezag, who is
    informed but does not consent; ``contact`` is optional."""

    id: int | None = None
    person_id: int | None = None
    name: str = field(default="", repr=False)
    relation: str = ""
    has_authority: bool = True
    contact: str = field(default="", repr=False)
