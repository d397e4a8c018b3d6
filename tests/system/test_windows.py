"""Runs on Windows (issue 8): the admin round trip, paths, locking, replacing held files, the
Windows keyring and the data folder. Every test runs on Linux too, unless it says otherwise;
under the Windows harness (tools/windows-harness/run.sh) the user is "Zoë Ünal", so every
temporary folder is below "C:\\users\\Zoë Ünal\\" (a space and accents).

``JWD_TEST_CLI`` (optional) names a frozen console executable to run the round trip with
instead of ``python -m jongerenwerk_desk`` (tools/windows-harness/bundle.py sets it).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from jongerenwerk_desk import paths
from jongerenwerk_desk.vault import KdfParams, Vault, fileio
from jongerenwerk_desk.vault.errors import FileInUse, NotebookExists
from jongerenwerk_desk.vault.keystore import SERVICE, DeviceKeyStore
from tests.notebooks import copy_template

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "Zoë's geheime zin: één 🐢 en ß"
WINDOWS_ONLY = pytest.mark.skipif(sys.platform != "win32", reason="Windows behaviour")


def _cli() -> list[str]:
    frozen = os.environ.get("JWD_TEST_CLI")
    return [frozen] if frozen else [sys.executable, "-m", "jongerenwerk_desk"]


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """The admin CLI in a child process; standard input and output are UTF-8 in a pipe."""
    env = {k: v for k, v in os.environ.items() if k not in ("JWD_DEBUG", "PYTHONIOENCODING")}
    result = subprocess.run([*_cli(), *args], input=stdin, capture_output=True,
                            encoding="utf-8", timeout=300, env=env, cwd=ROOT)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_round_trip_with_accents_spaces_and_a_non_ascii_passphrase(tmp_path: Path) -> None:
    """The issue's "done when": init, import, stats, backup, restore, verify."""
    folder = tmp_path / "Mijn documenten" / "Jongerenwerk Zuidoost — Zoë & Ünal"
    folder.mkdir(parents=True)
    notebook = folder / "werk boek é.jwdb"
    pp = PASSPHRASE + "\n"

    init = run("init", "--passphrase-stdin", str(notebook), stdin=pp + pp)
    assert init.returncode == 0, init.stderr
    assert re.fullmatch(r"[0-9A-Z]{5}(-[0-9A-Z]{5}){4}", init.stdout.strip())
    assert notebook.is_file() and Path(f"{notebook}.keys").is_file()
    assert not Path(f"{notebook}.lock").exists()

    csv_file = folder / "lijst ëxport.csv"
    csv_file.write_bytes("naam;roepnaam;groep\r\nAïcha Çelik;Aï;Pleïn groep\r\n"
                         "Jürgen Øberg;;\r\n".encode("cp1252", errors="replace"))
    imported = run("import", "--passphrase-stdin", str(notebook), str(csv_file), stdin=pp)
    assert imported.returncode == 0, imported.stderr
    assert "Geïmporteerd: 2 nieuw" in imported.stdout

    stats = run("stats", "--passphrase-stdin", str(notebook), stdin=pp)
    assert stats.returncode == 0, stats.stderr
    assert "Jongeren: 2" in stats.stdout.splitlines()

    backups = folder / "reservekopieën"
    backups.mkdir()
    backup = run("backup", "--passphrase-stdin", str(notebook), str(backups), stdin=pp)
    assert backup.returncode == 0, backup.stderr
    written = Path(backup.stdout.strip())
    assert written.parent == backups and written.is_file(), backup.stdout

    restored = folder / "teruggezet boek.jwdb"
    restore = run("restore", "--passphrase-stdin", str(written), str(restored), stdin=pp)
    assert restore.returncode == 0, restore.stderr
    verify = run("verify", "--passphrase-stdin", str(restored), stdin=pp)
    assert verify.returncode == 0, verify.stdout + verify.stderr
    again = run("stats", "--passphrase-stdin", str(restored), stdin=pp)
    assert "Jongeren: 2" in again.stdout.splitlines()
    assert sorted(p.name for p in folder.iterdir() if p.name.endswith(".lock")) == []


def test_output_path_outside_the_ansi_code_page(tmp_path: Path) -> None:
    """A path with characters that cp1252 lacks ("Łódź", "ő") prints whole: output in a pipe
    is UTF-8 on every platform, so a finished backup never ends in an encoding error."""
    notebook = tmp_path / "boek.jwdb"
    pp = PASSPHRASE + "\n"
    copy_template(notebook, PASSPHRASE)   # init itself is the round trip's test
    dest = tmp_path / "Łódź kopieën ő"
    dest.mkdir()
    backup = run("backup", "--passphrase-stdin", str(notebook), str(dest), stdin=pp)
    assert backup.returncode == 0, backup.stderr
    assert Path(backup.stdout.strip()).parent == dest
    refused = run("verify", "--passphrase-stdin", str(dest), stdin=pp)   # a folder: Dutch
    assert refused.returncode == 2 and "map" in refused.stderr, refused.stderr


def test_failed_create_leaves_no_lock_file(tmp_path: Path) -> None:
    path = tmp_path / "bestaat.jwdb"
    vault, _ = Vault.create(path, PASSPHRASE, kdf_params=KdfParams.minimum())
    vault.close()
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(NotebookExists):
        Vault.create(path, PASSPHRASE, kdf_params=KdfParams.minimum())
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert not Path(f"{path}.lock").exists()


@WINDOWS_ONLY
def test_replacing_a_file_another_program_holds_open_gives_a_clear_message(
        tmp_path: Path) -> None:
    """Windows refuses to replace a file another handle has open without delete sharing (a
    virus scanner, Explorer's preview): a short wait, then FileInUse; nothing half-written."""
    target = tmp_path / "sleutels.keys"
    target.write_bytes(b"oud")
    with target.open("rb"):
        started = time.monotonic()
        with pytest.raises(FileInUse) as info:
            fileio.atomic_write_bytes(target, b"nieuw")
        waited = time.monotonic() - started
    assert fileio.REPLACE_WAIT_SECONDS <= waited < fileio.REPLACE_WAIT_SECONDS + 10
    assert "in gebruik door een ander programma" in str(info.value)
    assert target.read_bytes() == b"oud"
    assert [p.name for p in tmp_path.iterdir()] == ["sleutels.keys"]   # no temporary file


@WINDOWS_ONLY
def test_a_file_let_go_of_within_the_wait_is_replaced(tmp_path: Path) -> None:
    target = tmp_path / "sleutels.keys"
    target.write_bytes(b"oud")
    holder = target.open("rb")
    threading.Timer(0.3, holder.close).start()
    fileio.atomic_write_bytes(target, b"nieuw")
    assert target.read_bytes() == b"nieuw"


@WINDOWS_ONLY
def test_restore_over_a_notebook_another_program_holds_keeps_it_whole(tmp_path: Path) -> None:
    """The notebook is renamed aside before the restore: when that is refused, whatever was
    already renamed (the .keys) is put back, so the notebook still opens."""
    notebook = tmp_path / "werk.jwdb"
    vault, _ = Vault.create(notebook, PASSPHRASE, kdf_params=KdfParams.minimum())
    backup = vault.backup(tmp_path / "kopie.jwbak")
    vault.close()
    with notebook.open("rb"), pytest.raises(FileInUse):
        Vault.restore(backup, notebook, passphrase=PASSPHRASE)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["kopie.jwbak", "werk.jwdb", "werk.jwdb.keys"]
    with Vault.open(notebook, passphrase=PASSPHRASE) as reopened:
        assert reopened.verify().ok


@WINDOWS_ONLY
def test_data_folder_is_local_not_roaming() -> None:
    local = Path(os.environ["LOCALAPPDATA"])
    assert paths.data_dir().parent == local
    assert "roaming" not in str(paths.data_dir()).lower()
    assert paths.default_notebook_path().name == "notitieboek.jwdb"


@WINDOWS_ONLY
def test_windows_credential_manager_keeps_the_device_key(tmp_path: Path) -> None:
    """keyring's real Windows backend (Credential Manager; under Wine its implementation)."""
    store = DeviceKeyStore(timeout=20)
    assert store.available() == (True, "Windows Credential Manager")
    notebook = tmp_path / "apparaat.jwdb"
    vault, _ = Vault.create(notebook, PASSPHRASE, kdf_params=KdfParams.minimum())
    try:
        vault.remember_on_device(store)
        notebook_id = vault.notebook_id
    finally:
        vault.close()
    stored = store._resolve().get_password(SERVICE, notebook_id)
    assert stored and stored.startswith("v1:")
    with Vault.open_with_keyring(notebook, store=store) as reopened:
        assert reopened.opened_with == "keyring"
        reopened.forget_on_device(store)
    assert store._resolve().get_password(SERVICE, notebook_id) is None
