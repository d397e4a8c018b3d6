"""The main window frame: unlock screen <-> NotebookWidget, menus, status bar, locking.

The window title is always the program name (plus "DEMO"), never a file or person name.
Locking (Ctrl+L, idle, suspend, screen lock) closes dialogs owned by the notebook view, calls
``NotebookWidget.clear_client_data()``, deletes the widget, drops pending background results,
clears our clipboard text and closes the Notebook; only the unlock screen remains.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jongerenwerk_desk.ui.a11y import announce
from jongerenwerk_desk.ui.gc_policy import collect_after_lock, freeze_long_lived
from jongerenwerk_desk.ui.services import Services
from jongerenwerk_desk.ui.shell import errors as err
from jongerenwerk_desk.ui.shell.lock import LockManager
from jongerenwerk_desk.ui.shell.profile import active_profile, status_text
from jongerenwerk_desk.ui.shell.settings import GEOMETRY, IDLE_MINUTES, AppSettings
from jongerenwerk_desk.ui.shell.unlock import UnlockWidget

if TYPE_CHECKING:
    from jongerenwerk_desk.notebook.notebook import Notebook


APP_TITLE = "Jongerenwerk Desk"
#: A clearly visible keyboard focus (the style's own focus frame on a table cell is a faint
#: dotted line): a 2 px blue frame around the focused list, table or text field, and a strong
#: selection colour in the focused list. Cascades to every dialog parented to the window.
FOCUS_COLOUR = "#1565c0"
FOCUS_STYLE = f"""
QAbstractItemView:focus, QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 2px solid {FOCUS_COLOUR};
}}
QAbstractItemView:focus {{
    selection-background-color: {FOCUS_COLOUR};
    selection-color: #ffffff;
}}
"""


def default_notebook_widget(notebook: Notebook, profile, services, parent):
    """``ui.main_window.NotebookWidget``, or a bare placeholder while it does not exist yet."""
    try:
        from jongerenwerk_desk.ui.main_window import NotebookWidget
    except ImportError:
        return _Placeholder(parent)
    return NotebookWidget(notebook, profile, services, parent)


def _keyring_opener(keystore) -> Callable:
    def open_with(path):
        from jongerenwerk_desk.notebook import Notebook

        return Notebook.open_with_keyring(path, store=keystore)
    return open_with


class ElidedLabel(QLabel):
    """Status-bar label that never claims more than ``fraction`` of the window's width: its
    text is elided in the middle (full text in the tooltip), so a status tip shown on the
    left does not run into it and a long covenant title cannot widen the window."""

    def __init__(self, fraction: float = 0.45, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._fraction = fraction
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        """Show ``text`` (elided to fit); the tooltip holds all of it."""
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        """The text before eliding."""
        return self._full

    def clear(self) -> None:
        self._full = ""
        self.setToolTip("")
        super().clear()

    def _limit(self) -> int:
        window = self.window()
        return max(120, int(window.width() * self._fraction)) if window is not self else 400

    def _elide(self) -> None:
        limit = self._limit()
        text = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, limit)
        super().setText(text)
        self.setFixedWidth(min(limit, self.fontMetrics().horizontalAdvance(text) + 8))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._full and self.width() > self._limit():
            self._elide()


class _Placeholder(QWidget):
    """Shown only in a build without the views: no client data, nothing to clear."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        QVBoxLayout(self).addWidget(QLabel(self.tr("The notebook is open.")))
        self.share_action = None

    def actions(self) -> list[QAction]:
        return []

    def clear_client_data(self) -> None:
        pass


class ShellWindow(QMainWindow):
    """The program's one main window.

    ``notebook_path``: the file the unlock screen offers. ``demo_notebook``: an already open
    demo Notebook (no unlock). ``widget_factory(notebook, profile, services, parent)`` builds the
    views (default: ``ui.main_window.NotebookWidget``). ``keystore``: the DeviceKeyStore (or
    None). Signal ``notebook_opened`` fires after the views are built; ``locked(reason)``.
    """

    notebook_opened = Signal()
    locked = Signal(str)

    def __init__(self, services: Services, settings: AppSettings, notebook_path: Path | None,
                 *, demo: bool = False, widget_factory: Callable | None = None,
                 opener: Callable | None = None, keyring_opener: Callable | None = None,
                 keystore=None, use_dbus: bool = True) -> None:
        super().__init__()
        self.services, self.settings, self.demo = services, settings, demo
        self._lock_pending = False
        self.keystore = keystore
        self.notebook = None
        self.profile = None
        self.notebook_widget: QWidget | None = None
        self.key_via_keyring = False
        self.keyring_state: tuple[bool, str] = (False, "")
        self._widget_factory = widget_factory or default_notebook_widget
        self._view_actions: list[QAction] = []
        self.setObjectName("shellWindow")
        self.setStyleSheet(FOCUS_STYLE)
        self.setWindowTitle(APP_TITLE + (" — DEMO" if demo else ""))
        self.lock_manager = LockManager(services.clock, settings.get(IDLE_MINUTES) * 60.0,
                                        parent=self, use_dbus=use_dbus)
        self.lock_manager.lock_requested.connect(self.lock)
        if keyring_opener is None and keystore is not None:
            keyring_opener = _keyring_opener(keystore)
        self.unlock_screen = UnlockWidget(services, notebook_path, opener=opener,
                                          keyring_opener=keyring_opener)
        self.unlock_screen.unlocked.connect(self._unlocked)
        self.unlock_screen.action_requested.connect(self._action)
        self._build_central()
        from jongerenwerk_desk.ui.shell.menus import build_menus

        build_menus(self)
        self.key_label = QLabel()
        # takes the room that is left (clipped, full text in the tooltip) instead of pushing
        # the permanent labels (covenant name, backup age) out of a narrow window
        self.key_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.key_label.setMinimumWidth(0)
        self.profile_label = ElidedLabel()
        self.statusBar().addWidget(self.key_label, 1)
        self.statusBar().addPermanentWidget(self.profile_label)
        self._initial_geometry(settings.get(GEOMETRY))
        self._update_state()

    def _initial_geometry(self, saved: bytes) -> None:
        """Restore the saved geometry only when the whole frame fits on a screen's available
        area (a laptop at 1366x768 minus panels); otherwise 1200x760 shrunk to fit that area
        with the frame (title bar) counted, centred on the primary screen."""
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        if saved and self.restoreGeometry(saved):
            frame = self.frameGeometry()
            screens = QGuiApplication.screens()
            if available is None or any(s.availableGeometry().contains(frame) for s in screens):
                return
        if available is None:
            self.resize(1200, 760)
            return
        # title bar and borders are unknown before the window is shown: assume a generous frame
        frame_w, frame_h = 16, 48
        width = min(1200, available.width() - frame_w)
        height = min(760, available.height() - frame_h)
        self.resize(width, height)
        self.move(available.x() + (available.width() - width - frame_w) // 2,
                  available.y() + (available.height() - height - frame_h) // 2)

    def _build_central(self) -> None:
        """Stack (unlock screen, later the views) under the DEMO banner when in demo mode."""
        self.stack = QStackedWidget()
        self.stack.addWidget(self.unlock_screen)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.demo:
            banner = QLabel(self.tr("DEMO — fictional young people in a fictional town. Nothing "
                                    "you type here is kept after closing."))
            banner.setObjectName("demoBanner")
            banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            banner.setStyleSheet("background:#ffd54f;color:#000;padding:6px;font-weight:bold;")
            layout.addWidget(banner)
        layout.addWidget(self.stack)
        self.setCentralWidget(central)

    # --------------------------------------------------------------------------------- opening
    @property
    def is_unlocked(self) -> bool:
        """True while a notebook is open and shown."""
        return self.notebook is not None

    def start(self) -> None:
        """Called after show() and after choosing another notebook: probe the OS keyring in
        the background (it may be slow or ask the user), then try the remembered key; the
        passphrase form stays usable meanwhile."""
        self.unlock_screen.focus_entry()
        if self.keystore is None or self.demo:
            return
        self.services.tasks.run(self.keystore.available, on_success=self._keyring_probed,
                                on_failure=lambda exc: self._keyring_probed((False, "")))

    def _keyring_probed(self, state) -> None:
        available, name = state
        self.keyring_state = (bool(available), str(name) if available else "")
        self._update_state()
        path = self.unlock_screen.path
        if available and self.notebook is None and path is not None and path.exists() \
                and not self.unlock_screen.busy:
            self.unlock_screen.try_keyring()

    def keyring_name(self) -> str:
        """Name of the secure keyring backend found by the last probe, or "" when none."""
        return self.keyring_state[1] if self.keyring_state[0] else ""

    def _check_remembered(self) -> None:
        """After a passphrase unlock: is the key also in the keyring? (background, cached)"""
        store, notebook = self.keystore, self.notebook
        if store is None or self.demo or not self.keyring_state[0] or notebook is None:
            return
        notebook_id = notebook.vault.notebook_id

        def remembered(found) -> None:
            if self.notebook is notebook:
                self.key_via_keyring = bool(found)
                self._update_state()

        self.services.tasks.run(lambda: store.get_key(notebook_id) is not None,
                                on_success=remembered, on_failure=lambda exc: None)

    def _unlocked(self, notebook: Notebook) -> None:
        from jongerenwerk_desk.ui.shell.unlock_notices import show_after_unlock

        self.key_via_keyring = self.unlock_screen.opened_via_keyring
        self.open_notebook(notebook)
        show_after_unlock(self, notebook)   # interrupted changes, rollback, damage (issue 13)
        if not self.key_via_keyring:
            self._check_remembered()
        if self.unlock_screen.opened_with_recovery:
            from jongerenwerk_desk.ui.shell.passphrase import offer_new_passphrase

            offer_new_passphrase(self)

    def open_notebook(self, notebook: Notebook, *, profile=None) -> None:
        """Show ``notebook`` (already open) in the views and start the lock manager."""
        self.notebook = notebook
        self.services.ops.attach(notebook)
        self.profile = profile or active_profile(notebook, demo=self.demo)
        widget = self._widget_factory(notebook, self.profile, self.services, self.stack)
        self.notebook_widget = widget
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self._install_view_actions(widget)
        path = getattr(getattr(notebook, "vault", None), "path", None)
        if path is not None and not self.demo:
            self.settings.remember_notebook(Path(path))
        self.lock_manager.idle_limit_s = self.settings.get(IDLE_MINUTES) * 60.0
        self.lock_manager.start()
        self._update_state()
        freeze_long_lived()   # the views just built live until lock: out of full GC scans
        self.notebook_opened.emit()

    def use_profile(self, profile) -> None:
        """Make ``profile`` (a CovenantProfile) the active one while unlocked: the views are
        rebuilt with it (they keep the profile they were made with) and the status bar says
        which covenant and version now apply."""
        if self.notebook is None:
            return
        self.profile = profile
        old, self.notebook_widget = self.notebook_widget, None
        for action in self._view_actions:
            for menu in (self.notebook_menu, self.share_menu):
                menu.removeAction(action)
        self._view_actions.clear()
        widget = self._widget_factory(self.notebook, profile, self.services, self.stack)
        self.notebook_widget = widget
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self._install_view_actions(widget)
        if old is not None:
            old.clear_client_data()
            self.stack.removeWidget(old)
            old.hide()
            old.deleteLater()
        self._update_state()

    def _install_view_actions(self, widget) -> None:
        actions = list(widget.actions()) if hasattr(widget, "actions") else []
        if actions:
            self._view_actions.append(self.notebook_menu.addSeparator())
        for action in actions:
            self.notebook_menu.addAction(action)
            self._view_actions.append(action)
        for name in ("share_action", "register_action"):
            share = getattr(widget, name, None)
            if isinstance(share, QAction):
                self.share_menu.addAction(share)
                self._view_actions.append(share)

    # --------------------------------------------------------------------------------- locking
    def lock(self, reason: str = "manual") -> None:
        """Lock now: drop every trace of client data from the window, close the notebook.

        While the ops runner writes (an export, a save) the lock waits for that write to end
        (commit or roll back) and then locks: it never closes the connection under a running
        transaction, so a write is either complete or absent. For "quit", "switch" and
        "session" (the caller goes on at once) it blocks until the write's thread is done;
        otherwise it locks when the write has ended, and says so in the status bar.
        """
        if self.notebook is None:
            return
        self.lock_manager.stop()
        runner = self.services.ops
        if runner.busy:
            if reason in ("quit", "switch", "session"):
                runner.wait()
            elif not self._lock_pending:
                self._lock_pending = True
                message = self.tr("Locking as soon as saving has finished…")
                self.statusBar().showMessage(message)
                announce(self.statusBar(), message)        # a status message (WCAG 4.1.3)
                runner.when_idle(lambda: self._deferred_lock(reason))
                return
            else:
                return
        self._lock_pending = False
        runner.detach()
        self.services.tasks.discard_all()
        self.services.clipboard.clear_now()
        widget, self.notebook_widget = self.notebook_widget, None
        for action in self._view_actions:
            for menu in (self.notebook_menu, self.share_menu):
                menu.removeAction(action)
        self._view_actions.clear()
        self._close_dialogs()
        if widget is not None:
            widget.clear_client_data()
            self.stack.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        notebook, self.notebook, self.profile = self.notebook, None, None
        notebook.close()
        self.unlock_screen.reset()
        self.stack.setCurrentWidget(self.unlock_screen)
        self._update_state()
        self.unlock_screen.focus_entry()
        QTimer.singleShot(0, self._focus_unlock)   # again after the views' deferred delete
        QTimer.singleShot(0, self._after_lock)
        self.locked.emit(reason)

    def _after_lock(self) -> None:
        """One event-loop turn after a lock: delete the views now (their Python objects go
        with them), then collect what cycles still hold decrypted data and keep the locked
        app out of later collections (ui/gc_policy.py). Deleting first halves what the
        collection has to scan (about 100,000 objects -> 40,000 with 50,000 signals)."""
        if self.notebook is not None:
            return                       # unlocked again meanwhile: the next lock does it
        self.purge_deleted()
        collect_after_lock()

    def _deferred_lock(self, reason: str) -> None:
        self._lock_pending = False
        self.statusBar().clearMessage()
        self.lock(reason)

    def _focus_unlock(self) -> None:
        if self.notebook is None and self.stack.currentWidget() is self.unlock_screen:
            self.unlock_screen.focus_entry()

    def _close_dialogs(self) -> None:
        """Close every dialog belonging to this window (editors, wizards, message boxes).

        A dialog's client data is cleared first, so closing it never asks anything (the
        share wizard's "discard changes?" would otherwise hold up the lock)."""
        for dialog in self.findChildren(QDialog):
            clear = getattr(dialog, "clear_client_data", None)
            if callable(clear):
                clear()
            if dialog.isVisible():
                dialog.reject()
            dialog.close()
            dialog.deleteLater()

    def purge_deleted(self) -> None:
        """Process pending deletions now (tests and benchmarks call this after a lock)."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    # ------------------------------------------------------------------------------- the rest
    def _action(self, action: str) -> None:
        from jongerenwerk_desk.ui.shell import file_actions

        {err.OPEN_OTHER: file_actions.open_other, err.CREATE: file_actions.create_new,
         err.RESTORE: file_actions.restore_backup}[action](self)

    def _update_state(self) -> None:
        unlocked = self.notebook is not None
        for action in self.unlocked_only:
            action.setEnabled(unlocked)
        for action in self.locked_only:
            action.setEnabled(not unlocked)
        self._update_keyring_actions(unlocked)
        if not unlocked:
            self.key_label.setText(self.tr("Locked"))
            self.profile_label.clear()
            return
        if self.demo:
            self.key_label.setText(self.tr("Demo notebook: fictional data, public demo "
                                           "passphrase, removed on closing"))
        elif self.key_via_keyring:
            self.key_label.setText(self.tr("Key: your passphrase, and %1 on this device")
                                   .replace("%1", self.keyring_name() or self.tr("the keyring")))
        else:
            self.key_label.setText(self.tr("Key: only your passphrase (not stored on this "
                                           "device)"))
        self.key_label.setToolTip(self.key_label.text())
        self.profile_label.set_full_text(status_text(self.profile))

    def _update_keyring_actions(self, unlocked: bool) -> None:
        """Remember/forget key only where they can work: with a secure keyring on this
        device (else disabled, the tooltip says why) and remember only while not remembered."""
        remember = getattr(self, "remember_action", None)
        forget = getattr(self, "forget_action", None)
        if remember is None or forget is None:
            return
        has_keyring = bool(self.keyring_name())
        remember.setEnabled(unlocked and has_keyring and not self.key_via_keyring)
        forget.setEnabled(unlocked and has_keyring and self.key_via_keyring)
        if not has_keyring:
            tip = self.tr("This computer has no secure keyring (such as GNOME Keyring, KWallet "
                          "or Windows Credential Manager), so the key cannot be kept here.")
        elif self.key_via_keyring:
            tip = self.tr("The key is already kept on this device.")
        else:
            tip = ""
        remember.setToolTip(tip)
        forget.setToolTip("" if self.key_via_keyring else self.tr(
            "The key is not kept on this device."))

    def resizeEvent(self, event) -> None:
        """Re-elide the covenant name in the status bar to the new width."""
        super().resizeEvent(event)
        if self.profile_label.full_text():
            self.profile_label.set_full_text(self.profile_label.full_text())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save geometry (only that), lock, clear our clipboard text."""
        if not self.demo:
            self.settings.set(GEOMETRY, bytes(self.saveGeometry().data()))
        self.lock("quit")
        self.services.clipboard.clear_now()
        super().closeEvent(event)

    def standard_shortcut(self, action: QAction, keys: str) -> None:
        """Give ``action`` the shortcut ``keys`` (e.g. "Ctrl+L") in the whole window."""
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(action)
