"""The Voorbeeldstad demo fills a notebook with fictional data of every kind."""

from __future__ import annotations

from datetime import date

import pytest

from jongerenwerk_desk.covenant import builtin_profile
from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.notebook.demo import build_demo
from jongerenwerk_desk.notebook.models import STAGES
from jongerenwerk_desk.vault import KdfParams

TODAY = date(2026, 11, 29)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.jwdb"
    nb, _ = Notebook.create(path, "demo", kdf_params=KdfParams.minimum())
    ids = build_demo(nb, TODAY)
    yield nb, ids
    nb.close()


def test_demo_has_every_kind_of_record(demo) -> None:
    nb, ids = demo
    assert nb.people.count() == len(ids.people) >= 10
    assert nb.groups.count() == 5
    signals = nb.signals.page(0, 1000)
    assert {s.verified for s in signals} == {True, False}
    assert any(s.confidential for s in signals)
    assert {s.source for s in signals} == {"own_observation", "young_person", "third_party",
                                          "partner"}
    assert any(s.informant for s in signals)
    assert any(not s.person_ids for s in signals) and any(not s.group_ids for s in signals)
    assert nb.consents.count() >= 3 and nb.informing.count() >= 3 and nb.partners.count() >= 2
    assert any(c.withdrawn_on for c in nb.consents.page(0, 100))
    assert any(c.explicit_special for c in nb.consents.page(0, 100))
    assert nb.settings.get("covenant.active_profile_id") == "demo"
    assert nb.settings.get("organisation.party_id") == "jongerenwerk"


def test_demo_matches_the_demo_profile(demo) -> None:
    nb, _ids = demo
    profile = builtin_profile("demo")
    kinds = {c.id: c.kind for c in profile.categories}
    used = {s.category for s in nb.signals.page(0, 1000)}
    assert used <= set(kinds)
    assert {"special", "criminal", "ordinary"} <= {kinds[c] for c in used}
    parties = {p.id for p in profile.parties}
    purposes = {p.id for p in profile.purposes}
    for consent in nb.consents.page(0, 100):
        assert set(consent.recipients) <= parties and consent.purpose in purposes


def test_demo_ages_and_stages(demo) -> None:
    nb, ids = demo
    ages = [p.age_on(TODAY) for p in nb.people.page(0, 100)]
    assert None in ages and min(a for a in ages if a is not None) < 12
    assert max(a for a in ages if a is not None) >= 18
    noor = nb.people.get(ids.people["noor"])
    assert noor.birth_date.replace(year=TODAY.year) == TODAY and noor.age_on(TODAY) == 16
    stages = {g.stage for g in nb.groups.page(0, 10)}
    assert {"1", "2A", "2B", "3", "7"} <= stages
    history = nb.groups.stage_history(ids.groups["noord"])
    assert [h.stage for h in history] == list(STAGES)
    assert history == sorted(history, key=lambda h: h.changed_at)


def test_demo_dates_move_with_today(tmp_path) -> None:
    nb, _ = Notebook.create(tmp_path / "d.jwdb", "demo", kdf_params=KdfParams.minimum())
    try:
        later = date(2030, 6, 1)
        build_demo(nb, later)
        newest = nb.signals.page(0, 1, "occurred_at", descending=True)[0]
        assert 0 <= (later - newest.occurred_at.date()).days <= 4
    finally:
        nb.close()


def test_demo_is_consistent(demo) -> None:
    nb, _ids = demo
    assert nb.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    for fts in ("people_fts", "signals_fts"):
        nb.conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
    assert nb.search("Voorbeeld")[0].kind == "person"
