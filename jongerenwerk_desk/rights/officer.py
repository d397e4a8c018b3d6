"""For the privacy officer (FG): the processing-record entry (AVG art. 30), a DPIA annex
(art. 35) and oversight figures from the disclosure register and the audit log.

All functions only read. The documents describe the processing as the active covenant
profile sets it up; they are drafts for the controller to check and sign, not advice.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from jongerenwerk_desk.covenant.model import CovenantProfile
from jongerenwerk_desk.rights.document import Document, Section
from jongerenwerk_desk.sharing.model import format_day

KIND_LABELS = {"ordinary": "gewoon", "special": "bijzonder (AVG art. 9)",
               "criminal": "strafrechtelijk (AVG art. 10)"}
SECURITY_MEASURES: tuple[str, ...] = (
    "- Het notitieboek staat alleen op de laptop van de jongerenwerker, versleuteld met "
    "SQLCipher 4 (AES-256, elke pagina geauthenticeerd).",
    "- De sleutel komt uit het wachtwoord via Argon2id (geijkt op ongeveer 0,5 s per "
    "ontgrendeling); wachtwoorden van minstens 10 tekens en moeilijk te raden (zxcvbn >= 3); "
    "een herstelcode op papier.",
    "- Automatisch vergrendelen bij niets doen; vergrendelen sluit de database en wist de "
    "sleutel uit het geheugen.",
    "- Geen cliëntgegevens in logbestanden, instellingen, tijdelijke bestanden of "
    "venstertitels; het auditlog bevat nooit inhoud.",
    "- Elke verstrekking eerst langs de wettelijke toets; alleen een minimale samenvatting "
    "verlaat het notitieboek, optioneel als PDF met AES-256-wachtwoord.",
    "- Register van verstrekkingen met hash-keten (alleen toevoegen), controleerbaar met "
    "'verify' en 'export-register'.",
    "- Reservekopieën zijn versleuteld en gecontroleerd (.jwbak); echte wissing met "
    "secure_delete.",
)


def _party(profile: CovenantProfile, party_id: str) -> str:
    party = profile.party(party_id)
    return party.name if party is not None else party_id


def processing_record(profile: CovenantProfile, own_party: str = "jongerenwerk") -> Document:
    """The entry in the register of processing activities (AVG art. 30(1)) for the youth
    work's notebook and its disclosures under ``profile``.

    ``own_party``: the organisation's party id in the profile (the controller).
    """
    controller = _party(profile, own_party)
    categories = tuple(f"- {c.title} ({KIND_LABELS.get(c.kind, c.kind)})"
                       for c in profile.categories)
    purposes = tuple(f"- {p.title}: stap {', '.join(p.stages)}, niveau "
                     f"{'groep' if p.level == 'group' else 'persoon'}"
                     for p in profile.purposes)
    recipients = sorted({r for p in profile.purposes for r in p.recipients})
    sections = (
        Section("a. Verwerkingsverantwoordelijke en contact", (
            f"Verwerkingsverantwoordelijke: {controller}.",
            f"Contact gegevensbescherming: {profile.privacy_contact or 'nog invullen'}.",
            f"Gezamenlijke afspraken: {profile.title} (versie {profile.version}"
            + (f", gebaseerd op {profile.based_on}" if profile.based_on else "") + ").")),
        Section("b. Doeleinden", (
            "Jongerenwerk met groepen jongeren en, onder het convenant, de "
            "jeugdgroepenaanpak volgens het 7-stappenmodel. Verstrekking alleen voor:",
            *purposes,
            "Grondslag: AVG art. 6 lid 1 onder e (taak van algemeen belang) en, waar nodig, "
            "toestemming (art. 6 lid 1 onder a; art. 8 en UAVG art. 5 voor jongeren onder "
            f"{profile.consent_age_youth_alone_from})."
            )),
        Section("c. Categorieën betrokkenen en persoonsgegevens", (
            "Betrokkenen: jongeren in groepen en netwerken; hun ouders of wettelijk "
            "vertegenwoordigers; melders (alleen intern, nooit verstrekt); contactpersonen "
            "bij convenantpartners.",
            "Persoonsgegevens: naam of initialen, roepnaam, geboortedatum, wijk, telefoon, "
            "groepslidmaatschap en rol, signalen (feit of indruk, bron), toestemmingen, "
            "informeermomenten. Categorieën voor verstrekking:",
            *categories)),
        Section("d. Ontvangers", tuple(f"- {_party(profile, r)}" for r in recipients)
                or ("Geen.",)),
        Section("e. Doorgifte buiten de EER", (
            "Geen. Het notitieboek staat lokaal; de app gebruikt geen netwerk.",)),
        Section("f. Bewaartermijnen", (
            f"Signalen en verstrekte gegevens: {profile.retention_months} maanden na het "
            "signaal (convenant). Na afschalen (stap 7) en bij het bereiken van de "
            "ingestelde leeftijd eerder, volgens de bewaarregels van het notitieboek. Het "
            "register van verstrekkingen blijft; persoonlijke details in de vastgelegde "
            "verzoeken worden na de termijn verwijderd.",)),
        Section("g. Beveiligingsmaatregelen (art. 32)", SECURITY_MEASURES),
    )
    return Document(title=f"Verwerkingsregister (AVG art. 30): {controller}",
                    intro=("Concept, gemaakt uit het actieve convenantprofiel. Controleer en "
                           "vul aan voordat u het opneemt in het register.",),
                    sections=sections)


def _diff(label: str, local: object, model: object) -> list[str]:
    return [] if local == model else [f"- {label}: lokaal {local}, model {model}"]


def profile_differences(local: CovenantProfile, model: CovenantProfile) -> list[str]:
    """Dutch lines describing how ``local`` differs from ``model`` (numbers, parties,
    purposes' stages/recipients/categories, categories' kinds); [] when equal in these."""
    out: list[str] = []
    for key in ("retention_months", "stale_after_months", "consent_age_parents_only_below",
                "consent_age_youth_alone_from", "min_justification_chars"):
        out += _diff(key, getattr(local, key), getattr(model, key))
    out += _diff("strafrechtelijke gegevens gedeeld door",
                 sorted(local.criminal_data_shared_by), sorted(model.criminal_data_shared_by))
    local_parties = {p.id for p in local.parties}
    model_parties = {p.id for p in model.parties}
    out += [f"- extra partij: {_party(local, p)}" for p in sorted(local_parties - model_parties)]
    out += [f"- partij uit het model ontbreekt: {_party(model, p)}"
            for p in sorted(model_parties - local_parties)]
    for purpose in local.purposes:
        other = model.purpose(purpose.id)
        if other is None:
            out.append(f"- extra doel: {purpose.title}")
            continue
        for attr, label in (("stages", "stappen"), ("recipients", "ontvangers"),
                            ("categories", "categorieën"), ("level", "niveau")):
            mine, theirs = getattr(purpose, attr), getattr(other, attr)
            if (sorted(mine) if isinstance(mine, tuple) else mine) != (
                    sorted(theirs) if isinstance(theirs, tuple) else theirs):
                out.append(f"- doel '{purpose.title}', {label}: lokaal {_show(mine)}, "
                           f"model {_show(theirs)}")
    out += [f"- doel uit het model ontbreekt: {p.title}" for p in model.purposes
            if local.purpose(p.id) is None]
    for category in local.categories:
        other_cat = model.category(category.id)
        if other_cat is None:
            out.append(f"- extra categorie: {category.title} "
                       f"({KIND_LABELS.get(category.kind, category.kind)})")
        elif other_cat.kind != category.kind:
            out.append(f"- categorie '{category.title}': soort lokaal {category.kind}, model "
                       f"{other_cat.kind}")
    return out


def _category(profile: CovenantProfile, category_id: str) -> str:
    category = profile.category(category_id)
    return category.title if category is not None else category_id


def _show(value: object) -> str:
    return ", ".join(value) if isinstance(value, tuple) else str(value)


def dpia_annex(profile: CovenantProfile, model: CovenantProfile) -> Document:
    """A DPIA annex (AVG art. 35(7)(a)): data flows per purpose and stage, categories,
    recipients, retention, security measures, and the local profile's differences from the
    national ``model`` profile."""
    flows = []
    for p in profile.purposes:
        cats = ", ".join(_category(profile, c) for c in p.categories)
        flows.append(f"- {p.title} (stap {', '.join(p.stages)}): van het jongerenwerk naar "
                     f"{', '.join(_party(profile, r) for r in p.recipients)}; gegevens: "
                     f"{cats}.")
    differences = profile_differences(profile, model) or [
        "Geen verschillen met het modelconvenant in stappen, ontvangers, categorieën en "
        "termijnen."]
    sections = (
        Section("1. Gegevensstromen per doel en stap", (
            "Alles begint in het versleutelde notitieboek op de laptop. Bij elke verstrekking "
            "toetst de app eerst; alleen een minimale samenvatting gaat naar buiten en wordt "
            "vastgelegd in het register.", *flows)),
        Section("2. Categorieën persoonsgegevens", tuple(
            f"- {c.title}: {KIND_LABELS.get(c.kind, c.kind)}, niveau "
            f"{'groep' if c.level == 'group' else 'persoon'}" for c in profile.categories)),
        Section("3. Ontvangers", tuple(
            f"- {p.name} ({p.role}), " + (f"ondertekend op {format_day(p.signed_on)}"
                                          if p.signed_on else "NIET ondertekend")
            for p in profile.parties)),
        Section("4. Bewaartermijnen", (
            f"{profile.retention_months} maanden (convenant); gegevens ouder dan "
            f"{profile.stale_after_months} maanden gelden als verouderd bij delen.",)),
        Section("5. Beveiligingsmaatregelen", SECURITY_MEASURES),
        Section("6. Verschillen met het modelconvenant", tuple(differences)),
    )
    return Document(title=f"Bijlage bij de DPIA: {profile.title} ({profile.version})",
                    intro=("Concept, gemaakt uit het actieve convenantprofiel.",),
                    sections=sections)


@dataclass(frozen=True)
class Justification:
    """One use of an exception to sample: disclosure id, kind, and the worker's reasoning."""

    disclosure_id: int
    kind: str
    text: str = field(repr=False)


@dataclass(frozen=True)
class OversightFigures:
    """Counts for the privacy officer.

    ``blocked_per_code``: refused share attempts per finding code, from audit events
    ``share_blocked`` with detail ``codes=A,B`` (the share wizard records them; empty when it
    does not); ``disclosures``: records in the register; ``conflict_of_duties``,
    ``vital_interest``, ``inform_exception``: disclosures relying on each exception;
    ``samples``: the justifications to sample (worker text; for the FG only).
    """

    disclosures: int
    blocked_per_code: dict[str, int]
    conflict_of_duties: int
    vital_interest: int
    inform_exception: int
    samples: tuple[Justification, ...] = field(repr=False)


def oversight_figures(nb: Any) -> OversightFigures:
    """Oversight figures over the whole register and audit log (read only)."""
    blocked: Counter[str] = Counter()
    for event in nb.audit.page(0, 10**9, sort_key="id", filter_text="share_blocked"):
        if event.action == "share_blocked" and event.detail.startswith("codes="):
            blocked.update(c for c in event.detail[len("codes="):].split(",") if c)
    samples: list[Justification] = []
    cod = vital = inform = 0
    records = nb.disclosures.list()
    for r in records:
        codes = {f.get("code") for f in r.assessment.get("findings", [])}
        conflict = r.request.get("conflict_of_duties")
        if "CONFLICT_OF_DUTIES_USED" in codes or conflict:
            cod += 1
            if isinstance(conflict, dict):
                samples.append(Justification(r.id, "conflict van plichten",
                                             str(conflict.get("reasoning", ""))))
        reasons = [str(i.get("vital_interest")) for i in r.request.get("items", [])
                   if i.get("vital_interest")]
        if reasons:
            vital += 1
            samples.extend(Justification(r.id, "vitaal belang", t) for t in reasons)
        exceptions = [str(s.get("inform_exception")) for s in r.request.get("subjects", [])
                      if s.get("inform_exception")]
        if "INFORM_EXCEPTION_USED" in codes or exceptions:
            inform += 1
            samples.extend(Justification(r.id, "uitzondering op informeren", t)
                           for t in exceptions)
    return OversightFigures(disclosures=len(records), blocked_per_code=dict(blocked),
                            conflict_of_duties=cod, vital_interest=vital,
                            inform_exception=inform, samples=tuple(samples))


def oversight_document(figures: OversightFigures, today: date) -> Document:
    """The oversight figures (``oversight_figures``) as a document for the privacy officer,
    dated ``today`` (a ``date``): counts per exception (conflict of duties, vital interest,
    informing exception; AVG art. 6(1)(d), art. 14(5)), refused attempts per finding code
    (or "niet vastgelegd"), and the justifications to sample, each with the number of its
    register record. Confidential: the justifications are the worker's own text."""
    blocked = (tuple(f"- {code}: {count}" for code, count in
                     sorted(figures.blocked_per_code.items()))
               or ("Geweigerde pogingen: niet vastgelegd.",))
    samples = tuple(f"- Verstrekking {s.disclosure_id}, {s.kind}: {s.text or '(geen tekst)'}"
                    for s in figures.samples) or ("Geen.",)
    return Document(
        title=f"Cijfers voor toezicht ({format_day(today)})",
        intro=("Vertrouwelijk, alleen voor de functionaris gegevensbescherming. Gemaakt uit "
               "het register van verstrekkingen en het auditlog van dit notitieboek.",),
        sections=(
            Section("Verstrekkingen", (
                f"Verstrekkingen in het register: {figures.disclosures}.",
                f"Met conflict van plichten: {figures.conflict_of_duties}.",
                f"Met vitaal belang: {figures.vital_interest}.",
                f"Met uitzondering op informeren: {figures.inform_exception}.")),
            Section("Geweigerd door de wettelijke toets, per code", blocked),
            Section("Onderbouwingen om steekproefsgewijs te controleren", samples),
        ),
        banner="VERTROUWELIJK")
