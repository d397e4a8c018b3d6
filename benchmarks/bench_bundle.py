"""Benchmark: the desktop bundle (targets: cold build under 180 s on two cores, frozen start of
``--version`` under 1 s, frozen ``--self-test`` under 5 s, unpacked under 160 MB).

Run by hand on Linux: ``.venv/bin/python benchmarks/bench_bundle.py [--repeat 5]``.
Builds with build.spec into a temporary folder with an empty PyInstaller cache (a cold build,
as in CI), then times the frozen executable offscreen and measures the folder and a tar.gz of
it. Prints one line per number; exit status 1 when a target is missed. Removes what it built.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"build_s": 180.0, "start_s": 1.0, "self_test_s": 5.0, "unpacked_mb": 160.0}


def _timed(cmd: list[str], env: dict[str, str], cwd: Path) -> float:
    started = time.monotonic()
    proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stdout}{proc.stderr}")
    return time.monotonic() - started


def _size_mb(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink()) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per frozen timing")
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="jwd-bench-bundle-"))
    try:
        env = {**os.environ, "PYINSTALLER_CONFIG_DIR": str(base / "cache")}
        results = {"build_s": _timed(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
             "--distpath", str(base / "dist"), "--workpath", str(base / "work"),
             str(ROOT / "build.spec")], env, ROOT)}
        app = base / "dist" / "jongerenwerk-desk"
        exe = app / "jongerenwerk-desk"
        run_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(base / "home")}
        run_env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        results["start_s"] = statistics.median(
            _timed([str(exe), "--version"], run_env, base) for _ in range(args.repeat))
        results["self_test_s"] = statistics.median(
            _timed([str(exe), "--self-test"], run_env, base) for _ in range(args.repeat))
        results["unpacked_mb"] = _size_mb(app)
        with tarfile.open(base / "b.tar.gz", "w:gz", compresslevel=6) as tar:
            tar.add(app, arcname=app.name)
        results["packed_mb"] = (base / "b.tar.gz").stat().st_size / 1e6
    finally:
        shutil.rmtree(base, ignore_errors=True)
    missed = []
    for key, value in results.items():
        target = TARGETS.get(key)
        verdict = "" if target is None else (" ok" if value < target else " MISSED")
        print(f"{key:12} {value:8.2f}" + (f"  (target < {target:g}){verdict}" if target else ""))
        if target is not None and value >= target:
            missed.append(key)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
