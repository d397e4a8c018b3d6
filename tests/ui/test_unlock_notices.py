"""The app says plainly, right after an unlock, what the vault found (issue 13, classes 3-5):
damage found by the check of every page, and leftovers of an interrupted command that were
tidied; a healthy notebook gets no notice."""

from __future__ import annotations

import os

from jongerenwerk_desk.ui.services import FakeClock, FakePrompter, Services, TaskRunner
from jongerenwerk_desk.ui.shell.clipboard import SecureClipboard
from jongerenwerk_desk.ui.shell.settings import AppSettings
from jongerenwerk_desk.ui.shell.window import ShellWindow
from jongerenwerk_desk.vault.engine import PAGE_SIZE
from tests.ui.shell_support import PASSPHRASE, MarkerView, make_notebook


def _window(qtbot, tmp_path, path):
    clock = FakeClock()
    services = Services(FakePrompter(), TaskRunner(), clock, SecureClipboard(clock))
    window = ShellWindow(services, AppSettings(tmp_path / "s.ini"), path,
                         widget_factory=MarkerView, use_dbus=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.notebook_opened, timeout=20_000):
        window.unlock_screen.secret.setText(PASSPHRASE)
        window.unlock_screen.submit()
    return window


def test_damaged_notebook_gets_a_plain_warning_after_unlock(qtbot, tmp_path):
    path, _ = make_notebook(tmp_path / "kapot.jwdb")
    pages = path.stat().st_size // PAGE_SIZE
    with path.open("r+b") as fh:              # damage the last page (not page 1: it opens)
        fh.seek((pages - 1) * PAGE_SIZE + 64)
        fh.write(os.urandom(256))
    window = _window(qtbot, tmp_path, path)
    prompter = window.services.prompter
    qtbot.waitUntil(lambda: "warn" in prompter.kinds(), timeout=20_000)
    call = [c for c in prompter.calls if c.kind == "warn"][-1]
    assert call.title == "Please note" and "found damage" in call.text
    window.lock("end")


def test_tidied_leftovers_are_mentioned_and_a_healthy_notebook_is_quiet(qtbot, tmp_path):
    path, _ = make_notebook(tmp_path / "werk.jwdb")
    (tmp_path / ".werk.jwdb.restore-00112233aabb.tmp").write_bytes(b"x" * 4096)
    window = _window(qtbot, tmp_path, path)
    prompter = window.services.prompter
    qtbot.waitUntil(lambda: "warn" in prompter.kinds(), timeout=20_000)
    assert "cleaned up" in [c for c in prompter.calls if c.kind == "warn"][-1].text
    assert not (tmp_path / ".werk.jwdb.restore-00112233aabb.tmp").exists()
    window.lock("end")
    quiet = _window(qtbot, tmp_path, path)
    qtbot.wait(1500)                         # the background checks have finished by now
    assert "warn" not in quiet.services.prompter.kinds()
    quiet.lock("end")
