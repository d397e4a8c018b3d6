"""The in-process CLI runner of the tests (``tests/cli_support.py``) behaves as a process
would where the CLI tests look, and leaves this process as it found it."""

from __future__ import annotations

import os
import signal
import sys

import pytest

from jongerenwerk_desk import process_guard
from jongerenwerk_desk.commands import notebook_cmds
from tests.cli_support import run_cli


def test_exit_codes_output_and_usage_errors() -> None:
    version = run_cli("--version")
    assert version.returncode == 0 and version.stdout.startswith("jongerenwerk-desk ")
    usage = run_cli("geen-opdracht")
    assert usage.returncode == 2 and "ongeldige keuze" in usage.stderr and usage.stdout == ""
    raw = run_cli("--version", text=False)
    assert isinstance(raw.stdout, bytes)     # as written: "\r\n" on Windows, like a process's
    assert raw.stdout.decode().replace(os.linesep, "\n") == version.stdout


def test_stderr_takes_what_a_process_stderr_takes(tmp_path) -> None:
    """Regression: a path that is not valid text (a file name in another encoding on Linux
    reaches Python as a lone surrogate) is named in the message, as a process's stderr
    (errors="backslashreplace") does; the runner's stderr raised UnicodeEncodeError."""
    result = run_cli("stats", "--passphrase-stdin", str(tmp_path / "\udcfe.jwdb"),
                     stdin="geheim wachtwoord 9\n")
    assert result.returncode == 2 and "niet gevonden" in result.stderr


def test_c_level_writes_to_descriptor_2_are_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    def stats(args: object) -> int:
        os.write(2, b"ERROR CORE as a C library writes it\n")
        return 0

    monkeypatch.setattr(notebook_cmds, "cmd_stats", stats)
    result = run_cli("stats", "x.jwdb")
    assert result.returncode == 0 and "ERROR CORE as a C library" in result.stderr


@pytest.mark.skipif(os.name == "nt", reason="SIGTERM handlers are POSIX")
def test_the_process_is_left_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JWD_DEBUG", "1")
    hardened: list[bool] = []
    monkeypatch.setattr(process_guard, "harden_process", lambda: hardened.append(True) or {})
    before = signal.getsignal(signal.SIGTERM)
    streams = sys.stdin, sys.stdout, sys.stderr
    seen: list[str | None] = []

    def stats(args: object) -> int:
        seen.append(os.environ.get("JWD_DEBUG"))
        return 0

    monkeypatch.setattr(notebook_cmds, "cmd_stats", stats)
    assert run_cli("stats", "x.jwdb").returncode == 0
    assert seen == [None]                              # no tracebacks for the tests' users
    assert os.environ["JWD_DEBUG"] == "1"
    assert hardened == []                              # crash dumps stay as they were
    assert signal.getsignal(signal.SIGTERM) == before  # run_guarded's handler is undone
    assert (sys.stdin, sys.stdout, sys.stderr) == streams
