"""A lock pressed while an export runs: the lock waits for the ops runner, so the export is
either complete (files under their final names and a register record with their hashes) or
absent (no file, no record), never half; the notebook verifies afterwards."""

from __future__ import annotations

import hashlib

import pytest
import shiboken6
from PySide6.QtWidgets import QWizard

from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.ui.services import FakeClock, FakePrompter, Services
from jongerenwerk_desk.ui.share import ShareWizard
from jongerenwerk_desk.ui.shell.settings import AppSettings
from jongerenwerk_desk.ui.shell.window import ShellWindow
from tests.ui import share_helpers as h
from tests.ui.test_share_e2e import _drive_to_export


@pytest.fixture
def window(qtbot, qapp, tmp_path):
    from jongerenwerk_desk.ui.main_window import NotebookWidget

    world = h.build_world(tmp_path)
    world.notebook.close()                             # the shell opens the file itself
    services = Services.for_tests(prompter=FakePrompter(), clock=FakeClock(start_wall=h.NOON))
    win = ShellWindow(services, AppSettings(tmp_path / "settings.ini"), world.path,
                      widget_factory=NotebookWidget, use_dbus=False)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.notebook_opened, timeout=20_000):
        win.unlock_screen.secret.setText(h.PASSPHRASE)
        win.unlock_screen.submit()
    win.world = world
    win.wizards = []
    yield win
    win.lock("test-end")
    for wizard in win.wizards:        # a lock closes and deletes the wizard; the rest is ours
        if shiboken6.isValid(wizard):
            h.quiet_close(wizard)
            wizard.deleteLater()


def _start_export(qtbot, window, tmp_path, passphrase: str):
    world = window.world
    world.notebook = window.notebook
    out = tmp_path / "export"
    out.mkdir()
    wizard = ShareWizard(window.notebook, h.profile(tmp_path), window.services,
                         window.notebook_widget, group_id=world.group_id)
    window.wizards.append(wizard)     # not qtbot.addWidget: the lock deletes it under pytest-qt
    wizard.show()
    _drive_to_export(wizard, world, out)
    window.services.prompter.script("passphrase", passphrase)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert window.services.ops.busy                   # the export runs off the GUI thread
    return out


def _register(path):
    with Notebook.open(path, passphrase=h.PASSPHRASE) as nb:
        return nb.disclosures.list(), nb.disclosures.verify()


@pytest.mark.parametrize("passphrase", [h.PASSPHRASE, h.PASSPHRASE + "x"])
def test_lock_during_export_leaves_all_or_nothing(qtbot, window, tmp_path, passphrase):
    out = _start_export(qtbot, window, tmp_path, passphrase)
    window.lock("manual")                             # Ctrl+L while the export runs
    assert window.is_unlocked                         # ... waits for the write
    qtbot.waitUntil(lambda: not window.is_unlocked, timeout=30_000)
    assert not window.services.ops.busy and window.services.ops.notebook is None
    # the lock came before the export's own message (a modal box must not hold it up)
    assert not [c for c in window.services.prompter.calls if c.kind == "error"]
    records, problems = _register(window.world.path)
    assert problems == []
    files = sorted(out.iterdir())
    if passphrase == h.PASSPHRASE:                    # complete: file and record
        assert [r.id for r in records] == [1]
        assert [p.name for p in files] == list(records[0].file_names)
        assert hashlib.sha256(files[0].read_bytes()).hexdigest() == records[0].file_sha256
    else:                                             # refused: neither
        assert records == [] and files == []


def test_second_lock_request_while_waiting_locks_once(qtbot, window, tmp_path):
    _start_export(qtbot, window, tmp_path, h.PASSPHRASE)
    locked = []
    window.locked.connect(locked.append)
    window.lock("manual")
    window.lock("idle")
    qtbot.waitUntil(lambda: not window.is_unlocked, timeout=30_000)
    assert locked == ["manual"]
