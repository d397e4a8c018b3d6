"""Share wizard by keyboard and in plain words: no work lost without asking, focus on the
first field of every page and back on the control just toggled, recipients that cannot be
chosen are disabled, the demo can finish and marks what it produces, dates dd-mm-jjjj.

Regression tests for a tester's findings driving the real app at 1366x768 by keyboard.
"""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPlainTextEdit, QScrollArea, QTreeWidget, QWizard

from jongerenwerk_desk.sharing.model import DEMO_LABEL, DEMO_SETTING
from jongerenwerk_desk.ui.services import FakePrompter
from jongerenwerk_desk.ui.share import ShareWizard
from jongerenwerk_desk.ui.share.wizard import PageId
from tests.ui import share_helpers as h

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "wizard_nl.ts"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    built = h.build_world(tmp_path_factory.mktemp("share-usability"))
    yield built
    built.notebook.close()


def _open(qtbot, world, tmp_path, prompter: FakePrompter | None = None) -> ShareWizard:
    wizard = ShareWizard(world.notebook, h.profile(tmp_path), h.services(prompter),
                         group_id=world.group_id)
    qtbot.addWidget(wizard, before_close_func=h.quiet_close)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _next(qtbot, wizard) -> None:
    """Next, then one turn of the event loop (Qt shows rebuilt widgets on the next turn)."""
    wizard.next()
    qtbot.wait(1)


def _to_check(wizard, world, signals) -> None:
    h.choose_purpose(wizard)
    wizard.next()
    h.pick(wizard, persons=[world.daan], signals=signals)
    wizard.next()
    h.fill_grounds(wizard)
    wizard.next()
    assert wizard.currentId() == PageId.CHECK


# ------------------------------------------------------------------ 1. closing and focus
def test_untouched_first_page_closes_without_asking(qtbot, world, tmp_path):
    prompter = FakePrompter()
    wizard = _open(qtbot, world, tmp_path, prompter)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert prompter.kinds() == []


def test_cancel_and_escape_ask_before_discarding_work(qtbot, world, tmp_path):
    prompter = FakePrompter()
    wizard = _open(qtbot, world, tmp_path, prompter)
    h.choose_purpose(wizard)
    wizard.next()
    h.pick(wizard, persons=[world.daan], signals=[world.signals["group"]])
    prompter.script("confirm", False)                       # "No": keep working
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible() and wizard.currentId() == PageId.ITEMS
    assert wizard.session.draft.person_ids == [world.daan]  # nothing thrown away
    assert prompter.calls[-1].title == "Discard changes?"
    prompter.script("confirm", False)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert wizard.isVisible()
    prompter.script("confirm", True)                        # "Yes": discard
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert not wizard.isVisible()
    assert prompter.kinds() == ["confirm", "confirm", "confirm"]


def test_ticking_a_recipient_counts_as_work(qtbot, world, tmp_path):
    prompter = FakePrompter().script("confirm", False)
    wizard = _open(qtbot, world, tmp_path, prompter)
    h.choose_purpose(wizard)
    wizard.reject()
    assert wizard.isVisible() and prompter.kinds() == ["confirm"]


def test_focus_goes_to_the_first_field_of_every_page(qtbot, world, tmp_path):
    s = world.signals
    wizard = _open(qtbot, world, tmp_path)
    assert wizard.focusWidget() is wizard.page_of(PageId.PURPOSE).group_combo
    h.choose_purpose(wizard)
    _next(qtbot, wizard)
    assert isinstance(wizard.focusWidget(), QTreeWidget)
    h.pick(wizard, persons=[world.daan], signals=[s["group"], s["online"], s["contact"]])
    _next(qtbot, wizard)
    focused = wizard.focusWidget()
    assert isinstance(focused, QPlainTextEdit), (type(focused), focused.objectName())
    assert focused.objectName() == "subsidiarity_edit"
    h.fill_grounds(wizard)
    _next(qtbot, wizard)
    check = wizard.page_of(PageId.CHECK)
    assert check.warning_checks and wizard.focusWidget() is check.warning_checks[0]
    h.acknowledge_all(wizard)
    _next(qtbot, wizard)
    preview = wizard.page_of(PageId.PREVIEW)
    assert wizard.focusWidget() in (*preview.text_edits.values(),
                                    *preview.review_checks.values(),
                                    *preview.drop_buttons.values())
    for button in (QWizard.WizardButton.CancelButton, QWizard.WizardButton.BackButton,
                   QWizard.WizardButton.NextButton):
        assert wizard.focusWidget() is not wizard.button(button)


def test_preview_tick_keeps_focus_on_the_ticked_checkbox(qtbot, world, tmp_path):
    s = world.signals
    wizard = _open(qtbot, world, tmp_path)
    _to_check(wizard, world, [s["group"], s["online"], s["contact"]])
    h.acknowledge_all(wizard)
    wizard.next()
    preview = wizard.page_of(PageId.PREVIEW)
    key = f"S{s['online']}"
    preview.review_checks[key].setFocus()
    qtbot.keyClick(preview.review_checks[key], Qt.Key.Key_Space)     # rebuilds the page
    qtbot.wait(1)
    assert preview.review_checks[key].isChecked()                    # the new checkbox
    assert wizard.focusWidget() is preview.review_checks[key]
    assert wizard.focusWidget() is not wizard.button(QWizard.WizardButton.BackButton)


def test_scroll_areas_are_no_tab_stop_and_fields_show_focus(qtbot, world, tmp_path):
    s = world.signals
    wizard = _open(qtbot, world, tmp_path)
    _to_check(wizard, world, [s["group"]])
    areas = wizard.findChildren(QScrollArea)
    assert areas
    assert all(area.focusPolicy() == Qt.FocusPolicy.NoFocus for area in areas)
    assert "QLineEdit:focus" in wizard.styleSheet()
    assert "QPlainTextEdit:focus" in wizard.styleSheet()


# ------------------------------------------------------------------ 4. recipients
def test_recipients_outside_the_purpose_or_unsigned_are_disabled(qtbot, world, tmp_path):
    wizard = _open(qtbot, world, tmp_path, FakePrompter())
    page = wizard.page_of(PageId.PURPOSE)
    checks = page.recipient_checks
    assert not checks["woningcorporatie"].isEnabled()                   # has not signed
    assert "not signed" in checks["woningcorporatie"].toolTip()
    assert checks["om"].isEnabled()                                     # groepsduiding
    checks["om"].setChecked(True)
    assert wizard.session.draft.recipients == ["om"]
    page.purpose_combo.setCurrentIndex(page.purpose_combo.findData("namenlijst"))
    assert not checks["om"].isEnabled() and not checks["om"].isChecked()
    assert "not a recipient for this purpose" in checks["om"].toolTip()
    assert wizard.session.draft.recipients == []
    assert not h.next_enabled(wizard)
    assert checks["politie"].isEnabled()


# ------------------------------------------------------------------ 5-7. words and dates
def test_identity_text_matches_what_the_summary_shares(qtbot, world, tmp_path):
    s = world.signals
    wizard = _open(qtbot, world, tmp_path)
    h.choose_purpose(wizard)
    wizard.next()
    assert "initials and year of birth" in wizard.page_of(PageId.ITEMS).identity_check.text()
    h.pick(wizard, persons=[world.daan], signals=[s["contact"]], identity=True)
    wizard.next()
    labels = " ".join(label.text() for label in wizard.currentPage().findChildren(QLabel))
    assert "Identity (initials and year of birth) of" in labels
    assert "wijk" not in labels.lower()
    h.fill_grounds(wizard)
    wizard.next()
    h.acknowledge_all(wizard)
    wizard.next()
    summary = wizard.page_of(PageId.PREVIEW).summary
    daan = world.notebook.people.get(world.daan)
    assert [p.label for p in summary.persons] == [f"{daan.initials} (2009)"]
    assert "Noord" not in repr(summary.persons[0].label)          # no neighbourhood


def test_dates_are_day_month_year(qtbot, world, tmp_path):
    wizard = _open(qtbot, world, tmp_path)
    text = wizard.page_of(PageId.PURPOSE).covenant_label.text()
    assert "19-03-2024" in text and "18-03-2028" in text
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)


def _nl_translations() -> list[tuple[str, str]]:
    root = ET.parse(TS).getroot()
    return [(m.findtext("source") or "", m.findtext("translation") or "")
            for m in root.iter("message")]


def test_dutch_wizard_text_uses_wachtwoord_and_names_no_page_numbers():
    pairs = _nl_translations()
    assert pairs
    for source, dutch in pairs:
        assert "wachtwoordzin" not in dutch.lower(), source
        assert not re.search(r"\b(stap|pagina) [2-6]\)|naar (stap|pagina) \d", dutch), source
    person_level = next(d for s, d in pairs if s.startswith("Person-level information"))
    assert "kan informatie over personen," not in person_level
    assert "gedeeld worden" in person_level or "delen" in person_level


# ------------------------------------------------------------------ 2. the demo
def test_demo_notebook_prompt_shows_the_passphrase_and_exports_are_marked(qtbot, tmp_path):
    from jongerenwerk_desk.ui.shell.demo import DEMO_PASSPHRASE

    world = h.build_world(tmp_path)
    try:
        world.notebook.settings.set(DEMO_SETTING, "1")
        prompter = FakePrompter()
        wizard = _open(qtbot, world, tmp_path, prompter)
        s = world.signals
        _to_check(wizard, world, [s["group"]])
        h.acknowledge_all(wizard)
        wizard.next()
        preview = wizard.page_of(PageId.PREVIEW)
        assert preview.summary.header.demo
        assert any(label.text() == DEMO_LABEL for label in preview.findChildren(QLabel))
        wizard.next()
        export = wizard.currentPage()
        export.csv_check.setChecked(True)
        out = tmp_path / "uit"
        out.mkdir()
        export.set_folder(out)
        prompter.script("passphrase", h.PASSPHRASE)
        wizard.button(QWizard.WizardButton.FinishButton).click()
        asked = next(c for c in prompter.calls if c.kind == "passphrase")
        assert f"“{DEMO_PASSPHRASE}”" in asked.text
        record = wizard.record
        assert record is not None
        pdf, csv_name = (out / name for name in record.file_names)
        first_page = PdfReader(pdf).pages[0].extract_text()
        assert DEMO_LABEL in first_page
        rows = list(csv.reader(io.StringIO(csv_name.read_bytes().decode("utf-8-sig")),
                               delimiter=";"))
        assert rows[1][0] == DEMO_LABEL
        assert not wizard.has_unsaved_work()      # a finished export: close without asking
        wizard.reject()
        assert not wizard.isVisible()
    finally:
        world.notebook.close()


def test_real_notebook_prompt_does_not_mention_the_demo(qtbot, world, tmp_path):
    wizard = _open(qtbot, world, tmp_path)
    assert not wizard.demo and not wizard.demo_session


def test_demo_session_uses_the_public_passphrase_and_marks_the_notebook(tmp_path):
    from jongerenwerk_desk.notebook import Notebook
    from jongerenwerk_desk.ui.shell.demo import DEMO_PASSPHRASE, DemoSession

    demo = DemoSession()
    try:
        demo.create()
        demo.notebook.close()
        reopened = Notebook.open(demo.path, passphrase=DEMO_PASSPHRASE)
        assert reopened.settings.get(DEMO_SETTING) == "1"
        reopened.close()
    finally:
        demo.cleanup()
    assert not demo.folder.exists()


def test_visible_checkboxes_have_text(qtbot, world, tmp_path):
    wizard = _open(qtbot, world, tmp_path)
    assert all(c.text() for c in wizard.currentPage().findChildren(QCheckBox))
