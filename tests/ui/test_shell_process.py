"""The GUI as a real process: no display -> a Dutch line and exit 1 (not Qt's abort);
SIGTERM/SIGINT on a running demo -> lock, demo folder removed, clean exit, no traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
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


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_signal_locks_removes_demo_and_exits_cleanly(tmp_path, sig):
    env = _env(tmp_path, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-m", "jongerenwerk_desk", "--demo"], env=env,
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    private_tmp = tmp_path / "tmp"
    try:
        deadline = time.monotonic() + 60
        while not list(private_tmp.glob("*/*.jwdb")) and time.monotonic() < deadline:
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.1)
        assert list(private_tmp.glob("*/*.jwdb")), "the demo notebook was never created"
        time.sleep(1.0)                      # let the event loop run (eventFilter active)
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert "het notitieboek is vergrendeld" in err
    assert list(private_tmp.iterdir()) == [], "the demo folder was left behind"
