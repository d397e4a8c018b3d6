"""Boundaries of docs/legal-rules.md §3: calendar months (strictly before, day clamping, leap
days), ages in completed years on the birthday, the justification test (non-blank characters
and distinct words, V2-6), vital interest ages (V2-1) and the small group (V2-8)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from jongerenwerk_desk.covenant import (
    ConflictOfDuties,
    Refusal,
    VitalInterest,
    age_on,
    distinct_words,
    is_older_than,
    months_before,
    non_blank_len,
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

D = dt.date


@pytest.mark.parametrize(("day", "months", "expected"), [
    (D(2026, 11, 29), 24, D(2024, 11, 29)),
    (D(2026, 3, 31), 1, D(2026, 2, 28)),
    (D(2028, 3, 31), 1, D(2028, 2, 29)),
    (D(2026, 5, 31), 3, D(2026, 2, 28)),
    (D(2026, 1, 15), 1, D(2025, 12, 15)),
    (D(2026, 1, 31), 13, D(2024, 12, 31)),
    (D(2028, 2, 29), 24, D(2026, 2, 28)),
    (D(2028, 2, 29), 48, D(2024, 2, 29)),
    (D(2026, 7, 31), 0, D(2026, 7, 31)),
])
def test_months_before_clamps_to_month_end(day: dt.date, months: int,
                                           expected: dt.date) -> None:
    assert months_before(day, months) == expected


def test_months_before_rejects_negative_counts() -> None:
    with pytest.raises(ValueError):
        months_before(D(2026, 1, 1), -1)
    assert is_older_than(D(1, 1, 1), D(1, 6, 1), 24) is False


def _retention(recorded: dt.date, today: dt.date, months: int = 24) -> set[str]:
    prof = replace(profile(), retention_months=months, stale_after_months=months)
    req = base_request(today=today, items=(group_item(recorded_on=recorded),))
    return codes(run(req, prof))


def test_retention_exactly_24_months_is_kept_one_day_more_expires() -> None:
    today = D(2026, 11, 29)
    assert "RETENTION_EXPIRED" not in codes(run(base_request(
        items=(group_item(recorded_on=D(2024, 11, 29)),))))
    assert "STALE_ITEM" in codes(run(base_request(items=(group_item(
        recorded_on=D(2024, 11, 29)),))))
    expired = run(base_request(items=(group_item(recorded_on=D(2024, 11, 28)),)))
    assert "RETENTION_EXPIRED" in codes(expired)
    assert "STALE_ITEM" not in codes(expired)  # expired, not merely stale
    assert today == base_request().today


def test_retention_month_end_clamping_on_2026_03_31() -> None:
    assert "RETENTION_EXPIRED" not in _retention(D(2026, 2, 28), D(2026, 3, 31), months=1)
    assert "RETENTION_EXPIRED" in _retention(D(2026, 2, 27), D(2026, 3, 31), months=1)


def test_retention_around_leap_days() -> None:
    assert "RETENTION_EXPIRED" not in _retention(D(2026, 2, 28), D(2028, 2, 29))
    assert "RETENTION_EXPIRED" in _retention(D(2026, 2, 27), D(2028, 2, 29))
    assert "RETENTION_EXPIRED" not in _retention(D(2024, 2, 28), D(2026, 2, 28))
    assert "RETENTION_EXPIRED" in _retention(D(2024, 2, 27), D(2026, 2, 28))


def test_stale_boundary_six_months() -> None:
    assert "STALE_ITEM" not in codes(run(base_request(
        items=(group_item(recorded_on=D(2026, 5, 29)),))))
    assert "STALE_ITEM" in codes(run(base_request(
        items=(group_item(recorded_on=D(2026, 5, 28)),))))
    clamped = base_request(today=D(2026, 8, 31), items=(group_item(recorded_on=D(2026, 2, 28)),))
    assert "STALE_ITEM" not in codes(run(clamped))
    assert "STALE_ITEM" in codes(run(replace(clamped, items=(
        group_item(recorded_on=D(2026, 2, 27)),))))


@pytest.mark.parametrize(("birth", "day", "age"), [
    (D(2010, 11, 29), D(2026, 11, 29), 16),
    (D(2010, 11, 30), D(2026, 11, 29), 15),
    (D(2012, 2, 29), D(2028, 2, 29), 16),
    (D(2012, 2, 29), D(2027, 2, 28), 14),
    (D(2012, 2, 29), D(2027, 3, 1), 15),
    (D(2008, 12, 31), D(2026, 1, 1), 17),
])
def test_age_in_completed_years(birth: dt.date, day: dt.date, age: int) -> None:
    assert age_on(birth, day) == age


def _consent_ok(birth: dt.date | None, by: str) -> bool:
    """Is a confidential person item allowed with one consent ``by`` of a subject born ``birth``?"""
    req = base_request(items=(person_item(confidential=True),),
                       subjects=(subject(birth_date=birth, consents=(consent(by=by),)),))
    return "CONFIDENCE_WITHOUT_GROUND" not in codes(run(req))


def test_age_11_parents_alone_12_both() -> None:
    eleven, twelve = D(2014, 11, 30), D(2014, 11, 29)  # twelfth birthday is today
    assert _consent_ok(eleven, "parents")
    assert not _consent_ok(eleven, "youth")
    assert _consent_ok(eleven, "youth+parents")
    assert not _consent_ok(twelve, "parents")
    assert not _consent_ok(twelve, "youth")
    assert _consent_ok(twelve, "youth+parents")


def test_age_15_both_16_youth_alone() -> None:
    fifteen, sixteen = D(2010, 11, 30), D(2010, 11, 29)
    assert not _consent_ok(fifteen, "youth")
    assert _consent_ok(sixteen, "youth")
    assert not _consent_ok(sixteen, "parents")
    assert _consent_ok(sixteen, "youth+parents")


def test_unknown_age_needs_both() -> None:
    assert not _consent_ok(None, "youth")
    assert not _consent_ok(None, "parents")
    assert _consent_ok(None, "youth+parents")


def test_age_17_is_minor_18_on_birthday_is_not() -> None:
    minor = run(base_request(subjects=(subject(birth_date=D(2008, 11, 30)),)))
    adult = run(base_request(subjects=(subject(birth_date=D(2008, 11, 29)),)))
    assert "MINOR" in codes(minor)
    assert "MINOR" not in codes(adult)


def test_informing_parents_needed_until_16() -> None:
    def informed_codes(birth: dt.date) -> set[str]:
        return codes(run(base_request(subjects=(subject(birth_date=birth,
                                                        parents_informed=False),))))
    assert "SUBJECT_NOT_INFORMED" in informed_codes(D(2010, 11, 30))
    assert "SUBJECT_NOT_INFORMED" not in informed_codes(D(2010, 11, 29))


@pytest.mark.parametrize(("text", "count"), [
    ("abcdefghi", 9), ("abcdefghij", 10), ("a b c d e f g h i", 9), (" \t\n\u00a0 ", 0),
    ("", 0), (None, 0), ("émigrés 🙂", 8),
])
def test_non_blank_len(text: str | None, count: int) -> None:
    assert non_blank_len(text) == count


@pytest.mark.parametrize(("text", "missing"), [
    # characters: 10 non-blank needed (with three distinct words of 3+ letters)
    ("een twee", True), ("aap noot mies", False), ("aap noot mi", True),
    ("aap\tnoot   mies", False), ("          ", True), ("\t\n  \n", True),
    # words: three distinct words of at least three letters, case-folded
    ("xxxxxxxxxx", True), ("..........", True), ("test test test", True),
    ("Test TEST test anders", True), ("test anders nodig", False),
    ("PGA-traject nodig", False), ("z'n rol is de spil", True), ("zijn rol als spil", False),
    ("ab cd ef gh ij kl", True), ("één école über", False), ("1234567890 abc def", True),
])
def test_justification_test_for_necessity_and_subsidiarity(text: str, missing: bool) -> None:
    necessity = codes(run(base_request(items=(person_item(necessity=text),))))
    assert ("NECESSITY_MISSING" in necessity) is missing
    subsidiarity = codes(run(base_request(subsidiarity=text)))
    assert ("SUBSIDIARITY_MISSING" in subsidiarity) is missing


@pytest.mark.parametrize(("text", "words"), [
    ("PGA-traject", {"pga", "traject"}), ("z'n", set()), ("Straat STRAAT straat", {"straat"}),
    ("Ölçü ölçü", {"ölçü"}), ("e\u0301cole", {"école"}), ("a1b2c3", set()), (None, set()),
    ("Москва дом", {"москва", "дом"}), ("abc²def", {"abc", "def"}), ("snake_case_x", {"snake",
                                                                        "case"}),
])
def test_distinct_words_are_runs_of_letters_case_folded(text: str | None,
                                                        words: set[str]) -> None:
    assert distinct_words(text) == words


def test_min_justification_words_comes_from_the_profile() -> None:
    assert "NECESSITY_MISSING" not in codes(run(base_request(
        items=(person_item(necessity="aap noot mies"),))))
    four = replace(profile(), min_justification_words=4)
    assert "NECESSITY_MISSING" in codes(run(base_request(
        items=(person_item(necessity="aap noot mies"),)), four))
    finding = next(f for f in run(base_request(items=(person_item(necessity="x"),)),
                                  four).findings if f.code == "NECESSITY_MISSING")
    assert "4 verschillende woorden" in finding.message


COD = ConflictOfDuties(reasoning="Afweging vastgelegd in het dossier van deze jongere.",
                       consulted="aandachtsfunctionaris", consulted_on=D(2026, 11, 20),
                       advice="Deel alleen de rol in de groep, niet wat hij vertelde.")


@pytest.mark.parametrize(("text", "passes"), [("abcdefghi", False), ("abcdefghij", False),
                                              ("aap noot mies", True), ("aap noot", False)])
def test_conflict_of_duties_reasoning_and_advice_pass_the_justification_test(
        text: str, passes: bool) -> None:
    for cod in (replace(COD, reasoning=text), replace(COD, advice=text)):
        result = codes(run(base_request(items=(person_item(confidential=True),),
                                        subjects=(subject(conflict_of_duties=cod),))))
        assert ("CONFLICT_OF_DUTIES_USED" in result) is passes
        assert ("CONFIDENCE_WITHOUT_GROUND" in result) is not passes


VITAL = VitalInterest(reason="Levensgevaar: hij is deze week twee keer flauwgevallen.",
                      consent_impossible="Hij ligt buiten bewustzijn in het ziekenhuis.")
REFUSED = (Refusal(by="youth", on=D(2026, 11, 20), purpose="groepsduiding"),)


@pytest.mark.parametrize(("birth", "refused_blocks"), [
    (D(2010, 11, 29), True),   # 16 today: a competent young person's no counts
    (D(2010, 11, 30), False),  # 15 until tomorrow: the legal representatives decide
    (None, True),              # unknown age: treated as competent (V2-1, precise reading)
    (D(2004, 1, 1), True),     # adult
    (D(2016, 1, 1), False),    # 10
])
def test_vital_interest_refusal_by_age(birth: dt.date | None, refused_blocks: bool) -> None:
    item = (person_item(category="gezondheid", vital_interest=VITAL),)
    refused = run(base_request(items=item, subjects=(subject(birth_date=birth,
                                                             refusals=REFUSED),)))
    assert ("VITAL_INTEREST_INVALID" in codes(refused)) is refused_blocks
    assert ("SPECIAL_CATEGORY" in codes(refused)) is refused_blocks
    not_refused = run(base_request(items=item, subjects=(subject(birth_date=birth),)))
    assert "VITAL_INTEREST_INVALID" not in codes(not_refused)
    assert "SPECIAL_CATEGORY_EXCEPTION" in codes(not_refused)


def test_vital_interest_refusal_on_or_before_today_other_purpose_or_later_consent() -> None:
    item = (person_item(category="gezondheid", vital_interest=VITAL),)

    def blocked(**changes: object) -> bool:
        return "VITAL_INTEREST_INVALID" in codes(run(base_request(
            items=item, subjects=(subject(**changes),))))

    assert blocked(refusals=(Refusal("youth", D(2026, 11, 29), "groepsduiding"),))
    assert not blocked(refusals=(Refusal("youth", D(2026, 11, 30), "groepsduiding"),))
    assert not blocked(refusals=(Refusal("youth", D(2026, 11, 1), "namenlijst"),))
    assert not blocked(refusals=(Refusal("parents", D(2026, 11, 1), "groepsduiding"),))
    assert blocked(refusals=(Refusal("youth+parents", D(2026, 11, 1), "groepsduiding"),))
    # a withdrawal counts as saying no; a valid consent given after it lifts it
    withdrawn = consent(by="youth", given_on=D(2026, 10, 1), withdrawn_on=D(2026, 11, 10))
    assert blocked(consents=(withdrawn,))
    assert not blocked(consents=(withdrawn, consent(by="youth", given_on=D(2026, 11, 15))))
    assert not blocked(consents=(replace(withdrawn, categories=("identiteit",)),))
    assert not blocked(refusals=REFUSED, consents=(consent(by="youth",
                                                           given_on=D(2026, 11, 21)),))


@pytest.mark.parametrize(("vital", "code"), [
    (None, None), ("", None), ("   ", None), (VitalInterest(reason=None), None),
    (VitalInterest(reason="  ", consent_impossible="iets"), None),
    ("Levensgevaar bij een overdosis vannacht", "VITAL_INTEREST_INVALID"),
    (replace(VITAL, consent_impossible=None), "VITAL_INTEREST_INVALID"),
    (replace(VITAL, consent_impossible="xxxxxxxxxxxx"), "VITAL_INTEREST_INVALID"),
    (replace(VITAL, reason="gevaar!!!!!"), "VITAL_INTEREST_INVALID"),
    (VITAL, "SPECIAL_CATEGORY_EXCEPTION"),
])
def test_vital_interest_absent_invalid_or_valid(vital: object, code: str | None) -> None:
    result = codes(run(base_request(items=(person_item(category="gezondheid",
                                                       vital_interest=vital),))))
    if code is None:
        assert "SPECIAL_CATEGORY" in result and "VITAL_INTEREST_INVALID" not in result
    else:
        assert code in result
    # looked at only on special items
    ordinary = codes(run(base_request(items=(person_item(vital_interest=vital),))))
    assert "VITAL_INTEREST_INVALID" not in ordinary


@pytest.mark.parametrize(("size", "warns"), [(None, False), (0, True), (4, True), (5, False),
                                             (9, False)])
def test_small_group_below_min_group_size(size: int | None, warns: bool) -> None:
    result = run(base_request(group_size=size))
    assert ("SMALL_GROUP" in codes(result)) is warns
    if warns:
        assert result.outcome == "allowed_with_warnings"
    # only when group-level items (items without a subject) are shared
    persons_only = run(base_request(group_size=size, items=(person_item(),)))
    assert "SMALL_GROUP" not in codes(persons_only)
    three = replace(profile(), min_group_size=3)
    assert ("SMALL_GROUP" in codes(run(base_request(group_size=size), three))) is (
        size is not None and size < 3)


def test_min_justification_chars_comes_from_the_profile() -> None:
    stricter = replace(profile(), min_justification_chars=60)
    assert "NECESSITY_MISSING" in codes(run(base_request(), stricter))
    assert "SUBSIDIARITY_MISSING" in codes(run(base_request(), stricter))
