"""The text screener (V2-7b): Dutch word lists for health and criminal matters kept as data,
whole words after folding case and diacritics, stems, multiword terms, and guards against
words that only look alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from jongerenwerk_desk.paths import resource_path
from jongerenwerk_desk.sharing.screening import (
    WordList,
    default_lists,
    load_lists,
    matched_terms,
    screen_text,
    screen_texts,
)


@pytest.mark.parametrize(("text", "kinds"), [
    ("Hij is verslaafd aan gamen.", ("health",)),
    ("Zijn verslaving aan gokken speelt op.", ("health",)),
    ("Ze BLOWT elke avond achter de sporthal", ("health",)),
    ("Suïcidale gedachten, zegt hij zelf", ("health",)),
    ("Hij lag vorige week op de Eerste Hulp", ("health",)),
    ("Heeft een licht verstandelijke beperking", ("health",)),
    ("Gebruikt lachgas met de groep", ("health",)),
    ("Is opgepakt voor winkeldiefstal", ("criminal",)),
    ("Er is een proces-verbaal opgemaakt", ("criminal",)),
    ("Kreeg een Halt-straf", ("criminal",)),
    ("Hij dealt bij het station", ("criminal",)),
    ("Liep met een mes op zak", ("criminal",)),
    ("Heeft zijn broer mishandeld en is verslaafd", ("health", "criminal")),
    ("Bedreigde de buschauffeur na het blowen", ("health", "criminal")),
])
def test_positives(text: str, kinds: tuple[str, ...]) -> None:
    assert screen_text(text) == kinds


@pytest.mark.parametrize("text", [
    "Het was een geweldige avond bij de voetbalkooi.",   # geweld* but geweldig
    "Zijn inbreng in de groep is waardevol.",             # inbre* would be wrong: inbreng
    "In het verslag van het overleg staat de afspraak.",  # verslag is not verslav*
    "Hij stelt zich op als leider van de groep.",         # stelt is not stelen
    "Ze zat op het bankje bij de speedboot.",             # excluded speedboot
    "Messenger-groep van de jongeren",                     # messenger is not mes/messen
    "De groep hangt rond bij het winkelcentrum tot 23 uur.",
    "Geweldloos protest tegen de sluiting van het jongerencentrum",
    "Hij vroeg om een pv-installatie voor het buurthuis",
    "", "   ", None,
])
def test_false_positive_guards(text: str | None) -> None:
    assert screen_text(text) == ()


def test_matched_terms_say_which_words() -> None:
    found = matched_terms("Verslaafd, zit in de GGZ en kreeg een taakstraf")
    assert found == {"health": ["verslaafd", "ggz"], "criminal": ["taakstraf"]}
    assert screen_texts(["Rustige avond", "op de eerste hulp"]) == ("health",)


def test_lists_are_packaged_data_and_loadable_from_another_folder(tmp_path: Path) -> None:
    folder = resource_path("screening")
    assert {p.name for p in folder.glob("*.toml")} >= {"health.toml", "criminal.toml"}
    assert [w.kind for w in default_lists()] == ["health", "criminal"]
    (tmp_path / "health.toml").write_text('kind = "health"\nterms = ["kriebel*"]\n',
                                          encoding="utf-8")
    (tmp_path / "criminal.toml").write_text('kind = "criminal"\nterms = ["boef"]\n',
                                            encoding="utf-8")
    lists = load_lists(tmp_path)
    assert screen_text("Kriebelhoest en een boef", lists) == ("health", "criminal")
    assert screen_text("verslaafd", lists) == ()
    (tmp_path / "criminal.toml").write_text('kind = "health"\nterms = []\n', encoding="utf-8")
    with pytest.raises(ValueError):
        load_lists(tmp_path)


def test_pyproject_packages_the_lists() -> None:
    import tomllib

    pyproject = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml")
                              .read_text(encoding="utf-8"))
    globs = pyproject["tool"]["setuptools"]["package-data"]["jongerenwerk_desk.resources"]
    assert "**/*.toml" in globs


@pytest.mark.parametrize("term", ["", "*", "ver*slaafd", "  "])
def test_malformed_terms_are_refused(term: str) -> None:
    with pytest.raises(ValueError):
        WordList.from_terms("health", "Gezondheid", [term])
