"""Build the minimal summary that leaves the notebook (docs/legal-rules.md section 6).

What it contains: group level first (name or code, kind, stage, period, locations, online
platforms, then behaviour/online/youth-work items); persons only from step 2B and only for a
person-level purpose, as initials + year of birth (the name only when the caller says the
purpose needs it), with their role and their items; impressions labelled
"Indruk (niet geverifieerd)"; dates as dates.

What it never contains: informants, addresses, phone numbers, BSN (reviewed text is redacted
with ``redact``), special or criminal data that did not pass the check, confidences without
ground, and text the worker did not review (such items show category and date only).

Legal sources: AVG art. 5(1)(c) data minimisation; werkproces 7-stappenmodel (2023) step 2A
"no name list", step 3 "personal circumstances only as far as partners already know them".
"""

from __future__ import annotations

from typing import Any

from jongerenwerk_desk.covenant import (
    GROUP_ONLY_STAGES,
    SEVERITY_BLOCK,
    Assessment,
    CovenantProfile,
    Item,
    ShareRequest,
    assess,
)
from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.notebook.settings_keys import SettingKey
from jongerenwerk_desk.sharing.model import (
    DEMO_SETTING,
    FACT_LABEL,
    IMPRESSION_LABEL,
    GroupSection,
    PersonSection,
    Selection,
    Summary,
    SummaryEntry,
    SummaryHeader,
)
from jongerenwerk_desk.sharing.redact import NAME_MARK, name_variants, redact
from jongerenwerk_desk.sharing.request_builder import (
    parse_item_id,
    subject_id,
    subject_person_ids,
)

_GROUP_KIND_NL = {"groep": "groep", "netwerk": "netwerk", "online": "online groep"}


class SummaryRefused(Exception):
    """No summary may be built (blocked, stale or mismatched assessment); Dutch message."""


def _passes(item: Item, request: ShareRequest, assessment: Assessment,
            profile: CovenantProfile, person_level: bool) -> bool:
    """Defence in depth: re-derive per item that it may leave, whatever the outcome says."""
    purpose = profile.purpose(request.purpose)
    category = profile.category(item.category)
    if purpose is None or category is None or item.category not in purpose.categories:
        return False
    if any(f.item == item.id and f.severity == SEVERITY_BLOCK for f in assessment.findings):
        return False
    if item.names_informant:
        return False
    if (item.subject is not None or category.level == "person") and not person_level:
        return False
    codes = {f.code for f in assessment.findings if f.item == item.id}
    if category.kind == "special" and "SPECIAL_CATEGORY_EXCEPTION" not in codes:
        return False
    if category.kind == "criminal" and request.own_party not in profile.criminal_data_shared_by:
        return False
    if item.confidential and item.subject is None and "CONFLICT_OF_DUTIES_USED" not in codes:
        return False  # a group-level confidence can only pass on a recorded conflict of duties
    return True


def _check_inputs(request: ShareRequest, assessment: Assessment, profile: CovenantProfile,
                  selection: Selection) -> None:
    if assessment.blocked:
        raise SummaryRefused("De toets blokkeert deze verstrekking; er wordt geen samenvatting "
                             "gemaakt.")
    if (request.purpose, request.stage, tuple(request.recipients)) != (
            selection.purpose, selection.stage, tuple(selection.recipients)):
        raise SummaryRefused("Het verzoek hoort niet bij deze keuze (doel, stap of "
                             "ontvangers verschillen); voer de toets opnieuw uit.")
    if assess(profile, request, request.today).to_dict() != assessment.to_dict():
        raise SummaryRefused("De uitkomst van de toets is verouderd; voer de toets opnieuw uit.")
    if profile.purpose(request.purpose) is None:
        raise SummaryRefused("Het doel staat niet in het convenantprofiel.")


def _labels(nb: Notebook, request: ShareRequest, selection: Selection,
            identify_by_name: bool) -> tuple[dict[int, str], dict[str, str]]:
    """Person labels (pid -> label) and name replacements for redaction of reviewed text.

    A selected person is initials (or name) + year of birth when an identity item is shared,
    else "Jongere n" (n = place in the selection). A person an item is about who was not
    selected is never named: "Jongere n" with n counting on after the selection. Other group
    members, and every other young person in the notebook, are "[naam verwijderd]" in text
    and in the group's name, locations, platforms and roles.
    """
    identified = {pid for kind, pid, _ in (parse_item_id(i.id) for i in request.items)
                  if kind == "identity"}
    labels: dict[int, str] = {}
    replacements: dict[str, str] = {}
    members = [m.person_id for m in nb.memberships.for_group(selection.group_id)
               if m.person_id is not None]
    for number, pid in enumerate(selection.person_ids, start=1):
        person = nb.people.get(pid)
        if pid in identified:
            year = f" ({person.birth_year})" if person.birth_year else " (geboortejaar onbekend)"
            labels[pid] = (person.name if identify_by_name else person.initials) + year
        else:
            labels[pid] = f"Jongere {number}"
        for variant in name_variants(person.name, person.nickname):
            replacements[variant] = labels[pid]
    for pid in _unselected_subjects(request, selection):
        labels[pid] = f"Jongere {len(labels) + 1}"
        person = nb.people.get(pid)
        for variant in name_variants(person.name, person.nickname):
            replacements.setdefault(variant, labels[pid])
    for pid in members:
        if pid not in labels:
            person = nb.people.get(pid)
            for variant in name_variants(person.name, person.nickname):
                replacements.setdefault(variant, NAME_MARK)
    for name, nickname in nb.people.all_names():  # anyone else in the notebook, too
        for variant in name_variants(name, nickname):
            replacements.setdefault(variant, NAME_MARK)
    return labels, replacements


def _entry(nb: Notebook, item: Item, profile: CovenantProfile, replacements: dict[str, str],
           signal_cache: dict[int, Any], settled: dict[str, str] | None = None) -> SummaryEntry:
    kind, sid, _ = parse_item_id(item.id)
    category = profile.category(item.category)
    text = None
    if kind == "signal" and item.free_text:
        signal = signal_cache.get(sid) or nb.signals.get(sid)
        signal_cache[sid] = signal
        own = (settled or {}).get(item.id, (settled or {}).get(f"S{sid}"))
        if own is not None:          # the text the worker settled on the preview
            raw = own.strip()
        else:
            raw = signal.text.strip()
            if signal.location.strip():
                raw = f"Plek: {signal.location.strip()}\n{raw}"
        text = redact(raw, _with_linked(nb, signal, replacements)) or None
    return SummaryEntry(item_id=item.id, day=item.recorded_on, category=item.category,
                        category_title=category.title if category else item.category,
                        label=FACT_LABEL if item.verified else IMPRESSION_LABEL, text=text)


def _with_linked(nb: Notebook, signal: Any, replacements: dict[str, str]) -> dict[str, str]:
    """Add the names of everyone linked to the signal who is neither selected nor a member
    (e.g. a sibling): they are replaced by "[naam verwijderd]"."""
    extra: dict[str, str] = {}
    for pid in signal.person_ids:
        try:
            person = nb.people.get(pid)
        except KeyError:
            continue
        for variant in name_variants(person.name, person.nickname):
            if variant not in replacements:
                extra[variant] = NAME_MARK
    return {**replacements, **extra} if extra else replacements


def build_summary(nb: Notebook, request: ShareRequest, assessment: Assessment,
                  profile: CovenantProfile, selection: Selection, *,
                  identify_by_name: bool = False,
                  shared_text: dict[str, str] | None = None) -> Summary:
    """Build the minimal summary for an assessed request.

    ``identify_by_name``: show full names instead of initials (only when the covenant purpose
    needs a name; the profile schema has no such key yet, so the default is initials).
    ``persons``: the selected persons, then anyone else an item is about (a signal linked to
    a young person who was not selected); the latter only ever as "Jongere n", never named,
    and their names in reviewed text are replaced by that label.
    ``shared_text``: ``Grounds.shared_text`` of the request (the texts settled on the
    preview); each replaces its signal's text and location and is redacted like any text.
    Raises SummaryRefused (Dutch) for a blocked, stale or mismatched assessment; KeyError when
    a record vanished from the notebook meanwhile.
    """
    _check_inputs(request, assessment, profile, selection)
    purpose = profile.purpose(request.purpose)
    assert purpose is not None                     # _check_inputs refused an unknown purpose
    person_level = purpose.is_correction or (
        request.stage not in GROUP_ONLY_STAGES and purpose.level == "person")
    labels, replacements = _labels(nb, request, selection, identify_by_name)
    group_entries, per_person, roles, omitted = _sort_items(
        nb, request, assessment, profile, selection, person_level, replacements,
        shared_text or {})
    order = {c.id: n for n, c in enumerate(profile.categories)}

    def sort_key(e: SummaryEntry) -> tuple[int, Any, str]:
        return (order.get(e.category, len(order)), e.day, e.item_id)

    persons = tuple(
        PersonSection(subject_id=subject_id(pid), label=labels[pid], role=roles.get(pid),
                      entries=tuple(sorted(per_person[pid], key=sort_key)),
                      role_is_fact=any(i.verified for i in request.items
                                       if i.id == f"P{pid}-rol"))
        for pid in per_person
        if person_level and (per_person[pid] or pid in roles or _identified(request, pid)))
    days = [e.day for e in group_entries] + [e.day for p in persons for e in p.entries]
    return Summary(header=_header(request, profile, is_demo_notebook(nb), _sender(nb)),
                   group=_group(nb, selection, request, days, replacements),
                   group_entries=tuple(sorted(group_entries, key=sort_key)), persons=persons,
                   omitted=tuple(omitted))


def _sort_items(nb: Notebook, request: ShareRequest, assessment: Assessment,
                profile: CovenantProfile, selection: Selection, person_level: bool,
                replacements: dict[str, str], settled: dict[str, str]) -> tuple[
                    list[SummaryEntry], dict[int, list[SummaryEntry]], dict[int, str], list[str]]:
    """Split the request's items into group entries, entries per person, roles and omitted."""
    group_entries: list[SummaryEntry] = []
    per_person: dict[int, list[SummaryEntry]] = {
        pid: [] for pid in (*selection.person_ids, *_unselected_subjects(request, selection))}
    roles: dict[int, str] = {}
    omitted: list[str] = []
    cache: dict[int, Any] = {}
    for item in request.items:
        if not _passes(item, request, assessment, profile, person_level):
            omitted.append(item.id)
            continue
        kind, pid, _ = parse_item_id(item.id)
        if kind == "identity":
            continue  # shown as the person's label
        if kind == "role":
            roles[pid] = redact(_role(nb, pid, selection.group_id), replacements)
            continue
        if kind == "correction":   # the correction text itself is what leaves (AVG art. 19)
            per_person[pid].append(_correction_entry(item, profile, replacements))
            continue
        entry = _entry(nb, item, profile, replacements, cache, settled)
        if item.subject is None:
            group_entries.append(entry)
        else:
            per_person[int(item.subject[1:])].append(entry)
    return group_entries, per_person, roles, omitted


def _correction_entry(item: Item, profile: CovenantProfile,
                      replacements: dict[str, str]) -> SummaryEntry:
    """The correction of an earlier disclosure: its text (names of others removed)."""
    category = profile.category(item.category)
    return SummaryEntry(item_id=item.id, day=item.recorded_on, category=item.category,
                        category_title=category.title if category else item.category,
                        label=FACT_LABEL, text=redact(item.necessity, replacements) or None)


def _unselected_subjects(request: ShareRequest, selection: Selection) -> list[int]:
    """Persons an item is about who were not selected (signal linked to them), in order."""
    chosen = set(selection.person_ids)
    return [pid for pid in subject_person_ids(selection, request.items) if pid not in chosen]


def _identified(request: ShareRequest, pid: int) -> bool:
    return any(i.id == f"P{pid}-identiteit" for i in request.items)


def _role(nb: Notebook, person_id: int, group_id: int) -> str:
    for membership in nb.memberships.for_person(person_id):
        if membership.group_id == group_id:
            return membership.role.strip()
    return ""


def is_demo_notebook(nb: Notebook) -> bool:
    """True for the fictional demo notebook: setting DEMO_SETTING is ``"1"``, or the active
    covenant profile setting is ``"demo"`` (notebook.demo.build_demo). A notebook without
    settings (a test double) is not a demo."""
    settings = getattr(nb, "settings", None)
    if settings is None:
        return False
    return bool(settings.get(DEMO_SETTING) == "1"
                or settings.get(SettingKey.ACTIVE_PROFILE.value) == "demo")


def _sender(nb: Any) -> tuple[str, str, str]:
    """(organisation, worker name, contact) from the notebook's settings; "" when unset."""
    settings = getattr(nb, "settings", None)
    if settings is None:
        return "", "", ""
    organisation, name, contact = ((settings.get(key.value) or "").strip() for key in (
        SettingKey.ORGANISATION_NAME, SettingKey.SENDER_NAME, SettingKey.SENDER_CONTACT))
    return organisation, name, contact


def _header(request: ShareRequest, profile: CovenantProfile,
            demo: bool = False, sender: tuple[str, str, str] = ("", "", "")) -> SummaryHeader:
    purpose = profile.purpose(request.purpose)
    parties = [(r, profile.party(r)) for r in request.recipients]
    names = tuple(party.name if party is not None else r for r, party in parties)
    return SummaryHeader(covenant_title=profile.title, covenant_version=profile.version,
                         profile_id=profile.id, purpose_id=request.purpose,
                         purpose_title=purpose.title if purpose else request.purpose,
                         recipients=names, day=request.today, stage=request.stage,
                         demo=demo, sender_organisation=sender[0], sender_name=sender[1],
                         sender_contact=sender[2])


def _group(nb: Notebook, selection: Selection, request: ShareRequest, days: list[Any],
           replacements: dict[str, str]) -> GroupSection:
    group = nb.groups.get(selection.group_id)
    return GroupSection(
        name=redact(group.name, replacements),
        kind=_GROUP_KIND_NL.get(group.kind, group.kind), stage=request.stage,
        period_from=min(days) if days else None, period_until=max(days) if days else None,
        locations=tuple(redact(x, replacements) for x in group.locations),
        platforms=tuple(redact(x, replacements) for x in group.platforms))
