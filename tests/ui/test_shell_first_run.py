"""First-run wizard: organisation and profile, passphrase rules, the recovery code shown once
and typed back, "remember on this device" only with a secure keyring, cancel removes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.notebook.schema import SETTING_ACTIVE_PROFILE, SETTING_OWN_PARTY
from jongerenwerk_desk.ui.services import FakePrompter, Services
from jongerenwerk_desk.ui.shell.first_run import FirstRunWizard, canonical_code, strength
from jongerenwerk_desk.vault import KdfParams

STRONG = "paard batterij nietje correct 42"


class FakeKeyStore:
    def __init__(self, available=True):
        self._available = available
        self.keys = {}

    def available(self):
        return (self._available, "GNOME-sleutelbos (Secret Service)" if self._available else "")

    def set_key(self, notebook_id, key):
        self.keys[notebook_id] = key

    def get_key(self, notebook_id):
        return self.keys.get(notebook_id)

    def delete_key(self, notebook_id):
        self.keys.pop(notebook_id, None)


def _creator(path, passphrase):
    return Notebook.create(path, passphrase, kdf_params=KdfParams.minimum())


@pytest.fixture
def services(qapp):
    return Services.for_tests()


def _wizard(qtbot, services, tmp_path, keystore):
    wizard = FirstRunWizard(services, tmp_path / "nieuw.jwdb", creator=_creator,
                            keystore=keystore)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _to_recovery_page(qtbot, wizard):
    page = wizard.currentPage()
    assert not page.isComplete()                      # organisation required
    page.organisation.setText("Stichting Jongerenwerk Voorbeeldstad")
    assert "nobody has signed it" in page.profile_note.text()
    assert page.party.currentData() == "jongerenwerk"
    wizard.next()
    pw = wizard.currentPage()
    pw.first.setText("welkom123")
    pw.second.setText("welkom123")
    pw.understood.setChecked(True)
    assert not pw.isComplete()                        # too short and weak
    assert "Too short" in pw.hint.text()
    pw.first.setText(STRONG)
    pw.second.setText(STRONG + "x")
    assert not pw.isComplete()
    pw.second.setText(STRONG)
    assert pw.isComplete()
    wizard.next()                                     # starts creation in the background
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.recovery_id, timeout=20_000)
    return wizard.currentPage().code.text()


def test_full_first_run_with_keyring(qtbot, services, tmp_path):
    store = FakeKeyStore()
    wizard = _wizard(qtbot, services, tmp_path, store)
    code = _to_recovery_page(qtbot, wizard)
    assert code and code == wizard.recovery_code
    assert (tmp_path / "nieuw.jwdb").exists()
    wizard.next()
    check = wizard.currentPage()
    assert wizard.page(wizard.recovery_id).code.text() == ""   # shown once
    check.entry.setText("FOUT-" + code)
    assert not check.isComplete()
    check.entry.setText(code.lower().replace("-", " "))
    assert check.isComplete()
    wizard.next()
    device = wizard.currentPage()
    assert device.remember.isVisibleTo(device)
    assert "GNOME-sleutelbos" in device.explain.text()
    assert wizard.recovery_code is None
    device.remember.setChecked(True)
    wizard.accept()
    nb = wizard.notebook
    try:
        assert nb.settings.get("organisation.name") == "Stichting Jongerenwerk Voorbeeldstad"
        assert nb.settings.get(SETTING_OWN_PARTY) == "jongerenwerk"
        assert nb.settings.get(SETTING_ACTIVE_PROFILE) == wizard.profile.id
        assert store.keys == {nb.vault.notebook_id: store.keys[nb.vault.notebook_id]}
    finally:
        nb.close()
    reopened = Notebook.open(tmp_path / "nieuw.jwdb", recovery_code=code)
    reopened.close()


def test_no_keyring_no_remember_option(qtbot, services, tmp_path):
    wizard = _wizard(qtbot, services, tmp_path, FakeKeyStore(available=False))
    device = wizard.device_page
    assert not device.remember.isVisibleTo(device)
    assert "No secure keyring" in device.explain.text()
    wizard2 = _wizard(qtbot, services, tmp_path, None)
    assert not wizard2.device_page.remember.isVisibleTo(wizard2.device_page)


def test_cancel_after_creation_removes_fresh_notebook(qtbot, tmp_path, qapp):
    services = Services.for_tests(prompter=FakePrompter().script("confirm", True))
    wizard = _wizard(qtbot, services, tmp_path, None)
    _to_recovery_page(qtbot, wizard)
    assert (tmp_path / "nieuw.jwdb").exists()
    wizard.reject()
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert list(tmp_path.iterdir()) == []
    assert services.prompter.kinds() == ["confirm"]


def test_existing_file_is_never_overwritten(qtbot, services, tmp_path):
    (tmp_path / "nieuw.jwdb").write_bytes(b"iets")
    wizard = _wizard(qtbot, services, tmp_path, None)
    wizard.currentPage().organisation.setText("Org")
    wizard.next()
    assert wizard.currentId() == 0
    assert services.prompter.kinds() == ["error"]
    assert (tmp_path / "nieuw.jwdb").read_bytes() == b"iets"


def test_own_profile_file_is_validated(qtbot, tmp_path, qapp):
    bad = tmp_path / "eigen.toml"
    bad.write_text("id = 'x'\n", encoding="utf-8")
    services = Services.for_tests(prompter=FakePrompter().script("open_file", bad))
    wizard = _wizard(qtbot, services, tmp_path, None)
    page = wizard.currentPage()
    page.profile_box.setCurrentIndex(1)
    page._profile_chosen(1)
    assert services.prompter.kinds() == ["open_file", "error"]
    assert page.profile_box.currentIndex() == 0 and wizard.profile_bytes is None


def test_strength_and_code_helpers():
    assert strength("") == 0
    assert strength("wachtwoord") < 3 <= strength(STRONG)
    assert canonical_code(" ab12-cd34 ") == "AB12CD34"


def test_first_run_and_change_dialog_use_the_vault_policy(qtbot):
    """One policy everywhere: the GUI re-exports ``vault.policy`` and both the first-run page
    and the change/new-passphrase dialog refuse exactly what ``passphrase_problems`` refuses."""
    from jongerenwerk_desk.ui.shell import first_run_pages, passphrase
    from jongerenwerk_desk.vault import policy

    assert first_run_pages.strength is policy.strength
    assert first_run_pages.MIN_LENGTH == policy.MIN_LENGTH
    assert passphrase.passphrase_problems is policy.passphrase_problems
    from PySide6.QtWidgets import QDialogButtonBox

    for ask_current in (True, False):   # menu "change" and the unlock screen's "new"
        dialog = passphrase.NewPassphraseDialog(ask_current=ask_current)
        qtbot.addWidget(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.current_field.setText("oud wachtwoord")
        for candidate in ("", " " * 12, "kort", "wachtwoord", "jongerenwerk1", STRONG):
            dialog.first.setText(candidate)
            dialog.second.setText(candidate)
            expected = not policy.passphrase_problems(candidate, ["jongerenwerk"])
            assert ok.isEnabled() == expected, candidate
        assert ok.isEnabled()
        dialog.second.setText(STRONG + "x")
        assert not ok.isEnabled()


def _lock_manager(services, idle_s=60.0):
    from jongerenwerk_desk.ui.shell.lock import LockManager

    return LockManager(services.clock, idle_s, use_dbus=False)


def test_idle_lock_covers_the_wizard_once_the_notebook_exists(qtbot, services, tmp_path):
    """Before: the new notebook stayed open and the recovery code on screen with no auto-lock.
    Now idle time past the limit closes and removes the fresh notebook and closes the wizard."""
    manager = _lock_manager(services)
    wizard = FirstRunWizard(services, tmp_path / "nieuw.jwdb", creator=_creator,
                            keystore=None, lock_manager=manager)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not manager.active                       # nothing to protect yet
    _to_recovery_page(qtbot, wizard)
    assert wizard.notebook is not None and manager.active
    services.clock.advance(61)
    assert manager.check()                          # the shell's timer tick
    assert wizard.abandoned == "idle" and wizard.notebook is None
    assert wizard.recovery_code is None and not wizard.isVisible()
    assert not (tmp_path / "nieuw.jwdb").exists()
    assert not (tmp_path / "nieuw.jwdb.keys").exists()
    assert services.prompter.kinds() == []          # no "remove it?" question on a lock
    assert not manager.active


def test_finishing_the_wizard_keeps_the_lock_running(qtbot, services, tmp_path):
    manager = _lock_manager(services)
    wizard = FirstRunWizard(services, tmp_path / "nieuw.jwdb", creator=_creator,
                            keystore=None, lock_manager=manager)
    qtbot.addWidget(wizard)
    wizard.show()
    code = _to_recovery_page(qtbot, wizard)
    wizard.next()
    wizard.currentPage().entry.setText(code)
    wizard.next()
    wizard.accept()
    assert wizard.abandoned is None and wizard.notebook is not None and manager.active
    services.clock.advance(61)
    assert manager.check()                          # the shell locks its notebook now
    assert wizard.notebook is not None              # the finished wizard no longer reacts
    wizard.notebook.close()
