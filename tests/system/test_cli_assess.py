"""``jongerenwerk-desk assess REQUEST.json [--profile P]`` (docs/legal-rules.md §7): JSON on
stdout, exit 0 whatever the outcome, exit 2 with a Dutch message and no traceback on bad
input. A few runs use a real subprocess; the rest run in-process (``tests/cli_support.py``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_support import run_cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "scenarios"
PROFILE = FIXTURES / "profile-voorbeeldstad.toml"
SCENARIOS = sorted(FIXTURES.glob("p*.json"))
REPO = Path(__file__).resolve().parents[2]


def run_main(*args: str, stdin: bytes = b"") -> tuple[int, str, str]:
    """``jongerenwerk-desk assess ARGS`` in-process (``tests/cli_support.py``):
    (exit code, standard output, standard error)."""
    result = run_cli("assess", *args, stdin=stdin)
    return result.returncode, result.stdout, result.stderr


def request_file(tmp_path: Path, data: object, name: str = "verzoek.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def scenario_request(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))["request"]


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_scenarios_through_the_cli(path: Path, tmp_path: Path) -> None:
    scenario = json.loads(path.read_text(encoding="utf-8"))
    req = request_file(tmp_path, scenario["request"])
    code, out, err = run_main(str(req), "--profile", str(PROFILE))
    assert code == 0 and err == ""
    result = json.loads(out)
    assert list(result) == ["outcome", "findings"]
    assert result["outcome"] == scenario["expect"]["outcome"]
    got = {f["code"] for f in result["findings"]}
    assert set(scenario["expect"]["codes"]) <= got
    assert not set(scenario["expect"]["absent"]) & got
    for finding in result["findings"]:
        # the contract's six keys first, then caused_by (root cause grouping)
        assert list(finding) == ["code", "severity", "subject", "item", "message", "basis",
                                 "caused_by"]


def test_a_whole_scenario_file_is_accepted() -> None:
    code, out, _ = run_main(str(SCENARIOS[0]), "--profile", str(PROFILE))
    assert code == 0 and json.loads(out)["outcome"] == "allowed"


def test_default_profile_is_the_unsigned_model(tmp_path: Path) -> None:
    req = request_file(tmp_path, scenario_request("p01-group-signal-allowed"))
    code, out, _ = run_main(str(req))
    result = json.loads(out)
    assert code == 0 and result["outcome"] == "blocked"
    assert "OWN_PARTY_NOT_SIGNATORY" in {f["code"] for f in result["findings"]}
    code, out, _ = run_main(str(req), "--profile", "demo")
    assert code == 0 and json.loads(out)["outcome"] == "allowed"


def test_standard_input() -> None:
    raw = json.dumps(scenario_request("p05-recipient-not-signatory")).encode("utf-8")
    code, out, _ = run_main("-", "--profile", str(PROFILE), stdin=raw)
    assert code == 0 and json.loads(out)["outcome"] == "blocked"


def test_output_holds_ids_not_client_text(tmp_path: Path) -> None:
    data = scenario_request("p04-confidence-without-ground")
    data["items"][0]["necessity"] = "Kevin Bakker vertelde dat zijn vader slaat."
    data["subsidiarity"] = "Anders hoort Samira het niet"
    code, out, _ = run_main(str(request_file(tmp_path, data)), "--profile", str(PROFILE))
    assert code == 0
    for word in ("Kevin", "Bakker", "vader", "Samira"):
        assert word not in out
    assert "I1" in out and "Y1" in out


@pytest.mark.parametrize(("content", "fragment"), [
    (b"{ dit is geen json", "geen geldige JSON"),
    (b"\xff\xfe{\x00}\x00", "geen UTF-8"),
    (b"", "geen geldige JSON"),
    (b"[1, 2]", "JSON-object"),
    (b'{"today": "2026-13-45", "name": "Jan Jansen"}', "today: ongeldige datum"),
    (b"[" * 100000 + b"]" * 100000, "genest"),
])
def test_bad_request_files_exit_2(content: bytes, fragment: str, tmp_path: Path) -> None:
    path = tmp_path / "verzoek.json"
    path.write_bytes(content)
    code, out, err = run_main(str(path), "--profile", str(PROFILE))
    assert code == 2 and out == ""
    assert err.startswith("Fout:") and fragment in err
    assert "Traceback" not in err and "Jan" not in err


def test_missing_file_and_directory_exit_2(tmp_path: Path) -> None:
    code, _, err = run_main(str(tmp_path / "nergens.json"))
    assert code == 2 and "niet gevonden" in err
    code, _, err = run_main(str(tmp_path))
    assert code == 2 and "map" in err


def test_malformed_request_lists_every_problem(tmp_path: Path) -> None:
    data = scenario_request("p03-name-list-parents-not-informed")
    del data["stage"]
    data["items"][0]["verified"] = "ja"
    code, _, err = run_main(str(request_file(tmp_path, data)), "--profile", str(PROFILE))
    assert code == 2
    assert "stage: ontbreekt" in err and "items[1].verified" in err


def test_bad_profile_exits_2(tmp_path: Path) -> None:
    req = request_file(tmp_path, scenario_request("p01-group-signal-allowed"))
    broken = tmp_path / "profiel.toml"
    broken.write_text(PROFILE.read_text(encoding="utf-8").replace(
        'stages = ["2B"]', 'stages = ["2C"]'), encoding="utf-8")
    code, out, err = run_main(str(req), "--profile", str(broken))
    assert code == 2 and out == "" and "stages[1]" in err and "2C" in err
    code, _, err = run_main(str(req), "--profile", str(tmp_path / "geen.toml"))
    assert code == 2 and "niet gevonden" in err


def _subprocess(*args: str, env_extra: dict[str, str] | None = None,
                ) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHONIO")}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "jongerenwerk_desk", "assess", *args],
                          capture_output=True, cwd=REPO, env=env, timeout=60, check=False)


def test_real_process_blocked_outcome_exits_0_with_utf8_json_in_a_c_locale() -> None:
    done = _subprocess(str(FIXTURES / "p03-name-list-parents-not-informed.json"),
                       "--profile", str(PROFILE), env_extra={"LC_ALL": "C", "LANG": "C"})
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.decode("utf-8"))
    assert result["outcome"] == "allowed_with_warnings"
    assert "geïnformeerd" in done.stdout.decode("utf-8")


def test_real_process_bad_input_exits_2_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "kapot.json"
    bad.write_text("{", encoding="utf-8")
    done = _subprocess(str(bad))
    assert done.returncode == 2 and done.stdout == b""
    assert b"Traceback" not in done.stderr and b"Fout:" in done.stderr
