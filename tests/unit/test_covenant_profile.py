"""Covenant profiles: the built-in model and demo profiles, and validation that reports every
problem with its key (ProfileError), never a half-used profile."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from jongerenwerk_desk.covenant import (
    GROUP_ONLY_STAGES,
    ProfileError,
    ProfileStore,
    builtin_profile,
    load_profile,
    parse_profile,
    parse_profile_bytes,
)
from jongerenwerk_desk.covenant.profile import MAX_PROFILE_BYTES
from tests.unit.test_covenant_support import FIXTURES

FIXTURE_TOML = (FIXTURES / "profile-voorbeeldstad.toml").read_text(encoding="utf-8")


def fixture_doc() -> dict:
    return tomllib.loads(FIXTURE_TOML)


def problems_of(doc: dict) -> list[str]:
    with pytest.raises(ProfileError) as info:
        parse_profile(doc)
    assert info.value.problems
    return info.value.problems


def test_fixture_profile_loads() -> None:
    prof = load_profile(FIXTURES / "profile-voorbeeldstad.toml")
    assert prof.id == "convenant-jeugdgroepen-voorbeeldstad"
    assert prof.party("woningcorporatie").signed_on is None
    assert prof.party("om").signed_on == dt.date(2024, 4, 2)
    assert prof.purpose("namenlijst").stages == ("2B",)
    assert prof.category("strafbare-feiten").kind == "criminal"
    assert prof.valid_until == dt.date(2028, 3, 18)
    assert prof.retention_months == 24 and prof.min_justification_chars == 10


def test_model_profile_nobody_signed() -> None:
    model = builtin_profile("model")
    assert {p.id for p in model.parties} == {"burgemeester", "politie", "om", "jongerenwerk"}
    assert all(p.signed_on is None for p in model.parties)
    assert model.unsigned_parties() == model.parties
    assert "jongerenwerk" not in model.criminal_data_shared_by
    assert "2022" in model.based_on


def test_model_profile_categories_cover_the_contract() -> None:
    model = builtin_profile("model")
    kinds = {c.id: (c.level, c.kind) for c in model.categories}
    for cid in ("groepskenmerken", "groepsgedrag", "online"):
        assert kinds[cid] == ("group", "ordinary")
    for cid in ("identiteit", "rol-in-groep", "contact-jongerenwerk", "aanbod-jongerenwerk",
                "persoonlijke-omstandigheden"):
        assert kinds[cid] == ("person", "ordinary")
    for cid in ("gezondheid", "afkomst", "geloof", "seksueel-leven"):
        assert kinds[cid][1] == "special"
    assert kinds["strafbare-feiten"][1] == "criminal"
    assert model.category("persoonlijke-omstandigheden").personal_circumstances


def test_model_profile_has_no_person_level_before_2b() -> None:
    model = builtin_profile("model")
    covered = set()
    for purpose in model.purposes:
        covered |= set(purpose.stages)
        if purpose.kind == "correction":  # V2-9: corrections may be sent at every step
            assert set(purpose.stages) == covered | set(purpose.stages)
            assert purpose.level == "person" and purpose.categories == ("identiteit",
                                                                          "correctie")
            continue
        if set(purpose.stages) & GROUP_ONLY_STAGES:
            assert purpose.level == "group"
            assert all(model.category(c).level == "group" for c in purpose.categories)
    assert covered == {"1", "2A", "2B", "3", "4", "5", "6", "7"}


def test_demo_profile_is_signed_and_fictional() -> None:
    demo = builtin_profile("demo")
    assert "Voorbeeldstad" in demo.title
    assert all(demo.party(p).signed_on for p in ("burgemeester", "politie", "om", "jongerenwerk"))


def test_unknown_builtin_name() -> None:
    with pytest.raises(KeyError):
        builtin_profile("utrecht")


def _has(problems: list[str], key: str, fragment: str) -> bool:
    return any(p.startswith(key + ":") and fragment in p for p in problems)


def test_unknown_party_in_purpose_and_criminal_list() -> None:
    doc = fixture_doc()
    doc["purposes"][1]["recipients"].append("wijkagent")
    doc["criminal_data_shared_by"] = ["politie", "rechter"]
    problems = problems_of(doc)
    assert _has(problems, "purposes[2].recipients[3]", "onbekende partij 'wijkagent'")
    assert _has(problems, "criminal_data_shared_by[2]", "onbekende partij 'rechter'")


def test_unknown_category_in_purpose() -> None:
    doc = fixture_doc()
    doc["purposes"][0]["categories"] = ["groepsgedrag", "schoolprestaties"]
    assert _has(problems_of(doc), "purposes[1].categories[2]", "onbekende categorie")


def test_bad_dates() -> None:
    doc = fixture_doc()
    doc["valid_from"] = "2024-02-30"
    doc["parties"][0]["signed_on"] = "19-03-2024"
    doc["parties"][1]["signed_on"] = dt.datetime(2024, 3, 19, 10, 0)
    doc["parties"][2]["signed_on"] = 20240319
    problems = problems_of(doc)
    assert _has(problems, "valid_from", "ongeldige datum '2024-02-30'")
    assert _has(problems, "parties[1].signed_on", "ongeldige datum")
    assert _has(problems, "parties[2].signed_on", "zonder tijd")
    assert _has(problems, "parties[3].signed_on", "verwacht een datum")


def test_iso_date_strings_are_accepted() -> None:
    doc = fixture_doc()
    doc["valid_from"] = "2024-03-19"
    assert parse_profile(doc).valid_from == dt.date(2024, 3, 19)


def test_missing_fields() -> None:
    doc = fixture_doc()
    del doc["id"], doc["valid_from"]
    del doc["parties"][0]["name"]
    del doc["purposes"][2]["stages"]
    del doc["categories"][3]["kind"]
    problems = problems_of(doc)
    for key in ("id", "valid_from", "parties[1].name", "purposes[3].stages",
                "categories[4].kind"):
        assert _has(problems, key, "ontbreekt"), key


def test_wrong_types() -> None:
    doc = fixture_doc()
    doc["title"] = 42
    doc["retention_months"] = "24"
    doc["stale_after_months"] = True
    doc["parties"] = {"id": "politie"}
    doc["purposes"][0]["stages"] = "1"
    doc["categories"][0]["personal_circumstances"] = "ja"
    problems = problems_of(doc)
    assert _has(problems, "title", "verwacht tekst, gevonden geheel getal")
    assert _has(problems, "retention_months", "verwacht een geheel getal, gevonden tekst")
    assert _has(problems, "stale_after_months", "gevonden ja/nee-waarde")
    assert _has(problems, "parties", "lijst van tabellen")
    assert _has(problems, "purposes[1].stages", "verwacht een lijst")
    assert _has(problems, "categories[1].personal_circumstances", "true of false")


def test_duplicate_ids() -> None:
    doc = fixture_doc()
    doc["parties"].append(dict(doc["parties"][0]))
    doc["categories"].append(dict(doc["categories"][0]))
    doc["purposes"].append(dict(doc["purposes"][0]))
    doc["purposes"][0]["stages"] = ["1", "1"]
    problems = problems_of(doc)
    assert _has(problems, "parties[6].id", "dubbele id 'burgemeester'")
    assert _has(problems, "categories[14].id", "dubbele id 'groepskenmerken'")
    assert _has(problems, "purposes[7].id", "dubbele id 'signalen-delen'")
    assert _has(problems, "purposes[1].stages[2]", "dubbele stap")


def test_bad_stage_level_and_kind() -> None:
    doc = fixture_doc()
    doc["purposes"][0]["stages"] = ["1", "2a", "8"]
    doc["purposes"][1]["level"] = "individu"
    doc["categories"][0]["kind"] = "gevoelig"
    problems = problems_of(doc)
    assert _has(problems, "purposes[1].stages[2]", "onbekende stap '2a'")
    assert _has(problems, "purposes[1].stages[3]", "onbekende stap '8'")
    assert _has(problems, "purposes[2].level", "onbekende waarde 'individu'")
    assert _has(problems, "categories[1].kind", "onbekende waarde 'gevoelig'")


def test_valid_until_before_valid_from() -> None:
    doc = fixture_doc()
    doc["valid_until"] = dt.date(2024, 3, 18)
    assert _has(problems_of(doc), "valid_until", "ligt vóór valid_from")
    doc["valid_until"] = dt.date(2024, 3, 19)  # one day is fine
    assert parse_profile(doc).valid_until == dt.date(2024, 3, 19)


def test_unknown_keys_are_reported() -> None:
    doc = fixture_doc()
    doc["valid_untill"] = dt.date(2030, 1, 1)
    doc["parties"][0]["signed"] = True
    doc["wpg_artikel_20_besluit"] = "2024-03-01"  # an extension: tolerated
    doc["categories"][0]["toelichting"] = "vrije tekst"
    problems = problems_of(doc)
    assert _has(problems, "valid_untill", "bedoelt u 'valid_until'")
    assert _has(problems, "parties[1].signed", "bedoelt u 'signed_on'")
    assert len(problems) == 2


def test_extra_keys_that_are_no_typo_are_tolerated() -> None:
    doc = fixture_doc()
    doc["wpg_artikel_20_besluit"] = True
    doc["parties"][0]["contactpersoon"] = "Functionaris"
    assert parse_profile(doc).id == "convenant-jeugdgroepen-voorbeeldstad"


def test_numbers_out_of_range_and_inverted_ages() -> None:
    doc = fixture_doc()
    doc["retention_months"] = 0
    doc["min_justification_chars"] = -1
    doc["consent_age_parents_only_below"] = 16
    doc["consent_age_youth_alone_from"] = 12
    problems = problems_of(doc)
    assert _has(problems, "retention_months", "buiten")
    assert _has(problems, "min_justification_chars", "buiten")
    assert _has(problems, "consent_age_youth_alone_from", "lager dan")


def test_defaults_for_optional_numbers() -> None:
    doc = fixture_doc()
    for key in ("retention_months", "stale_after_months", "consent_age_parents_only_below",
                "consent_age_youth_alone_from", "min_justification_chars"):
        del doc[key]
    del doc["criminal_data_shared_by"]  # absent: nobody passes on criminal data
    prof = parse_profile(doc)
    assert prof.criminal_data_shared_by == ()
    assert (prof.retention_months, prof.stale_after_months, prof.min_justification_chars,
            prof.consent_age_parents_only_below, prof.consent_age_youth_alone_from) == (
        24, 6, 10, 12, 16)


def test_empty_lists_and_bad_ids() -> None:
    doc = fixture_doc()
    doc["parties"][4]["id"] = "woning corporatie"
    doc["id"] = "../etc/passwd"
    doc["purposes"][0]["recipients"] = []
    problems = problems_of(doc)
    assert _has(problems, "parties[5].id", "ongeldige id")
    assert _has(problems, "id", "ongeldige id")
    assert _has(problems, "purposes[1].recipients", "lege lijst")


def test_every_problem_is_reported_at_once() -> None:
    doc = fixture_doc()
    doc["purposes"][1]["recipients"].append("wijkagent")
    doc["valid_from"] = "morgen"
    del doc["categories"][0]["title"]
    assert len(problems_of(doc)) == 3


def test_file_level_problems(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="niet gevonden"):
        load_profile(tmp_path / "geen.toml")
    with pytest.raises(ProfileError, match="map"):
        load_profile(tmp_path)
    bad = tmp_path / "kapot.toml"
    bad.write_text("id = \n", encoding="utf-8")
    with pytest.raises(ProfileError, match="geen geldige TOML"):
        load_profile(bad)
    with pytest.raises(ProfileError, match="UTF-8"):
        parse_profile_bytes(FIXTURE_TOML.encode("utf-16"))
    with pytest.raises(ProfileError):
        parse_profile([1, 2])  # type: ignore[arg-type]


def test_bom_is_accepted() -> None:
    prof = parse_profile_bytes(b"\xef\xbb\xbf" + FIXTURE_TOML.encode("utf-8"))
    assert prof.id == "convenant-jeugdgroepen-voorbeeldstad"


def test_problem_messages_are_dutch_and_name_the_key() -> None:
    doc = fixture_doc()
    doc["purposes"][0]["recipients"] = ["x"]
    error = pytest.raises(ProfileError, parse_profile, doc).value
    assert "purposes[1].recipients[1]" in str(error)
    assert "onbekende partij" in str(error)


@pytest.mark.parametrize("text", [
    "x = " + "[" * 50_000 + "]" * 50_000,
    "x = " + "{a = " * 50_000 + "1" + "}" * 50_000,
])
def test_deeply_nested_toml_is_a_profile_error(text: str, tmp_path: Path) -> None:
    """Regression: tomllib's RecursionError escaped as an unexpected error."""
    with pytest.raises(ProfileError, match="te diep genest"):
        parse_profile_bytes(text.encode("utf-8"))
    deep = tmp_path / "deep.toml"
    deep.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError, match="te diep genest"):
        load_profile(deep)


def test_memory_error_while_parsing_is_a_profile_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def exhausted(_text: str) -> None:
        raise MemoryError

    monkeypatch.setattr(tomllib, "loads", exhausted)
    with pytest.raises(ProfileError, match="te groot of te ingewikkeld"):
        parse_profile_bytes(FIXTURE_TOML.encode("utf-8"))


def test_a_profile_over_the_size_cap_is_refused_unparsed(tmp_path: Path) -> None:
    raw = FIXTURE_TOML.encode("utf-8")
    padded = raw + b"\n# " + b"x" * (MAX_PROFILE_BYTES - len(raw)) + b"\n"
    assert len(padded) > MAX_PROFILE_BYTES
    with pytest.raises(ProfileError, match="groter dan 1 MB"):
        parse_profile_bytes(padded)
    big = tmp_path / "groot.toml"
    big.write_bytes(padded)
    with pytest.raises(ProfileError, match="groter dan 1 MB"):
        load_profile(big)
    store_dir = tmp_path / "store"
    with pytest.raises(ProfileError, match="groter dan 1 MB"):
        ProfileStore(store_dir).import_profile(big)
    assert not store_dir.exists() or not any(store_dir.glob("*.toml"))
    # just under the cap still loads
    fits = raw + b"\n# " + b"x" * (MAX_PROFILE_BYTES - len(raw) - 10) + b"\n"
    assert parse_profile_bytes(fits).id == "convenant-jeugdgroepen-voorbeeldstad"
