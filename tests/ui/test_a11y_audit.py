"""Every window as a screen-reader and keyboard user meets it (``tests/ui/a11y_audit.py``):
no unnamed control, no field without a label, no leaky password field, no Tab trap and no
control Tab never reaches. Covers the unlock screen (also after a wrong passphrase), the main
window's three views, the seven editors, every share-wizard page, the register view, the
covenant dialog and every first-run page."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QWizard

from jongerenwerk_desk.covenant import builtin_profile
from jongerenwerk_desk.notebook.models import Consent, InformingRecord
from jongerenwerk_desk.ui.editors.consent_editor import ConsentEditor, InformingEditor
from jongerenwerk_desk.ui.editors.group_editor import GroupEditor
from jongerenwerk_desk.ui.editors.partner_editor import MembershipEditor, PartnerEditor
from jongerenwerk_desk.ui.editors.person_editor import PersonEditor
from jongerenwerk_desk.ui.editors.signal_editor import SignalEditor
from jongerenwerk_desk.ui.main_window import GROUPS, PEOPLE, SIGNALS, NotebookWidget
from jongerenwerk_desk.ui.services import FakePrompter, Services
from jongerenwerk_desk.ui.share.register_view import RegisterDialog
from jongerenwerk_desk.ui.share.wizard import PageId
from jongerenwerk_desk.ui.shell.covenant_dialog import CovenantDialog
from jongerenwerk_desk.ui.shell.first_run import FirstRunWizard
from jongerenwerk_desk.ui.shell.passphrase import NewPassphraseDialog
from jongerenwerk_desk.ui.shell.settings import AppSettings
from jongerenwerk_desk.ui.shell.unlock import UnlockWidget
from jongerenwerk_desk.ui.shell.window import ShellWindow
from jongerenwerk_desk.vault.errors import WrongPassphrase
from tests.ui import share_helpers as h
from tests.ui.a11y_audit import audit
from tests.ui.shell_support import PASSPHRASE, make_notebook
from tests.ui.test_shell_first_run import STRONG, FakeKeyStore, _creator
from tests.ui.views_support import NOW, seed_small

TODAY = dt.date(2026, 11, 29)


def _audit(qtbot, window, size=(1000, 720)):
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return audit(window)


# ------------------------------------------------------------------------------------ shell
def test_unlock_screen_and_after_a_wrong_passphrase(qtbot, tmp_path):
    screen = UnlockWidget(Services.for_tests(), tmp_path / "nb.jwdb")
    assert _audit(qtbot, screen) == []
    screen._failed(WrongPassphrase())
    assert audit(screen) == []
    screen.use_recovery.setChecked(True)
    assert audit(screen) == []


def test_change_passphrase_dialog(qtbot):
    assert _audit(qtbot, NewPassphraseDialog(None, ask_current=True)) == []


def test_first_run_wizard_every_page(qtbot, tmp_path):
    wizard = FirstRunWizard(Services.for_tests(), tmp_path / "nieuw.jwdb", creator=_creator,
                            keystore=FakeKeyStore())
    assert _audit(qtbot, wizard, (900, 700)) == [], "organisation page"
    wizard.currentPage().organisation.setText("Stichting Jongerenwerk Voorbeeldstad")
    wizard.next()
    page = wizard.currentPage()
    assert audit(wizard) == [], "passphrase page"
    page.first.setText(STRONG)
    page.second.setText(STRONG)
    page.understood.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.recovery_id, timeout=60_000)
    code = wizard.currentPage().code.text()
    assert audit(wizard) == [], "recovery code page"
    wizard.next()
    assert audit(wizard) == [], "recovery check page"
    wizard.currentPage().entry.setText(code)
    wizard.next()
    assert audit(wizard) == [], "device page"
    wizard.accept()
    wizard.notebook.close()


# ------------------------------------------------------------------------------ main window
def test_shell_window_locked_and_unlocked(qtbot, tmp_path):
    path = make_notebook(tmp_path / "nb.jwdb")[0]
    window = ShellWindow(Services.for_tests(synchronous=True), AppSettings(tmp_path / "s.ini"),
                         path, use_dbus=False)
    assert _audit(qtbot, window, (1366, 740)) == [], "locked"
    with qtbot.waitSignal(window.notebook_opened, timeout=20_000):
        window.unlock_screen.secret.setText(PASSPHRASE)
        window.unlock_screen.submit()
    try:
        assert audit(window) == [], "unlocked"
    finally:
        window.lock("test-end")


@pytest.mark.parametrize("view", [PEOPLE, GROUPS, SIGNALS])
def test_main_window_views(qtbot, nb, profile, services, view):
    ids = seed_small(nb)
    widget = NotebookWidget(nb, profile, services)
    widget.show_view(view)
    assert _audit(qtbot, widget, (1366, 700)) == [], "nothing selected"
    entity = widget.views[view]
    entity.select_id({PEOPLE: ids["sem"], GROUPS: ids["group"], SIGNALS: ids["s1"]}[view])
    qtbot.wait(1)
    panel = (widget.person_panel, widget.group_panel, widget.signal_panel)[view]
    assert panel.isVisibleTo(widget) and panel.isEnabled()
    assert audit(widget) == [], "a row selected: its panel shows"


# ---------------------------------------------------------------------------------- editors
def _editor(nb, profile, name):
    """A real editor ``name`` on a seeded notebook (only that one is built: an editor left
    alive would show up in later tests' widget walks)."""
    ids = seed_small(nb)
    consent = nb.consents.add(Consent(person_id=ids["sem"], given_by="parents",
                                      purpose="namenlijst", recipients=["politie"],
                                      given_on=dt.date(2026, 1, 5), form="schriftelijk"))
    informed = nb.informing.add(InformingRecord(person_id=ids["sem"], informed_on=TODAY,
                                                who="youth", how="gesprek"))
    return {
        "person": lambda: PersonEditor(nb, nb.people.get(ids["sem"])),
        "group": lambda: GroupEditor(nb, nb.groups.get(ids["group"])),
        "signal": lambda: SignalEditor(nb, profile, nb.signals.get(ids["s1"]),
                                       now=lambda: NOW),
        "consent": lambda: ConsentEditor(nb, profile, ids["sem"], nb.consents.get(consent),
                                         today=TODAY),
        "informing": lambda: InformingEditor(nb, ids["sem"], nb.informing.get(informed),
                                             today=TODAY),
        "partner": lambda: PartnerEditor(nb, profile),
        "membership": lambda: MembershipEditor(nb, ids["group"]),
    }[name]()


EDITORS = ["person", "group", "signal", "consent", "informing", "partner", "membership"]


@pytest.mark.parametrize("name", EDITORS)
def test_editor_and_its_errors(qtbot, nb, profile, name):
    editor = _editor(nb, profile, name)
    assert _audit(qtbot, editor, (700, 700)) == []
    editor.clear_client_data()
    editor.save_button.click()          # errors shown: still named, reachable, no trap
    assert audit(editor) == []


# -------------------------------------------------------------------------------- the share
@pytest.fixture(scope="module")
def world(tmp_path_factory):
    built = h.build_world(tmp_path_factory.mktemp("a11y-share"))
    yield built
    built.notebook.close()


def test_share_wizard_every_page(qtbot, world, tmp_path):
    wizard = h.open_wizard(qtbot, world, tmp_path)
    wizard.resize(1100, 740)
    wizard.show()
    s = world.signals
    assert audit(wizard) == [], "purpose page"
    h.choose_purpose(wizard)
    wizard.next()
    assert audit(wizard) == [], "items page"
    h.pick(wizard, persons=[world.noor], signals=[s["group"], s["online"], s["third_party"]])
    wizard.next()
    assert audit(wizard) == [], "grounds page"
    h.fill_grounds(wizard)
    wizard.next()
    assert wizard.currentId() == PageId.CHECK
    assert audit(wizard) == [], "check page"
    h.acknowledge_all(wizard)
    wizard.next()
    assert audit(wizard) == [], "preview page"
    wizard.next()
    assert wizard.currentId() == PageId.EXPORT
    assert audit(wizard) == [], "export page"
    wizard.page_of(PageId.EXPORT).password_check.setChecked(True)
    assert audit(wizard) == [], "export page with password"


def test_share_check_page_when_blocked(qtbot, world, tmp_path):
    wizard = h.open_wizard(qtbot, world, tmp_path)
    wizard.resize(1100, 740)
    wizard.show()
    h.choose_purpose(wizard)
    wizard.next()
    h.pick(wizard, persons=[world.sara], signals=[world.signals["confidence_sara"]])
    wizard.next()
    h.fill_grounds(wizard)
    wizard.next()
    assert wizard.currentId() == PageId.CHECK
    assert wizard.page_of(PageId.CHECK).evaluation.blocked
    assert audit(wizard) == []


def test_register_view(qtbot, world):
    dialog = RegisterDialog(world.notebook, builtin_profile("demo"), Services.for_tests())
    assert _audit(qtbot, dialog, (1200, 700)) == []


def test_covenant_dialog(qtbot, nb):
    dialog = CovenantDialog(nb, builtin_profile("model"),
                            Services.for_tests(prompter=FakePrompter()))
    assert _audit(qtbot, dialog, (900, 700)) == []


def test_wizard_buttons_are_in_the_tab_order(qtbot, world, tmp_path):
    wizard = h.open_wizard(qtbot, world, tmp_path)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isVisible() and audit(wizard) == []


# ------------------------------------------------------------------- the auditor finds faults
def test_the_audit_finds_each_kind_of_fault(qtbot):
    from PySide6.QtWidgets import (
        QDialog,
        QLineEdit,
        QPlainTextEdit,
        QPushButton,
        QTableWidget,
        QVBoxLayout,
    )

    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    unnamed = QPushButton()
    unlabelled = QLineEdit()
    leaky = QLineEdit()
    leaky.setEchoMode(QLineEdit.EchoMode.Password)
    leaky.setAccessibleName("Wachtwoord")
    table = QTableWidget(3, 3)
    table.setAccessibleName("Tabel")
    after = QPushButton("Sluiten")
    for w in (unnamed, unlabelled, leaky, table, after):
        layout.addWidget(w)
    problems = _audit(qtbot, dialog, (400, 400))
    kinds = sorted(p.split(":")[0] for p in problems)
    assert kinds == ["password", "tab-trap", "unlabelled", "unnamed", "unreachable"], problems
    table.setTabKeyNavigation(False)
    unnamed.setText("Opslaan")
    unlabelled.setAccessibleName("Naam")
    assert [p.split(":")[0] for p in audit(dialog)] == ["password"]
    text = QPlainTextEdit()
    text.setAccessibleName("Notitie")
    layout.addWidget(text)
    assert "tab-trap" in " ".join(audit(dialog))     # Tab types a tab character


# ------------------------------------------------------------------------- smaller dialogs
def test_smaller_dialogs(qtbot, nb, profile, tmp_path):
    from jongerenwerk_desk.ui.secret_field import PassphraseDialog
    from jongerenwerk_desk.ui.shell.covenant_dialog import SignatureDialog
    from jongerenwerk_desk.ui.shell.settings_dialog import SettingsDialog
    from jongerenwerk_desk.ui.views.partners_dialog import PartnersDialog

    model = builtin_profile("model")
    for dialog in (PassphraseDialog(None, "Wachtwoord", "&Wachtwoord:"),
                   SignatureDialog(model.parties[0], TODAY),
                   SettingsDialog(AppSettings(tmp_path / "s.ini")),
                   PartnersDialog(nb, profile, Services.for_tests())):
        assert _audit(qtbot, dialog, (700, 500)) == [], type(dialog).__name__
