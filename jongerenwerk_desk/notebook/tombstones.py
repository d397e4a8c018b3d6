"""Tombstones: a list of deletions kept OUTSIDE the notebook file, so that an erasure or a
retention deletion made after a backup stays done when that backup is restored (AVG art. 17
and 5(1)(e): a restore must not bring erased data back).

File ``<notebook>.tombstones`` next to the notebook: a JSON header line (format, notebook
id), then one JSON line per deletion, appended and fsynced. A backup
(``.jwbak``) holds only the notebook and its ``.keys``, and a restore leaves this file in
place, so after a restore the list is replayed (``notebook.ops.replay_tombstones``).

Each entry holds the kind (``person``, ``signal``, ``group``), the row id, a fingerprint and
the moment of deletion, and never content. The fingerprint is an HMAC under a key derived from
the notebook's data key (``Vault.keyed_digest``) over kind, id and the row's creation moment
(``created_at`` / ``recorded_at``; not its text, which a correction may change after the
backup): SQLite may give a new row the id of a deleted one, and only a row with the same
fingerprint is the row that was deleted (a new row would have to be created in the same
second as the erased one to match); without the key the file reveals nothing. The notebook
id (from the key file) ties the list to one notebook.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jongerenwerk_desk.notebook.convert import moment_out
from jongerenwerk_desk.notebook.models import utc_now

SUFFIX = ".tombstones"
FORMAT = "jongerenwerk-desk/tombstones"
KINDS = ("person", "signal", "group")


@dataclass(frozen=True)
class Tombstone:
    """One deletion: ``kind`` (person/signal/group), row ``item_id``, ``fingerprint``, ``at``
    (UTC text)."""

    kind: str
    item_id: int
    fingerprint: str
    at: str


def tombstone_path(notebook_path: Path) -> Path:
    """``<notebook>.tombstones``."""
    return Path(f"{notebook_path}{SUFFIX}")


def fingerprint(vault: Any, kind: str, item_id: int, created: str) -> str:
    """Keyed fingerprint of a row: HMAC over ``kind``, id and ``created`` (its creation
    moment)."""
    return str(vault.keyed_digest("tombstone", f"{kind}\x1f{int(item_id)}\x1f{created}".encode()))


def _header(notebook_id: str) -> str:
    return json.dumps({"format": FORMAT, "version": 1, "notebook_id": notebook_id},
                      separators=(",", ":")) + "\n"


def read(notebook_path: Path, notebook_id: str) -> list[Tombstone]:
    """The tombstones kept for notebook ``notebook_id``; [] when there is no (readable) list
    or it belongs to another notebook. A damaged line (e.g. cut off by a crash while it was
    appended) is skipped."""
    path = tombstone_path(notebook_path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    if not lines or lines[0] + "\n" != _header(notebook_id):
        return []
    out = []
    for line in lines[1:]:
        try:
            entry = json.loads(line)
            if entry["k"] in KINDS:
                out.append(Tombstone(str(entry["k"]), int(entry["i"]), str(entry["f"]),
                                     str(entry["a"])))
        except (KeyError, TypeError, ValueError):
            continue
    return out


def append(notebook_path: Path, notebook_id: str, vault: Any,
           deleted: list[tuple[str, int, str]]) -> None:
    """Add ``(kind, id, created)`` deletions to the list: one JSON line each, appended and
    fsynced (a file of another notebook, or an unreadable one, is replaced atomically first).
    Raises OSError when the file cannot be written."""
    if not deleted:
        return
    path = tombstone_path(notebook_path)
    header = _header(notebook_id)
    try:
        with open(path, encoding="utf-8") as handle:
            fresh = handle.readline() != header
    except (OSError, UnicodeDecodeError):
        fresh = True
    if fresh:
        tmp = path.with_name(f".{path.name}.tmp")
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(header)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    now = moment_out(utc_now())
    lines = "".join(json.dumps({"k": kind, "i": int(item_id),
                                "f": fingerprint(vault, kind, item_id, created), "a": now},
                               separators=(",", ":")) + "\n"
                    for kind, item_id, created in deleted)
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(lines)
        handle.flush()
        os.fsync(handle.fileno())


def created_moments(nb: Any, kind: str, ids: list[int]) -> dict[int, str]:
    """id -> creation moment of existing rows of ``kind`` (what a fingerprint covers)."""
    table, column = {"person": ("people", "created_at"), "signal": ("signals", "recorded_at"),
                     "group": ("groups", "created_at")}[kind]
    out: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        out.update((int(r[0]), str(r[1])) for r in nb.conn.execute(
            f"SELECT id, {column} FROM {table} WHERE id IN ({marks})", chunk))
    return out


def record_deleted(nb: Any, kind: str, moments: dict[int, str]) -> None:
    """Append tombstones for rows of ``kind`` deleted from ``nb`` (``moments``: id -> creation
    moment, read before the delete). A failure to write the list is not fatal for the
    deletion itself: it raises OSError for the caller to report."""
    append(nb.path, nb.vault.notebook_id, nb.vault,
           [(kind, i, m) for i, m in sorted(moments.items())])
