"""Full check of an open notebook connection: page integrity, cipher integrity, every row.

Problems are short Dutch sentences with table names and page/row numbers only, never cell
values, so they are safe to print.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jongerenwerk_desk.vault.engine import Connection, dbapi

MAX_PROBLEMS = 50

# Known English texts of SQLite/SQLCipher checks -> Dutch. Only numbers and schema names (table,
# index, column) are carried over; anything unknown becomes a general Dutch sentence and the
# raw text goes to VerifyReport.details (shown by the CLI only with JWD_DEBUG=1).
_PAGE = r"(?:page|pgno)\s*=?\s*(\d+)"
_TRANSLATIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), dutch) for pattern, dutch in (
        (r"hmac check failed.*?" + _PAGE, "pagina {0} is beschadigd (controle op de "
                                          "versleuteling mislukt)"),
        (r"hmac verification failed.*?" + _PAGE, "pagina {0} is beschadigd (controle op de "
                                                 "versleuteling mislukt)"),
        (r"page (\d+) is never used", "pagina {0} wordt niet gebruikt"),
        (r"page (\d+).*referenced multiple times", "pagina {0} wordt meer dan eens gebruikt"),
        (r"tree (\d+) page (\d+)", "boom {0}, pagina {1} is beschadigd"),
        (r"(?:^|\b)page (\d+)", "pagina {0} is beschadigd"),
        (r"row (\d+) missing from index (\S+)", "rij {0} ontbreekt in index {1}"),
        (r"wrong # of entries in index (\S+)", "index {0} heeft een verkeerd aantal regels"),
        (r"null value in (\S+)", "lege waarde in verplichte kolom {0}"),
        (r"check constraint failed in (\S+)", "regel (CHECK) geschonden in tabel {0}"),
        (r"database disk image is malformed", "het bestand is beschadigd"),
        (r"file is not a database", "het bestand is niet (meer) leesbaar met deze sleutel"),
        (r"freelist", "de lijst met vrije pagina's is beschadigd"),
        (r"\*\*\* in database main \*\*\*", ""),
    ))


def dutch_problem(raw: str) -> str:
    """A Dutch sentence for one English SQLite/SQLCipher check message (empty for a pure
    heading line). Unknown texts become "onbekende beschadiging"."""
    text = " ".join(str(raw).split())
    for pattern, dutch in _TRANSLATIONS:
        match = pattern.search(text)
        if match:
            return dutch.format(*match.groups())
    return "onbekende beschadiging (details met JWD_DEBUG=1)"


@dataclass
class VerifyReport:
    """Result of :func:`verify_connection`. ``ok`` is True only when ``problems`` is empty.

    ``tables``: number of tables read; ``rows``: rows read in total (all tables, including
    FTS5 shadow tables). ``problems`` are Dutch; ``details`` holds the raw English texts of
    SQLite/SQLCipher behind them (no cell values), for JWD_DEBUG output only.
    """

    ok: bool
    problems: list[str] = field(default_factory=list)
    tables: int = 0
    rows: int = 0
    details: list[str] = field(default_factory=list)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class _Problems:
    """Collects Dutch problems (deduplicated, in order) and the raw texts behind them."""

    def __init__(self) -> None:
        self.dutch: list[str] = []
        self.raw: list[str] = []

    def add(self, prefix: str, raw: object) -> None:
        self.raw.append(f"{prefix}: {raw}")
        sentence = dutch_problem(str(raw))
        if sentence:
            line = f"{prefix}: {sentence}"
            if line not in self.dutch:
                self.dutch.append(line)


def verify_connection(conn: Connection) -> VerifyReport:
    """Run ``integrity_check``, ``cipher_integrity_check``, ``foreign_key_check`` and read every
    row of every table. Never raises for damage found; it is listed in ``problems`` (Dutch)."""
    error = dbapi().Error
    found = _Problems()
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            for row in rows[:MAX_PROBLEMS]:
                for line in str(row).splitlines():
                    found.add("integriteitscontrole", line)
    except error as exc:
        found.add("integriteitscontrole mislukt", exc)
    try:
        for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()[:MAX_PROBLEMS]:
            found.add("versleutelingscontrole", row[0])
    except error as exc:
        found.add("versleutelingscontrole mislukt", exc)
    try:
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall():
            found.dutch.append(f"verwijzing in tabel {table} (rij {rowid}) naar ontbrekende rij "
                               f"in {parent}")
    except error as exc:
        found.add("verwijzingscontrole mislukt", exc)
    tables, total = _read_all_rows(conn, found)
    return VerifyReport(ok=not found.dutch, problems=found.dutch[:MAX_PROBLEMS], tables=tables,
                        rows=total, details=found.raw[:MAX_PROBLEMS])


def _read_all_rows(conn: Connection, problems: _Problems) -> tuple[int, int]:
    error = dbapi().Error
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()]
    except error as exc:
        problems.add("tabellenlijst onleesbaar", exc)
        return 0, 0
    total = 0
    for name in names:
        try:
            cursor = conn.execute(f"SELECT * FROM {_quote(name)}")
            while batch := cursor.fetchmany(1000):
                total += len(batch)
        except error as exc:
            problems.add(f"tabel {name} niet volledig leesbaar", exc)
    return len(names), total
