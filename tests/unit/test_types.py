"""The typed core: mypy with the project's configuration ([tool.mypy] in pyproject.toml, strict
for the core packages) finds no error in the packages listed in ``STRICT_PACKAGES``.

A package joins the list once it is strict-clean; today that is every core package. Imported
modules outside the list are checked only as far as the listed packages use them; ``ui/`` and
``commands/`` are checked by hand (``mypy`` with no arguments) under the looser settings.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

STRICT_PACKAGES = ("vault", "notebook", "covenant", "sharing", "rights")
"""Sub-packages of ``jongerenwerk_desk`` that must pass mypy (strict) with no error."""


@pytest.mark.slow
def test_strict_packages_pass_mypy() -> None:
    pytest.importorskip("mypy", reason="install the test extra: pip install -e '.[test]'")
    packages = [arg for name in STRICT_PACKAGES for arg in ("-p", f"jongerenwerk_desk.{name}")]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "--no-error-summary", *packages],
        cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
