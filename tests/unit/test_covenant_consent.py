"""Consent validity (docs/legal-rules.md §3, last paragraph): purpose, every recipient, given on
or before today, not withdrawn on or before today, the right person by age."""

from __future__ import annotations

import datetime as dt

from jongerenwerk_desk.covenant import check_consent, required_givers
from tests.unit.test_covenant_support import (
    TODAY,
    base_request,
    codes,
    consent,
    person_item,
    profile,
    run,
    subject,
)

D = dt.date
FOURTEEN = D(2012, 6, 1)
SEVENTEEN = D(2009, 6, 1)


def check(*consents, birth=SEVENTEEN, recipients=("burgemeester",), special=False):
    return check_consent(profile(), subject(birth_date=birth, consents=tuple(consents)),
                         "groepsduiding", recipients, TODAY, special=special)


def test_a_matching_consent_is_valid() -> None:
    assert check(consent()).valid
    assert check(consent()).reasons == ()


def test_other_purpose_is_invalid_and_says_so() -> None:
    result = check(consent(purpose="namenlijst"))
    assert not result.valid
    assert "ander doel" in result.reasons[0]


def test_every_recipient_must_be_covered() -> None:
    result = check(consent(recipients=("burgemeester",)), recipients=("burgemeester", "politie"))
    assert not result.valid and "politie" in result.reasons[0]
    assert check(consent(recipients=("politie", "burgemeester")),
                 recipients=("burgemeester", "politie")).valid


def test_given_on_today_counts_given_tomorrow_does_not() -> None:
    assert check(consent(given_on=TODAY)).valid
    later = check(consent(given_on=TODAY + dt.timedelta(days=1)))
    assert not later.valid and "2026-11-30" in later.reasons[0]


def test_withdrawn_today_does_not_count_withdrawn_tomorrow_still_does() -> None:
    assert not check(consent(withdrawn_on=TODAY)).valid
    assert check(consent(withdrawn_on=TODAY + dt.timedelta(days=1))).valid
    assert "ingetrokken" in check(consent(withdrawn_on=D(2026, 11, 2))).reasons[0]


def test_youth_and_parents_separately_suffice_between_12_and_16() -> None:
    youth, parents = consent(by="youth"), consent(by="parents")
    assert check(youth, parents, birth=FOURTEEN).valid
    assert not check(youth, birth=FOURTEEN).valid
    withdrawn_parents = consent(by="parents", withdrawn_on=D(2026, 11, 15))
    result = check(youth, withdrawn_parents, birth=FOURTEEN)
    assert not result.valid
    assert any("alleen geldige toestemming van de jongere" in r for r in result.reasons)
    assert any("toestemming 2" in r for r in result.reasons)


def test_wrong_person_reason_names_who_is_needed_and_the_age() -> None:
    result = check(consent(by="youth"), birth=D(2016, 1, 1))
    assert not result.valid
    assert "de ouders" in result.reasons[-1] and "10 jaar" in result.reasons[-1]


def test_required_givers_by_age() -> None:
    assert required_givers(profile(), D(2014, 11, 30), TODAY) == {"parents"}
    assert required_givers(profile(), D(2014, 11, 29), TODAY) == {"youth", "parents"}
    assert required_givers(profile(), D(2010, 11, 29), TODAY) == {"youth"}
    assert required_givers(profile(), None, TODAY) == {"youth", "parents"}


def test_special_data_needs_explicit_consent() -> None:
    assert not check(consent(), special=True).valid
    assert check(consent(explicit_special=True), special=True).valid
    mixed = check(consent(by="youth", explicit_special=True), consent(by="parents"),
                  birth=FOURTEEN, special=True)
    assert not mixed.valid


def test_one_valid_consent_among_invalid_ones_is_enough() -> None:
    result = check(consent(purpose="x"), consent(withdrawn_on=D(2026, 1, 1)), consent())
    assert result.valid


def test_consent_invalid_message_carries_the_reason() -> None:
    req = base_request(items=(person_item(confidential=True),), subjects=(subject(
        birth_date=FOURTEEN, consents=(consent(by="youth"),)),))
    result = run(req)
    assert {"CONFIDENCE_WITHOUT_GROUND", "CONSENT_INVALID"} <= codes(result)
    message = next(f.message for f in result.findings if f.code == "CONSENT_INVALID")
    assert "de jongere en de ouders" in message and "14 jaar" in message
