"""Regressions for ``assess``: dates after ``today`` (exit 2), absurd profiles (exit 2, no
RecursionError), and a scenario wrapper's own ``profile`` (used from the scenario's folder,
never via a path; else a Dutch note on stderr)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli_support import run_cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "scenarios"
PROFILE = FIXTURES / "profile-voorbeeldstad.toml"
SCENARIOS = sorted(FIXTURES.glob("p*.json"))


def run_main(*args: str, stdin: bytes = b"") -> tuple[int, str, str]:
    """``jongerenwerk-desk assess ARGS`` in-process (``tests/cli_support.py``):
    (exit code, standard output, standard error)."""
    result = run_cli("assess", *args, stdin=stdin)
    return result.returncode, result.stdout, result.stderr


def scenario(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_birth_date_after_today_exits_2(tmp_path: Path) -> None:
    data = scenario("p04-confidence-without-ground")["request"]
    data["subjects"][0]["birth_date"] = "2030-12-01"
    data["items"][0]["recorded_on"] = "2026-12-24"
    code, out, err = run_main(str(write(tmp_path / "v.json", data)),
                              "--profile", str(PROFILE))
    assert code == 2 and out == ""
    assert "subjects[1].birth_date: ligt na today" in err
    assert "items[1].recorded_on: ligt na today" in err
    assert "Traceback" not in err and "2030" not in err


@pytest.mark.parametrize("content", [
    "x = " + "[" * 50_000 + "]" * 50_000 + "\n",
    "x = " + "{a = " * 50_000 + "1" + "}" * 50_000 + "\n",
])
def test_deeply_nested_profile_exits_2(content: str, tmp_path: Path) -> None:
    deep = tmp_path / "deep.toml"
    deep.write_text(content, encoding="utf-8")
    req = write(tmp_path / "v.json", scenario("p01-group-signal-allowed")["request"])
    code, out, err = run_main(str(req), "--profile", str(deep))
    assert code == 2 and out == ""
    assert "convenantprofiel is niet bruikbaar" in err
    assert "te diep genest" in err or "geen geldige TOML" in err
    assert "Recursion" not in err and "Traceback" not in err


def test_oversized_profile_exits_2_before_parsing(tmp_path: Path) -> None:
    big = tmp_path / "groot.toml"
    big.write_bytes(PROFILE.read_bytes() + b"# " + b"x" * (1024 * 1024) + b"\n")
    req = write(tmp_path / "v.json", scenario("p01-group-signal-allowed")["request"])
    code, out, err = run_main(str(req), "--profile", str(big))
    assert code == 2 and out == "" and "groter dan 1 MB" in err


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_scenario_wrapper_uses_its_own_profile(path: Path) -> None:
    """Regression: without --profile all six public scenarios came out 'blocked'."""
    expect = json.loads(path.read_text(encoding="utf-8"))["expect"]
    code, out, err = run_main(str(path))
    assert code == 0 and err == ""
    result = json.loads(out)
    assert result["outcome"] == expect["outcome"]
    got = {f["code"] for f in result["findings"]}
    assert set(expect["codes"]) <= got and not set(expect["absent"]) & got


def test_explicit_profile_wins_over_the_wrapper() -> None:
    code, out, err = run_main(str(FIXTURES / "p01-group-signal-allowed.json"),
                              "--profile", "model")
    assert code == 0 and err == "" and json.loads(out)["outcome"] == "blocked"


@pytest.mark.parametrize(("profile", "fragment"), [
    ("../profile-voorbeeldstad.toml", "geen pad"),
    ("sub/profile-voorbeeldstad.toml", "geen pad"),
    ("/etc/passwd", "geen pad"),
    ("..", "geen pad"),
    ("ontbreekt.toml", "staat niet in de map"),
    (42, "ongeldig profiel"),
])
def test_wrapper_profile_outside_its_folder_is_not_loaded(
        profile: object, fragment: str, tmp_path: Path) -> None:
    # the profile lies one folder up and in a subfolder: neither may be reached
    shutil.copy(PROFILE, tmp_path / PROFILE.name)
    (tmp_path / "sub").mkdir()
    shutil.copy(PROFILE, tmp_path / "sub" / PROFILE.name)
    folder = tmp_path / "scenarios"
    folder.mkdir()
    wrapper = scenario("p01-group-signal-allowed")
    wrapper["profile"] = profile
    code, out, err = run_main(str(write(folder / "s.json", wrapper)))
    assert code == 0 and json.loads(out)["outcome"] == "blocked"  # the model covenant
    assert err.startswith("Let op:") and fragment in err and "modelconvenant" in err


def test_wrapper_profile_symlinked_out_of_the_folder_is_not_loaded(
        tmp_path: Path) -> None:
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    shutil.copy(PROFILE, elsewhere / "p.toml")
    folder = tmp_path / "scenarios"
    folder.mkdir()
    (folder / "p.toml").symlink_to(elsewhere / "p.toml")
    wrapper = scenario("p01-group-signal-allowed")
    wrapper["profile"] = "p.toml"
    code, out, err = run_main(str(write(folder / "s.json", wrapper)))
    assert code == 0 and json.loads(out)["outcome"] == "blocked" and "Let op:" in err


def test_wrapper_on_standard_input_gets_a_note() -> None:
    raw = (FIXTURES / "p01-group-signal-allowed.json").read_bytes()
    code, out, err = run_main("-", stdin=raw)
    assert code == 0 and "standaardinvoer" in err


def test_broken_profile_named_by_the_wrapper_exits_2(tmp_path: Path) -> None:
    (tmp_path / "p.toml").write_text("id = \n", encoding="utf-8")
    wrapper = scenario("p01-group-signal-allowed")
    wrapper["profile"] = "p.toml"
    code, out, err = run_main(str(write(tmp_path / "s.json", wrapper)))
    assert code == 2 and out == "" and "geen geldige TOML" in err


def test_version_1_and_2_shapes_both_assess(tmp_path: Path) -> None:
    """p04 (version 1) and p08 (version 2) through the CLI; a v2 field in a v1 request is
    read too; a malformed v2 field exits 2 with a Dutch message."""
    for name, outcome in (("p04-confidence-without-ground", "blocked"),
                          ("p08-vital-interest-refused-at-17", "blocked"),
                          ("p11-small-group-warning", "allowed_with_warnings")):
        data = scenario(name)["request"]
        code, out, err = run_main(str(write(tmp_path / f"{name}.json", data)),
                                  "--profile", str(PROFILE))
        assert code == 0 and json.loads(out)["outcome"] == outcome, err
    mixed = scenario("p01-group-signal-allowed")["request"]
    mixed["group_size"] = 3
    code, out, _ = run_main(str(write(tmp_path / "mixed.json", mixed)),
                            "--profile", str(PROFILE))
    assert code == 0 and "SMALL_GROUP" in {f["code"] for f in json.loads(out)["findings"]}
    broken = scenario("p08-vital-interest-refused-at-17")["request"]
    broken["items"][0]["vital_interest"] = 42
    broken["subjects"][0]["refusals"][0]["on"] = "veertien januari"
    code, out, err = run_main(str(write(tmp_path / "broken.json", broken)),
                              "--profile", str(PROFILE))
    assert code == 2 and out == ""
    assert "items[1].vital_interest: verwacht een object" in err
    assert "subjects[1].refusals[1].on: ongeldige datum" in err
    assert "Traceback" not in err and "veertien" not in err
