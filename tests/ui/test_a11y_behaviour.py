"""What a screen-reader or keyboard user meets beyond names and Tab order: errors tied to their
field and not shown by colour alone, focus that stays put while the app is busy, Enter that
does what the focused control says, a check page whose verdict is a Tab stop and whose
acknowledgements are named after their warning, and an items tree that says ticked or not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from jongerenwerk_desk.ui.editors.base import INVALID_SIGN
from jongerenwerk_desk.ui.editors.person_editor import PersonEditor
from jongerenwerk_desk.ui.editors.signal_editor import SignalEditor
from jongerenwerk_desk.ui.services import FakePrompter, Services
from jongerenwerk_desk.ui.share.finding_text import code_title
from jongerenwerk_desk.ui.share.wizard import PageId
from jongerenwerk_desk.ui.shell.unlock import UnlockWidget
from jongerenwerk_desk.vault import errors as ve
from tests.ui import share_helpers as h
from tests.ui.views_support import NOW, seed_small

Name, Description = QAccessible.Text.Name, QAccessible.Text.Description


def _show(qtbot, widget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def _said(widget, kind=Name) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(kind) or ""


def _buddy(widget) -> QLabel:
    return next(label for label in widget.window().findChildren(QLabel)
                if label.buddy() is widget)


def test_editor_errors_are_text_tied_to_their_field_and_not_colour_alone(qtbot, nb):
    editor = PersonEditor(nb)
    _show(qtbot, editor)
    editor.name.clear()
    editor.phone.setText("abc")
    editor.save_button.click()
    messages = editor.errors()
    assert len(messages) == 2 and editor.isVisible()
    said = _said(editor.error_label)
    assert all(message in said for message in messages)       # not hidden by a fixed name
    for field in (editor.name, editor.phone):
        description = _said(field, Description)
        assert description in messages                        # the field says its own error
        assert _buddy(field).text().startswith(INVALID_SIGN)  # a sign, not only red
        assert _said(field).startswith(INVALID_SIGN.strip())
    assert QApplication.focusWidget() is editor.name         # first invalid field
    QTest.keyClicks(editor.name, "Sem")                       # editing clears the mark
    assert _said(editor.name, Description) == ""
    assert not _buddy(editor.name).text().startswith(INVALID_SIGN)
    assert _said(editor.phone, Description) in messages


def test_unlock_keeps_focus_on_the_field_and_ties_the_error_to_it(qtbot, tmp_path):
    def opener(path, passphrase, recovery_code):
        raise ve.WrongPassphrase()

    screen = UnlockWidget(Services.for_tests(), tmp_path / "x.jwdb", opener=opener)
    _show(qtbot, screen)
    screen.focus_entry()
    assert _said(screen.secret) == "Passphrase"
    focus_seen = []
    screen.secret.setText("niet het wachtwoord")
    screen._services.tasks.run = lambda fn, on_success, on_failure: (    # record mid-attempt
        focus_seen.append(QApplication.focusWidget()), on_failure(ve.WrongPassphrase()))
    QTest.keyClick(screen.secret, Qt.Key.Key_Return)
    assert focus_seen == [screen.secret]                       # not moved while busy
    assert QApplication.focusWidget() is screen.secret
    assert screen.status_title.text() == "Wrong passphrase"
    assert _said(screen.secret, Description).startswith("Wrong passphrase.")
    screen.use_recovery.setChecked(True)
    assert _said(screen.secret) == "Recovery code"


def test_enter_in_a_link_search_links_and_keeps_the_signal_editor_open(qtbot, nb, profile):
    ids = seed_small(nb)
    editor = SignalEditor(nb, profile, now=lambda: NOW)
    _show(qtbot, editor)
    editor.people.search.setFocus()
    QTest.keyClicks(editor.people.search, "Ava")
    QTest.keyClick(editor.people.search, Qt.Key.Key_Return)
    assert editor.isVisible() and editor.saved_id is None
    assert editor.people.ids() == [ids["ava"]]
    assert nb.signals.page(0, 10, "occurred_at")[0].text != ""    # nothing new was saved
    assert len(nb.signals.page(0, 10, "occurred_at")) == 3


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    built = h.build_world(tmp_path_factory.mktemp("a11y-behaviour"))
    yield built
    built.notebook.close()


def _wizard(qtbot, world, tmp_path):
    wizard = h.open_wizard(qtbot, world, tmp_path)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_items_tree_says_ticked_or_not(qtbot, world, tmp_path):
    wizard = _wizard(qtbot, world, tmp_path)
    h.choose_purpose(wizard)
    wizard.next()
    page = wizard.page_of(PageId.ITEMS)
    item = page.tree_item("person", world.daan)
    page.set_checked("person", world.daan, False)
    tree = QAccessible.queryAccessibleInterface(page.tree)
    assert tree.text(Name) == "Young people and signals to include"

    def cell_for(row_item):
        index = page.tree.indexFromItem(row_item, 0)
        page.tree.setCurrentIndex(index)
        focus = tree.focusChild()
        return focus if focus is not None else tree

    cell = cell_for(item)
    assert cell.text(Name).startswith("not ticked: ")
    assert cell.state().checkable and not cell.state().checked
    page.set_checked("person", world.daan, True)
    cell = cell_for(item)
    assert cell.text(Name).startswith("ticked: ") and cell.state().checked


def test_check_verdict_is_a_tab_stop_and_acknowledgements_name_their_warning(
        qtbot, world, tmp_path):
    wizard = _wizard(qtbot, world, tmp_path)
    s = world.signals
    h.choose_purpose(wizard)
    wizard.next()
    h.pick(wizard, persons=[world.noor], signals=[s["group"], s["online"], s["third_party"]])
    wizard.next()
    h.fill_grounds(wizard)
    wizard.next()
    check = wizard.page_of(PageId.CHECK)
    qtbot.wait(1)
    verdict = check.verdict
    assert verdict.text().startswith("Allowed, with warnings")
    assert verdict.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert QApplication.focusWidget() is check.warning_checks[0]
    QTest.keyClick(check.warning_checks[0], Qt.Key.Key_Backtab)
    reached = QApplication.focusWidget()        # back from the first warning: its finding
    assert reached.objectName() == "finding_title"
    assert _said(reached, Description)           # the message, concerns and basis
    names = [_said(box) for box in check.warning_checks]
    assert len(set(names)) == len(names) >= 2
    for box in check.warning_checks:
        code = box.objectName().removeprefix("ack_")
        assert code_title(code) in _said(box)
    for _ in range(2 * len(check.warning_checks) + 2):
        if QApplication.focusWidget() is verdict:
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is verdict


def test_first_run_keeps_focus_on_next_while_the_notebook_is_created(qtbot, tmp_path):
    from PySide6.QtWidgets import QWizard

    from jongerenwerk_desk.ui.shell.first_run import FirstRunWizard
    from tests.ui.test_shell_first_run import STRONG, FakeKeyStore, _creator

    services = Services.for_tests(prompter=FakePrompter().script("confirm", True))
    wizard = FirstRunWizard(services, tmp_path / "nieuw.jwdb", creator=_creator,
                            keystore=FakeKeyStore())
    _show(qtbot, wizard)
    wizard.currentPage().organisation.setText("Stichting Jongerenwerk Voorbeeldstad")
    wizard.next()
    page = wizard.currentPage()
    page.first.setText(STRONG)
    page.second.setText(STRONG)
    page.understood.setChecked(True)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    next_button.setFocus()
    seen = []
    real_run = services.tasks.run

    def run(fn, on_success, on_failure):
        seen.append((QApplication.focusWidget(), next_button.isEnabled(),
                     page.first.isReadOnly()))
        real_run(fn, on_success=on_success, on_failure=on_failure)

    services.tasks.run = run
    QTest.keyClick(next_button, Qt.Key.Key_Space)
    assert seen == [(next_button, True, True)]
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.recovery_id, timeout=60_000)
    wizard.reject()


def test_export_keeps_focus_on_finish_while_it_runs(qtbot, world, tmp_path):
    from PySide6.QtWidgets import QWizard

    wizard = _wizard(qtbot, world, tmp_path)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    s = world.signals
    h.choose_purpose(wizard)
    wizard.next()
    h.pick(wizard, persons=[world.noor], signals=[s["group"], s["online"], s["third_party"]])
    wizard.next()
    h.fill_grounds(wizard)
    wizard.next()
    h.acknowledge_all(wizard)
    wizard.next()
    wizard.next()
    export = wizard.page_of(PageId.EXPORT)
    export.set_folder(tmp_path)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    finish.setFocus()
    assert QApplication.focusWidget() is finish
    export._set_busy(True)                  # as when Finish started the export
    try:
        assert finish.isEnabled() and QApplication.focusWidget() is finish
        assert export.validatePage() is False           # a second press does nothing
    finally:
        export._set_busy(False)
