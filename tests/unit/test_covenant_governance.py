"""Profile governance: how an imported profile differs from the model covenant, loud
warnings for settings the law or the werkproces does not allow youth work, and the approval
of a version by a named person (kept in the profile, read back unchanged)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from jongerenwerk_desk.covenant import (
    ProfileError,
    approve_profile,
    builtin_profile,
    parse_profile_bytes,
    profile_to_toml,
    review_profile,
)

MODEL = builtin_profile("model")


def test_the_model_and_the_demo_profile_raise_no_warning() -> None:
    assert review_profile(MODEL, MODEL).differences == ()
    assert review_profile(MODEL, MODEL).warnings == ()
    demo = review_profile(builtin_profile("demo"), MODEL)
    assert demo.warnings == () and demo.differences == (
        "partij extra t.o.v. het model: woningcorporatie",)


@pytest.mark.parametrize(("changes", "key"), [
    ({"criminal_data_shared_by": ("burgemeester", "politie", "om", "jongerenwerk")},
     "criminal_data_shared_by"),
    ({"retention_months": 61}, "retention_months"),
    ({"consent_age_youth_alone_from": 15}, "consent_age_youth_alone_from"),
    ({"min_justification_chars": 1}, "min_justification_chars"),
    ({"min_justification_words": 1}, "min_justification_words"),
    ({"min_group_size": 2}, "min_group_size"),
    ({"conflict_advice_valid_days": 91}, "conflict_advice_valid_days"),
])
def test_loud_warnings(changes: dict, key: str) -> None:
    review = review_profile(replace(MODEL, **changes), MODEL)
    assert [w.key for w in review.loud] == [key]
    assert review.differences  # and the difference is listed


@pytest.mark.parametrize(("changes", "quiet"), [
    ({"retention_months": 60}, True), ({"consent_age_youth_alone_from": 16}, True),
    ({"min_justification_chars": 5, "min_justification_words": 2, "min_group_size": 3,
      "conflict_advice_valid_days": 90}, True),
])
def test_boundaries_of_the_loud_warnings(changes: dict, quiet: bool) -> None:
    assert (review_profile(replace(MODEL, **changes), MODEL).loud == ()) is quiet


def test_ethnicity_in_a_purpose_and_names_before_2b_are_loud() -> None:
    purposes = tuple(
        replace(p, categories=(*p.categories, "afkomst")) if p.id == "groepsduiding"
        else replace(p, stages=("1", "2A", "2B")) if p.id == "namenlijst" else p
        for p in MODEL.purposes)
    review = review_profile(replace(MODEL, purposes=purposes), MODEL)
    assert {w.key for w in review.loud} == {"purposes.groepsduiding.categories",
                                            "purposes.namenlijst.stages"}
    assert "doel groepsduiding: andere categorieën dan het model" in review.differences
    # the correction purpose may be used at every step: no warning
    assert review_profile(MODEL, MODEL).loud == ()


def test_approval_is_kept_in_the_profile() -> None:
    at = dt.datetime(2026, 11, 29, 14, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    approved = approve_profile(MODEL, " F. de Vries, privacyfunctionaris ", at)
    assert approved.approved_by == "F. de Vries, privacyfunctionaris"
    assert approved.approved_at == dt.datetime(2026, 11, 29, 13, 30, tzinfo=dt.UTC)
    assert parse_profile_bytes(profile_to_toml(approved).encode("utf-8")) == approved
    with pytest.raises(ProfileError):
        approve_profile(MODEL, "  ", at)
    with pytest.raises(ProfileError):
        approve_profile(MODEL, "F. de Vries", dt.datetime(2026, 11, 29, 14))
