"""Interrupted ``backup``, ``restore`` and ``init`` leave no debris (issue 13, class 5).

Each command runs in a child process that is killed with SIGKILL at points spread over its
whole run (measured first on an uninterrupted run). After every kill the next start (an open,
another backup, restore or init) must leave: no hidden temporary file, always an openable
notebook under the notebook's name (or, for init, nothing or a complete notebook), and the
command must work again.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from jongerenwerk_desk.vault import KdfParams, Vault
from jongerenwerk_desk.vault.backup import read_info
from tests.vault_support import MIGRATIONS, add_rows

pytestmark = [pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX"), pytest.mark.slow]

PASS = "puin wachtwoord"
ENV = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
POINTS = 9

CHILD = textwrap.dedent('''
    import sys
    from jongerenwerk_desk.vault import KdfParams, Vault
    from tests.vault_support import MIGRATIONS
    what, a, b = sys.argv[1:4]
    if what == "backup":
        vault = Vault.open(a, passphrase="puin wachtwoord", migrations=MIGRATIONS)
        print("start", flush=True)
        vault.backup(b)
    elif what == "restore":
        print("start", flush=True)
        Vault.restore(a, b, passphrase="puin wachtwoord")
    else:
        print("start", flush=True)
        Vault.create(a, "puin wachtwoord", kdf_params=KdfParams.minimum(),
                     migrations=MIGRATIONS)[0].close()
    print("done", flush=True)
''')


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def _run(what: str, a: Path, b: Path, kill_after: float | None) -> float:
    """Run the child; kill it ``kill_after`` s after it started working. Returns its time."""
    proc = subprocess.Popen([sys.executable, "-c", CHILD, what, str(a), str(b)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    assert proc.stdout.readline() == "start\n", proc.stderr.read()
    start = time.perf_counter()
    if kill_after is None:
        out, errors = proc.communicate(timeout=120)
        assert proc.returncode == 0 and "done" in out, errors
    else:
        time.sleep(kill_after)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
    return time.perf_counter() - start


def _rows(path: Path) -> int:
    with Vault.open(path, passphrase=PASS, migrations=MIGRATIONS) as vault:
        assert vault.verify().ok
        return vault.conn.execute("SELECT count(*) FROM item").fetchone()[0]


@pytest.fixture
def notebook(tmp_path: Path) -> Path:
    folder = tmp_path / "werk"
    folder.mkdir()
    path = folder / "nb.jwdb"
    vault, _ = Vault.create(path, PASS, kdf_params=KdfParams.minimum(), migrations=MIGRATIONS)
    for _ in range(6):
        add_rows(vault, 250, prefix="x" * 2000)
    vault.close()
    return path


def test_killed_backups_leave_no_debris_after_the_next_backup(notebook: Path,
                                                             tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    total = _run("backup", notebook, stick, None)
    left = 0
    for n in range(POINTS):
        _run("backup", notebook, stick, total * (n + 0.5) / POINTS)
        debris = _hidden(stick)
        left += bool(debris)
        assert len(debris) <= 2, debris            # only the last killed backup's, if any
    assert left >= POINTS // 2                     # the kills really hit running backups
    before = _hidden(stick)
    with Vault.open(notebook, passphrase=PASS, migrations=MIGRATIONS) as vault:
        vault.backup(stick)
        assert vault.swept_backups == len(before)
    assert _hidden(stick) == []
    for backup in stick.iterdir():
        assert backup.suffix == ".jwbak" and read_info(backup).db_length > 0
    assert _rows(notebook) == 1500
    assert _hidden(notebook.parent) == []


def test_killed_restores_finish_or_roll_back_at_the_next_open(notebook: Path,
                                                              tmp_path: Path) -> None:
    with Vault.open(notebook, passphrase=PASS, migrations=MIGRATIONS) as vault:
        backup = vault.backup(tmp_path / "oud.jwbak")
        add_rows(vault, 10)                        # the notebook now differs from the backup
    total = _run("restore", backup, notebook, None)
    assert _rows(notebook) == 1500
    outcomes: list[str] = []

    def killed_at(fraction: float) -> str:
        with Vault.open(notebook, passphrase=PASS, migrations=MIGRATIONS) as vault:
            add_rows(vault, 10)                    # so that "restored" is visible again
            current = vault.conn.execute("SELECT count(*) FROM item").fetchone()[0]
        _run("restore", backup, notebook, total * fraction)
        rows = _rows(notebook)                     # the next start: always openable
        assert rows in (1500, current), (fraction, rows)
        assert _hidden(notebook.parent) == [], fraction
        return "restored" if rows == 1500 else "kept"

    outcomes = [killed_at((n + 0.5) / POINTS) for n in range(POINTS)]
    # a busy machine stretches the killed runs: then kill later (or earlier) until both
    # sides of the commit point were hit, at most POINTS more times
    for n in range(POINTS):
        if {"restored", "kept"} <= set(outcomes):
            break
        later = "restored" not in outcomes
        outcomes.append(killed_at(1 + (n + 1) / POINTS if later else 0.5 / (n + 2) / POINTS))
    assert set(outcomes) == {"restored", "kept"}, outcomes
    for kept in notebook.parent.glob("nb.replaced-*.jwdb"):
        assert Path(f"{kept}.keys").is_file()      # every kept copy has its key file
    Vault.restore(backup, notebook, passphrase=PASS)   # and restore works again
    assert _rows(notebook) == 1500


def test_killed_init_never_blocks_a_new_init(tmp_path: Path) -> None:
    total = None
    for n in range(POINTS + 1):
        folder = tmp_path / f"init{n}"
        folder.mkdir()
        path = folder / "nieuw.jwdb"
        if total is None:
            total = _run("init", path, path, None)
            continue
        _run("init", path, path, total * (n - 0.5) / POINTS)
        if path.exists():                          # finished before the kill: complete
            assert _rows(path) == 0
        else:                                      # the next init tidies and succeeds
            vault, _ = Vault.create(path, PASS, kdf_params=KdfParams.minimum(),
                                    migrations=MIGRATIONS)
            vault.close()
            assert _rows(path) == 0
        assert _hidden(folder) == [], n
