"""Informing letters (AVG art. 13/14) for a young person and for their legal
representatives, in B1 Dutch, as a ``Document`` (screen and PDF), and recording that they
were sent as an informing record.

Text rules (checked by ``tests/unit/test_rights_b1.py``): short sentences (at most 20 words,
15 on average), no legal jargon in the body; the legal basis goes in the footnotes.
The parents' letter is addressed to the legal representatives recorded for the young person
(``nb.representatives``; parents without authority are informed too), or to "de ouders of
voogd" when none are recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from jongerenwerk_desk.covenant.model import CovenantProfile
from jongerenwerk_desk.notebook.settings_keys import SettingKey
from jongerenwerk_desk.rights.document import Document, Section
from jongerenwerk_desk.rights.texts import RIGHTS, RIGHTS_FOOTNOTE, plain_title
from jongerenwerk_desk.sharing.model import format_day
from jongerenwerk_desk.sharing.profile_choice import active_profile

FOR_YOUTH = "youth"
FOR_PARENTS = "parents"
AUDIENCES = (FOR_YOUTH, FOR_PARENTS)


@dataclass(frozen=True)
class LetterFacts:
    """What a letter says, taken from the profile and the notebook: organisation name,
    purpose titles, recipient names, retention in months, privacy contact."""

    organisation: str
    purposes: tuple[str, ...]
    recipients: tuple[str, ...]
    retention_months: int
    privacy_contact: str


def letter_facts(nb: Any, profile: CovenantProfile | None = None) -> LetterFacts:
    """Collect the facts for a letter from the notebook's active (or given) profile."""
    profile = profile or active_profile(nb)
    own = nb.settings.get(SettingKey.OWN_PARTY.value) or "jongerenwerk"
    party = profile.party(own)
    names = {p.id: p.name for p in profile.parties}
    recipients = sorted({names.get(r, r) for p in profile.purposes for r in p.recipients})
    return LetterFacts(organisation=party.name if party else "het jongerenwerk",
                       purposes=tuple(plain_title(p.title) for p in profile.purposes),
                       recipients=tuple(recipients),
                       retention_months=profile.retention_months,
                       privacy_contact=profile.privacy_contact or "")


def _body(facts: LetterFacts, you: str, your: str) -> tuple[Section, ...]:
    """The sections, with ``you``/``your`` ("je"/"jouw" or "uw kind"/"van uw kind")."""
    return (
        Section("Wie zijn wij?", (
            f"Wij zijn {facts.organisation}. Wij werken met groepen jongeren in de buurt.",)),
        Section("Wat schrijven wij op?", (
            f"Wij schrijven op wat wij zien en horen over {you} en de groep.[1]",
            f"Bijvoorbeeld {your} naam, leeftijd en wijk. En met welke groep {you} optrekt.",
            "Soms vertelt iemand anders ons iets. Dan schrijven wij dat ook op. Wij zetten "
            "erbij of het een feit is of een indruk.",
        )),
        Section("Waarom doen wij dat?", (
            f"Wij willen {you} en de groep goed helpen. Soms is er overlast of gevaar. Dan "
            "praten wij met de gemeente en de politie.[2]",
            "Wij delen dan zo weinig mogelijk. Dat mag alleen voor deze doelen:",
            *(f"- {p}" for p in facts.purposes),
            "Wij mogen het alleen delen met:",
            *(f"- {r}" for r in facts.recipients),
        )),
        Section("Hoe lang bewaren wij het?", (
            f"Wij bewaren het {facts.retention_months} maanden. Daarna gooien wij het weg.[3]",
            "Stopt de aanpak van de groep eerder? Dan gooien wij het ook eerder weg.",
        )),
        Section("Wat mag je doen?[4]", (*RIGHTS,)),
        Section("Vragen?", (
            f"Stel ze gerust aan je jongerenwerker. Of neem contact op met {facts.organisation}."
            + (f" Of met: {facts.privacy_contact}." if facts.privacy_contact else ""),)),
    )


FOOTNOTES: tuple[str, ...] = (
    "Informeren bij het verzamelen: AVG artikel 13 (van de jongere zelf) en artikel 14 (van "
    "anderen).",
    "Grondslag: AVG artikel 6 lid 1 onder e en het convenant jeugdgroepenaanpak; waar nodig "
    "toestemming (AVG artikel 6 lid 1 onder a en artikel 8, UAVG artikel 5).",
    "Bewaartermijn uit het convenant; AVG artikel 5 lid 1 onder e.",
    RIGHTS_FOOTNOTE,
)


def informing_letter(facts: LetterFacts, audience: str, name: str, today: date,
                     representatives: tuple[str, ...] = ()) -> Document:
    """The letter for ``audience`` (``"youth"`` or ``"parents"``) about young person
    ``name``, dated ``today``; a parents' letter is addressed to ``representatives`` (names)
    when given. Raises ValueError for another audience."""
    if audience == FOR_YOUTH:
        intro = (f"Beste {name},",
                 "In deze brief lees je wat wij over jou opschrijven. En wat wij daarmee doen.")
        sections = _body(facts, "jou", "jouw")
        title = "Wat wij over jou opschrijven"
    elif audience == FOR_PARENTS:
        to = " en ".join(r for r in representatives if r.strip()) or "de ouders of voogd"
        intro = (f"Aan {to}, ouder of voogd van {name},",
                 "In deze brief leest u wat wij over uw kind opschrijven. En wat wij daarmee "
                 "doen. Uw kind krijgt een eigen brief.")
        sections = tuple(
            Section(s.heading.replace("Wat mag je doen", "Wat mag u doen"),
                    tuple(_formal(p) for p in s.paragraphs))
            for s in _body(facts, "uw kind", "de"))
        title = "Wat wij over uw kind opschrijven"
    else:
        raise ValueError("Onbekende ontvanger van de brief.")
    return Document(title=title, intro=(f"Datum: {format_day(today)}", *intro),
                    sections=sections, footnotes=FOOTNOTES)


def _formal(text: str) -> str:
    """Address parents with "u" (the rights are the same sentences as for the youth)."""
    for informal, formal in (("Klopt er iets niet? Dan mag je", "Klopt er iets niet? Dan "
                              "mag u"), ("Wil je dat", "Wilt u dat"), ("Dan mag je", "Dan mag u"),
                             ("Ben je", "Bent u"), ("Wil je je eigen kant",
                                                    "Wil uw kind zijn of haar eigen kant"),
                             ("Praat dan eerst", "Praat dan eerst"), ("Je mag", "U mag"),
                             ("Stel ze gerust aan je jongerenwerker", "Stel ze gerust aan de "
                              "jongerenwerker"), ("je gegevens", "de gegevens")):
        text = text.replace(informal, formal)
    return text


def record_letter_sent(nb: Any, person_id: int, audience: str, sent_on: date,
                       facts: LetterFacts) -> int:
    """Record that the letter was given or sent: an informing record (date, how = "brief",
    for which purposes and recipients) through the notebook's write operations. Returns the
    record id. Raises KeyError for an unknown person, ValueError for an unknown audience."""
    from jongerenwerk_desk.notebook.ops import add_informing_letter

    if audience not in AUDIENCES:
        raise ValueError("Onbekende ontvanger van de brief.")
    nb.people.get(person_id)
    return add_informing_letter(nb, person_id, sent_on, audience, letter_note(facts)).value


def letter_note(facts: LetterFacts) -> str:
    """The note of the informing record for a letter: for which purposes and recipients
    (AVG art. 13(1)(c) and (e)), e.g. ``"Informatiebrief. Doelen: A; B. Ontvangers: C."``."""
    return (f"Informatiebrief. Doelen: {'; '.join(facts.purposes)}. Ontvangers: "
            f"{'; '.join(facts.recipients)}.")


def representative_names(nb: Any, person_id: int) -> tuple[str, ...]:
    """Names of the legal representatives recorded for ``person_id`` (may be empty)."""
    return tuple(r.name for r in nb.representatives.for_person(person_id))


def write_informing_letter(nb: Any, person_id: int, audience: str, path: Any,
                           today: date) -> int:
    """Write the letter for ``audience`` about ``person_id`` as PDF to ``path`` (atomic), then
    record it as an informing record dated ``today``; returns the record id.

    The record is written only after the PDF exists. Raises KeyError (unknown person),
    ValueError (audience), ``sharing.atomic.ExportError`` (file; nothing recorded then).
    """
    from jongerenwerk_desk.rights.document import write_document_pdf

    person = nb.people.get(person_id)
    facts = letter_facts(nb)
    names = representative_names(nb, person_id)
    write_document_pdf(informing_letter(facts, audience, person.name, today, names), path)
    return record_letter_sent(nb, person_id, audience, today, facts)
