"""Fill a notebook with the fictional demo data of Voorbeeldstad (``--demo``, wizard tests).

The data live in ``resources/demo/voorbeeldstad.json``: twelve made-up young people (ages 11
to 19, one without a birth date, one whose 16th birthday is the demo day), five groups in
stages 1 to 7 with their history, signals of every kind (fact and impression, confidential,
special-category and criminal ones, third-party with an informant, group-only and
person-level), consents (one withdrawn, one explicit for special categories), informing
records (one with a recorded exception) and partner contacts. Dates are relative to
``today`` so the demo never goes stale (e.g. for retention or age rules).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from jongerenwerk_desk.notebook.models import (
    DEFAULT_TZ,
    Consent,
    Group,
    InformingRecord,
    Membership,
    PartnerContact,
    Signal,
    YoungPerson,
)
from jongerenwerk_desk.notebook.settings_keys import SettingKey
from jongerenwerk_desk.paths import resource_path

if TYPE_CHECKING:
    from jongerenwerk_desk.notebook.notebook import Notebook

DEMO_FILE = ("demo", "voorbeeldstad.json")


@dataclass
class DemoIds:
    """Ids of what ``build_demo`` created, by the keys used in the demo file."""

    people: dict[str, int] = field(default_factory=dict)
    groups: dict[str, int] = field(default_factory=dict)
    signals: list[int] = field(default_factory=list)


def load_demo_data() -> dict[str, Any]:
    """The parsed demo file (see module docstring)."""
    data: dict[str, Any] = json.loads(resource_path(*DEMO_FILE).read_text(encoding="utf-8"))
    return data


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a non-leap year
        return day.replace(year=day.year - years, day=28)


def _birth_date(today: date, age: int | None, days_to_birthday: int | None) -> date | None:
    """Birth date of someone who is ``age`` today and has a birthday in ``days_to_birthday``."""
    if age is None or days_to_birthday is None:
        return None
    if days_to_birthday == 0:
        return _years_before(today, age)
    return _years_before(today + timedelta(days=days_to_birthday), age + 1)


def _moment(today: date, days_ago: int, hour: int) -> datetime:
    local = datetime.combine(today - timedelta(days=days_ago), time(hour), ZoneInfo(DEFAULT_TZ))
    return local


def _day(today: date, days_ago: int | None) -> date | None:
    return None if days_ago is None else today - timedelta(days=days_ago)


def build_demo(nb: Notebook, today: date) -> DemoIds:
    """Fill ``nb`` (normally empty) with the Voorbeeldstad demo; one transaction.

    Sets the settings ``covenant.active_profile_id = "demo"`` and ``organisation.party_id =
    "jongerenwerk"``. Returns the ids created. Raises the vault's errors on write failure
    (nothing is written then).
    """
    data = load_demo_data()
    ids = DemoIds()
    with nb.transaction():
        for key, value in data["settings"].items():
            nb.settings.set(SettingKey(key).value, value)   # only keys of the table
        for p in data["people"]:
            ids.people[p["key"]] = nb.people.add(YoungPerson(
                name=p["name"], nickname=p["nickname"], neighbourhood=p["neighbourhood"],
                phone=p["phone"], birth_date=_birth_date(today, p["age"], p["birthday_in_days"])))
        for g in data["groups"]:
            ids.groups[g["key"]] = _add_group(nb, g, today)
        for person, group, role, days_ago in data["memberships"]:
            nb.memberships.add(Membership(person_id=ids.people[person],
                                          group_id=ids.groups[group], role=role,
                                          since=_day(today, days_ago)))
        for s in data["signals"]:
            ids.signals.append(nb.signals.add(Signal(
                occurred_at=_moment(today, s["days_ago"], s["hour"]), tz_name=DEFAULT_TZ,
                location=s["location"], category=s["category"], source=s["source"],
                confidential=s["confidential"], verified=s["verified"], text=s["text"],
                informant=s.get("informant", ""),
                person_ids=[ids.people[k] for k in s["people"]],
                group_ids=[ids.groups[k] for k in s["groups"]])))
        _add_records(nb, data, ids, today)
    return ids


def _add_group(nb: Notebook, g: dict[str, Any], today: date) -> int:
    stages = g["stages"]
    first_stage, first_days, first_note = stages[0]
    gid = nb.groups.add(Group(name=g["name"], kind=g["kind"], locations=g["locations"],
                              platforms=g["platforms"], stage=first_stage, notes=g["notes"]))
    first = _moment(today, first_days, 12)
    nb.conn.execute("UPDATE stage_changes SET changed_at = ?, note = ? WHERE group_id = ?",
                    (first.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%SZ"),
                     first_note, gid))
    for stage, days_ago, note in stages[1:]:
        nb.groups.set_stage(gid, stage, note, changed_at=_moment(today, days_ago, 12))
    return gid


def _add_records(nb: Notebook, data: dict[str, Any], ids: DemoIds, today: date) -> None:
    for c in data["consents"]:
        nb.consents.add(Consent(
            person_id=ids.people[c["person"]], given_by=c["given_by"], purpose=c["purpose"],
            recipients=c["recipients"], given_on=_day(today, c["days_ago"]),
            withdrawn_on=_day(today, c["withdrawn_days_ago"]),
            explicit_special=c["explicit_special"], form=c["form"], note=c["note"]))
    for i in data["informing"]:
        nb.informing.add(InformingRecord(
            person_id=ids.people[i["person"]], informed_on=_day(today, i["days_ago"]),
            who=i["who"], how=i["how"], exception_reason=i["exception_reason"]))
    for p in data["partners"]:
        nb.partners.add(PartnerContact(**p))
