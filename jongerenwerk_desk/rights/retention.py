"""Retention (AVG art. 5(1)(e)): which items are past their retention period, a preview of
them (counts and masked items), and their deletion on confirmation.

Rules (``RetentionPolicy``), all from the notebook's active covenant profile plus notebook
settings the organisation may set:

- a signal is due ``retention_months`` (profile; covenant retention per item) after the day
  it happened, in its own time zone; ``retention.max_months`` (setting) caps that period;
- a group that left the approach (step 7 of the 7-stappenmodel) is due, with every signal
  linked to it, ``retention.after_step7_months`` (setting, default 6) after it entered step 7;
- a young person is due, with everything about only them, from the age
  ``retention.age_limit_years`` (setting, default 23; 0 switches the rule off);
- the disclosure register keeps every record, but the personal details of a record's stored
  request (birth dates, texts) are dropped ``signal_months`` after the disclosure; the hash
  chain keeps verifying (``notebook.disclosures``);
- an item with a running legal hold (``notebook.ops.add_retention_hold``: only
  with a reason and an end date) is kept and listed as postponed.

``preview`` only reads; ``apply`` deletes exactly what a preview listed, through the
notebook's write operations (one transaction, audit events with counts only, tombstones so a
restored backup does not bring the items back).
"""

from __future__ import annotations

import calendar
import functools
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from jongerenwerk_desk.covenant.dates import months_before
from jongerenwerk_desk.covenant.model import CovenantProfile
from jongerenwerk_desk.notebook import rights_queries as q
from jongerenwerk_desk.notebook.models import DEFAULT_TZ
from jongerenwerk_desk.notebook.settings_keys import SettingKey
from jongerenwerk_desk.sharing.model import format_day
from jongerenwerk_desk.sharing.profile_choice import active_profile
from jongerenwerk_desk.sharing.request_builder import local_day

SETTING_AFTER_STEP7 = SettingKey.RETENTION_AFTER_STEP7
SETTING_AGE_LIMIT = SettingKey.RETENTION_AGE_LIMIT
SETTING_MAX_MONTHS = SettingKey.RETENTION_MAX_MONTHS
DEFAULT_AFTER_STEP7 = 6
DEFAULT_AGE_LIMIT = 23
CONFIDENTIAL_MASK = "Vertrouwelijk"
KIND_LABELS = {"signal": ("signaal", "signalen"), "group": ("groep", "groepen"),
               "person": ("jongere", "jongeren")}


@dataclass(frozen=True)
class RetentionPolicy:
    """Months/years per rule (see the module docstring); ``age_limit_years`` None = off."""

    signal_months: int
    after_step7_months: int
    age_limit_years: int | None
    max_months: int | None = None


def _int_setting(nb: Any, key: SettingKey) -> int | None:
    raw = nb.settings.get(key.value)
    try:
        return int(raw) if raw not in (None, "") else None
    except ValueError:
        return None


def policy_for(nb: Any, profile: CovenantProfile | None = None) -> RetentionPolicy:
    """The retention policy of notebook ``nb`` (profile + settings; bad settings ignored)."""
    profile = profile or active_profile(nb)
    maximum = _int_setting(nb, SETTING_MAX_MONTHS)
    months = profile.retention_months
    if maximum is not None and maximum > 0:
        months = min(months, maximum)
    after = _int_setting(nb, SETTING_AFTER_STEP7)
    age = _int_setting(nb, SETTING_AGE_LIMIT)
    return RetentionPolicy(signal_months=months,
                           after_step7_months=DEFAULT_AFTER_STEP7 if after is None else after,
                           age_limit_years=DEFAULT_AGE_LIMIT if age is None else (age or None),
                           max_months=maximum)


@dataclass(frozen=True)
class DueItem:
    """One item past retention: ``kind`` (signal/group/person), id, a masked ``label``
    (date and category of a signal, "Vertrouwelijk" when told in confidence; initials and
    birth year of a person; a group's name), the day it became due and the rule."""

    kind: str
    item_id: int
    label: str = field(repr=False)
    due_since: date
    rule: str


@dataclass(frozen=True)
class RetentionPreview:
    """What a sweep would delete (``due``) and what a legal hold keeps (``postponed``)."""

    today: date
    policy: RetentionPolicy
    due: tuple[DueItem, ...]
    postponed: tuple[DueItem, ...]
    register_due: tuple[int, ...] = ()
    """Register records whose personal details are to be dropped (the records stay)."""

    def counts(self) -> dict[str, int]:
        """Number of due items per kind (every kind present, 0 when none)."""
        found = Counter(item.kind for item in self.due)
        return {kind: found.get(kind, 0) for kind in KIND_LABELS}

    def ids(self, kind: str) -> list[int]:
        """Ids of due items of ``kind``."""
        return [item.item_id for item in self.due if item.kind == kind]


def _initials(name: str) -> str:
    return "".join(p[0] + "." for p in name.replace(".", " ").split() if p)


class _Labels:
    """Masked signal labels, cached per (day, category, confidential): thousands of due
    signals share a few hundred days."""

    def __init__(self, profile: CovenantProfile) -> None:
        self._titles = {c.id: c.title for c in profile.categories}
        self._cache: dict[tuple[date, str, bool], str] = {}

    def __call__(self, day: date, category: str, confidential: bool) -> str:
        key = (day, category, confidential)
        label = self._cache.get(key)
        if label is None:
            what = (CONFIDENTIAL_MASK if confidential
                    else self._titles.get(category, category))
            label = self._cache[key] = f"{format_day(day)} {what}"
        return label


def preview(nb: Any, today: date, *, profile: CovenantProfile | None = None) -> RetentionPreview:
    """Everything past retention on ``today`` (read only). See the module docstring."""
    profile = profile or active_profile(nb)
    policy = policy_for(nb, profile)
    label = _Labels(profile)
    holds = q.active_holds(nb, today)
    found: dict[tuple[str, int], DueItem] = {}

    cutoff = months_before(today, policy.signal_months)
    # a generous UTC bound (UTC-12 is the last zone to reach a day), refined per zone below
    bound = datetime.combine(cutoff, time(12), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    rule = f"bewaartermijn van {policy.signal_months} maanden"
    for sid, moment, tz_name, category, confidential in q.signals_before(nb, bound):
        day = local_day(moment, tz_name)
        if day < cutoff:
            found[("signal", sid)] = DueItem(
                "signal", sid, label(day, category, confidential),
                _add_months(day, policy.signal_months), rule)

    step7_cutoff = months_before(today, policy.after_step7_months)
    closed = [(gid, name, moment.astimezone(ZoneInfo(DEFAULT_TZ)).date())
              for gid, name, moment in q.closed_groups(nb)]
    closed = [c for c in closed if c[2] < step7_cutoff]
    rule7 = f"{policy.after_step7_months} maanden na afschalen (stap 7)"
    for gid, name, since in closed:
        found[("group", gid)] = DueItem("group", gid, name,
                                        _add_months(since, policy.after_step7_months), rule7)
    closed_ids = {c[0] for c in closed}
    for row in q.signals_of_groups(nb, sorted(closed_ids)):
        if set(row.group_ids) <= closed_ids and ("signal", row.id) not in found:
            found[("signal", row.id)] = DueItem(
                "signal", row.id, label(local_day(row.occurred_at, row.tz_name), row.category,
                                       row.confidential),
                today, rule7)

    if policy.age_limit_years:
        born_by = _years_before(today, policy.age_limit_years)
        for pid, name, birth in q.people_born_on_or_before(nb, born_by):
            found[("person", pid)] = DueItem(
                "person", pid, f"{_initials(name)} ({birth.year})",
                _years_after(birth, policy.age_limit_years),
                f"leeftijdsgrens van {policy.age_limit_years} jaar")

    due = tuple(i for key, i in found.items() if key not in holds)
    postponed = tuple(i for key, i in found.items() if key in holds)
    register_due = tuple(nb.disclosures.reducible(cutoff))
    return RetentionPreview(today=today, policy=policy, due=due, postponed=postponed,
                            register_due=register_due)


def apply(nb: Any, reviewed: RetentionPreview) -> dict[str, int]:
    """Delete what ``reviewed`` lists as due (the worker confirmed that preview), through
    ``notebook.ops.delete_for_retention``, and drop the personal details of the register
    records it lists (``notebook.ops.reduce_disclosures``); returns counts per kind deleted
    plus ``"disclosure"``: register records reduced.
    Items deleted or put on hold since the preview are skipped (a hold added after the
    preview wins)."""
    from jongerenwerk_desk.notebook.ops import sweep_retention

    return sweep_retention(nb, **sweep_arguments(nb, reviewed)).value


def sweep_arguments(nb: Any, reviewed: RetentionPreview) -> dict[str, list[int]]:
    """Keyword arguments of ``notebook.ops.sweep_retention`` for a confirmed preview: its
    due ids per kind, minus items put on hold since the preview (a new hold wins)."""
    holds = q.active_holds(nb, reviewed.today)

    def keep(kind: str) -> list[int]:
        return [i for i in reviewed.ids(kind) if (kind, i) not in holds]

    return {"signal_ids": keep("signal"), "group_ids": keep("group"),
            "person_ids": keep("person"), "disclosure_ids": list(reviewed.register_due)}


def is_past_retention(occurred_at: datetime, tz_name: str, today: date,
                      policy: RetentionPolicy) -> bool:
    """True when a signal that happened at ``occurred_at`` (in ``tz_name``) is past its
    retention on ``today``: the mark every list shows."""
    return local_day(occurred_at, tz_name) < months_before(today, policy.signal_months)


@functools.lru_cache(maxsize=4096)
def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month0 = divmod(index, 12)
    return date(year, month0 + 1, min(day.day, calendar.monthrange(year, month0 + 1)[1]))


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28) + timedelta(days=1)
