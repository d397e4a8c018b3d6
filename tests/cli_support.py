"""The admin CLI run inside the test process, the way the console script runs it.

``run_cli("stats", str(path), stdin="wachtwoord\\n")`` calls :func:`jongerenwerk_desk.cli.main`
with those arguments; standard input is the given bytes (not a terminal, as with
``--passphrase-stdin`` in a script), standard output and error are captured as UTF-8. The
result is the :class:`subprocess.CompletedProcess` that ``subprocess.run(...,
capture_output=True, text=True)`` gives (``text=False``: bytes), with the exit code ``main``
returns or ``SystemExit`` carries (argparse's usage errors, ``--help``).

A child process costs about 0.3 s of CPU (interpreter, imports, Argon2id at the floor) against
a few milliseconds here, where the imports are done and Argon2id is memoised
(``tests/conftest.py``); the suite runs over a hundred commands. What only a real process
shows is tested with real processes: exit status through the OS, a terminal, signals, broken
pipes, crash dumps, the interpreter's start-up and Windows pipes and code pages
(``tests/system/test_cli_robustness.py``, ``test_cli_vault.py``, ``test_process_guard.py``,
``test_readme_example.py``, ``test_windows.py``, ``test_bundle.py``, ``test_wheel.py``).

Standard error is also caught at the file-descriptor level, as a process's would be: a line
the C libraries (SQLCipher, Qt) write to descriptor 2 ends up in ``stderr`` as well. In-process
two things are left out and put back: the crash-dump switch-off
(``process_guard.harden_process`` would make the test process undumpable for the rest of the
run) and the SIGTERM handler ``run_guarded`` installs. ``JWD_DEBUG`` is unset during the call,
so an unexpected error gives the user's message, never a traceback.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from typing import Literal, overload
from unittest import mock

from jongerenwerk_desk import cli


@overload
def run_cli(*args: str, stdin: str | bytes = ..., text: Literal[True] = ...,
            ) -> subprocess.CompletedProcess[str]: ...
@overload
def run_cli(*args: str, stdin: str | bytes = ..., text: Literal[False],
            ) -> subprocess.CompletedProcess[bytes]: ...
def run_cli(*args: str, stdin: str | bytes = b"", text: bool = True,
            ) -> subprocess.CompletedProcess[str] | subprocess.CompletedProcess[bytes]:
    """Run ``jongerenwerk-desk ARGS`` in this process (see the module docstring)."""
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    out, err = io.BytesIO(), io.BytesIO()
    streams = (io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"),
               io.TextIOWrapper(out, encoding="utf-8", write_through=True),
               io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace",
                                write_through=True))   # as Python's own stderr
    saved = sys.stdin, sys.stdout, sys.stderr
    sigterm = signal.getsignal(signal.SIGTERM)
    debug = os.environ.pop("JWD_DEBUG", None)
    try:
        sys.stdin, sys.stdout, sys.stderr = streams
        with _descriptor_2(err), \
                mock.patch("jongerenwerk_desk.process_guard.harden_process", dict):
            try:
                code = cli.main(list(args))
            except SystemExit as exc:
                code = _exit_status(exc, streams[2])
            for stream in streams[1:]:
                stream.flush()
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
        signal.signal(signal.SIGTERM, sigterm)
        if debug is not None:
            os.environ["JWD_DEBUG"] = debug
    argv = ["jongerenwerk-desk", *args]
    if not text:
        return subprocess.CompletedProcess(argv, code, out.getvalue(), err.getvalue())
    return subprocess.CompletedProcess(argv, code, _text(out.getvalue()), _text(err.getvalue()))


@contextlib.contextmanager
def _descriptor_2(sink: io.BytesIO) -> Iterator[None]:
    """Point file descriptor 2 at a temporary file for the block; append what was written
    there to ``sink`` after it (the file is anonymous: gone when closed)."""
    if sys.__stderr__ is not None:
        sys.__stderr__.flush()
    with tempfile.TemporaryFile() as caught:
        saved = os.dup(2)
        os.dup2(caught.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            caught.seek(0)
            sink.write(caught.read())


def _exit_status(exc: SystemExit, stderr: io.TextIOWrapper) -> int:
    """The status a process would exit with: ``None`` is 0; a message goes to stderr, 1."""
    if exc.code is None or isinstance(exc.code, int):
        return exc.code or 0
    print(exc.code, file=stderr)
    return 1


def _text(data: bytes) -> str:
    """Bytes as ``subprocess.run(text=True)`` decodes them: UTF-8, universal newlines."""
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
