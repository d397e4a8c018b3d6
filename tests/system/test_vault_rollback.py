"""Rollback detection (issue 13, class 3): an older copy of the notebook put back opens with the
current passphrase, but the generation kept in the OS keyring (a real gnome-keyring in a
private D-Bus session) makes unlock and ``verify`` warn plainly; a restore clears it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.notebook.models import YoungPerson
from jongerenwerk_desk.vault import KdfParams
from jongerenwerk_desk.vault.keystore import DeviceKeyStore
from tests.system.test_vault_keyring import secret_service  # noqa: F401

PASS = "terugrol wachtwoord"


def _add(path: Path, name: str) -> None:
    with Notebook.open(path, passphrase=PASS) as nb, nb.transaction():
        nb.people.add(YoungPerson(name=name))


def test_generation_grows_only_with_changing_commits(tmp_path: Path) -> None:
    nb, _ = Notebook.create(tmp_path / "g.jwdb", PASS, kdf_params=KdfParams.minimum())
    with nb:
        start = nb.vault.generation
        with nb.transaction():
            nb.people.add(YoungPerson(name="Een"))
        assert nb.vault.generation == start + 1
        with nb.transaction():
            nb.conn.execute("SELECT count(*) FROM people").fetchone()
        assert nb.vault.generation == start + 1          # a read-only transaction: no step


def test_an_older_copy_put_back_is_noticed(secret_service, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "werk.jwdb"
    nb, _ = Notebook.create(path, PASS, kdf_params=KdfParams.minimum())
    nb.close()
    _add(path, "Eerste Persoon")
    old = tmp_path / "oud"
    old.mkdir()
    for name in ("werk.jwdb", "werk.jwdb.keys"):
        shutil.copy2(tmp_path / name, old / name)
    store = DeviceKeyStore(timeout=10)
    with Notebook.open(path, passphrase=PASS) as nb:
        assert nb.vault.rollback_warnings(store) == []   # first sight: the baseline
        with nb.transaction():
            nb.people.erase(nb.people.page(0, 10, "name")[0].id)   # an erasure...
            nb.people.add(YoungPerson(name="Tweede Persoon"))
    # ...then someone with only the files puts the old copy back
    for name in ("werk.jwdb", "werk.jwdb.keys"):
        shutil.copy2(old / name, tmp_path / name)
    with Notebook.open(path, passphrase=PASS) as nb:    # it opens with the passphrase
        warnings = nb.vault.rollback_warnings(store)
    assert len(warnings) == 1 and "ouder dan het exemplaar" in warnings[0]
    verify = subprocess.run([sys.executable, "-m", "jongerenwerk_desk", "verify", str(path),
                             "--passphrase-stdin"], input=PASS + "\n", capture_output=True,
                            text=True, timeout=120, env=dict(os.environ))
    assert verify.returncode == 1 and "ouder dan het exemplaar" in verify.stderr, verify.stderr
    # a restore is a wanted step back: afterwards no warning
    with Notebook.open(path, passphrase=PASS) as nb:
        backup = nb.vault.backup(tmp_path / "b.jwbak")
    restored = subprocess.run([sys.executable, "-m", "jongerenwerk_desk", "restore",
                               str(backup), str(path), "--passphrase-stdin"],
                              input=PASS + "\n", capture_output=True, text=True, timeout=120)
    assert restored.returncode == 0, restored.stderr
    with Notebook.open(path, passphrase=PASS) as nb:
        assert nb.vault.rollback_warnings(store) == []


def test_without_a_keyring_nothing_is_claimed(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    nb, _ = Notebook.create(tmp_path / "x.jwdb", PASS, kdf_params=KdfParams.minimum())
    with nb:
        assert nb.vault.rollback_warnings(DeviceKeyStore(timeout=5)) == []
