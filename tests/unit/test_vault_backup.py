"""Single-file encrypted backups and restore (docs/architecture.md, "Backups": one
encrypted file, verified after writing, written under a temporary name and renamed; restore
keeps a copy of what it replaces)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from jongerenwerk_desk.vault import Vault
from jongerenwerk_desk.vault import backup as bk
from jongerenwerk_desk.vault.errors import (
    AlreadyOpen,
    DamagedFile,
    DiskFull,
    NewerFormat,
    NotANotebook,
    NotebookExists,
    WrongPassphrase,
)
from tests.vault_support import (
    MIGRATIONS,
    PASSPHRASE,
    add_rows,
    open_fast,
    sha256,
)


def _count(vault: Vault) -> int:
    return vault.conn.execute("SELECT count(*) FROM item").fetchone()[0]


@pytest.fixture
def backup_file(notebook, vault_template, tmp_path) -> Path:
    out = tmp_path / "kopie"
    out.mkdir()
    with open_fast(notebook, vault_template) as vault:
        return vault.backup(out / "een.jwbak")


def test_backup_is_one_encrypted_verified_file(notebook, vault_template, tmp_path) -> None:
    out = tmp_path / "uit"
    out.mkdir()
    with open_fast(notebook, vault_template) as vault:
        add_rows(vault, 3, prefix="MARKER-QX7")
        written = vault.backup(out)            # a folder: dated name
        second = vault.backup(out)             # same second: no clash
    assert written != second
    assert sorted(p.name for p in out.iterdir()) == sorted([written.name, second.name])
    raw = written.read_bytes()
    assert raw.startswith(bk.MAGIC) and b"SQLite format 3" not in raw
    assert b"MARKER-QX7" not in raw
    if os.name != "nt":  # Windows has no mode bits: the per-user folder's ACL keeps it private
        assert (written.stat().st_mode & 0o077) == 0
    info = bk.read_info(written)
    assert info.db_length == notebook.stat().st_size
    assert info.envelope_bytes == Path(str(notebook) + ".keys").read_bytes()
    assert info.header["notebook_id"] == info.envelope.notebook_id


def test_backup_refuses_to_overwrite(backup_file, notebook, vault_template) -> None:
    before = sha256(backup_file)
    with open_fast(notebook, vault_template) as vault, pytest.raises(NotebookExists):
        vault.backup(backup_file)
    assert sha256(backup_file) == before


def test_backup_failing_verification_leaves_nothing(notebook, vault_template, tmp_path,
                                                    monkeypatch) -> None:
    out = tmp_path / "uit"
    out.mkdir()

    def corrupting_write(out_file, envelope_bytes, envelope, db_path):
        real_write(out_file, envelope_bytes, envelope, db_path)
        out_file.seek(-100, os.SEEK_END)
        out_file.write(b"\0" * 10)

    real_write = bk.write_stream
    monkeypatch.setattr(bk, "write_stream", corrupting_write)
    with open_fast(notebook, vault_template) as vault, pytest.raises(DamagedFile):
        vault.backup(out / "b.jwbak")
    assert list(out.iterdir()) == []


def test_backup_disk_full_injected_leaves_nothing(notebook, vault_template, tmp_path,
                                                  monkeypatch) -> None:
    """ENOSPC injected while writing (the real tmpfs case is a system test)."""
    out = tmp_path / "uit"
    out.mkdir()

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(bk, "write_stream", full)
    before = sha256(notebook)
    with open_fast(notebook, vault_template) as vault:
        with pytest.raises(DiskFull):
            vault.backup(out / "b.jwbak")
        assert _count(vault) == 50
    assert list(out.iterdir()) == []
    assert sha256(notebook) == before


def test_restore_keeps_what_it_replaces(backup_file, notebook, vault_template) -> None:
    with open_fast(notebook, vault_template) as vault:
        add_rows(vault, 5, prefix="na de kopie")
        vault.change_passphrase(PASSPHRASE, "nieuwer")
    replaced_db = sha256(notebook)
    kept = Vault.restore(backup_file, notebook, passphrase=PASSPHRASE)
    assert kept is not None and kept.parent == notebook.parent
    assert sha256(kept) == replaced_db
    with Vault.open(kept, passphrase="nieuwer", migrations=MIGRATIONS) as old:
        assert _count(old) == 55
    with Vault.open(notebook, passphrase=PASSPHRASE, migrations=MIGRATIONS) as restored:
        assert _count(restored) == 50
        assert restored.verify().ok
    names = sorted(p.name for p in notebook.parent.iterdir())
    assert not [n for n in names if n.endswith(".tmp")]


def test_restore_into_empty_place(backup_file, tmp_path) -> None:
    target = tmp_path / "nieuw" / "terug.jwdb"
    target.parent.mkdir()
    assert Vault.restore(backup_file, target, passphrase=PASSPHRASE) is None
    assert sorted(p.name for p in target.parent.iterdir()) == ["terug.jwdb", "terug.jwdb.keys"]
    with Vault.open(target, passphrase=PASSPHRASE, migrations=MIGRATIONS) as vault:
        assert _count(vault) == 50


def _folder_state(folder: Path) -> dict[str, str]:
    return {p.name: sha256(p) for p in folder.iterdir() if p.is_file()}


def test_restore_validates_first_and_changes_nothing(backup_file, notebook, vault_template,
                                                     tmp_path) -> None:
    state = _folder_state(notebook.parent)
    with pytest.raises(WrongPassphrase):
        Vault.restore(backup_file, notebook, passphrase="fout")
    assert _folder_state(notebook.parent) == state

    tmp_path = tmp_path / "kapot"
    tmp_path.mkdir()
    damaged = tmp_path / "kapot.jwbak"
    raw = bytearray(backup_file.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    damaged.write_bytes(bytes(raw))
    with pytest.raises(DamagedFile):
        Vault.restore(damaged, notebook, passphrase=PASSPHRASE)
    truncated = tmp_path / "kort.jwbak"
    truncated.write_bytes(backup_file.read_bytes()[:-5000])
    with pytest.raises(DamagedFile):
        Vault.restore(truncated, notebook)
    with pytest.raises(NotANotebook):
        Vault.restore(notebook, notebook.with_name("x.jwdb"))
    newer = tmp_path / "nieuwer.jwbak"
    data = backup_file.read_bytes().replace(b'"version": 1', b'"version": 5', 1)
    newer.write_bytes(data)
    with pytest.raises(NewerFormat):
        Vault.restore(newer, notebook)
    assert _folder_state(notebook.parent) == state


def test_backup_with_consistent_checksum_but_bad_pages_is_refused(backup_file, notebook,
                                                                   tmp_path) -> None:
    """A backup whose checksum was recomputed after damage still fails the full verify."""
    import hashlib

    info = bk.read_info(backup_file)
    raw = bytearray(backup_file.read_bytes()[:-32])
    raw[info.db_offset + info.db_length - 1000] ^= 0x55
    forged = backup_file.parent / "vervalst.jwbak"
    forged.write_bytes(bytes(raw) + hashlib.sha256(raw).digest())
    state = _folder_state(notebook.parent)
    with pytest.raises(DamagedFile):
        Vault.restore(forged, notebook, passphrase=PASSPHRASE)
    assert _folder_state(notebook.parent) == state


def test_restore_refused_while_open(backup_file, notebook, vault_template) -> None:
    with open_fast(notebook, vault_template):
        state = _folder_state(notebook.parent)
        with pytest.raises(AlreadyOpen):
            Vault.restore(backup_file, notebook, passphrase=PASSPHRASE)
        assert _folder_state(notebook.parent) == state


def test_restore_keeps_hot_journal_with_its_database(backup_file, notebook) -> None:
    journal = Path(str(notebook) + "-journal")
    journal.write_bytes(b"pretend hot journal")
    kept = Vault.restore(backup_file, notebook, passphrase=PASSPHRASE)
    assert not journal.exists()
    assert Path(str(kept) + "-journal").read_bytes() == b"pretend hot journal"
