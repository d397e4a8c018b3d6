"""Consents, informing records, partner contacts, audit events and settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from jongerenwerk_desk.notebook.convert import (
    date_in,
    date_out,
    list_in,
    list_out,
    moment_in,
    moment_out,
)
from jongerenwerk_desk.notebook.models import (
    AuditEvent,
    Consent,
    InformingRecord,
    PartnerContact,
    utc_now,
)
from jongerenwerk_desk.notebook.repository import Repository

if TYPE_CHECKING:
    from jongerenwerk_desk.notebook.notebook import Notebook


class ConsentRepository(Repository[Consent]):
    """``nb.consents``: consents per young person, with their data scope and end date."""

    table = "consents"
    entity = "consent"
    columns = ("person_id", "given_by", "purpose", "recipients", "given_on", "withdrawn_on",
               "explicit_special", "form", "note", "categories", "ends_on")
    sort_keys: ClassVar[dict[str, str]] = {"id": "id", "given_on": "given_on",
                                           "withdrawn_on": "withdrawn_on", "purpose": "purpose"}
    default_sort = "given_on"
    like_columns = ("purpose",)

    def _validate(self, obj: Consent) -> None:
        if obj.person_id is None:
            raise ValueError("Een toestemming hoort bij een jongere.")
        if not obj.purpose.strip():
            raise ValueError("Vul het doel van de toestemming in.")
        if obj.given_on and obj.withdrawn_on and obj.withdrawn_on < obj.given_on:
            raise ValueError("De intrekking ligt voor de datum van toestemming.")
        if obj.given_on and obj.ends_on and obj.ends_on < obj.given_on:
            raise ValueError("De einddatum ligt voor de datum van toestemming.")
        if obj.categories is not None and not obj.categories:
            raise ValueError("Kies minstens één soort gegeven, of 'alle soorten van het doel'.")

    def _to_row(self, obj: Consent) -> tuple[Any, ...]:
        return (obj.person_id, obj.given_by, obj.purpose.strip(), list_out(obj.recipients),
                date_out(obj.given_on), date_out(obj.withdrawn_on), int(obj.explicit_special),
                obj.form, obj.note,
                None if obj.categories is None else list_out(obj.categories),
                date_out(obj.ends_on))

    def _from_row(self, row: Any) -> Consent:
        return Consent(id=row[0], person_id=row[1], given_by=row[2], purpose=row[3],
                       recipients=list_in(row[4]), given_on=date_in(row[5]),
                       withdrawn_on=date_in(row[6]), explicit_special=bool(row[7]),
                       form=row[8], note=row[9],
                       categories=None if row[10] is None else list_in(row[10]),
                       ends_on=date_in(row[11]))

    def for_person(self, person_id: int) -> list[Consent]:
        """Consents of one young person, oldest first."""
        return self._by_column("person_id", person_id, "given_on")


class InformingRepository(Repository[InformingRecord]):
    """``nb.informing``: when and how a young person and/or parents were informed."""

    table = "informing"
    entity = "informing"
    columns = ("person_id", "informed_on", "who", "how", "note", "exception_reason",
               "exception_ground", "exception_decided_on", "exception_review_on")
    sort_keys: ClassVar[dict[str, str]] = {"id": "id", "informed_on": "informed_on"}
    default_sort = "informed_on"
    like_columns = ("how",)

    def _validate(self, obj: InformingRecord) -> None:
        if obj.person_id is None:
            raise ValueError("Een informeermoment hoort bij een jongere.")
        if obj.informed_on is None and not obj.exception_reason.strip():
            raise ValueError("Vul de datum in, of de reden waarom niet is geïnformeerd.")
        if (obj.exception_decided_on and obj.exception_review_on
                and obj.exception_review_on < obj.exception_decided_on):
            raise ValueError("De datum van herbeoordeling ligt voor de datum van het besluit.")

    def _to_row(self, obj: InformingRecord) -> tuple[Any, ...]:
        return (obj.person_id, date_out(obj.informed_on), obj.who, obj.how.strip(), obj.note,
                obj.exception_reason.strip(), obj.exception_ground.strip(),
                date_out(obj.exception_decided_on), date_out(obj.exception_review_on))

    def _from_row(self, row: Any) -> InformingRecord:
        return InformingRecord(id=row[0], person_id=row[1], informed_on=date_in(row[2]),
                               who=row[3], how=row[4], note=row[5], exception_reason=row[6],
                               exception_ground=row[7], exception_decided_on=date_in(row[8]),
                               exception_review_on=date_in(row[9]))

    def for_person(self, person_id: int) -> list[InformingRecord]:
        """Informing records of one young person, oldest first."""
        return self._by_column("person_id", person_id, "informed_on")


class PartnerRepository(Repository[PartnerContact]):
    """``nb.partners``: contact persons at covenant partners."""

    table = "partners"
    entity = "partner"
    columns = ("party_id", "organisation", "name", "role", "email", "phone")
    sort_keys: ClassVar[dict[str, str]] = {"id": "id", "party_id": "party_id",
                                           "organisation": "organisation COLLATE NOCASE",
                                           "name": "name COLLATE NOCASE"}
    default_sort = "organisation"
    like_columns = ("organisation", "name", "role")

    def _validate(self, obj: PartnerContact) -> None:
        if not obj.party_id.strip():
            raise ValueError("Kies de convenantpartij van dit contact.")

    def _to_row(self, obj: PartnerContact) -> tuple[Any, ...]:
        return (obj.party_id.strip(), obj.organisation.strip(), obj.name.strip(),
                obj.role.strip(), obj.email.strip(), obj.phone.strip())

    def _from_row(self, row: Any) -> PartnerContact:
        return PartnerContact(id=row[0], party_id=row[1], organisation=row[2], name=row[3],
                              role=row[4], email=row[5], phone=row[6])


class AuditRepository(Repository[AuditEvent]):
    """``nb.audit``: append-only log of what was done (never client content).

    ``update`` and ``delete`` raise PermissionError: the table's triggers forbid them too.
    """

    table = "audit_events"
    entity = "audit"
    columns = ("at", "action", "entity", "entity_id", "detail")
    sort_keys: ClassVar[dict[str, str]] = {"id": "id", "at": "at", "action": "action",
                                           "entity": "entity"}
    default_sort = "id"
    like_columns = ("action", "entity")

    def record(self, action: str, entity: str, entity_id: int | None = None,
               detail: str = "") -> int:
        """Append an event now. ``detail`` must never hold names or signal text."""
        cur = self._conn.execute(
            "INSERT INTO audit_events (at, action, entity, entity_id, detail) "
            "VALUES (?, ?, ?, ?, ?)", (moment_out(utc_now()), action, entity, entity_id, detail))
        return int(cur.lastrowid)

    def add(self, obj: AuditEvent) -> int:
        """Append ``obj`` (its ``at`` is kept); sets and returns ``obj.id``."""
        with self._nb.transaction():
            cur = self._conn.execute(
                "INSERT INTO audit_events (at, action, entity, entity_id, detail) "
                "VALUES (?, ?, ?, ?, ?)", self._to_row(obj))
        obj.id = int(cur.lastrowid)
        return obj.id

    def update(self, obj: AuditEvent) -> None:
        """Refused: the audit log is append-only."""
        raise PermissionError("audit_events is append-only")

    def delete(self, obj_id: int) -> None:
        """Refused: the audit log is append-only."""
        raise PermissionError("audit_events is append-only")

    def _to_row(self, obj: AuditEvent) -> tuple[Any, ...]:
        return (moment_out(obj.at), obj.action, obj.entity, obj.entity_id, obj.detail)

    def _from_row(self, row: Any) -> AuditEvent:
        return AuditEvent(id=row[0], at=moment_in(row[1]), action=row[2], entity=row[3],
                          entity_id=row[4], detail=row[5])


class SettingsRepository:
    """``nb.settings``: notebook-wide key/value settings (strings), stored encrypted.

    Keys are defined in ``notebook.schema`` (``SETTING_*``).
    """

    def __init__(self, nb: Notebook) -> None:
        self._nb = nb

    def get(self, key: str, default: str | None = None) -> str | None:
        """The value of ``key``, or ``default`` when it is not set."""
        row = self._nb.conn.execute("SELECT value FROM settings WHERE key = ?",
                                    (key,)).fetchone()
        return default if row is None else str(row[0])

    def set(self, key: str, value: str) -> None:
        """Set ``key`` to the string ``value`` (insert or replace)."""
        with self._nb.transaction():
            self._nb.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, str(value)))
            self._nb.audit.record("set", "setting", None, f"key={key}")

    def delete(self, key: str) -> None:
        """Remove ``key`` (no error when it is not set)."""
        with self._nb.transaction():
            self._nb.conn.execute("DELETE FROM settings WHERE key = ?", (key,))
            self._nb.audit.record("delete", "setting", None, f"key={key}")

    def all(self) -> dict[str, str]:
        """Every setting as a dict."""
        return {str(k): str(v) for k, v in
                self._nb.conn.execute("SELECT key, value FROM settings ORDER BY key")}
