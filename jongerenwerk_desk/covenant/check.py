"""The legal check before anything leaves the notebook (docs/legal-rules.md §2–§4).

``assess(profile, request, today)`` is a pure function: no I/O, no clock, no global state.
The same arguments always give the same ``Assessment`` with findings in a fixed order:
request-level findings (covenant, parties, purpose, recipients, subsidiarity), then per item
in request order, then per subject in order of first appearance among the items. Every rule
is evaluated; all findings are reported, not only the first. Messages name item, subject,
party and category ids only, never a name or free text from the request.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from jongerenwerk_desk.covenant.codes import CODES
from jongerenwerk_desk.covenant.consent import (
    ConsentCheck,
    check_consent,
    required_givers,
    who_nl,
)
from jongerenwerk_desk.covenant.dates import is_older_than, known_age, non_blank_len
from jongerenwerk_desk.covenant.model import (
    GROUP_ONLY_STAGES,
    Assessment,
    Category,
    CovenantProfile,
    Finding,
    Item,
    Purpose,
    ShareRequest,
    Subject,
)


@dataclass
class _Ctx:
    """Per-call state: the inputs plus a cache of consent checks (never shared across calls)."""

    profile: CovenantProfile
    request: ShareRequest
    today: dt.date
    purpose: Purpose | None
    consent_cache: dict[tuple[str, bool], ConsentCheck] = field(default_factory=dict)
    categories: dict[str, Category] = field(default_factory=dict)
    subjects: dict[str, Subject] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.categories = {c.id: c for c in self.profile.categories}
        self.subjects = {}
        for subj in self.request.subjects:  # first one wins, as ShareRequest.subject()
            self.subjects.setdefault(subj.id, subj)

    def finding(self, code: str, message: str, *, subject: str | None = None,
                item: str | None = None) -> Finding:
        severity, basis = CODES[code]
        return Finding(code=code, severity=severity, subject=subject, item=item,
                       message=message, basis=basis)

    def justified(self, text: str | None) -> bool:
        """At least ``min_justification_chars`` non-blank characters."""
        return non_blank_len(text) >= self.profile.min_justification_chars

    @property
    def group_only(self) -> bool:
        """Only group-level data may go out: stage 1/2A or a group-level purpose."""
        return self.request.stage in GROUP_ONLY_STAGES or (
            self.purpose is not None and self.purpose.level == "group")

    @property
    def conflict_recorded(self) -> bool:
        """A conflict of duties with reasoning and consultation, each long enough."""
        cod = self.request.conflict_of_duties
        return cod is not None and self.justified(cod.reasoning) and self.justified(cod.consulted)

    def subject(self, subject_id: str) -> Subject:
        """The request's subject, or an unknown one (no birth date, not informed, no consent)."""
        found = self.subjects.get(subject_id)
        return found or Subject(id=subject_id, birth_date=None, informed=False,
                                parents_informed=False)

    def consent(self, subject_id: str, special: bool) -> ConsentCheck:
        key = (subject_id, special)
        if key not in self.consent_cache:
            self.consent_cache[key] = check_consent(
                self.profile, self.subject(subject_id), self.request.purpose,
                self.request.recipients, self.today, special=special)
        return self.consent_cache[key]

    def is_person_level(self, item: Item) -> bool:
        category = self.categories.get(item.category)
        return item.subject is not None or (category is not None and category.level == "person")


def assess(profile: CovenantProfile, request: ShareRequest,
           today: dt.date | None = None) -> Assessment:
    """Check ``request`` against ``profile`` on ``today`` (default: ``request.today``).

    Returns an Assessment whose outcome is ``blocked`` if any finding blocks,
    ``allowed_with_warnings`` if any warns, else ``allowed``. Raises nothing for any
    well-typed input. Rules and codes: docs/legal-rules.md §3 and §4.
    """
    day = request.today if today is None else today
    ctx = _Ctx(profile=profile, request=request, today=day,
               purpose=profile.purpose(request.purpose))
    findings: list[Finding] = []
    findings += _covenant_findings(ctx)
    findings += _purpose_findings(ctx)
    if any(ctx.is_person_level(i) for i in request.items) \
            and not ctx.justified(request.subsidiarity):
        findings.append(ctx.finding(
            "SUBSIDIARITY_MISSING",
            "Er gaan gegevens over personen mee, maar er staat niet (genoeg) bij waarom een "
            "lichter middel (groepsniveau, anoniem of niet delen) niet volstaat "
            f"(minstens {profile.min_justification_chars} tekens, spaties niet meegeteld)."))
    for item in request.items:
        findings += _item_findings(ctx, item)
    shared = dict.fromkeys(i.subject for i in request.items if i.subject is not None)
    for subject_id in shared:  # in order of first appearance
        findings += _subject_findings(ctx, ctx.subject(subject_id))
    return Assessment.from_findings(findings)


def _covenant_findings(ctx: _Ctx) -> list[Finding]:
    """COVENANT_INACTIVE, OWN_PARTY_NOT_SIGNATORY, RECIPIENT_NOT_SIGNATORY."""
    p, req, out = ctx.profile, ctx.request, []
    if ctx.today < p.valid_from or (p.valid_until is not None and ctx.today > p.valid_until):
        until = p.valid_until.isoformat() if p.valid_until else "onbepaald"
        out.append(ctx.finding(
            "COVENANT_INACTIVE",
            f"Het convenant {p.id} (versie {p.version}) geldt van {p.valid_from.isoformat()} "
            f"tot en met {until}; op {ctx.today.isoformat()} is het niet van kracht."))
    own = p.party(req.own_party)
    if own is None or not own.has_signed_by(ctx.today):
        why = ("is geen partij bij dit convenant" if own is None
               else "heeft het convenant (nog) niet ondertekend")
        out.append(ctx.finding(
            "OWN_PARTY_NOT_SIGNATORY",
            f"Uw eigen organisatie {_party(p, req.own_party)} {why} op "
            f"{ctx.today.isoformat()}. "
            "Leg de ondertekening vast of laat de privacyfunctionaris het lokale convenant "
            "importeren."))
    for recipient in req.recipients:
        party = p.party(recipient)
        if party is None or not party.has_signed_by(ctx.today):
            why = ("is geen partij bij dit convenant" if party is None
                   else "heeft het convenant (nog) niet ondertekend")
            out.append(ctx.finding(
                "RECIPIENT_NOT_SIGNATORY",
                f"Ontvanger {_party(p, recipient)} {why} op {ctx.today.isoformat()} en mag "
                "onder dit "
                "convenant niets ontvangen."))
    return out


def _party(profile, party_id: str) -> str:
    """``'Naam van de partij' (id)`` for a party of the profile; the bare id if unknown.

    Party names are organisations from the covenant profile, never client data."""
    party = profile.party(party_id)
    return f"'{party.name}' ({party_id})" if party is not None else party_id


def _parties(profile, party_ids) -> str:
    """Comma-separated :func:`_party` texts; ``geen van de partijen`` for none."""
    return ", ".join(_party(profile, p) for p in party_ids) or "geen van de partijen"


def _purpose(purpose) -> str:
    """``'Titel van het doel' (id)`` for a purpose of the profile."""
    return f"'{purpose.title}' ({purpose.id})"


def _category(category) -> str:
    """``'Titel van de categorie' (id)``."""
    return f"'{category.title}' ({category.id})"


def _purpose_findings(ctx: _Ctx) -> list[Finding]:
    """PURPOSE_UNKNOWN, PURPOSE_STAGE_MISMATCH, RECIPIENT_NOT_FOR_PURPOSE."""
    req, purpose = ctx.request, ctx.purpose
    if purpose is None:
        return [ctx.finding("PURPOSE_UNKNOWN",
                            f"Het doel {req.purpose} staat niet in het convenant "
                            f"{ctx.profile.id}; delen kan alleen voor een doel van het "
                            "convenant.")]
    out = []
    if req.stage not in purpose.stages:
        out.append(ctx.finding(
            "PURPOSE_STAGE_MISMATCH",
            f"Het doel {_purpose(purpose)} geldt in stap {', '.join(purpose.stages)} van het "
            f"7-stappenmodel, niet in stap {req.stage}."))
    for recipient in req.recipients:
        if recipient not in purpose.recipients:
            out.append(ctx.finding(
                "RECIPIENT_NOT_FOR_PURPOSE",
                f"Ontvanger {_party(ctx.profile, recipient)} hoort niet bij het doel "
                f"{_purpose(purpose)} (ontvangers bij dit doel: "
                f"{_parties(ctx.profile, purpose.recipients)})."))
    return out


def _item_findings(ctx: _Ctx, item: Item) -> list[Finding]:
    """All findings about one item, in the order of docs/legal-rules.md §3 then §4."""
    category = ctx.categories.get(item.category)
    out = _scope_findings(ctx, item, category)
    out += _ground_findings(ctx, item, category)
    out += _time_findings(ctx, item)
    out += _quality_findings(ctx, item, category)
    return out


def _scope_findings(ctx: _Ctx, item: Item, category: Category | None) -> list[Finding]:
    """PERSONAL_DATA_AT_GROUP_STAGE, CATEGORY_NOT_ALLOWED, CRIMINAL_DATA, INFORMANT,
    NECESSITY_MISSING."""
    out, subj = [], item.subject
    person_level = ctx.is_person_level(item)
    if person_level and ctx.group_only:
        where = (f"in stap {ctx.request.stage}" if ctx.request.stage in GROUP_ONLY_STAGES
                 else f"voor het groepsdoel {_purpose(ctx.purpose)}")
        out.append(ctx.finding(
            "PERSONAL_DATA_AT_GROUP_STAGE",
            f"Onderdeel {item.id} gaat over een persoon, maar {where} worden alleen "
            "groepsgegevens gedeeld: geen namenlijst vóór stap 2B.", subject=subj, item=item.id))
    if category is None:
        out.append(ctx.finding(
            "CATEGORY_NOT_ALLOWED",
            f"Onderdeel {item.id} heeft categorie {item.category}, die niet in het convenant "
            "staat.", subject=subj, item=item.id))
    elif ctx.purpose is not None and category.id not in ctx.purpose.categories:
        out.append(ctx.finding(
            "CATEGORY_NOT_ALLOWED",
            f"Onderdeel {item.id} valt onder categorie {_category(category)}, die niet bij "
            f"het doel {_purpose(ctx.purpose)} hoort.", subject=subj, item=item.id))
    if category is not None and category.kind == "criminal" \
            and ctx.request.own_party not in ctx.profile.criminal_data_shared_by:
        out.append(ctx.finding(
            "CRIMINAL_DATA",
            f"Onderdeel {item.id} bevat strafrechtelijke gegevens (categorie "
            f"{_category(category)}); die mag {_party(ctx.profile, ctx.request.own_party)} "
            "onder dit convenant niet verstrekken (dat doen "
            f"{_parties(ctx.profile, ctx.profile.criminal_data_shared_by)}).",
            subject=subj, item=item.id))
    if item.names_informant:
        out.append(ctx.finding(
            "INFORMANT_IDENTIFIABLE",
            f"Onderdeel {item.id} maakt herkenbaar van wie de informatie komt. Haal de "
            "informant eruit.", subject=subj, item=item.id))
    if person_level and not ctx.justified(item.necessity):
        out.append(ctx.finding(
            "NECESSITY_MISSING",
            f"Bij onderdeel {item.id} staat niet (genoeg) waarom dit gegeven nodig is voor het "
            f"doel (minstens {ctx.profile.min_justification_chars} tekens, spaties niet "
            "meegeteld).",
            subject=subj, item=item.id))
    return out


def _ground_findings(ctx: _Ctx, item: Item, category: Category | None) -> list[Finding]:
    """CONFIDENCE_WITHOUT_GROUND / CONFLICT_OF_DUTIES_USED, SPECIAL_CATEGORY(_EXCEPTION), and
    CONSENT_INVALID beside a block when the subject's consents on file do not count.

    CONSENT_INVALID uses validity as defined in §3 (purpose, recipients, dates, right person);
    a valid consent that is not explicit for special data is explained in SPECIAL_CATEGORY.
    """
    subj = item.subject
    general = ctx.consent(subj, False) if subj is not None else None
    out = _confidence_findings(ctx, item, general)
    if category is not None and category.kind == "special":
        out += _special_findings(ctx, item, category, general)
    needs_consent = any(f.code in ("CONFIDENCE_WITHOUT_GROUND", "SPECIAL_CATEGORY") for f in out)
    if needs_consent and general is not None and not general.valid and general.reasons:
        out.append(ctx.finding(
            "CONSENT_INVALID",
            f"De toestemming van betrokkene {subj} telt niet voor onderdeel {item.id}: "
            + "; ".join(general.reasons) + ".", subject=subj, item=item.id))
    return out


def _confidence_findings(ctx: _Ctx, item: Item, general: ConsentCheck | None) -> list[Finding]:
    """A confidential item passes on a valid consent of its subject or a recorded conflict
    of duties (beroepscode; conflict van plichten)."""
    subj = item.subject
    if not item.confidential or (general is not None and general.valid):
        return []
    if ctx.conflict_recorded:
        return [ctx.finding(
            "CONFLICT_OF_DUTIES_USED",
            f"Onderdeel {item.id} is in vertrouwen verteld en gaat mee op grond van het "
            "vastgelegde conflict van plichten.", subject=subj, item=item.id)]
    whose = "van de betrokkene" if subj else "(groepsgegeven: geen toestemming mogelijk)"
    return [ctx.finding(
        "CONFIDENCE_WITHOUT_GROUND",
        f"Onderdeel {item.id} is in vertrouwen verteld. Er is geen geldige toestemming {whose}"
        " en geen vastgelegd conflict van plichten met afweging en wie is geraadpleegd.",
        subject=subj, item=item.id)]


def _special_findings(ctx: _Ctx, item: Item, category: Category,
                      general: ConsentCheck | None) -> list[Finding]:
    """AVG art. 9: explicit consent (lid 2 onder a) or a vital interest (lid 2 onder c)."""
    subj = item.subject
    explicit = ctx.consent(subj, True) if subj is not None else None
    if explicit is not None and explicit.valid:
        return [ctx.finding(
            "SPECIAL_CATEGORY_EXCEPTION",
            f"Onderdeel {item.id} is een bijzonder gegeven (categorie "
            f"{_category(category)}) en gaat mee op "
            "uitdrukkelijke toestemming.", subject=subj, item=item.id)]
    if non_blank_len(item.vital_interest) > 0:
        return [ctx.finding(
            "SPECIAL_CATEGORY_EXCEPTION",
            f"Onderdeel {item.id} is een bijzonder gegeven (categorie "
            f"{_category(category)}) en gaat mee op "
            "grond van een vitaal belang.", subject=subj, item=item.id)]
    note = (" De toestemming op dossier is niet uitdrukkelijk gegeven voor bijzondere "
            "gegevens." if general is not None and general.valid else "")
    return [ctx.finding(
        "SPECIAL_CATEGORY",
        f"Onderdeel {item.id} is een bijzonder gegeven (categorie "
        f"{_category(category)}) zonder geldige uitdrukkelijke toestemming en zonder "
        f"vitaal belang.{note}",
        subject=subj, item=item.id)]


def _time_findings(ctx: _Ctx, item: Item) -> list[Finding]:
    """RETENTION_EXPIRED, else STALE_ITEM (calendar months, strictly before)."""
    p, day = ctx.profile, item.recorded_on.isoformat()
    if is_older_than(item.recorded_on, ctx.today, p.retention_months):
        return [ctx.finding(
            "RETENTION_EXPIRED",
            f"Onderdeel {item.id} is vastgelegd op {day}, meer dan {p.retention_months} "
            "maanden geleden: de bewaartermijn is voorbij. Delen mag niet; verwijder het.",
            subject=item.subject, item=item.id)]
    if is_older_than(item.recorded_on, ctx.today, p.stale_after_months):
        return [ctx.finding(
            "STALE_ITEM",
            f"Onderdeel {item.id} is vastgelegd op {day}, meer dan {p.stale_after_months} "
            "maanden geleden: controleer of het nog klopt.", subject=item.subject, item=item.id)]
    return []


def _quality_findings(ctx: _Ctx, item: Item, category: Category | None) -> list[Finding]:
    """UNVERIFIED_IMPRESSION, FREE_TEXT, PERSONAL_CIRCUMSTANCES."""
    out, subj = [], item.subject
    if not item.verified:
        out.append(ctx.finding(
            "UNVERIFIED_IMPRESSION",
            f"Onderdeel {item.id} is een indruk, geen vastgesteld feit: de samenvatting "
            "noemt het een indruk.", subject=subj, item=item.id))
    if item.free_text:
        out.append(ctx.finding(
            "FREE_TEXT",
            f"Onderdeel {item.id} bevat vrije tekst: lees die na op namen van anderen en "
            "gegevens die niet nodig zijn.", subject=subj, item=item.id))
    if category is not None and category.personal_circumstances:
        out.append(ctx.finding(
            "PERSONAL_CIRCUMSTANCES",
            f"Onderdeel {item.id} gaat over persoonlijke omstandigheden: deel alleen wat de "
            "partners al weten.", subject=subj, item=item.id))
    return out


def _subject_findings(ctx: _Ctx, subject: Subject) -> list[Finding]:
    """AGE_UNKNOWN, MINOR, SUBJECT_NOT_INFORMED or INFORM_EXCEPTION_USED for one subject."""
    out, sid, p = [], subject.id, ctx.profile
    age = known_age(subject.birth_date, ctx.today)
    if age is None and subject.birth_date is not None:
        # a birth date after today is a data error: treated as an unknown age (dates.known_age)
        out.append(ctx.finding(
            "AGE_UNKNOWN",
            f"Van betrokkene {sid} ligt de geboortedatum na de datum van delen; dat kan niet "
            "kloppen, dus geldt de leeftijd als onbekend: de jongere en de ouders moeten "
            "toestemming geven en geïnformeerd worden. Verbeter de geboortedatum.",
            subject=sid))
    elif age is None:
        out.append(ctx.finding(
            "AGE_UNKNOWN",
            f"Van betrokkene {sid} is de geboortedatum onbekend: dan moeten de jongere en de "
            "ouders toestemming geven en geïnformeerd worden.", subject=sid))
    elif age < 18:
        out.append(ctx.finding(
            "MINOR", f"Betrokkene {sid} is minderjarig ({age} jaar).", subject=sid))
    needs_parents = age is None or age < p.consent_age_youth_alone_from
    missing = [who for who, done in (("de jongere", subject.informed),
                                     ("de ouders", subject.parents_informed or not needs_parents))
               if not done]
    if missing:
        text = " en ".join(missing)
        verb = "is" if missing == ["de jongere"] else "zijn"
        if non_blank_len(subject.inform_exception) > 0:
            out.append(ctx.finding(
                "INFORM_EXCEPTION_USED",
                f"Betrokkene {sid}: {text} {verb} niet "
                "geïnformeerd; daarvoor is een reden vastgelegd.", subject=sid))
        else:
            out.append(ctx.finding(
                "SUBJECT_NOT_INFORMED",
                f"Betrokkene {sid}: {text} {verb} niet "
                f"geïnformeerd over het delen (nodig: "
                f"{who_nl(_inform_needed(needs_parents))}) en er is geen reden voor een "
                "uitzondering vastgelegd.", subject=sid))
    return out


def _inform_needed(needs_parents: bool) -> frozenset[str]:
    return frozenset({"youth", "parents"}) if needs_parents else frozenset({"youth"})


__all__ = ["assess", "required_givers"]
