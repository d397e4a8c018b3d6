"""Turn what the worker picked in the notebook into a ``ShareRequest`` (docs/legal-rules.md §1).

Item ids are stable and readable in the wizard:

- ``S12``: signal 12 (group level when it concerns nobody, or about the one person it
  concerns);
- ``S12-P3``: signal 12 about person 3, when the signal concerns two or more persons (one item
  per subject, so every subject's consent is checked);
- ``P3-identiteit``: initials/name and year of birth of person 3; ``P3-rol``: their role.

Mapping decisions (each one errs towards the stricter check):

- A signal is about every young person linked to it, whether or not the worker selected them:
  each of them is the subject of an item, and every subject of an item is in ``subjects`` with
  birth date, informing and consents. So a person-level item never leaves as "group level"
  past the consent, age and informing checks, and at steps 1/2A any signal linked to a person
  fires PERSONAL_DATA_AT_GROUP_STAGE (docs/legal-rules.md section 3; werkproces step 2A "no name
  list"). ``subjects`` = the selected persons, then the other persons the items concern, in
  order of first appearance. The summary never names a person who was not selected.

- ``free_text`` is true when the signal has text (or a location; or the text the worker
  settled on the preview, ``grounds.shared_text``, which replaces both) AND the worker
  reviewed it (``grounds.reviewed_free_text``): exactly then the text leaves the notebook.
  Unreviewed text never leaves (the summary shows category and date only), so the request
  does not claim it.
- ``screening`` (V2-7b): for every item whose free text leaves (``free_text`` true), the kinds
  the text screener (``sharing.screening``) finds in the signal's text and location (or in the
  settled text); ``screening_confirmed`` when the worker confirmed the category for that item
  (or its signal) in ``grounds.confirmed_screening``. Text that does not leave is not screened:
  only the category and date of such a signal go out.
- ``names_informant``: the informant field itself is never exported. The informant becomes
  identifiable only through text that leaves, so it is true when an informant is recorded, the
  text leaves, and the text names the informant (whole name or a distinctive part of it,
  ``redact.mentions``); the check then blocks (INFORMANT_IDENTIFIABLE) until the worker drops
  the text or rewrites the signal.
- ``recorded_on`` of a signal is its date in its own time zone; identity and role items are
  asserted as current on ``today``. A role ("kern", "meeloper") is the worker's judgement, so a
  role item is ``verified=False`` and is shown as an impression, unless the worker states that
  the roles are established facts (``selection.roles_as_fact``).
- Informing: a record with ``who`` youth / youth+parents on or before ``today`` sets
  ``informed``; parents / youth+parents sets ``parents_informed`` (AVG art. 13/14).
- Consents on file map one-to-one to ``RequestConsent`` with their categories (None: every
  category of the purpose); one without ``given_on`` cannot be valid and is left out, and so
  is one whose end date (``ends_on``) lies before ``today`` (an expired consent is not a
  refusal, so it must not count as a withdrawal either).

Version 2 fields come from the notebook, never from the wizard (docs/legal-rules.md §5):

- ``stage``: the group's recorded stage (its history says when and by which overleg it was
  decided); ``selection.stage`` is not used, and the summary refuses a selection whose stage
  differs from the request's.
- ``group_size``: the group's members on ``today`` (``nb.groups.member_count``).
- per subject: ``refusals``; ``conflict_of_duties`` = the latest one recorded for that young
  person with advice on or before ``today`` (else the latest, which the check explains);
  ``inform_exception`` = the latest informing record with an exception reason, as an object
  with its ground, decision and review dates (a wizard text only when the notebook has none:
  a bare reason, which the check does not count).
- per item about a person: ``vital_interest`` = the latest vital interest recorded for that
  young person on or before ``today`` (reason and why consent is impossible); the check looks
  at it only on special items. A wizard text is used only when the notebook has none.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jongerenwerk_desk.covenant import (
    ConflictOfDuties,
    EarlierDisclosure,
    InformException,
    Item,
    Refusal,
    RequestConsent,
    ShareRequest,
    Subject,
    VitalInterest,
)
from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.sharing.model import Grounds, Selection
from jongerenwerk_desk.sharing.redact import mentions
from jongerenwerk_desk.sharing.screening import screen_texts

IDENTITY_CATEGORY = "identiteit"
ROLE_CATEGORY = "rol-in-groep"
CORRECTION_CATEGORY = "correctie"
_ITEM_ID = re.compile(
    r"^(?:S(?P<sid>\d+)(?:-P(?P<spid>\d+))?|P(?P<pid>\d+)-(?P<kind>identiteit|rol|correctie))$")


class SelectionError(ValueError):
    """The selection does not fit the notebook (Dutch message, ids only, no client data)."""


def subject_id(person_id: int) -> str:
    """Subject id of a person in a request: ``P<id>``."""
    return f"P{person_id}"


def signal_item_id(signal_id: int, person_id: int | None = None) -> str:
    """``S<id>`` or, for a signal split per selected person, ``S<id>-P<person>``."""
    return f"S{signal_id}" if person_id is None else f"S{signal_id}-P{person_id}"


def parse_item_id(item_id: str) -> tuple[str, int, int | None]:
    """``"S12"`` -> ("signal", 12, None); ``"S12-P3"`` -> ("signal", 12, 3);
    ``"P3-identiteit"`` -> ("identity", 3, None); ``"P3-rol"`` -> ("role", 3, None);
    ``"P3-correctie"`` -> ("correction", 3, None).

    Raises SelectionError for any other id.
    """
    match = _ITEM_ID.match(item_id)
    if match is None:
        raise SelectionError(f"Onbekend onderdeel-id {item_id!r}.")
    if match["sid"]:
        return "signal", int(match["sid"]), int(match["spid"]) if match["spid"] else None
    kind = {"identiteit": "identity", "rol": "role", "correctie": "correction"}[match["kind"]]
    return kind, int(match["pid"]), None


def local_day(moment: datetime, tz_name: str) -> date:
    """The calendar day of an aware moment in the zone it happened in (UTC if unknown)."""
    try:
        return moment.astimezone(ZoneInfo(tz_name)).date()
    except (ZoneInfoNotFoundError, ValueError):
        return moment.date()


def _ground(mapping: dict[str, str], item_id: str, base_id: str) -> str:
    return (mapping.get(item_id) or mapping.get(base_id) or "").strip()


def _vital_interest(nb: Notebook, person_id: int | None, today: date, wizard_text: str,
                    ) -> str | VitalInterest | None:
    """The latest vital interest recorded for the person on or before ``today``; else the
    wizard's text (a bare reason); else None."""
    if person_id is not None:
        records = [v for v in nb.vital_interests.for_person(person_id)
                   if v.recorded_on is not None and v.recorded_on <= today]
        if records:
            return VitalInterest(reason=records[-1].reason,
                                 consent_impossible=records[-1].consent_impossible)
    return wizard_text or None


def _signal_items(nb: Notebook, signal: Any, grounds: Grounds, today: date) -> list[Item]:
    """One item per person the signal concerns (selected or not), one group item if none."""
    base = signal_item_id(signal.id)
    linked = list(dict.fromkeys(signal.person_ids))
    targets: list[int | None] = [None] if not linked else list(linked)
    split = len(targets) > 1
    items = []
    for pid in targets:
        item_id = signal_item_id(signal.id, pid if split else None)
        settled = grounds.text_for(item_id, base)
        text = f"{signal.text}\n{signal.location}" if settled is None else settled
        has_text = bool(text.strip())
        leaves = has_text and (item_id in grounds.reviewed_free_text
                               or base in grounds.reviewed_free_text)
        named = bool(leaves and signal.informant.strip()
                     and mentions(text, [signal.informant]))
        screening = screen_texts([signal.text, signal.location] if settled is None
                                 else [settled]) if leaves else ()
        confirmed = bool(screening) and bool({item_id, base} & grounds.confirmed_screening)
        items.append(Item(
            id=item_id, subject=None if pid is None else subject_id(pid),
            category=signal.category, source=signal.source, confidential=signal.confidential,
            recorded_on=local_day(signal.occurred_at, signal.tz_name),
            necessity=_ground(grounds.necessity, item_id, base), verified=signal.verified,
            free_text=leaves, names_informant=named,
            vital_interest=_vital_interest(nb, pid, today,
                                           _ground(grounds.vital_interest, item_id, base)),
            screening=screening, screening_confirmed=confirmed))
    return items


def _person_item(nb: Notebook, pid: int, kind: str, category: str, verified: bool,
                 grounds: Grounds, today: date) -> Item:
    """Item ``P<pid>-<kind>`` about one selected person, dated ``today``; a role is the
    worker's judgement, so it is passed as not verified (an impression)."""
    item_id = f"P{pid}-{kind}"
    return Item(
        id=item_id, subject=subject_id(pid), category=category, source="own_observation",
        confidential=False, recorded_on=today,
        necessity=grounds.necessity.get(item_id, "").strip(), verified=verified,
        free_text=False, names_informant=False,
        vital_interest=_vital_interest(nb, pid, today,
                                       (grounds.vital_interest.get(item_id) or "").strip()))


def _person_items(nb: Notebook, selection: Selection, grounds: Grounds, today: date) -> list[Item]:
    items: list[Item] = []
    for pid in selection.person_ids:
        if selection.include_identity:
            items.append(_person_item(nb, pid, "identiteit", IDENTITY_CATEGORY, True, grounds,
                                      today))
        role = _membership(nb, pid, selection.group_id)
        if selection.include_roles and role is not None and role.role.strip():
            items.append(_person_item(nb, pid, "rol", ROLE_CATEGORY, selection.roles_as_fact,
                                      grounds, today))
    return items


def _membership(nb: Notebook, person_id: int, group_id: int) -> Any | None:
    for membership in nb.memberships.for_person(person_id):
        if membership.group_id == group_id:
            return membership
    return None


def _subject(nb: Notebook, person_id: int, grounds: Grounds, today: date) -> Subject:
    try:
        person = nb.people.get(person_id)
    except KeyError:
        raise SelectionError(f"Persoon {person_id} bestaat niet (meer).") from None
    records = [r for r in nb.informing.for_person(person_id)
               if r.informed_on is None or r.informed_on <= today]
    informed = any(r.informed_on and r.who in ("youth", "youth+parents") for r in records)
    parents = any(r.informed_on and r.who in ("parents", "youth+parents") for r in records)
    consents = tuple(
        RequestConsent(by=c.given_by, given_on=c.given_on, purpose=c.purpose,
                       recipients=tuple(c.recipients), withdrawn_on=c.withdrawn_on,
                       explicit_special=bool(c.explicit_special),
                       categories=None if c.categories is None else tuple(c.categories))
        for c in nb.consents.for_person(person_id)
        if c.given_on is not None and (c.ends_on is None or c.ends_on >= today))
    refusals = tuple(Refusal(by=r.refused_by, on=r.refused_on, purpose=r.purpose)
                     for r in nb.refusals.for_person(person_id) if r.refused_on is not None)
    return Subject(id=subject_id(person_id), birth_date=person.birth_date, informed=informed,
                   parents_informed=parents,
                   inform_exception=_inform_exception(nb, person_id, grounds),
                   consents=consents, refusals=refusals,
                   conflict_of_duties=_conflict(nb, person_id, today))


def _inform_exception(nb: Notebook, person_id: int,
                      grounds: Grounds) -> str | InformException | None:
    """The latest informing record with an exception reason, with ground and dates; else the
    wizard's text (a bare reason that the check does not count); else None."""
    records = [r for r in nb.informing.for_person(person_id) if r.exception_reason.strip()]
    if records:
        last = records[-1]
        return InformException(ground=last.exception_ground.strip() or None,
                               reason=last.exception_reason.strip(),
                               decided_on=last.exception_decided_on,
                               review_on=last.exception_review_on)
    return (grounds.inform_exceptions.get(person_id) or "").strip() or None


def _conflict(nb: Notebook, person_id: int, today: date) -> ConflictOfDuties | None:
    """The conflict of duties recorded for this young person with the latest advice on or
    before ``today`` (else the latest one, so the check can say why it does not count)."""
    records = nb.conflicts.for_person(person_id)
    if not records:
        return None
    usable = [c for c in records if c.consulted_on is not None and c.consulted_on <= today]
    chosen = (usable or records)[-1]
    return ConflictOfDuties(reasoning=chosen.reasoning, consulted=chosen.consulted,
                            consulted_on=chosen.consulted_on, advice=chosen.advice)


def subject_person_ids(selection: Selection, items: Any) -> list[int]:
    """Person ids of a request's subjects: the selected persons, then every other person an
    item concerns (``Item.subject`` ``"P<id>"``), in order of first appearance."""
    pids = dict.fromkeys(selection.person_ids)
    for item in items:
        if item.subject is not None:
            pids.setdefault(int(item.subject[1:]), None)
    return list(pids)


def _check_selection(nb: Notebook, selection: Selection) -> tuple[Any, list[Any]]:
    try:
        group = nb.groups.get(selection.group_id)
    except KeyError:
        raise SelectionError(f"Groep {selection.group_id} bestaat niet (meer).") from None
    members = {m.person_id for m in nb.memberships.for_group(selection.group_id)}
    # a correction may concern a young person who left the group: the check requires them to
    # be a subject of the earlier disclosure instead (CORRECTION_NOT_COVERED)
    strangers = [] if selection.corrects is not None else [
        pid for pid in selection.person_ids if pid not in members]
    if strangers:
        raise SelectionError("Persoon " + ", ".join(map(str, strangers))
                             + " is geen lid van deze groep.")
    signals = []
    for sid in selection.signal_ids:
        try:
            signal = nb.signals.get(sid)
        except KeyError:
            raise SelectionError(f"Signaal {sid} bestaat niet (meer).") from None
        if (selection.group_id not in signal.group_ids
                and not set(signal.person_ids) & set(selection.person_ids)):
            raise SelectionError(f"Signaal {sid} hoort niet bij deze groep of de gekozen "
                                 "personen.")
        signals.append(signal)
    return group, signals


def _refuse_restricted(nb: Notebook, person_ids: list[int], today: date) -> None:
    """RESTRICTION-HOOK (AVG art. 18): while processing of a young person is restricted,
    nothing about them may be shared. Raises SelectionError (Dutch, ids only) when a subject
    of the request is restricted on ``today`` (``notebook.ops.restrict_person``); the wizard
    and the export (which prepares again) then stop."""
    from jongerenwerk_desk.notebook.rights_queries import restricted_person_ids

    restricted = restricted_person_ids(nb, person_ids, today)
    if restricted:
        raise SelectionError("Persoon " + ", ".join(map(str, restricted)) + " heeft een "
                             "beperking van de verwerking (AVG art. 18): niets over deze "
                             "jongere mag worden gedeeld zolang die geldt.")


def build_request(nb: Notebook, selection: Selection, grounds: Grounds, today: date,
                  own_party: str) -> ShareRequest:
    """Build the share request for ``selection`` from the notebook ``nb`` on ``today``.

    One item per chosen signal, split per person it concerns (selected or not; see the module
    docstring), plus identity and role items per selected person when asked. ``subjects``: the
    selected persons, then every other person an item concerns, each with birth date,
    informing state, consents, refusals, conflict of duties and informing exception on file.
    The stage is the group's recorded stage and ``group_size`` its member count on ``today``.
    Pure reading: nothing is written. Raises SelectionError (Dutch, ids only) when the group,
    a person or a signal does not exist or does not belong to the group.
    """
    group, signals = _check_selection(nb, selection)
    items: list[Item] = []
    earlier: tuple[EarlierDisclosure, ...] = ()
    if selection.corrects is not None:
        earlier, items = _correction(nb, selection, grounds, today)
    for signal in sorted(signals, key=lambda s: (s.occurred_at, s.id)):
        items.extend(_signal_items(nb, signal, grounds, today))
    if selection.corrects is None:
        items.extend(_person_items(nb, selection, grounds, today))
    person_ids = subject_person_ids(selection, items)
    _refuse_restricted(nb, person_ids, today)
    subjects = tuple(_subject(nb, pid, grounds, today) for pid in person_ids)
    return ShareRequest(today=today, own_party=own_party, recipients=selection.recipients,
                        stage=group.stage, purpose=selection.purpose,
                        subsidiarity=grounds.subsidiarity.strip(), subjects=subjects,
                        items=tuple(items),
                        conflict_of_duties=grounds.conflict_of_duties,
                        group_size=nb.groups.member_count(group.id, today),
                        earlier_disclosures=earlier)


def correction_id(disclosure_id: int) -> str:
    """The id of a register record as a correction names it (``corrects``): ``V<id>``."""
    return f"V{disclosure_id}"


def _correction(nb: Any, selection: Selection, grounds: Grounds, today: date,
                ) -> tuple[tuple[EarlierDisclosure, ...], list[Item]]:
    """The earlier disclosure from the register (its date in UTC, recipients, subjects) and,
    per selected person, an identity item and a ``correctie`` item that both correct it."""
    assert selection.corrects is not None
    try:
        record = nb.disclosures.get(selection.corrects)
    except KeyError:
        raise SelectionError(f"Verstrekking {selection.corrects} staat niet in het "
                             "register.") from None
    ref = correction_id(record.id)
    earlier = EarlierDisclosure(id=ref, date=record.created_at.date(),
                                recipients=tuple(record.recipients),
                                subjects=tuple(subject_id(p) for p in record.person_ids))
    items = []
    for pid in selection.person_ids:
        for kind, category in (("identiteit", IDENTITY_CATEGORY),
                               ("correctie", CORRECTION_CATEGORY)):
            item_id = f"P{pid}-{kind}"
            items.append(Item(
                id=item_id, subject=subject_id(pid), category=category,
                source="own_observation", confidential=False, recorded_on=today,
                necessity=grounds.necessity.get(item_id, "").strip(), verified=True,
                free_text=False, names_informant=False, corrects=ref))
    return (earlier,), items
