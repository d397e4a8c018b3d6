"""The admin CLI for the notebook file, run as a real subprocess with --passphrase-stdin:
exit codes 0/1/2, Dutch messages on stderr, no traceback (issue 2, "Admin CLI")."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.vault import KdfParams, Vault
from jongerenwerk_desk.vault.engine import PAGE_SIZE

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "één 'lange' zin met \"quotes\" en 🐢"
CODE_RE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$")


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    """Run ``python -m jongerenwerk_desk ARGS`` with ``stdin``; never raises on exit codes."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("JWD_DEBUG", None)
    result = subprocess.run([sys.executable, "-m", "jongerenwerk_desk", *args], input=stdin,
                            capture_output=True, encoding="utf-8", timeout=120, env=env,
                            cwd=ROOT)
    assert "Traceback" not in result.stderr
    return result


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A notebook with the real notebook schema (fast KDF), closed."""
    path = tmp_path_factory.mktemp("cli-template") / "nb.jwdb"
    notebook, _code = Notebook.create(path, PASSPHRASE, kdf_params=KdfParams.minimum())
    notebook.close()
    return path


@pytest.fixture
def nb(template: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "nb.jwdb"
    shutil.copyfile(template, dest)
    shutil.copyfile(str(template) + ".keys", str(dest) + ".keys")
    return dest


def test_init_prints_recovery_code_once_and_creates_real_notebook(tmp_path) -> None:
    path = tmp_path / "nieuw.jwdb"
    result = run("init", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    code = result.stdout.strip()
    assert CODE_RE.match(code), result.stdout
    assert "Herstelcode" in result.stderr and code not in result.stderr
    assert not path.read_bytes().startswith(b"SQLite format 3")
    with Notebook.open(path, recovery_code=code) as notebook:
        assert notebook.people.count() == 0
    again = run("init", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert again.returncode == 2 and "bestaat al" in again.stderr
    assert run("init", str(tmp_path / "leeg.jwdb"), "--passphrase-stdin").returncode == 2
    missing = run("init", str(tmp_path / "geen" / "x.jwdb"), "--passphrase-stdin",
                  stdin="x\n")
    assert missing.returncode == 2 and "map bestaat niet" in missing.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nieuw.jwdb", "nieuw.jwdb.keys"]


def test_verify_ok_and_failures(nb: Path, tmp_path: Path) -> None:
    ok = run("verify", str(nb), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert ok.returncode == 0, ok.stderr
    assert "in orde" in ok.stderr
    wrong = run("verify", str(nb), "--passphrase-stdin", stdin="verkeerd\n")
    assert wrong.returncode == 1 and "klopt niet" in wrong.stderr
    assert run("verify", str(tmp_path / "weg.jwdb"), "--passphrase-stdin",
               stdin="x\n").returncode == 2
    no_input = run("verify", str(nb), "--passphrase-stdin")
    assert no_input.returncode == 2 and "wachtwoord" in no_input.stderr
    empty = tmp_path / "leeg.jwdb"
    empty.write_bytes(b"")
    result = run("verify", str(empty), "--passphrase-stdin", stdin="x\n")
    assert result.returncode == 2 and "geen notitieboek" in result.stderr


def test_verify_reports_a_damaged_page(nb: Path) -> None:
    pages = nb.stat().st_size // PAGE_SIZE
    with nb.open("r+b") as fh:
        fh.seek((pages // 2) * PAGE_SIZE + 100)
        fh.write(os.urandom(64))
    before = nb.read_bytes()
    result = run("verify", str(nb), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 1
    assert "niet in orde" in result.stderr or "beschadigd" in result.stderr
    assert nb.read_bytes() == before


def test_verify_refuses_notebook_open_elsewhere(nb: Path) -> None:
    with Vault.open(nb, passphrase=PASSPHRASE, migrations=_migrations()):
        result = run("verify", str(nb), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 1 and "al geopend" in result.stderr
    assert str(os.getpid()) in result.stderr


def _migrations():
    from jongerenwerk_desk.notebook import MIGRATIONS

    return MIGRATIONS


def test_backup_and_restore(nb: Path, tmp_path: Path) -> None:
    out = tmp_path / "kopieen"
    out.mkdir()
    result = run("backup", str(nb), str(out), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    backup = Path(result.stdout.strip())
    assert backup.parent == out and backup.is_file()
    clash = run("backup", str(nb), str(backup), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert clash.returncode == 2 and "bestaat al" in clash.stderr
    nowhere = run("backup", str(nb), str(tmp_path / "geen" / "b.jwbak"), "--passphrase-stdin",
                  stdin=PASSPHRASE + "\n")
    assert nowhere.returncode == 2

    wrong = run("restore", str(backup), str(nb), "--passphrase-stdin", stdin="fout\n")
    assert wrong.returncode == 1 and "klopt niet" in wrong.stderr
    restored = run("restore", str(backup), str(nb), "--passphrase-stdin",
                   stdin=PASSPHRASE + "\n")
    assert restored.returncode == 0, restored.stderr
    kept = Path(restored.stdout.strip())
    assert kept.is_file() and Path(str(kept) + ".keys").is_file()
    assert run("verify", str(nb), "--passphrase-stdin", stdin=PASSPHRASE + "\n").returncode == 0
    not_backup = run("restore", str(nb), str(tmp_path / "x.jwdb"), "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")
    assert not_backup.returncode == 2 and "geen reservekopie" in not_backup.stderr


def test_change_passphrase(nb: Path) -> None:
    before = nb.read_bytes()
    new = "nieuw ✓ wachtwoord"
    result = run("change-passphrase", str(nb), "--passphrase-stdin",
                 stdin=f"{PASSPHRASE}\n{new}\n")
    assert result.returncode == 0, result.stderr
    assert nb.read_bytes() != before                       # re-encrypted under a fresh key
    code = result.stdout.strip()
    assert len(code) == 29 and code.count("-") == 4        # the new recovery code, once
    assert "herstelcode" in result.stderr and "100 %" in result.stderr
    before = nb.read_bytes()
    assert run("verify", str(nb), "--passphrase-stdin", stdin=new + "\n").returncode == 0
    old = run("verify", str(nb), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert old.returncode == 1
    short = run("change-passphrase", str(nb), "--passphrase-stdin", stdin=new + "\n")
    assert short.returncode == 2
    same = run("change-passphrase", str(nb), "--passphrase-stdin", stdin=f"{new}\n{new}\n")
    assert same.returncode == 2 and "gelijk" in same.stderr
    wrong = run("change-passphrase", str(nb), "--passphrase-stdin", stdin="fout\nx\n")
    assert wrong.returncode == 1
    assert nb.read_bytes() == before
