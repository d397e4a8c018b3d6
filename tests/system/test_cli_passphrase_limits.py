"""Every passphrase the policy accepts can be set from the CLI (issue 13, class 6): ``init``
and ``change-passphrase`` take a passphrase at the policy's maximum length (before, anything
over 72 characters ended in "onverwachte fout"); one character more is a clear exit 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from jongerenwerk_desk.vault import policy
from tests.ui.test_passphrase_limits import LONGEST


def run_cli(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jongerenwerk_desk", *args], input=stdin,
                          capture_output=True, text=True, timeout=180)


def test_init_and_change_take_the_longest_allowed_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "lang.jwdb"
    too_long = run_cli("init", str(path), "--passphrase-stdin", stdin=LONGEST + "x\n")
    assert too_long.returncode == 2 and "te lang" in too_long.stderr
    assert not path.exists()
    init = run_cli("init", str(path), "--passphrase-stdin", stdin=LONGEST + "\n")
    assert init.returncode == 0, init.stderr
    other = LONGEST[::-1]
    assert policy.passphrase_problems(other) == []
    changed = run_cli("change-passphrase", str(path), "--passphrase-stdin",
                      stdin=f"{LONGEST}\n{other}\n")
    assert changed.returncode == 0, changed.stderr
    assert "onverwachte fout" not in init.stderr + changed.stderr
    stats = run_cli("stats", str(path), "--passphrase-stdin", stdin=other + "\n")
    assert stats.returncode == 0, stats.stderr
