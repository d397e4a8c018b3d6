"""The fast path: from a group in the main window, "Delen met het overleg" opens the wizard
prefilled from the group's last disclosure (step, purpose, recipients, justification) with the
signals written down since then ticked. A group-level share of two verified signals to one
recipient as a PDF takes at most ten user actions, counted here one by one (a click, a key
combination, typing one field). Real SQLCipher notebook, real main window and wizard widgets,
the PDF read back with pypdf."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from jongerenwerk_desk.notebook.models import Signal
from jongerenwerk_desk.notebook.settings_keys import SettingKey
from jongerenwerk_desk.sharing import (
    DisclosureRegister,
    ExportOptions,
    Grounds,
    Selection,
    export_disclosure,
    prepare_disclosure,
)
from jongerenwerk_desk.sharing.session import fast_path_draft, own_party_id
from jongerenwerk_desk.ui.services import FakePrompter
from jongerenwerk_desk.ui.share.wizard import PageId
from tests.ui import share_helpers as h

LEFT = Qt.MouseButton.LeftButton
MAX_ACTIONS = 10
SUBSIDIARITY = "Gesprekken met de groep zelf hebben de overlast niet verminderd."
NEW_TEXTS = ("Groep blokkeert de ingang van de sporthal, bezoekers durven niet langs",
             "Groep zet filmpjes van vernielingen op een openbaar account")


@pytest.fixture
def shared_once(tmp_path):
    """The test world with one earlier disclosure for the group (its group signal, to the
    police, under groepsduiding), then two new verified group-level signals."""
    world = h.build_world(tmp_path)
    nb = world.notebook
    profile = h.profile(tmp_path)
    time.sleep(1.1)           # the earlier disclosure is recorded after the world's signals
    prepared = prepare_disclosure(
        nb, Selection(group_id=world.group_id, signal_ids=(world.signals["group"],),
                      purpose="groepsduiding", stage="3", recipients=("politie",)),
        Grounds(subsidiarity=SUBSIDIARITY), profile, h.TODAY, own_party_id(profile))
    earlier = tmp_path / "eerder"
    earlier.mkdir()
    export_disclosure(nb, h.PASSPHRASE, prepared, ExportOptions(folder=earlier))
    out = tmp_path / "uit"
    out.mkdir()
    nb.settings.set(SettingKey.EXPORT_FOLDER.value, str(out))   # the folder of last time
    for text, category in zip(NEW_TEXTS, ("groepsgedrag", "online"), strict=True):
        world.signals[category + "_new"] = nb.signals.add(Signal(
            occurred_at=dt.datetime(2026, 11, 27, 21, 0, tzinfo=dt.UTC), category=category,
            verified=True, text=text, group_ids=[world.group_id]))
    world.out = out
    world.profile = profile
    yield world
    nb.close()


def test_fast_path_draft_without_an_earlier_disclosure_ticks_nothing(tmp_path):
    world = h.build_world(tmp_path)
    try:
        draft = fast_path_draft(world.notebook, h.profile(tmp_path), world.group_id, h.TODAY)
        assert (draft.stage, draft.purpose) == ("3", "groepsduiding")
        assert draft.recipients == [] and draft.signal_ids == [] and draft.subsidiarity == ""
    finally:
        world.notebook.close()


def test_group_share_of_two_signals_in_at_most_ten_actions(qtbot, shared_once):
    from jongerenwerk_desk.ui.main_window import NotebookWidget

    world = shared_once
    prompter = FakePrompter()
    services = h.services(prompter)
    window = NotebookWidget(world.notebook, world.profile, services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    actions = []

    def act(what: str) -> None:
        actions.append(what)

    # 1-2: the Groups tab, the group's row
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    act("Ctrl+2: groups")
    table = window.groups_view.table
    qtbot.mouseClick(table.viewport(), LEFT,
                     pos=table.visualRect(table.model().index(0, 0)).center())
    act("click the group")
    assert window.group_panel.group is not None
    seen: dict[str, object] = {}

    def drive(wizard) -> int:
        wizard.show()
        purpose = wizard.page_of(PageId.PURPOSE)
        seen["prefilled"] = (wizard.session.draft.stage, wizard.session.draft.purpose,
                             list(wizard.session.draft.recipients))
        assert purpose.recipient_checks["politie"].isChecked()
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
        act("Next: the items")
        assert wizard.currentId() == PageId.ITEMS
        seen["ticked"] = sorted(wizard.session.draft.signal_ids)
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
        act("Next: the preview (grounds prefilled, nothing blocks)")
        assert wizard.currentId() == PageId.PREVIEW, wizard.currentId()
        preview = wizard.page_of(PageId.PREVIEW)
        assert preview.summary is not None and preview.summary.entry_count() == 2
        seen["warnings"] = [f.objectName() for f in preview.finding_frames]
        for check in list(preview.ack_checks):      # weighed on the preview, in place
            qtbot.waitUntil(check.isVisible)
            qtbot.mouseClick(check, LEFT)
            act("tick: warning weighed")
            assert check.isChecked()
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
        act("Next: export")
        assert wizard.currentId() == PageId.EXPORT, preview.reason_label.text()
        export = wizard.page_of(PageId.EXPORT)
        assert export.folder == world.out and export.formats() == ["pdf"]
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
        act("Export and record")
        act("type the passphrase")           # answered by the scripted prompter below
        act("Enter")
        seen["record"] = wizard.record
        wizard.button(QWizard.WizardButton.FinishButton).click()   # close: not counted
        return int(wizard.result())

    prompter.script("run_dialog", drive).script("passphrase", h.PASSPHRASE)
    act("Share with the overleg")                # the click below runs the whole wizard
    qtbot.mouseClick(window.group_panel.share_button, LEFT)

    assert seen["prefilled"] == ("3", "groepsduiding", ["politie"])
    new = sorted((world.signals["groepsgedrag_new"], world.signals["online_new"]))
    assert seen["ticked"] == new                 # only what is new since the last disclosure
    assert seen["warnings"] == ["preview_finding_SMALL_GROUP"]   # fewer than five members
    record = seen["record"]
    assert record is not None, prompter.calls
    assert len(actions) <= MAX_ACTIONS, actions
    print(f"fast path: {len(actions)} actions: {actions}")
    assert record.recipients == ("politie",) and record.group_id == world.group_id
    items = [i["id"] for i in record.request["items"]]
    assert sorted(items) == sorted(f"S{sid}" for sid in new)
    assert record.request["subsidiarity"] == SUBSIDIARITY
    pages = PdfReader(world.out / record.file_name).pages
    text = " ".join(" ".join(p.extract_text() for p in pages).split())
    assert "Online gedrag" in text and "Groepsgedrag" in text
    assert len(DisclosureRegister(world.notebook).list()) == 2
