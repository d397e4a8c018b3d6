"""The unlock screen: passphrase or recovery code, KDF off the GUI thread, typed error advice.

Repeated wrong passphrases slow down: after the 3rd failure the form waits 2 s, then 4, 8, …
up to :data:`MAX_DELAY_S`, measured with the injected Clock. This only slows guessing through
this window; the real protection against an attacker with the file is Argon2id in the vault.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jongerenwerk_desk.ui.a11y import announce, hold_still, mark_field_error
from jongerenwerk_desk.ui.secret_field import SecretField
from jongerenwerk_desk.ui.services import ClockMark, Services
from jongerenwerk_desk.ui.shell import errors as err
from jongerenwerk_desk.vault.errors import KeyringUnavailable, WrongPassphrase

if TYPE_CHECKING:
    from jongerenwerk_desk.notebook.notebook import Notebook


FREE_ATTEMPTS = 2
MAX_DELAY_S = 60.0


def delay_after(failures: int) -> float:
    """Seconds to wait after ``failures`` consecutive wrong attempts (0, 0, 2, 4, 8, … ≤ 60)."""
    if failures <= FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY_S, 2.0 ** (failures - FREE_ATTEMPTS))


def _default_open(path: Path, passphrase: str | None, recovery_code: str | None):
    from jongerenwerk_desk.notebook import Notebook

    return Notebook.open(path, passphrase=passphrase, recovery_code=recovery_code)


def _default_keyring_open(path: Path):
    from jongerenwerk_desk.notebook import Notebook

    return Notebook.open_with_keyring(path)


def _normalise(text: str) -> str:
    from jongerenwerk_desk.vault import normalise_passphrase

    return normalise_passphrase(text)


class UnlockWidget(QWidget):
    """Unlock screen for the notebook at ``path``.

    Signals: ``unlocked(notebook)`` with the open Notebook; ``action_requested(str)`` with one of
    ``errors.RESTORE / OPEN_OTHER / CREATE`` for the shell to handle. ``opener(path, passphrase,
    recovery_code)`` and ``keyring_opener(path)`` default to ``Notebook.open`` /
    ``Notebook.open_with_keyring`` and run on ``services.tasks``.
    """

    unlocked = Signal(object)
    action_requested = Signal(str)

    def __init__(self, services: Services, path: Path | None, parent: QWidget | None = None, *,
                 opener: Callable | None = None, keyring_opener: Callable | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockScreen")
        self._services = services
        self._open = opener or _default_open
        self._keyring_open = keyring_opener or _default_keyring_open
        self.path = path
        self.failures = 0
        self._blocked_since: ClockMark | None = None
        self._busy = False
        self.opened_via_keyring = False
        self.opened_with_recovery = False
        self._demo_reopen: Callable | None = None
        self._build()
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(250)
        self._wait_timer.timeout.connect(self.refresh_wait)
        self.set_path(path)

    # ---------------------------------------------------------------------------------- layout
    def _build(self) -> None:
        self.heading = QLabel(self.tr("Open your notebook"))
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.use_passphrase = QRadioButton(self.tr("&Passphrase"))
        self.use_recovery = QRadioButton(self.tr("&Recovery code"))
        self.use_passphrase.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.use_passphrase)
        group.addButton(self.use_recovery)
        self.use_recovery.toggled.connect(self._mode_changed)
        self.secret = SecretField()
        self.secret.setObjectName("secretField")
        self.secret.setMinimumWidth(320)
        self.secret.setAccessibleName(self.use_passphrase.text().replace("&", ""))
        self.secret.returnPressed.connect(self.submit)
        self.secret.textChanged.connect(self._update_enabled)
        self.open_button = QPushButton(self.tr("&Unlock"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.submit)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_label = QLabel(self.tr("Unlocking… this takes a moment on purpose."))
        self.status_title = QLabel()
        self.status_title.setObjectName("unlockStatusTitle")
        self.status_title.setStyleSheet("color:#b00020;font-weight:bold;")
        self.status_title.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.status.setObjectName("unlockStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.wait_label = QLabel()
        self.actions_row = QHBoxLayout()
        self.other_button = QPushButton(self.tr("Open &another notebook…"))
        self.other_button.setFlat(True)
        self.other_button.clicked.connect(lambda: self.action_requested.emit(err.OPEN_OTHER))
        self.new_button = QPushButton(self.tr("&New notebook…"))
        self.new_button.setFlat(True)
        self.new_button.clicked.connect(lambda: self.action_requested.emit(err.CREATE))

        self._build_layout()

    def _build_layout(self) -> None:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setMaximumWidth(560)
        form = QVBoxLayout(box)
        form.addWidget(self.heading)
        form.addWidget(self.file_label)
        modes = QHBoxLayout()
        modes.addWidget(self.use_passphrase)
        modes.addWidget(self.use_recovery)
        modes.addStretch()
        form.addLayout(modes)
        row = QHBoxLayout()
        row.addWidget(self.secret, 1)
        row.addWidget(self.open_button)
        form.addLayout(row)
        form.addWidget(self.busy_bar)
        form.addWidget(self.busy_label)
        form.addWidget(self.status_title)
        form.addWidget(self.status)
        form.addWidget(self.wait_label)
        form.addLayout(self.actions_row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.other_button)
        bottom.addWidget(self.new_button)
        bottom.addStretch()
        form.addLayout(bottom)
        outer = QVBoxLayout(self)
        outer.addSpacing(140)       # fixed top: the form does not jump when messages appear
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(box, 3)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(1)
        self.setTabOrder(self.use_passphrase, self.use_recovery)
        self.setTabOrder(self.use_recovery, self.secret)
        self.setTabOrder(self.secret, self.open_button)
        self.setTabOrder(self.open_button, self.other_button)
        self.setTabOrder(self.other_button, self.new_button)
        self._show_busy(False)

    # ----------------------------------------------------------------------------------- state
    def set_demo(self, reopen: Callable) -> None:
        """Demo mode: no passphrase form; one button reopens the demo via ``reopen()``."""
        self._demo_reopen = reopen
        for w in (self.use_passphrase, self.use_recovery, self.secret, self.other_button,
                  self.new_button):
            w.hide()
        self.file_label.setText(self.tr("The demo notebook is locked."))
        self.open_button.setText(self.tr("Open the &demo again"))
        self._update_enabled()

    def set_path(self, path: Path | None) -> None:
        """Point the screen at another notebook file; clears errors and the failure count."""
        self.path = path
        self.failures = 0
        self._blocked_since = None
        self.wait_label.clear()
        self.reset()
        if path is None:
            self.file_label.setText(self.tr("No notebook chosen."))
        else:
            self.file_label.setText(self.tr("Notebook: %1").replace("%1", str(path)))
        self._update_enabled()

    def reset(self) -> None:
        """Empty the secret field and clear messages (called on lock and after unlock)."""
        self.secret.clear()
        mark_field_error(self.secret, None)
        self.status.clear()
        self.status_title.clear()
        self._set_actions(())
        self._show_busy(False)

    def focus_entry(self) -> None:
        """Give the keyboard focus to what the user types next: the passphrase field, or in
        demo mode the "open the demo again" button (called whenever this screen appears)."""
        target = self.open_button if self._demo_reopen is not None else self.secret
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mode_changed(self) -> None:
        recovery = self.use_recovery.isChecked()
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if recovery
                                else QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("XXXX-XXXX-…") if recovery else "")
        mode = self.use_recovery if recovery else self.use_passphrase
        self.secret.setAccessibleName(mode.text().replace("&", ""))
        self.secret.clear()
        self.secret.setFocus()

    def _show_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        self._update_enabled()

    @property
    def busy(self) -> bool:
        """True while an unlock attempt runs in the background."""
        return self._busy

    def blocked_seconds(self) -> float:
        """Seconds still to wait before the next attempt (0 when allowed)."""
        if self._blocked_since is None:
            return 0.0
        left = delay_after(self.failures) - self._services.clock.elapsed(self._blocked_since)
        return max(0.0, left)

    @Slot()
    def refresh_wait(self) -> None:
        """Update the countdown; re-enable the form when the wait is over."""
        left = self.blocked_seconds()
        if left <= 0:
            self._blocked_since = None
            self._wait_timer.stop()
            self.wait_label.clear()
        else:
            self.wait_label.setText(self.tr("Wait %1 s before the next attempt.")
                                    .replace("%1", str(int(left + 0.999))))
        self._update_enabled()

    def _update_enabled(self) -> None:
        # hold_still, not setEnabled(False): Qt moves the focus off a disabled widget, so a
        # keyboard user would land on another button each time an attempt starts or fails
        can_type = not self._busy and self.path is not None and self.blocked_seconds() <= 0
        hold_still((self.secret, self.use_passphrase, self.use_recovery), not can_type)
        can_open = can_type and (bool(self.secret.text()) or self._demo_reopen is not None)
        hold_still((self.open_button,), not can_open)
        hold_still((self.other_button, self.new_button), self._busy)

    def _set_actions(self, actions: tuple[str, ...]) -> None:
        while self.actions_row.count():
            item = self.actions_row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for action in actions:
            button = QPushButton(err.action_label(action))
            button.setObjectName(f"action_{action}")
            button.clicked.connect(lambda _=False, a=action: self._run_action(a))
            self.actions_row.addWidget(button)
        self.actions_row.addStretch()
        if self._demo_reopen is None:       # no second button for the same way forward
            self.other_button.setVisible(err.OPEN_OTHER not in actions)
            self.new_button.setVisible(err.CREATE not in actions)

    def action_buttons(self) -> dict[str, QPushButton]:
        """The way-forward buttons now shown, by action id (for tests)."""
        out = {}
        for i in range(self.actions_row.count()):
            w = self.actions_row.itemAt(i).widget()
            if isinstance(w, QPushButton):
                out[w.objectName().removeprefix("action_")] = w
        return out

    def _run_action(self, action: str) -> None:
        if action == err.RETRY:
            self.status.clear()
            self.status_title.clear()
            self.secret.selectAll()
            self.secret.setFocus()
        elif action == err.RECOVERY:
            self.use_recovery.setChecked(True)
        else:
            self.action_requested.emit(action)

    # -------------------------------------------------------------------------------- unlocking
    def try_keyring(self) -> None:
        """Try the key remembered in the OS keyring; falls back quietly to the passphrase form."""
        if self.path is None or self._busy:
            return
        path = self.path
        self._show_busy(True)
        self._services.tasks.run(lambda: self._keyring_open(path),
                                 on_success=self._keyring_succeeded,
                                 on_failure=self._keyring_failed)

    def _keyring_succeeded(self, notebook: Notebook) -> None:
        self.opened_via_keyring = True
        self.opened_with_recovery = False
        self._succeeded(notebook)

    def _keyring_failed(self, exc: BaseException) -> None:
        self._show_busy(False)
        if isinstance(exc, (KeyringUnavailable, WrongPassphrase)):
            # never reported as a wrong passphrase: the user simply types it
            self.status.setText(self.tr("Type your passphrase to open the notebook."))
            announce(self.status, self.status.text())
            self.secret.setFocus()
            return
        self._failed(exc)

    @Slot()
    def submit(self) -> None:
        """Start unlocking with what is typed (ignored while busy or waiting)."""
        if self._demo_reopen is not None:
            if not self._busy:
                self._show_busy(True)
                self._services.tasks.run(self._demo_reopen, on_success=self._succeeded,
                                         on_failure=self._failed)
            return
        text = self.secret.text()
        if self._busy or not text or self.path is None or self.blocked_seconds() > 0:
            return
        secret = _normalise(text)
        recovery = self.use_recovery.isChecked()
        path = self.path
        self.status.clear()
        self.status_title.clear()
        mark_field_error(self.secret, None)
        self._set_actions(())
        self._show_busy(True)
        self.opened_via_keyring = False
        self.opened_with_recovery = recovery
        self._services.tasks.run(
            lambda: self._open(path, None if recovery else secret, secret if recovery else None),
            on_success=self._succeeded, on_failure=self._failed)

    def _succeeded(self, notebook: Notebook) -> None:
        self.failures = 0
        self._blocked_since = None
        self.reset()
        self.unlocked.emit(notebook)

    def _failed(self, exc: BaseException) -> None:
        self._show_busy(False)
        advice = err.advice_for(exc)
        if isinstance(exc, WrongPassphrase):
            self.failures += 1
            if delay_after(self.failures) > 0:
                self._blocked_since = self._services.clock.mark()
                self._wait_timer.start()
                self.refresh_wait()
        self.status_title.setText(advice.title)
        self.status.setText(advice.text)
        self._set_actions(advice.actions)
        # said now, and again by the field when the user comes back to it (WCAG 3.3.1, 4.1.3)
        said = " ".join(t for t in (advice.title + ".", advice.text, self.wait_label.text()) if t)
        mark_field_error(self.secret, said)
        self.secret.selectAll()
        self.secret.setFocus()
        self._update_enabled()
        announce(self.secret, said, assertive=True)
