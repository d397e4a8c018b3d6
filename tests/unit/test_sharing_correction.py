"""A correction to earlier recipients (AVG art. 16, 17 and 19; legal rules V2-9): built from
a register record (its recipients and subjects), checked under the purpose ``correctie`` at
any step, exported like any disclosure with the correction text, and recorded in the
register."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from jongerenwerk_desk.sharing import (
    ExportOptions,
    Grounds,
    Selection,
    SelectionError,
    export_disclosure,
    prepare_disclosure,
)
from jongerenwerk_desk.sharing.request_builder import correction_id
from tests.sharing_world import (
    OWN_PARTY,
    PASSPHRASE,
    TODAY,
    allowed_selection,
    demo_profile,
    make_notebook,
    populate,
)

CORRECTION = "Fatima hoort sinds november niet meer bij de groep; haar vermelding klopt niet meer."


@pytest.fixture
def world(tmp_path):
    nb = make_notebook(tmp_path)
    yield populate(nb)
    nb.close()


def _first_disclosure(world, folder):
    selection, grounds = allowed_selection(world)
    prepared = prepare_disclosure(world.nb, selection, grounds, demo_profile(), TODAY,
                                  OWN_PARTY)
    return export_disclosure(world.nb, PASSPHRASE, prepared,
                             ExportOptions(folder=folder, actor="jw-tester",
                                           created_at=datetime(2026, 11, 20, 10, tzinfo=UTC)))


def _correction(world, record_id: int, person: int, recipients=("burgemeester", "politie")):
    selection = Selection(group_id=world.group, person_ids=(person,), purpose="correctie",
                          stage="2B", recipients=recipients, corrects=record_id)
    grounds = Grounds(
        subsidiarity="Alleen een correctie op naam haalt haar uit het beeld bij de ontvangers.",
        necessity={f"P{person}-identiteit": "Nodig zodat de ontvangers weten over wie het gaat.",
                   f"P{person}-correctie": CORRECTION})
    return selection, grounds


def test_a_correction_is_exported_and_recorded_like_any_disclosure(world, tmp_path) -> None:
    folder = tmp_path / "uit"
    folder.mkdir()
    first = _first_disclosure(world, folder)
    assert world.fatima in first.person_ids
    selection, grounds = _correction(world, first.id, world.fatima)
    prepared = prepare_disclosure(world.nb, selection, grounds, demo_profile(), TODAY,
                                  OWN_PARTY)
    request = prepared.request
    assert request.earlier_disclosures[0].id == correction_id(first.id)
    assert set(request.earlier_disclosures[0].recipients) == set(first.recipients)
    assert {i.corrects for i in request.items} == {correction_id(first.id)}
    assert not prepared.blocked, prepared.assessment.codes
    assert "CORRECTION_NOT_COVERED" not in prepared.assessment.codes
    (person,) = prepared.summary.persons
    assert [e.text for e in person.entries] == [CORRECTION.replace("Fatima", person.label)]
    record = export_disclosure(world.nb, PASSPHRASE, prepared,
                               ExportOptions(folder=folder, actor="jw-tester",
                                             created_at=datetime(2026, 11, 29, 10, tzinfo=UTC)))
    assert record.purpose == "correctie" and record.person_ids == (world.fatima,)
    text = " ".join(page.extract_text() for page in
                    PdfReader(str(folder / record.file_names[0])).pages)
    assert "niet meer bij de groep" in text and "Fatima El Amrani" not in text


def test_a_correction_only_goes_to_earlier_recipients_about_earlier_subjects(world,
                                                                             tmp_path) -> None:
    folder = tmp_path / "uit"
    folder.mkdir()
    first = _first_disclosure(world, folder)
    wider = _correction(world, first.id, world.fatima, recipients=("burgemeester", "om"))
    prepared = prepare_disclosure(world.nb, *wider, demo_profile(), TODAY, OWN_PARTY)
    assert prepared.blocked and "CORRECTION_NOT_COVERED" in prepared.assessment.codes
    stranger = _correction(world, first.id, world.kees)   # Kees was not in that disclosure
    prepared = prepare_disclosure(world.nb, *stranger, demo_profile(), TODAY, OWN_PARTY)
    assert prepared.blocked and "CORRECTION_NOT_COVERED" in prepared.assessment.codes
    with pytest.raises(SelectionError):
        prepare_disclosure(world.nb, *_correction(world, 999, world.fatima), demo_profile(),
                           TODAY, OWN_PARTY)


def test_a_correction_may_be_sent_at_step_2a(world, tmp_path) -> None:
    folder = tmp_path / "uit"
    folder.mkdir()
    first = _first_disclosure(world, folder)
    world.nb.groups.set_stage(world.group, "2A", decided_on=date(2026, 11, 20),
                              source="Jeugdgroepenoverleg 20-11-2026")
    selection, grounds = _correction(world, first.id, world.fatima)
    from dataclasses import replace
    prepared = prepare_disclosure(world.nb, replace(selection, stage="2A"), grounds,
                                  demo_profile(), TODAY, OWN_PARTY)
    assert not prepared.blocked, prepared.assessment.codes
    assert prepared.summary is not None and len(prepared.summary.persons) == 1
