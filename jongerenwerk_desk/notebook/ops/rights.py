"""Operations of the data-subject rights and retention (issue 12), by the door's pattern
(``notebook.ops``): one transaction each, content-free audit events, an ``OpResult`` with
what changed.

- ``log_access_decisions`` / ``log_document``: the worker's per-signal decision for an
  access report (AVG art. 15(4)) and the making of a document, as audit events;
- ``add_informing_letter``: an informing letter given or sent (AVG art. 13/14);
- ``add_retention_hold``: postpone a retention deletion (legal hold), with reason and date;
- ``delete_for_retention``: delete what is past retention (AVG art. 5(1)(e)), tombstoned;
- ``replay_tombstones`` / ``restore_and_replay``: erasures and retention deletions made after
  a backup stay done after restoring it (``notebook.tombstones``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from jongerenwerk_desk.notebook.models import InformingRecord
from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.notebook.ops.changes import Kind, OpChanges, OpResult

DELETED_KINDS: dict[str, tuple[Kind, ...]] = {
    "signal": (Kind.SIGNAL,),
    "group": (Kind.GROUP, Kind.STAGE, Kind.MEMBERSHIP, Kind.SIGNAL),
    "person": (Kind.PERSON, Kind.MEMBERSHIP, Kind.CONSENT, Kind.INFORMING, Kind.SIGNAL),
}
"""What deleting rows of each kind changes (cascades included), for ``OpChanges``."""


def log_access_decisions(nb: Notebook, person_id: int,
                         decisions: Mapping[int, bool]) -> OpResult[None]:
    """Log, per confidential signal, whether the worker put it in an access report (AVG art.
    15(4) balancing): audit ``access_report_include`` / ``access_report_withhold`` on the
    signal, detail ``person=<id>``. One transaction; changes no stored thing."""
    with nb.transaction():
        for signal_id, include in sorted(decisions.items()):
            action = "access_report_include" if include else "access_report_withhold"
            nb.audit.record(action, "signal", int(signal_id), f"person={int(person_id)}")
    return OpResult(None, OpChanges())


def log_document(nb: Notebook, action: str, person_id: int | None,
                 detail: str = "") -> OpResult[int]:
    """Log that a document was made (e.g. ``access_report`` about a person): one audit event,
    content-free (``detail`` holds counts only). Returns the event id."""
    with nb.transaction():
        event = nb.audit.record(action, "person" if person_id is not None else "notebook",
                                person_id, detail)
    return OpResult(event, OpChanges())


def add_informing_letter(nb: Notebook, person_id: int, informed_on: date, who: str,
                         note: str) -> OpResult[int]:
    """Record an informing letter (AVG art. 13/14) as an informing record (how =
    "informatiebrief") plus an audit event ``inform_letter`` (no content); one transaction.
    Returns the record id; ValueError for bad values."""
    with nb.transaction():
        record_id = nb.informing.add(InformingRecord(
            person_id=person_id, informed_on=informed_on, who=who, how="informatiebrief",
            note=note))
        nb.audit.record("inform_letter", "informing", record_id, f"person={int(person_id)}")
    return OpResult(record_id, OpChanges.of(Kind.INFORMING, record_id))


_CHUNK = 500
HOLD_KINDS = ("signal", "person", "group")


def _chunks(ids: list[int]) -> list[list[int]]:
    return [ids[i:i + _CHUNK] for i in range(0, len(ids), _CHUNK)]


def add_retention_hold(nb: Notebook, kind: str, item_id: int, reason: str, until: date,
                       today: date) -> OpResult[int]:
    """Postpone the retention deletion of one item (legal hold) until ``until`` (a date after
    ``today``), with a reason. Audit ``retention_hold`` (kind, id and date; never the reason
    text). One transaction. ValueError (Dutch) without a reason or with a date not in the
    future; KeyError for an unknown item."""
    from jongerenwerk_desk.notebook.convert import moment_out
    from jongerenwerk_desk.notebook.models import utc_now

    if kind not in HOLD_KINDS:
        raise ValueError("Onbekende soort gegeven voor uitstel.")
    if not reason.strip():
        raise ValueError("Uitstel kan alleen met een reden.")
    if until is None or until <= today:
        raise ValueError("Kies een datum in de toekomst tot wanneer het uitstel geldt.")
    table = {"signal": "signals", "person": "people", "group": "groups"}[kind]
    with nb.transaction():
        if nb.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (item_id,)).fetchone() is None:
            raise KeyError(item_id)
        cur = nb.conn.execute(
            "INSERT INTO retention_holds (kind, item_id, reason, until, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (kind, int(item_id), reason.strip(), until.isoformat(), moment_out(utc_now())))
        nb.audit.record("retention_hold", kind, int(item_id), f"until={until.isoformat()}")
    hold_id = int(cur.lastrowid)
    return OpResult(hold_id, OpChanges.of(Kind.RETENTION_HOLD, hold_id))


FTS_REBUILD_FROM = 200
"""From this many signals at once, the signal search index is rebuilt from what remains
instead of deleting each signal's terms one by one (FTS5 secure-delete costs about 6 ms per
signal; a rebuild about 1 s per 50,000 remaining signals)."""
_SIGNAL_CHILDREN = ("signal_people", "signal_groups", "signal_informants", "signal_views",
                    "corrections")


def _delete_signals(nb: Notebook, ids: list[int], moments: dict[int, str]) -> int:
    """Delete signals ``ids`` with their links (inside the caller's transaction): the linked
    rows first in bulk (faster than one cascade per signal), then the signals. For many
    signals the per-row FTS delete trigger is dropped and the index rebuilt, all inside the
    transaction (DDL is transactional in SQLite). ``moments`` is filled with id -> recorded_at
    of the deleted signals (for tombstones). Returns the number of signals deleted."""
    from jongerenwerk_desk.notebook.schema import _fts

    if not ids:
        return 0
    conn = nb.conn
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS doomed_signals (id INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM doomed_signals")
    conn.executemany("INSERT OR IGNORE INTO doomed_signals (id) VALUES (?)",
                     [(int(i),) for i in ids])
    moments.update((int(r[0]), str(r[1])) for r in conn.execute(
        "SELECT id, recorded_at FROM signals WHERE id IN (SELECT id FROM doomed_signals)"))
    for child in _SIGNAL_CHILDREN:
        conn.execute(f"DELETE FROM {child} WHERE signal_id IN (SELECT id FROM doomed_signals)")
    rebuild = len(ids) >= FTS_REBUILD_FROM
    if rebuild:
        conn.execute("DROP TRIGGER signals_fts_ad")
    done = int(conn.execute(
        "DELETE FROM signals WHERE id IN (SELECT id FROM doomed_signals)").rowcount)
    if rebuild:
        trigger = next(sql for sql in _fts("signals", ("text", "location"))
                       if "signals_fts_ad" in sql)
        conn.execute(trigger)
        conn.execute("INSERT INTO signals_fts(signals_fts) VALUES ('rebuild')")
    conn.execute("DELETE FROM doomed_signals")
    return done


def delete_for_retention(nb: Notebook, *, signal_ids: list[int], group_ids: list[int],
                         person_ids: list[int],
                         action: str = "retention_delete") -> OpResult[dict[str, int]]:
    """Delete items whose retention ended (AVG art. 5(1)(e)), in ONE transaction:
    signals, groups (with memberships and stage history) and people (with memberships,
    consents, informing records, and every signal that concerns only them), with their FTS
    entries. Audit one ``retention_delete`` event per kind with the count (no content, no
    ids; ``action`` names the event). After the commit the deletions go onto the tombstone
    list outside the file.
    Returns the counts per kind actually deleted (``signal``, ``group``, ``person``)."""
    from jongerenwerk_desk.notebook.schema import FTS_TABLES
    from jongerenwerk_desk.notebook.tombstones import created_moments, record_deleted

    conn = nb.conn
    people = sorted(set(person_ids))
    with nb.transaction():
        only_theirs: set[int] = set()
        for chunk in _chunks(people):
            marks = ", ".join("?" for _ in chunk)
            only_theirs.update(int(r[0]) for r in conn.execute(
                f"SELECT sp.signal_id FROM signal_people sp WHERE sp.person_id IN ({marks}) "
                "AND NOT EXISTS (SELECT 1 FROM signal_people o WHERE o.signal_id = "
                f"sp.signal_id AND o.person_id NOT IN ({marks}))", [*chunk, *chunk]))
        signals = sorted(set(signal_ids) | only_theirs)
        groups = sorted(set(group_ids))
        moments = {"signal": {},
                   "group": created_moments(nb, "group", groups),
                   "person": created_moments(nb, "person", people)}
        counts: dict[str, int] = {"signal": _delete_signals(nb, signals, moments["signal"])}
        if counts["signal"]:
            nb.audit.record(action, "signal", None, f"count={counts['signal']}")
        for kind, table, ids in (("group", "groups", groups), ("person", "people", people)):
            done = 0
            for chunk in _chunks(ids):
                marks = ", ".join("?" for _ in chunk)
                done += conn.execute(f"DELETE FROM {table} WHERE id IN ({marks})",
                                     chunk).rowcount
            counts[kind] = done
            if done:
                nb.audit.record(action, kind, None, f"count={done}")
        # merge the index segments so deleted terms leave the pages too (a rebuilt signal
        # index is fresh already); people_fts changes only when people were deleted
        for fts in FTS_TABLES:
            touched = (counts["person"] if fts == "people_fts" else
                       0 < counts["signal"] < FTS_REBUILD_FROM or counts["person"])
            if touched:
                conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('optimize')")
    nb.checkpoint()
    for kind, found in moments.items():
        record_deleted(nb, kind, found)
    changes = OpChanges()
    for kind, count in counts.items():
        if count:
            changes = changes | OpChanges.kinds_only(*DELETED_KINDS[kind])
    return OpResult(counts, changes)


def replay_tombstones(nb: Notebook) -> OpResult[dict[str, int]]:
    """Delete again every row on the notebook's tombstone list that is (back) in the file,
    e.g. after restoring a backup made before an erasure or retention deletion. Only a row
    whose fingerprint matches is deleted (a new row that reuses an id stays). One
    transaction; audit ``tombstone_replay`` per kind with the count."""
    from jongerenwerk_desk.notebook.tombstones import created_moments, fingerprint, read

    stones = read(nb.path, nb.vault.notebook_id)
    due: dict[str, list[int]] = {"signal": [], "group": [], "person": []}
    for kind in due:
        wanted = {t.item_id: t.fingerprint for t in stones if t.kind == kind}
        present = created_moments(nb, kind, sorted(wanted))
        due[kind] = [i for i, moment in present.items()
                     if fingerprint(kind, i, moment) == wanted[i]]
    if not any(due.values()):
        return OpResult({}, OpChanges())
    return delete_for_retention(nb, signal_ids=due["signal"], group_ids=due["group"],
                                person_ids=due["person"], action="tombstone_replay")


def restore_and_replay(backup: Path | str, target: Path | str, *,
                       passphrase: str) -> tuple[Path | None, OpResult[dict[str, int]]]:
    """Restore ``backup`` at ``target`` (``Vault.restore``: checks it fully, keeps what it
    replaces) and replay the tombstone list kept next to ``target``, so erasures and retention
    deletions made after the backup stay done. Returns (the path of the replaced file or
    None, what the replay deleted). Raises the vault's errors; if the replay itself fails the
    restore stands and the error is raised (the next replay can repeat it)."""
    from jongerenwerk_desk.vault import Vault

    kept = Vault.restore(backup, target, passphrase=passphrase)
    with Notebook.open(Path(target), passphrase=passphrase) as nb:
        changed = replay_tombstones(nb)
    return kept, changed
