"""``X.jwdb.lock``: one live process per notebook.

The lock is an OS lock (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows) on the lock
file, plus the owner's pid written inside for the error message. The OS drops the lock when
the owner dies (even by SIGKILL), so a killed process never leaves a stale lock: the next opener
simply takes it and overwrites the pid. On POSIX the file is unlinked on release while still
locked; an opener that locked a file which was unlinked meanwhile notices (inode check) and
retries. On Windows the locked byte lies far past the pid (so others can read the pid), and the
file is removed after unlocking and closing it; while another process has it open, Windows
refuses the removal and the file simply stays for that process.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from jongerenwerk_desk.vault.errors import AccessDenied, AlreadyOpen
from jongerenwerk_desk.vault.fileio import is_access_denied

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl


_NT_LOCK_OFFSET = 1 << 30  # the byte msvcrt.locking locks (beyond the pid; may lie past the end)


def lock_path_for(notebook: Path) -> Path:
    """``X.jwdb`` -> ``X.jwdb.lock``."""
    return notebook.with_name(notebook.name + ".lock")


def _read_pid(fd: int) -> int | None:
    with contextlib.suppress(OSError, ValueError):
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 32).decode("ascii").strip()
        return int(text) if text else None
    return None


def _try_lock(fd: int) -> bool:
    try:
        if sys.platform == "win32":  # pragma: no cover
            os.lseek(fd, _NT_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


class NotebookLock:
    """Exclusive lock on a notebook. Use :meth:`acquire` / :meth:`release` (or ``with``).

    Raises AlreadyOpen(pid) when another live process (or another open Vault in this process)
    holds it.
    """

    def __init__(self, notebook: Path) -> None:
        self.path = lock_path_for(Path(notebook))
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise AlreadyOpen. Idempotent for the holder."""
        if self._fd is not None:
            return
        for _ in range(20):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0),
                             0o600)
            except OSError as exc:
                if is_access_denied(exc):
                    raise AccessDenied("vergrendelbestand") from exc
                raise
            if not _try_lock(fd):
                pid = _read_pid(fd)
                os.close(fd)
                raise AlreadyOpen(pid)
            if sys.platform != "win32":
                try:
                    same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
                except FileNotFoundError:
                    same = False
                if not same:  # the previous owner unlinked it between our open and lock
                    os.close(fd)
                    continue
            with contextlib.suppress(OSError):  # the pid is informative; a full disk is no reason
                self._write_pid(fd)             # to refuse the lock (the flock is what counts)
            self._fd = fd
            return
        raise AlreadyOpen(None)

    @staticmethod
    def _write_pid(fd: int) -> None:
        data = f"{os.getpid()}\n".encode("ascii")
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data)

    def release(self) -> None:
        """Drop the lock and remove the lock file (see the module notes). Safe to call twice."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform == "win32":  # pragma: no cover - Windows
            with contextlib.suppress(OSError):
                os.lseek(fd, _NT_LOCK_OFFSET, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            os.close(fd)
            with contextlib.suppress(OSError):  # refused while another process has it open
                self.path.unlink()
        else:
            with contextlib.suppress(OSError):
                self.path.unlink()
            os.close(fd)

    def __enter__(self) -> NotebookLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
