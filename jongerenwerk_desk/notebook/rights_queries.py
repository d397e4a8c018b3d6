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
