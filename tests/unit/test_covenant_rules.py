"""One test per rule of docs/legal-rules.md §3 and §4: a single change to the allowed
baseline causes exactly the expected finding, with its severity, subject/item and a basis
(beside the baseline's MINOR notice, and the routes outside the overleg that every block of a
request about a person lists)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from jongerenwerk_desk.covenant import (
    CODES,
    ConflictOfDuties,
    Finding,
    InformException,
    VitalInterest,
    record_signatures,
)
from tests.unit.test_covenant_support import (
    base_request,
    codes,
    consent,
    group_item,
    person_item,
    profile,
    run,
    subject,
)

GOOD_COD = ConflictOfDuties(
    reasoning="Acuut gevaar voor een andere jongere; afweging vastgelegd.",
    consulted="aandachtsfunctionaris", consulted_on=dt.date(2026, 11, 22),
    advice="Deel alleen de rol in de groep en vertel de jongere vooraf wat je deelt.")
GOOD_VITAL = VitalInterest(
    reason="Levensgevaar bij een overdosis; hij is deze week twee keer flauwgevallen.",
    consent_impossible="Hij is buiten bewustzijn opgenomen en kan nu niets zeggen.")


def only(code: str, request=None, prof=None) -> Finding:
    """Assert that ``code`` occurs exactly once beside the baseline's MINOR; return it."""
    result = run(request, prof)
    found = [f for f in result.findings if f.code == code]
    assert len(found) == 1, result.codes
    assert codes(result) - {"MINOR", "ROUTES_OUTSIDE_OVERLEG"} == {code}, result.codes
    finding = found[0]
    assert finding.severity == CODES[code][0]
    if "ROUTES_OUTSIDE_OVERLEG" in codes(result):
        assert finding.severity == "block"
    assert finding.basis and finding.message
    expected = {"block": "blocked", "warn": "allowed_with_warnings", "info": "allowed"}
    assert result.outcome == expected[finding.severity]
    return finding


def test_covenant_inactive_before_and_after_validity() -> None:
    only("COVENANT_INACTIVE", base_request(today=dt.date(2024, 3, 18),
                                           items=(group_item(recorded_on=dt.date(2024, 3, 1)),)),
         replace(profile(), parties=tuple(replace(p, signed_on=dt.date(2020, 1, 1))
                                          for p in profile().parties)))
    later = base_request(today=dt.date(2028, 3, 19),
                         items=(group_item(recorded_on=dt.date(2028, 3, 1)),))
    only("COVENANT_INACTIVE", later)
    assert "COVENANT_INACTIVE" not in codes(run(replace(later, today=dt.date(2028, 3, 18))))


def test_own_party_not_signatory_unknown_unsigned_or_signed_later() -> None:
    assert only("OWN_PARTY_NOT_SIGNATORY", base_request(own_party="buurtwerk")).item is None
    unsigned = record_signatures(profile(), {"jongerenwerk": None})
    only("OWN_PARTY_NOT_SIGNATORY", base_request(), unsigned)
    later = record_signatures(profile(), {"jongerenwerk": dt.date(2026, 11, 30)})
    only("OWN_PARTY_NOT_SIGNATORY", base_request(), later)
    on_the_day = record_signatures(profile(), {"jongerenwerk": dt.date(2026, 11, 29)})
    assert run(base_request(), on_the_day).outcome == "allowed"


def test_recipient_not_signatory_names_each_recipient() -> None:
    later = record_signatures(profile(), {"politie": dt.date(2026, 12, 1)})
    finding = only("RECIPIENT_NOT_SIGNATORY",
                   base_request(recipients=("burgemeester", "politie")), later)
    assert "politie" in finding.message
    result = run(base_request(recipients=("burgemeester", "woningcorporatie")))
    assert {"RECIPIENT_NOT_SIGNATORY", "RECIPIENT_NOT_FOR_PURPOSE"} <= codes(result)


def test_purpose_unknown() -> None:
    finding = only("PURPOSE_UNKNOWN", base_request(purpose="alles-delen"))
    assert "alles-delen" in finding.message


def test_purpose_stage_mismatch() -> None:
    only("PURPOSE_STAGE_MISMATCH", base_request(stage="4"))


def test_recipient_not_for_purpose() -> None:
    namenlijst = base_request(stage="2B", purpose="namenlijst", recipients=("om",))
    assert only("RECIPIENT_NOT_FOR_PURPOSE", namenlijst).message.count("om") >= 1


def test_personal_data_at_group_stage_by_stage_subject_or_group_purpose() -> None:
    stage_1 = base_request(stage="1", purpose="signalen-delen",
                           items=(group_item(), person_item(category="groepsgedrag")))
    finding = only("PERSONAL_DATA_AT_GROUP_STAGE", stage_1)
    assert (finding.item, finding.subject) == ("P1", "Y1")
    # a person-level category without a subject, in step 2A
    result = run(base_request(stage="2A", purpose="signalen-delen",
                              items=(group_item(category="groepskenmerken"),
                                     group_item("G2", category="rol-in-groep"))))
    assert "PERSONAL_DATA_AT_GROUP_STAGE" in codes(result)
    # step 7 is not a group-only stage, but its purpose is group level
    result = run(base_request(stage="7", purpose="afschalen",
                              items=(group_item(), person_item(category="groepsgedrag"))))
    assert "PERSONAL_DATA_AT_GROUP_STAGE" in codes(result)


def test_group_items_at_group_stage_are_fine() -> None:
    result = run(base_request(stage="2A", purpose="signalen-delen", items=(group_item(),),
                              subjects=(), subsidiarity=""))
    assert result.outcome == "allowed" and result.findings == ()


def test_category_not_allowed_for_purpose() -> None:
    req = base_request(stage="2B", purpose="namenlijst",
                       items=(group_item(), person_item(category="aanbod-jongerenwerk")))
    finding = only("CATEGORY_NOT_ALLOWED", req)
    assert finding.item == "P1" and "aanbod-jongerenwerk" in finding.message


def test_category_unknown_to_the_covenant() -> None:
    finding = only("CATEGORY_NOT_ALLOWED", base_request(items=(person_item(category="schulden"),)))
    assert "schulden" in finding.message


def test_special_category_blocks_without_explicit_consent_or_vital_interest() -> None:
    items = (person_item(category="gezondheid"),)
    only("SPECIAL_CATEGORY", base_request(items=items))
    group_level = (group_item(category="gezondheid"),)
    assert "SPECIAL_CATEGORY" in codes(run(base_request(items=group_level)))


def test_special_category_passes_on_explicit_consent_or_vital_interest() -> None:
    items = (person_item(category="gezondheid"),)
    explicit = base_request(items=items, subjects=(subject(consents=(
        consent(by="youth+parents", explicit_special=True),)),))
    only("SPECIAL_CATEGORY_EXCEPTION", explicit)
    vital = base_request(items=(person_item(category="gezondheid", vital_interest=GOOD_VITAL),))
    assert "vitaal belang" in only("SPECIAL_CATEGORY_EXCEPTION", vital).message
    blank = base_request(items=(person_item(category="gezondheid", vital_interest="   "),))
    assert codes(run(blank)) == {"SPECIAL_CATEGORY", "MINOR", "ROUTES_OUTSIDE_OVERLEG"}
    # version 1: a bare reason is no longer enough (V2-1)
    bare = run(base_request(items=(person_item(category="gezondheid",
                                               vital_interest="Levensgevaar bij overdosis"),)))
    assert {"VITAL_INTEREST_INVALID", "SPECIAL_CATEGORY"} <= codes(bare)
    special = next(f for f in bare.findings if f.code == "SPECIAL_CATEGORY")
    assert special.caused_by == "VITAL_INTEREST_INVALID"
    assert bare.codes.index("VITAL_INTEREST_INVALID") < bare.codes.index("SPECIAL_CATEGORY")


def test_criminal_data_from_youth_work_blocks_but_police_may() -> None:
    item = (person_item(category="strafbare-feiten"),)
    finding = only("CRIMINAL_DATA", base_request(items=item))
    assert finding.item == "P1"
    as_police = base_request(items=item, own_party="politie")
    assert "CRIMINAL_DATA" not in codes(run(as_police))


def test_confidence_without_ground() -> None:
    finding = only("CONFIDENCE_WITHOUT_GROUND",
                   base_request(items=(person_item(confidential=True, source="young_person"),)))
    assert finding.subject == "Y1"
    group_level = base_request(items=(group_item(confidential=True, source="third_party"),))
    assert only("CONFIDENCE_WITHOUT_GROUND", group_level).subject is None


def test_confidence_passes_on_valid_consent_without_a_warning() -> None:
    req = base_request(items=(person_item(confidential=True),), subjects=(subject(consents=(
        consent(by="youth+parents"),)),))
    assert run(req).outcome == "allowed"


def test_confidence_passes_on_conflict_of_duties_with_a_warning() -> None:
    person = base_request(items=(person_item(confidential=True),),
                          subjects=(subject(conflict_of_duties=GOOD_COD),))
    only("CONFLICT_OF_DUTIES_USED", person)
    group_level = base_request(items=(group_item(confidential=True),),
                               conflict_of_duties=GOOD_COD)
    only("CONFLICT_OF_DUTIES_USED", group_level)


def test_a_request_level_conflict_of_duties_releases_no_person_s_confidence() -> None:
    """V2-2: the conflict of duties is weighed per young person; the request-level one
    concerns group-level items only."""
    req = base_request(items=(person_item(confidential=True),), conflict_of_duties=GOOD_COD)
    only("CONFIDENCE_WITHOUT_GROUND", req)
    other = base_request(items=(person_item(confidential=True),
                                person_item("P2", subject="Y2", confidential=True)),
                         subjects=(subject(conflict_of_duties=GOOD_COD), subject("Y2")))
    result = run(other)
    assert [f.item for f in result.findings if f.code == "CONFIDENCE_WITHOUT_GROUND"] == ["P2"]
    assert [f.item for f in result.findings if f.code == "CONFLICT_OF_DUTIES_USED"] == ["P1"]


def test_conflict_of_duties_needs_reasoning_role_recent_date_and_advice() -> None:
    item = (person_item(confidential=True),)
    for cod, why in (
            (replace(GOOD_COD, consulted="Collega en privacyfunctionaris"), "rollen"),
            (replace(GOOD_COD, reasoning="gevaar"), "afweging"),
            (replace(GOOD_COD, reasoning="xxxxxxxxxxxx"), "afweging"),
            (replace(GOOD_COD, consulted_on=None), "datum"),
            (replace(GOOD_COD, consulted_on=dt.date(2026, 11, 30)), "na de datum"),
            (replace(GOOD_COD, advice=""), "adviseerde"),
            (ConflictOfDuties(GOOD_COD.reasoning, "collega"), "datum")):  # version-1 shape
        finding = only("CONFIDENCE_WITHOUT_GROUND",
                       base_request(items=item, subjects=(subject(conflict_of_duties=cod),)))
        assert why in finding.message


def test_conflict_advice_counts_for_the_profile_s_number_of_days() -> None:
    """V2-2 boundary: advice exactly ``conflict_advice_valid_days`` (30) days before today
    counts, one day older does not; another profile number moves the boundary."""
    item = (person_item(confidential=True),)

    def with_advice_on(day: dt.date, prof=None) -> set[str]:
        cod = replace(GOOD_COD, consulted_on=day)
        return codes(run(base_request(items=item, subjects=(subject(conflict_of_duties=cod),)),
                         prof))

    assert "CONFLICT_OF_DUTIES_USED" in with_advice_on(dt.date(2026, 10, 30))  # 30 days
    assert "CONFIDENCE_WITHOUT_GROUND" in with_advice_on(dt.date(2026, 10, 29))  # 31 days
    assert "CONFLICT_OF_DUTIES_USED" in with_advice_on(dt.date(2026, 11, 29))  # same day
    seven = replace(profile(), conflict_advice_valid_days=7)
    assert "CONFLICT_OF_DUTIES_USED" in with_advice_on(dt.date(2026, 11, 22), seven)
    assert "CONFIDENCE_WITHOUT_GROUND" in with_advice_on(dt.date(2026, 11, 21), seven)


def test_informant_identifiable() -> None:
    only("INFORMANT_IDENTIFIABLE", base_request(items=(group_item(names_informant=True),)))


def test_necessity_missing_for_person_items_only() -> None:
    only("NECESSITY_MISSING", base_request(items=(person_item(necessity=""),)))
    no_subject = base_request(items=(group_item(category="identiteit", necessity="kort"),))
    assert only("NECESSITY_MISSING", no_subject).subject is None
    assert run(base_request(items=(group_item(necessity=""),))).outcome == "allowed"


def test_subsidiarity_missing_only_with_person_items() -> None:
    finding = only("SUBSIDIARITY_MISSING", base_request(subsidiarity="  "))
    assert finding.item is None and finding.subject is None
    group_only = base_request(subsidiarity="", items=(group_item(),))
    assert "SUBSIDIARITY_MISSING" not in codes(run(group_only))


def test_retention_expired() -> None:
    finding = only("RETENTION_EXPIRED",
                   base_request(items=(group_item(recorded_on=dt.date(2024, 11, 28)),)))
    assert "2024-11-28" in finding.message


def test_consent_invalid_fires_beside_the_ground_finding_with_the_reason() -> None:
    withdrawn = consent(by="youth+parents", withdrawn_on=dt.date(2026, 11, 20))
    req = base_request(items=(person_item(confidential=True),),
                       subjects=(subject(consents=(withdrawn,)),))
    result = run(req)
    assert {"CONFIDENCE_WITHOUT_GROUND", "CONSENT_INVALID"} <= codes(result)
    invalid = next(f for f in result.findings if f.code == "CONSENT_INVALID")
    assert "ingetrokken op 2026-11-20" in invalid.message
    assert (invalid.subject, invalid.item, invalid.severity) == ("Y1", "P1", "block")


def test_special_data_with_a_valid_but_not_explicit_consent() -> None:
    req = base_request(items=(person_item(category="gezondheid"),),
                       subjects=(subject(consents=(consent(by="youth+parents"),)),))
    result = run(req)  # V2: a valid consent that is not explicit does not count for art. 9
    assert codes(result) == {"CONSENT_INVALID", "SPECIAL_CATEGORY", "MINOR",
                             "ROUTES_OUTSIDE_OVERLEG"}
    invalid, special = result.findings[:2]
    assert invalid.code == "CONSENT_INVALID" and "uitdrukkelijke" in invalid.message
    assert special.code == "SPECIAL_CATEGORY" and special.caused_by == "CONSENT_INVALID"


def test_consent_must_cover_the_item_s_category() -> None:
    """V2-4: a consent with a data scope counts only for the categories it lists."""
    scoped = subject(consents=(consent(by="youth", categories=("identiteit",)),))
    req = base_request(items=(person_item(confidential=True),), subjects=(scoped,))
    result = run(req)
    assert {"CONSENT_INVALID", "CONFIDENCE_WITHOUT_GROUND"} <= codes(result)
    assert "categorie rol-in-groep" in next(f.message for f in result.findings
                                             if f.code == "CONSENT_INVALID")
    covering = subject(consents=(consent(by="youth", categories=("rol-in-groep",)),))
    assert run(replace(req, subjects=(covering,))).outcome == "allowed"


def test_consent_invalid_beside_special_category() -> None:
    req = base_request(items=(person_item(category="gezondheid"),), subjects=(subject(
        consents=(consent(by="youth+parents", explicit_special=True, purpose="namenlijst"),)),))
    result = run(req)
    assert {"SPECIAL_CATEGORY", "CONSENT_INVALID"} <= codes(result)
    assert "ander doel" in next(f.message for f in result.findings
                                if f.code == "CONSENT_INVALID")


def test_consent_invalid_absent_without_consents_or_when_ground_exists() -> None:
    assert "CONSENT_INVALID" not in codes(run(base_request(
        items=(person_item(confidential=True),))))
    wrong = subject(consents=(consent(purpose="namenlijst"),))
    with_cod = base_request(items=(person_item(confidential=True),),
                            subjects=(replace(wrong, conflict_of_duties=GOOD_COD),))
    assert "CONSENT_INVALID" not in codes(run(with_cod))
    vital = base_request(items=(person_item(category="gezondheid", vital_interest=GOOD_VITAL),),
                         subjects=(wrong,))
    assert "CONSENT_INVALID" not in codes(run(vital))


def test_subject_not_informed_and_inform_exception() -> None:
    fifteen = subject(birth_date=dt.date(2011, 6, 1), parents_informed=False)
    finding = only("SUBJECT_NOT_INFORMED", base_request(subjects=(fifteen,)))
    assert finding.subject == "Y1" and finding.item is None and "ouders" in finding.message
    seventeen = subject(parents_informed=False)  # from 16 the young person alone
    assert run(base_request(subjects=(seventeen,))).codes == ("MINOR",)
    only("SUBJECT_NOT_INFORMED", base_request(subjects=(subject(informed=False),)))
    used = only("INFORM_EXCEPTION_USED", base_request(subjects=(subject(
        informed=False, inform_exception=GOOD_EXCEPTION),)))
    assert "Bescherming van de jongere zelf" in used.message and "2027-01-15" in used.message
    # version 1: a bare reason is no exception (V2-5)
    bare = only("SUBJECT_NOT_INFORMED", base_request(subjects=(subject(
        informed=False, inform_exception="Informeren brengt de jongere in gevaar."),)))
    assert "grond" in bare.message


GOOD_EXCEPTION = InformException(
    ground="bescherming-betrokkene",
    reason="Informeren brengt de jongere in gevaar bij de oudere groepsleden.",
    decided_on=dt.date(2026, 11, 20), review_on=dt.date(2027, 1, 15))


def test_inform_exception_needs_known_ground_reason_and_a_review_date_not_passed() -> None:
    def informed_finding(exception: object) -> Finding:
        req = base_request(subjects=(subject(informed=False, inform_exception=exception),))
        found = [f for f in run(req).findings
                 if f.code in ("SUBJECT_NOT_INFORMED", "INFORM_EXCEPTION_USED")]
        assert len(found) == 1
        return found[0]

    for bad, why in ((replace(GOOD_EXCEPTION, ground="onbekend"), "grond"),
                     (replace(GOOD_EXCEPTION, ground=None), "grond"),
                     (replace(GOOD_EXCEPTION, reason="test test test"), "reden"),
                     (replace(GOOD_EXCEPTION, review_on=None), "herbeoordeling"),
                     (replace(GOOD_EXCEPTION, review_on=dt.date(2026, 11, 28)), "voorbij"),
                     (replace(GOOD_EXCEPTION, decided_on=dt.date(2026, 11, 30)), "besluit")):
        finding = informed_finding(bad)
        assert finding.code == "SUBJECT_NOT_INFORMED" and why in finding.message
    # review date boundary: on today it still counts, the day before it does not
    assert informed_finding(replace(GOOD_EXCEPTION, review_on=dt.date(2026, 11, 29))).code \
        == "INFORM_EXCEPTION_USED"
    assert informed_finding(replace(GOOD_EXCEPTION, decided_on=dt.date(2026, 11, 29))).code \
        == "INFORM_EXCEPTION_USED"


def test_age_unknown() -> None:
    result = run(base_request(subjects=(subject(birth_date=None),)))
    assert codes(result) == {"AGE_UNKNOWN"} and result.outcome == "allowed_with_warnings"


def test_unverified_impression() -> None:
    only("UNVERIFIED_IMPRESSION", base_request(items=(group_item(verified=False),)))


def test_stale_item() -> None:
    only("STALE_ITEM", base_request(items=(group_item(recorded_on=dt.date(2026, 5, 28)),)))


def test_free_text() -> None:
    only("FREE_TEXT", base_request(items=(group_item(free_text=True),)))


def test_personal_circumstances() -> None:
    only("PERSONAL_CIRCUMSTANCES",
         base_request(items=(person_item(category="persoonlijke-omstandigheden"),)))


def test_minor_only_for_subjects_of_shared_items() -> None:
    result = run(base_request(items=(group_item(),), subsidiarity=""))
    assert result.findings == ()  # Y1 is listed but nothing about Y1 is shared
    adult = subject(birth_date=dt.date(2000, 1, 1))
    assert run(base_request(subjects=(adult,))).findings == ()


def test_item_about_an_unlisted_subject_is_treated_as_unknown() -> None:
    result = run(base_request(items=(person_item(subject="Y9", confidential=True),)))
    assert {"CONFIDENCE_WITHOUT_GROUND", "AGE_UNKNOWN", "SUBJECT_NOT_INFORMED"} <= codes(result)


def test_all_findings_reported_not_only_the_first() -> None:
    req = base_request(purpose="alles", recipients=("woningcorporatie", "buurman"),
                       subsidiarity="", items=(
                           person_item(names_informant=True, necessity="", free_text=True,
                                       verified=False, recorded_on=dt.date(2020, 1, 1)),
                           person_item("P2", category="strafbare-feiten", confidential=True)))
    assert {"PURPOSE_UNKNOWN", "RECIPIENT_NOT_SIGNATORY", "SUBSIDIARITY_MISSING",
            "INFORMANT_IDENTIFIABLE", "NECESSITY_MISSING", "RETENTION_EXPIRED",
            "UNVERIFIED_IMPRESSION", "FREE_TEXT", "CRIMINAL_DATA",
            "CONFIDENCE_WITHOUT_GROUND", "MINOR"} <= codes(run(req))
    assert sum(1 for c in run(req).codes if c == "RECIPIENT_NOT_SIGNATORY") == 2


def test_messages_name_ids_never_names() -> None:
    req = base_request(items=(person_item(confidential=True, necessity="Jan de Vries weet het"),),
                       subsidiarity="Fatima Yilmaz", conflict_of_duties=ConflictOfDuties(
                           "Piet", "Klaas"))
    for finding in run(req).findings:
        for name in ("Jan", "Vries", "Fatima", "Yilmaz", "Piet", "Klaas"):
            assert name not in finding.message


def test_the_today_argument_decides_not_the_request_field() -> None:
    from jongerenwerk_desk.covenant import assess
    req = base_request()
    result = assess(profile(), req, dt.date(2029, 1, 1))
    assert "COVENANT_INACTIVE" in codes(result)


def test_a_birth_date_after_today_counts_as_age_unknown_never_under_12() -> None:
    """Regression: born 2026-12-01, shared on 2026-11-29 (age -1). A parents-only consent
    must not pass a confidential item as if the young person were under 12: with an unknown
    age the young person and the parents are both needed (docs/legal-rules.md §3)."""
    future = subject(birth_date=dt.date(2026, 12, 1), consents=(consent(by="parents"),))
    req = base_request(items=(person_item(confidential=True, source="young_person"),),
                       subjects=(future,))
    result = run(req)
    assert result.outcome == "blocked"
    assert {"CONFIDENCE_WITHOUT_GROUND", "CONSENT_INVALID", "AGE_UNKNOWN"} <= codes(result)
    assert "MINOR" not in codes(result)
    unknown = next(f for f in result.findings if f.code == "AGE_UNKNOWN")
    assert unknown.subject == "Y1" and "na de datum van delen" in unknown.message
    invalid = next(f for f in result.findings if f.code == "CONSENT_INVALID")
    assert "leeftijd onbekend" in invalid.message and "-1" not in invalid.message
    # with both consents it passes, as for any unknown age
    both = replace(future, consents=(consent(by="youth+parents"),))
    passed = run(replace(req, subjects=(both,)))
    assert passed.outcome == "allowed_with_warnings" and codes(passed) == {"AGE_UNKNOWN"}


def test_a_birth_date_after_today_needs_parents_informed_too() -> None:
    future = subject(birth_date=dt.date(2027, 1, 1), parents_informed=False)
    result = run(base_request(subjects=(future,)))
    assert codes(result) == {"AGE_UNKNOWN", "SUBJECT_NOT_INFORMED"}
