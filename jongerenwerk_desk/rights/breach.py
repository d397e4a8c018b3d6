"""Data-breach overview (AVG art. 33/34): which young people, disclosures and recipients a
lost export file or a lost laptop concerns, within minutes.

- A lost export: its SHA-256 (when the worker still has a copy, or the hash is known) or its
  file name is matched against the files recorded in the disclosure register.
- A lost laptop: the whole notebook, counted (people, minors, signals by kind, disclosures).
  The notebook is encrypted (SQLCipher 4, Argon2id); whether art. 34(3)(a) applies depends on
  the strength of the passphrase and whether the laptop was locked: the overview says so.

Only reads. Output for standard output uses ids and counts; names only in the document for
the privacy officer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from jongerenwerk_desk.covenant.model import CovenantProfile
from jongerenwerk_desk.rights.document import Document, Section
from jongerenwerk_desk.sharing.atomic import sha256_file
from jongerenwerk_desk.sharing.model import format_day
from jongerenwerk_desk.sharing.profile_choice import active_profile

_HEX64 = re.compile(r"^[0-9a-fA-F]{64}$")


@dataclass(frozen=True)
class BreachOverview:
    """What a breach concerns: disclosure ids, person ids, recipient names, counts of
    minors (below the profile's ``consent_age_youth_alone_from``), special-category,
    criminal and confidential items; ``names`` (person id -> name) only for the FG document.
    ``matched_by``: "sha256", "bestandsnaam" or "notitieboek"."""

    matched_by: str
    disclosure_ids: tuple[int, ...]
    person_ids: tuple[int, ...]
    recipients: tuple[str, ...]
    minors: int
    special_items: int
    criminal_items: int
    confidential_items: int
    names: dict[int, str] = field(default_factory=dict, repr=False)
    counts: tuple[tuple[str, int], ...] = ()


def _digest_or_name(file: str | Path) -> tuple[str | None, str]:
    """(SHA-256 of the file when it exists, or the text itself when it is a hex digest;
    the file name)."""
    text = str(file)
    if _HEX64.match(text):
        return text.lower(), ""
    path = Path(text)
    return (sha256_file(path) if path.is_file() else None), path.name


def _item_counts(records: list[Any], profile: CovenantProfile) -> tuple[int, int, int]:
    special = criminal = confidential = 0
    for r in records:
        for item in r.request.get("items", []):
            category = profile.category(str(item.get("category", "")))
            kind = category.kind if category is not None else ""
            special += kind == "special"
            criminal += kind == "criminal"
            confidential += bool(item.get("confidential"))
    return special, criminal, confidential


def _overview(nb: Any, records: list[Any], matched_by: str, today: date,
              profile: CovenantProfile) -> BreachOverview:
    person_ids = sorted({p for r in records for p in r.person_ids})
    names: dict[int, str] = {}
    minors = 0
    for pid in person_ids:
        try:
            person = nb.people.get(pid)
        except KeyError:
            names[pid] = "(gewist)"
            continue
        names[pid] = person.name
        age = person.age_on(today)
        minors += age is None or age < profile.consent_age_youth_alone_from
    recipients = sorted({_party(profile, r) for rec in records for r in rec.recipients})
    special, criminal, confidential = _item_counts(records, profile)
    return BreachOverview(matched_by=matched_by, disclosure_ids=tuple(r.id for r in records),
                          person_ids=tuple(person_ids), recipients=tuple(recipients),
                          minors=minors, special_items=special, criminal_items=criminal,
                          confidential_items=confidential, names=names)


def _party(profile: CovenantProfile, party_id: str) -> str:
    party = profile.party(party_id)
    return party.name if party is not None else party_id


def breach_for_export(nb: Any, file: str | Path, today: date) -> BreachOverview:
    """The disclosures whose recorded file matches ``file``: a path (hashed when it exists,
    else matched by its name), or a 64-hex SHA-256. ``matched_by`` says how; no match gives an
    overview with no disclosures."""
    profile = active_profile(nb)
    digest, name = _digest_or_name(file)
    records = nb.disclosures.list()
    matched: list[Any] = []
    how = "sha256"
    if digest is not None:
        matched = [r for r in records if digest in r.file_hashes]
    if not matched and name:
        matched = [r for r in records if name in r.file_names]
        how = "bestandsnaam"
    return _overview(nb, matched, how, today, profile)


def breach_for_notebook(nb: Any, today: date) -> BreachOverview:
    """The whole notebook (a lost or stolen laptop): every disclosure and every person, with
    counts (people, minors, signals, confidential signals, special/criminal signals)."""
    from jongerenwerk_desk.notebook.stats import collect_stats

    profile = active_profile(nb)
    records = nb.disclosures.list()
    base = _overview(nb, records, "notitieboek", today, profile)
    people = nb.people.page(0, 10**9, sort_key="id")
    minors = sum(1 for p in people if (a := p.age_on(today)) is None
                 or a < profile.consent_age_youth_alone_from)
    return BreachOverview(
        matched_by="notitieboek", disclosure_ids=base.disclosure_ids,
        person_ids=tuple(int(p.id) for p in people), recipients=base.recipients,
        minors=minors, special_items=base.special_items, criminal_items=base.criminal_items,
        confidential_items=base.confidential_items,
        names={int(p.id): p.name for p in people}, counts=tuple(collect_stats(nb)))


def breach_document(overview: BreachOverview, today: date) -> Document:
    """The overview for the privacy officer (names included; confidential)."""
    people = tuple(f"- {overview.names.get(p, p)} (nummer {p})" for p in overview.person_ids)
    if overview.matched_by == "notitieboek":
        scope = ("Verloren of gestolen laptop: het hele notitieboek. Het bestand is versleuteld "
                 "(SQLCipher 4, sleutel via Argon2id). Was de laptop vergrendeld en het "
                 "wachtwoord sterk, dan zijn de gegevens onbegrijpelijk voor de vinder (AVG art. "
                 "34 lid 3 onder a); meld het lek toch binnen 72 uur als er risico is (art. "
                 "33).")
    else:
        scope = (f"Verloren exportbestand, gevonden via {overview.matched_by}: verstrekking(en) "
                 f"{', '.join(map(str, overview.disclosure_ids)) or 'geen'}.")
    sections = [
        Section("Wat is er gebeurd", (scope,)),
        Section("Om hoeveel gaat het", (
            f"Jongeren: {len(overview.person_ids)}, van wie {overview.minors} jonger dan 16 of "
            "zonder bekende leeftijd.",
            f"Verstrekkingen: {len(overview.disclosure_ids)}; ontvangers: "
            f"{', '.join(overview.recipients) or 'geen'}.",
            f"Onderdelen met bijzondere gegevens: {overview.special_items}; strafrechtelijk: "
            f"{overview.criminal_items}; in vertrouwen verteld: "
            f"{overview.confidential_items}.",
            *(f"{label}: {count}" for label, count in overview.counts))),
        Section("Welke jongeren", people or ("Geen.",)),
        Section("Wat nu", (
            "- Meld het lek direct aan de functionaris gegevensbescherming.",
            "- Beoordeel het risico; meld binnen 72 uur bij de Autoriteit Persoonsgegevens als "
            "dat nodig is (AVG art. 33).",
            "- Informeer de jongeren (en ouders) als het risico hoog is (AVG art. 34).",
            "- Vraag de ontvangers hun kopie te controleren; wijzig het wachtwoord van het "
            "notitieboek als het gelekt kan zijn.")),
    ]
    return Document(title=f"Overzicht datalek ({format_day(today)})",
                    intro=("Vertrouwelijk, alleen voor de functionaris gegevensbescherming.",),
                    sections=tuple(sections), banner="VERTROUWELIJK")
