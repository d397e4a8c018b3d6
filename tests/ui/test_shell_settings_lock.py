"""Settings registry (types, clamping, no temp paths) and the lock manager's other sources:
screen saver / suspend over D-Bus, application state, activity resetting the idle mark."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from jongerenwerk_desk.ui.services import FakeClock
from jongerenwerk_desk.ui.shell.lock import LockManager
from jongerenwerk_desk.ui.shell.settings import GEOMETRY, IDLE_MINUTES, LANGUAGE, AppSettings


def test_settings_types_defaults_and_clamping(tmp_path, qapp):
    s = AppSettings(tmp_path / "s.ini")
    assert s.get(IDLE_MINUTES) == 5 and s.get(LANGUAGE) == "nl" and s.get(GEOMETRY) == b""
    s.set(IDLE_MINUTES, 0)
    assert s.get(IDLE_MINUTES) == 1
    s.set(IDLE_MINUTES, "veel")
    assert s.get(IDLE_MINUTES) == 5
    s.set(LANGUAGE, "de")
    assert s.get(LANGUAGE) == "nl"
    s.set(GEOMETRY, b"\x01\x02")
    assert AppSettings(tmp_path / "s.ini").get(GEOMETRY) == b"\x01\x02"


def test_last_notebook_never_a_temporary_path(tmp_path, qapp, sandbox_dirs):
    s = AppSettings(tmp_path / "s.ini")
    s.remember_notebook(Path(tempfile.gettempdir()) / "jwd-demo-x" / "demo.jwdb")
    assert s.last_notebook() is None
    mine = sandbox_dirs["XDG_DATA_HOME"] / "notitieboek.jwdb"
    if not str(mine.resolve()).startswith(str(Path(tempfile.gettempdir()).resolve())):
        s.remember_notebook(mine)
        assert s.last_notebook() == mine.resolve()


def _manager(qapp):
    clock = FakeClock()
    manager = LockManager(clock, 300, use_dbus=False)
    reasons = []
    manager.lock_requested.connect(reasons.append)
    manager.start()
    return clock, manager, reasons


def test_screen_saver_and_sleep_signals_lock(qapp):
    _, manager, reasons = _manager(qapp)
    manager._on_sleep_or_screensaver(False)          # screen saver ends: nothing
    assert reasons == []
    manager._on_sleep_or_screensaver(True)
    assert reasons == ["screen"] and not manager.active
    manager._on_sleep_or_screensaver(True)           # inactive: no second request
    assert reasons == ["screen"]
    manager.start()
    manager._on_session_lock()
    assert reasons == ["screen", "screen"]


def test_application_state(qapp):
    _, manager, reasons = _manager(qapp)
    manager._on_app_state(Qt.ApplicationState.ApplicationInactive)   # focus elsewhere: no
    assert reasons == []
    manager._on_app_state(Qt.ApplicationState.ApplicationSuspended)
    assert reasons == ["app_state"]
    manager.start()
    manager._on_session_end(None)                    # log out / shut down
    assert reasons == ["app_state", "session"]


def test_idle_counts_from_last_activity(qapp):
    clock, manager, reasons = _manager(qapp)
    clock.advance(250)
    assert manager.idle_seconds() == 250
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent

    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(1, 1), QPointF(1, 1),
                       Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    manager.eventFilter(None, move)
    assert manager.idle_seconds() == 0
    clock.advance(299)
    assert manager.check() is False
    clock.advance(1)
    assert manager.check() is True and reasons == ["idle"]


def test_wall_clock_set_back_does_not_postpone_lock(qapp):
    clock, manager, reasons = _manager(qapp)
    clock.set_wall(clock.wall() - 7200)
    clock.advance(300)
    assert manager.check() is True and reasons == ["idle"]


def test_dbus_wiring_does_not_fail_without_a_bus(qapp):
    manager = LockManager(FakeClock(), 300, use_dbus=True)
    assert isinstance(manager.dbus_sources, list)


@pytest.fixture
def private_bus():
    """A private D-Bus daemon (dbus-daemon --session); yields its address."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon not installed (.ci/system-packages.sh installs dbus)")
    proc = subprocess.Popen([daemon, "--session", "--nofork", "--print-address=1"],
                            stdout=subprocess.PIPE, text=True)
    address = proc.stdout.readline().strip()
    yield address
    proc.terminate()
    proc.wait(timeout=10)


def test_screen_saver_signal_over_real_dbus_locks(qtbot, private_bus):
    from PySide6.QtDBus import QDBusConnection

    bus = QDBusConnection.connectToBus(private_bus, "jwd-test-bus")
    assert bus.isConnected()
    manager = LockManager(FakeClock(), 300, buses=(bus, bus))
    assert "org.freedesktop.ScreenSaver.ActiveChanged" in manager.dbus_sources
    reasons = []
    manager.lock_requested.connect(reasons.append)
    manager.start()
    send = shutil.which("dbus-send")
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": private_bus}
    subprocess.run([send, "--session", "--type=signal", "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:false"],
                   env=env, check=True, timeout=10)
    subprocess.run([send, "--session", "--type=signal", "/org/gnome/ScreenSaver",
                    "org.gnome.ScreenSaver.ActiveChanged", "boolean:true"],
                   env=env, check=True, timeout=10)
    qtbot.waitUntil(lambda: reasons == ["screen"], timeout=5000)
    QDBusConnection.disconnectFromBus("jwd-test-bus")


def test_windows_session_filter_reads_native_messages(qapp):
    """The native event filter reads a real MSG structure from memory (as Qt hands it over on
    Windows) and asks the LockManager to lock; other messages and platforms pass untouched."""
    import ctypes

    from PySide6.QtCore import QByteArray

    from jongerenwerk_desk.ui.shell import winmsg
    from jongerenwerk_desk.ui.shell.lock import WindowsSessionFilter

    _, manager, reasons = _manager(qapp)
    native = WindowsSessionFilter(manager._on_windows_reason)

    def deliver(message: int, wparam: int, event_type: bytes = b"windows_generic_MSG"):
        buf = ctypes.create_string_buffer(winmsg.MSG_HEAD.pack(0x10, message, wparam, 0), 48)
        return native.nativeEventFilter(QByteArray(event_type), ctypes.addressof(buf))

    assert deliver(0x02B1, 8) == (False, 0)            # session unlock: nothing
    assert deliver(0x02B1, 7, b"xcb_generic_event_t") == (False, 0)
    assert reasons == []
    assert deliver(0x02B1, 7) == (False, 0)            # session lock
    assert reasons == ["screen"] and not manager.active
    manager.start()
    deliver(0x0218, 4)                                 # suspend
    assert reasons == ["screen", "suspend"]
