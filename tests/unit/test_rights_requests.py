"""Correction, objection, restriction and requests (AVG art. 12(3), 16, 18, 19, 21) through
the door's operations, on the demo notebook with two real disclosures."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from jongerenwerk_desk.notebook.ops import (
    Kind,
    add_signal_view,
    complete_subject_request,
    correct_person,
    correct_signal,
    lift_restriction,
    register_subject_request,
    restrict_person,
)
from jongerenwerk_desk.notebook.rights_queries import corrections
from jongerenwerk_desk.rights.access import build_access_report
from jongerenwerk_desk.rights.requests import deadline_for, earlier_recipients, open_requests
from jongerenwerk_desk.sharing import Grounds, Selection
from jongerenwerk_desk.sharing.request_builder import SelectionError, build_request
from tests.unit.rights_world import TODAY, RightsWorld, make_world


@pytest.fixture
def world(tmp_path) -> RightsWorld:
    w = make_world(tmp_path)
    yield w
    w.nb.close()


def test_view_beside_signal_shows_in_the_access_report(world):
    result = add_signal_view(world.nb, world.shared_signal, world.sam,
                             "Ik was daar alleen om mijn broertje op te halen.", TODAY)
    assert result.changes.ids_of(Kind.SIGNAL_VIEW) == {result.value}
    text = build_access_report(world.nb, world.sam, TODAY).document().plain_text()
    assert "Jouw kant van het verhaal" in text and "broertje op te halen" in text
    assert world.nb.signals.get(world.shared_signal).text.startswith("SAMMARKER1")
    with pytest.raises(ValueError):
        add_signal_view(world.nb, world.shared_signal, world.sam, "  ", TODAY)


def test_correction_keeps_history_and_lists_earlier_recipients(world):
    before = world.nb.audit.count()
    correct_signal(world.nb, world.shared_signal, "text", "SAMMARKER1 verbeterd: niet gezien.",
                   "jongere wees op een fout")
    correct_signal(world.nb, world.shared_signal, "verified", "0", "niet nagegaan")
    assert world.nb.signals.get(world.shared_signal).text.endswith("niet gezien.")
    assert not world.nb.signals.get(world.shared_signal).verified
    history = corrections(world.nb, signal_id=world.shared_signal)
    assert [(c.field, c.old_value) for c in history] == [
        ("text", "SAMMARKER1 bij het plein gezien."), ("verified", "1")]
    events = world.nb.audit.page(before, 20, sort_key="id")
    assert ("correct", "field=text") in [(e.action, e.detail) for e in events]
    assert all("SAMMARKER" not in e.detail for e in events)
    recipients = earlier_recipients(world.nb, world.sam, signal_id=world.shared_signal)
    assert [r.party for r in recipients] == ["Burgemeester van Voorbeeldstad (procesregie)",
                                             "Politie, basisteam Voorbeeldstad"]
    assert recipients[0].disclosures[0][0] == world.disclosures[0].id
    correct_person(world.nb, world.sam, "birth_date", "2011-02-01", "geboortedatum klopte niet")
    assert world.nb.people.get(world.sam).birth_date == date(2011, 2, 1)
    with pytest.raises(ValueError):
        correct_person(world.nb, world.sam, "notes", "x", "y")


def test_restricted_person_cannot_be_shared_until_lifted(world):
    selection = Selection(group_id=world.ids.groups["plein"], person_ids=(world.sam,),
                          signal_ids=(world.shared_signal,), include_identity=True,
                          purpose="namenlijst", stage="2B", recipients=("politie",))
    build_request(world.nb, selection, Grounds(), TODAY, "jongerenwerk")
    with pytest.raises(ValueError, match="reden"):
        restrict_person(world.nb, world.sam, " ", TODAY)
    restriction = restrict_person(world.nb, world.sam, "jongere betwist de juistheid",
                                  TODAY).value
    with pytest.raises(SelectionError, match="beperking"):
        build_request(world.nb, selection, Grounds(), TODAY, "jongerenwerk")
    # also when Sam is only the subject of a group signal's item, not a selected person
    only_signal = Selection(group_id=world.ids.groups["plein"],
                            signal_ids=(world.shared_signal,), purpose="signalen-delen",
                            stage="2B", recipients=("politie",))
    with pytest.raises(SelectionError):
        build_request(world.nb, only_signal, Grounds(), TODAY, "jongerenwerk")
    assert lift_restriction(world.nb, restriction, TODAY + timedelta(days=1)).value
    build_request(world.nb, selection, Grounds(), TODAY + timedelta(days=1), "jongerenwerk")


def test_requests_have_a_one_month_deadline_and_an_open_list(world):
    with pytest.raises(ValueError, match="identiteit"):
        register_subject_request(world.nb, world.sam, "access", TODAY, "")
    first = register_subject_request(world.nb, world.sam, "access", date(2027, 1, 31),
                                     "ID-kaart gezien in gesprek").value
    second = register_subject_request(world.nb, world.karel, "correction",
                                      date(2026, 10, 1), "moeder belde, teruggebeld").value
    listed = open_requests(world.nb, date(2027, 2, 2))
    assert [(o.request.id, o.request.deadline) for o in listed] == [
        (second, date(2026, 11, 1)), (first, date(2027, 2, 28))]
    assert listed[0].overdue and not listed[1].overdue
    assert deadline_for(world.nb, world.sam) == date(2027, 2, 28)
    assert complete_subject_request(world.nb, second, date(2026, 10, 20)).value
    assert not complete_subject_request(world.nb, second, date(2026, 10, 21)).value
    assert [o.request.id for o in open_requests(world.nb, TODAY)] == [first]


def test_reminder_list_masked_and_due_soonest_first(world):
    from dataclasses import replace

    from jongerenwerk_desk.notebook.ops import save_consent
    from jongerenwerk_desk.rights.reminders import reminders

    nb = world.nb
    consent = next(c for c in nb.consents.for_person(world.sam))
    save_consent(nb, replace(consent, ends_on=TODAY + timedelta(days=10)))
    found = reminders(nb, TODAY)
    kinds = {(r.kind, r.person_id) for r in found}
    assert ("consent_ending", world.sam) in kinds
    assert ("not_informed", world.karel) in kinds
    noor = world.ids.people["noor"]  # turns 16 today in the demo
    assert [r.due for r in found if r.kind == "consent_age" and r.person_id == noor] == [TODAY]
    assert ("consent_age", world.sam) not in kinds  # 16 only in 40 days
    later = reminders(nb, TODAY, window_days=45)
    assert ("consent_age", world.sam) in {(r.kind, r.person_id) for r in later}
    assert [r.due for r in found] == sorted(r.due for r in found)
    assert all("Voorbeeld" not in r.label + r.text for r in found)
    assert next(r for r in found if r.person_id == world.sam).label == "S.V. (2011)"
