"""A passphrase field whose typed characters never reach assistive technology.

Qt's ``QLineEdit`` in password mode still keeps the typed text in its line control, and the
line control reports every change to the accessibility bridge with that plain text
(``QAccessibleTextInsertEvent``/``RemoveEvent``/``UpdateEvent``). On Linux the AT-SPI bridge
forwards it in ``object:text-changed`` events, so a screen reader speaks the passphrase
character by character (the problem KeePassXC users reported as #1920 and #5389); on Windows
UI Automation and on macOS the same events carry the same text to whoever listens.

:class:`SecretField` therefore never gives its characters to Qt. The typed text lives in a
Python string; the ``QLineEdit`` underneath holds one :data:`MASK` character per typed
character. Qt still draws, selects, moves the cursor and deletes as usual — on the mask — and
every accessibility event it sends carries only mask characters, on every platform and with
every bridge. The field keeps Qt's password echo mode, so screen readers still announce it as
a password field. What remains visible to assistive technology is the number of characters,
as it is on screen.

Use :meth:`text` / :meth:`setText` / :meth:`clear` from Python as with a ``QLineEdit``. The
``textChanged``/``textEdited`` signals carry only the mask; read :meth:`text` in the slot.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

#: The character Qt holds for each typed character (U+2022 BULLET).
MASK = "\u2022"

_BLOCKED_KEYS = (
    QKeySequence.StandardKey.Undo,      # would put back mask characters we no longer track
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Copy,      # a passphrase is never copied out of the field
    QKeySequence.StandardKey.Cut,
)


def _clean(text: str) -> str:
    """Pasted text as one line: line breaks and other control characters dropped."""
    return "".join(ch for ch in text if ch.isprintable())


class SecretField(QLineEdit):
    """Password-mode line edit whose characters Qt (and so assistive technology) never sees.

    ``text()`` returns the typed passphrase (str); the underlying Qt text is ``MASK`` repeated
    ``len(text())`` times. Typed characters, dead-key compositions, pasting (keyboard, context
    menu, middle click) and input-method commits go through :meth:`insert`; deleting is done by
    Qt on the mask and mirrored here. Undo, redo, copy, cut, drag and drop are off.
    ``setEchoMode(Normal)`` turns the masking off (the recovery code is meant to be seen);
    back to ``Password`` turns it on again and empties the field.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._secret = ""
        self._masked = True
        super().setEchoMode(QLineEdit.EchoMode.Password)
        self.setAcceptDrops(False)
        self.setDragEnabled(False)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)

    # ------------------------------------------------------------------ the QLineEdit API
    def text(self) -> str:
        return self._secret if self._masked else super().text()

    def setText(self, text: str) -> None:
        if not self._masked:
            super().setText(text)
            return
        self._secret = _clean(text or "")
        super().setText(MASK * len(self._secret))

    def clear(self) -> None:
        self._secret = ""
        super().clear()

    def insert(self, text: str) -> None:
        if not self._masked:
            super().insert(text)
            return
        text = _clean(text or "")
        if not text or self.isReadOnly():
            return
        start, end = self._span()
        self._secret = self._secret[:start] + text + self._secret[end:]
        super().insert(MASK * len(text))
        self._check()

    def paste(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> None:
        self.insert(QGuiApplication.clipboard().text(mode))

    def setEchoMode(self, mode: QLineEdit.EchoMode) -> None:
        masked = mode != QLineEdit.EchoMode.Normal
        if masked != self._masked:
            self._secret = ""
            super().clear()
            self._masked = masked
        super().setEchoMode(mode)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, not masked)

    def isMasked(self) -> bool:
        """True while Qt holds only mask characters (password echo)."""
        return self._masked

    # ------------------------------------------------------------------------------- events
    def keyPressEvent(self, event) -> None:
        if not self._masked:
            super().keyPressEvent(event)
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            event.accept()
            return
        if any(event.matches(k) for k in _BLOCKED_KEYS):
            event.accept()
            return
        text = event.text()
        mods = event.modifiers()
        command = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier
        # a shortcut (Ctrl+...) types nothing; Ctrl+Alt is AltGr on Windows and does
        ctrl_only = bool(mods & command) and not mods & Qt.KeyboardModifier.AltModifier
        if text and _clean(text) == text and not ctrl_only:
            self.insert(text)
            event.accept()
            return
        self._qt_edit(lambda: super(SecretField, self).keyPressEvent(event))

    def inputMethodEvent(self, event) -> None:
        if not self._masked:
            super().inputMethodEvent(event)
            return
        self.insert(event.commitString())    # no pre-edit text: it would show the characters
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        if self._masked and event.button() == Qt.MouseButton.MiddleButton:
            clipboard = QGuiApplication.clipboard()
            if clipboard.supportsSelection() and self.rect().contains(event.position().toPoint()):
                self.paste(QClipboard.Mode.Selection)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def contextMenuEvent(self, event) -> None:
        if not self._masked:
            super().contextMenuEvent(event)
            return
        menu = QMenu(self)
        paste = menu.addAction(self.tr("&Paste"))
        paste.setEnabled(not self.isReadOnly() and bool(QGuiApplication.clipboard().text()))
        paste.triggered.connect(lambda: self.paste())
        select_all = menu.addAction(self.tr("Select &All"))
        select_all.setEnabled(bool(self._secret))
        select_all.triggered.connect(self.selectAll)
        menu.exec(event.globalPos())
        menu.deleteLater()

    # ---------------------------------------------------------------------------- internals
    def _span(self) -> tuple[int, int]:
        if self.hasSelectedText():
            start = self.selectionStart()
            return start, start + self.selectionLength()
        pos = self.cursorPosition()
        return pos, pos

    def _qt_edit(self, call) -> None:
        """Let Qt handle a key on the mask, then mirror a deletion in the typed text.

        Qt always leaves the cursor at the start of what it deleted, so a shorter mask of
        ``n`` fewer characters means ``text()[cursor:cursor + n]`` was deleted."""
        before = len(super().text())
        call()
        after = len(super().text())
        if after < before:
            pos = self.cursorPosition()
            self._secret = self._secret[:pos] + self._secret[pos + before - after:]
        self._check()

    def _check(self) -> None:
        """Never let Qt's copy drift from the typed text: on any mismatch empty both."""
        shown = super().text()
        if len(shown) != len(self._secret) or shown.strip(MASK):
            self._secret = ""
            super().clear()


class PassphraseDialog(QDialog):
    """Ask one passphrase in a :class:`SecretField` (``field``) labelled ``label``; OK and
    Cancel. Replaces ``QInputDialog.getText(..., Password)``, whose field would leak."""

    def __init__(self, parent: QWidget | None, title: str, label: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.field = SecretField()
        self.field.setObjectName("passphraseField")
        caption = QLabel(label)
        caption.setWordWrap(True)
        caption.setBuddy(self.field)
        self.field.setAccessibleName(caption.text().replace("&", ""))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.field)
        layout.addWidget(buttons)
        self.field.setFocus()
