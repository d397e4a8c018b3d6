"""With the Dutch translations loaded, no window or dialog offers the same Alt-letter twice
(the tester found Alt+O on "Gegeven op" instead of Opslaan, Alt+D on the Tijdlijn tab instead
of the Delen menu, and "Nieuwe toestemming…" without any), and every menu's items differ.

Scope per window: buttons, buddy labels, visible tab bars and the menu bar (what one Alt
press can reach at the same moment); each menu is checked on its own.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMenu

from jongerenwerk_desk.ui.editors.consent_editor import ConsentEditor, InformingEditor
from jongerenwerk_desk.ui.editors.group_editor import GroupEditor
from jongerenwerk_desk.ui.editors.partner_editor import MembershipEditor, PartnerEditor
from jongerenwerk_desk.ui.editors.person_editor import PersonEditor
from jongerenwerk_desk.ui.editors.signal_editor import SignalEditor
from jongerenwerk_desk.ui.services import FakeClock, FakePrompter, Services, TaskRunner
from jongerenwerk_desk.ui.shell.clipboard import SecureClipboard
from jongerenwerk_desk.ui.shell.i18n import install_translators
from jongerenwerk_desk.ui.shell.settings import AppSettings
from jongerenwerk_desk.ui.shell.window import ShellWindow
from jongerenwerk_desk.ui.views.partners_dialog import PartnersDialog
from tests.ui import views_support as support
from tests.ui.views_support import menu_clashes, mnemonic_clashes, mnemonic_of


@pytest.fixture
def dutch(qapp):
    loaded = install_translators(qapp, "nl")
    assert "views_nl.qm" in loaded and "shell_nl.qm" in loaded
    yield
    install_translators(qapp, "en")


def test_mnemonic_parsing() -> None:
    assert mnemonic_of("&Opslaan") == "o"
    assert mnemonic_of("Tijd&lijn") == "l"
    assert mnemonic_of("Jan && Piet") is None
    assert mnemonic_of("Jan && &Piet") == "p"


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    QApplication.processEvents()
    return widget


def test_shell_window_with_the_views_has_no_clash(qtbot, dutch, nb, profile, tmp_path) -> None:
    clock = FakeClock()
    svc = Services(FakePrompter(), TaskRunner(), clock, SecureClipboard(clock))
    win = ShellWindow(svc, AppSettings(tmp_path / "s.ini"), None, use_dbus=False)
    _shown(qtbot, win)
    assert mnemonic_clashes(win) == {}, "locked"
    support.seed_small(nb)
    win.open_notebook(nb, profile=profile)
    widget = win.notebook_widget
    for view in range(3):
        widget.show_view(view)
        panel = [widget.person_panel, widget.group_panel, widget.signal_panel][view]
        tabs = getattr(panel, "tabs", None)
        for page in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(page)
            QApplication.processEvents()
            assert mnemonic_clashes(win) == {}, (view, page)
    for menu in win.menuBar().findChildren(QMenu):
        assert menu_clashes(menu) == {}, menu.title()
    win.lock("test")


def test_demo_lock_screen_has_no_clash(qtbot, dutch, tmp_path) -> None:
    clock = FakeClock()
    svc = Services(FakePrompter(), TaskRunner(), clock, SecureClipboard(clock))
    win = ShellWindow(svc, AppSettings(tmp_path / "s.ini"), None, demo=True, use_dbus=False)
    win.unlock_screen.set_demo(lambda: None)
    _shown(qtbot, win)
    assert mnemonic_clashes(win) == {}


def test_editors_have_no_clash(qtbot, dutch, nb, profile, services) -> None:
    ids = support.seed_small(nb)
    editors = [PersonEditor(nb), GroupEditor(nb), SignalEditor(nb, profile),
               ConsentEditor(nb, profile, ids["sem"]), InformingEditor(nb, ids["sem"]),
               PartnerEditor(nb, profile), MembershipEditor(nb, ids["group"]),
               PartnersDialog(nb, profile, services)]
    for editor in editors:
        _shown(qtbot, editor)
        assert mnemonic_clashes(editor) == {}, type(editor).__name__
        editor.close()


def test_first_run_wizard_pages_and_shell_dialogs_have_no_clash(qtbot, dutch, tmp_path) -> None:
    from jongerenwerk_desk.ui.shell.first_run import FirstRunWizard
    from jongerenwerk_desk.ui.shell.passphrase import NewPassphraseDialog
    from jongerenwerk_desk.ui.shell.settings_dialog import SettingsDialog
    from tests.ui.test_shell_first_run import STRONG, FakeKeyStore, _creator

    wizard = FirstRunWizard(Services.for_tests(), tmp_path / "nieuw.jwdb", creator=_creator,
                            keystore=FakeKeyStore())
    _shown(qtbot, wizard)
    assert mnemonic_clashes(wizard) == {}, "organisation page"
    wizard.currentPage().organisation.setText("Stichting Jongerenwerk Voorbeeldstad")
    wizard.next()
    page = wizard.currentPage()
    page.first.setText(STRONG)
    page.second.setText(STRONG)
    page.understood.setChecked(True)
    assert mnemonic_clashes(wizard) == {}, "passphrase page"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.recovery_id, timeout=20_000)
    assert mnemonic_clashes(wizard) == {}, "recovery code page"
    code = wizard.recovery_code
    wizard.next()
    wizard.currentPage().entry.setText(code)
    assert mnemonic_clashes(wizard) == {}, "recovery check page"
    wizard.next()
    QApplication.processEvents()
    assert wizard.currentPage() is wizard.device_page
    finish = wizard.button(wizard.WizardButton.FinishButton)
    assert finish.isVisible() and mnemonic_of(finish.text())   # Voltooien has an Alt key
    assert mnemonic_clashes(wizard) == {}, "device page (last)"
    wizard.accept()
    wizard.notebook.close()
    settings = AppSettings(tmp_path / "s.ini")
    for dialog in (NewPassphraseDialog(), SettingsDialog(settings)):
        _shown(qtbot, dialog)
        assert mnemonic_clashes(dialog) == {}, type(dialog).__name__
        dialog.close()


@pytest.mark.parametrize("language", ["en", "nl"])
def test_register_dialog_has_no_clash(qtbot, qapp, tmp_path, language) -> None:
    """The register's filters and its export, print and correction buttons (the latter two
    came from parallel branches) each have their own Alt-letter, in English and in Dutch."""
    from jongerenwerk_desk.covenant import builtin_profile
    from jongerenwerk_desk.ui.share.register_view import RegisterDialog
    from tests.ui import share_helpers as h

    install_translators(qapp, language)
    try:
        world = h.build_world(tmp_path)
        dialog = _shown(qtbot, RegisterDialog(world.notebook, builtin_profile("demo"),
                                              Services.for_tests()))
        assert mnemonic_of(dialog.correction_button.text()) is not None
        assert mnemonic_clashes(dialog) == {}
        dialog.clear_client_data()
        world.notebook.close()
    finally:
        install_translators(qapp, "en")
