"""Dead ends explained: a notebook whose covenant has no recorded signatures says what is
missing on the first page and opens the covenant dialog from there; after the signatures are
saved the recipients can be ticked at once. Every disabled Next shows why, in words."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from jongerenwerk_desk.covenant import load_profile
from jongerenwerk_desk.ui.services import FakePrompter
from jongerenwerk_desk.ui.share import ShareWizard
from jongerenwerk_desk.ui.share.wizard import PageId
from tests.ui import share_helpers as h


@pytest.fixture
def world(tmp_path):
    built = h.build_world(tmp_path)
    yield built
    built.notebook.close()


def _unsigned_profile(folder):
    path = folder / "ongetekend.toml"
    path.write_text(re.sub(r"(?m)^signed_on = .*$", "", h.PROFILE_TOML), encoding="utf-8")
    return load_profile(path)


def test_unsigned_covenant_says_what_is_missing_and_opens_the_dialog(qtbot, world, tmp_path):
    prompter = FakePrompter()
    wizard = ShareWizard(world.notebook, _unsigned_profile(tmp_path), h.services(prompter),
                         group_id=world.group_id)
    qtbot.addWidget(wizard, before_close_func=h.quiet_close)
    wizard.show()
    page = wizard.page_of(PageId.PURPOSE)
    assert not any(c.isEnabled() for c in page.recipient_checks.values())
    assert page.covenant_problem.isVisible() and "signature" in page.covenant_problem.text()
    assert page.covenant_button.isVisible()
    assert not h.next_enabled(wizard) and page.reason_label.text()      # Next says why

    def sign_all(dialog) -> int:
        for party in dialog.pending.parties:
            dialog.record_signature(party.id, h.TODAY, "Convenant, getekend exemplaar",
                                    "F. de Vries, privacyfunctionaris")
        dialog.save()
        return int(dialog.result())

    prompter.script("run_dialog", sign_all)
    qtbot.mouseClick(page.covenant_button, Qt.MouseButton.LeftButton)
    assert wizard.saved_profile is not None
    assert not page.covenant_problem.isVisible()
    assert page.recipient_checks["politie"].isEnabled()
    page.recipient_checks["politie"].setChecked(True)
    assert h.next_enabled(wizard) and page.reason_label.text() == ""


def test_every_disabled_next_says_why(qtbot, world, tmp_path):
    wizard = ShareWizard(world.notebook, h.profile(tmp_path), h.services(FakePrompter()),
                         group_id=world.group_id)
    qtbot.addWidget(wizard, before_close_func=h.quiet_close)
    wizard.show()
    purpose = wizard.page_of(PageId.PURPOSE)
    for check in purpose.recipient_checks.values():
        check.setChecked(False)
    assert not h.next_enabled(wizard) and "recipient" in purpose.reason_label.text()
    h.choose_purpose(wizard)
    wizard.next()
    items = wizard.page_of(PageId.ITEMS)
    assert not h.next_enabled(wizard) and "Tick at least one" in items.reason_label.text()
    items.set_checked("signal", world.signals["group"], True)
    assert h.next_enabled(wizard) and items.reason_label.text() == ""
    export_button = wizard.findChild(QPushButton, "covenant_button")
    assert export_button is not None and not export_button.isVisible()


def test_root_cause_first_with_its_followers_folded_under_it():
    from jongerenwerk_desk.covenant import Finding
    from jongerenwerk_desk.ui.share.check_page import grouped

    def f(code, severity, item=None, cause=None):
        return Finding(code, severity, None, item, "x", "y", cause)

    info = f("MINOR", "info")
    root = f("PERSONAL_DATA_AT_GROUP_STAGE", "block", "S1")
    echo = f("SUBSIDIARITY_MISSING", "block", "S1", "PERSONAL_DATA_AT_GROUP_STAGE")
    other = f("NECESSITY_MISSING", "warn", "S2")
    groups = grouped([info, root, echo, other])
    assert [(g[0].code, [c.code for c in g[1]]) for g in groups] == [
        ("PERSONAL_DATA_AT_GROUP_STAGE", ["SUBSIDIARITY_MISSING"]),
        ("NECESSITY_MISSING", []), ("MINOR", [])]


def test_a_finding_links_to_the_field_that_fixes_it(qtbot, world, tmp_path):
    wizard = ShareWizard(world.notebook, h.profile(tmp_path), h.services(FakePrompter()),
                         group_id=world.group_id)
    qtbot.addWidget(wizard, before_close_func=h.quiet_close)
    wizard.show()
    h.choose_purpose(wizard)
    wizard.next()
    h.pick(wizard, persons=[world.daan], signals=[world.signals["contact"]])
    wizard.next()
    h.fill_grounds(wizard, necessity="")            # the necessity is missing
    wizard.next()
    assert wizard.currentId() == PageId.CHECK
    check = wizard.page_of(PageId.CHECK)
    button = check.findChild(QPushButton, "goto_NECESSITY_MISSING")
    assert button is not None and "field" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.GROUNDS
    grounds = wizard.page_of(PageId.GROUNDS)
    focused = wizard.focusWidget()
    assert focused is not None and focused.objectName().startswith("necessity_")
    assert focused in grounds.fields.values()


def test_the_same_finding_for_several_items_is_one_card_with_a_button_per_item(qtbot, world,
                                                                               tmp_path):
    wizard = ShareWizard(world.notebook, h.profile(tmp_path), h.services(FakePrompter()),
                         group_id=world.group_id)
    qtbot.addWidget(wizard, before_close_func=h.quiet_close)
    wizard.show()
    h.choose_purpose(wizard)
    wizard.next()
    h.pick(wizard, persons=[world.daan, world.sara],
           signals=[world.signals["contact"], world.signals["group"]])
    wizard.next()
    h.fill_grounds(wizard, necessity="")             # every necessity is missing
    wizard.next()
    check = wizard.page_of(PageId.CHECK)
    missing = [f for f in check.evaluation.assessment.findings
               if f.code == "NECESSITY_MISSING"]
    assert len(missing) >= 3
    cards = [g for g in check.frame_findings if g[0].code == "NECESSITY_MISSING"]
    assert len(cards) == 1 and len(cards[0]) == len(missing)           # one card
    frame = check.finding_frames[check.frame_findings.index(cards[0])]
    buttons = frame.findChildren(QPushButton, "goto_NECESSITY_MISSING")
    assert len(buttons) == len(missing)                                 # a way to each field
    qtbot.mouseClick(buttons[-1], Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.GROUNDS
    assert wizard.focusWidget().objectName().startswith("necessity_")
