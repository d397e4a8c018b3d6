"""Full-text search across people, groups and signals (FTS5 inside the encrypted file)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.notebook.convert import fts_query, like_pattern
from jongerenwerk_desk.notebook.models import Group, Signal, YoungPerson
from tests.notebooks import new_notebook


@pytest.fixture
def nb(tmp_path):
    notebook, _ = new_notebook(tmp_path / "s.jwdb", "wachtwoord")
    zoe = notebook.people.add(YoungPerson(name="Zoë Voorbeeld", nickname="Zo"))
    notebook.people.add(YoungPerson(name="Piet Anders"))
    notebook.groups.add(Group(name="Zoeterwoude groep"))
    for day in (1, 2):
        notebook.signals.add(Signal(
            occurred_at=datetime(2026, 1, day, 23, 30, tzinfo=UTC), tz_name="Europe/Amsterdam",
            category="groepsgedrag", text=f"Zoë speelde voetbal op dag {day}",
            person_ids=[zoe]))
    yield notebook
    notebook.close()


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('zoë "OR NEAR(x') == '"zoë"* "OR"* "NEAR"* "x"*'
    assert fts_query("  ;'-- ") is None
    assert fts_query("ab", prefix=False) == '"ab"'
    assert like_pattern("50%_\\") == "%50\\%\\_\\\\%"


def test_search_finds_people_groups_and_signals(nb: Notebook) -> None:
    hits = nb.search("zoe")  # diacritics folded, prefix match
    kinds = [h.kind for h in hits]
    assert kinds == ["person", "group", "signal", "signal"]
    assert hits[0].label == "Zoë Voorbeeld (Zo)"
    # signals newest first, labelled with the local date (23:30 UTC = next day in Amsterdam)
    assert hits[2].label.startswith("03-01-2026: ")
    assert hits[3].label.startswith("02-01-2026: ")
    assert [h.kind for h in nb.search("zoeter")] == ["group"]


def test_search_limit_and_empty(nb: Notebook) -> None:
    assert len(nb.search("zo", limit=2)) == 2
    assert nb.search("") == [] and nb.search("!!!") == []
    assert nb.search("voetbal dag 2")[0].kind == "signal"
    assert len(nb.search("voetbal dag 2")) == 1


def test_fts_stays_in_sync_on_update_and_delete(nb: Notebook) -> None:
    p = nb.people.page(0, 10, "name", filter_text="piet")[0]
    p.name = "Klaas Anders"
    nb.people.update(p)
    assert nb.people.count("piet") == 0 and nb.people.count("klaas") == 1
    nb.people.delete(p.id)
    assert nb.people.count("klaas") == 0
    nb.conn.execute("INSERT INTO people_fts(people_fts, rank) VALUES ('integrity-check', 1)")
    nb.conn.execute("INSERT INTO signals_fts(signals_fts, rank) VALUES ('integrity-check', 1)")
