"""The GUI as a real process: no display -> a Dutch line and exit 1 (not Qt's abort);
SIGTERM/SIGINT on a running demo -> lock, demo folder removed, clean exit, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="display check and POSIX signals: Linux")


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM",
                        "DBUS_SESSION_BUS_ADDRESS")}
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir(exist_ok=True)
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env.update(TMPDIR=str(private_tmp), HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"), PYTHONUNBUFFERED="1", **extra)
    return env


def test_gui_without_display_says_so_in_dutch(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "jongerenwerk_desk", "--demo"],
                          env=_env(tmp_path), cwd=tmp_path, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Geen beeldscherm gevonden (DISPLAY/WAYLAND_DISPLAY ontbreekt)" in proc.stderr
    assert "QT_QPA_PLATFORM=offscreen" in proc.stderr
    assert "Traceback" not in proc.stderr and "qt.qpa" not in proc.stderr
    assert list((tmp_path / "tmp").iterdir()) == []      # no demo folder was made
