"""SQLCipher 4 connections for the notebook: loading, keying, per-connection settings, errors.

Fail closed: when ``sqlcipher3`` cannot be imported, or ``PRAGMA cipher_version`` does not start
with "4.", every entry point raises :class:`SQLCipherUnavailable`; there is no fallback to plain
SQLite.

Per-connection settings (docs/architecture.md, "Connections"):

* ``PRAGMA key = "x'<64 hex>'"`` (raw 256-bit key: no PBKDF2 per connection, no passphrase in
  SQL text) and ``cipher_compatibility = 4`` (pin the SQLCipher 4 page format).
* ``journal_mode = DELETE`` with ``synchronous = EXTRA`` (FULL plus an fsync of the directory
  after the rollback journal is deleted, which makes the commit itself durable in DELETE mode).
  Chosen over WAL because the notebook is then, whenever no write is in progress, exactly one
  self-contained file next to its key envelope: no ``-wal``/``-shm`` siblings that a user, a
  USB-stick copy or a sync client could separate from the database and thereby lose committed
  data or pair an old ``-wal`` with a newer database. Crash safety is the same (the rollback
  journal holds only encrypted pages and a hot journal is rolled back on the next open); WAL's
  reader/writer concurrency is not needed for one person's notebook.
* ``temp_store = MEMORY`` (no plaintext temp files), ``secure_delete = ON`` (erased rows are
  overwritten), ``foreign_keys = ON``, a 32 MiB page cache, a 5 s busy timeout between this
  process's own connections. ``cipher_memory_security`` stays at SQLCipher's default (OFF): ON
  made ranked FTS5 searches about 12x slower here; locking closes every connection instead.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from types import ModuleType
from typing import Any, TypeAlias

from jongerenwerk_desk.vault.errors import (
    AccessDenied,
    DamagedFile,
    DiskFull,
    EmptyNotebook,
    KeyFileMissing,
    NotANotebook,
    NotebookNotFound,
    SQLCipherUnavailable,
    VaultError,
)
from jongerenwerk_desk.vault.fileio import is_access_denied, is_disk_full

PAGE_SIZE = 4096
CACHE_KIB = 32 * 1024
SQLITE_HEADER = b"SQLite format 3\x00"
BACKUP_MAGIC = b"JWDBAK01"   # first bytes of a .jwbak (backup.MAGIC)
NOTEBOOK_SUFFIX = ".jwdb"
APPLICATION_ID = int.from_bytes(b"JWDB", "big")  # PRAGMA application_id of every notebook
Connection: TypeAlias = Any
"""A ``sqlcipher3.dbapi2.Connection`` (the same API as ``sqlite3.Connection``; sqlcipher3 ships
no type information, so mypy sees ``Any``)."""

_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


@functools.cache
def dbapi() -> ModuleType:
    """Return ``sqlcipher3.dbapi2`` after checking it is SQLCipher 4; else SQLCipherUnavailable.

    Cached; tests that simulate a missing library call ``dbapi.cache_clear()``.
    """
    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:
        raise SQLCipherUnavailable("sqlcipher3 ontbreekt") from exc
    try:
        probe = dbapi2.connect(":memory:")
        try:
            quiet_logging(probe)
            row = probe.execute("PRAGMA cipher_version").fetchone()
        finally:
            probe.close()
    except dbapi2.Error as exc:
        raise SQLCipherUnavailable("cipher_version onleesbaar") from exc
    version = row[0] if row else None
    if not isinstance(version, str) or not version.startswith("4."):
        raise SQLCipherUnavailable(f"versie {version!r}")
    module: ModuleType = dbapi2
    return module


def quiet_logging(conn: Connection) -> None:
    """``PRAGMA cipher_log_level = NONE``: SQLCipher 4.7+ otherwise writes English lines such
    as ``ERROR CORE sqlcipher_page_cipher: hmac check failed for pgno=...`` to standard error
    for every damaged page. The level is process-wide in SQLCipher; it is set on every
    connection anyway so that no code path depends on which connection came first. Damage is
    still reported through the raised errors and ``verify``."""
    conn.execute("PRAGMA cipher_log_level = NONE")


def cipher_version() -> str:
    """The SQLCipher version string, e.g. ``"4.19.0 community"``."""
    conn = dbapi().connect(":memory:")
    try:
        return str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()


def keys_path_for(notebook: Path) -> Path:
    """``X.jwdb`` -> ``X.jwdb.keys`` (the key envelope)."""
    return notebook.with_name(notebook.name + ".keys")


def classify_file(path: Path) -> None:
    """Cheap checks before any key is derived; raises, never touches the file.

    NotebookNotFound (absent), NotANotebook (a directory, empty, plain SQLite, a backup file,
    no key envelope), KeyFileMissing (a ``.jwdb`` of whole pages without its ``.keys``),
    DamagedFile (an envelope
    exists but the size is not a whole number of 4096-byte pages: truncated).
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise NotebookNotFound() from None
    if not path.is_file():
        raise NotANotebook("geen bestand")
    if size == 0:
        if keys_path_for(path).is_file():
            raise EmptyNotebook()
        raise NotANotebook("leeg bestand")
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except PermissionError:
        raise AccessDenied() from None
    if head == SQLITE_HEADER:
        raise NotANotebook("een gewone, onversleutelde SQLite-database")
    if head.startswith(BACKUP_MAGIC):
        raise NotANotebook("dit is een reservekopie (.jwbak); zet hem terug met 'restore'")
    has_envelope = keys_path_for(path).is_file()
    if not has_envelope:
        if size % PAGE_SIZE == 0 and path.suffix.lower() == NOTEBOOK_SUFFIX:
            raise KeyFileMissing()
        raise NotANotebook("sleutelbestand ontbreekt")
    if size % PAGE_SIZE:
        raise DamagedFile("bestand is afgekapt")


def pages_failing(path: Path, data_key: bytes) -> tuple[int, int]:
    """``(failing, total)`` pages of ``path`` under ``data_key`` by ``cipher_integrity_check``
    (HMAC of every page read straight from the file, no b-tree parsing, so it also works when
    page 1 cannot be read). Raises the mapped error if the check itself cannot run."""
    total = max(1, os.path.getsize(path) // PAGE_SIZE)
    conn = dbapi().connect(str(path), isolation_level=None)
    try:
        quiet_logging(conn)
        conn.execute(f"PRAGMA key = \"x'{bytes(data_key).hex()}'\"")
        conn.execute("PRAGMA cipher_compatibility = 4")
        failing = len(conn.execute("PRAGMA cipher_integrity_check").fetchall())
    finally:
        conn.close()
    return failing, total


def map_error(exc: BaseException) -> VaultError | None:
    """The typed vault error for a sqlcipher3/OS error, or None when it is not one of ours."""
    if is_disk_full(exc):
        return DiskFull()
    if is_access_denied(exc):
        return AccessDenied()
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and (code & 0xFF) in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return DamagedFile()
    return None


def is_not_a_database(exc: BaseException | None) -> bool:
    """True for SQLITE_NOTADB: the key does not decrypt page 1 (or it is not SQLCipher)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and (code & 0xFF) == _SQLITE_NOTADB


def connect(path: Path, data_key: bytes | bytearray, *, readonly: bool = False) -> Connection:
    """Open ``path`` keyed with the raw 32-byte ``data_key`` and apply the settings above.

    Returns a ``sqlcipher3.dbapi2.Connection`` in autocommit mode (``isolation_level=None``;
    use explicit transactions), ``row_factory = Row``, usable from other threads one at a time.
    Raises DamagedFile when the key does not decrypt the file (the key itself was already
    authenticated by the envelope), DiskFull, SQLCipherUnavailable.
    """
    mod = dbapi()
    if len(data_key) != 32:
        raise ValueError("data key must be 32 bytes")
    target = f"{Path(path).resolve().as_uri()}?mode=ro" if readonly else str(path)
    try:
        conn = mod.connect(target, uri=readonly, isolation_level=None, timeout=5.0,
                           check_same_thread=False)
    except mod.Error as exc:
        raise map_error(exc) or NotANotebook("kan het bestand niet openen") from exc
    try:
        _configure(conn, bytes(data_key), readonly)
    except BaseException as exc:
        conn.close()
        if isinstance(exc, VaultError):
            raise
        mapped = map_error(exc)
        if mapped is not None:
            raise mapped from exc
        raise
    conn.row_factory = mod.Row
    return conn


def _configure(conn: Connection, key: bytes, readonly: bool) -> None:
    quiet_logging(conn)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA cipher_compatibility = 4")
    # First read: decrypts page 1. Fails with NOTADB when the key does not fit this file.
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    if not readonly:
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise DamagedFile(f"journaalmodus {mode}")
    for pragma in ("synchronous = EXTRA", "temp_store = MEMORY", "secure_delete = ON",
                   "foreign_keys = ON", f"cache_size = -{CACHE_KIB}"):
        conn.execute(f"PRAGMA {pragma}")


def mark_new(conn: Connection) -> None:
    """Stamp a new database with our application id (this also writes page 1, so even a
    notebook without tables is a whole, non-empty file)."""
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def check_header(conn: Connection, path: Path) -> None:
    """After the key decrypted page 1: NotANotebook unless our application id is set;
    DamagedFile when the file is shorter than the page count in its header (truncated)."""
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        raise NotANotebook("geen notitieboek van Jongerenwerk Desk")
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    size = os.path.getsize(path)
    if size < pages * PAGE_SIZE or size % PAGE_SIZE:
        raise DamagedFile("bestand is afgekapt")
