"""Read queries for the data-subject rights and retention (issue 12); SQL stays in notebook/.

Every function only reads and returns plain tuples or dataclasses; callers in ``rights``
apply the rules. Dates are ISO text in and ``date`` out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from jongerenwerk_desk.notebook.convert import date_in, moment_in


@dataclass(frozen=True)
class SignalRow:
    """The retention facts of one signal (no text): id, moment, zone, category,
    confidential, linked person and group ids."""

    id: int
    occurred_at: datetime
    tz_name: str
    category: str
    confidential: bool
    person_ids: tuple[int, ...]
    group_ids: tuple[int, ...]


def signals_before(nb: Any, utc_limit: str) -> list[tuple[int, datetime, str, str, bool]]:
    """(id, occurred_at, tz_name, category, confidential) of signals with ``occurred_at <
    utc_limit`` (UTC text), oldest first; no links, no text. Walks ``signals_occurred``."""
    return [(int(r[0]), _utc(r[1]), str(r[2]), str(r[3]), bool(r[4])) for r in nb.conn.execute(
        "SELECT id, occurred_at, tz_name, category, confidential FROM signals "
        "WHERE occurred_at < ? ORDER BY occurred_at, id", (utc_limit,))]


def _utc(text: str) -> datetime:
    """Stored UTC text ``YYYY-MM-DDTHH:MM:SSZ`` -> aware datetime (fromisoformat is about
    twenty times faster than strptime, which matters for 50,000 rows)."""
    return datetime.fromisoformat(text)


def signals_of_groups(nb: Any, group_ids: list[int]) -> list[SignalRow]:
    """Signals linked to any of ``group_ids``, with their links."""
    if not group_ids:
        return []
    marks = ", ".join("?" for _ in group_ids)
    rows = nb.conn.execute(
        "SELECT id, occurred_at, tz_name, category, confidential FROM signals WHERE id IN "
        f"(SELECT signal_id FROM signal_groups WHERE group_id IN ({marks})) ORDER BY id",
        group_ids).fetchall()
    return _with_links(nb, rows)


def _with_links(nb: Any, rows: list[Any]) -> list[SignalRow]:
    if not rows:
        return []
    people: dict[int, list[int]] = {}
    groups: dict[int, list[int]] = {}
    low, high = min(r[0] for r in rows), max(r[0] for r in rows)
    for sid, pid in nb.conn.execute("SELECT signal_id, person_id FROM signal_people "
                                    "WHERE signal_id BETWEEN ? AND ?", (low, high)):
        people.setdefault(sid, []).append(pid)
    for sid, gid in nb.conn.execute("SELECT signal_id, group_id FROM signal_groups "
                                    "WHERE signal_id BETWEEN ? AND ?", (low, high)):
        groups.setdefault(sid, []).append(gid)
    return [SignalRow(int(r[0]), _utc(r[1]), str(r[2]), str(r[3]), bool(r[4]),
                      tuple(people.get(r[0], ())), tuple(groups.get(r[0], ()))) for r in rows]


def closed_groups(nb: Any) -> list[tuple[int, str, datetime]]:
    """(id, name, moment the group last entered step 7) for every group now at step 7."""
    return [(int(r[0]), str(r[1]), moment_in(r[2])) for r in nb.conn.execute(
        "SELECT g.id, g.name, (SELECT max(c.changed_at) FROM stage_changes c "
        "WHERE c.group_id = g.id AND c.stage = '7') FROM groups g WHERE g.stage = '7' "
        "AND EXISTS (SELECT 1 FROM stage_changes c WHERE c.group_id = g.id AND c.stage = '7')")]


def people_born_on_or_before(nb: Any, day: date) -> list[tuple[int, str, date]]:
    """(id, name, birth date) of people born on or before ``day``."""
    return [(int(r[0]), str(r[1]), date.fromisoformat(r[2])) for r in nb.conn.execute(
        "SELECT id, name, birth_date FROM people WHERE birth_date IS NOT NULL "
        "AND birth_date <= ? ORDER BY id", (day.isoformat(),))]


def active_holds(nb: Any, today: date) -> dict[tuple[str, int], tuple[str, date]]:
    """(kind, item id) -> (reason, until) of retention holds that still run on ``today``."""
    out: dict[tuple[str, int], tuple[str, date]] = {}
    for kind, item_id, reason, until in nb.conn.execute(
            "SELECT kind, item_id, reason, until FROM retention_holds WHERE until >= ? "
            "ORDER BY until", (today.isoformat(),)):
        out[(str(kind), int(item_id))] = (str(reason), date.fromisoformat(until))
    return out


def person_labels(nb: Any, ids: list[int]) -> Iterator[tuple[int, str, date | None]]:
    """(id, name, birth date) for ``ids`` (in chunks)."""
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        for r in nb.conn.execute(f"SELECT id, name, birth_date FROM people WHERE id IN "
                                 f"({marks})", chunk):
            yield int(r[0]), str(r[1]), date_in(r[2])


def existing_fingerprint_moments(nb: Any, kind: str, ids: list[int]) -> dict[int, str]:
    """id -> creation moment of the rows of ``kind`` that still exist (tombstone replay)."""
    from jongerenwerk_desk.notebook.tombstones import created_moments

    return created_moments(nb, kind, ids)


def signal_views(nb: Any, signal_ids: list[int]) -> dict[int, list[tuple[date, str]]]:
    """signal id -> [(recorded_on, the young person's own view)], oldest first."""
    out: dict[int, list[tuple[date, str]]] = {}
    for start in range(0, len(signal_ids), 500):
        chunk = signal_ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        for sid, day, text in nb.conn.execute(
                f"SELECT signal_id, recorded_on, text FROM signal_views WHERE signal_id IN "
                f"({marks}) ORDER BY recorded_on, id", chunk):
            out.setdefault(int(sid), []).append((date.fromisoformat(day), str(text)))
    return out


@dataclass(frozen=True)
class CorrectionRow:
    """One correction: which field, the earlier and the new value, the reason, when (UTC)."""

    id: int
    field: str
    old_value: str
    new_value: str
    reason: str
    corrected_at: datetime


def corrections(nb: Any, *, signal_id: int | None = None,
                person_id: int | None = None) -> list[CorrectionRow]:
    """The correction history of one signal or one person, oldest first."""
    column, value = ("signal_id", signal_id) if signal_id is not None else ("person_id",
                                                                            person_id)
    return [CorrectionRow(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]),
                          moment_in(r[5])) for r in nb.conn.execute(
        "SELECT id, field, old_value, new_value, reason, corrected_at FROM corrections "
        f"WHERE {column} = ? ORDER BY corrected_at, id", (value,))]


def restricted_person_ids(nb: Any, person_ids: list[int], today: date) -> list[int]:
    """Those of ``person_ids`` with a restriction (AVG art. 18) in force on ``today``."""
    if not person_ids:
        return []
    marks = ", ".join("?" for _ in person_ids)
    return sorted({int(r[0]) for r in nb.conn.execute(
        f"SELECT person_id FROM restrictions WHERE person_id IN ({marks}) AND since <= ? "
        "AND (lifted_on IS NULL OR lifted_on > ?)",
        [*person_ids, today.isoformat(), today.isoformat()])})


@dataclass(frozen=True)
class SubjectRequestRow:
    """A data-subject request: person, kind, received, identity check, deadline, done."""

    id: int
    person_id: int
    kind: str
    received_on: date
    identity_check: str
    deadline: date
    completed_on: date | None


def subject_requests(nb: Any, *, open_only: bool = False,
                     person_id: int | None = None) -> list[SubjectRequestRow]:
    """Requests by deadline (soonest first); ``open_only``: not yet completed."""
    clauses, params = [], []
    if open_only:
        clauses.append("completed_on IS NULL")
    if person_id is not None:
        clauses.append("person_id = ?")
        params.append(person_id)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return [SubjectRequestRow(int(r[0]), int(r[1]), str(r[2]), date.fromisoformat(r[3]),
                              str(r[4]), date.fromisoformat(r[5]), date_in(r[6]))
            for r in nb.conn.execute(
                "SELECT id, person_id, kind, received_on, identity_check, deadline, "
                f"completed_on FROM subject_requests{where} ORDER BY deadline, id", params)]


def active_restriction(nb: Any, person_id: int, today: date) -> tuple[int, date, str] | None:
    """The restriction (AVG art. 18) of ``person_id`` in force on ``today``, as (id, since,
    reason), the most recent one when there are several; None when there is none."""
    row = nb.conn.execute(
        "SELECT id, since, reason FROM restrictions WHERE person_id = ? AND since <= ? "
        "AND (lifted_on IS NULL OR lifted_on > ?) ORDER BY since DESC, id DESC LIMIT 1",
        (person_id, today.isoformat(), today.isoformat())).fetchone()
    return None if row is None else (int(row[0]), date.fromisoformat(row[1]), str(row[2]))
