"""Retention: preview (counts, masked items), legal hold, delete on confirmation with
content-free audit events, and tombstones that survive restoring an older backup."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta

import pytest

from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.notebook.demo import build_demo
from jongerenwerk_desk.notebook.models import Signal, YoungPerson
from jongerenwerk_desk.notebook.ops import (
    add_retention_hold,
    replay_tombstones,
)
from jongerenwerk_desk.rights import retention
from jongerenwerk_desk.vault import Vault
from tests.notebooks import new_notebook

PASS = "bewaren en weggooien 2026"
TODAY = date(2026, 12, 3)


@pytest.fixture
def nb(tmp_path):
    notebook, _ = new_notebook(tmp_path / "r.jwdb", PASS)
    yield notebook
    if notebook.is_open:
        notebook.close()


def _signal(nb: Notebook, days_ago: int, **extra) -> int:
    when = datetime(2026, 12, 3, 12, tzinfo=UTC) - timedelta(days=days_ago)
    return nb.signals.add(Signal(occurred_at=when, category="groepsgedrag",
                                 text=extra.pop("text", "GEHEIMETEKST oud signaal"), **extra))


def test_preview_lists_old_signals_masked_and_apply_deletes_them(nb):
    nb.settings.set("covenant.active_profile_id", "demo")  # 24 months
    old = _signal(nb, 800)
    secret = _signal(nb, 900, confidential=True)
    recent = _signal(nb, 30, text="recent signaal")
    before = nb.audit.count()
    result = retention.preview(nb, TODAY)
    assert result.counts() == {"signal": 2, "group": 0, "person": 0}
    assert {i.item_id for i in result.due} == {old, secret}
    labels = " ".join(i.label for i in result.due)
    assert "GEHEIMETEKST" not in labels and "Vertrouwelijk" in labels
    assert "Groepsgedrag" in labels
    assert nb.audit.count() == before  # preview only reads
    assert retention.apply(nb, result) == {"signal": 2, "group": 0, "person": 0,
                                           "disclosure": 0}
    assert [s.id for s in nb.signals.page(0, 10)] == [recent]
    events = [e for e in nb.audit.page(before, 10, sort_key="id")]
    assert [(e.action, e.entity, e.entity_id, e.detail) for e in events] == [
        ("retention_delete", "signal", None, "count=2")]
    assert nb.search("GEHEIMETEKST") == []


def test_legal_hold_needs_reason_and_future_date_and_postpones(nb):
    old = _signal(nb, 800)
    with pytest.raises(ValueError, match="reden"):
        add_retention_hold(nb, "signal", old, "  ", TODAY + timedelta(days=30), TODAY)
    with pytest.raises(ValueError, match="toekomst"):
        add_retention_hold(nb, "signal", old, "klacht loopt", TODAY, TODAY)
    add_retention_hold(nb, "signal", old, "klacht loopt bij de AP", TODAY + timedelta(days=30),
                       TODAY)
    held = retention.preview(nb, TODAY)
    assert held.due == () and [i.item_id for i in held.postponed] == [old]
    later = retention.preview(nb, TODAY + timedelta(days=31))
    assert [i.item_id for i in later.due] == [old]


def test_group_after_step_7_and_person_at_age_limit(nb):
    build_demo(nb, TODAY)  # "Winkelcentrum Noord" entered step 7 25 days ago
    nb.settings.set(retention.SETTING_AFTER_STEP7, "0")
    nb.settings.set(retention.SETTING_AGE_LIMIT, "19")  # Mo is 19 in the demo
    result = retention.preview(nb, TODAY)
    groups = [i for i in result.due if i.kind == "group"]
    people = [i for i in result.due if i.kind == "person"]
    assert [g.label for g in groups] == ["Winkelcentrum Noord"]
    assert [p.label for p in people] == ["M.B. (2007)"]
    counts = retention.apply(nb, result)
    assert counts["group"] == 1 and counts["person"] == 1 and counts["signal"] >= 2
    names = {p.name for p in nb.people.page(0, 100)}
    assert "Mo Bedachtsma" not in names and len(names) == 11


def test_erased_person_stays_erased_after_restoring_an_older_backup(nb, tmp_path):
    keep = nb.people.add(YoungPerson(name="Blijft Bewaard"))
    gone = nb.people.add(YoungPerson(name="Wordt Gewist"))
    only_theirs = _signal(nb, 10, text="alleen over wie gewist wordt", person_ids=[gone])
    backup = nb.vault.backup(tmp_path)
    nb.people.erase(gone)
    path = nb.path
    nb.close()
    # a person added later reuses the id of the erased one: it must stay
    time.sleep(1.1)  # creation moments are stored to the second
    with Notebook.open(path, passphrase=PASS) as again:
        reused = again.people.add(YoungPerson(name="Nieuw Persoon"))
        assert reused == gone
        assert replay_tombstones(again).value == {}
        assert again.people.get(reused).name == "Nieuw Persoon"
    Vault.restore(backup, path, passphrase=PASS)
    with Notebook.open(path, passphrase=PASS) as restored:
        assert restored.people.get(gone).name == "Wordt Gewist"  # the backup brought it back
        changed = replay_tombstones(restored)
        assert changed.value["person"] == 1 and changed.value["signal"] == 1
        with pytest.raises(KeyError):
            restored.people.get(gone)
        with pytest.raises(KeyError):
            restored.signals.get(only_theirs)
        assert restored.people.get(keep).name == "Blijft Bewaard"
        assert replay_tombstones(restored).value == {}


def test_bulk_sweep_rebuilds_the_search_index_and_keeps_its_trigger(nb):
    from jongerenwerk_desk.notebook.ops.rights import FTS_REBUILD_FROM

    with nb.transaction():
        for i in range(FTS_REBUILD_FROM + 5):
            _signal(nb, 900 + i % 30, text=f"VERLOPENWOORD nummer {i}")
        keep = _signal(nb, 10, text="BLIJFWOORD recent")
    result = retention.preview(nb, TODAY)
    assert retention.apply(nb, result)["signal"] == FTS_REBUILD_FROM + 5
    assert nb.search("VERLOPENWOORD") == []
    assert [h.id for h in nb.search("BLIJFWOORD")] == [keep]
    nb.signals.delete(keep)  # the per-row delete trigger is back
    assert nb.search("BLIJFWOORD") == []
    assert nb.conn.execute("INSERT INTO signals_fts(signals_fts) VALUES ('integrity-check')")


def test_register_keeps_records_but_drops_personal_details_and_still_verifies(tmp_path):
    import json

    from tests.unit.rights_world import make_world

    world = make_world(tmp_path)
    nb = world.nb
    try:
        record = world.disclosures[0]
        assert "nodig voor het beeld" in json.dumps(record.request)
        assert retention.preview(nb, TODAY).register_due == ()
        later = date(TODAY.year + 3, 1, 15)
        result = retention.preview(nb, later)
        assert set(result.register_due) == {d.id for d in world.disclosures}
        counts = retention.apply(nb, result)
        assert counts["disclosure"] == 2
        assert nb.disclosures.verify() == []
        kept = nb.disclosures.get(record.id)
        text = json.dumps(kept.request, ensure_ascii=False)
        assert "nodig voor" not in text and "Gesprekken" not in text
        birth = kept.request["subjects"][0]["birth_date"]
        assert len(birth) == 4 and birth.isdigit()
        assert kept.record_hash == record.record_hash and kept.file_hashes == record.file_hashes
        assert [i["category"] for i in kept.request["items"]] == [
            i["category"] for i in record.request["items"]]
        assert retention.preview(nb, later).register_due == ()  # only once
        with pytest.raises(Exception, match="append-only"), nb.transaction():
            nb.conn.execute("UPDATE disclosures SET request_json = '{}' WHERE id = ?",
                            (record.id,))
        with nb.transaction():  # someone with the key edits the reduced request
            nb.conn.execute("DROP TRIGGER disclosures_no_update")
            nb.conn.execute("UPDATE disclosures SET request_json = '{}' WHERE id = ?",
                            (record.id,))
        problems = nb.disclosures.verify()
        assert any(f"verstrekking {record.id} is gewijzigd" in p for p in problems)
    finally:
        nb.close()
