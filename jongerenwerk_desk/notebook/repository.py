"""Generic SQL repository: add/get/update/delete/count/page with whitelisted sorting.

Every statement is parameterised; the only SQL fragments built in Python are table, column and
sort expressions taken from class-level whitelists, never from user input. A ``sort_key`` that
is not in ``sort_keys`` raises ValueError. Writes run inside ``nb.transaction()`` and leave an
audit event naming the changed fields (never their values).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

from jongerenwerk_desk.notebook.convert import fts_query, like_pattern, moment_out
from jongerenwerk_desk.notebook.models import utc_now

if TYPE_CHECKING:
    from jongerenwerk_desk.notebook.notebook import Notebook

class Stored(Protocol):
    """What a repository stores: a dataclass with an ``id`` (None until stored)."""

    id: int | None


T = TypeVar("T", bound=Stored)
INDEX_WALK_FROM = 1000


class Repository(Generic[T]):
    """Base class. Subclasses set the class variables and ``_to_row``/``_from_row``.

    - ``table``: SQL table; ``columns``: stored columns except ``id`` (order of ``_to_row``).
    - ``sort_keys``: public sort key -> SQL expression; ``default_sort`` one of them.
    - ``fts_table``: external-content FTS5 table for ``filter_text``, or None to filter with
      ``LIKE`` on ``like_columns``.
    - ``timestamps``: the table has ``created_at``/``updated_at`` columns.
    - ``sort_indexes``: sort key -> index to walk when a text filter is active (``INDEXED BY``):
      SQLite then reads rows in sort order and stops after ``limit`` matches, instead of
      sorting every match of a common word (benchmarks/bench_notebook.py: about 2.5x faster
      on 50,000 signals). Used only when the filter matches more than ``INDEX_WALK_FROM``
      rows; a rare word is faster the other way (sort its few matches).
    """

    table: ClassVar[str]
    entity: ClassVar[str]
    columns: ClassVar[tuple[str, ...]]
    sort_keys: ClassVar[dict[str, str]]
    default_sort: ClassVar[str] = "id"
    fts_table: ClassVar[str | None] = None
    like_columns: ClassVar[tuple[str, ...]] = ()
    timestamps: ClassVar[bool] = False
    sort_indexes: ClassVar[dict[str, str]] = {}

    def __init__(self, nb: Notebook) -> None:
        self._nb = nb

    # -- hooks -------------------------------------------------------------------------
    def _to_row(self, obj: T) -> tuple[Any, ...]:
        raise NotImplementedError

    def _from_row(self, row: Any) -> T:
        raise NotImplementedError

    def _validate(self, obj: T) -> None:
        """Raise ValueError (Dutch, no client data) when ``obj`` cannot be stored."""

    def _load_extra(self, objs: Sequence[T]) -> None:
        """Fill fields kept in other tables (links) for a batch of objects."""

    def _save_extra(self, obj: T) -> None:
        """Write fields kept in other tables after an insert or update."""

    # -- helpers -----------------------------------------------------------------------
    @property
    def _conn(self) -> Any:
        return self._nb.conn

    def _select(self) -> str:
        return f"SELECT id, {', '.join(self.columns)} FROM {self.table}"

    def _changed(self, obj_id: int, row: tuple[Any, ...]) -> list[str]:
        old = self._conn.execute(f"{self._select()} WHERE id = ?", (obj_id,)).fetchone()
        if old is None:
            raise KeyError(obj_id)
        return [c for c, o, n in zip(self.columns, tuple(old)[1:], row, strict=True) if o != n]

    def _where(self, filter_text: str) -> tuple[str, list[Any]]:
        text = filter_text.strip()
        if not text:
            return "", []
        if self.fts_table is not None:
            query = fts_query(text)
            if query is None:
                return "", []
            return (f" WHERE id IN (SELECT rowid FROM {self.fts_table} "
                    f"WHERE {self.fts_table} MATCH ?)", [query])
        if self.like_columns:
            pattern = like_pattern(text)
            parts = " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in self.like_columns)
            return f" WHERE ({parts})", [pattern] * len(self.like_columns)
        return "", []

    # -- public API ----------------------------------------------------------------------
    def add(self, obj: T) -> int:
        """Insert ``obj``, set ``obj.id`` and return it. Raises ValueError on invalid data."""
        self._validate(obj)
        row = self._to_row(obj)
        cols = list(self.columns)
        values = list(row)
        if self.timestamps:
            now = moment_out(utc_now())
            cols += ["created_at", "updated_at"]
            values += [now, now]
        marks = ", ".join("?" for _ in cols)
        with self._nb.transaction():
            cur = self._conn.execute(
                f"INSERT INTO {self.table} ({', '.join(cols)}) VALUES ({marks})", values)
            new_id = int(cur.lastrowid)
            obj.id = new_id
            self._save_extra(obj)
            self._nb.audit.record("create", self.entity, new_id)
        return new_id

    def get(self, obj_id: int) -> T:
        """Return the object with this id; KeyError if there is none."""
        row = self._conn.execute(f"{self._select()} WHERE id = ?", (obj_id,)).fetchone()
        if row is None:
            raise KeyError(obj_id)
        obj = self._from_row(row)
        self._load_extra([obj])
        return obj

    def update(self, obj: T) -> None:
        """Store ``obj`` over the row with ``obj.id``; KeyError if absent, ValueError if invalid."""
        obj_id = obj.id
        if obj_id is None:
            raise KeyError(None)
        self._validate(obj)
        row = self._to_row(obj)
        sets = ", ".join(f"{c} = ?" for c in self.columns)
        values = list(row)
        if self.timestamps:
            sets += ", updated_at = ?"
            values.append(moment_out(utc_now()))
        with self._nb.transaction():
            changed = self._changed(obj_id, row)
            self._conn.execute(f"UPDATE {self.table} SET {sets} WHERE id = ?", [*values, obj_id])
            self._save_extra(obj)
            self._nb.audit.record("update", self.entity, obj_id,
                                  "fields=" + ",".join(changed))

    def delete(self, obj_id: int) -> None:
        """Delete the row (linked rows cascade); KeyError if absent."""
        with self._nb.transaction():
            cur = self._conn.execute(f"DELETE FROM {self.table} WHERE id = ?", (obj_id,))
            if cur.rowcount == 0:
                raise KeyError(obj_id)
            self._nb.audit.record("delete", self.entity, obj_id)

    def count(self, filter_text: str = "") -> int:
        """Number of rows matching ``filter_text`` (all rows for '')."""
        where, params = self._where(filter_text)
        if where and self.fts_table is not None:
            # the external-content index is kept in sync by triggers: count it directly
            return int(self._conn.execute(
                f"SELECT count(*) FROM {self.fts_table} WHERE {self.fts_table} MATCH ?",
                params).fetchone()[0])
        return int(self._conn.execute(f"SELECT count(*) FROM {self.table}{where}",
                                      params).fetchone()[0])

    def page(self, offset: int, limit: int, sort_key: str | None = None,
             descending: bool = False, filter_text: str = "") -> list[T]:
        """Rows ``offset .. offset+limit`` sorted by ``sort_key`` (ties by id), filtered in SQL.

        Raises ValueError for a sort key outside ``sort_keys`` or a negative offset/limit.
        """
        key = sort_key or self.default_sort
        if key not in self.sort_keys:
            raise ValueError(f"unknown sort key for {self.entity}")
        if offset < 0 or limit < 0:
            raise ValueError("offset and limit must be >= 0")
        direction = "DESC" if descending else "ASC"
        where, params = self._where(filter_text)
        select = self._select()
        if (where and key in self.sort_indexes
                and self.count(filter_text) > INDEX_WALK_FROM + offset):
            select += f" INDEXED BY {self.sort_indexes[key]}"
        sql = (f"{select}{where} ORDER BY {self.sort_keys[key]} {direction}, "
               f"id {direction} LIMIT ? OFFSET ?")
        objs = [self._from_row(r) for r in self._conn.execute(sql, [*params, limit, offset])]
        self._load_extra(objs)
        return objs

    def _by_column(self, column: str, value: Any, order: str = "id") -> list[T]:
        """All rows where ``column = value`` (column and order from code, never user input)."""
        sql = f"{self._select()} WHERE {column} = ? ORDER BY {order}, id"
        objs = [self._from_row(r) for r in self._conn.execute(sql, (value,))]
        self._load_extra(objs)
        return objs
