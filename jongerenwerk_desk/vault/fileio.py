"""Durable file writes: temporary name in the same directory, fsync, rename, fsync directory.

Used for the key envelope, backups and restores, so that a crash or a full disk never leaves a
half-written file under the real name. Temporary names start with a dot and end in ``.tmp``;
they hold only encrypted bytes or wrapped keys, never plaintext client data.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from jongerenwerk_desk.vault.errors import AccessDenied, DiskFull, FileInUse

SQLITE_FULL = 13
_SQLITE_DENIED = {3, 8, 23}   # SQLITE_PERM, SQLITE_READONLY, SQLITE_AUTH (14 CANTOPEN: see engine)
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}


def is_disk_full(exc: BaseException) -> bool:
    """True for ENOSPC/EDQUOT OS errors and SQLITE_FULL database errors."""
    if isinstance(exc, OSError) and exc.errno in _FULL_ERRNOS:
        return True
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and (code & 0xFF) == SQLITE_FULL


def is_access_denied(exc: BaseException) -> bool:
    """True for EACCES/EPERM/EROFS OS errors and SQLITE_PERM/READONLY database errors."""
    if isinstance(exc, OSError) and exc.errno in _DENIED_ERRNOS:
        return True
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and (code & 0xFF) in _SQLITE_DENIED


def fsync_file(path: Path) -> None:
    """Flush ``path``'s data to the disk (``os.fsync``).

    On Windows ``os.fsync`` is FlushFileBuffers, which needs a handle with write access, so the
    file is opened for reading and writing there (nothing is written); elsewhere read-only.
    Raises OSError (e.g. PermissionError for a file we may not write on Windows).
    """
    flags = os.O_RDWR | getattr(os, "O_BINARY", 0) if os.name == "nt" else os.O_RDONLY
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(directory: Path) -> None:
    """Make a rename/unlink in ``directory`` durable.

    A no-op on Windows: a directory cannot be opened as a file there, and NTFS journals
    renames itself.
    """
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# Windows error codes of a rename blocked by another program's open handle on the source or the
# target (a virus scanner, Explorer's preview, a second instance): ERROR_ACCESS_DENIED (a target
# opened without FILE_SHARE_DELETE), ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION.
_IN_USE_WINERRORS = {5, 32, 33}
REPLACE_WAIT_SECONDS = 2.0
"""How long :func:`replace` waits for another program to let go of a file, in seconds."""


def replace(source: Path, target: Path, *, wait: float = REPLACE_WAIT_SECONDS) -> None:
    """``os.replace(source, target)``, waiting up to ``wait`` seconds while another program holds
    one of them open (Windows only; POSIX renames over open files).

    Atomic as ``os.replace``: ``target`` is either the old or the new file, never half-written.
    Raises FileInUse when the files are still held after ``wait`` seconds (both are then as they
    were); any other OSError unchanged.
    """
    deadline = time.monotonic() + wait
    delay = 0.02
    while True:
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if getattr(exc, "winerror", None) not in _IN_USE_WINERRORS or Path(target).is_dir():
                raise
            if time.monotonic() >= deadline:
                raise FileInUse() from exc
            time.sleep(delay)
            delay = min(delay * 2, 0.25)


def temp_name(target: Path, purpose: str = "tmp") -> Path:
    """A fresh hidden sibling name of ``target``: ``.<name>.<purpose>-<random>.tmp``."""
    return target.with_name(f".{target.name}.{purpose}-{secrets.token_hex(6)}.tmp")


def unlink_quietly(path: Path) -> None:
    """Remove ``path`` if it exists; ignore errors (used only for our own temporary files)."""
    with contextlib.suppress(OSError):
        path.unlink()


@contextlib.contextmanager
def cleanup_on_error(*paths: Path) -> Iterator[None]:
    """Remove our temporary ``paths`` on any error; ENOSPC becomes DiskFull, EACCES/EROFS
    AccessDenied; anything else is re-raised unchanged."""
    try:
        yield
    except BaseException as exc:
        for path in paths:
            unlink_quietly(path)
        if is_disk_full(exc):
            raise DiskFull() from exc
        if is_access_denied(exc):
            raise AccessDenied() from exc
        raise


@contextlib.contextmanager
def atomic_writer(target: Path, *, overwrite: bool) -> Iterator[BinaryIO]:
    """Yield a binary file; on clean exit it is fsynced and renamed to ``target``.

    Mode 0600. With ``overwrite=False`` an existing target raises FileExistsError before
    anything is written. On any error the temporary file is removed and the target is left
    as it was; ENOSPC becomes :class:`DiskFull`, a target another program keeps open
    (Windows) :class:`FileInUse` after a short wait (see :func:`replace`).
    """
    target = Path(target)
    if not overwrite and target.exists():
        raise FileExistsError(str(target))
    tmp = temp_name(target)
    with cleanup_on_error(tmp):
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if not overwrite and target.exists():
            raise FileExistsError(str(target))
        replace(tmp, target)
        fsync_dir(target.parent)


def atomic_write_bytes(target: Path, data: bytes, *, overwrite: bool = True) -> None:
    """Write ``data`` to ``target`` atomically and durably (see :func:`atomic_writer`)."""
    with atomic_writer(target, overwrite=overwrite) as handle:
        handle.write(data)


@contextlib.contextmanager
def signals_deferred() -> Iterator[None]:
    """Hold SIGINT/SIGTERM until the block is done (a few renames that must happen together).

    Main thread only (elsewhere a no-op). A signal that arrives meanwhile is delivered
    right after the block, so Ctrl-C never leaves a notebook renamed aside without its
    replacement in place.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    # Python-level handlers, not pthread_sigmask: the kernel may hand a process-directed
    # signal to any thread that does not block it (Qt's, a thread pool's), and Python then
    # runs the handler on the main thread at once, so a per-thread mask does not hold it back.
    pending: list[int] = []

    def hold(signum: int, _frame: object) -> None:
        pending.append(signum)

    wanted = [s for s in (signal.SIGINT, getattr(signal, "SIGTERM", None)) if s is not None]
    previous = {signum: signal.signal(signum, hold) for signum in wanted}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        for signum in dict.fromkeys(pending):
            signal.raise_signal(signum)
