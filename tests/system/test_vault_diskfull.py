"""Disk full for real: small tmpfs mounts (root only). During a write, during a backup, during
a passphrase change: the error is DiskFull, committed data stays, no partial file remains
(issue 2, "What the tests must show"). Injected-ENOSPC variants live in tests/unit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jongerenwerk_desk.vault import Vault
from jongerenwerk_desk.vault.errors import DiskFull
from tests.vault_support import (
    MIGRATIONS,
    PASSPHRASE,
    add_rows,
    copy_notebook,
    open_fast,
    sha256,
)


def _fill(folder: Path) -> Path:
    """Fill ``folder``'s filesystem completely with one file; return it."""
    filler = folder / "vol.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
    return filler


def _count(vault) -> int:
    return vault.conn.execute("SELECT count(*) FROM item").fetchone()[0]


def test_disk_full_during_writes(small_disk, vault_template) -> None:
    disk = small_disk("512k")
    path = copy_notebook(vault_template.path, disk)
    committed = vault_template.rows
    with open_fast(path, vault_template) as vault:
        with pytest.raises(DiskFull):
            for _ in range(500):
                with vault.transaction() as conn:
                    conn.execute("INSERT INTO item(label) VALUES (?)", ("x" * 3000,))
                committed += 1
        assert not vault.conn.in_transaction
        assert _count(vault) == committed
    # The disk is still full: the notebook opens anyway, with every committed row, verified.
    with Vault.open(path, passphrase=PASSPHRASE, migrations=MIGRATIONS) as vault:
        assert _count(vault) == committed
        assert vault.verify().ok
    leftovers = [p.name for p in disk.iterdir() if p.name not in ("nb.jwdb", "nb.jwdb.keys")]
    assert leftovers == []


def test_disk_full_during_backup_leaves_no_partial_file(small_disk, vault_template,
                                                        tmp_path) -> None:
    path = copy_notebook(vault_template.path, tmp_path)
    with open_fast(path, vault_template) as vault:
        add_rows(vault, 300, prefix="x" * 500)
    size = path.stat().st_size
    before = sha256(path)
    # 1) the backup itself does not fit; 2) it fits, but the verify copy next to it does not
    for disk_size in (f"{size // 2 // 1024}k", f"{(size * 3 // 2) // 1024}k"):
        disk = small_disk(disk_size)
        with open_fast(path, vault_template) as vault:
            with pytest.raises(DiskFull):
                vault.backup(disk / "kopie.jwbak")
            assert _count(vault) == vault_template.rows + 300
        assert list(disk.iterdir()) == []
    assert sha256(path) == before
    big = small_disk(f"{size * 3 // 1024}k")
    with open_fast(path, vault_template) as vault:
        assert vault.backup(big / "kopie.jwbak").is_file()


def test_disk_full_during_passphrase_change_keeps_old_envelope(small_disk,
                                                                vault_template) -> None:
    disk = small_disk("256k")
    path = copy_notebook(vault_template.path, disk)
    keys = Path(str(path) + ".keys")
    envelope = keys.read_bytes()
    with open_fast(path, vault_template) as vault:
        filler = _fill(disk)
        with pytest.raises(DiskFull):
            vault.change_passphrase(PASSPHRASE, "nieuw")
        assert vault.check_passphrase(PASSPHRASE)
    assert keys.read_bytes() == envelope
    assert sorted(p.name for p in disk.iterdir()) == ["nb.jwdb", "nb.jwdb.keys", "vol.bin"]
    with Vault.open(path, passphrase=PASSPHRASE, migrations=MIGRATIONS) as vault:
        assert _count(vault) == vault_template.rows
    filler.unlink()
