"""ruff (with import sorting and the PySide6 import ban outside ui/) is clean on the tree."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_ruff_is_clean() -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed (it comes with the 'test' extra)")
    result = subprocess.run([ruff, "check", "--output-format", "concise", "jongerenwerk_desk",
                             "tests", "benchmarks"], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    if result.returncode == 0xC0000135:  # STATUS_DLL_NOT_FOUND
        pytest.skip("ruff's Windows binary needs a system DLL that Wine 8 lacks "
                    "(the same check runs on Linux)")
    assert result.returncode == 0, result.stdout + result.stderr
