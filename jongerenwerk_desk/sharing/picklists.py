"""Read-only look-ups in the notebook for the share wizard's pick lists (Qt-free).

Only reads: what leaves the notebook is built by ``sharing.build_request``/``build_summary``.
Lists are read whole: a group has tens of members and hundreds of signals at most.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jongerenwerk_desk.notebook.models import Group, Signal, YoungPerson
from jongerenwerk_desk.notebook.notebook import Notebook

_PAGE = 500


@dataclass(frozen=True)
class MemberRow:
    """A member of the group as the pick list shows it."""

    person: YoungPerson
    role: str


def list_groups(notebook: Notebook) -> list[Group]:
    """Every group in the notebook, in the repository's default order."""
    rows: list[Group] = []
    while True:
        chunk = notebook.groups.page(len(rows), _PAGE)
        rows.extend(chunk)
        if len(chunk) < _PAGE:
            return rows


def members_of(notebook: Notebook, group_id: int, today: dt.date) -> list[MemberRow]:
    """The group's members on ``today`` (``until`` absent or not before it), by initials."""
    memberships = notebook.memberships.for_group(group_id)
    rows = []
    for membership in memberships:
        if membership.person_id is None:
            continue
        if membership.until is not None and membership.until < today:
            continue
        try:
            person = notebook.people.get(membership.person_id)
        except KeyError:
            continue
        rows.append(MemberRow(person, membership.role or ""))
    rows.sort(key=lambda r: (r.person.initials, r.person.id))
    return rows


def signals_of(notebook: Notebook, group_id: int) -> list[Signal]:
    """The group's signals, newest first."""
    signals = list(notebook.signals.for_group(group_id))
    signals.sort(key=lambda s: (s.occurred_at, s.id), reverse=True)
    return signals
