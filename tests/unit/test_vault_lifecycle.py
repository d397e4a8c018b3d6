"""Create, open, lock, change passphrase, recovery code, settings and migrations of the vault
(issue 2, "Vault")."""

from __future__ import annotations

import os
import sqlite3  # tests only: to show that plain SQLite cannot read the file
import subprocess
import sys
import textwrap

import pytest

from jongerenwerk_desk.vault import KdfParams, Migration, Vault, engine
from jongerenwerk_desk.vault.envelope import (
    PASSPHRASE_SLOT,
    RECOVERY_SLOT,
    KeyEnvelope,
    normalise_recovery_code,
)
from jongerenwerk_desk.vault.errors import (
    DamagedFile,
    NewerFormat,
    NotebookExists,
    SQLCipherUnavailable,
    VaultLocked,
    WrongPassphrase,
)
from jongerenwerk_desk.vault.migrations import split_script
from tests.vault_support import (
    MIGRATIONS,
    PASSPHRASE,
    add_rows,
    open_fast,
    sha256,
)


def test_new_file_is_encrypted_and_private(tmp_path) -> None:
    path = tmp_path / "nieuw.jwdb"
    vault, code = Vault.create(path, PASSPHRASE, kdf_params=KdfParams.minimum(),
                               migrations=MIGRATIONS)
    add_rows(vault, 3, prefix="MARKER-ZX81")
    vault.close()
    raw = path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"MARKER-ZX81" not in raw and b"CREATE TABLE" not in raw
    if os.name != "nt":  # Windows has no mode bits: the per-user folder's ACL keeps it private
        assert (path.stat().st_mode & 0o777) == 0o600
        assert (tmp_path / "nieuw.jwdb.keys").stat().st_mode & 0o077 == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nieuw.jwdb", "nieuw.jwdb.keys"]
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()
    assert len(code) == 29


def test_independent_sqlcipher_client_reads_with_raw_key(notebook, vault_template) -> None:
    script = textwrap.dedent(f"""
        import sys
        from sqlcipher3 import dbapi2
        conn = dbapi2.connect(sys.argv[1])
        conn.execute("PRAGMA key = \\"x'{vault_template.key.hex()}'\\"")
        print(conn.execute("PRAGMA cipher_version").fetchone()[0])
        print(conn.execute("SELECT count(*) FROM item").fetchone()[0])
        print(conn.execute("PRAGMA cipher_integrity_check").fetchall())
    """)
    out = subprocess.run([sys.executable, "-c", script, str(notebook)], capture_output=True,
                         text=True, timeout=60, check=True).stdout.split("\n")
    assert out[0].startswith("4.")
    assert out[1] == "50"
    assert out[2] == "[]"


def test_connection_settings(notebook, vault_template) -> None:
    with open_fast(notebook, vault_template) as vault:
        conn = vault.conn
        value = {name: conn.execute(f"PRAGMA {name}").fetchone()[0] for name in (
            "journal_mode", "synchronous", "temp_store", "secure_delete", "foreign_keys",
            "cache_size", "cipher_version")}
        assert value["journal_mode"] == "delete"
        assert value["synchronous"] == 3          # EXTRA (FULL + directory sync)
        assert value["temp_store"] == 2           # MEMORY
        assert value["secure_delete"] == 1
        assert value["foreign_keys"] == 1
        assert value["cache_size"] == -engine.CACHE_KIB
        assert value["cipher_version"].startswith("4.")
        extra = vault.connect()
        assert extra.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_close_locks_everything(notebook, vault_template) -> None:
    vault = open_fast(notebook, vault_template)
    extra = vault.connect()
    vault.close()
    assert not vault.is_open
    with pytest.raises(VaultLocked):
        vault.conn  # noqa: B018
    with pytest.raises(VaultLocked):
        vault.connect()
    with pytest.raises(VaultLocked):
        vault.backup(notebook.parent / "x.jwbak")
    with pytest.raises(sqlite3.ProgrammingError if False else Exception):
        extra.execute("SELECT 1")
    assert bytes(vault._key) == b""
    assert not (notebook.parent / "nb.jwdb.lock").exists()
    vault.close()  # idempotent


def test_transaction_commits_and_rolls_back(notebook, vault_template) -> None:
    with open_fast(notebook, vault_template) as vault:
        with pytest.raises(RuntimeError), vault.transaction() as conn:
            conn.execute("INSERT INTO item(label) VALUES ('weg')")
            raise RuntimeError("afbreken")
        with vault.transaction() as conn:
            conn.execute("INSERT INTO item(label) VALUES ('blijft')")
            with pytest.raises(RuntimeError), vault.transaction():
                conn.execute("INSERT INTO item(label) VALUES ('binnen')")
                raise RuntimeError("alleen binnenste")
        labels = [r[0] for r in vault.conn.execute("SELECT label FROM item WHERE id > 50")]
        assert labels == ["blijft"]
        with pytest.raises(Exception, match="append-only"):
            vault.conn.execute("INSERT INTO item_log(item_id) VALUES (1)")
            vault.conn.execute("UPDATE item_log SET note = 'x'")
        with pytest.raises(Exception, match="FOREIGN KEY"):
            vault.conn.execute("INSERT INTO item_log(item_id) VALUES (9999)")


def test_change_passphrase_re_encrypts_under_a_fresh_key(notebook, vault_template,
                                                        tmp_path) -> None:
    """Issue 13 class 1: the old passphrase (or old recovery code) with an old copy of the
    ``.keys`` (as inside every earlier backup) must not read data written after a change."""
    old_keys = (notebook.parent / "nb.jwdb.keys").read_bytes()
    vault = Vault.open(notebook, passphrase=PASSPHRASE, migrations=MIGRATIONS)
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("niet het oude", "nieuw")
    assert vault.check_passphrase(PASSPHRASE) and not vault.check_passphrase("nieuw")
    seen: list[tuple[float, str]] = []
    new_code = vault.change_passphrase(PASSPHRASE, "nieuw wachtwoord ✓",
                                       progress=lambda f, p: seen.append((f, p)))
    assert new_code != vault_template.recovery_code and len(new_code) == 29
    assert seen[0] == (0.0, "keys") and seen[-1] == (1.0, "done")
    assert [f for f, _ in seen] == sorted(f for f, _ in seen)
    add_rows(vault, 3, prefix="NA-DE-WIJZIGING")           # the main connection keeps working
    vault.close()
    assert b"next" not in (notebook.parent / "nb.jwdb.keys").read_bytes()

    # an attacker with the old passphrase, the old recovery code and the old .keys
    old_env = KeyEnvelope.from_bytes(old_keys)
    for slot, secret in ((PASSPHRASE_SLOT, PASSPHRASE),
                         (RECOVERY_SLOT, normalise_recovery_code(vault_template.recovery_code))):
        old_key = old_env.unwrap(slot, secret)
        assert old_key == vault_template.key
        with pytest.raises(DamagedFile):
            engine.connect(notebook, old_key)
    stolen = tmp_path / "stolen"
    stolen.mkdir()
    copy = stolen / "nb.jwdb"
    copy.write_bytes(notebook.read_bytes())
    (stolen / "nb.jwdb.keys").write_bytes(old_keys)
    with pytest.raises(DamagedFile):
        Vault.open(copy, passphrase=PASSPHRASE, migrations=MIGRATIONS)

    # the current files: only the new secrets open them, with every row
    with pytest.raises(WrongPassphrase):
        Vault.open(notebook, passphrase=PASSPHRASE, migrations=MIGRATIONS)
    with pytest.raises(WrongPassphrase):
        Vault.open(notebook, recovery_code=vault_template.recovery_code, migrations=MIGRATIONS)
    with Vault.open(notebook, passphrase="nieuw wachtwoord ✓", migrations=MIGRATIONS) as vault:
        assert vault.conn.execute("SELECT count(*) FROM item").fetchone()[0] == 53
        assert vault.verify().ok
    with Vault.open(notebook, recovery_code=new_code, migrations=MIGRATIONS) as vault:
        assert vault.opened_with == "recovery_code"


def test_recovery_code_then_reset_and_replace(notebook, vault_template) -> None:
    code = vault_template.recovery_code.lower().replace("-", " ")
    with Vault.open(notebook, recovery_code=code, migrations=MIGRATIONS) as vault:
        vault.reset_passphrase("na herstel")
        new_code = vault.replace_recovery_code("")
    with pytest.raises(WrongPassphrase):
        Vault.open(notebook, recovery_code=vault_template.recovery_code, migrations=MIGRATIONS)
    with Vault.open(notebook, recovery_code=new_code, migrations=MIGRATIONS):
        pass
    with Vault.open(notebook, passphrase="na herstel", migrations=MIGRATIONS) as vault:
        with pytest.raises(WrongPassphrase):
            vault.reset_passphrase("zonder oud wachtwoord")
        with pytest.raises(WrongPassphrase):
            vault.replace_recovery_code("fout")


def test_create_refuses_existing_and_missing_folder(notebook, tmp_path) -> None:
    before = sha256(notebook)
    with pytest.raises(NotebookExists):
        Vault.create(notebook, "x", kdf_params=KdfParams.minimum())
    assert sha256(notebook) == before
    from jongerenwerk_desk.vault.errors import NotebookNotFound

    with pytest.raises(NotebookNotFound):
        Vault.create(tmp_path / "geen" / "map.jwdb", "x", kdf_params=KdfParams.minimum())
    with pytest.raises(ValueError):
        Vault.create(tmp_path / "leeg.jwdb", "", kdf_params=KdfParams.minimum())
    assert not (tmp_path / "leeg.jwdb").exists()


def test_failed_create_leaves_nothing(tmp_path) -> None:
    def broken(conn) -> None:
        conn.execute("CREATE TABLE a(x)")
        raise RuntimeError("kapotte migratie")

    with pytest.raises(RuntimeError):
        Vault.create(tmp_path / "n.jwdb", "x", kdf_params=KdfParams.minimum(),
                     migrations=[Migration(1, "broken", broken)])
    assert list(tmp_path.iterdir()) == []


def test_migrations_numbering_newer_format_and_backup_first(notebook, vault_template) -> None:
    with pytest.raises(ValueError):
        open_fast(notebook, vault_template, migrations=[Migration(2, "x", lambda c: None)])
    # user_version 1 with no known migrations: made by a newer program.
    before = sha256(notebook)
    with pytest.raises(NewerFormat):
        Vault._open_with_key(notebook, vault_template.key, migrations=())
    assert sha256(notebook) == before

    def add_column(conn) -> None:
        conn.execute("ALTER TABLE item ADD COLUMN colour TEXT")

    v2 = (*MIGRATIONS, Migration(2, "colour", add_column))
    with open_fast(notebook, vault_template, migrations=v2, migrate=False) as vault:
        assert vault.pending_migrations == [2]
    assert sha256(notebook) == before
    with Vault._open_with_key(notebook, vault_template.key, migrations=v2) as vault:
        assert vault.applied_migrations == [2]
        assert vault.conn.execute("PRAGMA user_version").fetchone()[0] == 2
        vault.conn.execute("UPDATE item SET colour = 'blauw' WHERE id = 1")
    backups = sorted(notebook.parent.glob("nb-before-migration-2-*.jwbak"))
    assert len(backups) == 1
    restored = notebook.parent / "terug.jwdb"
    Vault.restore(backups[0], restored, passphrase=PASSPHRASE)
    with open_fast(restored, vault_template, migrate=False) as old:
        assert old.conn.execute("PRAGMA user_version").fetchone()[0] == 1


def test_failing_migration_rolls_back_to_previous_version(notebook, vault_template) -> None:
    def half(conn) -> None:
        conn.execute("CREATE TABLE half_done(x)")
        conn.execute("INSERT INTO nonexistent VALUES (1)")

    v2 = (*MIGRATIONS, Migration(2, "half", half))
    with pytest.raises(Exception, match="nonexistent"):
        Vault._open_with_key(notebook, vault_template.key, migrations=v2)
    with open_fast(notebook, vault_template) as vault:
        assert vault.conn.execute("PRAGMA user_version").fetchone()[0] == 1
        names = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in names

    def commits_itself(conn) -> None:
        conn.executescript("CREATE TABLE sneaky(x);")

    with pytest.raises(RuntimeError, match="ended the transaction"):
        Vault._open_with_key(notebook, vault_template.key,
                             migrations=(*MIGRATIONS, Migration(2, "sneaky", commits_itself)))


def test_split_script_keeps_trigger_bodies_whole() -> None:
    parts = split_script("""
        CREATE TABLE a(x);
        CREATE TRIGGER t BEFORE DELETE ON a BEGIN SELECT RAISE(ABORT, 'no; really'); END;
        INSERT INTO a VALUES (';');
    """)
    assert len(parts) == 3
    assert parts[1].startswith("CREATE TRIGGER") and parts[1].endswith("END;")
    with pytest.raises(ValueError):
        split_script("CREATE TABLE b(x")


def test_fail_closed_without_sqlcipher(monkeypatch, tmp_path) -> None:
    engine.dbapi.cache_clear()
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)
    try:
        with pytest.raises(SQLCipherUnavailable):
            Vault.create(tmp_path / "n.jwdb", "x", kdf_params=KdfParams.minimum())
        with pytest.raises(SQLCipherUnavailable):
            Vault.open(tmp_path / "n.jwdb", passphrase="x")
    finally:
        engine.dbapi.cache_clear()
    assert list(tmp_path.iterdir()) == []


def test_fail_closed_on_wrong_cipher_version(monkeypatch, tmp_path) -> None:
    import sqlcipher3.dbapi2 as real

    class FakeConn:
        def execute(self, sql):
            class Row:
                @staticmethod
                def fetchone():
                    return ("3.4.2 community",) if "cipher_version" in sql else None
            return Row()

        def close(self) -> None:
            pass

    engine.dbapi.cache_clear()
    monkeypatch.setattr(real, "connect", lambda *a, **k: FakeConn())
    try:
        with pytest.raises(SQLCipherUnavailable, match="3.4.2"):
            Vault.create(tmp_path / "n.jwdb", "x", kdf_params=KdfParams.minimum())
    finally:
        monkeypatch.undo()
        engine.dbapi.cache_clear()
    assert list(tmp_path.iterdir()) == []


def test_notebook_without_tables_is_a_whole_file(tmp_path) -> None:
    path = tmp_path / "leeg.jwdb"
    vault, _code = Vault.create(path, "x", kdf_params=KdfParams.minimum())
    assert vault.verify().ok
    vault.close()
    assert path.stat().st_size >= engine.PAGE_SIZE
    with Vault.open(path, passphrase="x") as again:
        assert again.conn.execute("PRAGMA application_id").fetchone()[0] == engine.APPLICATION_ID


def test_envelope_slots_and_parameters(tmp_path) -> None:
    import json

    params = KdfParams(2, 64 * 1024, 1)
    vault, _code = Vault.create(tmp_path / "n.jwdb", "x", kdf_params=params)
    vault.close()
    doc = json.loads((tmp_path / "n.jwdb.keys").read_text())
    assert doc["format"] == "jongerenwerk-desk/key-envelope" and doc["version"] == 1
    assert KdfParams.from_dict(doc["slots"]["passphrase"]["kdf"]) == params
    assert KdfParams.from_dict(doc["slots"]["recovery_code"]["kdf"]) == KdfParams.minimum()
    assert doc["slots"]["passphrase"]["salt"] != doc["slots"]["recovery_code"]["salt"]
