"""Recording signatures on the model covenant, writing profiles back to TOML, and the local
profile store (validated, atomic import; lookup by id)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from jongerenwerk_desk.covenant import (
    ProfileError,
    ProfileStore,
    assess,
    builtin_profile,
    load_profile,
    parse_profile_bytes,
    profile_to_toml,
    record_signatures,
    write_profile,
)
from tests.unit.test_covenant_support import FIXTURES, base_request

SIGNED = dt.date(2026, 1, 12)


def signed_model():
    model = builtin_profile("model")
    return record_signatures(model, {p.id: SIGNED for p in model.parties})


def test_record_signatures_returns_a_new_profile() -> None:
    model = builtin_profile("model")
    signed = record_signatures(model, {"jongerenwerk": SIGNED})
    assert signed.party("jongerenwerk").signed_on == SIGNED
    assert model.party("jongerenwerk").signed_on is None
    assert signed.party("politie").signed_on is None
    assert record_signatures(signed, {"jongerenwerk": None}) == model


def test_record_signatures_rejects_unknown_parties_and_non_dates() -> None:
    model = builtin_profile("model")
    with pytest.raises(ProfileError) as info:
        record_signatures(model, {"woningcorporatie": SIGNED, "politie": "2026-01-12"})
    assert len(info.value.problems) == 2
    with pytest.raises(ProfileError):
        record_signatures(model, {"politie": dt.datetime(2026, 1, 12, 9, 0)})


def test_signed_model_unblocks_a_request_the_unsigned_model_blocks() -> None:
    request = base_request(items=base_request().items[:1], subjects=(), subsidiarity="")
    assert assess(builtin_profile("model"), request, request.today).outcome == "blocked"
    assert assess(signed_model(), request, request.today).outcome == "allowed"


@pytest.mark.parametrize("name", ["model", "demo"])
def test_toml_round_trip(name: str) -> None:
    prof = record_signatures(builtin_profile(name), {"om": SIGNED})
    text = profile_to_toml(prof)
    assert text.startswith("#")
    assert parse_profile_bytes(text.encode("utf-8")) == prof


def test_round_trip_keeps_awkward_text() -> None:
    from dataclasses import replace

    prof = replace(builtin_profile("demo"), title='Convenant "Zuid" \\ Noord\nregel 2 é 🙂',
                   privacy_contact=None, based_on=None, valid_until=None)
    assert parse_profile_bytes(profile_to_toml(prof).encode("utf-8")) == prof


def test_write_profile_is_atomic_and_leaves_no_temp_files(tmp_path: Path) -> None:
    target = write_profile(signed_model(), tmp_path / "sub" / "p.toml")
    assert load_profile(target) == signed_model()
    assert [p.name for p in target.parent.iterdir()] == ["p.toml"]


def test_store_import_list_and_get(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "profielen")
    listed = store.list_profiles()
    assert [e.builtin for e in listed] == [True, True]
    imported = store.import_profile(FIXTURES / "profile-voorbeeldstad.toml")
    path = store.path_for(imported.id)
    assert path.read_bytes() == (FIXTURES / "profile-voorbeeldstad.toml").read_bytes()
    local = [e for e in store.list_profiles() if not e.builtin]
    assert [(e.id, e.version, e.problems) for e in local] == [(imported.id, "2024-03", ())]
    assert store.get(imported.id) == imported
    assert store.get("modelconvenant-jeugdgroepaanpak") == builtin_profile("model")
    with pytest.raises(KeyError):
        store.get("bestaat-niet")
    with pytest.raises(KeyError):
        store.get("../../etc/passwd")


def test_store_prefers_the_signed_local_model(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    store.save(signed_model())
    assert store.get("modelconvenant-jeugdgroepaanpak") == signed_model()


def test_broken_import_leaves_the_store_unchanged(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "store")
    good = store.import_profile(FIXTURES / "profile-voorbeeldstad.toml")
    before = store.path_for(good.id).read_bytes()
    broken = tmp_path / "kapot.toml"
    broken.write_text((FIXTURES / "profile-voorbeeldstad.toml").read_text(encoding="utf-8")
                      .replace('version = "2024-03"', 'version = "2025-01"')
                      .replace('recipients = ["burgemeester", "politie"]',
                               'recipients = ["burgemeester", "wijkagent"]'), encoding="utf-8")
    with pytest.raises(ProfileError) as info:
        store.import_profile(broken)
    assert any("wijkagent" in p for p in info.value.problems)
    assert store.path_for(good.id).read_bytes() == before
    assert sorted(p.name for p in (tmp_path / "store").iterdir()) == [f"{good.id}.toml"]
    with pytest.raises(ProfileError, match="niet te lezen"):
        store.import_profile(tmp_path / "geen.toml")


def test_store_lists_broken_files_with_their_problems(tmp_path: Path) -> None:
    (tmp_path / "kapot.toml").write_text("id = 'x'\n", encoding="utf-8")
    (tmp_path / "andere-naam.toml").write_bytes(
        (FIXTURES / "profile-voorbeeldstad.toml").read_bytes())
    entries = {e.path.name: e for e in ProfileStore(tmp_path).list_profiles() if not e.builtin}
    assert entries["kapot.toml"].problems
    assert any("bestandsnaam" in p for p in entries["andere-naam.toml"].problems)
