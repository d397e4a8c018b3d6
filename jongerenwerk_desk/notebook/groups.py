"""Groups with their 7-stappenmodel stage history, and memberships with roles."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from jongerenwerk_desk.notebook.convert import (
    date_in,
    date_out,
    list_in,
    list_out,
    moment_in,
    moment_out,
)
from jongerenwerk_desk.notebook.models import (
    STAGES,
    Group,
    Membership,
    StageChange,
    name_problem,
    utc_now,
)
from jongerenwerk_desk.notebook.repository import Repository


class GroupRepository(Repository[Group]):
    """``nb.groups``. A new group starts its stage history with its initial stage.

    Stage changes go through ``set_stage`` so the history (steps 1, 2A, 2B, 3-7 of
    docs/legal-rules.md, "The 7-stappenmodel") is kept; ``update`` with a different stage
    records a history entry too.
    """

    table = "groups"
    entity = "group"
    columns = ("name", "kind", "locations", "platforms", "stage", "notes")
    sort_keys: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name COLLATE NOCASE",
        "kind": "kind",
        "stage": "CASE stage WHEN '1' THEN 1 WHEN '2A' THEN 2 WHEN '2B' THEN 3 "
                 "ELSE CAST(stage AS INTEGER) + 1 END",
    }
    default_sort = "name"
    like_columns = ("name",)
    timestamps = True

    def _validate(self, obj: Group) -> None:
        if not obj.name.strip():
            raise ValueError("Een groepsnaam of code is verplicht.")
        problem = name_problem(obj.name)
        if problem:
            raise ValueError(problem[0].upper() + problem[1:] + ".")
        if obj.stage not in STAGES:
            raise ValueError("Ongeldige stap.")

    def _to_row(self, obj: Group) -> tuple[Any, ...]:
        return (obj.name.strip(), obj.kind, list_out(obj.locations), list_out(obj.platforms),
                obj.stage, obj.notes)

    def _from_row(self, row: Any) -> Group:
        return Group(id=row[0], name=row[1], kind=row[2], locations=list_in(row[3]),
                     platforms=list_in(row[4]), stage=row[5], notes=row[6])

    def add(self, obj: Group) -> int:
        """Insert the group and the first entry of its stage history."""
        with self._nb.transaction():
            gid = super().add(obj)
            self._history(gid, obj.stage, "")
        return gid

    def update(self, obj: Group) -> None:
        """Store the group; a changed stage also adds a history entry (without a note)."""
        with self._nb.transaction():
            old_stage = self.get(obj.id).stage if obj.id is not None else None
            super().update(obj)
            if obj.id is not None and old_stage is not None and old_stage != obj.stage:
                self._history(obj.id, obj.stage, "")

    def set_stage(self, group_id: int, stage: str, note: str = "",
                  changed_at: datetime | None = None, *, decided_on: date | None = None,
                  source: str = "") -> StageChange:
        """Move the group to ``stage`` and record it in the history; KeyError/ValueError.

        ``changed_at`` (aware; default now) lets a worker record a decision made earlier.
        ``decided_on`` and ``source`` say when and where the stage was decided (e.g. "overleg
        jeugdgroepen 12-01-2027"): the share wizard takes the stage from this record only.
        """
        if stage not in STAGES:
            raise ValueError("Ongeldige stap.")
        if decided_on is not None and decided_on > utc_now().date():
            raise ValueError("De datum van het besluit ligt in de toekomst.")
        with self._nb.transaction():
            cur = self._conn.execute(
                "UPDATE groups SET stage = ?, updated_at = ? WHERE id = ?",
                (stage, moment_out(utc_now()), group_id))
            if cur.rowcount == 0:
                raise KeyError(group_id)
            change = self._history(group_id, stage, note, changed_at, decided_on,
                                   source.strip())
            self._nb.audit.record("set_stage", "group", group_id, f"stage={stage}")
        return change

    def _history(self, group_id: int, stage: str, note: str,
                 changed_at: datetime | None = None, decided_on: date | None = None,
                 source: str = "") -> StageChange:
        change = StageChange(group_id=group_id, stage=stage, changed_at=changed_at or utc_now(),
                             note=note, decided_on=decided_on, source=source)
        cur = self._conn.execute(
            "INSERT INTO stage_changes (group_id, stage, changed_at, note, decided_on, source) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (group_id, stage, moment_out(change.changed_at), note, date_out(decided_on),
             source))
        change.id = int(cur.lastrowid)
        return change

    def stage_history(self, group_id: int) -> list[StageChange]:
        """All stage changes of the group, oldest first."""
        rows = self._conn.execute(
            "SELECT id, group_id, stage, changed_at, note, decided_on, source "
            "FROM stage_changes WHERE group_id = ? ORDER BY changed_at, id", (group_id,))
        return [StageChange(id=r[0], group_id=r[1], stage=r[2], changed_at=moment_in(r[3]),
                            note=r[4], decided_on=date_in(r[5]), source=r[6]) for r in rows]

    def member_count(self, group_id: int, day: date | None = None) -> int:
        """Known members of the group on ``day`` (default today): memberships whose period
        (``since``/``until``, either open) contains the day; each young person counted once.
        Used as ``group_size`` of a share request (legal rules V2-8)."""
        when = date_out(day or utc_now().date())
        row = self._conn.execute(
            "SELECT count(DISTINCT person_id) FROM memberships WHERE group_id = ? "
            "AND (since IS NULL OR since <= ?) AND (until IS NULL OR until >= ?)",
            (group_id, when, when)).fetchone()
        return int(row[0])


class MembershipRepository(Repository[Membership]):
    """``nb.memberships``: person-group links with a role and a period."""

    table = "memberships"
    entity = "membership"
    columns = ("person_id", "group_id", "role", "since", "until")
    sort_keys: ClassVar[dict[str, str]] = {"id": "id", "role": "role COLLATE NOCASE",
                                           "since": "since", "until": "until"}
    like_columns = ("role",)

    def _validate(self, obj: Membership) -> None:
        if obj.person_id is None or obj.group_id is None:
            raise ValueError("Een lidmaatschap heeft een jongere en een groep nodig.")
        if obj.since and obj.until and obj.until < obj.since:
            raise ValueError("De einddatum ligt voor de begindatum.")

    def _to_row(self, obj: Membership) -> tuple[Any, ...]:
        return (obj.person_id, obj.group_id, obj.role.strip(), date_out(obj.since),
                date_out(obj.until))

    def _from_row(self, row: Any) -> Membership:
        return Membership(id=row[0], person_id=row[1], group_id=row[2], role=row[3],
                          since=date_in(row[4]), until=date_in(row[5]))

    def for_person(self, person_id: int) -> list[Membership]:
        """Memberships of one young person."""
        return self._by_column("person_id", person_id)

    def for_group(self, group_id: int) -> list[Membership]:
        """Memberships of one group."""
        return self._by_column("group_id", group_id)
