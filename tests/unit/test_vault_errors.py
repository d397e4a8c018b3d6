"""Every broken-file case gets its own typed error, and no error path changes the file
(issue 2: "each gives its own clear error and leaves the file byte-identical")."""

from __future__ import annotations

import os
import sqlite3  # tests only: builds a plain SQLite file
from pathlib import Path

import pytest

from jongerenwerk_desk.vault import Vault
from jongerenwerk_desk.vault.engine import PAGE_SIZE
from jongerenwerk_desk.vault.errors import (
    AlreadyOpen,
    DamagedFile,
    DiskFull,
    EmptyNotebook,
    FirstPageDamaged,
    KeyFileDamaged,
    KeyFileMismatch,
    NewerFormat,
    NotANotebook,
    NotebookNotFound,
    VaultError,
    WrongPassphrase,
)
from tests.vault_support import (
    MIGRATIONS,
    PASSPHRASE,
    open_fast,
    sha256,
)


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: sha256(p) for p in sorted(folder.iterdir()) if p.is_file()}


def _open(path: Path, **kwargs) -> Vault:
    kwargs.setdefault("passphrase", PASSPHRASE)
    return Vault.open(path, migrations=MIGRATIONS, **kwargs)


def _expect(error: type[VaultError], path: Path, *, held: bool = False, **kwargs) -> VaultError:
    before = _digests(path.parent)
    with pytest.raises(error) as info:
        _open(path, **kwargs)
    assert _digests(path.parent) == before      # byte-identical, nothing added or removed
    assert Path(str(path) + ".lock").exists() == held
    assert info.value.user_message and "Traceback" not in str(info.value)
    return info.value


def test_wrong_passphrase(notebook) -> None:
    _expect(WrongPassphrase, notebook, passphrase=PASSPHRASE + " ")
    _expect(WrongPassphrase, notebook, passphrase=None,
            recovery_code="00000-00000-00000-00000-00000")
    _expect(WrongPassphrase, notebook, passphrase=None, recovery_code="geen code")


def test_first_page_overwritten(notebook) -> None:
    with notebook.open("r+b") as fh:
        fh.seek(100)
        fh.write(os.urandom(200))
    # issue 13 class 4: damage of page 1, not "the .keys belongs to another notebook"
    error = _expect(FirstPageDamaged, notebook)
    assert not isinstance(error, KeyFileMismatch) and "eerste pagina" in str(error)


def test_middle_page_overwritten_found_by_verify(notebook, vault_template) -> None:
    pages = notebook.stat().st_size // PAGE_SIZE
    assert pages >= 3
    with notebook.open("r+b") as fh:
        fh.seek((pages - 1) * PAGE_SIZE + 64)
        fh.write(os.urandom(512))
    before = sha256(notebook)
    vault = _open(notebook)
    try:
        report = vault.verify()
        assert not report.ok
        assert any("versleutelingscontrole" in p for p in report.problems)
        with pytest.raises(DamagedFile), vault.transaction() as conn:
            conn.execute("SELECT * FROM item_fts WHERE item_fts MATCH 'rij'").fetchall()
            conn.execute("SELECT group_concat(label) FROM item").fetchall()
            conn.execute("PRAGMA integrity_check").fetchall()
            raise AssertionError("damage not noticed")  # pragma: no cover
    except AssertionError:
        raise
    finally:
        vault.close()
    assert sha256(notebook) == before


@pytest.mark.parametrize("cut", [PAGE_SIZE, PAGE_SIZE // 2, 1])
def test_truncated(notebook, cut) -> None:
    size = notebook.stat().st_size
    os.truncate(notebook, size - cut)
    _expect(DamagedFile, notebook)


def test_zero_byte_file(notebook) -> None:
    os.truncate(notebook, 0)
    error = _expect(EmptyNotebook, notebook)       # issue 13: its own message, not "no notebook"
    assert not isinstance(error, NotANotebook) and "0 bytes" in str(error)
    Path(f"{notebook}.keys").unlink()
    _expect(NotANotebook, notebook)                # an empty file without keys: not ours


@pytest.mark.parametrize("content", [b"", b"\n", b'{"format": "jongerenwerk-desk/key-env'])
def test_empty_or_cut_off_key_file(notebook, content) -> None:
    Path(f"{notebook}.keys").write_bytes(content)
    error = _expect(KeyFileDamaged, notebook)
    assert not isinstance(error, NotANotebook) and "sleutelbestand (.keys)" in str(error)


def test_plain_sqlite_database(tmp_path) -> None:
    path = tmp_path / "gewoon.jwdb"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    _expect(NotANotebook, path)
    # also with a stolen envelope next to it
    (tmp_path / "gewoon.jwdb.keys").write_text("{}")
    _expect(NotANotebook, path)


def test_missing_envelope(notebook) -> None:
    Path(str(notebook) + ".keys").unlink()
    _expect(NotANotebook, notebook)


def test_random_bytes(tmp_path, notebook) -> None:
    path = tmp_path / "ruis.jwdb"
    path.write_bytes(os.urandom(3 * PAGE_SIZE))
    _expect(NotANotebook, path)
    # random bytes next to a valid envelope: the key is right, the file is not the notebook
    Path(str(path) + ".keys").write_bytes(Path(str(notebook) + ".keys").read_bytes())
    _expect(DamagedFile, path)


def test_not_found_and_directory(tmp_path) -> None:
    with pytest.raises(NotebookNotFound):
        _open(tmp_path / "bestaat-niet.jwdb")
    (tmp_path / "map.jwdb").mkdir()
    with pytest.raises(NotANotebook):
        _open(tmp_path / "map.jwdb")


def test_newer_envelope_and_newer_schema(notebook, vault_template) -> None:
    keys = Path(str(notebook) + ".keys")
    original = keys.read_bytes()
    keys.write_bytes(original.replace(b'"version": 1', b'"version": 7'))
    _expect(NewerFormat, notebook)
    keys.write_bytes(original)
    with open_fast(notebook, vault_template) as vault:
        vault.conn.execute("PRAGMA user_version = 9")
    _expect(NewerFormat, notebook)


def test_already_open_in_this_process(notebook, vault_template) -> None:
    with open_fast(notebook, vault_template):
        error = _expect(AlreadyOpen, notebook, held=True)
        assert error.pid == os.getpid()
        assert str(os.getpid()) in Path(str(notebook) + ".lock").read_text()
    with _open(notebook):   # released on close
        pass


def test_disk_full_during_write_is_typed_and_keeps_data(notebook, vault_template,
                                                         monkeypatch) -> None:
    """Injected SQLITE_FULL (the real tmpfs case is in tests/system/test_vault_diskfull.py)."""
    with open_fast(notebook, vault_template) as vault:
        import sqlcipher3.dbapi2 as dbapi

        full = dbapi.OperationalError("database or disk is full")
        full.sqlite_errorcode = 13
        with pytest.raises(DiskFull), vault.transaction() as conn:
            conn.execute("INSERT INTO item(label) VALUES ('half')")
            raise full
        assert vault.conn.execute("SELECT count(*) FROM item").fetchone()[0] == 50
        assert not vault.conn.in_transaction


def test_foreign_sqlcipher_database_with_our_key(tmp_path, notebook, vault_template) -> None:
    """Right key, right format, but not made by us (no application id): not a notebook."""
    from sqlcipher3 import dbapi2

    path = tmp_path / "vreemd.jwdb"
    conn = dbapi2.connect(path)
    conn.execute(f"PRAGMA key = \"x'{vault_template.key.hex()}'\"")
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    Path(str(path) + ".keys").write_bytes(Path(str(notebook) + ".keys").read_bytes())
    _expect(NotANotebook, path)
