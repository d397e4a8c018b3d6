"""build_request: from what the worker picked in a real notebook to a ShareRequest (§1)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from jongerenwerk_desk.covenant import ConflictOfDuties, assess, request_from_json, request_to_json
from jongerenwerk_desk.notebook.models import Consent, Group, Membership, Signal, YoungPerson
from jongerenwerk_desk.sharing import (
    SelectionError,
    build_request,
    parse_item_id,
    signal_item_id,
)
from tests.sharing_world import (
    OWN_PARTY,
    TODAY,
    allowed_selection,
    demo_profile,
)


def _items(request):
    return {i.id: i for i in request.items}


def test_items_subjects_and_grounds_come_from_the_notebook(world) -> None:
    selection, grounds = allowed_selection(world)
    request = build_request(world.nb, selection, grounds, TODAY, OWN_PARTY)
    items = _items(request)
    s = world.signals
    jan, fatima = f"P{world.jan}", f"P{world.fatima}"
    assert set(items) == {f"S{s[k]}" for k in ("behaviour", "online", "unreviewed", "contact",
                                                "informant", "jan_contact")} | {
        f"{jan}-identiteit", f"{jan}-rol", f"{fatima}-identiteit", f"{fatima}-rol"}
    contact = items[f"S{s['jan_contact']}"]
    assert (contact.subject, contact.category, contact.source, contact.verified) == (
        jan, "contact-jongerenwerk", "own_observation", True)
    assert contact.recorded_on == date(2026, 11, 9)
    assert contact.necessity == "Laat zien welk aanbod al loopt."
    assert items[f"S{s['behaviour']}"].subject is None
    assert items[f"S{s['online']}"].verified is False
    assert items[f"{jan}-rol"].verified is False  # a role is the worker's judgement
    assert items[f"{jan}-identiteit"].recorded_on == TODAY
    subjects = {x.id: x for x in request.subjects}
    assert subjects[jan].birth_date == date(2009, 4, 2)
    assert subjects[jan].informed and subjects[jan].parents_informed
    assert [c.purpose for c in subjects[jan].consents] == ["namenlijst"]
    assert subjects[jan].consents[0].recipients == ("burgemeester", "politie")
    assert not subjects[fatima].informed and subjects[fatima].consents == ()
    assert subjects[fatima].inform_exception == "Informeren volgt na het overleg."
    assert request.subsidiarity.startswith("Op groepsniveau")
    assert (request.purpose, request.stage, request.own_party) == ("namenlijst", "2B", OWN_PARTY)


def test_free_text_only_when_reviewed(world) -> None:
    selection, grounds = allowed_selection(world)
    items = _items(build_request(world.nb, selection, grounds, TODAY, OWN_PARTY))
    assert items[f"S{world.signals['behaviour']}"].free_text is True
    assert items[f"S{world.signals['unreviewed']}"].free_text is False
    assert items[f"P{world.jan}-identiteit"].free_text is False


def test_informant_counts_as_named_only_when_reviewed_text_names_them(world) -> None:
    selection, grounds = allowed_selection(world)
    sid = f"S{world.signals['informant']}"
    request = build_request(world.nb, selection, grounds, TODAY, OWN_PARTY)
    assert _items(request)[sid].names_informant is False  # text stays home
    reviewed = replace(grounds, reviewed_free_text=grounds.reviewed_free_text | {sid})
    request = build_request(world.nb, selection, reviewed, TODAY, OWN_PARTY)
    assert _items(request)[sid].names_informant is True
    findings = assess(demo_profile(), request, TODAY).findings
    assert ("INFORMANT_IDENTIFIABLE", sid) in {(f.code, f.item) for f in findings}
    # the informant set on a signal whose text does not mention them stays unnamed
    other = world.nb.signals.get(world.signals["behaviour"])
    other.informant = "meneer Pietersen"
    world.nb.signals.update(other)
    request = build_request(world.nb, selection, reviewed, TODAY, OWN_PARTY)
    assert _items(request)[f"S{other.id}"].names_informant is False


def test_allowed_selection_passes_the_check(world) -> None:
    selection, grounds = allowed_selection(world)
    request = build_request(world.nb, selection, grounds, TODAY, OWN_PARTY)
    assessment = assess(demo_profile(), request, TODAY)
    assert assessment.outcome == "allowed_with_warnings", assessment.codes
    assert "FREE_TEXT" in assessment.codes and "UNVERIFIED_IMPRESSION" in assessment.codes


def test_signal_about_two_selected_people_is_split_per_subject(world) -> None:
    nb = world.nb
    sid = nb.signals.add(Signal(occurred_at=datetime(2026, 11, 12, 19, tzinfo=UTC),
                                category="rol-in-groep", person_ids=[world.jan, world.fatima],
                                group_ids=[world.group], confidential=True,
                                text="Samen de leiding bij ruzies."))
    selection, grounds = allowed_selection(world)
    selection = replace(selection, signal_ids=(sid,))
    grounds = replace(grounds, necessity={f"S{sid}": "Nodig voor de rolverdeling in de groep."})
    request = build_request(nb, selection, grounds, TODAY, OWN_PARTY)
    split = {i.id: i for i in request.items if i.id.startswith(f"S{sid}")}
    assert set(split) == {signal_item_id(sid, world.jan), signal_item_id(sid, world.fatima)}
    assert {i.subject for i in split.values()} == {f"P{world.jan}", f"P{world.fatima}"}
    assert all(i.necessity.startswith("Nodig voor") for i in split.values())
    # Fatima has no consent: her half of the confidence is blocked, Jan's is not
    blocked = {f.item for f in assess(demo_profile(), request, TODAY).findings
               if f.code == "CONFIDENCE_WITHOUT_GROUND"}
    assert blocked == {signal_item_id(sid, world.fatima)}
    with_ground = replace(grounds, conflict_of_duties=ConflictOfDuties(
        reasoning="Acuut gevaar voor anderen, gewogen met collega.",
        consulted="Teamleider en functionaris gegevensbescherming"))
    request = build_request(nb, selection, with_ground, TODAY, OWN_PARTY)
    assert request.conflict_of_duties.consulted.startswith("Teamleider")


def test_signal_day_is_the_local_day_in_its_zone(world) -> None:
    sid = world.nb.signals.add(Signal(occurred_at=datetime(2026, 11, 3, 23, 30, tzinfo=UTC),
                                      tz_name="Europe/Amsterdam", category="groepsgedrag",
                                      group_ids=[world.group], text="laat op de avond"))
    selection, grounds = allowed_selection(world)
    request = build_request(world.nb, replace(selection, signal_ids=(sid,)), grounds, TODAY,
                            OWN_PARTY)
    assert _items(request)[f"S{sid}"].recorded_on == date(2026, 11, 4)


def test_selection_outside_the_group_is_refused(world) -> None:
    nb = world.nb
    stranger = nb.people.add(YoungPerson(name="Buiten Staander"))
    other_group = nb.groups.add(Group(name="Andere groep"))
    nb.memberships.add(Membership(person_id=stranger, group_id=other_group))
    foreign = nb.signals.add(Signal(category="groepsgedrag", group_ids=[other_group],
                                    text="niet van deze groep"))
    selection, grounds = allowed_selection(world)
    with pytest.raises(SelectionError, match="geen lid") as exc:
        build_request(nb, replace(selection, person_ids=(stranger,)), grounds, TODAY, OWN_PARTY)
    assert "Staander" not in str(exc.value)
    with pytest.raises(SelectionError, match="hoort niet bij"):
        build_request(nb, replace(selection, signal_ids=(foreign,)), grounds, TODAY, OWN_PARTY)
    with pytest.raises(SelectionError, match="bestaat niet"):
        build_request(nb, replace(selection, signal_ids=(99999,)), grounds, TODAY, OWN_PARTY)
    with pytest.raises(SelectionError, match="Groep"):
        build_request(nb, replace(selection, group_id=99999), grounds, TODAY, OWN_PARTY)


def test_consent_without_date_is_left_out_and_request_round_trips(world) -> None:
    world.nb.consents.add(Consent(person_id=world.fatima, given_by="youth", purpose="namenlijst",
                                  recipients=["politie"], given_on=None))
    selection, grounds = allowed_selection(world)
    request = build_request(world.nb, selection, grounds, TODAY, OWN_PARTY)
    assert request.subject(f"P{world.fatima}").consents == ()
    assert request_from_json(request_to_json(request)) == request


@pytest.mark.parametrize("item_id, parsed", [
    ("S12", ("signal", 12, None)), ("S12-P3", ("signal", 12, 3)),
    ("P3-identiteit", ("identity", 3, None)), ("P3-rol", ("role", 3, None))])
def test_item_ids_parse(item_id: str, parsed: tuple) -> None:
    assert parse_item_id(item_id) == parsed


@pytest.mark.parametrize("bad", ["", "X1", "S", "P3", "P3-naam", "S1-Q2", "s1"])
def test_bad_item_ids_are_refused(bad: str) -> None:
    with pytest.raises(SelectionError):
        parse_item_id(bad)


def test_screening_is_filled_for_every_text_that_leaves(world) -> None:
    """V2-7b: the screener runs on each reviewed text; a health word in a group-behaviour
    signal blocks (CATEGORY_SUSPECTED) until the worker confirms the category."""
    nb = world.nb
    drugs = nb.signals.add(Signal(occurred_at=datetime(2026, 11, 12, 20, tzinfo=UTC),
                                  category="groepsgedrag", source="own_observation",
                                  verified=True, group_ids=[world.group],
                                  text="De groep blowt elke avond achter de sporthal."))
    selection, grounds = allowed_selection(world)
    selection = replace(selection, signal_ids=(*selection.signal_ids, drugs))
    grounds.reviewed_free_text.add(f"S{drugs}")
    request = build_request(nb, selection, grounds, TODAY, OWN_PARTY)
    items = _items(request)
    assert items[f"S{drugs}"].screening == ("health",)
    assert not items[f"S{drugs}"].screening_confirmed
    assert all(i.screening == () for k, i in items.items() if k != f"S{drugs}")
    result = assess(demo_profile(), request, TODAY)
    suspected = [f for f in result.findings if f.code == "CATEGORY_SUSPECTED"]
    assert [(f.item, f.severity) for f in suspected] == [(f"S{drugs}", "block")]
    # not reviewed: the text does not leave, so it is not screened
    grounds.reviewed_free_text.discard(f"S{drugs}")
    assert _items(build_request(nb, selection, grounds, TODAY, OWN_PARTY))[
        f"S{drugs}"].screening == ()
    # confirmed by the worker: a warning only
    grounds.reviewed_free_text.add(f"S{drugs}")
    grounds.confirmed_screening.add(f"S{drugs}")
    request = build_request(nb, selection, grounds, TODAY, OWN_PARTY)
    assert _items(request)[f"S{drugs}"].screening_confirmed
    result = assess(demo_profile(), request, TODAY)
    assert [f.severity for f in result.findings if f.code == "CATEGORY_SUSPECTED"] == ["warn"]


def test_version_2_fields_come_from_the_notebook(world) -> None:
    """Stage from the group's record, group size from memberships, and per young person the
    refusals, conflict of duties, vital interest, informing exception and consent scope."""
    from jongerenwerk_desk.covenant import InformException, Refusal, VitalInterest
    from jongerenwerk_desk.notebook.models import (
        ConflictOfDutiesRecord,
        InformingRecord,
        RefusalRecord,
        VitalInterestRecord,
    )

    nb, jan, fatima = world.nb, world.jan, world.fatima
    selection, grounds = allowed_selection(world)
    wrong_stage = replace(selection, stage="5")  # whatever the wizard says
    request = build_request(nb, wrong_stage, grounds, TODAY, OWN_PARTY)
    assert request.stage == "2B" and request.group_size == 3
    nb.memberships.add(Membership(person_id=nb.people.add(YoungPerson(name="Nieuw Lid")),
                                  group_id=world.group, since=date(2026, 12, 1)))
    assert build_request(nb, selection, grounds, TODAY, OWN_PARTY).group_size == 3  # later
    nb.refusals.add(RefusalRecord(person_id=jan, refused_by="youth",
                                  refused_on=date(2026, 11, 5), purpose="groepsduiding"))
    nb.conflicts.add(ConflictOfDutiesRecord(
        person_id=jan, reasoning="Oud advies.", consulted="collega",
        consulted_on=date(2026, 10, 1), advice="Oud."))
    nb.conflicts.add(ConflictOfDutiesRecord(
        person_id=jan, reasoning="Gevaar voor Jan thuis, afgewogen.",
        consulted="aandachtsfunctionaris", consulted_on=date(2026, 11, 20),
        advice="Deel alleen zijn rol."))
    nb.conflicts.add(ConflictOfDutiesRecord(
        person_id=jan, reasoning="Na de datum van delen.", consulted="fg",
        consulted_on=date(2026, 12, 20), advice="Later."))
    nb.vital_interests.add(VitalInterestRecord(
        person_id=jan, reason="Flauwgevallen bij de groep.",
        consent_impossible="Buiten bewustzijn.", recorded_on=date(2026, 11, 25)))
    nb.informing.add(InformingRecord(
        person_id=fatima, who="parents", exception_reason="Informeren brengt haar in gevaar.",
        exception_ground="bescherming-betrokkene", exception_decided_on=date(2026, 11, 20),
        exception_review_on=date(2027, 1, 20)))
    nb.consents.add(Consent(person_id=jan, given_by="youth", purpose="namenlijst",
                            recipients=["burgemeester"], given_on=date(2026, 11, 3),
                            categories=["identiteit"]))
    nb.consents.add(Consent(person_id=jan, given_by="youth", purpose="namenlijst",
                            recipients=["burgemeester"], given_on=date(2026, 1, 3),
                            ends_on=date(2026, 6, 30)))  # ended: left out
    request = build_request(nb, selection, grounds, TODAY, OWN_PARTY)
    subjects = {s.id: s for s in request.subjects}
    jan_s, fatima_s = subjects[f"P{jan}"], subjects[f"P{fatima}"]
    assert jan_s.refusals == (Refusal("youth", date(2026, 11, 5), "groepsduiding"),)
    assert jan_s.conflict_of_duties == ConflictOfDuties(
        "Gevaar voor Jan thuis, afgewogen.", "aandachtsfunctionaris", date(2026, 11, 20),
        "Deel alleen zijn rol.")
    assert [c.categories for c in jan_s.consents] == [None, ("identiteit",)]
    assert fatima_s.inform_exception == InformException(
        "bescherming-betrokkene", "Informeren brengt haar in gevaar.", date(2026, 11, 20),
        date(2027, 1, 20))
    items = _items(request)
    assert items[f"P{jan}-identiteit"].vital_interest == VitalInterest(
        "Flauwgevallen bij de groep.", "Buiten bewustzijn.")
    assert items[f"P{fatima}-identiteit"].vital_interest is None
    assert request_from_json(request_to_json(request)) == request
    result = assess(demo_profile(), request, TODAY)
    assert any(f.code == "INFORM_EXCEPTION_USED" and f.subject == f"P{fatima}"
               for f in result.findings)
