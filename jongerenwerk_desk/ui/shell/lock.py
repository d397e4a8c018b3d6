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
- Windows (WTS session lock) and macOS (screen-lock distributed notifications) are not reported to
  Qt; there the idle limit and the suspend detection apply.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

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
