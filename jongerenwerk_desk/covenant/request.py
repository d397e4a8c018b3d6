"""Reading a share request from JSON (docs/legal-rules.md sections 1 and 7).

``request_from_json(data)`` validates everything at once and raises ``RequestError`` listing
every problem in Dutch (missing fields, wrong types, bad dates, unknown values, duplicate or
dangling ids). Messages name the field path only, never a value from the request, because
requests carry client data. ``request_to_json`` is the inverse (dates as ISO strings), used
to store the request with a disclosure record.

Required fields are those whose absence has no safe meaning. Fields that the contract
describes as "or absent" are optional and default to the conservative value:
``subjects`` (none), ``subjects[].birth_date`` (unknown age: both youth and parents),
``inform_exception``, ``consents`` (none), ``withdrawn_on``, ``explicit_special`` (false),
``items[].subject`` (group level), ``vital_interest``, ``necessity`` and ``subsidiarity`` (empty),
``conflict_of_duties`` (none). A ``subjects[].birth_date`` or ``items[].recorded_on`` after
``today`` is a problem ("ligt na today"). A scenario file (``{"request": {...}, "expect": ...}``) is
accepted too: its ``request`` member is read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import Any

from jongerenwerk_desk.covenant.model import (
    CONSENT_BY,
    SOURCES,
    STAGES,
    ConflictOfDuties,
    Item,
    RequestConsent,
    RequestError,
    ShareRequest,
    Subject,
)
from jongerenwerk_desk.covenant.validate import Reader

_REQUEST_KEYS = {"today", "own_party", "recipients", "stage", "purpose", "subsidiarity",
                 "subjects", "items", "conflict_of_duties"}
_SUBJECT_KEYS = {"id", "birth_date", "informed", "parents_informed", "inform_exception",
                 "consents"}
_CONSENT_KEYS = {"by", "given_on", "withdrawn_on", "purpose", "recipients", "explicit_special"}
_ITEM_KEYS = {"id", "subject", "category", "source", "confidential", "recorded_on", "necessity",
              "verified", "free_text", "names_informant", "vital_interest"}
_COD_KEYS = {"reasoning", "consulted"}
_SCENARIO_KEYS = {"name", "profile", "request", "expect", "description"}


def request_from_json(data: Any) -> ShareRequest:
    """Build a ShareRequest from parsed JSON (a dict, dates as ``JJJJ-MM-DD`` strings).

    Raises RequestError(problems) listing every problem; nothing is half-read.
    """
    if isinstance(data, Mapping) and "request" in data and "today" not in data \
            and set(data) <= _SCENARIO_KEYS:
        data = data["request"]
    if not isinstance(data, Mapping):
        raise RequestError(["het verzoek moet een JSON-object zijn"])
    r = Reader(echo=False, error_cls=RequestError)
    r.unknown_keys(data, _REQUEST_KEYS, "")
    today = r.date(data, "today", "today")
    own_party = r.text(data, "own_party", "own_party")
    recipients = r.id_list(data, "recipients", "recipients", known=None, what="ontvanger")
    stage = r.choice(data, "stage", "stage", STAGES)
    purpose = r.text(data, "purpose", "purpose")
    subsidiarity = r.text(data, "subsidiarity", "subsidiarity", required=False, allow_blank=True)
    subject_tables = list(r.tables(data, "subjects", "subjects", required=False,
                                   allow_empty=True))
    item_tables = list(r.tables(data, "items", "items", allow_empty=True))
    # ids are collected from the raw tables, so one broken field causes one problem only
    subject_ids = _raw_ids(r, subject_tables)
    _raw_ids(r, item_tables)
    subjects = [_subject(r, key, t, today) for key, t in subject_tables]
    items = [_item(r, key, t, subject_ids, today) for key, t in item_tables]
    cod = _conflict_of_duties(r, data.get("conflict_of_duties"))
    r.raise_if_problems()
    assert today and own_party and recipients and stage and purpose
    return ShareRequest(
        today=today, own_party=own_party, recipients=tuple(recipients), stage=stage,
        purpose=purpose, subsidiarity=subsidiarity or "",
        subjects=tuple(s for s in subjects if s is not None),
        items=tuple(i for i in items if i is not None), conflict_of_duties=cod,
    )


def _raw_ids(r: Reader, tables: list[tuple[str, Mapping[str, Any]]]) -> set[str]:
    """Record duplicate ids among ``tables``; return every string id seen."""
    keyed = [(f"{key}.id", t["id"]) for key, t in tables if isinstance(t.get("id"), str)]
    r.no_duplicates(keyed)
    return {ident for _, ident in keyed}


def _not_after_today(r: Reader, key: str, value: dt.date | None,
                     today: dt.date | None) -> None:
    """A birth date or recording date after ``today`` is malformed: nobody is born, and
    nothing is recorded, after the date of sharing (a negative age would otherwise fall under
    the parents-only consent rule, docs/legal-rules.md §3)."""
    if value is not None and today is not None and value > today:
        r.add(key, "ligt na today")


def _subject(r: Reader, key: str, t: Mapping[str, Any], today: dt.date | None,
             ) -> Subject | None:
    r.unknown_keys(t, _SUBJECT_KEYS, key)
    before = len(r.problems)
    ident = r.text(t, "id", f"{key}.id")
    birth_date = r.date(t, "birth_date", f"{key}.birth_date", required=False)
    _not_after_today(r, f"{key}.birth_date", birth_date, today)
    informed = r.boolean(t, "informed", f"{key}.informed")
    parents_informed = r.boolean(t, "parents_informed", f"{key}.parents_informed")
    exception = r.text(t, "inform_exception", f"{key}.inform_exception", required=False,
                       allow_blank=True)
    consents = [_consent(r, ckey, c) for ckey, c in
                r.tables(t, "consents", f"{key}.consents", required=False, allow_empty=True)]
    if len(r.problems) != before:
        return None
    assert ident is not None and informed is not None and parents_informed is not None
    return Subject(id=ident, birth_date=birth_date, informed=informed,
                   parents_informed=parents_informed, inform_exception=exception,
                   consents=tuple(c for c in consents if c is not None))


def _consent(r: Reader, key: str, t: Mapping[str, Any]) -> RequestConsent | None:
    r.unknown_keys(t, _CONSENT_KEYS, key)
    before = len(r.problems)
    by = r.choice(t, "by", f"{key}.by", CONSENT_BY)
    given_on = r.date(t, "given_on", f"{key}.given_on")
    withdrawn_on = r.date(t, "withdrawn_on", f"{key}.withdrawn_on", required=False)
    purpose = r.text(t, "purpose", f"{key}.purpose")
    recipients = r.id_list(t, "recipients", f"{key}.recipients", known=None, what="ontvanger")
    explicit = r.boolean(t, "explicit_special", f"{key}.explicit_special", default=False)
    if len(r.problems) != before:
        return None
    assert by and given_on and purpose and recipients is not None and explicit is not None
    return RequestConsent(by=by, given_on=given_on, withdrawn_on=withdrawn_on, purpose=purpose,
                          recipients=tuple(recipients), explicit_special=explicit)


def _item(r: Reader, key: str, t: Mapping[str, Any], subject_ids: set[str],
          today: dt.date | None) -> Item | None:
    r.unknown_keys(t, _ITEM_KEYS, key)
    before = len(r.problems)
    ident = r.text(t, "id", f"{key}.id")
    subject = r.text(t, "subject", f"{key}.subject", required=False)
    if subject is not None and subject not in subject_ids:
        r.add(f"{key}.subject", "verwijst naar een betrokkene die niet in subjects staat")
    category = r.text(t, "category", f"{key}.category")
    source = r.choice(t, "source", f"{key}.source", SOURCES)
    flags = {name: r.boolean(t, name, f"{key}.{name}") for name in
             ("confidential", "verified", "free_text", "names_informant")}
    recorded_on = r.date(t, "recorded_on", f"{key}.recorded_on")
    _not_after_today(r, f"{key}.recorded_on", recorded_on, today)
    necessity = r.text(t, "necessity", f"{key}.necessity", required=False, allow_blank=True)
    vital = r.text(t, "vital_interest", f"{key}.vital_interest", required=False,
                   allow_blank=True)
    if len(r.problems) != before:
        return None
    assert ident and category and source and recorded_on
    return Item(id=ident, subject=subject, category=category, source=source,
                recorded_on=recorded_on, necessity=necessity or "", vital_interest=vital,
                **{k: bool(v) for k, v in flags.items()})


def _conflict_of_duties(r: Reader, value: Any) -> ConflictOfDuties | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        r.add("conflict_of_duties", "verwacht een object met reasoning en consulted, of null")
        return None
    r.unknown_keys(value, _COD_KEYS, "conflict_of_duties")
    reasoning = r.text(value, "reasoning", "conflict_of_duties.reasoning", allow_blank=True)
    consulted = r.text(value, "consulted", "conflict_of_duties.consulted", allow_blank=True)
    if reasoning is None or consulted is None:
        return None
    return ConflictOfDuties(reasoning=reasoning, consulted=consulted)


def request_to_json(request: ShareRequest) -> dict[str, Any]:
    """The JSON shape of a request (inverse of ``request_from_json``; dates as ISO strings)."""

    def convert(value: Any) -> Any:
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, tuple | list):
            return [convert(v) for v in value]
        if isinstance(value, dict):
            return {k: convert(v) for k, v in value.items()}
        return value

    return convert(dataclasses.asdict(request))
