"""The share wizard's working state and its one road to the legal check (Qt-free).

:class:`ShareDraft` holds what the youth worker chose on the pages (plain values, no Qt);
:class:`ShareSession` turns it into a fresh :class:`ShareRequest` through
``sharing.request_builder.build_request`` (items always come from the notebook, never typed
anew) and runs the pure ``covenant.assess`` on it. Nothing is cached: every call builds and
checks again, so a page can never show a verdict that belongs to an earlier choice
(docs/legal-rules.md). ``ShareSession.prepare`` gives the :class:`PreparedDisclosure` the
export takes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from jongerenwerk_desk.covenant import (
    SEVERITY_WARN,
    Assessment,
    ConflictOfDuties,
    CovenantProfile,
    Finding,
    ShareRequest,
)
from jongerenwerk_desk.covenant import assess as covenant_assess
from jongerenwerk_desk.notebook.disclosures import DisclosureRecord
from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.sharing.model import Grounds, Selection
from jongerenwerk_desk.sharing.prepared import PreparedDisclosure, prepare_disclosure
from jongerenwerk_desk.sharing.request_builder import build_request

LOCAL_ZONE = ZoneInfo("Europe/Amsterdam")
OWN_ROLE = "jongerenwerk"

FindingKey = tuple[str, str | None, str | None, str]
NO_GROUP = 0
"""Group id of a draft without a group (no notebook row has id 0: ``build_request`` refuses
it with a Dutch SelectionError)."""


def finding_key(finding: Finding) -> FindingKey:
    """Identity of a finding for acknowledgement: code, subject, item and message."""
    return (finding.code, finding.subject, finding.item, finding.message)


@dataclass
class ShareDraft:
    """Everything the worker chose so far; ids are notebook ids, item ids are request ids.

    - ``necessity``/``vital_interest``: item id -> text; ``inform_exceptions``: person id ->
      reason; ``reviewed_free_text``: item ids whose free text the worker reviewed (only
      these texts may leave, docs/legal-rules.md); ``shared_text``: item id -> the text
      settled on the preview for this disclosure (the notebook record stays).
    - ``conflict_of_duties`` (for group-level items only: a young person's own conflict of
      duties is recorded on that young person) is only passed on when ``use_conflict`` is
      set: reasoning, the role consulted, the date and the advice.
    - ``corrects``: the register id of the earlier disclosure this draft corrects (a
      correction: ``person_ids`` are that disclosure's subjects; no signals), or None.
    """

    group_id: int | None = None
    purpose: str = ""
    stage: str = ""
    recipients: list[str] = field(default_factory=list)
    person_ids: list[int] = field(default_factory=list)
    signal_ids: list[int] = field(default_factory=list)
    include_identity: bool = False
    include_roles: bool = False
    roles_as_fact: bool = False
    subsidiarity: str = ""
    necessity: dict[str, str] = field(default_factory=dict)
    use_conflict: bool = False
    conflict_reasoning: str = ""
    conflict_consulted: str = ""
    conflict_consulted_on: dt.date | None = None
    conflict_advice: str = ""
    vital_interest: dict[str, str] = field(default_factory=dict)
    reviewed_free_text: set[str] = field(default_factory=set)
    inform_exceptions: dict[int, str] = field(default_factory=dict)
    shared_text: dict[str, str] = field(default_factory=dict)
    confirmed_screening: set[str] = field(default_factory=set)
    corrects: int | None = None

    def selection(self) -> Selection:
        """The ``sharing.Selection`` for these choices."""
        return Selection(group_id=self.group_id if self.group_id is not None else NO_GROUP,
                         person_ids=tuple(self.person_ids), signal_ids=tuple(self.signal_ids),
                         include_identity=self.include_identity,
                         include_roles=self.include_roles,
                         roles_as_fact=self.include_roles and self.roles_as_fact,
                         purpose=self.purpose,
                         stage=self.stage, recipients=tuple(self.recipients),
                         corrects=self.corrects)

    def conflict(self) -> ConflictOfDuties | None:
        """The recorded conflict of duties, or None when the worker does not invoke it."""
        if not self.use_conflict:
            return None
        return ConflictOfDuties(reasoning=self.conflict_reasoning.strip(),
                                consulted=self.conflict_consulted.strip(),
                                consulted_on=self.conflict_consulted_on,
                                advice=self.conflict_advice.strip())

    def grounds(self) -> Grounds:
        """The ``sharing.Grounds`` for these choices (blank texts are left out)."""
        return Grounds(
            subsidiarity=self.subsidiarity.strip(),
            necessity={k: v.strip() for k, v in self.necessity.items() if v.strip()},
            conflict_of_duties=self.conflict(),
            vital_interest={k: v.strip() for k, v in self.vital_interest.items() if v.strip()},
            reviewed_free_text=set(self.reviewed_free_text),
            inform_exceptions={k: v.strip() for k, v in self.inform_exceptions.items()
                               if v.strip()},
            shared_text=dict(self.shared_text),
            confirmed_screening=set(self.confirmed_screening),
        )


@dataclass(frozen=True)
class Evaluation:
    """A request built just now and its assessment (never reused across choices)."""

    request: ShareRequest
    assessment: Assessment

    @classmethod
    def of(cls, prepared: PreparedDisclosure) -> Evaluation:
        """The request and assessment of a prepared disclosure."""
        return cls(prepared.request, prepared.assessment)

    @property
    def blocked(self) -> bool:
        """True when the request may not be exported."""
        return self.assessment.blocked

    def warnings(self) -> tuple[Finding, ...]:
        """The findings that need an acknowledgement, in order."""
        return self.assessment.by_severity(SEVERITY_WARN)


def today_from_wall(wall_seconds: float) -> dt.date:
    """The calendar date in the Netherlands at ``wall_seconds`` (Unix time, seconds)."""
    return dt.datetime.fromtimestamp(wall_seconds, LOCAL_ZONE).date()


def own_party_id(profile: CovenantProfile) -> str:
    """The youth-work party of the profile (role ``jongerenwerk``); ``jongerenwerk`` if none,
    so the check reports OWN_PARTY_NOT_SIGNATORY instead of the wizard guessing."""
    party = next((p for p in profile.parties if p.role == OWN_ROLE), None)
    return party.id if party else OWN_ROLE


class ShareSession:
    """Binds a notebook, the active profile and the clock to a :class:`ShareDraft`.

    ``today()`` is read from ``wall_clock`` (seconds) on every evaluation, so a wizard left
    open over midnight checks against the new date. ``evaluate()`` raises whatever
    ``build_request`` raises for notebook problems (the caller shows a Dutch message).
    """

    def __init__(self, notebook: Notebook | None, profile: CovenantProfile,
                 wall_clock: Callable[[], float]) -> None:
        self.notebook: Notebook | None = notebook
        self.profile = profile
        self.draft = ShareDraft()
        self.own_party = own_party_id(profile)
        self._wall_clock = wall_clock
        self.acknowledged: set[FindingKey] = set()
        self.evaluations = 0

    def today(self) -> dt.date:
        """Today's date in the Netherlands."""
        return today_from_wall(self._wall_clock())

    def build(self, today: dt.date | None = None) -> ShareRequest:
        """A fresh request from the notebook for the current draft (RuntimeError once the
        notebook was dropped on lock)."""
        return build_request(self._notebook(), self.draft.selection(), self.draft.grounds(),
                             today or self.today(), self.own_party)

    def _notebook(self) -> Notebook:
        if self.notebook is None:
            raise RuntimeError("the notebook is locked")
        return self.notebook

    def prepare(self) -> PreparedDisclosure:
        """Request, assessment and (unless blocked) summary for the current draft, from the
        notebook now (``prepare_disclosure``; never cached). Counts as an evaluation."""
        self.evaluations += 1
        return prepare_disclosure(self._notebook(), self.draft.selection(),
                                  self.draft.grounds(), self.profile, self.today(),
                                  self.own_party)

    def evaluate(self) -> Evaluation:
        """Build a fresh request and assess it (never cached; docs/legal-rules.md)."""
        today = self.today()
        request = self.build(today)
        self.evaluations += 1
        return Evaluation(request, covenant_assess(self.profile, request, today))

    def unacknowledged(self, evaluation: Evaluation) -> list[Finding]:
        """Warnings of ``evaluation`` the worker has not acknowledged (yet)."""
        return [f for f in evaluation.warnings() if finding_key(f) not in self.acknowledged]

    def may_export(self, evaluation: Evaluation) -> bool:
        """True when nothing blocks and every warning was acknowledged one by one."""
        return not evaluation.blocked and not self.unacknowledged(evaluation)


def _shared_signal_ids(record: DisclosureRecord) -> set[int]:
    """Signal ids whose items went out with a register record (``S12`` and ``S12-P3``)."""
    ids: set[int] = set()
    for item in (record.request or {}).get("items", ()):
        item_id = str(item.get("id", ""))
        if item_id.startswith("S"):
            head = item_id[1:].split("-", 1)[0]
            if head.isdigit():
                ids.add(int(head))
    return ids


def fast_path_draft(notebook: Notebook, profile: CovenantProfile, group_id: int,
                    today: dt.date) -> ShareDraft:
    """The draft for "Delen met het overleg" from a group: the group's step, the purpose that fits
    it (the last disclosure's purpose for this group when it still fits), the recipients and
    the justification of the last disclosure for this group (recipients that may no longer
    receive are left out), and the group's signals written down since then that no
    disclosure of this group carried yet, ticked when their kind of information fits the
    purpose and, at a group-level step or purpose, is group-level. Without an earlier
    disclosure nothing is ticked and no recipient chosen. Pure reading; the check still
    decides everything.
    """
    from jongerenwerk_desk.covenant import GROUP_ONLY_STAGES
    from jongerenwerk_desk.sharing.picklists import signals_of

    group = notebook.groups.get(group_id)
    draft = ShareDraft(group_id=group_id, stage=group.stage)
    records = [r for r in notebook.disclosures.list() if r.group_id == group_id]
    last = records[-1] if records else None
    fitting = [p for p in profile.purposes if group.stage in p.stages]
    purpose = None
    if last is not None:
        purpose = next((p for p in fitting if p.id == last.purpose), None)
    if purpose is None and fitting:
        group_level = group.stage in GROUP_ONLY_STAGES
        purpose = next((p for p in fitting if (p.level == "group") == group_level), fitting[0])
    if purpose is None:
        return draft
    draft.purpose = purpose.id
    if last is None:
        return draft
    draft.recipients = [r for r in last.recipients if r in purpose.recipients
                        and (party := profile.party(r)) is not None
                        and party.has_signed_by(today)]
    draft.subsidiarity = str((last.request or {}).get("subsidiarity", ""))
    shared = set().union(*(_shared_signal_ids(r) for r in records))
    group_only = group.stage in GROUP_ONLY_STAGES or purpose.level == "group"
    for signal in signals_of(notebook, group_id):
        category = profile.category(signal.category)
        if (signal.id is None or signal.id in shared or category is None
                or signal.category not in purpose.categories):
            continue
        if signal.recorded_at is not None and signal.recorded_at < last.created_at:
            continue                       # written down before the last disclosure: not new
        if group_only and (category.level == "person" or signal.person_ids):
            continue
        draft.signal_ids.append(signal.id)
    return draft
