"""No crash dumps (issue 13, class 2): every entry point (GUI and CLI both start in
``cli.main``) switches core files off and, on Linux, makes the process non-dumpable, checked
in a child process and, for a CLI command waiting for its passphrase, from outside."""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}

CHILD = textwrap.dedent('''
    import json, resource, sys
    from jongerenwerk_desk import cli
    from jongerenwerk_desk.process_guard import is_dumpable
    before = {"dumpable": is_dumpable(), "core": resource.getrlimit(resource.RLIMIT_CORE)}
    try:
        cli.main(["--version"])
    except SystemExit:
        pass
    after = {"dumpable": is_dumpable(), "core": resource.getrlimit(resource.RLIMIT_CORE)}
    print(json.dumps({"before": before, "after": after}), file=sys.stderr)
''')


@pytest.mark.skipif(os.name == "nt", reason="POSIX resource limits")
def test_entry_point_switches_off_core_dumps_in_a_child_process() -> None:
    result = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                            env=ENV, timeout=60, check=False)
    state = json.loads(result.stderr.strip().splitlines()[-1])
    assert state["after"]["core"] == [0, 0]
    version = importlib.metadata.version("jongerenwerk-desk")
    assert result.stdout == f"jongerenwerk-desk {version}\n"   # --version: stdout, exit 0
    if sys.platform.startswith("linux"):
        assert state["before"]["dumpable"] is True      # the test itself proves something
        assert state["after"]["dumpable"] is False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_waiting_cli_command_has_no_core_limit_seen_from_outside(tmp_path: Path) -> None:
    notebook = tmp_path / "x.jwdb"
    notebook.write_bytes(b"\0" * 4096)
    Path(f"{notebook}.keys").write_text("{}")
    proc = subprocess.Popen([sys.executable, "-m", "jongerenwerk_desk", "verify", str(notebook),
                             "--passphrase-stdin"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    try:
        deadline = time.monotonic() + 30
        limits = ""
        while time.monotonic() < deadline:
            limits = Path(f"/proc/{proc.pid}/limits").read_text()
            line = next(x for x in limits.splitlines() if x.startswith("Max core file size"))
            if line.split()[4:6] == ["0", "0"]:
                break
            time.sleep(0.05)
        assert line.split()[4:6] == ["0", "0"], line
    finally:
        proc.kill()
        proc.communicate(timeout=30)
