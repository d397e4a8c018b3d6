"""The notebook's tables and its FTS5 index live inside the encrypted file: an independent
SQLCipher 4 client with the data key reads them; without the key nothing is readable."""

from __future__ import annotations

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from jongerenwerk_desk.notebook import MIGRATIONS, Notebook
from jongerenwerk_desk.notebook.models import Signal, YoungPerson
from jongerenwerk_desk.vault import KdfParams


def test_independent_client_reads_tables_and_fts(tmp_path) -> None:
    path = tmp_path / "f.jwdb"
    nb, _ = Notebook.create(path, "wachtwoord", kdf_params=KdfParams.minimum())
    pid = nb.people.add(YoungPerson(name="Xerxesmarker Voorbeeld"))
    nb.signals.add(Signal(category="groepsgedrag", text="Zeldzaamwoord bij de kade",
                          person_ids=[pid]))
    key = bytes(nb.vault._key)  # test-only: the raw data key, as a second client needs it
    nb.close()

    raw = path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"Xerxesmarker" not in raw and b"xerxesmarker" not in raw

    conn = sqlcipher.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        assert conn.execute("SELECT name FROM people").fetchall() == [("Xerxesmarker Voorbeeld",)]
        assert conn.execute("SELECT rowid FROM signals_fts WHERE signals_fts MATCH "
                            "'zeldzaamwoord'").fetchall() == [(1,)]
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    finally:
        conn.close()

    keyless = sqlcipher.connect(str(path))
    try:
        with pytest.raises(sqlcipher.DatabaseError):
            keyless.execute("SELECT count(*) FROM people").fetchall()
    finally:
        keyless.close()
