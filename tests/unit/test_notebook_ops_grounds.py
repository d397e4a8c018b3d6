"""The door's operations for the version-2 records (conflicts of duties, vital interests,
refusals, legal representatives) and the stage decision: one transaction each, an audit event
without content, and the kinds and ids that changed."""

from __future__ import annotations

from datetime import date

import pytest

from jongerenwerk_desk.notebook import Notebook, ops
from jongerenwerk_desk.notebook.models import (
    ConflictOfDutiesRecord,
    Group,
    LegalRepresentative,
    RefusalRecord,
    VitalInterestRecord,
    YoungPerson,
)
from jongerenwerk_desk.notebook.ops import Kind
from tests.notebooks import new_notebook


@pytest.fixture
def nb(tmp_path):
    notebook, _code = new_notebook(tmp_path / "t.jwdb", "geheim wachtwoord")
    yield notebook
    notebook.close()


def _audit(nb: Notebook) -> list[tuple[str, str, int | None, str]]:
    return [(e.action, e.entity, e.entity_id, e.detail) for e in nb.audit.page(0, 1000)]


@pytest.mark.parametrize(("save", "delete", "kind", "entity", "make", "edit"), [
    (ops.save_conflict_of_duties, ops.delete_conflict_of_duties, Kind.CONFLICT_OF_DUTIES,
     "conflict_of_duties",
     lambda pid: ConflictOfDutiesRecord(person_id=pid, reasoning="Geheime afweging Sem",
                                        consulted_on=date(2026, 11, 20), advice="Geheim advies"),
     {"advice": "Ander geheim advies"}),
    (ops.save_vital_interest, ops.delete_vital_interest, Kind.VITAL_INTEREST, "vital_interest",
     lambda pid: VitalInterestRecord(person_id=pid, reason="Geheim gevaar Sem",
                                     consent_impossible="Geheim", recorded_on=date(2026, 11, 2)),
     {"reason": "Ander geheim gevaar"}),
    (ops.save_refusal, ops.delete_refusal, Kind.REFUSAL, "refusal",
     lambda pid: RefusalRecord(person_id=pid, refused_on=date(2026, 11, 1),
                               purpose="groepsduiding", note="Geheim Sem"),
     {"refused_by": "youth+parents"}),
    (ops.save_representative, ops.delete_representative, Kind.REPRESENTATIVE,
     "legal_representative",
     lambda pid: LegalRepresentative(person_id=pid, name="Geheime Moeder", relation="moeder"),
     {"has_authority": False}),
])
def test_save_update_delete_with_changes_and_audit(nb, save, delete, kind, entity, make,
                                                   edit) -> None:
    pid = nb.people.add(YoungPerson(name="Sem de Vries"))
    record = make(pid)
    added = save(nb, record)
    assert added.changes.kinds == {kind} and added.changes.ids_of(kind) == {added.value}
    for field, value in edit.items():
        setattr(record, field, value)
    assert save(nb, record).value == added.value
    removed = delete(nb, added.value)
    assert removed.changes.ids_of(kind) == {added.value}
    events = [e for e in _audit(nb) if e[1] == entity]
    assert [e[0] for e in events] == ["create", "update", "delete"]
    assert events[1][3] == "fields=" + ",".join(edit)
    assert not any("Geheim" in detail or "Sem" in detail for *_x, detail in _audit(nb))
    with pytest.raises(KeyError):
        delete(nb, added.value)


def test_invalid_record_leaves_the_notebook_unchanged(nb: Notebook) -> None:
    pid = nb.people.add(YoungPerson(name="Sem"))
    before = len(_audit(nb))
    with pytest.raises(ValueError):
        ops.save_conflict_of_duties(nb, ConflictOfDutiesRecord(person_id=pid, reasoning="x"))
    assert nb.conflicts.for_person(pid) == [] and len(_audit(nb)) == before


def test_set_stage_records_date_and_source_of_the_decision(nb: Notebook) -> None:
    gid = nb.groups.add(Group(name="Pleingasten", stage="2A"))
    result = ops.set_stage(nb, gid, "2B", decided_on=date(2026, 11, 12),
                           source="Jeugdgroepenoverleg 12-11-2026")
    assert result.changes.touches(Kind.GROUP, Kind.STAGE)
    last = nb.groups.stage_history(gid)[-1]
    assert (last.stage, last.decided_on, last.source) == (
        "2B", date(2026, 11, 12), "Jeugdgroepenoverleg 12-11-2026")


def test_erasing_a_person_reports_the_version_2_kinds(nb: Notebook) -> None:
    pid = nb.people.add(YoungPerson(name="Sem"))
    ops.save_refusal(nb, RefusalRecord(person_id=pid, refused_on=date(2026, 11, 1),
                                       purpose="groepsduiding"))
    result = ops.erase_person(nb, pid)
    assert result.changes.touches(Kind.REFUSAL, Kind.CONFLICT_OF_DUTIES, Kind.VITAL_INTEREST,
                                  Kind.REPRESENTATIVE)
    assert nb.refusals.for_person(pid) == []
