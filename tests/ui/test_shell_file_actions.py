"""Menu actions of the shell driven through the scripted prompter: backup, restore (with a
kept copy), open another notebook, create a new one, settings, key explanation."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.ui.services import FakeClock, FakePrompter, Services, TaskRunner
from jongerenwerk_desk.ui.shell import file_actions as fa
from jongerenwerk_desk.ui.shell.clipboard import SecureClipboard
from jongerenwerk_desk.ui.shell.settings import IDLE_MINUTES, AppSettings
from jongerenwerk_desk.ui.shell.window import ShellWindow
from jongerenwerk_desk.vault import KdfParams
from tests.ui.shell_support import MARKER_NAME, PASSPHRASE, MarkerView, make_notebook


@pytest.fixture
def win(qtbot, tmp_path):
    path, _ = make_notebook(tmp_path / "werk.jwdb")
    clock = FakeClock()
    services = Services(FakePrompter(), TaskRunner(), clock, SecureClipboard(clock))
    window = ShellWindow(services, AppSettings(tmp_path / "s.ini"), path,
                         widget_factory=MarkerView, use_dbus=False)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.lock("end")


def _unlock(qtbot, window, passphrase=PASSPHRASE):
    with qtbot.waitSignal(window.notebook_opened, timeout=20_000):
        window.unlock_screen.secret.setText(passphrase)
        window.unlock_screen.submit()


def test_backup_then_restore_keeps_a_copy(qtbot, win, tmp_path):
    prompter = win.services.prompter
    _unlock(qtbot, win)
    backup = tmp_path / "reserve.jwdb"
    prompter.script("save_file", backup)
    fa.make_backup(win)
    qtbot.waitUntil(lambda: "inform" in prompter.kinds(), timeout=20_000)
    assert backup.exists()
    assert prompter.calls[-1].title == "Backup made"
    # change the notebook after the backup, then restore the backup over it
    from jongerenwerk_desk.notebook.models import YoungPerson

    win.notebook.people.add(YoungPerson(name="Na de reservekopie"))
    win.lock("manual")
    prompter.script("open_file", backup).script("passphrase", PASSPHRASE) \
        .script("confirm", True)
    fa.restore_backup(win)
    qtbot.waitUntil(lambda: prompter.calls[-1].title == "Backup restored", timeout=20_000)
    assert "kept as" in prompter.calls[-1].text
    # issue 13: the confirmation named the backup's date and what it holds
    confirm = [c for c in prompter.calls if c.kind == "confirm"][-1]
    assert re.search(r"made on \d\d-\d\d-\d{4} \d\d:\d\d", confirm.text), confirm.text
    assert "1 young people" in confirm.text and "0 disclosures" in confirm.text
    nb = Notebook.open(win.unlock_screen.path, passphrase=PASSPHRASE)
    try:
        assert [p.name for p in nb.people.page(0, 10, "name")] == [MARKER_NAME]
    finally:
        nb.close()


def test_restore_refused_while_unlocked_and_on_wrong_backup_passphrase(qtbot, win, tmp_path):
    prompter = win.services.prompter
    _unlock(qtbot, win)
    fa.restore_backup(win)                 # unlocked: does nothing, asks nothing
    assert prompter.calls == []
    prompter.script("save_file", tmp_path / "b.jwdb")
    fa.make_backup(win)
    qtbot.waitUntil(lambda: "inform" in prompter.kinds(), timeout=20_000)
    win.lock("manual")
    prompter.script("open_file", tmp_path / "b.jwdb").script("passphrase", "fout wachtwoord")
    fa.restore_backup(win)
    qtbot.waitUntil(lambda: prompter.kinds()[-1] == "error", timeout=20_000)
    assert prompter.calls[-1].title == "Not restored"
    assert prompter.calls[-1].text.startswith("The passphrase or recovery code is not correct")


def test_restore_in_the_app_takes_cli_and_pre_migration_backups(qtbot, win, tmp_path):
    """Issue 13 class 8: the app's file filter lists .jwbak (CLI and automatic pre-migration
    backups) as well as .jwdb, and restores a CLI backup; its own backups are .jwbak now."""
    import subprocess
    import sys

    prompter = win.services.prompter
    stick = tmp_path / "stick"
    stick.mkdir()
    made = subprocess.run([sys.executable, "-m", "jongerenwerk_desk", "backup",
                           str(win.unlock_screen.path), str(stick), "--passphrase-stdin"],
                          input=PASSPHRASE + "\n", capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    cli_backup = Path(made.stdout.strip())
    assert cli_backup.suffix == ".jwbak"
    prompter.script("open_file", cli_backup).script("passphrase", PASSPHRASE) \
        .script("confirm", True)
    fa.restore_backup(win)
    qtbot.waitUntil(lambda: prompter.calls[-1].title == "Backup restored", timeout=20_000)
    chooser = [c for c in prompter.calls if c.kind == "open_file"][-1]
    assert "*.jwbak" in chooser.text and "*.jwdb" in chooser.text
    _unlock(qtbot, win)
    prompter.script("save_file", None)
    fa.make_backup(win)
    suggested = [c for c in prompter.calls if c.kind == "save_file"][-1]
    assert suggested.text.endswith(".jwbak")        # no longer saved under a .jwdb name


def test_open_other_points_unlock_screen_at_it(qtbot, win, tmp_path):
    other, _ = make_notebook(tmp_path / "ander.jwdb", passphrase="een ander lang wachtwoord")
    _unlock(qtbot, win)
    win.services.prompter.script("open_file", other)
    fa.open_other(win)
    assert not win.is_unlocked and win.unlock_screen.path == other
    _unlock(qtbot, win, "een ander lang wachtwoord")
    assert win.notebook.vault.path == other


def test_create_new_runs_wizard_and_opens_result(qtbot, win, tmp_path, monkeypatch):
    monkeypatch.setattr(fa, "default_notebook_path", lambda: tmp_path / "nieuw.jwdb")

    def drive(wizard):
        wizard.creator = lambda p, pw: Notebook.create(p, pw, kdf_params=KdfParams.minimum())
        wizard.show()
        wizard.currentPage().organisation.setText("Org")
        wizard.next()
        page = wizard.currentPage()
        for field in (page.first, page.second):
            field.setText("lange zin van veel woorden 99")
        page.understood.setChecked(True)
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentId() == wizard.recovery_id, timeout=20_000)
        code = wizard.recovery_code
        wizard.next()
        wizard.currentPage().entry.setText(code)
        wizard.next()
        wizard.accept()
        return wizard.result()

    win.services.prompter.script("run_dialog", drive)
    fa.create_new(win)
    assert win.is_unlocked and win.notebook.vault.path == tmp_path / "nieuw.jwdb"
    assert win.unlock_screen.path == tmp_path / "nieuw.jwdb"


def test_settings_dialog_changes_idle_limit(qtbot, win):
    def set_two_minutes(dialog: QDialog):
        dialog.idle.setValue(2)
        dialog.accept()
        return dialog.result()

    win.services.prompter.script("run_dialog", set_two_minutes)
    fa.edit_settings(win)
    assert win.settings.get(IDLE_MINUTES) == 2
    assert win.lock_manager.idle_limit_s == 120


def test_explain_key_without_keyring(qtbot, win):
    fa.explain_key(win)
    call = win.services.prompter.calls[-1]
    assert call.kind == "inform" and "no secure keyring" in call.text


NEW = "nieuwe zin met heel veel woorden 2027"


def _fill(current=None):
    def handler(dialog):
        if current is not None:
            dialog.current_field.setText(current)
        dialog.first.setText("kort")
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert not ok.isEnabled()                       # too short/weak is refused
        dialog.first.setText(NEW)
        dialog.second.setText(NEW)
        assert ok.isEnabled()
        dialog.accept()
        return dialog.result()
    return handler


def test_change_passphrase_from_menu(qtbot, win):
    from jongerenwerk_desk.ui.shell.passphrase import change_passphrase

    prompter = win.services.prompter
    _unlock(qtbot, win)
    prompter.script("run_dialog", _fill(current="niet het huidige"))
    change_passphrase(win)
    qtbot.waitUntil(lambda: prompter.kinds()[-1:] == ["error"], timeout=20_000)
    assert "not correct" in prompter.calls[-1].text
    prompter.script("run_dialog", _fill(current=PASSPHRASE))
    change_passphrase(win)
    qtbot.waitUntil(lambda: prompter.calls[-1].title == "Passphrase changed", timeout=20_000)
    # re-encrypted under a fresh key: the new recovery code is shown once (issue 13)
    assert re.search(r"\b[0-9A-Z]{5}(-[0-9A-Z]{5}){4}\b", prompter.calls[-1].text)
    win.lock("manual")
    _unlock(qtbot, win, NEW)


def test_recovery_code_unlock_offers_a_new_passphrase(qtbot, tmp_path):
    path, code = make_notebook(tmp_path / "vergeten.jwdb")
    clock = FakeClock()
    prompter = FakePrompter().script("confirm", True).script("run_dialog", _fill())
    services = Services(prompter, TaskRunner(), clock, SecureClipboard(clock))
    window = ShellWindow(services, AppSettings(tmp_path / "s.ini"), path,
                         widget_factory=MarkerView, use_dbus=False)
    qtbot.addWidget(window)
    window.unlock_screen.use_recovery.setChecked(True)
    _unlock(qtbot, window, code)
    qtbot.waitUntil(lambda: prompter.calls[-1].title == "Passphrase changed", timeout=20_000)
    assert prompter.kinds() == ["confirm", "run_dialog", "inform"]
    window.lock("manual")
    window.unlock_screen.use_passphrase.setChecked(True)
    _unlock(qtbot, window, NEW)
    window.lock("end")
