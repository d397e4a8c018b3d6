"""The README's CLI example, run as written (issue 13, class 10): the recovery codes it writes
end up in files only the user can read (0600), and the commands succeed."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _example() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", text, re.DOTALL)
    block = next(b for b in blocks if "herstelcode.txt" in b)
    return block


@pytest.mark.skipif(os.name == "nt", reason="a POSIX shell example")
@pytest.mark.slow
def test_readme_example_writes_recovery_codes_readable_by_the_user_only(tmp_path: Path) -> None:
    script = _example()
    assert "umask 077" in script
    (tmp_path / "backup").mkdir()
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(["sh", "-e", "-c", "umask 022\n" + script], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    for name in ("herstelcode.txt", "nieuwe-herstelcode.txt"):
        code = tmp_path / name
        assert stat.S_IMODE(code.stat().st_mode) == 0o600, name
        assert re.fullmatch(r"[0-9A-Z]{5}(-[0-9A-Z]{5}){4}\n", code.read_text())
    assert len(list((tmp_path / "backup").glob("*.jwbak"))) == 1
