"""Installable as a wheel (issue 8, point 5): ``pip install .`` gives a working app.

The wheel is built from the source tree, installed with its dependencies into a fresh virtual
environment (pip resolves them as for any user; here they come from pip's cache) and the
installed ``jongerenwerk-desk --self-test`` must pass offscreen, outside the source tree, with a
real Secret Service where one can be started. Slow (a wheel build and a venv install, about a
minute on two cores) but run in CI on Linux.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from jongerenwerk_desk.ui import selftest

ROOT = Path(__file__).resolve().parents[2]


def _resource_files() -> set[str]:
    """Every file below resources/ (no caches), as wheel paths."""
    return {"jongerenwerk_desk/resources/" + path.relative_to(ROOT / "resources").as_posix()
            for path in (ROOT / "resources").rglob("*")
            if path.is_file() and "__pycache__" not in path.parts}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                           str(out), str(ROOT)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (built,) = out.glob("jongerenwerk_desk-*.whl")
    return built


LINUX_ONLY = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="CI builds and installs the wheel on Linux (the Windows "
                                       "harness's embedded Python has no pip)")


@pytest.mark.slow
@LINUX_ONLY
def test_wheel_carries_every_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert _resource_files() <= names, sorted(_resource_files() - names)
    modules = {str(p.relative_to(ROOT).as_posix()) for p in
               (ROOT / "jongerenwerk_desk").rglob("*.py") if "__pycache__" not in p.parts}
    assert modules <= names, sorted(modules - names)


def _keyring_session(cmd: list[str]) -> tuple[list[str], bool]:
    """``cmd`` inside a private D-Bus session with an unlocked gnome-keyring, when available."""
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        return cmd, False
    script = ('printf %s selftest | gnome-keyring-daemon --unlock --components=secrets '
              '>/dev/null 2>&1; exec "$@"')
    return ["dbus-run-session", "--", "sh", "-c", script, "sh", *cmd], True


@pytest.mark.slow
@LINUX_ONLY
def test_wheel_installed_in_a_fresh_venv_passes_the_self_test(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    # a bare venv, filled by this environment's pip (``pip --python``): the same resolver and
    # installer as ``pip install .`` without seeding pip into the venv first; --no-compile
    # leaves byte-compiling to the first import (together half the time of this test)
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=300)
    python = venv / "bin" / "python"
    proc = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                           "-q", "--no-compile", str(wheel)],
                          capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout + proc.stderr

    work = tmp_path / "elders"  # not the source tree: only the installed package can be found
    (work / "tmp").mkdir(parents=True)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV", "DBUS_SESSION"))}
    env.update(QT_QPA_PLATFORM="offscreen", TMPDIR=str(work / "tmp"))
    where = "import jongerenwerk_desk as j; print(j.__file__)"
    located = subprocess.run([str(python), "-c", where], cwd=work, env=env,
                             capture_output=True, text=True, timeout=120)
    assert Path(located.stdout.strip()).is_relative_to(venv), located.stdout + located.stderr

    cmd, with_keyring = _keyring_session([str(venv / "bin" / "jongerenwerk-desk"), "--self-test"])
    proc = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = {m.group(2): (m.group(1), m.group(3)) for m in
             (re.match(r"^(OK|FOUT)\s+([^:]+): (.+)$", line) for line in proc.stdout.splitlines())
             if m}
    assert list(lines) == [label for label, _ in selftest.CHECKS] + [selftest.CLEANUP_LABEL]
    assert all(status == "OK" for status, _ in lines.values()), proc.stdout
    assert "Annuleren" in lines["Vertaling"][1]
    if with_keyring:
        assert lines["Sleutelbos"][1].startswith("Secret Service, veilig"), lines["Sleutelbos"]
    assert list((work / "tmp").iterdir()) == [], "the self-test left files behind"
