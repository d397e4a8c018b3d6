"""request_from_json: every problem listed in Dutch with its field path, no client data in
the messages, optional fields default to the conservative value."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from jongerenwerk_desk.covenant import RequestError, request_from_json, request_to_json
from tests.unit.test_covenant_support import FIXTURES, base_request


def scenario_request(name: str = "p03-name-list-parents-not-informed") -> dict:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))["request"]


def problems_of(data: object) -> list[str]:
    with pytest.raises(RequestError) as info:
        request_from_json(data)
    return info.value.problems


def test_reads_a_scenario_request() -> None:
    req = request_from_json(scenario_request())
    assert req.today == dt.date(2026, 11, 29)
    assert req.recipients == ("burgemeester",)
    assert req.subjects[0].birth_date == dt.date(2011, 3, 15)
    assert req.items[0].vital_interest is None
    assert req.conflict_of_duties is None


def test_optional_fields_default_conservatively() -> None:
    data = scenario_request()
    for key in ("birth_date", "inform_exception", "consents"):
        del data["subjects"][0][key]
    del data["items"][0]["subject"], data["items"][0]["necessity"]
    del data["subsidiarity"], data["conflict_of_duties"]
    req = request_from_json(data)
    assert req.subjects[0].birth_date is None and req.subjects[0].consents == ()
    assert req.items[0].subject is None and req.items[0].necessity == ""
    assert req.subsidiarity == ""


def test_a_group_request_may_leave_out_subjects() -> None:
    data = scenario_request("p01-group-signal-allowed")
    del data["subjects"]
    assert request_from_json(data).subjects == ()


def test_missing_required_fields_all_listed() -> None:
    data = scenario_request()
    del data["today"], data["purpose"]
    del data["subjects"][0]["informed"]
    del data["items"][0]["names_informant"], data["items"][0]["verified"]
    problems = problems_of(data)
    for key in ("today", "purpose", "subjects[1].informed", "items[1].names_informant",
                "items[1].verified"):
        assert any(p.startswith(key + ": ontbreekt") for p in problems), key
    assert len(problems) == 5


def test_bad_dates_wrong_types_and_unknown_values() -> None:
    data = scenario_request()
    data["today"] = "29-11-2026"
    data["stage"] = "2b"
    data["recipients"] = "burgemeester"
    data["items"][0]["recorded_on"] = "2026-02-30"
    data["items"][0]["confidential"] = "nee"
    data["items"][0]["source"] = "buurvrouw"
    data["subjects"][0]["consents"] = [{"by": "oma", "given_on": "gisteren", "purpose": "x",
                                        "recipients": ["politie"]}]
    problems = problems_of(data)
    expected = ["today: ongeldige datum", "stage: onbekende waarde",
                "recipients: verwacht een lijst",
                "items[1].recorded_on: ongeldige datum", "items[1].confidential: verwacht true",
                "items[1].source: onbekende waarde", "subjects[1].consents[1].by: onbekende",
                "subjects[1].consents[1].given_on: ongeldige datum"]
    for fragment in expected:
        assert any(p.startswith(fragment) for p in problems), fragment


def test_messages_never_echo_request_values() -> None:
    data = scenario_request()
    data["items"][0]["source"] = "Jan Jansen vertelde"
    data["subjects"][0]["birth_date"] = "Fatima"
    data["Piet Pieters"] = 1
    problems = problems_of(data)
    text = " ".join(problems)
    for secret in ("Jan", "Fatima", "Piet"):
        assert secret not in text
    assert len(problems) == 2  # the extra key is not a near miss: ignored


def test_misspelt_keys_are_problems_other_extra_keys_are_ignored() -> None:
    data = scenario_request()
    data["subjects"][0]["consents"] = [{
        "by": "youth", "given_on": "2026-11-01", "purpose": "namenlijst",
        "recipients": ["burgemeester"], "withdrawn": "2026-11-20", "note": "mondeling"}]
    data["items"][0]["vital"] = "Levensgevaar"
    data["items"][0]["comment"] = "vrije aantekening"
    problems = problems_of(data)
    assert problems == [
        "subjects[1].consents[1].withdrawn: onbekende sleutel; bedoelt u 'withdrawn_on'?",
        "items[1].vital: onbekende sleutel; bedoelt u 'vital_interest'?"]
    del data["subjects"][0]["consents"][0]["withdrawn"], data["items"][0]["vital"]
    assert request_from_json(data).subjects[0].consents[0].by == "youth"


def test_dangling_and_duplicate_ids() -> None:
    data = scenario_request()
    data["items"][0]["subject"] = "Y7"
    data["items"].append(copy.deepcopy(data["items"][0]))
    data["subjects"].append(copy.deepcopy(data["subjects"][0]))
    problems = problems_of(data)
    assert any(p.startswith("items[1].subject") for p in problems)
    assert any(p.startswith("items[2].id: dubbele id") for p in problems)
    assert any(p.startswith("subjects[2].id: dubbele id") for p in problems)


def test_conflict_of_duties_shape() -> None:
    data = scenario_request()
    data["conflict_of_duties"] = "ja"
    assert problems_of(data)[0].startswith("conflict_of_duties")
    data["conflict_of_duties"] = {"reasoning": "Acuut gevaar", "consulted": "Collega"}
    cod = request_from_json(data).conflict_of_duties
    assert cod is not None and cod.consulted == "Collega"
    data["conflict_of_duties"] = {"reasoning": "Acuut gevaar"}
    assert any(p.startswith("conflict_of_duties.consulted") for p in problems_of(data))


@pytest.mark.parametrize("value", [None, [], "tekst", 3])
def test_not_an_object(value: object) -> None:
    assert problems_of(value) == ["het verzoek moet een JSON-object zijn"]


def test_null_for_a_required_field() -> None:
    data = scenario_request()
    data["own_party"] = None
    assert problems_of(data) == ["own_party: is leeg (null) maar is verplicht"]


def test_empty_recipients_rejected() -> None:
    data = scenario_request()
    data["recipients"] = []
    assert problems_of(data) == ["recipients: is een lege lijst"]


def test_round_trip() -> None:
    req = base_request()
    assert request_from_json(json.loads(json.dumps(request_to_json(req)))) == req


def test_birth_date_and_recorded_on_after_today_are_malformed() -> None:
    """Regression: nobody is born, and nothing is recorded, after the date of sharing."""
    data = scenario_request()
    data["subjects"][0]["birth_date"] = "2026-12-01"
    data["items"][0]["recorded_on"] = "2026-11-30"
    problems = problems_of(data)
    assert "subjects[1].birth_date: ligt na today" in problems
    assert "items[1].recorded_on: ligt na today" in problems
    assert not any("2026-12-01" in p or "2026-11-30" in p for p in problems)


def test_birth_date_and_recorded_on_equal_to_today_are_fine() -> None:
    data = scenario_request()
    data["subjects"][0]["birth_date"] = data["today"]
    data["items"][0]["recorded_on"] = data["today"]
    req = request_from_json(data)
    assert req.subjects[0].birth_date == req.today == req.items[0].recorded_on


def test_reads_the_version_2_shape() -> None:
    from jongerenwerk_desk.covenant import ConflictOfDuties, Refusal, VitalInterest

    p07 = request_from_json(scenario_request("p07-conflict-of-duties-per-person"))
    assert p07.group_size == 9
    cod = p07.subjects[0].conflict_of_duties
    assert isinstance(cod, ConflictOfDuties) and cod.consulted == "aandachtsfunctionaris"
    assert cod.consulted_on == dt.date(2027, 1, 11) and cod.advice.startswith("Deel alleen")
    p08 = request_from_json(scenario_request("p08-vital-interest-refused-at-17"))
    assert p08.subjects[0].refusals == (Refusal("youth", dt.date(2027, 1, 14),
                                                "groepsduiding"),)
    assert isinstance(p08.items[0].vital_interest, VitalInterest)
    p09 = request_from_json(scenario_request("p09-correction-to-earlier-recipients-step-5"))
    assert p09.items[0].corrects == "V-2026-0412"
    assert p09.earlier_disclosures[0].subjects == ("Y1", "Y2", "Y3")
    for name in ("p07-conflict-of-duties-per-person", "p08-vital-interest-refused-at-17",
                 "p09-correction-to-earlier-recipients-step-5"):
        req = request_from_json(scenario_request(name))
        assert request_from_json(request_to_json(req)) == req


def test_version_2_fields_absent_mean_the_rule_s_default() -> None:
    """A version-1 request reads with no refusals, no group size, consents for every
    category, no screening: absence is never a crash."""
    req = request_from_json(scenario_request("p04-confidence-without-ground"))
    assert req.group_size is None and req.earlier_disclosures == ()
    assert all(s.refusals == () and s.conflict_of_duties is None for s in req.subjects)
    assert all(i.screening == () and not i.screening_confirmed and i.corrects is None
               and i.confider_consent is None for i in req.items)
    data = scenario_request("p07-conflict-of-duties-per-person")
    for key in ("group_size", "earlier_disclosures"):
        data[key] = None if key == "group_size" else []
    data["subjects"][0]["conflict_of_duties"].pop("advice")
    data["subjects"][0]["conflict_of_duties"].pop("consulted_on")
    data["subjects"][0]["inform_exception"] = {"reason": "Alleen een reden zonder grond."}
    for item in data["items"]:
        for key in ("confider_consent", "corrects", "screening", "screening_confirmed"):
            item.pop(key)
    req = request_from_json(data)
    assert req.subjects[0].conflict_of_duties.consulted_on is None
    assert req.subjects[0].inform_exception.ground is None


@pytest.mark.parametrize(("path", "value", "problem"), [
    (("group_size",), -1, "group_size: -1 valt buiten"),
    (("group_size",), "negen", "group_size: verwacht een geheel getal"),
    (("subjects", 0, "refusals"), [{"by": "buurman", "on": "2027-01-01",
                                    "purpose": "groepsduiding"}], "subjects[1].refusals[1].by"),
    (("subjects", 0, "refusals"), [{"by": "youth", "purpose": "groepsduiding"}],
     "subjects[1].refusals[1].on: ontbreekt"),
    (("subjects", 0, "conflict_of_duties"), "ja", "subjects[1].conflict_of_duties: verwacht"),
    (("subjects", 0, "conflict_of_duties", "consulted_on"), "gisteren",
     "subjects[1].conflict_of_duties.consulted_on: ongeldige datum"),
    (("subjects", 0, "inform_exception"), 12, "subjects[1].inform_exception: verwacht"),
    (("items", 0, "vital_interest"), ["x"], "items[1].vital_interest: verwacht"),
    (("items", 0, "screening"), ["drugs"], "items[1].screening[1]: onbekende soort"),
    (("items", 0, "confider_consent"), {"scope": "anonymous-group-level"},
     "items[1].confider_consent.given_on: ontbreekt"),
    (("earlier_disclosures",), [{"id": "V-1", "date": "2027-13-01", "recipients": [],
                                 "subjects": []}], "earlier_disclosures[1].date: ongeldige"),
])
def test_malformed_version_2_fields_are_named(path: tuple, value: object,
                                              problem: str) -> None:
    data = scenario_request("p07-conflict-of-duties-per-person")
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    problems = problems_of(data)
    assert any(p.startswith(problem) for p in problems), problems
    assert not any("negen" in p or "gisteren" in p for p in problems)  # no echo of values
