"""Read-only look-ups in the notebook for the share wizard's pick lists.

Only reads: what leaves the notebook is built by ``sharing.build_request`` and
``sharing.build_summary``.
Lists are read whole: a group has tens of members and hundreds of signals at most.
"""

from __future__ import annotations

from dataclasses import dataclass

_PAGE = 500


@dataclass(frozen=True)
class MemberRow:
    """A member of the group as the pick list shows it (``person`` is a YoungPerson)."""

    person: object
    role: str


def _all(repo, sort_key: str | None = None) -> list:
    rows: list = []
    while True:
        chunk = repo.page(len(rows), _PAGE, sort_key)
        rows.extend(chunk)
        if len(chunk) < _PAGE:
            return rows


def list_groups(notebook) -> list:
    """Every group in the notebook, in the repository's default order."""
    return _all(notebook.groups)


def members_of(notebook, group_id: int, today) -> list[MemberRow]:
    """The group's members on ``today`` (``until`` absent or not before it), by initials."""
    repo = notebook.memberships
    if hasattr(repo, "for_group"):
        memberships = repo.for_group(group_id)
    else:
        memberships = [m for m in _all(repo) if m.group_id == group_id]
    rows = []
    for membership in memberships:
        if membership.until is not None and membership.until < today:
            continue
        try:
            person = notebook.people.get(membership.person_id)
        except KeyError:
            continue
        rows.append(MemberRow(person, membership.role or ""))
    rows.sort(key=lambda r: (r.person.initials, r.person.id))
    return rows


def signals_of(notebook, group_id: int) -> list:
    """The group's signals, newest first."""
    signals = list(notebook.signals.for_group(group_id))
    signals.sort(key=lambda s: (s.occurred_at, s.id), reverse=True)
    return signals
