"""Keep secrets out of crash dumps: no core files, no error-reporting dumps (issue 13, class 2).

A crash dump of this program holds whatever was in memory: names, signal text, the typed
passphrase, the raw data key. :func:`harden_process` runs first thing in
``jongerenwerk_desk.cli.main`` (the one entry point of the GUI, the CLI and the Windows
bundle), as KeePassXC does at start-up:

* **Linux**: ``setrlimit(RLIMIT_CORE, (0, 0))`` (no core file, also not by a ``core_pattern``
  pipe such as systemd-coredump, which honours the limit for the kernel's dump decision) and
  ``prctl(PR_SET_DUMPABLE, 0)``: the kernel writes no core at all, and other processes of the
  same user can no longer ptrace-attach or read ``/proc/<pid>/mem``.
* **macOS**: ``RLIMIT_CORE`` 0 (no ``/cores`` file). ``PT_DENY_ATTACH`` is not used: it makes
  debugging and Apple's own crash reporter misbehave and gives no extra protection against a
  user who can already read the notebook's memory as root.
* **Windows**: ``SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX |
  SEM_NOOPENFILEERRORBOX)`` keeps the Windows Error Reporting dialog (and with it the crash
  dump it would collect and offer to send) from starting for this process, and
  ``WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)`` leaves the heap out of any report that
  Windows still makes (e.g. by an administrator's LocalDumps policy). Both are documented
  per-process settings; nothing is written to the registry.

Nothing here is fatal: a platform that lacks a call is reported in the returned dict and the
program runs on (the notebook's protection does not depend on it).
"""

from __future__ import annotations

import ctypes
import os
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002
SEM_NOOPENFILEERRORBOX = 0x8000
WER_FAULT_REPORTING_FLAG_NOHEAP = 0x0001


def harden_process() -> dict[str, bool]:
    """Switch off crash dumps for this process; return ``{setting: applied}``.

    Keys: ``core_limit`` (POSIX), ``not_dumpable`` (Linux), ``error_mode`` and
    ``wer_no_heap`` (Windows). Never raises.
    """
    applied: dict[str, bool] = {}
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        applied.update(_windows())
        return applied
    applied["core_limit"] = _no_core_files()
    if sys.platform.startswith("linux"):
        applied["not_dumpable"] = _linux_not_dumpable()
    return applied


def _no_core_files() -> bool:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        return False
    return True


def _libc():
    return ctypes.CDLL(None, use_errno=True)


def _linux_not_dumpable() -> bool:
    try:
        return _libc().prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def is_dumpable() -> bool | None:
    """Linux: ``prctl(PR_GET_DUMPABLE)`` != 0; None elsewhere (for tests and the self-test)."""
    if not sys.platform.startswith("linux"):
        return None
    return _libc().prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0


def _windows() -> dict[str, bool]:  # pragma: no cover - exercised on Windows only
    applied = {"error_mode": False, "wer_no_heap": False}
    if sys.platform != "win32":   # ctypes.WinDLL exists only there (and mypy knows it)
        return applied
    try:
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        wanted = SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX | SEM_NOOPENFILEERRORBOX
        # SetErrorMode returns the previous mode; keep what was set already (e.g. by Python)
        previous = kernel32.SetErrorMode(wanted)
        kernel32.SetErrorMode(previous | wanted)
        applied["error_mode"] = True
    except (OSError, AttributeError):
        pass
    try:
        wer = ctypes.WinDLL("kernel32", use_last_error=True)   # WerSetFlags lives in kernel32
        applied["wer_no_heap"] = wer.WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP) == 0
    except (OSError, AttributeError):
        pass
    return applied
