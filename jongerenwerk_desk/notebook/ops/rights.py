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


def reduce_disclosures(nb: Notebook, disclosure_ids: list[int]) -> OpResult[int]:
    """Drop the personal details of these register records (retention of the stored
    request ended; ``notebook.disclosures.drop_personal``): the records, their hashes and
    the chain stay and keep verifying. One transaction; audit ``register_reduce`` with the
    count. Returns how many records were reduced (older records without a digest are kept
    whole and not counted)."""
    from jongerenwerk_desk.notebook.convert import moment_out
    from jongerenwerk_desk.notebook.models import utc_now

    now = moment_out(utc_now())
    with nb.transaction():
        done = sum(1 for i in disclosure_ids if nb.disclosures.drop_personal(i, now))
        if done:
            nb.audit.record("register_reduce", "disclosure", None, f"count={done}")
    changes = OpChanges.of(Kind.DISCLOSURE, *disclosure_ids) if done else OpChanges()
    return OpResult(done, changes)


def sweep_retention(nb: Notebook, *, signal_ids: list[int], group_ids: list[int],
                    person_ids: list[int], disclosure_ids: list[int]) -> OpResult[dict[str, int]]:
    """One confirmed retention sweep in ONE transaction: ``delete_for_retention`` and
    ``reduce_disclosures``. Returns counts: ``signal``, ``group``, ``person`` deleted and
    ``disclosure`` register records reduced."""
    with nb.transaction():
        deleted = delete_for_retention(nb, signal_ids=signal_ids, group_ids=group_ids,
                                       person_ids=person_ids)
        reduced = reduce_disclosures(nb, disclosure_ids)
    return OpResult({**deleted.value, "disclosure": reduced.value},
                    deleted.changes | reduced.changes)


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
                     if fingerprint(nb.vault, kind, i, moment) == wanted[i]]
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


# -- correction, objection, restriction, requests (AVG art. 12, 16, 18, 21) ---------------

SUBJECT_REQUEST_KINDS = ("access", "correction", "erasure", "restriction", "objection")
SIGNAL_FIELDS = ("text", "location", "category", "verified")
PERSON_FIELDS = ("name", "nickname", "birth_date", "neighbourhood", "phone")


def add_signal_view(nb: Notebook, signal_id: int, person_id: int | None, text: str,
                    recorded_on: date) -> OpResult[int]:
    """Record the young person's own view ("zienswijze") beside a signal, without changing
    the signal (AVG art. 16 and 21: their side of the story is kept next to ours). Audit
    ``create signal_view <id>`` (no text). ValueError for an empty text, KeyError for an
    unknown signal."""
    if not text.strip():
        raise ValueError("Schrijf de zienswijze van de jongere op.")
    with nb.transaction():
        nb.signals.get(signal_id)
        cur = nb.conn.execute(
            "INSERT INTO signal_views (signal_id, person_id, text, recorded_on) "
            "VALUES (?, ?, ?, ?)", (signal_id, person_id, text.strip(), recorded_on.isoformat()))
        view_id = int(cur.lastrowid)
        nb.audit.record("create", "signal_view", view_id, f"signal={int(signal_id)}")
    return OpResult(view_id, OpChanges.of(Kind.SIGNAL_VIEW, view_id)
                    | OpChanges.of(Kind.SIGNAL, signal_id))


def _store_correction(nb: Notebook, column: str, row_id: int, field_name: str, old: str,
                      new: str, reason: str) -> int:
    from jongerenwerk_desk.notebook.convert import moment_out
    from jongerenwerk_desk.notebook.models import utc_now

    cur = nb.conn.execute(
        f"INSERT INTO corrections ({column}, field, old_value, new_value, reason, corrected_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (row_id, field_name, old, new, reason.strip(), moment_out(utc_now())))
    return int(cur.lastrowid)


def correct_signal(nb: Notebook, signal_id: int, field_name: str, new_value: str,
                   reason: str) -> OpResult[int]:
    """Correct one field of a signal (AVG art. 16) and keep the earlier value in its history
    (``corrections``; removed with the signal). ``field_name``: text, location, category or
    verified ("1"/"0"). Audit ``correct signal <id> field=<name>`` (never values). Returns
    the correction id. ValueError for another field or invalid data, KeyError if absent."""
    from dataclasses import replace

    if field_name not in SIGNAL_FIELDS:
        raise ValueError("Dit onderdeel van een signaal kan niet worden verbeterd.")
    with nb.transaction():
        signal = nb.signals.get(signal_id)
        old = getattr(signal, field_name)
        value: object = new_value in ("1", "true", "ja") if field_name == "verified" \
            else new_value
        corrected = replace(signal)
        setattr(corrected, field_name, value)
        nb.signals.update(corrected)
        correction = _store_correction(nb, "signal_id", signal_id, field_name,
                                       str(int(old)) if isinstance(old, bool) else str(old),
                                       new_value, reason)
        nb.audit.record("correct", "signal", signal_id, f"field={field_name}")
    return OpResult(correction, OpChanges.of(Kind.SIGNAL, signal_id)
                    | OpChanges.of(Kind.CORRECTION, correction))


def correct_person(nb: Notebook, person_id: int, field_name: str, new_value: str,
                   reason: str) -> OpResult[int]:
    """Correct one field of a young person (AVG art. 16), keeping the earlier value in the
    history. ``birth_date`` as ISO ``jjjj-mm-dd`` (or "" for unknown). Audit ``correct
    person <id> field=<name>``. ValueError / KeyError as ``correct_signal``."""
    from dataclasses import replace

    if field_name not in PERSON_FIELDS:
        raise ValueError("Dit gegeven van een jongere kan niet worden verbeterd.")
    with nb.transaction():
        person = nb.people.get(person_id)
        old = getattr(person, field_name)
        value: object = new_value
        if field_name == "birth_date":
            try:
                value = date.fromisoformat(new_value) if new_value else None
            except ValueError:
                raise ValueError("Geef de geboortedatum als jjjj-mm-dd.") from None
        corrected = replace(person)
        setattr(corrected, field_name, value)
        nb.people.update(corrected)
        correction = _store_correction(nb, "person_id", person_id, field_name,
                                       "" if old is None else str(old), new_value, reason)
        nb.audit.record("correct", "person", person_id, f"field={field_name}")
    return OpResult(correction, OpChanges.of(Kind.PERSON, person_id)
                    | OpChanges.of(Kind.CORRECTION, correction))


def restrict_person(nb: Notebook, person_id: int, reason: str, since: date) -> OpResult[int]:
    """Mark a young person restricted (AVG art. 18): while it holds, nothing about them can
    be shared (``sharing.request_builder`` refuses). A reason is required. Audit ``restrict
    person <id>``. ValueError without a reason, KeyError for an unknown person."""
    if not reason.strip():
        raise ValueError("Een beperking kan alleen met een reden.")
    with nb.transaction():
        nb.people.get(person_id)
        cur = nb.conn.execute(
            "INSERT INTO restrictions (person_id, since, reason) VALUES (?, ?, ?)",
            (person_id, since.isoformat(), reason.strip()))
        restriction = int(cur.lastrowid)
        nb.audit.record("restrict", "person", person_id, f"restriction={restriction}")
    return OpResult(restriction, OpChanges.of(Kind.RESTRICTION, restriction)
                    | OpChanges.of(Kind.PERSON, person_id))


def lift_restriction(nb: Notebook, restriction_id: int, on: date) -> OpResult[bool]:
    """End a restriction on ``on``; False when it had ended already. Audit ``lift
    restriction <id>``. KeyError when absent."""
    with nb.transaction():
        row = nb.conn.execute("SELECT person_id, lifted_on FROM restrictions WHERE id = ?",
                              (restriction_id,)).fetchone()
        if row is None:
            raise KeyError(restriction_id)
        if row[1] is not None:
            return OpResult(False, OpChanges())
        nb.conn.execute("UPDATE restrictions SET lifted_on = ? WHERE id = ?",
                        (on.isoformat(), restriction_id))
        nb.audit.record("lift", "restriction", restriction_id)
    return OpResult(True, OpChanges.of(Kind.RESTRICTION, restriction_id)
                    | OpChanges.of(Kind.PERSON, int(row[0])))


def register_subject_request(nb: Notebook, person_id: int, kind: str, received_on: date,
                             identity_check: str, note: str = "") -> OpResult[int]:
    """Register a data-subject request with the date it came in and how the requester's
    identity was checked; the deadline is one month later (AVG art. 12(3)). Audit ``create
    subject_request <id> kind=<kind>``. ValueError for an unknown kind or no identity check,
    KeyError for an unknown person."""
    if kind not in SUBJECT_REQUEST_KINDS:
        raise ValueError("Onbekende soort verzoek.")
    if not identity_check.strip():
        raise ValueError("Leg vast hoe de identiteit van de aanvrager is gecontroleerd.")
    deadline = _one_month_after(received_on)
    with nb.transaction():
        nb.people.get(person_id)
        cur = nb.conn.execute(
            "INSERT INTO subject_requests (person_id, kind, received_on, identity_check, "
            "deadline, note) VALUES (?, ?, ?, ?, ?, ?)",
            (person_id, kind, received_on.isoformat(), identity_check.strip(),
             deadline.isoformat(), note))
        request_id = int(cur.lastrowid)
        nb.audit.record("create", "subject_request", request_id, f"kind={kind}")
    return OpResult(request_id, OpChanges.of(Kind.SUBJECT_REQUEST, request_id))


def _one_month_after(day: date) -> date:
    """The same day one calendar month later (clamped to the month's end): art. 12(3)."""
    import calendar

    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def complete_subject_request(nb: Notebook, request_id: int, on: date) -> OpResult[bool]:
    """Mark a request answered on ``on``; False when it was already. Audit ``complete
    subject_request <id>``. KeyError when absent."""
    with nb.transaction():
        row = nb.conn.execute("SELECT completed_on FROM subject_requests WHERE id = ?",
                              (request_id,)).fetchone()
        if row is None:
            raise KeyError(request_id)
        if row[0] is not None:
            return OpResult(False, OpChanges())
        nb.conn.execute("UPDATE subject_requests SET completed_on = ? WHERE id = ?",
                        (on.isoformat(), request_id))
        nb.audit.record("complete", "subject_request", request_id)
    return OpResult(True, OpChanges.of(Kind.SUBJECT_REQUEST, request_id))
