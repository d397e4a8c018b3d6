"""The wizard and the CLI agree on every public scenario (p01-p12): the CLI's JSON is the
check's own assessment, and the wizard's check page shows exactly that verdict: every finding
(the routes outside the overleg as their panel), blocked means no way on, and the Dutch
messages and bases appear on the page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from jongerenwerk_desk.cli import main
from jongerenwerk_desk.covenant import assess, load_profile, request_from_json
from jongerenwerk_desk.sharing.session import Evaluation
from jongerenwerk_desk.ui.share import ShareWizard
from jongerenwerk_desk.ui.share.wizard import PageId
from tests.ui import share_helpers as h

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "scenarios"
SCENARIOS = sorted(FIXTURES.glob("p*.json"))
PROFILE = FIXTURES / "profile-voorbeeldstad.toml"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    built = h.build_world(tmp_path_factory.mktemp("scenarios"))
    yield built
    built.notebook.close()


def test_all_twelve_scenarios_are_here() -> None:
    assert len(SCENARIOS) == 12


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem[:3])
def test_wizard_and_cli_agree(qtbot, capsys, world, path: Path) -> None:
    scenario = json.loads(path.read_text(encoding="utf-8"))
    code = main(["assess", str(path), "--profile", str(PROFILE)])
    cli = json.loads(capsys.readouterr().out)
    assert code == 0
    profile = load_profile(PROFILE)
    request = request_from_json(scenario["request"])
    assessment = assess(profile, request, request.today)
    assert cli == assessment.to_dict()
    assert cli["outcome"] == scenario["expect"]["outcome"]

    wizard = ShareWizard(world.notebook, profile, h.services(), group_id=world.group_id)
    qtbot.addWidget(wizard, before_close_func=h.quiet_close)
    check = wizard.page_of(PageId.CHECK)
    check.show_evaluation(Evaluation(request, assessment))
    routes = [f for f in cli["findings"] if f["code"] == "ROUTES_OUTSIDE_OVERLEG"]
    assert (check.routes_panel is not None) == bool(routes)
    assert sorted(f.objectName() for f in check.finding_frames) == sorted(
        f"finding_{f['code']}" for f in cli["findings"] if not routes or f not in routes)
    assert len(check.warning_checks) == sum(f["severity"] == "warn" for f in cli["findings"])
    for box in check.warning_checks:
        box.setChecked(True)
    assert check.isComplete() == (cli["outcome"] != "blocked")
    shown = " ".join(label.text() for label in check.findChildren(QLabel))
    for finding in cli["findings"]:
        if finding["code"] != "ROUTES_OUTSIDE_OVERLEG":
            assert finding["basis"] in shown
