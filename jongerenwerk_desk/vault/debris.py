"""Leftovers of interrupted commands: found at the next start and cleared (issue 13, class 5).

Every temporary file of the vault has one recognisable name (``fileio.temp_name``)::

    .<target name>.<purpose>-<12 hex>.tmp        (+ SQLite's "-journal" next to it)

Three kinds of leftovers are handled:

* **Temporary files next to a notebook** (``create``, ``restore``, key-file writes): they are
  only ever used while the notebook's lock (``X.jwdb.lock``) is held, so whoever holds that
  lock may remove every one of them. :func:`tidy` does that before an open, a create or a
  restore, and first finishes an interrupted restore (below) and removes the ``.keys`` of an
  interrupted ``init`` (a key file without its notebook while the ``create`` temporary file
  is still there: the recovery code was never shown, so nothing of value is lost).
* **An interrupted restore**: before its renames, ``restore`` writes an intent file
  ``.X.jwdb.restore-intent.json`` naming the kept copy and its two temporary files. The renames
  are then completed from whatever point they reached (each step is safe to repeat), so the
  restore always ends with the backup's notebook in place and the old one kept.
* **Temporary backups in a backup folder** (``.<name>.jwbak.backup-….tmp`` and the check
  copies inside it): the writing process holds an OS lock on each (POSIX ``flock``; on
  Windows the open handle itself prevents removal), so :func:`sweep_backup_folder` removes only
  those whose writer is gone.

Nothing here removes a file that is not one of these names.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from jongerenwerk_desk.vault.errors import AlreadyOpen
from jongerenwerk_desk.vault.fileio import atomic_write_bytes, fsync_dir, replace, unlink_quietly

if TYPE_CHECKING:
    from jongerenwerk_desk.vault.lockfile import NotebookLock

if os.name != "nt":
    import fcntl

TEMP_RE = re.compile(r"^\.(?P<base>.+)\.(?P<purpose>[a-z]+)-(?P<rand>[0-9a-f]{12})\.tmp"
                     r"(?P<side>-journal|-wal|-shm)?$")
INTENT_SUFFIX = ".restore-intent.json"
SIDECARS = ("-journal", "-wal", "-shm")


@dataclass
class TidyReport:
    """What :func:`tidy` did: ``removed`` temporary files, ``restore`` = "finished" when an
    interrupted restore was completed, ``lone_keys_removed`` for an interrupted init."""

    removed: int = 0
    restore: str | None = None
    lone_keys_removed: bool = False
    messages: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.removed or self.restore or self.lone_keys_removed)


def intent_path(notebook: Path) -> Path:
    """``.X.jwdb.restore-intent.json`` next to ``X.jwdb``."""
    return notebook.with_name(f".{notebook.name}{INTENT_SUFFIX}")


def _own_temps(notebook: Path) -> list[Path]:
    """Temporary files of ``notebook`` (its database or key file) in its folder."""
    keys_name = notebook.name + ".keys"
    found = []
    try:
        entries = list(os.scandir(notebook.parent))
    except OSError:
        return []
    for entry in entries:
        if _temp_base(entry.name) in (notebook.name, keys_name):
            found.append(Path(entry.path))
    return found


def _temp_base(name: str) -> str | None:
    """The file a temporary name belongs to, unwrapping a temporary of a temporary (an atomic
    write of a restore's staged key file is ``..X.keys.restore-….tmp.tmp-….tmp``); None when
    ``name`` is not one of our temporary names."""
    match = TEMP_RE.match(name)
    if match is None:
        return None
    base = match["base"]
    while (inner := TEMP_RE.match(base)) is not None and not inner["side"]:
        base = inner["base"]
    return base


def has_debris(notebook: Path) -> bool:
    """Cheap: is there anything for :func:`tidy` to do next to ``notebook``?"""
    return intent_path(notebook).exists() or bool(_own_temps(notebook))


def tidy(notebook: Path, *, lock: NotebookLock | None = None) -> TidyReport:
    """Finish an interrupted restore, undo an interrupted init, remove the notebook's own
    temporary files. Takes the notebook's lock for the duration unless ``lock`` (a held
    NotebookLock) is given; when another process holds it, does nothing (it may be working).
    Returns what was done, with Dutch ``messages`` for the user. Never raises for a file it
    cannot remove (it tries again next time)."""
    from jongerenwerk_desk.vault.lockfile import NotebookLock

    report = TidyReport()
    notebook = Path(notebook)
    if not has_debris(notebook):
        return report
    own = lock is None
    if lock is None:
        lock = NotebookLock(notebook)
        try:
            lock.acquire()
        except (AlreadyOpen, OSError):
            return report
    try:
        intent = intent_path(notebook)
        if intent.exists():
            _finish_restore(notebook, intent, report)
        keys = notebook.with_name(notebook.name + ".keys")
        creating = [p for p in _own_temps(notebook)
                    if (m := TEMP_RE.match(p.name)) and m["purpose"] == "create"]
        if creating and keys.is_file() and not notebook.exists():
            unlink_quietly(keys)
            report.lone_keys_removed = True
            report.messages.append(
                "Een eerder afgebroken 'init' liet een los sleutelbestand achter (het "
                "notitieboek was nog niet gemaakt en de herstelcode nooit getoond); het is "
                "opgeruimd.")
        for path in _own_temps(notebook):
            if not path.exists():
                continue
            unlink_quietly(path)
            report.removed += not path.exists()
        if report.removed:
            report.messages.append(
                f"{report.removed} tijdelijk(e) bestand(en) van een eerder afgebroken opdracht "
                "opgeruimd.")
        with contextlib.suppress(OSError):
            fsync_dir(notebook.parent)
    finally:
        if own:
            lock.release()
    return report


def write_intent(notebook: Path, kept: Path, tmp_db: Path, tmp_keys: Path) -> Path:
    """Record a restore's plan (durably) before its renames; see :func:`_finish_restore`."""
    intent = intent_path(notebook)
    doc = {"kept": kept.name, "tmp_db": tmp_db.name, "tmp_keys": tmp_keys.name}
    atomic_write_bytes(intent, json.dumps(doc).encode("utf-8"), overwrite=True)
    return intent


def complete_restore(notebook: Path, kept: Path, tmp_db: Path, tmp_keys: Path) -> None:
    """The renames of a restore, each safe to repeat after a crash at any point.

    While ``tmp_keys`` exists the ``.keys`` under the notebook's name is the old one, and while
    ``tmp_db`` exists the database and its SQLite sidecars are old: those are moved to
    ``kept`` (only if ``kept`` does not have them yet), then the new files take their place.
    Each rename waits briefly for a file another program holds (Windows, ``fileio.replace``).
    """
    keys = notebook.with_name(notebook.name + ".keys")
    kept_keys = kept.with_name(kept.name + ".keys")
    if tmp_db.exists():
        for suffix in SIDECARS:
            side = Path(str(notebook) + suffix)
            if side.exists():
                replace(side, Path(str(kept) + suffix))
    if tmp_keys.exists() and keys.exists() and not kept_keys.exists():
        replace(keys, kept_keys)
    if tmp_db.exists() and notebook.exists() and not kept.exists():
        replace(notebook, kept)
    fsync_dir(notebook.parent)
    if tmp_keys.exists():
        replace(tmp_keys, keys)
    if tmp_db.exists():
        replace(tmp_db, notebook)
    fsync_dir(notebook.parent)


def _finish_restore(notebook: Path, intent: Path, report: TidyReport) -> None:
    try:
        doc = json.loads(intent.read_bytes().decode("utf-8"))
        names = [doc["kept"], doc["tmp_db"], doc["tmp_keys"]]
        if any("/" in n or "\\" in n or n in ("", ".", "..") for n in names):
            raise ValueError("bad name")
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        unlink_quietly(intent)    # unreadable: it was being written, no rename had started
        return
    kept, tmp_db, tmp_keys = (notebook.with_name(n) for n in names)
    if tmp_db.exists() or tmp_keys.exists():
        complete_restore(notebook, kept, tmp_db, tmp_keys)
        report.restore = "finished"
        report.messages.append(
            "Een eerder afgebroken terugzetting van een reservekopie is nu afgerond. Het "
            "notitieboek is dat uit de reservekopie (met het wachtwoord van toen); het "
            f"vervangen notitieboek is bewaard als {kept.name}.")
    unlink_quietly(intent)


# ----- backup folders -----------------------------------------------------------------------
class TempClaim:
    """Hold our temporary file ``path`` against :func:`sweep_backup_folder` of other processes
    (POSIX: ``flock``; Windows: the open handle prevents removal). :meth:`release` before the
    file is renamed (Windows cannot rename an open file)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = os.open(self.path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        if os.name != "nt":
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def release(self) -> None:
        """Let go (idempotent)."""
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)


def _unclaimed_remove(path: Path) -> bool:
    """Remove ``path`` if no live process claims it; True when removed."""
    if os.name == "nt":  # pragma: no cover - an open file cannot be removed there
        try:
            path.unlink()
        except OSError:
            return False
        return True
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False      # its writer is alive
        unlink_quietly(path)
        return not path.exists()
    finally:
        os.close(fd)


def sweep_backup_folder(folder: Path) -> int:
    """Remove temporary backups (and their check copies) left in ``folder`` by backups that
    were killed; returns how many files were removed. Files of a running backup are kept."""
    removed = 0
    try:
        names = [e.name for e in os.scandir(folder)]
    except OSError:
        return 0
    backups = {n for n in names if (m := TEMP_RE.match(n)) and m["purpose"] == "backup"
               and not m["side"]}
    for name in sorted(backups):
        if _unclaimed_remove(folder / name):
            removed += 1
    for name in names:
        match = TEMP_RE.match(name)
        if not match or match["purpose"] != "verify":
            continue
        parent = match["base"]            # the check copy of backup temp <parent>
        if parent in backups and (folder / parent).exists():
            continue                      # its backup is still being written
        if _unclaimed_remove(folder / name) or not (folder / name).exists():
            removed += 1
    return removed
