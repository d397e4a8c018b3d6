"""Auto-lock: idle time, suspend and screen lock, measured with the injected Clock.

What each OS gives Qt (documented here because Qt has no portable "screen locked" signal):

- Idle: every keyboard/mouse/touch/wheel event passes :class:`LockManager`'s application event
  filter. Before it resets the idle mark it checks the elapsed time, so the first event after a
  laptop wakes from a sleep longer than the limit locks instead of counting as activity. A timer
  checks too (every ``tick_ms``), so an unattended window locks on time.
- Suspend: elapsed time uses :meth:`Clock.elapsed` (the largest of monotonic, boot and wall
  deltas): monotonic clocks stop during suspend on Linux and macOS, boot/wall time does not.
  A gap of more than :data:`SUSPEND_GAP_S` between the wall/boot clocks and the monotonic clock
  across one timer tick means the machine slept: we lock at once.
- Linux: over D-Bus (QtDBus), ``org.freedesktop.login1.Manager.PrepareForSleep(true)``,
  ``org.freedesktop.login1.Session.Lock`` and ``org.freedesktop.ScreenSaver`` /
  ``org.gnome.ScreenSaver`` ``ActiveChanged(true)`` lock at once where a bus is reachable.
- Mobile-style states: ``QGuiApplication.applicationStateChanged`` to Suspended or Hidden locks;
  Inactive (another window has focus) does not, it is far too frequent on a desktop.
- Log out / shut down: ``QGuiApplication.commitDataRequest`` (session manager: X11 XSMP,
  Windows WM_QUERYENDSESSION, macOS) locks, which closes the notebook cleanly.
- Windows: a session lock (Win+L) and a suspend reach only window procedures, as
  ``WM_WTSSESSION_CHANGE``/``WTS_SESSION_LOCK`` (for a window registered with
  ``WTSRegisterSessionNotification``) and ``WM_POWERBROADCAST``/``PBT_APMSUSPEND`` (every
  top-level window). A hidden top-level QWindow is registered and :class:`WindowsSessionFilter`
  (a native event filter) reads the messages; the decoding is in :mod:`.winmsg`, Qt-free.
- macOS (screen-lock distributed notifications) is not reported to Qt; there the idle limit and
  the suspend detection apply.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

from PySide6.QtCore import QAbstractNativeEventFilter, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QWindow

from jongerenwerk_desk.ui.shell import winmsg

SUSPEND_GAP_S = 60.0
_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.ShortcutOverride, QEvent.Type.InputMethod,
})


_LOCK_KEY_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride})


def _is_lock_key(event: QEvent) -> bool:
    """True for Ctrl+L (Cmd+L on macOS), without Shift/Alt."""
    key = getattr(event, "key", None)
    if key is None or key() != Qt.Key.Key_L:
        return False
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return mods == Qt.KeyboardModifier.ControlModifier


class WindowsSessionFilter(QAbstractNativeEventFilter):
    """Native event filter: calls ``on_reason("screen")`` for a Windows session lock and
    ``on_reason("suspend")`` for a suspend (see :mod:`.winmsg`); lets every message through.

    Only Qt's ``windows_generic_MSG`` events are read (a pointer to a MSG structure); other
    platforms' native events are ignored, so installing it elsewhere is harmless.
    """

    EVENT_TYPE = b"windows_generic_MSG"

    def __init__(self, on_reason: Callable[[str], None]) -> None:
        super().__init__()
        self._on_reason = on_reason

    def nativeEventFilter(self, event_type, message):  # Qt override
        """Qt override: (eventType as QByteArray, message pointer) -> (False, 0)."""
        if message and bytes(event_type) == self.EVENT_TYPE:
            raw = ctypes.string_at(int(message), winmsg.MSG_HEAD.size)
            reason = winmsg.lock_reason_from_msg(raw)
            if reason is not None:
                self._on_reason(reason)
        return False, 0


class LockManager(QObject):
    """Emits ``lock_requested(reason)`` when the notebook should lock.

    ``reason`` is "idle", "suspend", "screen", "app_state", "session" or "manual" (Ctrl+L).
    Active only between ``start()`` and ``stop()`` (the shell starts it after unlock, stops it
    on lock). ``idle_limit_s`` is in seconds. ``start`` installs the application event filter.
    """

    lock_requested = Signal(str)

    def __init__(self, clock, idle_limit_s: float = 300.0, *, tick_ms: int = 5000,
                 parent: QObject | None = None, use_dbus: bool = True,
                 buses: tuple | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.idle_limit_s = float(idle_limit_s)
        self._active = False
        self._mark = clock.mark()
        self._last_tick = clock.mark()
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.check)
        self.dbus_sources: list[str] = []
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._on_app_state)
            commit = getattr(app, "commitDataRequest", None)   # QGuiApplication only
            if commit is not None:
                commit.connect(self._on_session_end)
        if use_dbus:
            self._connect_dbus(buses)
        self.windows_sources: list[str] = []
        self._native_filter: WindowsSessionFilter | None = None
        self._session_window: QWindow | None = None
        if sys.platform == "win32" and app is not None:
            self._connect_windows(app)

    @property
    def active(self) -> bool:
        """True while watching (the notebook is unlocked)."""
        return self._active

    def start(self) -> None:
        """Begin watching: resets the idle mark, installs the event filter, starts the timer."""
        self._mark = self._clock.mark()
        self._last_tick = self._clock.mark()
        if not self._active:
            app = QGuiApplication.instance()
            if app is not None:
                app.installEventFilter(self)
            self._timer.start()
        self._active = True

    def stop(self) -> None:
        """Stop watching (after a lock)."""
        if self._active:
            app = QGuiApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._timer.stop()
        self._active = False

    def idle_seconds(self) -> float:
        """Seconds since the last user activity."""
        return self._clock.elapsed(self._mark)

    def _request(self, reason: str) -> None:
        if self._active:
            self.stop()
            self.lock_requested.emit(reason)

    @Slot()
    def check(self) -> bool:
        """Lock if idle too long or the machine slept; returns True if it asked for a lock."""
        if not self._active:
            return False
        now = self._clock.mark()
        slept = (max(now.boot - self._last_tick.boot, now.wall - self._last_tick.wall)
                 - (now.monotonic - self._last_tick.monotonic))
        self._last_tick = now
        if slept > SUSPEND_GAP_S:
            self._request("suspend")
            return True
        if self.idle_seconds() >= self.idle_limit_s:
            self._request("idle")
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Count user input as activity, after checking whether the limit already passed.
        Ctrl+L locks from every window of the app, also from an open (modal) dialog."""
        if self._active and event.type() in _LOCK_KEY_EVENTS and _is_lock_key(event):
            self._request("manual")
            return True
        if self._active and event.type() in _ACTIVITY:
            if not self.check():
                self._mark = self._clock.mark()
        return False

    @Slot(Qt.ApplicationState)
    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if state in (Qt.ApplicationState.ApplicationSuspended,
                     Qt.ApplicationState.ApplicationHidden):
            self._request("app_state")

    @Slot(bool)
    def _on_sleep_or_screensaver(self, starting: bool) -> None:
        if starting:
            self._request("screen")

    @Slot()
    def _on_session_lock(self) -> None:
        self._request("screen")

    def _on_session_end(self, _manager=None) -> None:
        """The desktop session ends (log out, shut down): lock, which closes the notebook."""
        self._request("session")

    def _on_windows_reason(self, reason: str) -> None:
        """A Windows session lock ("screen") or suspend ("suspend") message arrived."""
        self._request(reason)

    def _connect_windows(self, app) -> None:
        """Windows: filter native messages and register a hidden top-level window for session
        notifications (``windows_sources`` names what is connected)."""
        self._native_filter = WindowsSessionFilter(self._on_windows_reason)
        app.installNativeEventFilter(self._native_filter)
        self.windows_sources.append("WM_POWERBROADCAST")
        self._session_window = QWindow()
        try:
            hwnd = int(self._session_window.winId())
            wtsapi32 = ctypes.WinDLL("wtsapi32")
            if hwnd and wtsapi32.WTSRegisterSessionNotification(
                    ctypes.c_void_p(hwnd), winmsg.NOTIFY_FOR_THIS_SESSION):
                self.windows_sources.append("WM_WTSSESSION_CHANGE")
                app.aboutToQuit.connect(
                    lambda: wtsapi32.WTSUnRegisterSessionNotification(ctypes.c_void_p(hwnd)))
        except (OSError, AttributeError):  # no wtsapi32 (a stripped-down Windows): idle only
            pass

    def _connect_dbus(self, buses: tuple | None) -> None:
        """Listen on ``buses`` = (system, session) QDBusConnections (default: the real ones)."""
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # QtDBus is not in every PySide6 build (Windows, macOS)
            return
        system, session = buses or (QDBusConnection.systemBus(), QDBusConnection.sessionBus())
        flag = SLOT("_on_sleep_or_screensaver(bool)")
        wiring = [
            (system, "org.freedesktop.login1", "/org/freedesktop/login1",
             "org.freedesktop.login1.Manager", "PrepareForSleep", flag),
            (system, "org.freedesktop.login1", "/org/freedesktop/login1/session/auto",
             "org.freedesktop.login1.Session", "Lock", SLOT("_on_session_lock()")),
            (session, "", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
             "ActiveChanged", flag),
            (session, "", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged",
             flag),
        ]
        for bus, service, path, iface, name, slot in wiring:
            if bus.isConnected() and bus.connect(service, path, iface, name, self, slot):
                self.dbus_sources.append(f"{iface}.{name}")
