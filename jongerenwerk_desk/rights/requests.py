"""Data-subject requests (AVG art. 12(3)): the open ones with their one-month deadline, the
deadline per person, and after a correction or erasure the earlier recipients to notify
(AVG art. 19).

Reads only; registering and completing a request are ``notebook.ops.register_subject_request``
and ``complete_subject_request``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from jongerenwerk_desk.notebook.rights_queries import SubjectRequestRow, subject_requests
from jongerenwerk_desk.sharing.profile_choice import active_profile

KIND_LABELS = {"access": "inzage", "correction": "verbetering", "erasure": "wissen",
               "restriction": "beperking", "objection": "bezwaar"}


@dataclass(frozen=True)
class OpenRequest:
    """An open request: the row, the days left until the deadline (negative: overdue)."""

    request: SubjectRequestRow
    days_left: int

    @property
    def overdue(self) -> bool:
        """True once the one-month deadline has passed (AVG art. 12(3))."""
        return self.days_left < 0


def open_requests(nb: Any, today: date) -> list[OpenRequest]:
    """Every request not yet answered, soonest deadline first (the list of open requests)."""
    return [OpenRequest(r, (r.deadline - today).days)
            for r in subject_requests(nb, open_only=True)]


def one_month_after(received_on: date) -> date:
    """The answer deadline of a request received on ``received_on``: the same day one
    calendar month later, clamped to the month's end (AVG art. 12(3)); the rule
    ``notebook.ops.register_subject_request`` stores."""
    from jongerenwerk_desk.notebook.ops.rights import _one_month_after

    return _one_month_after(received_on)


def deadline_for(nb: Any, person_id: int) -> date | None:
    """The soonest deadline of an open request of this person (shown on the person)."""
    rows = subject_requests(nb, open_only=True, person_id=person_id)
    return rows[0].deadline if rows else None


@dataclass(frozen=True)
class EarlierRecipient:
    """A party that received data about the person: name, and the disclosures (id, day)."""

    party: str
    disclosures: tuple[tuple[int, date], ...]


def earlier_recipients(nb: Any, person_id: int,
                       signal_id: int | None = None) -> list[EarlierRecipient]:
    """After a correction or erasure: every party that received data about ``person_id``
    (or, with ``signal_id``, the disclosures that carried that signal), from the register,
    so they can be told (AVG art. 19). The correction notice itself is built by the share
    path (legal check version 2, ``corrects``)."""
    profile = active_profile(nb)
    found: dict[str, list[tuple[int, date]]] = {}
    for record in nb.disclosures.list(person_id=person_id):
        if signal_id is not None and not any(
                str(item.get("id", "")).split("-")[0] == f"S{signal_id}"
                for item in record.request.get("items", [])):
            continue
        for party in record.recipients:
            found.setdefault(party, []).append((record.id, record.created_at.date()))
    out = []
    for party, items in sorted(found.items()):
        known = profile.party(party)
        out.append(EarlierRecipient(known.name if known is not None else party, tuple(items)))
    return out
