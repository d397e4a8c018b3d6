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
``conflict_of_duties`` (none).

Both shapes are read. Version 1: ``inform_exception`` and ``vital_interest`` as bare strings,
``conflict_of_duties`` with ``reasoning`` and ``consulted`` only, at request level. Version 2
adds ``group_size``, ``earlier_disclosures``, per subject ``refusals`` and
``conflict_of_duties``, objects for ``inform_exception`` (``ground``, ``reason``,
``decided_on``, ``review_on``) and ``vital_interest`` (``reason``, ``consent_impossible``),
consent ``categories``, and per item ``confider_consent``, ``corrects``, ``screening`` and
``screening_confirmed``. Every new field is optional; absent or null means what the rules say
(no refusals, unknown group size, a consent for every category of its purpose, no screening
finding, not confirmed). A bare string where version 2 has an object is kept as such: the
check counts it as a reason without ground (it never validates an exception or a vital
interest). A ``subjects[].birth_date`` or ``items[].recorded_on`` after
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
    SCREENING_KINDS,
    SOURCES,
    STAGES,
    ConfiderConsent,
    ConflictOfDuties,
    EarlierDisclosure,
    InformException,
    Item,
    Refusal,
    RequestConsent,
    RequestError,
    ShareRequest,
    Subject,
    VitalInterest,
)
from jongerenwerk_desk.covenant.validate import Reader

_REQUEST_KEYS = {"today", "own_party", "recipients", "stage", "purpose", "subsidiarity",
                 "subjects", "items", "conflict_of_duties", "group_size",
                 "earlier_disclosures"}
_SUBJECT_KEYS = {"id", "birth_date", "informed", "parents_informed", "inform_exception",
                 "consents", "refusals", "conflict_of_duties"}
_CONSENT_KEYS = {"by", "given_on", "withdrawn_on", "purpose", "recipients", "explicit_special",
                 "categories"}
_REFUSAL_KEYS = {"by", "on", "purpose"}
_EXCEPTION_KEYS = {"ground", "reason", "decided_on", "review_on"}
_ITEM_KEYS = {"id", "subject", "category", "source", "confidential", "recorded_on", "necessity",
              "verified", "free_text", "names_informant", "vital_interest", "confider_consent",
              "corrects", "screening", "screening_confirmed"}
_VITAL_KEYS = {"reason", "consent_impossible"}
_CONFIDER_KEYS = {"given_on", "scope"}
_COD_KEYS = {"reasoning", "consulted", "consulted_on", "advice"}
_EARLIER_KEYS = {"id", "date", "recipients", "subjects"}
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
    cod = _conflict_of_duties(r, data.get("conflict_of_duties"), "conflict_of_duties")
    group_size = r.integer(data, "group_size", "group_size", default=-1, minimum=0,
                           maximum=1_000_000)
    earlier = [_earlier(r, ekey, t) for ekey, t in
               r.tables(data, "earlier_disclosures", "earlier_disclosures", required=False,
                        allow_empty=True)]
    r.raise_if_problems()
    assert today and own_party and recipients and stage and purpose
    return ShareRequest(
        today=today, own_party=own_party, recipients=tuple(recipients), stage=stage,
        purpose=purpose, subsidiarity=subsidiarity or "",
        subjects=tuple(s for s in subjects if s is not None),
        items=tuple(i for i in items if i is not None), conflict_of_duties=cod,
        group_size=None if group_size is None or group_size < 0 else group_size,
        earlier_disclosures=tuple(e for e in earlier if e is not None),
    )


def _earlier(r: Reader, key: str, t: Mapping[str, Any]) -> EarlierDisclosure | None:
    """One ``earlier_disclosures[]`` entry (V2-9): id, date, recipients, subjects."""
    r.unknown_keys(t, _EARLIER_KEYS, key)
    before = len(r.problems)
    ident = r.text(t, "id", f"{key}.id")
    day = r.date(t, "date", f"{key}.date")
    recipients = r.id_list(t, "recipients", f"{key}.recipients", known=None, what="ontvanger",
                           allow_empty=True)
    subjects = r.id_list(t, "subjects", f"{key}.subjects", known=None, what="betrokkene",
                         allow_empty=True)
    if len(r.problems) != before:
        return None
    assert ident and day and recipients is not None and subjects is not None
    return EarlierDisclosure(id=ident, date=day, recipients=tuple(recipients),
                             subjects=tuple(subjects))


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
    exception = _inform_exception(r, t.get("inform_exception"), f"{key}.inform_exception")
    consents = [_consent(r, ckey, c) for ckey, c in
                r.tables(t, "consents", f"{key}.consents", required=False, allow_empty=True)]
    refusals = [_refusal(r, rkey, c) for rkey, c in
                r.tables(t, "refusals", f"{key}.refusals", required=False, allow_empty=True)]
    cod = _conflict_of_duties(r, t.get("conflict_of_duties"), f"{key}.conflict_of_duties")
    if len(r.problems) != before:
        return None
    assert ident is not None and informed is not None and parents_informed is not None
    return Subject(id=ident, birth_date=birth_date, informed=informed,
                   parents_informed=parents_informed, inform_exception=exception,
                   consents=tuple(c for c in consents if c is not None),
                   refusals=tuple(x for x in refusals if x is not None),
                   conflict_of_duties=cod)


def _inform_exception(r: Reader, value: Any, key: str) -> str | InformException | None:
    """None, a bare reason (version 1) or an object ``ground``/``reason``/``decided_on``/
    ``review_on`` (V2-5; every member optional, the check decides whether it counts)."""
    if value is None or isinstance(value, str):
        return value
    if not isinstance(value, Mapping):
        r.add(key, "verwacht een object (ground, reason, decided_on, review_on), een tekst of "
              "null")
        return None
    r.unknown_keys(value, _EXCEPTION_KEYS, key)
    ground = r.text(value, "ground", f"{key}.ground", required=False, allow_blank=True)
    reason = r.text(value, "reason", f"{key}.reason", required=False, allow_blank=True)
    decided_on = r.date(value, "decided_on", f"{key}.decided_on", required=False)
    review_on = r.date(value, "review_on", f"{key}.review_on", required=False)
    return InformException(ground=ground, reason=reason or "", decided_on=decided_on,
                           review_on=review_on)


def _refusal(r: Reader, key: str, t: Mapping[str, Any]) -> Refusal | None:
    """One ``refusals[]`` entry (V2-1): ``by``, ``on``, ``purpose``."""
    r.unknown_keys(t, _REFUSAL_KEYS, key)
    before = len(r.problems)
    by = r.choice(t, "by", f"{key}.by", CONSENT_BY)
    on = r.date(t, "on", f"{key}.on")
    purpose = r.text(t, "purpose", f"{key}.purpose")
    if len(r.problems) != before:
        return None
    assert by and on and purpose
    return Refusal(by=by, on=on, purpose=purpose)


def _consent(r: Reader, key: str, t: Mapping[str, Any]) -> RequestConsent | None:
    r.unknown_keys(t, _CONSENT_KEYS, key)
    before = len(r.problems)
    by = r.choice(t, "by", f"{key}.by", CONSENT_BY)
    given_on = r.date(t, "given_on", f"{key}.given_on")
    withdrawn_on = r.date(t, "withdrawn_on", f"{key}.withdrawn_on", required=False)
    purpose = r.text(t, "purpose", f"{key}.purpose")
    recipients = r.id_list(t, "recipients", f"{key}.recipients", known=None, what="ontvanger")
    explicit = r.boolean(t, "explicit_special", f"{key}.explicit_special", default=False)
    categories = r.id_list(t, "categories", f"{key}.categories", known=None, what="categorie",
                           required=False, allow_empty=True) \
        if t.get("categories") is not None else None  # absent/null: every category (V2-4)
    if len(r.problems) != before:
        return None
    assert by and given_on and purpose and recipients is not None and explicit is not None
    return RequestConsent(by=by, given_on=given_on, withdrawn_on=withdrawn_on, purpose=purpose,
                          recipients=tuple(recipients), explicit_special=explicit,
                          categories=None if categories is None else tuple(categories))


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
    vital = _vital_interest(r, t.get("vital_interest"), f"{key}.vital_interest")
    confider = _confider_consent(r, t.get("confider_consent"), f"{key}.confider_consent")
    corrects = r.text(t, "corrects", f"{key}.corrects", required=False)
    screening = r.id_list(t, "screening", f"{key}.screening", known=set(SCREENING_KINDS),
                          what="soort", required=False, allow_empty=True)
    confirmed = r.boolean(t, "screening_confirmed", f"{key}.screening_confirmed",
                          default=False)
    if len(r.problems) != before:
        return None
    assert ident and category and source and recorded_on
    return Item(id=ident, subject=subject, category=category, source=source,
                recorded_on=recorded_on, necessity=necessity or "", vital_interest=vital,
                confider_consent=confider, corrects=corrects,
                screening=tuple(screening or ()), screening_confirmed=bool(confirmed),
                **{k: bool(v) for k, v in flags.items()})


def _vital_interest(r: Reader, value: Any, key: str) -> str | VitalInterest | None:
    """None, a bare reason (version 1) or an object ``reason`` + ``consent_impossible``."""
    if value is None or isinstance(value, str):
        return value
    if not isinstance(value, Mapping):
        r.add(key, "verwacht een object (reason, consent_impossible), een tekst of null")
        return None
    r.unknown_keys(value, _VITAL_KEYS, key)
    reason = r.text(value, "reason", f"{key}.reason", required=False, allow_blank=True)
    impossible = r.text(value, "consent_impossible", f"{key}.consent_impossible",
                        required=False, allow_blank=True)
    return VitalInterest(reason=reason, consent_impossible=impossible)


def _confider_consent(r: Reader, value: Any, key: str) -> ConfiderConsent | None:
    """None or an object ``given_on`` + ``scope`` (V2-10)."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        r.add(key, "verwacht een object (given_on, scope) of null")
        return None
    r.unknown_keys(value, _CONFIDER_KEYS, key)
    given_on = r.date(value, "given_on", f"{key}.given_on")
    scope = r.text(value, "scope", f"{key}.scope")
    if given_on is None or scope is None:
        return None
    return ConfiderConsent(given_on=given_on, scope=scope)


def _conflict_of_duties(r: Reader, value: Any, key: str) -> ConflictOfDuties | None:
    """None, or an object: ``reasoning`` and ``consulted`` (both shapes), ``consulted_on`` and
    ``advice`` (version 2; absent makes the conflict of duties invalid, not malformed)."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        r.add(key, "verwacht een object met reasoning, consulted, consulted_on en advice, "
              "of null")
        return None
    r.unknown_keys(value, _COD_KEYS, key)
    reasoning = r.text(value, "reasoning", f"{key}.reasoning", allow_blank=True)
    consulted = r.text(value, "consulted", f"{key}.consulted", allow_blank=True)
    consulted_on = r.date(value, "consulted_on", f"{key}.consulted_on", required=False)
    advice = r.text(value, "advice", f"{key}.advice", required=False, allow_blank=True)
    if reasoning is None or consulted is None:
        return None
    return ConflictOfDuties(reasoning=reasoning, consulted=consulted,
                            consulted_on=consulted_on, advice=advice or "")


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

    out: dict[str, Any] = convert(dataclasses.asdict(request))
    return out
