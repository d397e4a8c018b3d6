"""Atomic file output for exports: a temporary name in the target directory, fsync, rename.

Why in the target directory: ``os.replace`` is only atomic within one file system, and a
temporary file elsewhere (``/tmp``) would put client data in a place the user never chose
(no client data in temporary files). The temporary name starts with a dot and holds
no personal name, only the final file name (which by default holds none either).

Errors: ``ExportError`` (Dutch message, no client data) for a missing or unwritable directory
and a full disk; the temporary file is removed on every failure.
"""

from __future__ import annotations

import errno
import hashlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


class ExportError(Exception):
    """An export could not be written; ``str(exc)`` is a Dutch message without client data."""


def temp_path_for(target: Path) -> Path:
    """Return an unused hidden temporary path next to ``target`` (same directory, same disk)."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")


def fsync_dir(directory: Path) -> None:
    """fsync a directory so a rename in it survives a power cut (no-op where unsupported)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # Windows cannot open directories; NTFS journals the rename itself
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _dutch_os_error(exc: OSError, target: Path) -> ExportError:
    if exc.errno == errno.ENOSPC:
        return ExportError("De schijf is vol; er is niets opgeslagen.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportError(f"Geen schrijfrechten in de map {target.parent}.")
    if exc.errno == errno.ENOENT:
        return ExportError(f"De map {target.parent} bestaat niet.")
    return ExportError(f"Het bestand kon niet worden geschreven ({exc.strerror or 'fout'}).")


def write_temp(target: Path, writer: Callable[[BinaryIO], object]) -> tuple[Path, str]:
    """Write a temporary file next to ``target`` with ``writer(fileobj)``, flushed and fsynced.

    Returns ``(temp_path, sha256_hex)`` of the bytes written; the caller renames it with
    ``commit_temp`` or removes it with ``discard_temp``. The file is created with mode 0600.
    Raises ExportError (the temporary file is gone) or whatever ``writer`` raises.
    """
    target = Path(target)
    if not target.parent.is_dir():
        raise ExportError(f"De map {target.parent} bestaat niet.")
    tmp = temp_path_for(target)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600)
    except OSError as exc:
        raise _dutch_os_error(exc, target) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            writer(fh)
            fh.flush()
            os.fsync(fh.fileno())
        return tmp, sha256_file(tmp)
    except OSError as exc:
        discard_temp(tmp)
        raise _dutch_os_error(exc, target) from None
    except BaseException:
        discard_temp(tmp)
        raise


def commit_temp(tmp: Path, target: Path) -> None:
    """Rename ``tmp`` to ``target`` atomically (replacing it) and fsync the directory.

    Raises ExportError; ``tmp`` is removed when the rename fails.
    """
    try:
        os.replace(tmp, target)
    except OSError as exc:
        discard_temp(tmp)
        raise _dutch_os_error(exc, Path(target)) from None
    fsync_dir(Path(target).parent)


def discard_temp(tmp: Path) -> None:
    """Remove a temporary file if it exists; never raises."""
    try:
        os.unlink(tmp)
    except OSError:
        pass


def write_atomic(target: Path, writer: Callable[[BinaryIO], object]) -> str:
    """Write ``target`` atomically with ``writer(fileobj)``; returns the SHA-256 hex of the file.

    Readers see the old file or the complete new one, never a half-written file.
    Raises ExportError with a Dutch message.
    """
    tmp, digest = write_temp(Path(target), writer)
    commit_temp(tmp, Path(target))
    return digest


def sha256_file(path: Path) -> str:
    """SHA-256 of a file's bytes as 64 lowercase hex characters."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()
