"""The six public scenarios (copied from the shared folder into tests/fixtures/scenarios):
outcome, every expected code present, every ``absent`` code absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jongerenwerk_desk.covenant import assess, load_profile, request_from_json
from tests.unit.test_covenant_support import FIXTURES

SCENARIOS = sorted(FIXTURES.glob("p*.json"))


def test_all_six_scenarios_are_present() -> None:
    assert len(SCENARIOS) == 6


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_scenario(path: Path) -> None:
    scenario = json.loads(path.read_text(encoding="utf-8"))
    profile = load_profile(FIXTURES / scenario["profile"])
    request = request_from_json(scenario["request"])
    result = assess(profile, request, request.today)
    expect = scenario["expect"]
    got = set(result.codes)
    assert result.outcome == expect["outcome"], result.codes
    assert set(expect["codes"]) <= got
    assert not set(expect["absent"]) & got
    # the same through the scenario wrapper, and the JSON shape of the CLI contract
    assert assess(profile, request_from_json(scenario), request.today) == result
    shape = result.to_dict()
    assert set(shape) == {"outcome", "findings"}
    for finding in shape["findings"]:
        assert set(finding) == {"code", "severity", "subject", "item", "message", "basis"}
        assert finding["severity"] in {"block", "warn", "info"}


def test_demo_profile_gives_the_same_verdicts_as_the_fixture_profile() -> None:
    from jongerenwerk_desk.covenant import builtin_profile

    demo = builtin_profile("demo")
    for path in SCENARIOS:
        scenario = json.loads(path.read_text(encoding="utf-8"))
        request = request_from_json(scenario["request"])
        assert assess(demo, request, request.today).outcome == scenario["expect"]["outcome"]


def test_model_profile_blocks_every_scenario_until_signed() -> None:
    from jongerenwerk_desk.covenant import builtin_profile

    model = builtin_profile("model")
    for path in SCENARIOS:
        request = request_from_json(json.loads(path.read_text(encoding="utf-8")))
        result = assess(model, request, request.today)
        assert result.outcome == "blocked"
        assert "OWN_PARTY_NOT_SIGNATORY" in result.codes
