"""The notebook records what version 2 of the legal check needs (docs/legal-rules.md): per
young person conflicts of duties, vital interests, refusals, legal representatives, a
consent's categories and end date, an informing exception's ground and dates, and the date
and source of a group's stage decision. Real SQLCipher notebooks, also one upgraded from the
previous schema version."""

from __future__ import annotations

from datetime import date

import pytest

from jongerenwerk_desk.notebook import MIGRATIONS, Notebook
from jongerenwerk_desk.notebook.models import (
    ConflictOfDutiesRecord,
    Consent,
    Group,
    InformingRecord,
    LegalRepresentative,
    Membership,
    RefusalRecord,
    VitalInterestRecord,
    YoungPerson,
)
from jongerenwerk_desk.vault import KdfParams, Vault
from tests.notebooks import new_notebook

PASS = "correct horse battery staple"


@pytest.fixture
def nb(tmp_path):
    notebook, _code = new_notebook(tmp_path / "nb.jwdb", PASS)
    yield notebook
    notebook.close()


def _person(nb: Notebook) -> int:
    return nb.people.add(YoungPerson(name="Sam Jansen", birth_date=date(2010, 5, 1)))


def test_conflict_of_duties_roundtrip_and_validation(nb: Notebook) -> None:
    pid = _person(nb)
    record = ConflictOfDutiesRecord(person_id=pid, reasoning="Gevaar voor hem thuis.",
                                    consulted="aandachtsfunctionaris",
                                    consulted_on=date(2026, 11, 20), advice="Deel alleen rol.")
    rid = nb.conflicts.add(record)
    assert nb.conflicts.get(rid) == record
    assert nb.conflicts.for_person(pid) == [record]
    with pytest.raises(ValueError):
        ConflictOfDutiesRecord(person_id=pid, consulted="buurman")
    for broken in (ConflictOfDutiesRecord(person_id=pid, reasoning="", consulted_on=date.today(),
                                          advice="x"),
                   ConflictOfDutiesRecord(person_id=pid, reasoning="x", advice="x"),
                   ConflictOfDutiesRecord(person_id=pid, reasoning="x",
                                          consulted_on=date.today(), advice="  ")):
        with pytest.raises(ValueError):
            nb.conflicts.add(broken)


def test_vital_interest_refusal_and_representative_roundtrip(nb: Notebook) -> None:
    pid = _person(nb)
    vital = VitalInterestRecord(person_id=pid, reason="Twee keer flauwgevallen.",
                                consent_impossible="Buiten bewustzijn.",
                                recorded_on=date(2026, 11, 25))
    nb.vital_interests.add(vital)
    refusal = RefusalRecord(person_id=pid, refused_by="youth", refused_on=date(2026, 11, 1),
                            purpose="groepsduiding")
    nb.refusals.add(refusal)
    rep = LegalRepresentative(person_id=pid, name="M. Jansen", relation="moeder",
                              has_authority=True, contact="06-11112222")
    no_authority = LegalRepresentative(person_id=pid, name="K. de Wit", relation="vader",
                                       has_authority=False)
    nb.representatives.add(rep)
    nb.representatives.add(no_authority)
    assert nb.vital_interests.for_person(pid) == [vital]
    assert nb.refusals.for_person(pid) == [refusal]
    assert nb.representatives.for_person(pid) == [no_authority, rep]  # by name
    with pytest.raises(ValueError):
        nb.vital_interests.add(VitalInterestRecord(person_id=pid, reason="Gevaar",
                                                   recorded_on=date(2026, 11, 25)))
    with pytest.raises(ValueError):
        nb.refusals.add(RefusalRecord(person_id=pid, purpose="groepsduiding"))
    with pytest.raises(ValueError):
        nb.representatives.add(LegalRepresentative(person_id=pid, name=" "))


def test_consent_scope_end_date_and_informing_exception(nb: Notebook) -> None:
    pid = _person(nb)
    scoped = Consent(person_id=pid, given_by="youth+parents", purpose="groepsduiding",
                     recipients=["burgemeester"], given_on=date(2026, 11, 1),
                     categories=["identiteit", "rol-in-groep"], ends_on=date(2027, 5, 1))
    nb.consents.add(scoped)
    every = Consent(person_id=pid, purpose="namenlijst", given_on=date(2026, 11, 2))
    nb.consents.add(every)
    assert nb.consents.for_person(pid) == [scoped, every]
    assert every.categories is None
    with pytest.raises(ValueError):
        nb.consents.add(Consent(person_id=pid, purpose="x", given_on=date(2026, 11, 2),
                                ends_on=date(2026, 11, 1)))
    with pytest.raises(ValueError):
        nb.consents.add(Consent(person_id=pid, purpose="x", categories=[]))
    exception = InformingRecord(person_id=pid, who="youth+parents",
                                exception_reason="Informeren brengt hem in gevaar.",
                                exception_ground="bescherming-betrokkene",
                                exception_decided_on=date(2026, 11, 20),
                                exception_review_on=date(2027, 1, 20))
    nb.informing.add(exception)
    assert nb.informing.for_person(pid) == [exception]
    with pytest.raises(ValueError):
        nb.informing.add(InformingRecord(person_id=pid, exception_reason="x",
                                         exception_decided_on=date(2026, 11, 20),
                                         exception_review_on=date(2026, 11, 19)))


def test_stage_decision_date_source_and_member_count(nb: Notebook) -> None:
    gid = nb.groups.add(Group(name="Pleingasten", stage="2A"))
    nb.groups.set_stage(gid, "2B", decided_on=date(2026, 11, 12),
                        source="Jeugdgroepenoverleg 12-11-2026")
    history = nb.groups.stage_history(gid)
    assert [(h.stage, h.decided_on, h.source) for h in history] == [
        ("2A", None, ""), ("2B", date(2026, 11, 12), "Jeugdgroepenoverleg 12-11-2026")]
    assert nb.groups.get(gid).stage == "2B"
    with pytest.raises(ValueError):
        nb.groups.set_stage(gid, "3", decided_on=date(2999, 1, 1), source="toekomst")
    a, b, c = (nb.people.add(YoungPerson(name=n)) for n in ("A", "B", "C"))
    nb.memberships.add(Membership(person_id=a, group_id=gid, since=date(2025, 1, 1)))
    nb.memberships.add(Membership(person_id=b, group_id=gid, since=date(2025, 1, 1),
                                  until=date(2026, 10, 31)))   # left the group
    nb.memberships.add(Membership(person_id=c, group_id=gid))  # open period
    nb.memberships.add(Membership(person_id=c, group_id=gid, role="kern"))  # counted once
    assert nb.groups.member_count(gid, date(2026, 11, 29)) == 2
    assert nb.groups.member_count(gid, date(2026, 10, 31)) == 3
    assert nb.groups.member_count(gid, date(2024, 12, 31)) == 1


def test_erasure_removes_every_version_2_record(nb: Notebook) -> None:
    pid = _person(nb)
    nb.conflicts.add(ConflictOfDutiesRecord(person_id=pid, reasoning="x", advice="y",
                                            consulted_on=date(2026, 11, 1)))
    nb.vital_interests.add(VitalInterestRecord(person_id=pid, reason="x", consent_impossible="y",
                                               recorded_on=date(2026, 11, 1)))
    nb.refusals.add(RefusalRecord(person_id=pid, refused_on=date(2026, 11, 1), purpose="p"))
    nb.representatives.add(LegalRepresentative(person_id=pid, name="M. Jansen"))
    nb.people.erase(pid)
    for table in ("conflicts_of_duties", "vital_interests", "refusals",
                  "legal_representatives"):
        assert nb.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_a_notebook_of_the_previous_version_upgrades_with_its_rows_intact(tmp_path) -> None:
    path = tmp_path / "oud.jwdb"
    vault, _code = Vault.create(path, PASS, kdf_params=KdfParams.minimum(),
                                migrations=tuple(m for m in MIGRATIONS if m.number < 4))
    old = Notebook(vault)
    pid = old.conn.execute(
        "INSERT INTO people (name, created_at, updated_at) VALUES ('Sam', 'x', 'x')").lastrowid
    old.conn.execute("INSERT INTO consents (person_id, given_by, purpose, given_on, form) "
                     "VALUES (?, 'youth', 'namenlijst', '2026-11-01', 'mondeling')", (pid,))
    old.conn.execute("INSERT INTO informing (person_id, who, exception_reason) "
                     "VALUES (?, 'youth', 'Oude reden')", (pid,))
    old.conn.commit()
    old.close()
    nb = Notebook.open(path, passphrase=PASS)
    try:
        assert nb.conn.execute("PRAGMA user_version").fetchone()[0] == MIGRATIONS[-1].number
        (consent,) = nb.consents.for_person(pid)
        assert consent.categories is None and consent.ends_on is None
        (informing,) = nb.informing.for_person(pid)
        assert informing.exception_reason == "Oude reden"
        assert informing.exception_ground == "" and informing.exception_review_on is None
        nb.refusals.add(RefusalRecord(person_id=pid, refused_on=date(2026, 11, 2),
                                      purpose="namenlijst"))
        assert len(nb.refusals.for_person(pid)) == 1
    finally:
        nb.close()
