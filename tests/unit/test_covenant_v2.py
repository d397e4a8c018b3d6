"""Rules new in version 2 of docs/legal-rules.md that the per-rule tests do not cover:
corrections (V2-9), partner data (V2-7), the screener's suspicion (V2-7b), the confider's
consent (V2-10), the routes outside the overleg (V2-3), and messages and bases that follow
the profile's numbers (V2-11)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from jongerenwerk_desk.covenant import (
    CODES,
    ConfiderConsent,
    ConflictOfDuties,
    EarlierDisclosure,
    builtin_profile,
    parse_profile,
    profile_to_toml,
)
from tests.unit.test_covenant_support import (
    TODAY,
    base_request,
    codes,
    consent,
    group_item,
    person_item,
    profile,
    run,
    subject,
)

EARLIER = EarlierDisclosure(id="V-1", date=dt.date(2026, 10, 6),
                            recipients=("burgemeester", "politie", "om"),
                            subjects=("Y1", "Y2"))


def correction(**changes: object):
    """A correction at step 2A (any step is fine) about Y1 to the burgemeester."""
    req = base_request(stage="2A", purpose="correctie", earlier_disclosures=(EARLIER,),
                       items=(person_item(category="correctie", corrects="V-1"),))
    return replace(req, **changes)


def correction_problem(req) -> str | None:
    found = [f for f in run(req).findings if f.code == "CORRECTION_NOT_COVERED"]
    return found[0].message if found else None


def test_a_correction_passes_at_every_step() -> None:
    for stage in ("1", "2A", "2B", "3", "5", "7"):
        result = run(correction(stage=stage))
        assert result.outcome == "allowed", (stage, result.codes)


@pytest.mark.parametrize(("changes", "why"), [
    ({"earlier_disclosures": ()}, "staat niet in het register"),
    ({"earlier_disclosures": (replace(EARLIER, subjects=("Y2",)),)}, "niet over betrokkene Y1"),
    ({"earlier_disclosures": (replace(EARLIER, recipients=("politie",)),)}, "niet naar"),
    ({"earlier_disclosures": (replace(EARLIER, date=dt.date(2026, 11, 30)),)},
     "na de datum van delen"),
    ({"items": (person_item(category="correctie"),)}, "niet welke eerdere verstrekking"),
    ({"items": (group_item(category="correctie", corrects="V-1"),)}, "noemt geen betrokkene"),
    ({"purpose": "groepsduiding", "stage": "3"}, "geen correctiedoel"),
])
def test_correction_not_covered(changes: dict, why: str) -> None:
    message = correction_problem(correction(**changes))
    assert message is not None and why in message


def test_correction_boundaries_exact_date_and_same_recipients() -> None:
    same_day = replace(EARLIER, date=TODAY)
    assert correction_problem(correction(earlier_disclosures=(same_day,))) is None
    narrower = correction(recipients=("burgemeester",))
    assert correction_problem(narrower) is None  # a subset of the earlier recipients


def test_partner_data_blocks_whatever_the_category() -> None:
    for item in (person_item(source="partner"), group_item(source="partner")):
        result = run(base_request(items=(item,)))
        assert "PARTNER_DATA" in codes(result) and result.outcome == "blocked"
    assert "PARTNER_DATA" not in codes(run(base_request()))


@pytest.mark.parametrize(("category", "screening", "fires"), [
    ("rol-in-groep", ("health",), True), ("rol-in-groep", ("criminal",), True),
    ("gezondheid", ("health",), False), ("strafbare-feiten", ("criminal",), False),
    ("strafbare-feiten", ("health",), True), ("rol-in-groep", (), False),
    ("gezondheid", ("criminal",), True),
])
def test_category_suspected(category: str, screening: tuple[str, ...], fires: bool) -> None:
    req = base_request(items=(person_item(category=category, screening=screening),),
                       own_party="politie")
    found = [f for f in run(req).findings if f.code == "CATEGORY_SUSPECTED"]
    assert bool(found) is fires
    assert all(f.severity == "block" for f in found)
    confirmed = run(replace(req, items=(person_item(category=category, screening=screening,
                                                    screening_confirmed=True),)))
    for finding in confirmed.findings:
        if finding.code == "CATEGORY_SUSPECTED":
            assert finding.severity == "warn"


def test_confirmed_suspicion_is_a_warning_only() -> None:
    req = base_request(items=(person_item(screening=("health",), screening_confirmed=True),))
    result = run(req)
    assert result.outcome == "allowed_with_warnings"
    assert [f.severity for f in result.findings if f.code == "CATEGORY_SUSPECTED"] == ["warn"]
    blocked = run(replace(req, items=(person_item(screening=("health",)),)))
    assert blocked.outcome == "blocked"


def test_confider_consent_releases_a_group_level_confidence_only() -> None:
    ok = ConfiderConsent(given_on=dt.date(2026, 11, 20), scope="anonymous-group-level")
    group = base_request(items=(group_item(confidential=True, confider_consent=ok),))
    assert run(group).outcome == "allowed"
    on_the_day = replace(ok, given_on=TODAY)
    assert run(base_request(items=(group_item(confidential=True,
                                              confider_consent=on_the_day),))).outcome \
        == "allowed"
    for bad, why in ((replace(ok, given_on=dt.date(2026, 11, 30)), "na de datum"),
                     (replace(ok, scope="met-naam"), "anoniem")):
        result = run(base_request(items=(group_item(confidential=True, confider_consent=bad),)))
        assert {"CONSENT_INVALID", "CONFIDENCE_WITHOUT_GROUND"} <= codes(result)
        invalid = next(f for f in result.findings if f.code == "CONSENT_INVALID")
        assert why in invalid.message and invalid.subject is None
        cwg = next(f for f in result.findings if f.code == "CONFIDENCE_WITHOUT_GROUND")
        assert cwg.caused_by == "CONSENT_INVALID"
    # on an item about a person the confider's consent is not a ground
    person = base_request(items=(person_item(confidential=True, confider_consent=ok),))
    assert "CONFIDENCE_WITHOUT_GROUND" in codes(run(person))


def test_consent_comes_before_the_conflict_of_duties() -> None:
    cod = ConflictOfDuties("Afweging vastgelegd voor deze jongere met zorg.",
                           "aandachtsfunctionaris", dt.date(2026, 11, 25),
                           "Deel alleen de rol, vertel het de jongere vooraf.")
    req = base_request(items=(person_item(confidential=True),),
                       subjects=(subject(consents=(consent(),), conflict_of_duties=cod),))
    result = run(req)
    assert result.outcome == "allowed" and "CONFLICT_OF_DUTIES_USED" not in codes(result)


def test_routes_show_with_a_block_about_a_person_only() -> None:
    blocked_person = run(base_request(items=(person_item(names_informant=True),)))
    routes = [f for f in blocked_person.findings if f.code == "ROUTES_OUTSIDE_OVERLEG"]
    assert len(routes) == 1 and routes[0] is blocked_person.findings[-1]
    for route in profile().routes:
        assert route.title in routes[0].message and route.basis in routes[0].basis
    assert "Wmo 2015 art. 5.2.6" in routes[0].basis
    # whatever the block: here a recipient that did not sign
    assert "ROUTES_OUTSIDE_OVERLEG" in codes(run(base_request(recipients=("woningcorporatie",))))
    # not for a block about group data only, nor without a block
    group_only = run(base_request(items=(group_item(names_informant=True),)))
    assert group_only.blocked and "ROUTES_OUTSIDE_OVERLEG" not in codes(group_only)
    assert "ROUTES_OUTSIDE_OVERLEG" not in codes(run(base_request()))
    confidential_group = run(base_request(items=(group_item(confidential=True),)))
    assert "ROUTES_OUTSIDE_OVERLEG" in codes(confidential_group)


def test_criminal_data_says_it_is_a_covenant_choice_and_points_to_the_routes() -> None:
    finding = next(f for f in run(base_request(items=(
        person_item(category="strafbare-feiten"),))).findings if f.code == "CRIMINAL_DATA")
    assert "keuze van het convenant" in finding.message and "Veilig Thuis" in finding.message
    assert "AVG art. 10" in finding.basis and "keuze van het convenant" in finding.basis


def test_group_stage_block_names_the_step_and_groups_what_follows() -> None:
    req = base_request(stage="2A", purpose="signalen-delen", subsidiarity="",
                       items=(group_item(), person_item(necessity="")))
    result = run(req)
    root = next(f for f in result.findings if f.code == "PERSONAL_DATA_AT_GROUP_STAGE")
    assert "stap 2A" in root.message and "groepsniveau" in root.message
    n = result.findings.index(root)
    following = [f.code for f in result.findings[n + 1:n + 4]]
    assert following == ["CATEGORY_NOT_ALLOWED", "NECESSITY_MISSING", "SUBSIDIARITY_MISSING"]
    assert all(f.caused_by == "PERSONAL_DATA_AT_GROUP_STAGE"
               for f in result.findings[n + 1:n + 4])
    # a person-level purpose at a group step: only the step is named
    at_step = run(base_request(stage="1", purpose="groepsduiding"))
    message = next(f.message for f in at_step.findings
                   if f.code == "PERSONAL_DATA_AT_GROUP_STAGE")
    assert "stap 1" in message and "groepsniveau" not in message


def test_bases_and_messages_follow_the_profile_s_ages() -> None:
    other = replace(profile(), consent_age_parents_only_below=13,
                    consent_age_youth_alone_from=17)
    unknown = run(base_request(subjects=(subject(birth_date=None, consents=(
        consent(purpose="namenlijst"),)),), items=(person_item(confidential=True),)), other)
    for finding in unknown.findings:
        if finding.code in ("AGE_UNKNOWN", "CONSENT_INVALID"):
            assert "13" in finding.basis and "17" in finding.basis
            assert "12" not in finding.basis and "16" not in finding.basis
    assert "AVG art. 8" not in CODES["AGE_UNKNOWN"][1] and "UAVG art. 5" in CODES[
        "AGE_UNKNOWN"][1]
    sixteen = run(base_request(subjects=(subject(birth_date=dt.date(2010, 6, 1),
                                                 parents_informed=False),)), other)
    assert "SUBJECT_NOT_INFORMED" in codes(sixteen)  # 16 is below 17: parents too


def test_profile_v2_keys_default_and_round_trip() -> None:
    import tomllib

    doc = tomllib.loads(profile_to_toml(builtin_profile("model")))
    for key in ("min_justification_words", "min_group_size", "conflict_advice_valid_days",
                "inform_exception_grounds", "routes"):
        assert key in doc
    assert parse_profile(doc) == builtin_profile("model")
    for key in ("min_justification_words", "min_group_size", "conflict_advice_valid_days",
                "inform_exception_grounds", "routes"):
        doc.pop(key)
    for purpose in doc["purposes"]:
        purpose.pop("kind")
    old = parse_profile(doc)
    assert (old.min_justification_words, old.min_group_size,
            old.conflict_advice_valid_days) == (3, 5, 30)
    assert old.routes == builtin_profile("model").routes
    assert old.inform_exception_grounds == builtin_profile("model").inform_exception_grounds
    assert old.purpose("correctie").kind == "share"  # absent kind: an ordinary disclosure


def test_a_signature_records_document_who_and_when_and_reads_back() -> None:
    import datetime as _dt

    from jongerenwerk_desk.covenant import ProfileError, parse_profile_bytes, record_signature

    at = _dt.datetime(2026, 11, 29, 13, 5, tzinfo=_dt.timezone(_dt.timedelta(hours=1)))
    signed = record_signature(builtin_profile("model"), "politie", _dt.date(2026, 11, 2),
                              document=" Archief 2026/17 ", recorded_by="F. de Vries (FG)",
                              recorded_at=at)
    party = signed.party("politie")
    assert (party.signed_document, party.signature_recorded_by) == ("Archief 2026/17",
                                                                  "F. de Vries (FG)")
    assert party.signature_recorded_at == _dt.datetime(2026, 11, 29, 12, 5, tzinfo=_dt.UTC)
    assert parse_profile_bytes(profile_to_toml(signed).encode("utf-8")) == signed
    assert party.signature_text() == ("'Politie' ondertekend op 2026-11-02 (document: Archief "
                                      "2026/17; vastgelegd door F. de Vries (FG) op "
                                      "2026-11-29 12:05 UTC)")
    for kwargs in ({"document": " "}, {"recorded_by": ""},
                   {"recorded_at": _dt.datetime(2026, 11, 29, 12)}):
        args = {"document": "x", "recorded_by": "y", "recorded_at": at, **kwargs}
        with pytest.raises(ProfileError):
            record_signature(builtin_profile("model"), "politie", _dt.date(2026, 11, 2),
                             **args)
    with pytest.raises(ProfileError):
        record_signature(builtin_profile("model"), "buurman", _dt.date(2026, 11, 2),
                         document="x", recorded_by="y", recorded_at=at)
