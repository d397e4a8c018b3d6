"""Types of the covenant check: the profile, the share request, findings and the assessment.

All types are frozen dataclasses holding plain values (``str``, ``bool``, ``int``,
``datetime.date``, tuples), so they are hashable, comparable and safe to pass between threads.
Field names follow ``docs/legal-rules.md`` section 1 exactly. Nothing here imports Qt or the
database.

Legal background: Modelconvenant jeugdgroepaanpak (JenV/politie/OM/VNG, October 2022), the
7-stappenmodel (werkproces 2023), AVG art. 5, 6, 8, 9, 10, 13/14, 26, UAVG art. 22 and 33.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# --- vocabularies (docs/legal-rules.md section 1) -------------------------------------------------

#: The 7-stappenmodel steps, in order.
STAGES: tuple[str, ...] = ("1", "2A", "2B", "3", "4", "5", "6", "7")
#: Stages where only group-level data may be shared (no name list before step 2B).
GROUP_ONLY_STAGES: frozenset[str] = frozenset({"1", "2A"})
#: Party roles in a covenant; any other role is written as ``overig``.
PARTY_ROLES: tuple[str, ...] = ("gemeente", "politie", "om", "jongerenwerk", "overig")
LEVELS: tuple[str, ...] = ("group", "person")
#: ``special`` = AVG art. 9 data; ``criminal`` = AVG art. 10 data.
CATEGORY_KINDS: tuple[str, ...] = ("ordinary", "special", "criminal")
SOURCES: tuple[str, ...] = ("own_observation", "young_person", "third_party", "partner")
CONSENT_BY: tuple[str, ...] = ("youth", "parents", "youth+parents")
#: Kinds of purpose (V2-9): an ordinary disclosure, or a correction to earlier recipients.
PURPOSE_KINDS: tuple[str, ...] = ("share", "correction")
#: Roles that may be consulted for a conflict of duties (V2-2).
CONSULTED_ROLES: tuple[str, ...] = ("aandachtsfunctionaris", "leidinggevende", "fg",
                                    "veilig-thuis", "collega")
#: Kinds the text screener can find in an item's text (V2-7b).
SCREENING_KINDS: tuple[str, ...] = ("health", "criminal")
#: The only scope of a confider's consent that counts (V2-10).
CONFIDER_SCOPE = "anonymous-group-level"

SEVERITY_BLOCK = "block"
SEVERITY_WARN = "warn"
SEVERITY_INFO = "info"
SEVERITIES: tuple[str, ...] = (SEVERITY_BLOCK, SEVERITY_WARN, SEVERITY_INFO)

OUTCOME_ALLOWED = "allowed"
OUTCOME_WARNINGS = "allowed_with_warnings"
OUTCOME_BLOCKED = "blocked"


class ProfileError(Exception):
    """A covenant profile could not be loaded; ``problems`` lists every problem in Dutch.

    Each problem names the TOML key it concerns (e.g. ``purposes[2].recipients[0]``). The
    ``str()`` of the exception holds the problems (they contain no client data: a profile is
    an organisation document).
    """

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(self.problems) or "ongeldig convenantprofiel")


class RequestError(Exception):
    """A share request (JSON) is malformed; ``problems`` lists every problem in Dutch.

    Problems name the field path (e.g. ``items[3].recorded_on``) and never echo free text
    from the request, so no client data ends up in logs or on the console.
    """

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(self.problems) or "ongeldig verzoek")


# --- covenant profile ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Party:
    """A party to the covenant. ``signed_on`` is None while the party has not signed.

    A signature recorded by the organisation also names the signed document
    (``signed_document``, e.g. a file or archive reference), who recorded it
    (``signature_recorded_by``) and when (``signature_recorded_at``, aware UTC); all None for
    a signature that came with an imported local profile.
    """

    id: str
    name: str
    role: str
    signed_on: dt.date | None = None
    signed_document: str | None = None
    signature_recorded_by: str | None = None
    signature_recorded_at: dt.datetime | None = None

    def signature_text(self) -> str:
        """Dutch one-line account of the signature, e.g. ``'Politie' ondertekend op
        2024-03-19 (document: ..., vastgelegd door ... op ...)``; 'niet ondertekend'."""
        if self.signed_on is None:
            return f"'{self.name}' niet ondertekend"
        extra = []
        if self.signed_document:
            extra.append(f"document: {self.signed_document}")
        if self.signature_recorded_by:
            when = (f" op {self.signature_recorded_at.strftime('%Y-%m-%d %H:%M')} UTC"
                    if self.signature_recorded_at else "")
            extra.append(f"vastgelegd door {self.signature_recorded_by}{when}")
        return (f"'{self.name}' ondertekend op {self.signed_on.isoformat()}"
                + (f" ({'; '.join(extra)})" if extra else ""))

    def has_signed_by(self, day: dt.date) -> bool:
        """True when the party signed on or before ``day``."""
        return self.signed_on is not None and self.signed_on <= day


@dataclass(frozen=True)
class Purpose:
    """A purpose of the covenant: in which steps, at which level, to whom, which categories."""

    id: str
    title: str
    stages: tuple[str, ...]
    level: str
    recipients: tuple[str, ...]
    categories: tuple[str, ...]
    kind: str = "share"

    @property
    def is_correction(self) -> bool:
        """True for a purpose of kind ``correction`` (AVG art. 16, 17 and 19): usable at
        every step, each item must name the earlier disclosure it corrects."""
        return self.kind == "correction"


@dataclass(frozen=True)
class Category:
    """A data category. ``kind``: ordinary, special (AVG art. 9) or criminal (AVG art. 10).

    ``personal_circumstances`` marks the category that step 3 of the werkproces limits to
    what partners already know (warning ``PERSONAL_CIRCUMSTANCES``); optional in TOML, by
    default true only for the id ``persoonlijke-omstandigheden``.
    """

    id: str
    title: str
    level: str
    kind: str
    personal_circumstances: bool = False


@dataclass(frozen=True)
class InformExceptionGround:
    """An interest for which informing the data subject may be postponed (V2-5).

    ``basis`` names the article, e.g. ``UAVG art. 41 lid 1 onder d``."""

    id: str
    title: str
    basis: str


@dataclass(frozen=True)
class Route:
    """A way to act outside the overleg (V2-3), e.g. Veilig Thuis (Wmo 2015 art. 5.2.6).

    ``when``: in which situation; ``basis``: the article or guideline it rests on."""

    id: str
    title: str
    when: str
    basis: str


#: The model profile's informing-exception grounds; used by a profile that has none.
DEFAULT_INFORM_EXCEPTION_GROUNDS: tuple[InformExceptionGround, ...] = (
    InformExceptionGround(
        "voorkomen-opsporing", "Voorkomen, onderzoeken en opsporen van strafbare feiten",
        "UAVG art. 41 lid 1 onder d (AVG art. 23 lid 1 onder d)"),
    InformExceptionGround(
        "bescherming-betrokkene", "Bescherming van de jongere zelf",
        "UAVG art. 41 lid 1 onder i (AVG art. 23 lid 1 onder i)"),
    InformExceptionGround(
        "rechten-anderen", "Bescherming van de rechten en vrijheden van anderen",
        "UAVG art. 41 lid 1 onder i (AVG art. 23 lid 1 onder i)"),
)

#: The model profile's routes outside the overleg; used by a profile that has none.
DEFAULT_ROUTES: tuple[Route, ...] = (
    Route("veilig-thuis", "Veilig Thuis (advies of melding)",
          "Vermoeden van huiselijk geweld of kindermishandeling, ook als de jongere zelf het "
          "slachtoffer is: doorloop de meldcode.",
          "Wmo 2015 art. 5.2.6 (meldrecht, ook zonder toestemming); Besluit verplichte "
          "meldcode huiselijk geweld en kindermishandeling"),
    Route("112", "112",
          "Acuut gevaar voor het leven of de gezondheid van de jongere of van een ander.",
          "AVG art. 6 lid 1 onder d en art. 9 lid 2 onder c; UAVG art. 22 lid 2 onder b "
          "(vitaal belang)"),
    Route("zorgmelding-pga",
          "Zorgmelding of toeleiding naar de persoonsgerichte aanpak (PGA)",
          "Zorgen over een individuele jongere waarvoor geen namenlijst nodig is.",
          "Werkproces aanpak problematische jeugdgroepen (2023), stap 2A"),
    Route("aandachtsfunctionaris", "Aandachtsfunctionaris van de eigen organisatie",
          "Twijfel over het beroepsgeheim, een conflict van plichten of de meldcode: vraag "
          "eerst advies.",
          "Meldcode huiselijk geweld en kindermishandeling, stap 2 (collegiale consultatie); "
          "Beroepscode voor professionals in het sociaal werk (BPSW)"),
)


@dataclass(frozen=True)
class CovenantProfile:
    """A covenant text encoded as data (schema: docs/legal-rules.md section 1).

    Dates are ``datetime.date``; ``valid_until`` None means open-ended. Months are calendar
    months; ``min_justification_chars`` counts non-blank characters. ``approved_by`` and
    ``approved_at`` (aware UTC) name who approved this version for use and when (None for
    the built-in profiles and a profile not yet approved).
    """

    id: str
    title: str
    version: str
    valid_from: dt.date
    valid_until: dt.date | None
    parties: tuple[Party, ...]
    purposes: tuple[Purpose, ...]
    categories: tuple[Category, ...]
    criminal_data_shared_by: tuple[str, ...]
    retention_months: int = 24
    stale_after_months: int = 6
    consent_age_parents_only_below: int = 12
    consent_age_youth_alone_from: int = 16
    min_justification_chars: int = 10
    based_on: str | None = None
    privacy_contact: str | None = None
    min_justification_words: int = 3
    min_group_size: int = 5
    conflict_advice_valid_days: int = 30
    inform_exception_grounds: tuple[InformExceptionGround, ...] = \
        DEFAULT_INFORM_EXCEPTION_GROUNDS
    routes: tuple[Route, ...] = DEFAULT_ROUTES
    approved_by: str | None = None
    approved_at: dt.datetime | None = None

    def party(self, party_id: str) -> Party | None:
        """The party with this id, or None."""
        return next((p for p in self.parties if p.id == party_id), None)

    def purpose(self, purpose_id: str) -> Purpose | None:
        """The purpose with this id, or None."""
        return next((p for p in self.purposes if p.id == purpose_id), None)

    def category(self, category_id: str) -> Category | None:
        """The category with this id, or None."""
        return next((c for c in self.categories if c.id == category_id), None)

    def inform_exception_ground(self, ground_id: str) -> InformExceptionGround | None:
        """The informing-exception ground with this id, or None."""
        return next((g for g in self.inform_exception_grounds if g.id == ground_id), None)

    def unsigned_parties(self) -> tuple[Party, ...]:
        """Parties without a signature date (the model covenant: all of them)."""
        return tuple(p for p in self.parties if p.signed_on is None)


# --- share request ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestConsent:
    """A consent on file for a subject.

    ``by``: ``youth``, ``parents`` or ``youth+parents``; ``recipients``: party ids;
    ``explicit_special``: explicit consent for AVG art. 9 data (art. 9 lid 2 onder a).
    """

    by: str
    given_on: dt.date
    purpose: str
    recipients: tuple[str, ...]
    withdrawn_on: dt.date | None = None
    explicit_special: bool = False
    categories: tuple[str, ...] | None = None

    def covers_category(self, category_id: str) -> bool:
        """V2-4: ``categories`` None covers every category of the purpose."""
        return self.categories is None or category_id in self.categories


@dataclass(frozen=True)
class Refusal:
    """A recorded refusal to share (V2-1): ``by`` as a consent's ``by``, ``on`` the date."""

    by: str
    on: dt.date
    purpose: str


@dataclass(frozen=True)
class InformException:
    """Why informing the data subject was postponed (V2-5; AVG art. 14 lid 5, art. 23,
    UAVG art. 41). ``ground`` is an id of the profile's ``inform_exception_grounds``."""

    ground: str | None
    reason: str
    decided_on: dt.date | None = None
    review_on: dt.date | None = None


@dataclass(frozen=True)
class ConflictOfDuties:
    """A recorded conflict of duties (beroepscode; V2-2).

    ``reasoning``: why the duty to protect outweighs the secret, for this young person;
    ``consulted``: the role consulted (one of ``CONSULTED_ROLES``); ``consulted_on``: the date
    of the advice; ``advice``: what the consulted person advised. The version-1 shape had only
    ``reasoning`` and ``consulted`` (free text); such a record is never valid under version 2.
    """

    reasoning: str
    consulted: str
    consulted_on: dt.date | None = None
    advice: str = ""


@dataclass(frozen=True)
class Subject:
    """A young person some items are about. ``birth_date`` None = unknown (both must consent).

    ``inform_exception``: None, a bare reason (version-1 shape; counts as no exception) or an
    ``InformException``. ``refusals``: recorded refusals (V2-1). ``conflict_of_duties``: the
    conflict of duties recorded for this young person (V2-2).
    """

    id: str
    birth_date: dt.date | None
    informed: bool
    parents_informed: bool
    inform_exception: str | InformException | None = None
    consents: tuple[RequestConsent, ...] = ()
    refusals: tuple[Refusal, ...] = ()
    conflict_of_duties: ConflictOfDuties | None = None


@dataclass(frozen=True)
class VitalInterest:
    """A vital interest claimed for a special item (AVG art. 9 lid 2 onder c; UAVG art. 22
    lid 2 onder b): ``reason`` and ``consent_impossible`` (why the subject cannot consent now:
    physically or legally unable, or unreachable in time)."""

    reason: str | None
    consent_impossible: str | None = None


@dataclass(frozen=True)
class ConfiderConsent:
    """The confider's consent to pass on a group-level confidence (V2-10): ``given_on`` and
    ``scope`` (only ``anonymous-group-level`` counts)."""

    given_on: dt.date
    scope: str


@dataclass(frozen=True)
class EarlierDisclosure:
    """An earlier disclosure from the register that an item corrects (V2-9; AVG art. 19)."""

    id: str
    date: dt.date
    recipients: tuple[str, ...]
    subjects: tuple[str, ...]


@dataclass(frozen=True)
class Item:
    """One piece of information proposed for sharing. ``subject`` None = group level."""

    id: str
    subject: str | None
    category: str
    source: str
    confidential: bool
    recorded_on: dt.date
    necessity: str
    verified: bool
    free_text: bool
    names_informant: bool
    vital_interest: str | VitalInterest | None = None
    confider_consent: ConfiderConsent | None = None
    corrects: str | None = None
    screening: tuple[str, ...] = ()
    screening_confirmed: bool = False


@dataclass(frozen=True)
class ShareRequest:
    """What the youth worker proposes to share (docs/legal-rules.md section 1)."""

    today: dt.date
    own_party: str
    recipients: tuple[str, ...]
    stage: str
    purpose: str
    subsidiarity: str
    subjects: tuple[Subject, ...]
    items: tuple[Item, ...]
    conflict_of_duties: ConflictOfDuties | None = None
    group_size: int | None = None
    earlier_disclosures: tuple[EarlierDisclosure, ...] = ()

    def subject(self, subject_id: str) -> Subject | None:
        """The subject with this id, or None."""
        return next((s for s in self.subjects if s.id == subject_id), None)


# --- result -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One result of the check: code, severity (block/warn/info), subject and item ids or None,
    a plain Dutch message naming ids (never names), and the basis (article or clause).

    ``caused_by`` is None for a root cause, or the code of the finding this one follows
    from: that finding concerns the same item (or, for a request-level finding, the first
    item it names) and stands earlier in the list, directly followed by the findings it
    caused. A user interface shows them grouped under it.
    """

    code: str
    severity: str
    subject: str | None
    item: str | None
    message: str
    basis: str
    caused_by: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        """JSON shape of the ``assess`` contract (docs/legal-rules.md), plus ``caused_by``."""
        return {"code": self.code, "severity": self.severity, "subject": self.subject,
                "item": self.item, "message": self.message, "basis": self.basis,
                "caused_by": self.caused_by}


@dataclass(frozen=True)
class Assessment:
    """The verdict: ``outcome`` is blocked / allowed_with_warnings / allowed (section 2)."""

    outcome: str
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    @classmethod
    def from_findings(cls, findings: list[Finding] | tuple[Finding, ...]) -> Assessment:
        """Derive the outcome: any block -> blocked; else any warn -> with warnings."""
        severities = {f.severity for f in findings}
        if SEVERITY_BLOCK in severities:
            outcome = OUTCOME_BLOCKED
        elif SEVERITY_WARN in severities:
            outcome = OUTCOME_WARNINGS
        else:
            outcome = OUTCOME_ALLOWED
        return cls(outcome=outcome, findings=tuple(findings))

    @property
    def blocked(self) -> bool:
        """True when the request may not be exported."""
        return self.outcome == OUTCOME_BLOCKED

    @property
    def codes(self) -> tuple[str, ...]:
        """The finding codes in order (with repeats)."""
        return tuple(f.code for f in self.findings)

    def by_severity(self, severity: str) -> tuple[Finding, ...]:
        """The findings of one severity, in order."""
        return tuple(f for f in self.findings if f.severity == severity)

    def to_dict(self) -> dict[str, object]:
        """``{"outcome": ..., "findings": [...]}`` exactly as the CLI prints it (section 7)."""
        return {"outcome": self.outcome, "findings": [f.to_dict() for f in self.findings]}
