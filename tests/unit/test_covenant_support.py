"""Shared builders for the covenant tests (imported by the other test_covenant_* modules).

``base_request()`` is a complete, allowed request under the Voorbeeldstad fixture profile:
step 3, purpose ``groepsduiding``, recipient ``burgemeester``, one 17-year-old subject who
(and whose parents) were informed, one group item and one person item with a necessity.
Tests change one thing with ``dataclasses.replace`` and check the one finding it causes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from jongerenwerk_desk.covenant import (
    Assessment,
    CovenantProfile,
    Item,
    RequestConsent,
    ShareRequest,
    Subject,
    assess,
    load_profile,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "scenarios"
TODAY = dt.date(2026, 11, 29)
_PROFILE: CovenantProfile | None = None


def profile() -> CovenantProfile:
    """The Voorbeeldstad fixture profile (loaded once; it is immutable)."""
    global _PROFILE
    if _PROFILE is None:
        _PROFILE = load_profile(FIXTURES / "profile-voorbeeldstad.toml")
    return _PROFILE


def group_item(item_id: str = "G1", **changes: object) -> Item:
    """A verified, recent, non-confidential group-behaviour item."""
    item = Item(id=item_id, subject=None, category="groepsgedrag", source="own_observation",
                confidential=False, recorded_on=dt.date(2026, 11, 10), necessity="",
                verified=True, free_text=False, names_informant=False)
    return replace(item, **changes)


def person_item(item_id: str = "P1", subject: str = "Y1", **changes: object) -> Item:
    """A verified, recent, non-confidential ``rol-in-groep`` item with a necessity."""
    item = Item(id=item_id, subject=subject, category="rol-in-groep", source="own_observation",
                confidential=False, recorded_on=dt.date(2026, 11, 10),
                necessity="Nodig om de rol in de groep te duiden.", verified=True,
                free_text=False, names_informant=False)
    return replace(item, **changes)


def subject(subject_id: str = "Y1", **changes: object) -> Subject:
    """A 17-year-old (born 2009-06-01) who and whose parents were informed; no consents."""
    subj = Subject(id=subject_id, birth_date=dt.date(2009, 6, 1), informed=True,
                   parents_informed=True)
    return replace(subj, **changes)


def consent(**changes: object) -> RequestConsent:
    """A youth consent for groepsduiding to burgemeester, given 2026-11-01."""
    c = RequestConsent(by="youth", given_on=dt.date(2026, 11, 1), purpose="groepsduiding",
                       recipients=("burgemeester",))
    return replace(c, **changes)


def base_request(**changes: object) -> ShareRequest:
    """The allowed baseline request (see the module docstring)."""
    req = ShareRequest(
        today=TODAY, own_party="jongerenwerk", recipients=("burgemeester",), stage="3",
        purpose="groepsduiding",
        subsidiarity="Op groepsniveau is niet vast te stellen wie hulp nodig heeft.",
        subjects=(subject(),), items=(group_item(), person_item()), conflict_of_duties=None)
    return replace(req, **changes)


def run(request: ShareRequest, prof: CovenantProfile | None = None) -> Assessment:
    """assess() on the request's own date."""
    return assess(prof or profile(), request, request.today)


def codes(assessment: Assessment) -> set[str]:
    """The set of codes in an assessment."""
    return set(assessment.codes)


def test_baseline_is_allowed_with_only_the_minor_notice() -> None:
    result = run(base_request())
    assert result.outcome == "allowed"
    assert result.codes == ("MINOR",)
    assert result.findings[0].subject == "Y1"
