"""Full check of an open notebook connection: page integrity, cipher integrity, every row.

Problems are short Dutch sentences with table names and page/row numbers only, never cell
values, so they are safe to print.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jongerenwerk_desk.vault.engine import dbapi

MAX_PROBLEMS = 50


@dataclass
class VerifyReport:
    """Result of :func:`verify_connection`. ``ok`` is True only when ``problems`` is empty.

    ``tables``: number of tables read; ``rows``: rows read in total (all tables, including
    FTS5 shadow tables).
    """

    ok: bool
    problems: list[str] = field(default_factory=list)
    tables: int = 0
    rows: int = 0


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def verify_connection(conn) -> VerifyReport:
    """Run ``integrity_check``, ``cipher_integrity_check``, ``foreign_key_check`` and read every
    row of every table. Never raises for damage found; it is listed in ``problems``."""
    error = dbapi().Error
    problems: list[str] = []
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            problems += [f"integriteitscontrole: {r}" for r in rows[:MAX_PROBLEMS]]
    except error as exc:
        problems.append(f"integriteitscontrole mislukt: {exc}")
    try:
        rows = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        problems += [f"versleutelingscontrole: {r}" for r in rows[:MAX_PROBLEMS]]
    except error as exc:
        problems.append(f"versleutelingscontrole mislukt: {exc}")
    try:
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"verwijzing in tabel {table} (rij {rowid}) naar ontbrekende rij "
                            f"in {parent}")
    except error as exc:
        problems.append(f"verwijzingscontrole mislukt: {exc}")
    tables, total = _read_all_rows(conn, problems)
    return VerifyReport(ok=not problems, problems=problems[:MAX_PROBLEMS], tables=tables,
                        rows=total)


def _read_all_rows(conn, problems: list[str]) -> tuple[int, int]:
    error = dbapi().Error
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()]
    except error as exc:
        problems.append(f"tabellenlijst onleesbaar: {exc}")
        return 0, 0
    total = 0
    for name in names:
        try:
            cursor = conn.execute(f"SELECT * FROM {_quote(name)}")
            while batch := cursor.fetchmany(1000):
                total += len(batch)
        except error as exc:
            problems.append(f"tabel {name} niet volledig leesbaar: {exc}")
    return len(names), total
