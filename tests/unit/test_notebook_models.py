"""Domain dataclasses: derived values, validation, and no client data in repr."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from jongerenwerk_desk.notebook.models import (
    Consent,
    Group,
    Signal,
    StageChange,
    YoungPerson,
)


def test_initials_and_birth_year() -> None:
    p = YoungPerson(name="Jan de Vries", birth_date=date(2010, 3, 4))
    assert p.initials == "J.d.V."
    assert p.birth_year == 2010
    assert YoungPerson(name="").initials == ""
    assert YoungPerson(name="x").birth_year is None


@pytest.mark.parametrize(("born", "day", "age"), [
    (date(2010, 5, 1), date(2026, 5, 1), 16),      # birthday today counts
    (date(2010, 5, 1), date(2026, 4, 30), 15),
    (date(2008, 2, 29), date(2026, 2, 28), 17),    # leap-day birthday in a non-leap year
    (date(2008, 2, 29), date(2026, 3, 1), 18),
])
def test_age_in_completed_years(born: date, day: date, age: int) -> None:
    assert YoungPerson(name="x", birth_date=born).age_on(day) == age


def test_age_unknown() -> None:
    assert YoungPerson(name="x").age_on(date(2026, 1, 1)) is None


def test_signal_timestamp_becomes_utc_and_naive_is_refused() -> None:
    cet = timezone(timedelta(hours=1))
    s = Signal(occurred_at=datetime(2026, 1, 1, 12, 0, tzinfo=cet))
    assert s.occurred_at == datetime(2026, 1, 1, 11, 0, tzinfo=UTC)
    assert s.occurred_at.utcoffset() == timedelta(0)
    with pytest.raises(ValueError):
        Signal(occurred_at=datetime(2026, 1, 1, 12, 0))
    with pytest.raises(ValueError):
        StageChange(changed_at=datetime(2026, 1, 1))


@pytest.mark.parametrize("build", [
    lambda: Group(stage="8"),
    lambda: Group(kind="bende"),
    lambda: Signal(source="roddel"),
    lambda: Consent(given_by="oma"),
    lambda: Consent(form="sms"),
])
def test_enumerations_are_validated(build) -> None:
    with pytest.raises(ValueError):
        build()


def test_repr_never_shows_client_data() -> None:
    marker = "Qxzmarker"
    objs = [
        YoungPerson(name=marker, nickname=marker, phone=marker, notes=marker,
                    neighbourhood=marker),
        Signal(text=marker, informant=marker, location=marker),
        Group(name=marker, notes=marker, locations=[marker]),
        Consent(note=marker),
    ]
    for obj in objs:
        assert marker not in repr(obj)


def test_signal_links_are_deduplicated() -> None:
    s = Signal(person_ids=[3, 1, 3], group_ids=[2, 2])
    assert s.person_ids == [3, 1]
    assert s.group_ids == [2]
