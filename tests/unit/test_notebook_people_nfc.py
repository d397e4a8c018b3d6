"""People are stored NFC-normalised, and search finds a name typed in either form (a Mac
types decomposed 'e' + U+0301, Windows the composed 'é')."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest

from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.notebook.models import YoungPerson
from tests.notebooks import new_notebook

NFC = unicodedata.normalize("NFC", "Renée Dubbel")
NFD = unicodedata.normalize("NFD", "Renée Dubbel")


@pytest.fixture
def nb(tmp_path):
    notebook, _ = new_notebook(tmp_path / "n.jwdb", "wachtwoord")
    yield notebook
    notebook.close()


def test_add_and_update_store_nfc(nb: Notebook) -> None:
    assert NFC != NFD
    pid = nb.people.add(YoungPerson(name=NFD, nickname=unicodedata.normalize("NFD", "Reé"),
                                    neighbourhood=unicodedata.normalize("NFD", "Zuidérpark")))
    stored = nb.people.get(pid)
    assert stored.name == NFC
    assert stored.nickname == unicodedata.normalize("NFC", "Reé")
    assert unicodedata.is_normalized("NFC", stored.neighbourhood)
    nb.people.update(replace(stored, name=unicodedata.normalize("NFD", "Zoë Dubbel"),
                             notes=unicodedata.normalize("NFD", "Café")))
    again = nb.people.get(pid)
    assert again.name == unicodedata.normalize("NFC", "Zoë Dubbel")
    assert again.notes == unicodedata.normalize("NFC", "Café")


@pytest.mark.parametrize("stored", [NFC, NFD])
@pytest.mark.parametrize("typed", [NFC, NFD, "renee", "Rene"])
def test_search_finds_either_form(nb: Notebook, stored: str, typed: str) -> None:
    pid = nb.people.add(YoungPerson(name=stored))
    nb.people.add(YoungPerson(name="Iemand Anders"))
    assert nb.people.count(typed) == 1
    assert [p.id for p in nb.people.page(0, 10, filter_text=typed)] == [pid]
    assert [(h.kind, h.id) for h in nb.search(typed)] == [("person", pid)]
