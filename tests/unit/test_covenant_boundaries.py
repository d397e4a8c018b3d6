"""Boundaries of docs/legal-rules.md §3: calendar months (strictly before, day clamping, leap
days), ages in completed years on the birthday, and non-blank text lengths."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from jongerenwerk_desk.covenant import (
    ConflictOfDuties,
    age_on,
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
    ("abcdefghi", True), ("abcdefghij", False), ("a b c d e f g h i", True),
    ("a b c d e f g h i j", False), ("          ", True), ("\t\n  \n", True),
])
def test_necessity_and_subsidiarity_lengths(text: str, missing: bool) -> None:
    necessity = codes(run(base_request(items=(person_item(necessity=text),))))
    assert ("NECESSITY_MISSING" in necessity) is missing
    subsidiarity = codes(run(base_request(subsidiarity=text)))
    assert ("SUBSIDIARITY_MISSING" in subsidiarity) is missing


@pytest.mark.parametrize(("text", "passes"), [("abcdefghi", False), ("abcdefghij", True)])
def test_conflict_of_duties_lengths(text: str, passes: bool) -> None:
    for cod in (ConflictOfDuties(text, "collega en privacyfunctionaris"),
                ConflictOfDuties("afweging vastgelegd in dossier", text)):
        result = codes(run(base_request(items=(person_item(confidential=True),),
                                        conflict_of_duties=cod)))
        assert ("CONFLICT_OF_DUTIES_USED" in result) is passes
        assert ("CONFIDENCE_WITHOUT_GROUND" in result) is not passes


def test_min_justification_chars_comes_from_the_profile() -> None:
    stricter = replace(profile(), min_justification_chars=60)
    assert "NECESSITY_MISSING" in codes(run(base_request(), stricter))
    assert "SUBSIDIARITY_MISSING" in codes(run(base_request(), stricter))
