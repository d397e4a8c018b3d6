"""Leftovers of killed commands are finished or removed at the next start (issue 13, class 5):
a restore stopped after any of its renames, the lone key file of a killed init, and
temporary files by their recognisable names (the SIGKILL runs are in
tests/system/test_vault_debris.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jongerenwerk_desk.vault import KdfParams, Vault, debris
from tests.vault_support import (
    MIGRATIONS,
    PASSPHRASE,
    add_rows,
)


class Crash(BaseException):
    """Stands in for a power cut: no cleanup code runs for it in the restore."""


def _count(path: Path) -> int:
    with Vault.open(path, passphrase=PASSPHRASE, migrations=MIGRATIONS) as vault:
        return vault.conn.execute("SELECT count(*) FROM item").fetchone()[0]


@pytest.mark.parametrize("renames_done", [0, 1, 2, 3])
def test_restore_stopped_after_any_rename_is_finished_at_next_open(
        notebook, tmp_path, monkeypatch, renames_done) -> None:
    with Vault.open(notebook, passphrase=PASSPHRASE, migrations=MIGRATIONS) as vault:
        backup = vault.backup(tmp_path / "b.jwbak")
        add_rows(vault, 7)
    real_replace, calls = os.replace, []

    def replace(src, dst):   # os.replace is one function for every module: count only the
        if debris.intent_path(notebook).exists():        # renames after the intent file
            if len(calls) == renames_done:
                raise Crash()
            calls.append((src, dst))
        real_replace(src, dst)

    monkeypatch.setattr(debris.os, "replace", replace)
    with pytest.raises(Crash):
        Vault.restore(backup, notebook, passphrase=PASSPHRASE)
    monkeypatch.setattr(debris.os, "replace", real_replace)
    assert debris.intent_path(notebook).exists()
    with Vault.open(notebook, passphrase=PASSPHRASE, migrations=MIGRATIONS) as vault:
        assert vault.tidied.restore == "finished"
        assert any("terugzetting" in m for m in vault.tidied.messages)
    assert _count(notebook) == 50                                   # the backup's notebook
    kept = list(notebook.parent.glob("nb.replaced-*.jwdb"))
    assert len(kept) == 1 and Path(f"{kept[0]}.keys").is_file()
    assert _count(kept[0]) == 57                                    # the replaced one, whole
    assert [p.name for p in notebook.parent.iterdir() if p.name.startswith(".")] == []


def test_lone_keys_of_a_killed_init_do_not_block_a_new_one(tmp_path) -> None:
    path = tmp_path / "nieuw.jwdb"
    first, _ = Vault.create(tmp_path / "ander.jwdb", PASSPHRASE,
                            kdf_params=KdfParams.minimum(), migrations=MIGRATIONS)
    first.close()
    # what a kill between writing the key file and renaming the database leaves
    Path(f"{path}.keys").write_bytes((tmp_path / "ander.jwdb.keys").read_bytes())
    (tmp_path / ".nieuw.jwdb.create-0123456789ab.tmp").write_bytes(b"\0" * 4096)
    (tmp_path / ".nieuw.jwdb.create-0123456789ab.tmp-journal").write_bytes(b"")
    vault, _ = Vault.create(path, PASSPHRASE, kdf_params=KdfParams.minimum(),
                            migrations=MIGRATIONS)
    assert vault.tidied.lone_keys_removed and vault.tidied.removed == 2
    vault.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "ander.jwdb", "ander.jwdb.keys", "nieuw.jwdb", "nieuw.jwdb.keys"]


def test_a_lone_key_file_without_create_debris_is_never_removed(tmp_path) -> None:
    keys = tmp_path / "bewaard.jwdb.keys"
    keys.write_bytes(b'{"format": "iets"}')
    assert not debris.tidy(tmp_path / "bewaard.jwdb")
    assert keys.read_bytes() == b'{"format": "iets"}'


def test_only_our_own_temp_names_are_removed(notebook) -> None:
    folder = notebook.parent
    ours = [folder / ".nb.jwdb.restore-00112233aabb.tmp",
            folder / ".nb.jwdb.keys.tmp-00112233aabb.tmp",
            # an atomic write of a restore's staged key file, killed midway
            folder / "..nb.jwdb.keys.restore-00112233aabb.tmp.tmp-44556677ccdd.tmp"]
    others = [folder / ".nb.jwdb.notes.txt", folder / ".ander.jwdb.restore-00112233aabb.tmp",
              folder / "nb.jwdb.restore-00112233aabb.tmp",
              folder / "..ander.jwdb.keys.restore-00112233aabb.tmp.tmp-44556677ccdd.tmp"]
    for path in ours + others:
        path.write_bytes(b"x")
    with Vault.open(notebook, passphrase=PASSPHRASE, migrations=MIGRATIONS) as vault:
        assert vault.tidied.removed == 3
    assert not any(p.exists() for p in ours) and all(p.exists() for p in others)
