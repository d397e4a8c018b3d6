"""The Orca screen reader itself, on a private D-Bus session under Xvfb: with Qt's own password
field it speaks the typed digits; with ``SecretField`` it speaks only the mask character.
Opt-in (``JWD_ORCA_TEST=1``, about a minute; Orca's timing depends on machine load) and only
where Orca is installed (it is not part of ``.ci/system-packages.sh``); the AT-SPI event test
in ``test_a11y_secret.py`` covers the same channel in every run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from jongerenwerk_desk.ui.secret_field import MASK

ROOT = Path(__file__).resolve().parents[2]
DIGITS = "7395"      # no digit occurs in anything else Orca says here


def _orca_available() -> bool:
    if os.environ.get("JWD_ORCA_TEST") != "1":
        return False
    return all(shutil.which(t) for t in ("orca", "dbus-run-session", "xvfb-run")) and \
        Path("/usr/libexec/at-spi-bus-launcher").exists()


def _run(mode: str, tmp_path: Path) -> dict:
    home = tmp_path / mode
    home.mkdir()
    env = dict(os.environ, PYTHONPATH=str(ROOT), HOME=str(home), XDG_RUNTIME_DIR=str(home),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local"))
    run = subprocess.run(
        ["dbus-run-session", "--", "xvfb-run", "-a", sys.executable,
         str(ROOT / "tests" / "ui" / "orca_probe.py"), mode, DIGITS],
        capture_output=True, text=True, timeout=240, env=env, cwd=ROOT)
    lines = [line for line in run.stdout.splitlines() if line.startswith("{")]
    assert lines, run.stderr[-2000:]
    return json.loads(lines[-1])


@pytest.mark.skipif(not _orca_available(),
                    reason="set JWD_ORCA_TEST=1; needs Orca, dbus-run-session and xvfb-run")
def test_orca_speaks_the_mask_not_the_passphrase(tmp_path):
    plain = _run("plain", tmp_path)
    assert plain["typed"] == DIGITS
    assert any("password text" in line for line in plain["said"]), plain["said"]
    heard = [line for line in plain["said"] if line.strip() in DIGITS]
    assert heard, f"Orca never echoed a digit of the plain field: {plain['said']}"

    secret = _run("secret", tmp_path)
    assert secret["typed"] == DIGITS
    assert any("password text" in line for line in secret["said"]), secret["said"]
    leaked = [line for line in secret["said"] if set(line) & set(DIGITS)]
    assert leaked == [], leaked
    assert any(line.strip() == MASK for line in secret["said"]), secret["said"]
