"""The disclosure register's storage: append-only, hash-chained records of what left the notebook.

This is the only code that reads or writes the ``disclosures`` table and the register's head
anchor (``sharing`` calls it; no SQL outside ``notebook/`` and ``vault/``).

Each record (table ``disclosures``, created by the notebook's first migration with triggers that
forbid UPDATE and DELETE) stores who shared what with whom, when, for which purpose and stage,
on which ground, under which profile id and version, the complete request and assessment as
JSON, the subject ids, and the file name and SHA-256 of what left (docs/legal-rules.md;
AVG art. 5(2) accountability and art. 30; Modelconvenant jeugdgroepaanpak, logging of
disclosures between partners).

Hash chain: ``record_hash = SHA-256(canonical JSON of every stored column except record_hash,
including id and prev_hash)``; canonical = keys sorted, no spaces, UTF-8. ``summary_json`` (the
exact summary that left, schema migration 6) is hashed when it is set, so records made before it
keep their hash. The first record's ``prev_hash`` is 64 zeros. A head anchor (id, hash and count
of the last record) is written in the ``settings`` table in the same transaction, so removing
the last record(s) is detected too.

Dropping personal details (retention, AVG art. 5(1)(e)): a record made since the rights
migration carries ``personal_digest`` = ``"<full>:<reduced>"``, the SHA-256 of the stored
request JSON and of its reduced form (``reduce_request``: birth dates become years, free texts
are removed, structure, ids, categories and dates stay). Its ``record_hash`` covers these
digests instead of the request JSON itself, so ``drop_personal`` can replace the request by
its reduced form (the one UPDATE the append-only trigger allows, once) and the chain still
verifies: ``verify`` checks that the stored request matches the full digest, or, once
dropped, the reduced one. Older records (no digest) keep the first hash rule and are kept
whole.

Limits: the chain detects a changed, removed or inserted record and a dropped trigger; someone
holding the notebook key and rewriting the whole chain and anchor is not detected (that person
could rewrite the file). Exported copies of the register (``export-register``) and the file
hashes held by recipients are the outside witnesses.
"""

from __future__ import annotations

import builtins
import hashlib
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Protocol

from jongerenwerk_desk.notebook.settings_keys import SettingKey

GENESIS_HASH = "0" * 64
HEAD_SETTING: str = SettingKey.REGISTER_HEAD.value
COLUMNS: tuple[str, ...] = (
    "id", "created_at", "actor", "recipients", "purpose", "stage", "legal_basis", "profile_id",
    "profile_version", "request_json", "assessment_json", "person_ids", "group_id", "file_name",
    "file_sha256", "prev_hash", "record_hash")
_TRIGGERS = ("disclosures_no_update", "disclosures_no_delete")
SUMMARY_COLUMN = "summary_json"
SUMMARY_DIGEST = "summary_digest"
"""Added by schema migration 6: the exact summary that left (JSON) and, like
``personal_digest`` for the request, ``"<sha256 of it>:<sha256 of its reduced form>"``. The
record hash covers the digest (not the JSON), so ``drop_personal`` can reduce the summary at
the end of retention too; NULL for records made before it."""
DIGEST_COLUMNS: tuple[str, ...] = ("personal_digest", "personal_dropped_at")
"""Added by the rights migration; ``personal_digest`` is hashed, ``personal_dropped_at``
(when the personal part was dropped) is informational."""
_STRUCTURAL = frozenset({
    "id", "subject", "category", "categories", "source", "recorded_on", "today", "own_party",
    "stage", "purpose", "by", "given_on", "withdrawn_on", "recipients", "corrects", "outcome",
    "code", "severity", "item"})
"""Request keys whose text values are structure (ids, codes, dates), kept when reducing."""


def reduce_request(value: Any, key: str = "") -> Any:
    """The request JSON without personal details: ``birth_date`` -> its year (text), every
    text under a key outside ``_STRUCTURAL`` removed; numbers, booleans, None and the
    structure kept. Deterministic (the reduced digest is computed at append time)."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for k, v in value.items():
            if k == "birth_date":
                out[k] = str(v)[:4] if v else v
            elif isinstance(v, str) and k not in _STRUCTURAL:
                continue
            else:
                out[k] = reduce_request(v, k)
        return out
    if isinstance(value, list):
        return [reduce_request(v, key) for v in value
                if not (isinstance(v, str) and key not in _STRUCTURAL)]
    return value


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def personal_digest(request_json: str) -> str:
    """``"<sha256 of request_json>:<sha256 of its reduced form>"``."""
    reduced = canonical_json(reduce_request(json.loads(request_json or "{}")))
    return f"{_sha(request_json)}:{_sha(reduced)}"


@dataclass(frozen=True)
class DisclosureRecord:
    """One register record as stored; ``request``/``assessment`` are the parsed JSON dicts.

    ``created_at`` is an aware UTC datetime; ``file_names``/``file_hashes`` are parallel tuples
    (a PDF and/or a CSV), stored newline-separated in ``file_name``/``file_sha256``.
    """

    id: int
    created_at: datetime
    actor: str
    recipients: tuple[str, ...]
    purpose: str
    stage: str
    legal_basis: str
    profile_id: str
    profile_version: str
    request: dict[str, Any] = field(repr=False)
    assessment: dict[str, Any] = field(repr=False)
    person_ids: tuple[int, ...]
    group_id: int | None
    file_names: tuple[str, ...]
    file_hashes: tuple[str, ...]
    prev_hash: str
    record_hash: str
    summary: dict[str, Any] | None = field(default=None, repr=False)
    """The exact summary that left (``sharing.model.summary_to_dict`` data); None for a
    record made before summaries were kept."""

    @property
    def file_name(self) -> str:
        """The first (main) file name."""
        return self.file_names[0] if self.file_names else ""

    @property
    def file_sha256(self) -> str:
        """The SHA-256 hex of the first (main) file."""
        return self.file_hashes[0] if self.file_hashes else ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (dates as ISO text) for ``export-register --format json``."""
        return {
            "id": self.id, "created_at": self.created_at.isoformat(), "actor": self.actor,
            "recipients": list(self.recipients), "purpose": self.purpose, "stage": self.stage,
            "legal_basis": self.legal_basis, "profile_id": self.profile_id,
            "profile_version": self.profile_version, "request": self.request,
            "assessment": self.assessment, "person_ids": list(self.person_ids),
            "group_id": self.group_id,
            "files": [{"name": n, "sha256": h} for n, h in zip(self.file_names,
                                                                self.file_hashes, strict=True)],
            "prev_hash": self.prev_hash, "record_hash": self.record_hash,
        }


@dataclass(frozen=True)
class NewDisclosure:
    """What a new register record holds, before the store numbers and chains it.

    ``created_at``: ISO 8601 UTC text to the second ("" = now); ``request``/``assessment``:
    JSON-ready dicts; ``file_names``/``file_hashes``: parallel sequences (SHA-256 hex).
    """

    actor: str = ""
    recipients: Sequence[str] = ()
    purpose: str = ""
    stage: str = ""
    legal_basis: str = ""
    profile_id: str = ""
    profile_version: str = ""
    request: Mapping[str, Any] = field(default_factory=dict, repr=False)
    assessment: Mapping[str, Any] = field(default_factory=dict, repr=False)
    person_ids: Sequence[int] = ()
    group_id: int | None = None
    file_names: Sequence[str] = ()
    file_hashes: Sequence[str] = ()
    created_at: str = ""
    summary: Mapping[str, Any] | None = field(default=None, repr=False)
    """The summary as it left, JSON-ready (None: not kept)."""

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> NewDisclosure:
        """Build from a dict with these field names (missing keys get the defaults)."""
        known = {k: v for k, v in values.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def canonical_json(value: Any) -> str:
    """Deterministic JSON: sorted keys, no spaces, non-ASCII kept (hashed as UTF-8)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def record_hash(row: dict[str, Any]) -> str:
    """SHA-256 hex over the canonical JSON of ``row`` without its ``record_hash`` key; for a
    record with a ``personal_digest`` the digest stands in for ``request_json``."""
    body = {k: row.get(k) for k in COLUMNS if k != "record_hash"}
    if row.get("personal_digest"):
        del body["request_json"]
        body["personal_digest"] = row["personal_digest"]
    if row.get(SUMMARY_DIGEST):
        body[SUMMARY_DIGEST] = row[SUMMARY_DIGEST]
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()


def summary_matches(row: dict[str, Any]) -> bool:
    """True when the stored summary fits its digest (the full one, or after ``drop_personal``
    the reduced one); True for a record without a summary."""
    digest = row.get(SUMMARY_DIGEST)
    if not digest:
        return row.get(SUMMARY_COLUMN) is None
    full, _, reduced = str(digest).partition(":")
    return _sha(row.get(SUMMARY_COLUMN) or "") in (full, reduced)


def request_matches(row: dict[str, Any]) -> bool:
    """True when the stored request fits the record's digest: the full one, or (after
    ``drop_personal``) the reduced one. Always True for an older record without a digest
    (its request is covered by ``record_hash`` itself)."""
    digest = row.get("personal_digest")
    if not digest:
        return True
    full, _, reduced = str(digest).partition(":")
    return _sha(row.get("request_json") or "") in (full, reduced)


def _from_row(row: dict[str, Any]) -> DisclosureRecord:
    names = tuple(n for n in (row["file_name"] or "").split("\n") if n)
    hashes = tuple(h for h in (row["file_sha256"] or "").split("\n") if h)
    return DisclosureRecord(
        id=int(row["id"]), created_at=datetime.fromisoformat(row["created_at"]),
        actor=row["actor"] or "", recipients=tuple(json.loads(row["recipients"] or "[]")),
        purpose=row["purpose"] or "", stage=row["stage"] or "",
        legal_basis=row["legal_basis"] or "", profile_id=row["profile_id"] or "",
        profile_version=row["profile_version"] or "",
        request=json.loads(row["request_json"] or "{}"),
        assessment=json.loads(row["assessment_json"] or "{}"),
        person_ids=tuple(int(p) for p in json.loads(row["person_ids"] or "[]")),
        group_id=row["group_id"], file_names=names, file_hashes=hashes,
        prev_hash=row["prev_hash"] or "", record_hash=row["record_hash"] or "",
        summary=json.loads(row[SUMMARY_COLUMN]) if row.get(SUMMARY_COLUMN) else None)


class _HasConn(Protocol):
    """A Vault or a Notebook: anything with the open notebook connection as ``conn``."""

    @property
    def conn(self) -> Any: ...  # a sqlcipher3 connection (the driver ships no types)


class DisclosureStore:
    """Read, append to and verify the register of a notebook (``nb.disclosures``) or of an
    open vault (``DisclosureStore(vault)``, used by ``verify`` without a Notebook).

    ``source``: anything with ``conn`` (a Notebook or a Vault); it must be open (else the
    vault raises VaultLocked).
    """

    def __init__(self, source: _HasConn) -> None:
        self._source = source

    @property
    def _conn(self) -> Any:
        return self._source.conn

    def _columns(self) -> tuple[str, ...]:
        """COLUMNS plus the digest columns and the summary column when their migrations have
        run."""
        present = {str(r[1]) for r in self._conn.execute("PRAGMA table_info(disclosures)")}
        return COLUMNS + tuple(c for c in (*DIGEST_COLUMNS, SUMMARY_COLUMN, SUMMARY_DIGEST)
                               if c in present)

    def _rows(self, where: str = "", params: tuple[Any, ...] = ()) -> Iterator[dict[str, Any]]:
        columns = self._columns()
        sql = f"SELECT {', '.join(columns)} FROM disclosures{where} ORDER BY id"
        for row in self._conn.execute(sql, params):
            yield dict(zip(columns, tuple(row), strict=True))

    def list(self, person_id: int | None = None, recipient: str | None = None,
             since: date | None = None, until: date | None = None) -> list[DisclosureRecord]:
        """Records in id order, filtered per young person, per recipient party id, and per
        period (``since``/``until`` inclusive calendar days in UTC)."""
        clauses: list[str] = []
        params: list[Any] = []
        if person_id is not None:
            clauses.append("EXISTS (SELECT 1 FROM json_each(person_ids) WHERE value = ?)")
            params.append(int(person_id))
        if recipient is not None:
            clauses.append("EXISTS (SELECT 1 FROM json_each(recipients) WHERE value = ?)")
            params.append(recipient)
        if since is not None:
            clauses.append("substr(created_at, 1, 10) >= ?")
            params.append(since.isoformat())
        if until is not None:
            clauses.append("substr(created_at, 1, 10) <= ?")
            params.append(until.isoformat())
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return [_from_row(r) for r in self._rows(where, tuple(params))]

    def get(self, disclosure_id: int) -> DisclosureRecord:
        """The record with this id; KeyError if absent."""
        rows = list(self._rows(" WHERE id = ?", (int(disclosure_id),)))
        if not rows:
            raise KeyError(disclosure_id)
        return _from_row(rows[0])

    def head(self) -> tuple[int, str]:
        """``(last id, last record_hash)``, or ``(0, GENESIS_HASH)`` for an empty register."""
        row = self._conn.execute(
            "SELECT id, record_hash FROM disclosures ORDER BY id DESC LIMIT 1").fetchone()
        return (0, GENESIS_HASH) if row is None else (int(row[0]), str(row[1]))

    def next_id(self) -> int:
        """The id the next appended record gets (call inside the write transaction)."""
        return self.head()[0] + 1

    def append(self, values: NewDisclosure | Mapping[str, Any]) -> DisclosureRecord:
        """Insert the next record; the caller MUST hold a write transaction (BEGIN IMMEDIATE,
        ``nb.transaction()``), so that id and prev_hash cannot change underneath.

        ``values``: a NewDisclosure (or a dict with its field names). Returns the stored
        record. Raises the driver's error on failure. Writes no audit event: the register
        record is itself the account of the disclosure.
        """
        new = values if isinstance(values, NewDisclosure) else NewDisclosure.from_mapping(values)
        last_id, last_hash = self.head()
        row: dict[str, Any] = {
            "id": last_id + 1,
            "created_at": new.created_at or datetime.now(UTC).isoformat(timespec="seconds"),
            "actor": new.actor,
            "recipients": canonical_json(list(new.recipients)),
            "purpose": new.purpose, "stage": new.stage,
            "legal_basis": new.legal_basis,
            "profile_id": new.profile_id,
            "profile_version": new.profile_version,
            "request_json": canonical_json(dict(new.request)),
            "assessment_json": canonical_json(dict(new.assessment)),
            "person_ids": canonical_json(sorted(int(p) for p in new.person_ids)),
            "group_id": new.group_id,
            "file_name": "\n".join(new.file_names),
            "file_sha256": "\n".join(new.file_hashes),
            "prev_hash": last_hash,
        }
        columns = self._columns()
        if "personal_digest" in columns:
            row["personal_digest"] = personal_digest(row["request_json"])
            row["personal_dropped_at"] = None
        if SUMMARY_COLUMN in columns:
            text = canonical_json(dict(new.summary)) if new.summary is not None else None
            row[SUMMARY_COLUMN] = text
            row[SUMMARY_DIGEST] = None if text is None else personal_digest(text)
        row["record_hash"] = record_hash(row)
        self._conn.execute(
            f"INSERT INTO disclosures ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})", tuple(row[c] for c in columns))
        count = int(self._conn.execute("SELECT count(*) FROM disclosures").fetchone()[0])
        anchor = canonical_json({"id": row["id"], "hash": row["record_hash"], "count": count})
        self._conn.execute("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) "
                           "DO UPDATE SET value = excluded.value", (HEAD_SETTING, anchor))
        return _from_row(row)

    def verify(self) -> builtins.list[str]:
        """Check the whole register; returns Dutch problems (empty list = intact).

        Detects: a changed record (hash mismatch), a removed or inserted record (gap in ids or
        prev_hash not matching), removed last records (head anchor), missing append-only
        triggers, and unreadable JSON.
        """
        problems: builtins.list[str] = []
        if not self._table_exists():
            version = int(self._conn.execute("PRAGMA user_version").fetchone()[0])
            return ["Register: de tabel met verstrekkingen ontbreekt."] if version >= 1 else []
        present = {str(r[0]) for r in self._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'disclosures'")}
        for trigger in _TRIGGERS:
            if trigger not in present:
                problems.append(f"Register: de beveiliging tegen wijzigen ({trigger}) ontbreekt.")
        expected_id, expected_prev, count = 1, GENESIS_HASH, 0
        last_id, last_hash = 0, GENESIS_HASH
        for row in self._rows():
            count += 1
            rid = int(row["id"])
            if rid != expected_id:
                problems.append(f"Register: verstrekking(en) {expected_id} t/m {rid - 1} "
                                "ontbreken of de nummering is gewijzigd.")
            if row["prev_hash"] != expected_prev:
                problems.append(f"Register: de keten is verbroken bij verstrekking {rid} "
                                "(een eerdere vastlegging is gewijzigd of verwijderd).")
            if record_hash(row) != row["record_hash"] or not request_matches(row) \
                    or not summary_matches(row):
                problems.append(f"Register: verstrekking {rid} is gewijzigd na vastlegging.")
            try:
                _from_row(row)
            except (ValueError, TypeError, KeyError):
                problems.append(f"Register: verstrekking {rid} is onleesbaar.")
            expected_id, expected_prev = rid + 1, row["record_hash"]
            last_id, last_hash = rid, row["record_hash"]
        problems.extend(self._check_anchor(last_id, last_hash, count))
        return problems

    def reducible(self, created_before: date) -> builtins.list[int]:
        """Ids of records made before ``created_before`` (UTC day) whose personal part can
        still be dropped (they carry a digest and were not reduced yet)."""
        if "personal_digest" not in self._columns():
            return []
        return [int(r[0]) for r in self._conn.execute(
            "SELECT id FROM disclosures WHERE personal_digest IS NOT NULL AND "
            "personal_dropped_at IS NULL AND substr(created_at, 1, 10) < ? ORDER BY id",
            (created_before.isoformat(),))]

    def drop_personal(self, disclosure_id: int, at: str) -> bool:
        """Replace the stored request of record ``disclosure_id`` (and the summary that left,
        when kept) by its reduced form (``reduce_request``) and note ``at`` (UTC text); the
        caller holds the transaction.
        The record, its hash and the chain stay as they were and keep verifying. Returns
        False for a record without a digest (older format, kept whole) or already reduced;
        KeyError when absent."""
        row = next(self._rows(" WHERE id = ?", (int(disclosure_id),)), None)
        if row is None:
            raise KeyError(disclosure_id)
        if not row.get("personal_digest") or row.get("personal_dropped_at"):
            return False
        reduced = canonical_json(reduce_request(json.loads(row["request_json"] or "{}")))
        summary = row.get(SUMMARY_COLUMN)
        if summary is not None and row.get(SUMMARY_DIGEST):   # the summary that left, too
            summary = canonical_json(reduce_request(json.loads(summary)))
        if SUMMARY_COLUMN in row:       # one UPDATE: the trigger allows exactly this one
            self._conn.execute("UPDATE disclosures SET request_json = ?, summary_json = ?, "
                               "personal_dropped_at = ? WHERE id = ?",
                               (reduced, summary, at, int(disclosure_id)))
        else:
            self._conn.execute("UPDATE disclosures SET request_json = ?, "
                               "personal_dropped_at = ? WHERE id = ?",
                               (reduced, at, int(disclosure_id)))
        return True

    def _table_exists(self) -> bool:
        return self._conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                                  "name = 'disclosures'").fetchone() is not None

    def _check_anchor(self, last_id: int, last_hash: str,
                      count: int) -> builtins.list[str]:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?",
                                 (HEAD_SETTING,)).fetchone()
        if row is None:
            return [] if count == 0 else [
                "Register: het ankerpunt van het register ontbreekt (is het register buiten "
                "de app bewerkt?)."]
        try:
            anchor = json.loads(row[0])
            a_id, a_hash, a_count = int(anchor["id"]), str(anchor["hash"]), int(anchor["count"])
        except (ValueError, TypeError, KeyError):
            return ["Register: het ankerpunt van het register is onleesbaar."]
        if a_id > last_id or a_count > count:
            return [f"Register: de laatste verstrekking(en) ontbreken (verwacht tot en met "
                    f"nummer {a_id}, gevonden tot en met {last_id})."]
        if (a_id, a_hash, a_count) != (last_id, last_hash, count):
            return ["Register: het register komt niet overeen met het ankerpunt (toegevoegd "
                    "of gewijzigd buiten de app)."]
        return []


def register_problems(vault: _HasConn) -> list[str]:
    """Register check for ``verify`` (CLI): ``DisclosureStore(vault).verify()``."""
    return DisclosureStore(vault).verify()
