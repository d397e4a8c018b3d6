"""Damage found early and named rightly (issue 13, class 4): a notebook with a damaged page
is refused for every writing command (the check of every page at unlock), each kind of
damage has its own message, and ``stats``/``import`` on a folder say "is een map"."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.notebook.models import YoungPerson
from jongerenwerk_desk.vault import KdfParams
from jongerenwerk_desk.vault.engine import PAGE_SIZE
from tests.cli_support import run_cli as _run_cli
from tests.notebooks import new_notebook

PASS = "beschadigd wachtwoord"


def run_cli(*args: str, stdin: str = PASS + "\n") -> subprocess.CompletedProcess[str]:
    return _run_cli(*args, stdin=stdin)


@pytest.fixture
def damaged(tmp_path) -> Path:
    """A notebook with a few hundred people whose last page is overwritten."""
    path = tmp_path / "kapot.jwdb"
    nb, _ = new_notebook(path, PASS)
    with nb.transaction():
        for n in range(300):
            nb.people.add(YoungPerson(name=f"Persoon {n} " + "x" * 200))
    nb.close()
    pages = path.stat().st_size // PAGE_SIZE
    with path.open("r+b") as fh:
        fh.seek((pages - 1) * PAGE_SIZE + 64)
        fh.write(os.urandom(512))
    return path


def test_writing_commands_refuse_a_damaged_notebook(damaged: Path, tmp_path: Path) -> None:
    before = damaged.read_bytes()
    keys_before = Path(f"{damaged}.keys").read_bytes()
    csv_file = tmp_path / "lijst.csv"
    csv_file.write_text("naam\nNieuw Persoon\n", encoding="utf-8")
    imported = run_cli("import", str(damaged), str(csv_file), "--passphrase-stdin")
    assert imported.returncode == 1, imported.stderr
    assert "beschadigd" in imported.stderr and "niets meer in opgeslagen" in imported.stderr
    changed = run_cli("change-passphrase", str(damaged), "--passphrase-stdin",
                      stdin=f"{PASS}\nnieuw zeer sterk wachtwoord 9!\n")
    assert changed.returncode == 1 and "beschadigd" in changed.stderr, changed.stderr
    assert "Traceback" not in imported.stderr + changed.stderr
    assert damaged.read_bytes() == before
    assert Path(f"{damaged}.keys").read_bytes() == keys_before


def test_stats_and_import_on_a_folder_say_it_is_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "map.jwdb"
    folder.mkdir()
    csv_file = tmp_path / "lijst.csv"
    csv_file.write_text("naam\nA\n", encoding="utf-8")
    for args in (("stats", str(folder)), ("import", str(folder), str(csv_file)),
                 ("verify", str(folder))):
        result = run_cli(*args, "--passphrase-stdin")
        assert result.returncode == 2 and "is een map" in result.stderr, (args, result.stderr)


def test_zero_byte_notebook_and_empty_key_file_have_their_own_messages(tmp_path: Path) -> None:
    path = tmp_path / "leeg.jwdb"
    nb, _ = Notebook.create(path, PASS, kdf_params=KdfParams.minimum())
    nb.close()
    keys = Path(f"{path}.keys")
    saved = keys.read_bytes()
    keys.write_bytes(b"")
    empty_keys = run_cli("stats", str(path), "--passphrase-stdin")
    assert empty_keys.returncode == 1 and "sleutelbestand (.keys)" in empty_keys.stderr
    assert "leeg of beschadigd" in empty_keys.stderr
    keys.write_bytes(saved)
    path.write_bytes(b"")
    empty_db = run_cli("stats", str(path), "--passphrase-stdin")
    assert empty_db.returncode == 1 and "leeg (0 bytes)" in empty_db.stderr
    assert "geen notitieboek" not in empty_db.stderr


def test_export_register_reports_a_damaged_notebook(damaged: Path, tmp_path: Path) -> None:
    """The export is written (as for register problems) but exit 1 says it may be
    incomplete; the notebook is not written to."""
    before = damaged.read_bytes()
    out = tmp_path / "register.csv"
    result = run_cli("export-register", str(damaged), str(out), "--passphrase-stdin")
    assert result.returncode == 1 and "beschadigd" in result.stderr, result.stderr
    assert damaged.read_bytes() == before
