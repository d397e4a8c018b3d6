"""The check-to-export race: what changed in the notebook after the check never leaves.

A security review exported a disclosure after the young person's consent had been withdrawn,
and after a group signal had been turned into a health item about one member with a named
informant: ``export_disclosure`` re-checked the old request instead of the notebook.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from jongerenwerk_desk.notebook.models import Signal
from jongerenwerk_desk.sharing import (
    DisclosureRegister,
    ExportOptions,
    SummaryRefused,
    export_disclosure,
    prepare_disclosure,
)
from tests.sharing_world import (
    OWN_PARTY,
    PASSPHRASE,
    TODAY,
    allowed_selection,
    demo_profile,
)


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "uit"
    folder.mkdir()
    return folder


def _checked(world):
    selection, grounds = allowed_selection(world)
    prepared = prepare_disclosure(world.nb, selection, grounds, demo_profile(), TODAY,
                                  OWN_PARTY)
    assert prepared.assessment.outcome != "blocked"
    return prepared


def _export(world, folder, prepared):
    return export_disclosure(world.nb, PASSPHRASE, prepared, ExportOptions(
        folder=folder, formats=("pdf", "csv"), actor="jw-tester"))


def _assert_nothing_left(world, folder) -> None:
    assert list(folder.iterdir()) == []
    assert DisclosureRegister(world.nb).list() == []


def test_consent_withdrawn_after_the_check_refuses_the_export(world, out) -> None:
    sid = world.signals["jan_contact"]
    world.nb.signals.update(dataclasses.replace(world.nb.signals.get(sid), confidential=True))
    checked = _checked(world)  # passes on Jan's consent
    consent = world.nb.consents.for_person(world.jan)[0]
    world.nb.consents.update(dataclasses.replace(consent, withdrawn_on=date(2026, 11, 28)))
    with pytest.raises(SummaryRefused, match="toets opnieuw"):
        _export(world, out, checked)
    _assert_nothing_left(world, out)


def test_signal_recategorised_and_given_an_informant_refuses_the_export(world, out) -> None:
    checked = _checked(world)
    sid = world.signals["behaviour"]
    signal: Signal = world.nb.signals.get(sid)
    world.nb.signals.update(dataclasses.replace(
        signal, category="gezondheid", person_ids=[world.kees], informant="Pieter Hendriks",
        text="Volgens Pieter Hendriks gebruikt hij lachgas."))
    with pytest.raises(SummaryRefused):
        _export(world, out, checked)
    _assert_nothing_left(world, out)


def test_unchanged_notebook_still_exports(world, out) -> None:
    record = _export(world, out, _checked(world))
    assert sorted(p.name for p in out.iterdir()) == sorted(record.file_names)
