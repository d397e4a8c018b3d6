"""Plain data of the share path: what the worker picked, the grounds, and the minimal summary.

No Qt, no database. Field names follow docs/public-api.md; the summary follows
docs/legal-rules.md section 6. Every field that can hold client data is left out of ``repr`` so a
summary printed into a log or an exception does not leak it.
"""

from __future__ import annotations

import dataclasses
import secrets
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from jongerenwerk_desk.covenant import ConflictOfDuties
from jongerenwerk_desk.notebook.settings_keys import SettingKey

IMPRESSION_LABEL = "Indruk (niet geverifieerd)"
"""How an unverified item is labelled in every export (docs/legal-rules.md section 6)."""
FACT_LABEL = "Feit"
LEGEND = ("Een onderdeel zonder omschrijving wordt alleen met categorie en datum gedeeld. "
          "'Indruk (niet geverifieerd)' is een waarneming of uitspraak die niet is nagegaan. "
          "Personen staan met initialen en geboortejaar (of als 'Jongere n') vermeld.")
"""Printed once under the group section of every export, so recipients read it right."""
ROLE_NOTE = "indruk van het jongerenwerk"
"""A role in the group is the worker's judgement, shown as such unless the worker states it
is an established fact (``Selection.roles_as_fact``)."""
ROLE_FACT_NOTE = "vastgesteld feit"
"""How a role the worker marked as an established fact is labelled in every export."""
CONFIDENTIAL_LABEL = "Vertrouwelijk"
DEMO_LABEL = "DEMO — fictieve gegevens"
"""Printed on every page/row of a summary made from the demo notebook (``--demo``)."""
DEMO_SETTING: str = SettingKey.DEMO.value
"""Notebook setting (value ``"1"``) that marks a notebook as the fictional demo; set by the
demo session (ui/shell/demo.py). A notebook whose active covenant profile is ``"demo"`` counts
as demo too (notebook.demo.build_demo sets that)."""


@dataclass(frozen=True)
class Selection:
    """What the worker picked in the notebook for one disclosure.

    - ``group_id``: the group the disclosure is about (int notebook id).
    - ``person_ids``: members to name (only from step 2B and a person-level purpose).
    - ``signal_ids``: signals to include; each becomes one item (or one per named person).
    - ``include_identity`` / ``include_roles``: add an identity / role item per person;
      ``roles_as_fact``: the worker states the roles are established facts, not impressions
      (the role items are then verified and labelled as facts).
    - ``purpose``: purpose id of the covenant profile; ``stage``: 7-stappenmodel step;
      ``recipients``: party ids of the profile.
    - ``corrects``: the register id of an earlier disclosure this one corrects (AVG art. 16,
      17 and 19; legal rules V2-9), or None. A correction names each person in
      ``person_ids`` (identity) with the correction text (``Grounds.necessity`` of item
      ``P<id>-correctie``); signals are not part of it.
    """

    group_id: int
    person_ids: tuple[int, ...] = ()
    signal_ids: tuple[int, ...] = ()
    include_identity: bool = False
    include_roles: bool = False
    roles_as_fact: bool = False
    purpose: str = ""
    stage: str = "1"
    recipients: tuple[str, ...] = ()
    corrects: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "person_ids", tuple(dict.fromkeys(self.person_ids)))
        object.__setattr__(self, "signal_ids", tuple(dict.fromkeys(self.signal_ids)))
        object.__setattr__(self, "recipients", tuple(dict.fromkeys(self.recipients)))


@dataclass
class Grounds:
    """The worker's grounds for a disclosure (docs/legal-rules.md section 1).

    - ``subsidiarity``: why a lighter means does not suffice.
    - ``necessity``: item id -> why this item is needed ("S12", "S12-P3", "P3-identiteit");
      for a signal split per person the signal id ("S12") is used when the split id is absent.
    - ``conflict_of_duties``: None or a ``covenant.ConflictOfDuties`` (reasoning + consulted).
    - ``vital_interest``: item id -> reason (AVG art. 9(2)(c)).
    - ``reviewed_free_text``: item ids whose free text the worker reviewed; only their text
      leaves the notebook, every other signal is shown as category and date only.
    - ``inform_exceptions``: person id -> reason informing was skipped (AVG art. 14(5)).
    - ``shared_text``: signal item id ("S12", or "S12-P3") -> the text the worker settled on
      the preview for this disclosure, used instead of the signal's text and location. The
      notebook record stays as it was; the text leaves only when reviewed, is redacted like
      any other text, and is kept with the disclosure in the register (its summary).
    - ``confirmed_screening``: item ids whose category the worker confirmed after the text
      screener found health or criminal matters in the text (V2-7b; the block
      ``CATEGORY_SUSPECTED`` then becomes a warning).
    """

    subsidiarity: str = field(default="", repr=False)
    necessity: dict[str, str] = field(default_factory=dict, repr=False)
    conflict_of_duties: ConflictOfDuties | None = field(default=None, repr=False)
    vital_interest: dict[str, str] = field(default_factory=dict, repr=False)
    reviewed_free_text: set[str] = field(default_factory=set)
    inform_exceptions: dict[int, str] = field(default_factory=dict, repr=False)
    shared_text: dict[str, str] = field(default_factory=dict, repr=False)
    confirmed_screening: set[str] = field(default_factory=set)

    def text_for(self, item_id: str, base_id: str) -> str | None:
        """The settled text of a signal item (its own id first, then the signal's), or None
        when the worker did not edit it."""
        for key in (item_id, base_id):
            if key in self.shared_text:
                return self.shared_text[key]
        return None


@dataclass(frozen=True)
class SummaryHeader:
    """The header printed on every page (docs/legal-rules.md section 6, last bullet).

    ``recipients`` are party names (not ids); ``disclosure_id`` is the export's reference
    (``new_reference``: random, so it reveals neither how many disclosures were made nor
    when), None until ``export_disclosure`` assigns it. ``demo``: made from the fictional demo
    notebook; every export then carries DEMO_LABEL. ``sender_organisation``, ``sender_name``
    and ``sender_contact`` say who sent it (notebook settings ``organisation.name``,
    ``sender.name``, ``sender.contact``); empty when not set.
    """

    covenant_title: str
    covenant_version: str
    profile_id: str
    purpose_id: str
    purpose_title: str
    recipients: tuple[str, ...]
    day: date
    stage: str
    disclosure_id: str | None = None
    confidential_label: str = CONFIDENTIAL_LABEL
    demo: bool = False
    sender_organisation: str = ""
    sender_name: str = field(default="", repr=False)
    sender_contact: str = field(default="", repr=False)

    def sender_line(self) -> str:
        """``"Organisatie, Naam (contact)"`` with the empty parts left out; ``""`` if none."""
        person = self.sender_name
        if self.sender_contact:
            person = f"{person} ({self.sender_contact})" if person else self.sender_contact
        return ", ".join(part for part in (self.sender_organisation, person) if part)


@dataclass(frozen=True)
class SummaryEntry:
    """One shared item: a date, a category, fact or impression, and reviewed text or nothing.

    ``text`` is None when the text was not reviewed (then only category and date leave).
    """

    item_id: str
    day: date
    category: str
    category_title: str
    label: str
    text: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class PersonSection:
    """A named member: ``label`` is initials + year of birth (or the name where the purpose
    needs it); ``role`` the role in the group or None (``role_is_fact``: the worker marked it
    as an established fact); ``entries`` the items about them."""

    subject_id: str
    label: str = field(repr=False)
    role: str | None = field(default=None, repr=False)
    entries: tuple[SummaryEntry, ...] = ()
    role_is_fact: bool = False

    def role_note(self) -> str:
        """``ROLE_FACT_NOTE`` or ``ROLE_NOTE``: how the role is labelled in an export."""
        return ROLE_FACT_NOTE if self.role_is_fact else ROLE_NOTE


@dataclass(frozen=True)
class GroupSection:
    """Group level, shown first: name or code, kind, stage, period of the items, locations,
    online platforms. Dates are ``date`` objects; lists are tuples of short strings."""

    name: str = field(repr=False)
    kind: str
    stage: str
    period_from: date | None
    period_until: date | None
    locations: tuple[str, ...] = field(default=(), repr=False)
    platforms: tuple[str, ...] = field(default=(), repr=False)


@dataclass(frozen=True)
class Summary:
    """The minimal summary that leaves the notebook (docs/legal-rules.md section 6).

    ``group_entries`` are group-level items (behaviour, online, youth-work offer), ordered by
    the profile's category order then date; ``persons`` only from step 2B with a person-level
    purpose. ``omitted`` holds item ids left out (for the wizard's preview; never exported).
    """

    header: SummaryHeader
    group: GroupSection
    group_entries: tuple[SummaryEntry, ...] = ()
    persons: tuple[PersonSection, ...] = ()
    omitted: tuple[str, ...] = ()

    def with_disclosure_id(self, disclosure_id: str | None) -> Summary:
        """Return a copy whose header carries ``disclosure_id`` (None: not yet recorded)."""
        header = dataclasses.replace(self.header, disclosure_id=disclosure_id)
        return dataclasses.replace(self, header=header)

    def same_content(self, other: Summary) -> bool:
        """True when ``other`` shares exactly the same about the young people and the group:
        equal apart from the reference and the sender lines (who sends may be corrected on
        the export page without previewing again)."""
        def bare(summary: Summary) -> Summary:
            header = dataclasses.replace(summary.header, disclosure_id=None,
                                         sender_organisation="", sender_name="",
                                         sender_contact="")
            return dataclasses.replace(summary, header=header)

        return bare(self) == bare(other)

    def entry_count(self) -> int:
        """Number of items in the summary (group and person level)."""
        return len(self.group_entries) + sum(len(p.entries) for p in self.persons)


def format_day(day: date | None) -> str:
    """A date as Dutch ``dd-mm-jjjj`` (never "last week"); ``""`` for None."""
    return "" if day is None else f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


REFERENCE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
"""Characters of a reference: lower case and digits without the look-alikes i, l, o, 0, 1."""
REFERENCE_LENGTH = 8
"""31**8 is about 8.5e11 references: two notebooks sharing a folder practically never meet,
and ``export_disclosure`` draws again when a name is taken."""


def new_reference() -> str:
    """A fresh random reference (``REFERENCE_LENGTH`` characters of ``REFERENCE_ALPHABET``,
    from ``secrets``): unique across notebooks, without a counter or a date, so a file name
    tells nobody how many disclosures were made or when."""
    return "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))


def default_file_name(reference: str, extension: str) -> str:
    """File name without personal data: ``verstrekking-<reference>.<ext>``.

    ``reference`` comes from ``new_reference``; characters other than letters, digits, ``-``
    and ``_`` are dropped (a placeholder such as ``"…"`` becomes ``"nieuw"``)."""
    safe = "".join(ch for ch in reference if ch.isascii() and (ch.isalnum() or ch in "-_"))
    return f"verstrekking-{safe or 'nieuw'}.{extension.lstrip('.')}"


def _day_or_none(value: Any) -> date | None:
    return None if not value else date.fromisoformat(str(value))


def summary_to_dict(summary: Summary) -> dict[str, Any]:
    """The summary as JSON-ready data (dates as ISO text); ``summary_from_dict`` reads it back.

    Stored with the disclosure record, so the register shows exactly what left.
    """
    data = dataclasses.asdict(summary)

    def fix(value: Any) -> Any:
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: fix(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [fix(v) for v in value]
        return value

    return {key: fix(value) for key, value in data.items()}


def _entry_from(data: dict[str, Any]) -> SummaryEntry:
    return SummaryEntry(item_id=data["item_id"], day=date.fromisoformat(data["day"]),
                        category=data["category"], category_title=data["category_title"],
                        label=data["label"], text=data.get("text"))


def summary_from_dict(data: dict[str, Any]) -> Summary:
    """Inverse of ``summary_to_dict``. Raises KeyError/ValueError/TypeError on bad data."""
    head = dict(data["header"])
    head["recipients"] = tuple(head["recipients"])
    head["day"] = date.fromisoformat(head["day"])
    group = dict(data["group"])
    group["period_from"] = _day_or_none(group.get("period_from"))
    group["period_until"] = _day_or_none(group.get("period_until"))
    group["locations"] = tuple(group.get("locations", ()))
    group["platforms"] = tuple(group.get("platforms", ()))
    persons = tuple(
        PersonSection(subject_id=p["subject_id"], label=p["label"], role=p.get("role"),
                      entries=tuple(_entry_from(e) for e in p.get("entries", ())),
                      role_is_fact=bool(p.get("role_is_fact", False)))
        for p in data.get("persons", ()))
    return Summary(header=SummaryHeader(**head), group=GroupSection(**group),
                   group_entries=tuple(_entry_from(e) for e in data.get("group_entries", ())),
                   persons=persons, omitted=tuple(data.get("omitted", ())))


FILE_NAME_PATTERN = r"verstrekking-[2-9a-hjkmnp-z]{8}\.[a-z]+"
"""A regular expression for an export file name (``default_file_name(new_reference(), …)``)."""
new_file_token = new_reference
"""The name issue 13's change gave the random part; the same function."""
