"""Putting notebook files in place: creating a new notebook and restoring a backup.

Both build the new files under temporary hidden names in the target folder and only then
rename them, so a crash or a full disk never leaves a half-made notebook under the real name.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

from jongerenwerk_desk.vault import backup as bk
from jongerenwerk_desk.vault import debris, engine
from jongerenwerk_desk.vault import migrations as mig
from jongerenwerk_desk.vault.envelope import PASSPHRASE_SLOT, RECOVERY_SLOT, KeyEnvelope
from jongerenwerk_desk.vault.envelope import normalise_recovery_code as _norm_code
from jongerenwerk_desk.vault.errors import (
    DamagedBackup,
    DamagedFile,
    DiskFull,
    NotebookExists,
    NotebookNotFound,
    TargetIsFolder,
    TargetNotANotebook,
    VaultError,
)
from jongerenwerk_desk.vault.fileio import (
    atomic_write_bytes,
    fsync_dir,
    fsync_file,
    is_disk_full,
    replace,
    signals_deferred,
    temp_name,
    unlink_quietly,
)
from jongerenwerk_desk.vault.kdf import normalise
from jongerenwerk_desk.vault.lockfile import NotebookLock


def _reraise_mapped(exc: BaseException) -> None:
    if isinstance(exc, VaultError):
        return
    if is_disk_full(exc):
        raise DiskFull() from exc
    mapped = engine.map_error(exc)
    if mapped is not None:
        raise mapped from exc


def build_new_file(path: Path, data_key: bytes, envelope: KeyEnvelope,
                   migrations: Sequence[mig.Migration]) -> None:
    """Create the database (with ``migrations``) and its envelope at ``path``.

    Raises NotebookExists, DiskFull; on error nothing is left behind.
    """
    tmp_db = temp_name(path, "create")
    keys_path = engine.keys_path_for(path)
    keys_written = False
    try:
        # An empty 0600 file first: SQLite keeps its mode and gives its journal the same one.
        os.close(os.open(tmp_db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        conn = engine.connect(tmp_db, data_key)
        try:
            engine.mark_new(conn)
            mig.apply_pending(conn, migrations)
        finally:
            conn.close()
        fsync_file(tmp_db)
        if path.exists() or keys_path.exists():
            raise NotebookExists()
        envelope.save(keys_path)
        keys_written = True
        replace(tmp_db, path)
        fsync_dir(path.parent)
    except BaseException as exc:
        for leftover in (tmp_db, Path(str(tmp_db) + "-journal")):
            unlink_quietly(leftover)
        if keys_written and not path.exists():
            unlink_quietly(keys_path)
        _reraise_mapped(exc)
        raise


def _kept_name(notebook: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for n in range(1000):
        extra = "" if n == 0 else f"-{n}"
        candidate = notebook.with_name(f"{notebook.stem}.replaced-{stamp}{extra}{notebook.suffix}")
        if not candidate.exists() and not engine.keys_path_for(candidate).exists():
            return candidate
    raise NotebookExists()


def _check_not_held(notebook: Path, kept: Path) -> None:
    """Windows: rename the notebook to ``kept`` and back, so that a notebook another program
    holds open (a virus scanner, Explorer's preview) gives FileInUse before the restore changes
    anything; once the intent file is written the renames must finish. POSIX: nothing to do."""
    if os.name != "nt" or not notebook.exists():
        return
    replace(notebook, kept)
    os.replace(kept, notebook)


def check_restore_target(notebook: Path) -> None:
    """Refuse a restore target that is not a new name or an existing notebook.

    Allowed: nothing there, a notebook (``X.jwdb`` with ``X.jwdb.keys``), or a lone
    ``X.jwdb.keys`` (kept aside like a notebook). Raises TargetIsFolder, TargetNotANotebook
    (a file without its ``.keys``, e.g. the backup itself or a document), NotebookNotFound
    (the folder does not exist). Cheap: reads only the first bytes.
    """
    if notebook.is_dir():
        raise TargetIsFolder()
    if not notebook.parent.is_dir():
        raise NotebookNotFound("de map bestaat niet")
    if not notebook.exists():
        return
    if not engine.keys_path_for(notebook).is_file():
        raise TargetNotANotebook()
    with notebook.open("rb") as handle:
        head = handle.read(len(engine.SQLITE_HEADER))
    if head.startswith(engine.BACKUP_MAGIC) or head == engine.SQLITE_HEADER:
        raise TargetNotANotebook()


def _read_backup(backup: Path) -> bk.BackupInfo:
    try:
        return bk.read_info(backup)
    except DamagedFile as exc:
        raise DamagedBackup(exc.detail) from exc


def restore_backup(backup: Path, notebook: Path, *, passphrase: str | None = None,
                   recovery_code: str | None = None) -> Path | None:
    """Replace ``notebook`` by the notebook inside ``backup``.

    Steps: finish or undo what an earlier interrupted restore/init left (``debris.tidy``);
    check the target (:func:`check_restore_target`); checksum the backup; take the notebook's
    lock; extract its database next to ``notebook`` under a temporary name; when a passphrase
    or recovery code (valid for the backup) is given, open the extract and run the full
    verify; write an intent file; rename what is there to ``<stem>.replaced-<time>.jwdb``
    (+ ``.keys``) and the new files in place (``debris.complete_restore``). A kill before the
    intent file leaves only temporary files (removed at the next start); after it, the next
    open, restore or init completes the renames.

    Returns the kept copy's ``.jwdb`` path (open it like any notebook), the kept ``.keys``
    path when only a lone key file was there, or None when there was nothing.
    Raises FileNotFoundError (backup missing), NotebookNotFound (folder missing),
    TargetIsFolder, TargetNotANotebook, NotANotebook (not a backup), NewerFormat,
    DamagedBackup (backup truncated/garbled/fails the check; nothing replaced),
    WrongPassphrase, AlreadyOpen (the notebook is open somewhere), DiskFull.
    """
    debris.tidy(notebook)          # an earlier restore or init killed midway: finish/undo it
    check_restore_target(notebook)
    info = _read_backup(backup)
    data_key = None
    if passphrase is not None:
        data_key = info.envelope.unwrap(PASSPHRASE_SLOT, normalise(passphrase))
    elif recovery_code is not None:
        data_key = info.envelope.unwrap(RECOVERY_SLOT, _norm_code(recovery_code))
    keys = engine.keys_path_for(notebook)
    tmp_db = temp_name(notebook, "restore")
    tmp_keys = temp_name(keys, "restore")
    lock = NotebookLock(notebook)
    committed = False
    try:
        lock.acquire()
        try:
            bk.extract_database(info, tmp_db)
            if data_key is not None:
                bk.verify_extracted(tmp_db, data_key)
        except DamagedFile as exc:
            raise DamagedBackup(exc.detail) from exc
        atomic_write_bytes(tmp_keys, info.envelope_bytes, overwrite=False)
        check_restore_target(notebook)   # again under the lock: it may have changed meanwhile
        had_db, had_keys = notebook.exists(), keys.exists()
        kept = _kept_name(notebook)
        with signals_deferred():
            _check_not_held(notebook, kept)
            # from here on a crash is finished by the next open (debris.tidy)
            intent = debris.write_intent(notebook, kept, tmp_db, tmp_keys)
            committed = True
            debris.complete_restore(notebook, kept, tmp_db, tmp_keys)
            unlink_quietly(intent)
        fsync_dir(notebook.parent)
    except BaseException as exc:
        if not committed:
            unlink_quietly(tmp_db)
            unlink_quietly(tmp_keys)
        _reraise_mapped(exc)
        raise
    finally:
        lock.release()
    if not had_db and not had_keys:
        return None
    return kept if had_db else engine.keys_path_for(kept)
