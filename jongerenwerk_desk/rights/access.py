"""Access report (AVG art. 15) for one young person: what is recorded, why, where it came
from, to whom it was disclosed, how long it is kept, and which rights they have.

``build_access_report`` only reads. It returns an ``AccessReport`` (plain data the GUI can
show) whose ``document()`` is the same content as printed by ``write_access_report_pdf``.

Rights of others (art. 15(4)):
- informants are never named: the informant field is not read into the report, and every
  informant's name (and distinctive name part) is blanked in the text that is shown;
- every other young person in the notebook and every partner contact is blanked as
  ``[naam verwijderd]`` (``sharing.redact``); contact details in free text are removed too;
- a signal told in confidence is only included when the worker decided so for that signal
  (``include_confidential``); the decision is logged with ``record_confidential_decisions``
  (audit event, no content). Withheld signals are counted, not described.

Addressed to the legal representative too when the young person is younger than the profile's
``consent_age_youth_alone_from`` (16 in the model covenant) or the birth date is unknown
(AVG art. 8 and UAVG art. 5: below 16 the parents exercise the rights).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from jongerenwerk_desk.covenant.model import CovenantProfile
from jongerenwerk_desk.notebook.rights_queries import signal_views
from jongerenwerk_desk.notebook.settings_keys import SettingKey
from jongerenwerk_desk.rights.document import Document, Section, write_document_pdf
from jongerenwerk_desk.rights.texts import (
    FACT,
    GIVEN_BY,
    IMPRESSION,
    RIGHTS,
    RIGHTS_FOOTNOTE,
    SOURCE_LABELS,
    plain_title,
)
from jongerenwerk_desk.sharing.model import format_day
from jongerenwerk_desk.sharing.profile_choice import active_profile
from jongerenwerk_desk.sharing.redact import NAME_MARK, name_variants, redact
from jongerenwerk_desk.sharing.request_builder import local_day

_SUBJECT_ID = re.compile(r"\bP(\d+)\b")
OTHER_PERSON = "een andere jongere"


class PersonNotFound(LookupError):
    """No young person matches (Dutch message, without the searched text)."""


class AmbiguousPerson(LookupError):
    """More than one young person has this exact name; ``ids`` lists them."""

    def __init__(self, ids: list[int]) -> None:
        super().__init__(f"Er zijn {len(ids)} jongeren met deze naam; geef het nummer "
                         f"(id): {', '.join(map(str, ids))}.")
        self.ids = ids


def find_person(nb: Any, text: str) -> int:
    """Person id for ``text``: a number is an id, anything else must equal one person's name
    exactly (case-insensitive, spaces normalised, NFC).

    Raises PersonNotFound, AmbiguousPerson.
    """
    import unicodedata

    value = unicodedata.normalize("NFC", " ".join(text.split()))
    if value.isdigit():
        try:
            nb.people.get(int(value))
        except KeyError:
            raise PersonNotFound(f"Er is geen jongere met nummer {value}.") from None
        return int(value)
    wanted = value.casefold()
    ids = [p.id for p in nb.people.page(0, 10**9, sort_key="id")
           if " ".join(p.name.split()).casefold() == wanted]
    if not ids:
        raise PersonNotFound("Er is geen jongere met precies deze naam.")
    if len(ids) > 1:
        raise AmbiguousPerson(ids)
    return int(ids[0])


@dataclass(frozen=True)
class SignalLine:
    """One signal about the person: local day, category title, fact/impression, source label,
    redacted text and location; ``confidential`` when told in confidence (and released)."""

    signal_id: int
    day: date
    category: str
    fact_or_impression: str
    source: str
    text: str = field(repr=False)
    location: str = field(repr=False)
    confidential: bool = False
    views: tuple[str, ...] = field(default=(), repr=False)
    """The young person's own view(s) beside the signal, dated (zienswijze)."""


@dataclass(frozen=True)
class DisclosureLine:
    """One disclosure about the person from the register: day, recipients (names), purpose
    title, stage, legal basis (other people's ids replaced) and what was sent about them."""

    disclosure_id: int
    day: date
    recipients: tuple[str, ...]
    purpose: str
    stage: str
    legal_basis: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class AccessReport:
    """Everything art. 15 asks for one young person (see the module docstring).

    ``person`` holds (label, value) pairs; ``memberships``/``consents``/``informing`` short
    Dutch lines; ``withheld_confidential`` the number of confidential signals left out.
    """

    person_id: int
    made_on: date
    name: str = field(repr=False)
    age: int | None
    to_representative: bool
    representatives: tuple[str, ...] = field(repr=False)
    """Names of the recorded legal representatives (addressees too when ``to_representative``)."""
    person: tuple[tuple[str, str], ...] = field(repr=False)
    memberships: tuple[str, ...] = field(repr=False)
    signals: tuple[SignalLine, ...]
    withheld_confidential: int
    consents: tuple[str, ...] = field(repr=False)
    informing: tuple[str, ...] = field(repr=False)
    purposes: tuple[str, ...]
    sources: tuple[str, ...]
    disclosures: tuple[DisclosureLine, ...]
    retention: tuple[str, ...]
    organisation: str
    privacy_contact: str
    demo: bool = False

    def document(self) -> Document:
        """The report as a ``Document`` (screen and PDF)."""
        return _document(self)


def confidential_signal_ids(nb: Any, person_id: int) -> list[int]:
    """Ids of the person's confidential signals: the worker decides per signal whether each
    goes into the report (AVG art. 15(4))."""
    return [int(s.id) for s in nb.signals.for_person(person_id) if s.confidential]


def record_confidential_decisions(nb: Any, person_id: int,
                                  decisions: Mapping[int, bool]) -> None:
    """Log the worker's per-signal decision (include or not) for an access report: one audit
    event per signal, no content. Runs in one transaction. KeyError for a signal that is not
    a confidential signal of this person."""
    from jongerenwerk_desk.notebook.ops import log_access_decisions

    allowed = set(confidential_signal_ids(nb, person_id))
    unknown = [sid for sid in decisions if sid not in allowed]
    if unknown:
        raise KeyError(unknown[0])
    log_access_decisions(nb, person_id, dict(decisions))


def _replacements(nb: Any, person: Any, informants: list[str]) -> dict[str, str]:
    """Name variant -> NAME_MARK for every other person, partner contact and informant;
    variants of the person's own name are kept."""
    own = {v.casefold() for v in name_variants(person.name, person.nickname)}
    names: list[str] = []
    for name, nickname in nb.people.all_names():
        names.extend((name, nickname))
    names.extend(c.name for c in nb.partners.page(0, 10**6) if c.name.strip())
    names.extend(r.name for r in nb.representatives.page(0, 10**6)
                 if r.person_id != person.id and r.name.strip())
    names.extend(informants)
    variants = name_variants(*[n for n in names if n.strip()])
    replacements = {v: NAME_MARK for v in variants if v.casefold() not in own}
    for informant in informants:  # an informant's whole name goes, even if it shares a part
        for variant in name_variants(informant):
            replacements[variant] = NAME_MARK
    return replacements


def party_name(profile: CovenantProfile, party_id: str) -> str:
    """The party's name in ``profile``, or the id when the profile does not know it."""
    party = profile.party(party_id)
    return party.name if party is not None else party_id


def _party_names(profile: CovenantProfile, ids: Collection[str]) -> tuple[str, ...]:
    return tuple(party_name(profile, p) for p in ids)


def _purpose_title(profile: CovenantProfile, purpose_id: str) -> str:
    purpose = profile.purpose(purpose_id)
    return purpose.title if purpose else purpose_id


def _category_title(profile: CovenantProfile, category_id: str) -> str:
    category = profile.category(category_id)
    return category.title if category else category_id


def _disclosure_items(record: Any, person_id: int, profile: CovenantProfile) -> tuple[str, ...]:
    own = f"P{person_id}"
    lines = []
    for item in record.request.get("items", []):
        subject = item.get("subject")
        if subject not in (own, None):
            continue
        day = item.get("recorded_on", "")
        try:
            day = format_day(date.fromisoformat(day))
        except (TypeError, ValueError):
            day = ""
        what = "met beschrijving" if item.get("free_text") else "alleen soort en datum"
        kind = FACT if item.get("verified") else IMPRESSION
        about = "over jou" if subject == own else "over de groep"
        lines.append(f"{_category_title(profile, str(item.get('category', '')))} ({day}, "
                     f"{kind}, {what}, {about})")
    return tuple(lines)


def _mask_other_ids(text: str, person_id: int) -> str:
    return _SUBJECT_ID.sub(lambda m: "jou" if int(m.group(1)) == person_id else OTHER_PERSON,
                           text)


def build_access_report(nb: Any, person_id: int, today: date, *,
                        include_confidential: Collection[int] = (),
                        profile: CovenantProfile | None = None) -> AccessReport:
    """Build the access report for young person ``person_id`` on ``today`` (read only).

    ``include_confidential``: ids of confidential signals the worker decided to include
    (others are withheld and counted). ``profile``: default the notebook's active profile.
    Raises KeyError when the person does not exist.
    """
    profile = profile or active_profile(nb)
    person = nb.people.get(person_id)
    signals = nb.signals.for_person(person_id)
    released = set(include_confidential)
    shown = [s for s in signals if not s.confidential or s.id in released]
    informants = [s.informant for s in signals if s.informant.strip()]
    replace = _replacements(nb, person, informants)

    def clean(text: str) -> str:
        return redact(text, replace) if text.strip() else ""

    age = person.age_on(today)
    to_representative = age is None or age < profile.consent_age_youth_alone_from
    details = [("Naam", person.name), ("Roepnaam", person.nickname),
               ("Geboortedatum", format_day(person.birth_date) or "niet bekend"),
               ("Wijk", person.neighbourhood), ("Telefoon", person.phone),
               ("Notities", clean(person.notes)),
               ("Ouders of voogd", ", ".join(
                   f"{r.name} ({r.relation})" if r.relation else r.name
                   for r in nb.representatives.for_person(person_id) if r.name.strip()))]
    memberships = []
    for m in nb.memberships.for_person(person_id):
        group = nb.groups.get(m.group_id)
        since = f", sinds {format_day(m.since)}" if m.since else ""
        until = f", tot {format_day(m.until)}" if m.until else ""
        role = f", rol: {m.role} (indruk van de jongerenwerker)" if m.role else ""
        memberships.append(f"{clean(group.name)} (stap {group.stage}){role}{since}{until}")
    views = signal_views(nb, [int(s.id) for s in shown])
    lines = tuple(SignalLine(
        signal_id=int(s.id), day=local_day(s.occurred_at, s.tz_name),
        category=_category_title(profile, s.category),
        fact_or_impression=FACT if s.verified else IMPRESSION,
        source=SOURCE_LABELS.get(s.source, s.source), text=clean(s.text),
        location=clean(s.location), confidential=s.confidential,
        views=tuple(f"{format_day(day)}: {clean(text)}" for day, text in views.get(s.id, ())))
        for s in shown)
    consents = tuple(
        f"{format_day(c.given_on) or 'datum onbekend'}: toestemming van {GIVEN_BY[c.given_by]} "
        f"voor '{_purpose_title(profile, c.purpose)}' aan "
        f"{', '.join(_party_names(profile, c.recipients)) or '-'} ({c.form})"
        + (f"; ingetrokken op {format_day(c.withdrawn_on)}" if c.withdrawn_on else "")
        for c in nb.consents.for_person(person_id))
    informing = tuple(
        f"{format_day(r.informed_on)}: {GIVEN_BY[r.who]} geïnformeerd "
        f"({r.how or 'wijze niet vastgelegd'})" if r.informed_on else
        "Niet geïnformeerd, met een vastgelegde reden (uitzondering)"
        for r in nb.informing.for_person(person_id))
    disclosures = tuple(DisclosureLine(
        disclosure_id=r.id, day=r.created_at.date(),
        recipients=_party_names(profile, r.recipients),
        purpose=_purpose_title(profile, r.purpose), stage=r.stage,
        legal_basis=_mask_other_ids(r.legal_basis, person_id),
        items=_disclosure_items(r, person_id, profile))
        for r in nb.disclosures.list(person_id=person_id))
    own_party = nb.settings.get(SettingKey.OWN_PARTY.value) or ""
    organisation = (party_name(profile, own_party) if profile.party(own_party)
                    else "de jongerenwerkorganisatie")
    retention = (
        f"Wij bewaren een signaal {profile.retention_months} maanden na de dag waarop het "
        "gebeurde. Daarna gooien wij het weg.",
        "Als wij niet meer met je groep werken, gooien wij de gegevens eerder weg.",
        "Gegevens die wij hebben doorgegeven, staan in een lijst. Die lijst bewaren wij. Na die "
        "tijd halen wij je gegevens uit die lijst.")
    return AccessReport(
        person_id=person_id, made_on=today, name=person.name, age=age,
        to_representative=to_representative,
        representatives=tuple(r.name for r in nb.representatives.for_person(person_id)
                              if r.name.strip()),
        person=tuple((k, v) for k, v in details if v), memberships=tuple(memberships),
        signals=lines, withheld_confidential=len(signals) - len(shown), consents=consents,
        informing=informing,
        purposes=tuple(f"{plain_title(p.title)} (stap {', '.join(p.stages)})"
                      for p in profile.purposes),
        sources=tuple(sorted({SOURCE_LABELS.get(s.source, s.source) for s in signals})),
        disclosures=disclosures, retention=retention, organisation=organisation,
        privacy_contact=profile.privacy_contact or "", demo=profile.id.endswith("voorbeeldstad")
        or nb.settings.get(SettingKey.ACTIVE_PROFILE.value) == "demo"
        or nb.settings.get(SettingKey.DEMO.value) == "1")


def _document(r: AccessReport) -> Document:
    parents = " en ".join(r.representatives) or "de ouders of voogd"
    addressee = (f"Voor {r.name} en voor {parents}." if r.to_representative
                 else f"Voor {r.name}.")
    footnotes = [
        "Rechten van anderen: AVG artikel 15 lid 4. Wie iets aan ons vertelde, noemen wij "
        "niet.",
        "Doelen uit het convenant jeugdgroepenaanpak; grondslag AVG artikel 6 lid 1 onder e "
        "en het convenant.",
        "Recht op inzage: AVG artikel 15. " + RIGHTS_FOOTNOTE,
    ]
    intro = (
        addressee,
        f"Je wilde weten wat {r.organisation} over jou heeft opgeschreven. Hier staat het "
        "allemaal. Wij maakten dit overzicht op " + format_day(r.made_on) + ".",
        "Namen van andere mensen staan er niet in. Daar staat dan [naam verwijderd]. Zo "
        "beschermen wij hen.[1]",
    )
    sections = [
        Section("1. Wat wij over jou weten", tuple(f"- {k}: {v}" for k, v in r.person)),
        Section("2. In welke groepen wij je zien",
                tuple(f"- {m}" for m in r.memberships) or ("Je staat niet in een groep.",)),
        Section("3. Wat wij hebben opgeschreven", _signal_paragraphs(r)),
        Section("4. Toestemming en informatie", (
            *(tuple(f"- {c}" for c in r.consents) or ("Er staat geen toestemming op papier.",)),
            *(tuple(f"- {i}" for i in r.informing)
              or ("Er staat niet op papier dat je informatie hebt gekregen.",)))),
        Section("5. Waarom wij dit opschrijven", (
            "Wij schrijven dit op om jou en je groep goed te helpen. Soms delen wij iets met de "
            "gemeente of de politie. Dat mag alleen voor deze doelen:[2]",
            *(f"- {p}" for p in r.purposes))),
        Section("6. Van wie wij dit weten", tuple(f"- {s}" for s in r.sources)
                or ("Er staan geen signalen over jou in.",)),
        Section("7. Met wie wij iets over jou hebben gedeeld",
                _disclosure_paragraphs(r, footnotes)),
        Section("8. Hoe lang wij het bewaren", r.retention),
        Section("9. Wat je mag doen[3]", (*RIGHTS, f"Vragen? Neem contact op met "
                                       f"{r.organisation}."
                                       + (f" Of met: {r.privacy_contact}."
                                          if r.privacy_contact else ""))),
    ]
    return Document(title="Overzicht van je gegevens", intro=intro, sections=tuple(sections),
                    footnotes=tuple(footnotes),
                    banner="VERTROUWELIJK" + (" - DEMO, fictieve gegevens" if r.demo else ""))


def _signal_paragraphs(r: AccessReport) -> tuple[str, ...]:
    out: list[str] = []
    if not r.signals:
        out.append("Er staan geen signalen over jou in.")
    for s in r.signals:
        where = f" Plek: {s.location}." if s.location else ""
        secret = " In vertrouwen verteld." if s.confidential else ""
        out.append(f"- {format_day(s.day)}, {s.category}. Dit is een {s.fact_or_impression}. "
                   f"Bron: {s.source}.{secret}{where} {s.text}".rstrip())
        out.extend(f"- Jouw kant van het verhaal, {view}" for view in s.views)
    if r.withheld_confidential:
        out.append(f"Iemand vertelde ons iets in vertrouwen. Dat staat hier niet in. Het gaat "
                   f"om {r.withheld_confidential} keer. Zo beschermen wij die ander. Vraag ons "
                   "gerust waarom.")
    return tuple(out)


def _disclosure_paragraphs(r: AccessReport, footnotes: list[str]) -> tuple[str, ...]:
    """Bullets per disclosure; its number, stage and legal basis go into a footnote."""
    if not r.disclosures:
        return ("Wij hebben niets over jou gedeeld.",)
    out: list[str] = ["Hieronder staat wat wij deelden. En met wie."]
    for d in r.disclosures:
        footnotes.append(f"Verstrekking {d.disclosure_id}: stap {d.stage}; grondslag: "
                         f"{d.legal_basis}.")
        out.append(f"- Op {format_day(d.day)} aan {', '.join(d.recipients)}. Doel: "
                   f"{d.purpose}.[{len(footnotes)}]")
        out.extend(f"- Gedeeld: {item}" for item in d.items)
    return tuple(out)


def write_access_report_pdf(report: AccessReport, path: Path) -> str:
    """Write the report as PDF to ``path`` (atomic); returns its SHA-256 hex. Raises
    ``sharing.atomic.ExportError`` (Dutch) when it cannot be written."""
    return write_document_pdf(report.document(), path)
