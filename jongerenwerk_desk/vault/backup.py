"""Single-file encrypted backups (``.jwbak``) and restoring them.

Layout (all lengths big-endian)::

    b"JWDBAK01"                          8 bytes magic
    u32 header length, header JSON       {"format", "version", "created_at", "notebook_id",
                                          "envelope_len", "database_len", "page_size"}
    key envelope bytes                   the notebook's ``.keys`` file as it was
    database bytes                       the SQLCipher file as committed (still encrypted)
    SHA-256 of everything above          32 bytes, detects truncation and bit rot

The database part is copied byte for byte while holding a SQLite read lock (rollback-journal
mode: no writer can change the file meanwhile), so it is a consistent snapshot that stays
encrypted under the same data key. Restoring a backup therefore also brings back the
passphrase and recovery code that were valid when it was made.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from jongerenwerk_desk.vault.engine import (
    BACKUP_MAGIC,
    PAGE_SIZE,
    SQLITE_HEADER,
    check_header,
    connect,
)
from jongerenwerk_desk.vault.envelope import KeyEnvelope
from jongerenwerk_desk.vault.errors import (
    DamagedFile,
    NewerFormat,
    NotANotebook,
)
from jongerenwerk_desk.vault.fileio import (
    fsync_dir,
    temp_name,
    unlink_quietly,
)
from jongerenwerk_desk.vault.verify import verify_connection

MAGIC = BACKUP_MAGIC
FORMAT = "jongerenwerk-desk/backup"
VERSION = 1
CHUNK = 1 << 20
MAX_HEADER = 64 * 1024
SUFFIX = ".jwbak"


@dataclass(frozen=True)
class BackupInfo:
    """Parsed, checksum-verified backup: where the parts are inside the file."""

    path: Path
    header: dict[str, Any]
    envelope: KeyEnvelope
    envelope_bytes: bytes
    db_offset: int
    db_length: int


def dated_path(folder: Path, stem: str, suffix: str = SUFFIX) -> Path:
    """``folder/<stem>-20261129-074012<suffix>`` (local time), ``-1``, ``-2``... if taken."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for n in range(1000):
        candidate = folder / f"{stem}-{stamp}{'' if n == 0 else f'-{n}'}{suffix}"
        if not candidate.exists():
            return candidate
    raise FileExistsError(str(folder / stem))


def _header(envelope: KeyEnvelope, envelope_len: int, db_len: int) -> bytes:
    created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    doc = {"format": FORMAT, "version": VERSION, "created_at": created,
           "notebook_id": envelope.notebook_id, "envelope_len": envelope_len,
           "database_len": db_len, "page_size": PAGE_SIZE}
    body = json.dumps(doc, sort_keys=True).encode("utf-8")
    return MAGIC + struct.pack(">I", len(body)) + body


def write_stream(out: BinaryIO, envelope_bytes: bytes, envelope: KeyEnvelope,
                 db_path: Path) -> None:
    """Write a complete backup of ``db_path`` (caller holds a read lock) to binary ``out``."""
    hasher = hashlib.sha256()
    with db_path.open("rb") as src:
        db_len = os.fstat(src.fileno()).st_size
        if db_len == 0 or db_len % PAGE_SIZE:
            raise DamagedFile("databasegrootte klopt niet")
        prefix = _header(envelope, len(envelope_bytes), db_len) + envelope_bytes
        hasher.update(prefix)
        out.write(prefix)
        copied = 0
        while chunk := src.read(CHUNK):
            hasher.update(chunk)
            out.write(chunk)
            copied += len(chunk)
    if copied != db_len:
        raise DamagedFile("database veranderde tijdens de reservekopie")
    out.write(hasher.digest())


def read_info(path: Path) -> BackupInfo:
    """Parse and checksum a backup file.

    Raises FileNotFoundError, NotANotebook (not a backup), NewerFormat, DamagedFile
    (truncated, checksum mismatch, garbled header or envelope).
    """
    path = Path(path)
    size = path.stat().st_size
    with path.open("rb") as handle:
        if handle.read(len(MAGIC)) != MAGIC:
            raise NotANotebook("geen reservekopie van Jongerenwerk Desk")
        try:
            (header_len,) = struct.unpack(">I", handle.read(4))
            if header_len > MAX_HEADER:
                raise ValueError("header too long")
            header = json.loads(handle.read(header_len).decode("utf-8"))
            if header.get("format") != FORMAT:
                raise ValueError("format")
            env_len, db_len = int(header["envelope_len"]), int(header["database_len"])
        except (struct.error, ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise DamagedFile("kop van de reservekopie onleesbaar") from exc
        if not isinstance(header.get("version"), int) or header["version"] > VERSION:
            raise NewerFormat(f"reservekopie versie {header.get('version')}")
        db_offset = len(MAGIC) + 4 + header_len + env_len
        if db_len <= 0 or env_len <= 0 or size != db_offset + db_len + 32:
            raise DamagedFile("reservekopie is afgekapt of te lang")
        handle.seek(len(MAGIC) + 4 + header_len)
        envelope_bytes = handle.read(env_len)
        _check_digest(handle, size - 32)
    envelope = KeyEnvelope.from_bytes(envelope_bytes)
    return BackupInfo(path, header, envelope, envelope_bytes, db_offset, db_len)


def _check_digest(handle: BinaryIO, end: int) -> None:
    hasher = hashlib.sha256()
    handle.seek(0)
    remaining = end
    while remaining > 0:
        chunk = handle.read(min(CHUNK, remaining))
        if not chunk:
            raise DamagedFile("reservekopie is afgekapt")
        hasher.update(chunk)
        remaining -= len(chunk)
    if handle.read(32) != hasher.digest():
        raise DamagedFile("controlesom van de reservekopie klopt niet")


def extract_database(info: BackupInfo, target: Path) -> None:
    """Copy the database part of a backup into new file ``target`` (0600, fsynced)."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                 0o600)
    with os.fdopen(fd, "wb") as out, info.path.open("rb") as src:
        src.seek(info.db_offset)
        remaining = info.db_length
        while remaining > 0:
            chunk = src.read(min(CHUNK, remaining))
            if not chunk:
                raise DamagedFile("reservekopie is afgekapt")
            out.write(chunk)
            remaining -= len(chunk)
        out.flush()
        os.fsync(out.fileno())
    with target.open("rb") as check:
        if check.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
            raise NotANotebook("reservekopie bevat een onversleutelde database")


def verify_extracted(db_path: Path, data_key: bytes) -> None:
    """Open an extracted database read-only with ``data_key`` and run the full check.

    Raises DamagedFile listing the first problem when anything is wrong.
    """
    conn = connect(db_path, data_key, readonly=True)
    try:
        check_header(conn, db_path)
        report = verify_connection(conn)
    finally:
        conn.close()
    if not report.ok:
        raise DamagedFile(report.problems[0])


def verify_backup_file(path: Path, data_key: bytes) -> BackupInfo:
    """Checksum ``path``, extract its database next to it, open and fully verify it, delete
    the extract. Raises DamagedFile / DiskFull / NotANotebook; never leaves the extract."""
    info = read_info(path)
    if not info.envelope.matches(data_key):
        raise DamagedFile("sleutel van de reservekopie hoort niet bij dit notitieboek")
    extract = temp_name(path, "verify")
    try:
        extract_database(info, extract)
        verify_extracted(extract, data_key)
    finally:
        unlink_quietly(extract)
    return info


def publish(tmp: Path, dest: Path, *, next_free: bool = False) -> Path:
    """Give the finished temporary file ``tmp`` the name ``dest``; never overwrites.

    Uses a hard link (fails atomically when the name is taken, also against another process
    publishing at the same moment) and then removes ``tmp``; where hard links are not
    possible (some network or FAT file systems) an ``O_EXCL`` placeholder is claimed first and
    then replaced. With ``next_free`` a taken name moves on to ``<stem>-1``, ``-2``, ...
    (dated backup names); otherwise FileExistsError. Returns the name used.
    """
    for candidate in _candidates(dest, next_free):
        try:
            _claim(tmp, candidate)
        except FileExistsError:
            continue
        fsync_dir(candidate.parent)
        return candidate
    raise FileExistsError(str(dest))


def _candidates(dest: Path, next_free: bool) -> Iterator[Path]:
    yield dest
    if next_free:
        for n in range(1, 1000):
            yield dest.with_name(f"{dest.stem}-{n}{dest.suffix}")


def _claim(tmp: Path, candidate: Path) -> None:
    """Atomically make ``candidate`` the file ``tmp``; FileExistsError if it is taken."""
    try:
        os.link(tmp, candidate)
    except FileExistsError:
        raise
    except OSError:   # no hard links here: claim the name exclusively, then replace it
        os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        os.replace(tmp, candidate)
        return
    unlink_quietly(tmp)




@dataclass(frozen=True)
class BackupSummary:
    """What a restore confirmation shows: ``created_at`` (UTC ISO 8601 from the header),
    ``rows``: {table: number of rows} for the tables asked for that exist in the backup."""

    created_at: str
    rows: dict[str, int]


def describe(path: Path, secret: str, scratch: Path, tables: tuple[str, ...], *,
             recovery: bool = False) -> BackupSummary:
    """Check ``secret`` (passphrase, or recovery code with ``recovery``) against the backup
    ``path`` and count the rows of ``tables`` in it, via a temporary extract named after the
    notebook ``scratch`` (the restore target: ``.X.jwdb.describe-….tmp`` next to it; removed
    again, and by the notebook's next start if this process is killed).

    Raises FileNotFoundError, NotANotebook, NewerFormat, DamagedFile, WrongPassphrase.
    """
    from jongerenwerk_desk.vault.envelope import (
        PASSPHRASE_SLOT,
        RECOVERY_SLOT,
        normalise_recovery_code,
    )
    from jongerenwerk_desk.vault.kdf import normalise

    info = read_info(Path(path))
    if recovery:
        key = info.envelope.unwrap(RECOVERY_SLOT, normalise_recovery_code(secret))
    else:
        key = info.envelope.unwrap(PASSPHRASE_SLOT, normalise(secret))
    extract = temp_name(Path(scratch), "describe")
    try:
        extract_database(info, extract)
        conn = connect(extract, key, readonly=True)
        try:
            existing = {str(r[0]) for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
            rows = {table: int(conn.execute(
                f'SELECT count(*) FROM "{table}"').fetchone()[0])
                for table in tables if table in existing}
        finally:
            conn.close()
    finally:
        unlink_quietly(extract)
    return BackupSummary(str(info.header.get("created_at", "")), rows)
