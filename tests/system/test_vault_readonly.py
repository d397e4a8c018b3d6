"""A notebook on a read-only medium (a tmpfs remounted read-only: real EROFS) or a backup
aimed at one: AccessDenied with a Dutch message, nothing changed, no traceback."""

from __future__ import annotations

import subprocess

import pytest

from jongerenwerk_desk.vault import Vault
from jongerenwerk_desk.vault.errors import AccessDenied
from tests.vault_support import (
    MIGRATIONS,
    PASSPHRASE,
    copy_notebook,
    open_fast,
    sha256,
)


def _read_only(point) -> None:
    result = subprocess.run(["mount", "-o", "remount,ro", str(point)], capture_output=True,
                            text=True, timeout=20)
    if result.returncode != 0:
        pytest.skip(f"cannot remount read-only: {result.stderr.strip()}")


def test_open_on_read_only_medium(small_disk, vault_template) -> None:
    disk = small_disk("1m")
    path = copy_notebook(vault_template.path, disk)
    before = {p.name: sha256(p) for p in disk.iterdir()}
    _read_only(disk)
    with pytest.raises(AccessDenied) as info:
        Vault.open(path, passphrase=PASSPHRASE, migrations=MIGRATIONS)
    assert "alleen-lezen" in str(info.value)
    assert {p.name: sha256(p) for p in disk.iterdir()} == before


def test_backup_to_read_only_medium(small_disk, vault_template, tmp_path) -> None:
    path = copy_notebook(vault_template.path, tmp_path)
    disk = small_disk("1m")
    _read_only(disk)
    with open_fast(path, vault_template) as vault:
        with pytest.raises(AccessDenied):
            vault.backup(disk / "kopie.jwbak")
        assert vault.verify().ok
    assert list(disk.iterdir()) == []
