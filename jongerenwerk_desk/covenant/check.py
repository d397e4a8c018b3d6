"""The legal check before anything leaves the notebook (docs/legal-rules.md §2–§4, version 2).

``assess(profile, request, today)`` is a pure function: no I/O, no clock, no global state.
The same arguments always give the same ``Assessment`` with findings in a fixed order:
request-level findings (covenant, parties, purpose, recipients, subsidiarity, group size),
then per item in request order, then per subject in order of first appearance among the
items, and last the routes outside the overleg when the outcome is blocked. Every rule is
evaluated; all findings are reported, not only the first.

Root causes come first: a finding that follows from another one (``Finding.caused_by``)
stands directly after it. Links: ``PERSONAL_DATA_AT_GROUP_STAGE`` -> the item's
``CATEGORY_NOT_ALLOWED`` (a person-level category under a group-level purpose) and
``NECESSITY_MISSING``, and the request's ``SUBSIDIARITY_MISSING``; ``VITAL_INTEREST_INVALID``
-> ``SPECIAL_CATEGORY``; ``CONSENT_INVALID`` -> ``CONFIDENCE_WITHOUT_GROUND`` and
``SPECIAL_CATEGORY``.

Messages name item, subject, party, category, purpose and route ids and titles from the
profile and the profile's numbers, never a name or free text from the request.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from jongerenwerk_desk.covenant.codes import CODES, basis_text
from jongerenwerk_desk.covenant.consent import (
    ConsentCheck,
    check_consent,
    consent_defects,
    required_givers,
    who_nl,
)
from jongerenwerk_desk.covenant.dates import known_age, months_before, passes_justification
from jongerenwerk_desk.covenant.model import (
    CONFIDER_SCOPE,
    CONSULTED_ROLES,
    GROUP_ONLY_STAGES,
    SEVERITY_BLOCK,
    SEVERITY_WARN,
    Assessment,
    Category,
    ConflictOfDuties,
    CovenantProfile,
    Finding,
    InformException,
    Item,
    Purpose,
    ShareRequest,
    Subject,
    VitalInterest,
)

_YOUTH = "youth"


@dataclass
class _Ctx:
    """Per-call state: the inputs plus a cache of consent checks (never shared across calls)."""

    profile: CovenantProfile
    request: ShareRequest
    today: dt.date
    purpose: Purpose | None
    consent_cache: dict[tuple[str, str, bool], ConsentCheck] = field(default_factory=dict)
    categories: dict[str, Category] = field(default_factory=dict)
    subjects: dict[str, Subject] = field(default_factory=dict)
    bases: dict[str, str] = field(default_factory=dict)
    justified_cache: dict[str | None, bool] = field(default_factory=dict)
    limits: dict[int, dt.date] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.categories = {c.id: c for c in self.profile.categories}
        self.subjects = {}
        for subj in self.request.subjects:  # first one wins, as ShareRequest.subject()
            self.subjects.setdefault(subj.id, subj)

    def finding(self, code: str, message: str, *, subject: str | None = None,
                item: str | None = None, caused_by: str | None = None,
                severity: str | None = None, basis: str | None = None) -> Finding:
        """A finding of ``code``; severity and basis from ``codes.CODES`` unless given."""
        if basis is None:
            basis = self.bases.get(code)
            if basis is None:
                p = self.profile
                basis = self.bases[code] = basis_text(code, p.consent_age_parents_only_below,
                                                      p.consent_age_youth_alone_from)
        return Finding(code=code, severity=severity or CODES[code][0], subject=subject,
                       item=item, message=message, basis=basis, caused_by=caused_by)

    def justified(self, text: str | None) -> bool:
        """The justification test (V2-6) with the profile's minimums (cached per text)."""
        found = self.justified_cache.get(text)
        if found is None:
            found = self.justified_cache[text] = passes_justification(
                text, self.profile.min_justification_chars,
                self.profile.min_justification_words)
        return found

    def older_than(self, day: dt.date, months: int) -> bool:
        """``dates.is_older_than(day, today, months)`` with the limit computed once."""
        limit = self.limits.get(months)
        if limit is None:
            try:
                limit = self.limits[months] = months_before(self.today, months)
            except ValueError:  # a limit before year 1: nothing can be older
                limit = self.limits[months] = dt.date.min
        return day < limit

    @property
    def test_hint(self) -> str:
        """The justification test in words, with the profile's numbers."""
        p = self.profile
        return (f"minstens {p.min_justification_chars} tekens (spaties niet meegeteld) en "
                f"{p.min_justification_words} verschillende woorden van drie of meer letters")

    @property
    def correction(self) -> bool:
        """The purpose is a correction to earlier recipients (V2-9)."""
        return self.purpose is not None and self.purpose.is_correction

    @property
    def group_only(self) -> bool:
        """Only group-level data may go out: stage 1/2A or a group-level purpose, unless the
        purpose is a correction (usable at every step)."""
        if self.correction:
            return False
        return self.request.stage in GROUP_ONLY_STAGES or (
            self.purpose is not None and self.purpose.level == "group")

    def subject(self, subject_id: str) -> Subject:
        """The request's subject, or an unknown one (no birth date, not informed, no consent)."""
        found = self.subjects.get(subject_id)
        return found or Subject(id=subject_id, birth_date=None, informed=False,
                                parents_informed=False)

    def consent(self, subject_id: str, category: str, special: bool) -> ConsentCheck:
        """Whether the subject's consents on file count for an item of ``category``."""
        key = (subject_id, category, special)
        if key not in self.consent_cache:
            self.consent_cache[key] = check_consent(
                self.profile, self.subject(subject_id), self.request.purpose,
                self.request.recipients, self.today, special=special, category=category)
        return self.consent_cache[key]

    def is_person_level(self, item: Item) -> bool:
        """An item with a subject or a person-level category."""
        category = self.categories.get(item.category)
        return item.subject is not None or (category is not None and category.level == "person")

    def cod_defects(self, cod: ConflictOfDuties) -> list[str]:
        """Why a conflict of duties does not count (V2-2); empty: it is valid."""
        days = self.profile.conflict_advice_valid_days
        out = []
        if not self.justified(cod.reasoning):
            out.append("de afweging voor deze jongere is te kort of te algemeen")
        if cod.consulted not in CONSULTED_ROLES:
            out.append("de geraadpleegde is geen van de rollen " + ", ".join(CONSULTED_ROLES))
        if cod.consulted_on is None:
            out.append("de datum van het advies ontbreekt")
        elif cod.consulted_on > self.today:
            out.append(f"het advies is gedateerd {cod.consulted_on.isoformat()}, na de datum "
                       "van delen")
        elif (self.today - cod.consulted_on).days > days:
            out.append(f"het advies is van {cod.consulted_on.isoformat()}, meer dan {days} "
                       "dagen geleden: vraag opnieuw advies")
        if not self.justified(cod.advice):
            out.append("wat de geraadpleegde adviseerde is niet (genoeg) vastgelegd")
        return out

    def confider_defects(self, item: Item) -> list[str]:
        """Why an item's confider consent does not count (V2-10); empty: valid or absent."""
        cc = item.confider_consent
        if cc is None:
            return []
        out = []
        if cc.given_on > self.today:
            out.append(f"de toestemming van wie het vertelde is pas gegeven op "
                       f"{cc.given_on.isoformat()}, na de datum van delen")
        if cc.scope != CONFIDER_SCOPE:
            out.append("de toestemming van wie het vertelde geldt niet voor anoniem delen op "
                       "groepsniveau")
        return out

    def youth_said_no(self, subject: Subject, category: str) -> dt.date | None:
        """The latest date on or before ``today`` on which the young person refused sharing
        for this purpose, or withdrew a consent for it covering ``category``, with no valid
        consent of the young person given after it (V2-1); None when there is none."""
        purpose, recipients = self.request.purpose, self.request.recipients
        dates = [r.on for r in subject.refusals
                 if _YOUTH in r.by and r.purpose == purpose and r.on <= self.today]
        dates += [c.withdrawn_on for c in subject.consents
                  if c.withdrawn_on is not None and _YOUTH in c.by and c.purpose == purpose
                  and c.covers_category(category) and c.withdrawn_on <= self.today]
        renewed = [c.given_on for c in subject.consents
                   if _YOUTH in c.by and not consent_defects(c, purpose, recipients,
                                                             self.today, False, category)]
        standing = [d for d in dates if not any(g > d for g in renewed)]
        return max(standing) if standing else None


def assess(profile: CovenantProfile, request: ShareRequest,
           today: dt.date | None = None) -> Assessment:
    """Check ``request`` against ``profile`` on ``today`` (default: ``request.today``).

    Returns an Assessment whose outcome is ``blocked`` if any finding blocks,
    ``allowed_with_warnings`` if any warns, else ``allowed``. Raises nothing for any
    well-typed input. Rules and codes: docs/legal-rules.md §3 and §4 (version 2).
    """
    day = request.today if today is None else today
    ctx = _Ctx(profile=profile, request=request, today=day,
               purpose=profile.purpose(request.purpose))
    findings: list[Finding] = []
    findings += _covenant_findings(ctx)
    findings += _purpose_findings(ctx)
    subsidiarity: Finding | None = None
    if any(ctx.is_person_level(i) for i in request.items) \
            and not ctx.justified(request.subsidiarity):
        subsidiarity = ctx.finding(
            "SUBSIDIARITY_MISSING",
            "Er gaan gegevens over personen mee, maar er staat niet (genoeg) bij waarom een "
            "lichter middel (groepsniveau, anoniem of niet delen) niet volstaat "
            f"({ctx.test_hint}).")
        findings.append(subsidiarity)
    findings += _small_group_findings(ctx)
    for item in request.items:
        findings += _item_findings(ctx, item)
    shared = dict.fromkeys(i.subject for i in request.items if i.subject is not None)
    for subject_id in shared:  # in order of first appearance
        findings += _subject_findings(ctx, ctx.subject(subject_id))
    if subsidiarity is not None:
        findings = _under_group_stage(findings, subsidiarity)
    if any(f.severity == SEVERITY_BLOCK for f in findings) \
            and any(_concerns_a_person(ctx, i) for i in request.items):
        findings.append(_routes_finding(ctx))
    return Assessment.from_findings(findings)


def _under_group_stage(findings: list[Finding], subsidiarity: Finding) -> list[Finding]:
    """Move SUBSIDIARITY_MISSING under the first PERSONAL_DATA_AT_GROUP_STAGE (with its
    children), marked as following from it: at steps 1 and 2A no lighter-means text can
    justify personal data, so the step is the root cause."""
    first = next((n for n, f in enumerate(findings)
                  if f.code == "PERSONAL_DATA_AT_GROUP_STAGE"), None)
    if first is None:
        return findings
    rest = [f for f in findings if f is not subsidiarity]
    at = rest.index(findings[first]) + 1
    while at < len(rest) and rest[at].caused_by == "PERSONAL_DATA_AT_GROUP_STAGE" \
            and rest[at].item == findings[first].item:
        at += 1
    return rest[:at] + [replace(subsidiarity, caused_by="PERSONAL_DATA_AT_GROUP_STAGE")] \
        + rest[at:]


def _concerns_a_person(ctx: _Ctx, item: Item) -> bool:
    """ROUTES_OUTSIDE_OVERLEG applies: the item has a subject or a person-level category, or
    is confidential, special or criminal."""
    category = ctx.categories.get(item.category)
    kind = category.kind if category is not None else None
    return ctx.is_person_level(item) or item.confidential or kind in ("special", "criminal")


def _routes_finding(ctx: _Ctx) -> Finding:
    """ROUTES_OUTSIDE_OVERLEG (V2-3): the profile's routes with their basis."""
    routes = ctx.profile.routes
    listed = "; ".join(f"{r.title}: {r.when.rstrip('. ')}" for r in routes)
    return ctx.finding(
        "ROUTES_OUTSIDE_OVERLEG",
        "Dit kan niet via het overleg. Maakt u zich zorgen om een jongere, dan zijn er andere "
        f"wegen. {listed}.",
        basis="; ".join(f"{r.title}: {r.basis}" for r in routes) or CODES[
            "ROUTES_OUTSIDE_OVERLEG"][1])


def _small_group_findings(ctx: _Ctx) -> list[Finding]:
    """SMALL_GROUP (V2-8): a known group size below ``min_group_size`` with group-level
    items (items without a subject) in the request. A warning only."""
    size, minimum = ctx.request.group_size, ctx.profile.min_group_size
    if size is None or size >= minimum or not any(i.subject is None for i in ctx.request.items):
        return []
    return [ctx.finding(
        "SMALL_GROUP",
        f"De groep heeft {size} bekende leden, minder dan {minimum}: de leden zijn te "
        "herkennen, dus ook de groepsgegevens zijn in feite persoonsgegevens. Deel zo weinig "
        "mogelijk en ga na of het echt nodig is.")]


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
                "onder dit convenant niets ontvangen."))
    return out


def _party(profile: CovenantProfile, party_id: str) -> str:
    """``'Naam van de partij' (id)`` for a party of the profile; the bare id if unknown.

    Party names are organisations from the covenant profile, never client data."""
    party = profile.party(party_id)
    return f"'{party.name}' ({party_id})" if party is not None else party_id


def _parties(profile: CovenantProfile, party_ids: Iterable[str]) -> str:
    """Comma-separated :func:`_party` texts; ``geen van de partijen`` for none."""
    return ", ".join(_party(profile, p) for p in party_ids) or "geen van de partijen"


def _purpose(purpose: Purpose | None) -> str:
    """``'Titel van het doel' (id)`` for a purpose of the profile."""
    return f"'{purpose.title}' ({purpose.id})" if purpose is not None else "(onbekend doel)"


def _category(category: Category) -> str:
    """``'Titel van de categorie' (id)``."""
    return f"'{category.title}' ({category.id})"


def _purpose_findings(ctx: _Ctx) -> list[Finding]:
    """PURPOSE_UNKNOWN, PURPOSE_STAGE_MISMATCH (never for a correction), and
    RECIPIENT_NOT_FOR_PURPOSE."""
    req, purpose = ctx.request, ctx.purpose
    if purpose is None:
        return [ctx.finding("PURPOSE_UNKNOWN",
                            f"Het doel {req.purpose} staat niet in het convenant "
                            f"{ctx.profile.id}; delen kan alleen voor een doel van het "
                            "convenant.")]
    out = []
    if req.stage not in purpose.stages and not purpose.is_correction:
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
    """All findings about one item, root causes first with their consequences under them."""
    category = ctx.categories.get(item.category)
    out = _scope_findings(ctx, item, category)
    out += _ground_findings(ctx, item, category)
    out += _time_findings(ctx, item)
    out += _quality_findings(ctx, item, category)
    return _grouped(out)


def _grouped(findings: list[Finding]) -> list[Finding]:
    """Each root finding followed directly by the findings caused by it (same item)."""
    if all(f.caused_by is None for f in findings):
        return findings
    codes = {f.code for f in findings}
    roots = [f for f in findings if f.caused_by is None or f.caused_by not in codes]
    out: list[Finding] = []
    done: set[int] = set()

    def emit(finding: Finding) -> None:
        out.append(finding)
        done.add(id(finding))
        for child in findings:
            if child.caused_by == finding.code and id(child) not in done:
                emit(child)

    for root in roots:
        emit(root)
    return out


def _scope_findings(ctx: _Ctx, item: Item, category: Category | None) -> list[Finding]:
    """PERSONAL_DATA_AT_GROUP_STAGE, CATEGORY_NOT_ALLOWED, CRIMINAL_DATA, PARTNER_DATA,
    CATEGORY_SUSPECTED, CORRECTION_NOT_COVERED, INFORMANT_IDENTIFIABLE, NECESSITY_MISSING."""
    out, subj, p = [], item.subject, ctx.profile
    person_level = ctx.is_person_level(item)
    stage_root = person_level and ctx.group_only
    if stage_root:
        out.append(ctx.finding(
            "PERSONAL_DATA_AT_GROUP_STAGE",
            f"Onderdeel {item.id} gaat over een persoon, maar {_group_only_why(ctx)}: dan "
            "worden alleen groepsgegevens gedeeld, zonder namen.", subject=subj, item=item.id))
    if category is None:
        out.append(ctx.finding(
            "CATEGORY_NOT_ALLOWED",
            f"Onderdeel {item.id} heeft categorie {item.category}, die niet in het convenant "
            "staat.", subject=subj, item=item.id))
    elif ctx.purpose is not None and category.id not in ctx.purpose.categories:
        follows = stage_root and category.level == "person" and ctx.purpose.level == "group"
        out.append(ctx.finding(
            "CATEGORY_NOT_ALLOWED",
            f"Onderdeel {item.id} valt onder categorie {_category(category)}, die niet bij "
            f"het doel {_purpose(ctx.purpose)} hoort.", subject=subj, item=item.id,
            caused_by="PERSONAL_DATA_AT_GROUP_STAGE" if follows else None))
    if category is not None and category.kind == "criminal" \
            and ctx.request.own_party not in p.criminal_data_shared_by:
        out.append(ctx.finding(
            "CRIMINAL_DATA",
            f"Onderdeel {item.id} bevat strafrechtelijke gegevens (categorie "
            f"{_category(category)}). Dit convenant laat alleen "
            f"{_parties(p, p.criminal_data_shared_by)} zulke gegevens via het overleg "
            f"verstrekken, niet {_party(p, ctx.request.own_party)}. Dat is een keuze van het "
            "convenant, geen verbod uit de wet. Maakt u zich zorgen om de veiligheid van een "
            "jongere, kijk dan bij de routes buiten het overleg: "
            f"{', '.join(r.title for r in p.routes)}.",
            subject=subj, item=item.id))
    if item.source == "partner":
        out.append(ctx.finding(
            "PARTNER_DATA",
            f"Onderdeel {item.id} is wat een partner aan het jongerenwerk vertelde. Dat is aan "
            "die partner om te delen; noem het alleen in uw eigen woorden als het uw eigen "
            "waarneming is.", subject=subj, item=item.id))
    out += _suspected_findings(ctx, item, category)
    out += _correction_findings(ctx, item)
    if item.names_informant:
        out.append(ctx.finding(
            "INFORMANT_IDENTIFIABLE",
            f"Onderdeel {item.id} maakt herkenbaar van wie de informatie komt. Haal de "
            "informant eruit.", subject=subj, item=item.id))
    if person_level and not ctx.justified(item.necessity):
        out.append(ctx.finding(
            "NECESSITY_MISSING",
            f"Bij onderdeel {item.id} staat niet (genoeg) waarom dit gegeven nodig is voor het "
            f"doel ({ctx.test_hint}).", subject=subj, item=item.id,
            caused_by="PERSONAL_DATA_AT_GROUP_STAGE" if stage_root else None))
    return out


def _group_only_why(ctx: _Ctx) -> str:
    """Which step and/or purpose level makes the request group-level only (V2-11)."""
    reasons = []
    if ctx.request.stage in GROUP_ONLY_STAGES:
        reasons.append(f"de groep staat in stap {ctx.request.stage} (een namenlijst kan pas "
                       "vanaf stap 2B)")
    if ctx.purpose is not None and ctx.purpose.level == "group":
        reasons.append(f"het doel {_purpose(ctx.purpose)} is een doel op groepsniveau")
    return " en ".join(reasons)


_SCREEN_NL = {"health": "gezondheid of verslaving", "criminal": "strafbare feiten"}


def _suspected_findings(ctx: _Ctx, item: Item, category: Category | None) -> list[Finding]:
    """CATEGORY_SUSPECTED (V2-7b): the screener found health or criminal matters in the text
    while the category is not special or criminal; a block until the worker confirms the
    category, then a warning."""
    kind = category.kind if category is not None else None
    found = [k for k in ("health", "criminal") if k in item.screening
             and kind != ("special" if k == "health" else "criminal")]
    if not found:
        return []
    what = " en ".join(_SCREEN_NL[k] for k in found)
    if item.screening_confirmed:
        return [ctx.finding(
            "CATEGORY_SUSPECTED",
            f"In de tekst van onderdeel {item.id} staan woorden over {what}; u heeft bevestigd "
            f"dat de categorie {item.category} klopt. Lees de tekst nog eens na.",
            subject=item.subject, item=item.id, severity=SEVERITY_WARN)]
    return [ctx.finding(
        "CATEGORY_SUSPECTED",
        f"In de tekst van onderdeel {item.id} staan woorden over {what}, maar de categorie is "
        f"{item.category}. Kies de juiste categorie, haal die woorden weg, of bevestig dat de "
        "categorie klopt.", subject=item.subject, item=item.id)]


def _correction_findings(ctx: _Ctx, item: Item) -> list[Finding]:
    """CORRECTION_NOT_COVERED (V2-9; AVG art. 16, 17, 19)."""
    problems = []
    req, corrects = ctx.request, item.corrects or None
    if corrects is None:
        if ctx.correction:
            problems.append("zegt niet welke eerdere verstrekking het corrigeert")
    else:
        if not ctx.correction:
            problems.append(f"corrigeert eerdere verstrekking {corrects}, maar het doel "
                            f"{_purpose(ctx.purpose) if ctx.purpose else req.purpose} is geen "
                            "correctiedoel")
        if item.subject is None:
            problems.append("noemt geen betrokkene; een correctie gaat over een jongere")
        earlier = next((e for e in req.earlier_disclosures if e.id == corrects), None)
        if earlier is None:
            problems.append(f"de eerdere verstrekking {corrects} staat niet in het register")
        else:
            if earlier.date > ctx.today:
                problems.append(f"de eerdere verstrekking {corrects} is gedateerd "
                                f"{earlier.date.isoformat()}, na de datum van delen")
            if item.subject is not None and item.subject not in earlier.subjects:
                problems.append(f"de eerdere verstrekking {corrects} ging niet over "
                                f"betrokkene {item.subject}")
            missing = [r for r in req.recipients if r not in earlier.recipients]
            if missing:
                problems.append(f"de eerdere verstrekking {corrects} ging niet naar "
                                f"{_parties(ctx.profile, missing)}")
    if not problems:
        return []
    return [ctx.finding(
        "CORRECTION_NOT_COVERED",
        f"Onderdeel {item.id}: " + "; ".join(problems) + ". Een correctie gaat alleen naar wie "
        "het eerdere gegeven kreeg, over wie het ging.", subject=item.subject, item=item.id)]


def _vital_state(ctx: _Ctx, item: Item) -> tuple[str, list[str]]:
    """``("absent" | "valid" | "invalid", reasons)`` for a special item's vital interest.

    Absent: None, a blank string, or an object whose ``reason`` is blank. Invalid: a bare
    string, a ``reason`` or ``consent_impossible`` that fails the justification test, or a
    young person of at least ``consent_age_youth_alone_from`` (or of unknown age) who refused
    or withdrew (AVG art. 9 lid 2 onder c; UAVG art. 22 lid 2 onder b)."""
    vi = item.vital_interest
    if vi is None or (isinstance(vi, str) and not vi.strip()):
        return "absent", []
    if isinstance(vi, str):
        return "invalid", ["er staat alleen een reden, niet waarom de jongere nu geen "
                           "toestemming kan geven"]
    assert isinstance(vi, VitalInterest)
    if vi.reason is None or not vi.reason.strip():
        return "absent", []
    reasons = []
    if not ctx.justified(vi.reason):
        reasons.append(f"de reden is te kort of te algemeen ({ctx.test_hint})")
    if not ctx.justified(vi.consent_impossible):
        reasons.append("er staat niet (genoeg) bij waarom de jongere nu geen toestemming kan "
                       f"geven ({ctx.test_hint})")
    if item.subject is not None:
        subject = ctx.subject(item.subject)
        age = known_age(subject.birth_date, ctx.today)
        alone = ctx.profile.consent_age_youth_alone_from
        if age is None or age >= alone:
            said_no = ctx.youth_said_no(subject, item.category)
            if said_no is not None:
                who = "van onbekende leeftijd" if age is None else f"van {age}"
                reasons.append(
                    f"de jongere ({who}) zei op {said_no.isoformat()} nee tegen delen voor dit "
                    f"doel; een jongere vanaf {alone} jaar die nee zei, kan niet op vitaal "
                    "belang worden gepasseerd")
    return ("invalid" if reasons else "valid"), reasons


def _ground_findings(ctx: _Ctx, item: Item, category: Category | None) -> list[Finding]:
    """VITAL_INTEREST_INVALID, CONSENT_INVALID, CONFIDENCE_WITHOUT_GROUND or
    CONFLICT_OF_DUTIES_USED, SPECIAL_CATEGORY or SPECIAL_CATEGORY_EXCEPTION.

    Grounds for a confidence, in order: a valid consent of the subject covering the category;
    for a group-level item a valid confider consent; a valid conflict of duties (the
    subject's own for an item with a subject, the request's for a group-level item)."""
    subj, out = item.subject, []
    special = category is not None and category.kind == "special"
    vital, vital_reasons = _vital_state(ctx, item) if special else ("absent", [])
    if vital == "invalid":
        out.append(ctx.finding(
            "VITAL_INTEREST_INVALID",
            f"Het vitaal belang bij onderdeel {item.id} telt niet: " + "; ".join(vital_reasons)
            + ".", subject=subj, item=item.id))
    general = ctx.consent(subj, item.category, False) if subj is not None else None
    explicit = ctx.consent(subj, item.category, True) if subj is not None and special else None
    cod = (ctx.subject(subj).conflict_of_duties if subj is not None
           else ctx.request.conflict_of_duties)
    cod_defects = ctx.cod_defects(cod) if cod is not None else ["er is geen conflict van "
                                                                "plichten vastgelegd"]
    ground = None
    if item.confidential:
        if general is not None and general.valid:
            ground = "consent"
        elif subj is None and item.confider_consent is not None \
                and not ctx.confider_defects(item):
            ground = "confider"
        elif not cod_defects:
            ground = "cod"
    special_ok = special and (vital == "valid" or (explicit is not None and explicit.valid))
    consent_invalid = None
    needs_for_confidence = item.confidential and ground is None
    needs_for_special = special and vital != "valid"
    if subj is not None and (needs_for_confidence or (needs_for_special and not special_ok)):
        check = explicit if needs_for_special and explicit is not None else general
        if check is not None and not check.valid and check.reasons:
            consent_invalid = ctx.finding(
                "CONSENT_INVALID",
                f"De toestemming van betrokkene {subj} telt niet voor onderdeel {item.id}: "
                + "; ".join(check.reasons) + ".", subject=subj, item=item.id)
    elif subj is None and needs_for_confidence and item.confider_consent is not None:
        consent_invalid = ctx.finding(
            "CONSENT_INVALID",
            f"De toestemming bij onderdeel {item.id} telt niet: "
            + "; ".join(ctx.confider_defects(item)) + ".", item=item.id)
    if consent_invalid is not None:
        out.append(consent_invalid)
    cause = "CONSENT_INVALID" if consent_invalid is not None else None
    if ground == "cod":
        assert cod is not None
        whose = f"van betrokkene {subj}" if subj else "voor dit groepsgegeven"
        out.append(ctx.finding(
            "CONFLICT_OF_DUTIES_USED",
            f"Onderdeel {item.id} is in vertrouwen verteld en gaat mee op grond van het "
            f"vastgelegde conflict van plichten {whose} (advies van de {cod.consulted} op "
            f"{cod.consulted_on.isoformat() if cod.consulted_on else '?'}). Vertel de jongere "
            "wat u deelt, tenzij dat gevaar oplevert.", subject=subj, item=item.id))
    elif item.confidential and ground is None:
        whose = ("van de betrokkene" if subj
                 else "van wie het vertelde voor anoniem delen op groepsniveau")
        cod_text = ("het conflict van plichten telt niet: " + "; ".join(cod_defects)
                    if cod is not None else "er is geen conflict van plichten vastgelegd"
                    + (" voor deze jongere" if subj else ""))
        out.append(ctx.finding(
            "CONFIDENCE_WITHOUT_GROUND",
            f"Onderdeel {item.id} is in vertrouwen verteld. Er is geen geldige toestemming "
            f"{whose}, en {cod_text}.", subject=subj, item=item.id, caused_by=cause))
    if special and category is not None:
        if explicit is not None and explicit.valid:
            out.append(ctx.finding(
                "SPECIAL_CATEGORY_EXCEPTION",
                f"Onderdeel {item.id} is een bijzonder gegeven (categorie "
                f"{_category(category)}) en gaat mee op uitdrukkelijke toestemming.",
                subject=subj, item=item.id))
        elif vital == "valid":
            out.append(ctx.finding(
                "SPECIAL_CATEGORY_EXCEPTION",
                f"Onderdeel {item.id} is een bijzonder gegeven (categorie "
                f"{_category(category)}) en gaat mee op grond van een vitaal belang.",
                subject=subj, item=item.id))
        else:
            out.append(ctx.finding(
                "SPECIAL_CATEGORY",
                f"Onderdeel {item.id} is een bijzonder gegeven (categorie "
                f"{_category(category)}) zonder geldige uitdrukkelijke toestemming en zonder "
                "geldig vitaal belang.", subject=subj, item=item.id,
                caused_by="VITAL_INTEREST_INVALID" if vital == "invalid" else cause))
    return out


def _time_findings(ctx: _Ctx, item: Item) -> list[Finding]:
    """RETENTION_EXPIRED, else STALE_ITEM (calendar months, strictly before)."""
    p = ctx.profile
    if not ctx.older_than(item.recorded_on, p.stale_after_months) \
            and not ctx.older_than(item.recorded_on, p.retention_months):
        return []
    day = item.recorded_on.isoformat()
    if ctx.older_than(item.recorded_on, p.retention_months):
        return [ctx.finding(
            "RETENTION_EXPIRED",
            f"Onderdeel {item.id} is vastgelegd op {day}, meer dan {p.retention_months} "
            "maanden geleden: de bewaartermijn is voorbij. Delen mag niet; verwijder het.",
            subject=item.subject, item=item.id)]
    if ctx.older_than(item.recorded_on, p.stale_after_months):
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


def _exception_defects(ctx: _Ctx, exception: str | InformException | None) -> list[str]:
    """Why an informing exception does not count (V2-5); empty: it is valid. None or a blank
    string is no exception at all (one reason: none recorded)."""
    if exception is None or (isinstance(exception, str) and not exception.strip()):
        return ["er is geen uitzondering vastgelegd"]
    if isinstance(exception, str):
        return ["de vastgelegde reden noemt geen grond uit het convenant en geen datum voor "
                "herbeoordeling"]
    out = []
    if exception.ground is None or ctx.profile.inform_exception_ground(exception.ground) is None:
        grounds = ", ".join(g.title for g in ctx.profile.inform_exception_grounds)
        out.append(f"de uitzondering noemt geen grond uit het convenant ({grounds})")
    if not ctx.justified(exception.reason):
        out.append(f"de reden is te kort of te algemeen ({ctx.test_hint})")
    if exception.decided_on is not None and exception.decided_on > ctx.today:
        out.append(f"het besluit is gedateerd {exception.decided_on.isoformat()}, na de datum "
                   "van delen")
    if exception.review_on is None:
        out.append("er is geen datum voor herbeoordeling")
    elif exception.review_on < ctx.today:
        out.append(f"de herbeoordeling was uiterlijk {exception.review_on.isoformat()} en is "
                   "voorbij")
    return out


def _subject_findings(ctx: _Ctx, subject: Subject) -> list[Finding]:
    """AGE_UNKNOWN, MINOR, SUBJECT_NOT_INFORMED or INFORM_EXCEPTION_USED for one subject."""
    out, sid, p = [], subject.id, ctx.profile
    below, alone = p.consent_age_parents_only_below, p.consent_age_youth_alone_from
    age = known_age(subject.birth_date, ctx.today)
    rule = (f"onder {below} jaar geven de ouders toestemming, van {below} tot {alone} de "
            f"jongere en de ouders, vanaf {alone} de jongere")
    if age is None and subject.birth_date is not None:
        # a birth date after today is a data error: treated as an unknown age (dates.known_age)
        out.append(ctx.finding(
            "AGE_UNKNOWN",
            f"Van betrokkene {sid} ligt de geboortedatum na de datum van delen; dat kan niet "
            "kloppen, dus geldt de leeftijd als onbekend: de jongere en de ouders moeten "
            f"toestemming geven en geïnformeerd worden ({rule}). Verbeter de geboortedatum.",
            subject=sid))
    elif age is None:
        out.append(ctx.finding(
            "AGE_UNKNOWN",
            f"Van betrokkene {sid} is de geboortedatum onbekend: dan moeten de jongere en de "
            f"ouders toestemming geven en geïnformeerd worden ({rule}).", subject=sid))
    elif age < 18:
        out.append(ctx.finding(
            "MINOR", f"Betrokkene {sid} is minderjarig ({age} jaar).", subject=sid))
    needs_parents = age is None or age < alone
    missing = [who for who, done in (("de jongere", subject.informed),
                                     ("de ouders", subject.parents_informed or not needs_parents))
               if not done]
    if not missing:
        return out
    text = " en ".join(missing)
    verb = "is" if missing == ["de jongere"] else "zijn"
    defects = _exception_defects(ctx, subject.inform_exception)
    exception = subject.inform_exception
    if not defects and isinstance(exception, InformException):
        ground = p.inform_exception_ground(exception.ground or "")
        assert ground is not None and exception.review_on is not None
        out.append(ctx.finding(
            "INFORM_EXCEPTION_USED",
            f"Betrokkene {sid}: {text} {verb} niet geïnformeerd op grond van "
            f"'{ground.title}' ({ground.basis}); herbeoordelen uiterlijk "
            f"{exception.review_on.isoformat()}.", subject=sid))
    else:
        out.append(ctx.finding(
            "SUBJECT_NOT_INFORMED",
            f"Betrokkene {sid}: {text} {verb} niet geïnformeerd over het delen (nodig: "
            f"{who_nl(_inform_needed(needs_parents))}; onder {alone} jaar ook de ouders), en "
            + "; ".join(defects) + ".", subject=sid))
    return out


def _inform_needed(needs_parents: bool) -> frozenset[str]:
    return frozenset({"youth", "parents"}) if needs_parents else frozenset({"youth"})


__all__ = ["assess", "required_givers"]
