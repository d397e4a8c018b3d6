"""The public scenarios p01-p12 (p01-p06 in the version-1 request shape, p07 onward in the
version-2 shape; copied into tests/fixtures/scenarios): outcome, every expected code present,
every ``absent`` code absent, and the JSON contract of ``assess``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jongerenwerk_desk.covenant import assess, load_profile, request_from_json
from tests.unit.test_covenant_support import FIXTURES

SCENARIOS = sorted(FIXTURES.glob("p*.json"))


def test_all_twelve_scenarios_are_present() -> None:
    assert [p.stem[:3] for p in SCENARIOS] == [f"p{n:02d}" for n in range(1, 13)]


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
    codes_before: set[str] = set()
    for finding in shape["findings"]:
        assert {"code", "severity", "subject", "item", "message", "basis"} <= set(finding)
        assert finding["severity"] in {"block", "warn", "info"}
        # a finding that follows from another stands after it (root cause first)
        assert finding["caused_by"] is None or finding["caused_by"] in codes_before
        codes_before.add(finding["code"])


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
