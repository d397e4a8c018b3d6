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
"""A role in the group is the worker's judgement, always shown as such."""
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
    - ``include_identity`` / ``include_roles``: add an identity / role item per person.
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
    confirmed_screening: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class SummaryHeader:
    """The header printed on every page (docs/legal-rules.md section 6, last bullet).

    ``recipients`` are party names (not ids); ``disclosure_id`` is None until the register
    assigns it (``export_disclosure``). ``demo``: made from the fictional demo notebook; every
    export then carries DEMO_LABEL.
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
    needs it); ``role`` the role in the group or None; ``entries`` the items about them."""

    subject_id: str
    label: str = field(repr=False)
    role: str | None = field(default=None, repr=False)
    entries: tuple[SummaryEntry, ...] = ()


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

    def entry_count(self) -> int:
        """Number of items in the summary (group and person level)."""
        return len(self.group_entries) + sum(len(p.entries) for p in self.persons)


def format_day(day: date | None) -> str:
    """A date as Dutch ``dd-mm-jjjj`` (never "last week"); ``""`` for None."""
    return "" if day is None else f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


#: alphabet of the random part of export file names (no look-alikes: 0/o, 1/l/i)
_TOKEN_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
FILE_NAME_PATTERN = r"verstrekking-[2-9a-hjkmnp-z]{8}\.[a-z]+"


def new_file_token() -> str:
    """A fresh random part for the files of one export: 8 symbols (about 40 bits)."""
    return "".join(secrets.choice(_TOKEN_ALPHABET) for _ in range(8))


def default_file_name(token: str, extension: str) -> str:
    """``verstrekking-<token>.<ext>``: no personal names, and no disclosure number or date, so
    a file name seen without opening the file (a mail attachment, a shared folder) does not
    tell how many disclosures were made or when (issue 13). ``token``: :func:`new_file_token`,
    the same for the files (PDF, CSV) of one export."""
    safe = "".join(ch for ch in token if ch.isalnum() or ch in "-_…") or "nieuw"
    return f"verstrekking-{safe}.{extension.lstrip('.')}"
