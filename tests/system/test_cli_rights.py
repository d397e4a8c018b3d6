"""The rights CLI (issue 12) as real subprocesses: ``demo-notebook``, ``access-report``,
``processing-record``, ``breach-report``, ``retention``; Dutch messages, exit codes 0/1/2,
no traceback, no names on standard output."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from jongerenwerk_desk.notebook import Notebook

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "oefenen met verzonnen jongeren 42"


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run ``python -m jongerenwerk_desk ARGS``; never raises on exit codes."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("JWD_DEBUG", None)
    result = subprocess.run([sys.executable, "-m", "jongerenwerk_desk", *args], input=stdin,
                            capture_output=True, text=True, timeout=180, env=env, cwd=ROOT)
    assert "Traceback" not in result.stderr
    return result


def test_demo_notebook_creates_real_encrypted_notebook_with_demo_people(tmp_path) -> None:
    path = tmp_path / "demo.jwdb"
    result = run("demo-notebook", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.strip().splitlines()) == 1  # only the recovery code
    assert not path.read_bytes().startswith(b"SQLite format 3")
    with Notebook.open(path, passphrase=PASSPHRASE) as nb:
        names = {p.name for p in nb.people.page(0, 100)}
        assert "Sam Voorbeeld" in names and len(names) == 12
        assert nb.signals.count() > 10


def test_demo_notebook_refuses_existing_file_and_weak_passphrase(tmp_path) -> None:
    taken = tmp_path / "bestaat.jwdb"
    taken.write_bytes(b"iets")
    result = run("demo-notebook", str(taken), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 2 and "bestaat al" in result.stderr
    assert taken.read_bytes() == b"iets"
    weak = run("demo-notebook", str(tmp_path / "zwak.jwdb"), "--passphrase-stdin",
               stdin="kort\n")
    assert weak.returncode == 2 and not (tmp_path / "zwak.jwdb").exists()
