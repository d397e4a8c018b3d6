"""Numbered schema migrations, applied by the vault on create/open.

``PRAGMA user_version`` holds the highest applied number. Each migration runs in its own
``BEGIN IMMEDIATE`` transaction together with the ``user_version`` update, so a crash or a full
disk leaves the notebook at the previous version. A notebook whose ``user_version`` is higher
than the highest known migration raises :class:`NewerFormat`. Before migrating an existing
notebook the vault writes an encrypted backup next to it (see ``Vault.open``).

``Migration.apply`` gets the connection and must not commit: use ``conn.execute`` or
:func:`execute_script`, never ``conn.executescript`` (Python commits before executescript).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from jongerenwerk_desk.vault.engine import Connection, dbapi, map_error
from jongerenwerk_desk.vault.errors import NewerFormat


@dataclass(frozen=True)
class Migration:
    """Schema step ``number`` (1, 2, ...), a short English ``name``, and ``apply(conn)``."""

    number: int
    name: str
    apply: Callable[[Any], None]


def validate(migrations: Iterable[Migration]) -> tuple[Migration, ...]:
    """Return the migrations as a tuple; ValueError unless numbered 1, 2, 3, ... in order."""
    result = tuple(migrations)
    for expected, migration in enumerate(result, start=1):
        if migration.number != expected:
            raise ValueError(f"migrations must be numbered 1..n in order, got {migration.number}"
                             f" at position {expected}")
    return result


def user_version(conn: Connection) -> int:
    """The notebook's schema version (``PRAGMA user_version``)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def pending(conn: Connection, migrations: Sequence[Migration]) -> list[Migration]:
    """Migrations not yet applied; NewerFormat when the notebook is ahead of ``migrations``."""
    current = user_version(conn)
    if current > len(migrations):
        raise NewerFormat(f"schemaversie {current}, dit programma kent {len(migrations)}")
    return list(migrations[current:])


def has_content(conn: Connection) -> bool:
    """True when the database holds any schema object (so it is not a fresh, empty file)."""
    return bool(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0)


def apply_pending(conn: Connection, migrations: Sequence[Migration]) -> list[int]:
    """Apply every pending migration, each in its own transaction; returns applied numbers.

    Raises DiskFull / DamagedFile (mapped), RuntimeError when a migration ended the
    transaction itself, and re-raises anything the migration raised (after ROLLBACK).
    """
    applied = []
    for migration in pending(conn, migrations):
        conn.execute("BEGIN IMMEDIATE")
        try:
            migration.apply(conn)
            if not conn.in_transaction:
                raise RuntimeError(f"migration {migration.number} ended the transaction itself "
                                   "(use execute_script, not executescript)")
            conn.execute(f"PRAGMA user_version = {int(migration.number)}")
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            mapped = map_error(exc)
            if mapped is not None:
                raise mapped from exc
            raise
        applied.append(migration.number)
    return applied


def split_script(script: str) -> list[str]:
    """Split SQL text into complete statements (trigger bodies stay whole)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if dbapi().complete_statement(buffer):
            if buffer.strip().strip(";").strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError("incomplete SQL statement at the end of the script")
    return statements


def execute_script(conn: Connection, script: str) -> None:
    """Run each statement of ``script`` with ``conn.execute`` inside the current transaction."""
    for statement in split_script(script):
        conn.execute(statement)
