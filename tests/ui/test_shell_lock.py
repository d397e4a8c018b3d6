"""Window frame and locking: Ctrl+L, idle with an injected clock (incl. a laptop that slept),
suspend detection, and the locked state holding no client data anywhere in the widget tree."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from jongerenwerk_desk.ui.services import FakeClock, FakePrompter, Services, TaskRunner
from jongerenwerk_desk.ui.shell.clipboard import SecureClipboard
from jongerenwerk_desk.ui.shell.settings import IDLE_MINUTES, AppSettings
from jongerenwerk_desk.ui.shell.window import ShellWindow
from tests.ui.shell_support import (
    MARKER_NAME,
    PASSPHRASE,
    MarkerView,
    make_notebook,
    markers_in,
    visible_texts,
)


@pytest.fixture(scope="module")
def notebook_file(tmp_path_factory):
    return make_notebook(tmp_path_factory.mktemp("lock") / "nb.jwdb")[0]


@pytest.fixture
def window(qtbot, qapp, tmp_path, notebook_file):
    clock = FakeClock()
    services = Services(FakePrompter(), TaskRunner(), clock, SecureClipboard(clock))
    settings = AppSettings(tmp_path / "settings.ini")
    settings.set(IDLE_MINUTES, 5)
    win = ShellWindow(services, settings, notebook_file, widget_factory=MarkerView,
                      use_dbus=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.lock("test-end")


def _unlock(qtbot, win):
    with qtbot.waitSignal(win.notebook_opened, timeout=20_000):
        win.unlock_screen.secret.setText(PASSPHRASE)
        win.unlock_screen.submit()
    assert win.is_unlocked
    assert markers_in(visible_texts())            # the marker view really shows client data
    return win.notebook_widget


def _assert_locked_clean(qtbot, win):
    win.purge_deleted()
    assert not win.is_unlocked
    assert win.stack.currentWidget() is win.unlock_screen
    assert markers_in(visible_texts()) == []
    assert "Jongerenwerk Desk" == win.windowTitle()
    assert win.unlock_screen.secret.text() == ""


def test_status_bar_and_menus_after_unlock(qtbot, window):
    _unlock(qtbot, window)
    assert "only your passphrase" in window.key_label.text()
    assert "Modelconvenant jeugdgroepaanpak 2022-10" in window.profile_label.full_text()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Notebook", "&Share", "&Help"]
    texts = [a.text() for a in window.notebook_menu.actions()]
    assert "Nieuw signaal" in texts
    assert [a.text() for a in window.share_menu.actions()] == ["Delen onder convenant…"]
    assert MARKER_NAME not in window.windowTitle()


def test_ctrl_l_locks_and_clears_everything(qtbot, window):
    view = _unlock(qtbot, window)
    notebook = window.notebook
    view.dialog.show()
    window.services.clipboard.copy("06-11112222")
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert view.cleared
    assert not notebook.is_open
    assert not view.dialog.isVisible()
    assert QGuiApplication.clipboard().text() == ""
    assert [a.text() for a in window.share_menu.actions()] == []
    assert "Locked" in window.key_label.text() and window.profile_label.text() == ""
    _assert_locked_clean(qtbot, window)


def test_idle_lock_with_injected_clock(qtbot, window):
    _unlock(qtbot, window)
    clock = window.services.clock
    clock.advance(299)
    assert window.lock_manager.check() is False
    QTest.mouseMove(window, QPoint(10, 10))
    QTest.keyClick(window, Qt.Key.Key_Shift)          # activity resets the idle mark
    clock.advance(200)
    assert window.lock_manager.check() is False
    assert window.is_unlocked
    with qtbot.waitSignal(window.locked) as got:
        clock.advance(101)
        window.lock_manager.check()
    assert got.args == ["idle"]
    _assert_locked_clean(qtbot, window)


def test_laptop_that_slept_locks_on_first_event(qtbot, window):
    _unlock(qtbot, window)
    clock = window.services.clock
    clock.sleep(1800)                 # lid closed for half an hour: monotonic clock stood still
    with qtbot.waitSignal(window.locked) as got:
        QTest.keyClick(window, Qt.Key.Key_A)          # first event after waking
    assert got.args[0] in ("idle", "suspend")
    _assert_locked_clean(qtbot, window)


def test_short_sleep_detected_as_suspend_by_timer(qtbot, window):
    _unlock(qtbot, window)
    window.lock_manager.check()
    window.services.clock.sleep(120)  # below the idle limit, but the machine was suspended
    with qtbot.waitSignal(window.locked) as got:
        window.lock_manager.check()
    assert got.args == ["suspend"]


def test_relock_and_unlock_again(qtbot, window):
    _unlock(qtbot, window)
    window.lock("manual")
    _assert_locked_clean(qtbot, window)
    _unlock(qtbot, window)
    assert window.is_unlocked


def test_pending_background_results_are_dropped_on_lock(qtbot, window):
    _unlock(qtbot, window)
    got = []
    window.services.tasks.run(lambda: MARKER_NAME, on_success=got.append)
    window.lock("manual")
    window.services.tasks.wait_idle()
    qtbot.wait(20)
    assert got == []


def test_settings_file_holds_no_client_data(qtbot, window):
    _unlock(qtbot, window)
    window.close()
    text = window.settings.path.read_text(encoding="utf-8", errors="replace")
    assert MARKER_NAME not in text
    assert set(window.settings.keys()) <= {"window/geometry", "lock/idle_minutes",
                                           "notebook/last_path", "ui/language"}


def test_ctrl_l_locks_from_an_open_dialog(qtbot, window):
    view = _unlock(qtbot, window)
    view.dialog.show()
    qtbot.waitExposed(view.dialog)
    with qtbot.waitSignal(window.locked) as got:
        QTest.keyClick(view.dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert got.args == ["manual"]
    _assert_locked_clean(qtbot, window)


class _Store:
    """A secure keyring stand-in (the vault's DeviceKeyStore interface)."""

    def __init__(self):
        self.keys = {}

    def available(self):
        return True, "GNOME-sleutelbos (Secret Service)"

    def set_key(self, notebook_id, key):
        self.keys[notebook_id] = bytes(key)

    def get_key(self, notebook_id):
        return self.keys.get(notebook_id)

    def delete_key(self, notebook_id):
        self.keys.pop(notebook_id, None)


def _keyring_window(qtbot, tmp_path, notebook_file, store):
    clock = FakeClock()
    services = Services(FakePrompter(), TaskRunner(), clock, SecureClipboard(clock))
    win = ShellWindow(services, AppSettings(tmp_path / "k.ini"), notebook_file,
                      widget_factory=MarkerView, keystore=store, use_dbus=False)
    qtbot.addWidget(win)
    win.show()
    return win


def test_remembered_key_opens_without_passphrase(qtbot, tmp_path, notebook_file):
    from jongerenwerk_desk.notebook import Notebook

    store = _Store()
    nb = Notebook.open(notebook_file, passphrase=PASSPHRASE)
    nb.vault.remember_on_device(store)
    nb.close()
    win = _keyring_window(qtbot, tmp_path, notebook_file, store)
    with qtbot.waitSignal(win.notebook_opened, timeout=20_000):
        win.start()
    assert "GNOME-sleutelbos" in win.key_label.text()
    win.lock("manual")
    store.keys.clear()                       # key gone: falls back to the passphrase quietly
    win.start()
    qtbot.waitUntil(lambda: "Type your passphrase" in win.unlock_screen.status.text(),
                    timeout=20_000)
    assert win.unlock_screen.failures == 0 and not win.is_unlocked
    win.unlock_screen.secret.setText(PASSPHRASE)
    with qtbot.waitSignal(win.notebook_opened, timeout=20_000):
        win.unlock_screen.submit()
    assert "only your passphrase" in win.key_label.text()
    win.lock("end")


def test_passphrase_unlock_notices_remembered_key(qtbot, tmp_path, notebook_file):
    from jongerenwerk_desk.notebook import Notebook

    store = _Store()
    nb = Notebook.open(notebook_file, passphrase=PASSPHRASE)
    nb.vault.remember_on_device(store)
    nb.close()
    win = _keyring_window(qtbot, tmp_path, notebook_file, store)
    win.keyring_state = (True, "GNOME-sleutelbos (Secret Service)")   # probed, keyring not tried
    _unlock(qtbot, win)
    qtbot.waitUntil(lambda: "GNOME-sleutelbos" in win.key_label.text(), timeout=5000)
    win.lock("end")
