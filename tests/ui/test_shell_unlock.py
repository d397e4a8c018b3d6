"""Unlock screen: right and wrong passphrase on a real notebook, every error's own advice,
the slow-down after repeated wrong attempts, and the keyring-first path."""

from __future__ import annotations

import pytest

from jongerenwerk_desk.ui.services import FakeClock, FakePrompter, Services, TaskRunner
from jongerenwerk_desk.ui.shell import errors as err
from jongerenwerk_desk.ui.shell.clipboard import SecureClipboard
from jongerenwerk_desk.ui.shell.unlock import UnlockWidget, delay_after
from jongerenwerk_desk.vault import errors as ve
from tests.ui.shell_support import MARKER_NAME, PASSPHRASE, make_notebook


@pytest.fixture(scope="module")
def notebook_file(tmp_path_factory):
    return make_notebook(tmp_path_factory.mktemp("unlock") / "nb.jwdb")


@pytest.fixture
def services(qapp):
    clock = FakeClock()
    return Services(FakePrompter(), TaskRunner(), clock, SecureClipboard(clock))


def _submit(qtbot, screen, text):
    screen.secret.setText(text)
    screen.submit()
    qtbot.waitUntil(lambda: not screen._busy, timeout=20_000)


def test_right_passphrase_opens_real_notebook(qtbot, services, notebook_file):
    path, _code = notebook_file
    screen = UnlockWidget(services, path)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.unlocked, timeout=20_000) as got:
        screen.secret.setText(PASSPHRASE)
        screen.submit()
        assert screen.busy_bar.isVisibleTo(screen)       # busy indicator while the KDF runs
        assert screen.secret.isReadOnly()            # not disabled: the focus stays put
    nb = got.args[0]
    try:
        assert nb.people.page(0, 5, "name")[0].name == MARKER_NAME
        assert screen.secret.text() == "" and screen.status.text() == ""
    finally:
        nb.close()


def test_recovery_code_opens(qtbot, services, notebook_file):
    path, code = notebook_file
    screen = UnlockWidget(services, path)
    qtbot.addWidget(screen)
    screen.use_recovery.setChecked(True)
    with qtbot.waitSignal(screen.unlocked, timeout=20_000) as got:
        screen.secret.setText(code.lower())      # the vault normalises case/dashes
        screen.submit()
    got.args[0].close()


def test_wrong_passphrase_says_so_and_offers_recovery(qtbot, services, notebook_file):
    path, _ = notebook_file
    screen = UnlockWidget(services, path)
    qtbot.addWidget(screen)
    unlocked = []
    screen.unlocked.connect(unlocked.append)
    _submit(qtbot, screen, "dit is niet het wachtwoord")
    assert unlocked == []
    assert screen.status_title.text() == "Wrong passphrase"
    assert "recovery code" in screen.status.text()
    assert set(screen.action_buttons()) == {err.RETRY, err.RECOVERY}
    screen.action_buttons()[err.RECOVERY].click()
    assert screen.use_recovery.isChecked()
    assert screen.failures == 1


ERRORS = [ve.WrongPassphrase(), ve.DamagedFile(), ve.NotANotebook(), ve.NewerFormat(),
          ve.AlreadyOpen(1234), ve.DiskFull(), ve.SQLCipherUnavailable(), FileNotFoundError(),
          PermissionError(), RuntimeError("iets onverwachts met Zwxq"), ve.DamagedBackup(),
          ve.KeyFileMissing(), ve.KeyFileMismatch(), ve.TargetIsFolder(),
          ve.TargetNotANotebook()]


@pytest.mark.parametrize("exc", ERRORS, ids=lambda e: type(e).__name__)
def test_each_error_has_its_own_message_and_way_forward(qtbot, services, tmp_path, exc):
    def opener(path, passphrase, recovery_code):
        raise exc

    screen = UnlockWidget(services, tmp_path / "x.jwdb", opener=opener)
    qtbot.addWidget(screen)
    requested = []
    screen.action_requested.connect(requested.append)
    _submit(qtbot, screen, "iets")
    advice = err.advice_for(exc)
    assert (screen.status_title.text(), screen.status.text()) == (advice.title, advice.text)
    assert "Zwxq" not in screen.status.text()          # never the exception's own text
    assert list(screen.action_buttons()) == list(advice.actions)
    for action in set(advice.actions) & {err.RESTORE, err.OPEN_OTHER, err.CREATE}:
        screen.action_buttons()[action].click()
        assert requested[-1] == action


def test_error_messages_are_distinct():
    titles = {err.advice_for(e).title for e in ERRORS}
    assert len(titles) == len(ERRORS)


def test_damaged_file_offers_restore():
    assert err.RESTORE in err.advice_for(ve.DamagedFile()).actions


def test_new_vault_errors_get_their_own_advice_not_the_parents():
    """Subclasses (DamagedBackup, KeyFileMismatch < DamagedFile; KeyFileMissing < NotANotebook)
    get their own advice: a damaged backup never says the notebook is damaged."""
    damaged_notebook = err.advice_for(ve.DamagedFile())
    backup = err.advice_for(ve.DamagedBackup())
    assert backup.title == "Backup damaged" and backup.title != damaged_notebook.title
    assert "notebook has not been changed" in backup.text and err.RESTORE in backup.actions
    missing = err.advice_for(ve.KeyFileMissing())
    assert ".keys" in missing.text and missing.actions == (err.RESTORE, err.OPEN_OTHER)
    assert err.advice_for(ve.KeyFileMismatch()).title == "Key file does not match"
    assert err.advice_for(ve.TargetIsFolder()).actions == (err.OPEN_OTHER, err.CREATE)
    assert err.advice_for(ve.TargetNotANotebook()).title == "Not a notebook there"


def test_new_vault_errors_are_dutch(qapp):
    from PySide6.QtCore import QLocale

    from jongerenwerk_desk.ui.shell.i18n import install_translators

    before = QLocale()
    install_translators(qapp, "nl")
    try:
        assert err.advice_for(ve.DamagedBackup()).title == "Reservekopie beschadigd"
        assert "sleutelbestand" in err.advice_for(ve.KeyFileMissing()).text
        assert err.advice_for(ve.TargetIsFolder()).title == "Dat is een map"
    finally:
        install_translators(qapp, "en")
        QLocale.setDefault(before)


def test_delays_grow():
    assert [delay_after(n) for n in range(1, 8)] == [0, 0, 2, 4, 8, 16, 32]
    assert delay_after(50) == 60


def test_repeated_wrong_passphrases_slow_down(qtbot, services, tmp_path):
    calls = []

    def opener(path, passphrase, recovery_code):
        calls.append(passphrase)
        raise ve.WrongPassphrase()

    screen = UnlockWidget(services, tmp_path / "x.jwdb", opener=opener)
    qtbot.addWidget(screen)
    for n in range(3):
        _submit(qtbot, screen, f"poging {n}")
    assert screen.failures == 3
    assert screen.blocked_seconds() == pytest.approx(2)
    assert screen.secret.isReadOnly() and not screen.open_button.isEnabled()
    assert "2 s" in screen.wait_label.text()
    screen.secret.setText("nog een")
    screen.submit()                                  # ignored while waiting
    assert len(calls) == 3 and not screen._busy
    services.clock.advance(2.1)
    screen.refresh_wait()
    assert not screen.secret.isReadOnly() and screen.wait_label.text() == ""
    _submit(qtbot, screen, "vierde")
    assert len(calls) == 4
    assert screen.blocked_seconds() == pytest.approx(4)


def test_keyring_tried_first_and_falls_back_quietly(qtbot, services, tmp_path):
    def keyring_open(path):
        raise ve.KeyringUnavailable()

    screen = UnlockWidget(services, tmp_path / "x.jwdb", keyring_opener=keyring_open)
    qtbot.addWidget(screen)
    screen.try_keyring()
    qtbot.waitUntil(lambda: not screen._busy, timeout=5000)
    assert screen.failures == 0
    assert "Wrong" not in screen.status.text() + screen.status_title.text()
    assert "Type your passphrase" in screen.status.text()
    assert screen.action_buttons() == {}


def test_keyring_success_unlocks(qtbot, services, tmp_path):
    sentinel = object()
    screen = UnlockWidget(services, tmp_path / "x.jwdb", keyring_opener=lambda p: sentinel)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.unlocked) as got:
        screen.try_keyring()
    assert got.args[0] is sentinel and screen.opened_via_keyring
