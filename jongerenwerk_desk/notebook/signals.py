"""Signals with their links to people and groups; the informant lives in its own table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jongerenwerk_desk.notebook.convert import moment_in, moment_out
from jongerenwerk_desk.notebook.models import Signal, utc_now
from jongerenwerk_desk.notebook.repository import Repository

_CHUNK = 500  # ids per IN (...) when loading links for a page


class SignalRepository(Repository[Signal]):
    """``nb.signals``: CRUD, paging with an FTS5 filter over text and location.

    ``person_ids``/``group_ids`` are stored in ``signal_people``/``signal_groups``;
    ``informant`` in ``signal_informants`` (never selected with the signal row itself, so an
    export built from ``signals`` cannot carry it along by accident).
    """

    table = "signals"
    entity = "signal"
    columns = ("occurred_at", "tz_name", "location", "category", "source", "confidential",
               "verified", "text")
    sort_keys: ClassVar[dict[str, str]] = {
        "id": "id",
        "occurred_at": "occurred_at",
        "category": "category",
        "location": "location COLLATE NOCASE",
        "source": "source",
        "confidential": "confidential",
        "verified": "verified",
    }
    default_sort = "occurred_at"
    sort_indexes: ClassVar[dict[str, str]] = {"occurred_at": "signals_occurred"}
    fts_table = "signals_fts"

    def _validate(self, obj: Signal) -> None:
        if not obj.text.strip():
            raise ValueError("Een signaal heeft een beschrijving nodig.")
        if not obj.category.strip():
            raise ValueError("Kies een categorie voor het signaal.")
        try:
            ZoneInfo(obj.tz_name)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("Onbekende tijdzone.") from None

    def _to_row(self, obj: Signal) -> tuple[Any, ...]:
        return (moment_out(obj.occurred_at), obj.tz_name, obj.location.strip(), obj.category,
                obj.source, int(bool(obj.confidential)), int(bool(obj.verified)), obj.text)

    def _from_row(self, row: Any) -> Signal:
        return Signal(id=row[0], occurred_at=moment_in(row[1]), tz_name=row[2], location=row[3],
                      category=row[4], source=row[5], confidential=bool(row[6]),
                      verified=bool(row[7]), text=row[8],
                      recorded_at=moment_in(row[9]) if row[9] else None)

    def _select(self) -> str:
        return f"SELECT id, {', '.join(self.columns)}, recorded_at FROM signals"

    def _changed(self, obj_id: int, row: tuple[Any, ...]) -> list[str]:
        old = self._conn.execute(f"{self._select()} WHERE id = ?", (obj_id,)).fetchone()
        if old is None:
            raise KeyError(obj_id)
        return [c for c, o, n in zip(self.columns, tuple(old)[1:], row, strict=False) if o != n]

    def add(self, obj: Signal) -> int:
        """Insert the signal with its links and informant; sets ``recorded_at``."""
        self._validate(obj)
        obj.recorded_at = utc_now()
        cols = (*self.columns, "recorded_at")
        values = (*self._to_row(obj), moment_out(obj.recorded_at))
        with self._nb.transaction():
            cur = self._conn.execute(
                f"INSERT INTO signals ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                values)
            obj.id = int(cur.lastrowid)
            self._save_extra(obj)
            self._nb.audit.record("create", self.entity, obj.id)
        return obj.id

    def _save_extra(self, obj: Signal) -> None:
        sid = obj.id
        conn = self._conn
        conn.execute("DELETE FROM signal_people WHERE signal_id = ?", (sid,))
        conn.execute("DELETE FROM signal_groups WHERE signal_id = ?", (sid,))
        conn.executemany("INSERT INTO signal_people (signal_id, person_id) VALUES (?, ?)",
                         [(sid, pid) for pid in obj.person_ids])
        conn.executemany("INSERT INTO signal_groups (signal_id, group_id) VALUES (?, ?)",
                         [(sid, gid) for gid in obj.group_ids])
        conn.execute("DELETE FROM signal_informants WHERE signal_id = ?", (sid,))
        if obj.informant.strip():
            conn.execute("INSERT INTO signal_informants (signal_id, informant) VALUES (?, ?)",
                         (sid, obj.informant.strip()))

    def _load_extra(self, objs: Sequence[Signal]) -> None:
        by_id = {s.id: s for s in objs}
        ids = list(by_id)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            marks = ", ".join("?" for _ in chunk)
            for table, col, attr in (("signal_people", "person_id", "person_ids"),
                                     ("signal_groups", "group_id", "group_ids")):
                for sid, other in self._conn.execute(
                        f"SELECT signal_id, {col} FROM {table} WHERE signal_id IN ({marks}) "
                        f"ORDER BY signal_id, {col}", chunk):
                    getattr(by_id[sid], attr).append(other)
            for sid, informant in self._conn.execute(
                    f"SELECT signal_id, informant FROM signal_informants "
                    f"WHERE signal_id IN ({marks})", chunk):
                by_id[sid].informant = informant

    def _linked(self, table: str, column: str, value: int) -> list[Signal]:
        rows = self._conn.execute(
            f"{self._select()} WHERE id IN (SELECT signal_id FROM {table} WHERE {column} = ?) "
            "ORDER BY occurred_at DESC, id DESC", (value,))
        signals = [self._from_row(r) for r in rows]
        self._load_extra(signals)
        return signals

    def for_person(self, person_id: int) -> list[Signal]:
        """Signals involving this young person, newest first."""
        return self._linked("signal_people", "person_id", person_id)

    def for_group(self, group_id: int) -> list[Signal]:
        """Signals involving this group, newest first."""
        return self._linked("signal_groups", "group_id", group_id)
