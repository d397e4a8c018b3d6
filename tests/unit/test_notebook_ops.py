"""The door (``notebook.ops``) on a real SQLCipher notebook: each operation writes in one
transaction with its audit event (no content) and says what changed."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from jongerenwerk_desk.notebook import Notebook, ops
from jongerenwerk_desk.notebook.disclosures import NewDisclosure
from jongerenwerk_desk.notebook.models import (
    Consent,
    Group,
    InformingRecord,
    Membership,
    PartnerContact,
    Signal,
    YoungPerson,
)
from jongerenwerk_desk.notebook.ops import Kind, OpChanges
from jongerenwerk_desk.notebook.settings_keys import SettingKey
from tests.notebooks import new_notebook


@pytest.fixture
def nb(tmp_path):
    notebook, _code = new_notebook(tmp_path / "t.jwdb", "geheim wachtwoord")
    yield notebook
    notebook.close()


def _audit(nb: Notebook) -> list[tuple[str, str, int | None, str]]:
    return [(e.action, e.entity, e.entity_id, e.detail) for e in nb.audit.page(0, 1000)]


def test_save_person_adds_then_updates_with_changes_and_audit(nb: Notebook) -> None:
    added = ops.save_person(nb, YoungPerson(name="Sem de Vries", nickname="Sem"))
    assert added.changes.ids_of(Kind.PERSON) == {added.value}
    assert added.changes.kinds == {Kind.PERSON}
    person = nb.people.get(added.value)
    person.neighbourhood = "Noord"
    updated = ops.save_person(nb, person)
    assert updated.value == added.value
    assert nb.people.get(added.value).neighbourhood == "Noord"
    events = _audit(nb)
    assert events[-2:] == [("create", "person", added.value, ""),
                           ("update", "person", added.value, "fields=neighbourhood")]
    assert not any("Sem" in detail for *_x, detail in events)


def test_invalid_value_changes_nothing(nb: Notebook) -> None:
    before = len(_audit(nb))
    with pytest.raises(ValueError):
        ops.save_person(nb, YoungPerson(name="  "))
    assert nb.people.count() == 0 and len(_audit(nb)) == before


def test_group_stage_change_and_history_in_one_operation(nb: Notebook) -> None:
    gid = ops.save_group(nb, Group(name="Skatepark", stage="2A")).value
    group = nb.groups.get(gid)
    group.notes = "kort"
    result = ops.save_group(nb, group, new_stage="2B", stage_note="overleg")
    assert result.changes.touches(Kind.GROUP, Kind.STAGE)
    assert [(c.stage, c.note) for c in nb.groups.stage_history(gid)] == [("2A", ""),
                                                                         ("2B", "overleg")]
    with pytest.raises(ValueError):             # a bad stage undoes the field update too
        group = nb.groups.get(gid)
        group.notes = "anders"
        ops.save_group(nb, group, new_stage="9")
    assert nb.groups.get(gid).notes == "kort"
    stage = ops.set_stage(nb, gid, "3", "besluit")
    assert stage.value.stage == "3" and stage.changes.touches(Kind.STAGE)


def test_memberships_consents_informing_partners_signals(nb: Notebook) -> None:
    pid = ops.save_person(nb, YoungPerson(name="Ava Bakker")).value
    gid = ops.save_group(nb, Group(name="G")).value
    mid = ops.save_membership(nb, Membership(person_id=pid, group_id=gid, role="lid")).value
    cid = ops.save_consent(nb, Consent(person_id=pid, purpose="namenlijst",
                                       given_on=date(2026, 1, 5))).value
    iid = ops.save_informing(nb, InformingRecord(person_id=pid, informed_on=date(2026, 1, 6),
                                                 how="gesprek")).value
    partner = ops.save_partner(nb, PartnerContact(party_id="politie", name="Wijkagent"))
    assert partner.changes.ids_of(Kind.PARTNER) == {partner.value}
    sid = ops.save_signal(nb, Signal(occurred_at=datetime(2026, 3, 1, 20, tzinfo=UTC),
                                     category="groepsgedrag", text="hangen",
                                     person_ids=[pid], group_ids=[gid])).value
    assert nb.signals.get(sid).person_ids == [pid]
    withdrawn = ops.withdraw_consent(nb, cid, date(2026, 2, 1))
    assert withdrawn.value and nb.consents.get(cid).withdrawn_on == date(2026, 2, 1)
    again = ops.withdraw_consent(nb, cid, date(2026, 2, 2))
    assert not again.value and not again.changes
    assert nb.consents.get(cid).withdrawn_on == date(2026, 2, 1)
    assert ops.delete_membership(nb, mid).changes.ids_of(Kind.MEMBERSHIP) == {mid}
    assert ops.delete_partner(nb, partner.value).value is None
    assert ops.delete_signal(nb, sid).changes.ids_of(Kind.SIGNAL) == {sid}
    assert nb.informing.get(iid).how == "gesprek"
    deleted = ops.delete_group(nb, gid)
    assert deleted.changes.touches(Kind.GROUP, Kind.MEMBERSHIP, Kind.STAGE)
    with pytest.raises(KeyError):
        ops.delete_group(nb, gid)


def test_erase_reports_every_kind_it_touched(nb: Notebook) -> None:
    pid = ops.save_person(nb, YoungPerson(name="Noor")).value
    ops.save_signal(nb, Signal(occurred_at=datetime(2026, 3, 1, 20, tzinfo=UTC),
                               category="groepsgedrag", text="x", person_ids=[pid]))
    result = ops.erase_person(nb, pid)
    assert result.value.signals_deleted == 1
    assert result.changes.touches(Kind.PERSON, Kind.SIGNAL, Kind.CONSENT, Kind.MEMBERSHIP)
    with pytest.raises(KeyError):
        nb.people.get(pid)


def test_settings_write_and_remove_in_one_transaction(nb: Notebook) -> None:
    result = ops.write_settings(nb, {SettingKey.ORGANISATION_NAME: "Jongerenwerk Oost",
                                     SettingKey.OWN_PARTY: "jongerenwerk"})
    assert result.changes.settings == {SettingKey.ORGANISATION_NAME, SettingKey.OWN_PARTY}
    assert nb.settings.get(SettingKey.OWN_PARTY) == "jongerenwerk"
    ops.set_active_profile(nb, "eigen", toml_text="[profile]\n")
    assert nb.settings.get(SettingKey.PROFILE_TOML) == "[profile]\n"
    cleared = ops.set_active_profile(nb, "model")
    assert nb.settings.get(SettingKey.PROFILE_TOML) is None
    assert nb.settings.get(SettingKey.ACTIVE_PROFILE) == "model"
    assert SettingKey.PROFILE_TOML in cleared.changes.settings
    assert ("set", "setting", None, "key=organisation.name") in _audit(nb)
    assert not any("Oost" in detail for *_x, detail in _audit(nb))


def test_record_disclosure_needs_the_export_transaction(nb: Notebook) -> None:
    new = NewDisclosure(actor="jw", recipients=["politie"], person_ids=[3, 1])
    with pytest.raises(RuntimeError):
        ops.record_disclosure(nb, new)
    with nb.transaction():
        result = ops.record_disclosure(nb, new)
    assert result.value.id == 1 and result.changes.ids_of(Kind.DISCLOSURE) == {1}
    assert nb.disclosures.verify() == []
    assert ("record", "disclosure", 1, "") in _audit(nb)


def test_changes_combine() -> None:
    both = OpChanges.of(Kind.PERSON, 1) | OpChanges.of(Kind.PERSON, 2, None)
    assert both.ids_of(Kind.PERSON) == {1, 2} and both.touches(Kind.PERSON)
    assert not both.touches(Kind.SIGNAL) and not OpChanges()
