"""The reminder list for the worker (AVG art. 7, 8, 13/14): who is not yet informed, whose
consent ends within 30 days, whose birthday changes who must consent, which informing
exception is due for review, and which data-subject request is due (art. 12(3)).

Read only. Labels are masked like the notebook's lists (initials and birth year), never
full names, so the list can be shown on a shared screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from jongerenwerk_desk.covenant.model import CovenantProfile
from jongerenwerk_desk.sharing.model import format_day
from jongerenwerk_desk.sharing.profile_choice import active_profile

WINDOW_DAYS = 30
KINDS = ("not_informed", "consent_ending", "consent_age", "exception_review", "request_due")


@dataclass(frozen=True)
class Reminder:
    """One reminder: ``kind`` (see ``KINDS``), the person, the day it is due, a masked label
    and a Dutch text without names."""

    kind: str
    person_id: int
    due: date
    label: str = field(repr=False)
    text: str


def _label(person: Any) -> str:
    return f"{person.initials} ({person.birth_year or '?'})"


def _birthday(born: date, year: int) -> date:
    try:
        return born.replace(year=year)
    except ValueError:  # 29 February: the day after 28 February
        return date(year, 3, 1)


def reminders(nb: Any, today: date, *, profile: CovenantProfile | None = None,
              window_days: int = WINDOW_DAYS) -> list[Reminder]:
    """Every reminder due within ``window_days`` (or overdue), soonest first."""
    from jongerenwerk_desk.rights.requests import open_requests

    profile = profile or active_profile(nb)
    limit = today + timedelta(days=window_days)
    ages = sorted({profile.consent_age_parents_only_below, profile.consent_age_youth_alone_from})
    out: list[Reminder] = []
    people = {int(p.id): p for p in nb.people.page(0, 10**9, sort_key="id")}
    for pid, person in people.items():
        records = nb.informing.for_person(pid)
        if not any(r.informed_on or r.exception_reason.strip() for r in records):
            out.append(Reminder("not_informed", pid, today, _label(person),
                                "Nog niet geïnformeerd (AVG art. 13/14)."))
        for r in records:
            if r.exception_review_on is not None and r.exception_review_on <= limit:
                out.append(Reminder("exception_review", pid, r.exception_review_on,
                                    _label(person), "Uitzondering op informeren opnieuw "
                                    f"beoordelen vóór {format_day(r.exception_review_on)}."))
        for c in nb.consents.for_person(pid):
            if c.withdrawn_on is None and c.ends_on is not None and c.ends_on <= limit:
                out.append(Reminder("consent_ending", pid, c.ends_on, _label(person),
                                    f"Toestemming loopt af op {format_day(c.ends_on)}."))
        if person.birth_date is not None:
            for age in ages:
                day = _birthday(person.birth_date, person.birth_date.year + age)
                if today <= day <= limit:
                    out.append(Reminder("consent_age", pid, day, _label(person),
                                        f"Wordt {age} op {format_day(day)}: daarna geeft een "
                                        "ander toestemming (jongere en/of ouders)."))
    for request in open_requests(nb, today):
        person = people.get(request.request.person_id)
        if person is not None and request.request.deadline <= limit:
            out.append(Reminder("request_due", request.request.person_id,
                                request.request.deadline, _label(person),
                                f"Verzoek beantwoorden vóór "
                                f"{format_day(request.request.deadline)} (AVG art. 12 lid 3)."))
    return sorted(out, key=lambda r: (r.due, r.kind, r.person_id))
