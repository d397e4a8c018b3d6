"""The wizard takes the step from the group's record and cannot change it (a group at 2A
lets no person-level item leave, whatever the step box is made to show), and a blocked
request about a person shows the routes outside the overleg as a panel with their basis."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel

from jongerenwerk_desk.covenant import SEVERITY_BLOCK
from jongerenwerk_desk.ui.share import ShareWizard
from jongerenwerk_desk.ui.share.wizard import PageId
from tests.ui import share_helpers as h


@pytest.fixture
def world(tmp_path):
    built = h.build_world(tmp_path)
    built.notebook.groups.set_stage(built.group_id, "2A", "Terug naar groepsniveau",
                                    decided_on=dt.date(2026, 11, 20),
                                    source="Jeugdgroepenoverleg 20-11-2026")
    yield built
    built.notebook.close()


def _wizard(qtbot, world, tmp_path) -> ShareWizard:
    wiz = h.open_wizard(qtbot, world, tmp_path)
    wiz.show()
    return wiz


def _person_level(evaluation) -> list[str]:
    request = evaluation.request
    return [i.id for i in request.items if i.subject is not None
            or i.category in ("identiteit", "rol-in-groep", "contact-jongerenwerk",
                              "persoonlijke-omstandigheden", "gezondheid", "strafbare-feiten")]


@pytest.mark.parametrize("purpose", ["signalen-delen", "namenlijst", "groepsduiding"])
def test_at_step_2a_no_person_level_item_can_leave(qtbot, world, tmp_path, purpose) -> None:
    wizard = _wizard(qtbot, world, tmp_path)
    page = wizard.currentPage()
    assert page.stage_combo.currentData() == "2A" and not page.stage_combo.isEnabled()
    info = page.stage_info.text()
    assert "20-11-2026" in info and "Jeugdgroepenoverleg 20-11-2026" in info
    # the reported bug: the step box set to 2B by hand; the request keeps the group's step
    page.stage_combo.setCurrentIndex(page.stage_combo.findData("2B"))
    h.choose_purpose(wizard, purpose)
    wizard.next()
    h.pick(wizard, persons=[world.daan, world.sara],
           signals=[world.signals["group"], world.signals["contact"]], identity=True)
    wizard.next()
    h.fill_grounds(wizard)
    wizard.next()
    assert wizard.currentId() == PageId.CHECK
    check = wizard.page_of(PageId.CHECK)
    evaluation = check.evaluation
    assert evaluation.request.stage == "2A"
    # the worker tried to share persons: the pick list does not offer them at step 2A (they
    # are greyed with the reason, issue 11), so nothing person-level is even in the request
    items = wizard.page_of(PageId.ITEMS)
    assert not items.tree_item("person", world.daan).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert _person_level(evaluation) == []
    blocked_items = {f.item for f in evaluation.assessment.findings
                     if f.severity == SEVERITY_BLOCK}
    for item_id in _person_level(evaluation):
        assert item_id in blocked_items or any(
            f.code in ("PURPOSE_STAGE_MISMATCH", "PURPOSE_UNKNOWN")
            for f in evaluation.assessment.findings)


def test_at_step_2a_group_data_alone_can_still_go(qtbot, world, tmp_path) -> None:
    wizard = _wizard(qtbot, world, tmp_path)
    h.choose_purpose(wizard, "signalen-delen")
    wizard.next()
    h.pick(wizard, persons=[], signals=[world.signals["group"]], identity=False)
    wizard.next()
    h.fill_grounds(wizard)
    wizard.next()
    evaluation = wizard.page_of(PageId.CHECK).evaluation
    assert not evaluation.blocked and _person_level(evaluation) == []
    assert wizard.page_of(PageId.CHECK).routes_panel is None


def test_a_blocked_person_level_request_shows_the_routes_panel(qtbot, world, tmp_path) -> None:
    world.notebook.groups.set_stage(world.group_id, "3", decided_on=dt.date(2026, 11, 25),
                                    source="Jeugdgroepenoverleg 25-11-2026")
    wizard = _wizard(qtbot, world, tmp_path)
    h.choose_purpose(wizard)
    wizard.next()
    h.pick(wizard, persons=[world.sara], signals=[world.signals["confidence_sara"]])
    wizard.next()
    h.fill_grounds(wizard)
    wizard.next()
    check = wizard.page_of(PageId.CHECK)
    assert check.evaluation.blocked
    panel = check.routes_panel
    assert panel is not None
    qtbot.waitUntil(panel.isVisible, timeout=2000)
    text = " ".join(label.text() for label in panel.findChildren(QLabel))
    for route in check.session.profile.routes:
        assert route.title in text and route.basis in text
    assert "Wmo 2015 art. 5.2.6" in text and "112" in text
    # the routes are a panel, not one more finding in the list
    assert not any(f.objectName() == "finding_ROUTES_OUTSIDE_OVERLEG"
                   for f in check.finding_frames)


def test_a_suspected_category_is_confirmed_on_the_check_page(qtbot, world, tmp_path) -> None:
    """V2-7b in the wizard: a reviewed text about drug use in a group-behaviour signal blocks
    (CATEGORY_SUSPECTED) until the worker confirms the category; then it is a warning."""
    from jongerenwerk_desk.notebook.models import Signal

    nb = world.notebook
    nb.groups.set_stage(world.group_id, "3", decided_on=dt.date(2026, 11, 25),
                        source="Jeugdgroepenoverleg 25-11-2026")
    sid = nb.signals.add(Signal(occurred_at=dt.datetime(2026, 11, 21, 19, tzinfo=dt.UTC),
                                category="groepsgedrag", verified=True,
                                text="De groep blowt elke avond achter de sporthal.",
                                group_ids=[world.group_id]))
    wizard = _wizard(qtbot, world, tmp_path)
    wizard.session.draft.reviewed_free_text.add(f"S{sid}")
    h.choose_purpose(wizard)
    wizard.next()
    h.pick(wizard, persons=[], signals=[sid], identity=False)
    wizard.next()
    h.fill_grounds(wizard)
    wizard.next()
    check = wizard.page_of(PageId.CHECK)
    suspected = [f for f in check.evaluation.assessment.findings
                 if f.code == "CATEGORY_SUSPECTED"]
    assert [(f.item, f.severity) for f in suspected] == [(f"S{sid}", "block")]
    assert check.evaluation.blocked and not h.next_enabled(wizard)
    box = check.findChild(QCheckBox, f"confirm_category_S{sid}")
    box.setChecked(True)
    evaluation = check.evaluation
    assert not evaluation.blocked
    assert [f.severity for f in evaluation.assessment.findings
            if f.code == "CATEGORY_SUSPECTED"] == ["warn"]
    h.acknowledge_all(wizard)
    assert h.next_enabled(wizard)
