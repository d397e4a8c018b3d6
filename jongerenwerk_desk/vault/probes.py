"""Small engine probes for the self-test (``jongerenwerk-desk --selftest``): which SQLCipher
runs under a connection, and whether FTS5 works inside the encrypted file. SQL lives here
(``vault/``), never in ``ui/``."""

from __future__ import annotations

from typing import Any


def cipher_version(conn: Any) -> tuple[str, str]:
    """``(PRAGMA cipher_version, PRAGMA cipher_provider)`` of an open SQLCipher connection;
    empty strings when the driver reports none (then it is not SQLCipher)."""
    row = conn.execute("PRAGMA cipher_version").fetchone()
    version = str(row[0]) if row and row[0] else ""
    provider = conn.execute("PRAGMA cipher_provider").fetchone()
    return version, (str(provider[0]) if provider and provider[0] else "")


def fts5_finds_a_word(conn: Any) -> bool:
    """Create a temporary FTS5 table, index one text, search a word of it, drop the table;
    True when exactly that row is found. Writes nothing to the notebook itself."""
    conn.execute("CREATE VIRTUAL TABLE temp.zelftest_fts USING fts5(tekst)")
    try:
        conn.execute("INSERT INTO temp.zelftest_fts(tekst) VALUES ('jongerenwerk zelftest')")
        hits = conn.execute(
            "SELECT count(*) FROM temp.zelftest_fts WHERE zelftest_fts MATCH 'zelftest'"
        ).fetchone()[0]
    finally:
        conn.execute("DROP TABLE temp.zelftest_fts")
    return int(hits) == 1
