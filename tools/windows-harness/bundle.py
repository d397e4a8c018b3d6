"""Build the Windows bundle with build.spec under the harness and run the frozen executable.

Run through the harness (it runs this file with the Windows Python under Wine):

    bash tools/windows-harness/run.sh bundle

Steps: PyInstaller builds ``build.spec``'s Windows branch into the harness cache (not the
repository's dist/); the console executable runs ``--version``; the admin round trip of
tests/system/test_windows.py (init, import, stats, backup, restore, verify with a non-ASCII
passphrase, in folders with spaces and accents) runs against the frozen executable; the size
budget of README.md is checked (unpacked folder and zip). Prints one line per measurement and
exits non-zero when any step fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / ".cache" / "windows-harness" / "bundle"
MB = 1_000_000
BUDGET_UNPACKED_MB = 160
BUDGET_PACKED_MB = 70


def _size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def main() -> int:
    """Build, run, measure; returns the exit code (0 when every step passed)."""
    failures: list[str] = []
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    started = time.monotonic()
    build = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level",
                            "WARN", "--distpath", str(WORK / "dist"), "--workpath",
                            str(WORK / "build"), str(ROOT / "build.spec")], cwd=ROOT)
    print(f"build: exit {build.returncode}, {time.monotonic() - started:.0f} s", flush=True)
    if build.returncode != 0:
        return 1
    app = WORK / "dist" / "jongerenwerk-desk"
    exe = app / "jongerenwerk-desk-cli.exe"
    print(f"executables: {sorted(p.name for p in app.glob('*.exe'))}", flush=True)

    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True,
                             timeout=120)
    print(f"--version: exit {version.returncode}: {version.stdout.strip()}", flush=True)
    if version.returncode != 0 or not version.stdout.startswith("jongerenwerk-desk "):
        failures.append("--version")

    env = {**os.environ, "JWD_TEST_CLI": str(exe)}
    started = time.monotonic()
    tests = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                            "tests/system/test_windows.py", "-k",
                            "round_trip or outside_the_ansi"], cwd=ROOT, env=env)
    print(f"frozen round trip: exit {tests.returncode}, {time.monotonic() - started:.0f} s",
          flush=True)
    if tests.returncode != 0:
        failures.append("frozen round trip")

    unpacked, count = _size(app)
    archive = Path(shutil.make_archive(str(WORK / "jongerenwerk-desk-windows"), "zip",
                                       root_dir=app.parent, base_dir=app.name))
    packed = archive.stat().st_size
    print(f"size: {unpacked / MB:.0f} MB unpacked ({count} files), {packed / MB:.0f} MB zip "
          f"(budget {BUDGET_UNPACKED_MB} / {BUDGET_PACKED_MB} MB)", flush=True)
    if unpacked > BUDGET_UNPACKED_MB * MB or packed > BUDGET_PACKED_MB * MB:
        failures.append("size budget")
    print("bundle: " + ("OK" if not failures else "FOUT: " + ", ".join(failures)), flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
