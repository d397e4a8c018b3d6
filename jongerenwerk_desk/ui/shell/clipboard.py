"""Copying sensitive text: cleared after 30 seconds if the clipboard still holds our text.

The copied data carries the hints that keep it out of clipboard history and cloud sync:
Windows (documented by Microsoft, "Clipboard formats" / cloud clipboard):
``ExcludeClipboardContentFromMonitorProcessing`` (any data), ``CanIncludeInClipboardHistory`` =
DWORD 0, ``CanUploadToCloudClipboard`` = DWORD 0, registered through Qt's
``application/x-qt-windows-mime;value="…"`` MIME names; KDE Klipper:
``x-kde-passwordManagerHint`` = ``secret``. macOS and GNOME have no hint Qt can set reliably;
there the 30-second clearing is the protection.
"""

from __future__ import annotations

import hashlib
import os

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_S = 30.0
_DWORD_ZERO = (0).to_bytes(4, "little")
HISTORY_HINTS: dict[str, bytes] = {
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"\x01",
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': _DWORD_ZERO,
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': _DWORD_ZERO,
    "x-kde-passwordManagerHint": b"secret",
}


class SecureClipboard(QObject):
    """Copy sensitive text and clear it again.

    ``copy(text)`` puts ``text`` on the system clipboard with :data:`HISTORY_HINTS`; after
    ``clear_after_s`` seconds (measured with the injected ``clock``, so a suspended laptop counts
    the sleep) the clipboard is cleared if it still holds our text; text the user copied since
    is left alone. Only a keyed hash of our text is kept, not the text. ``clear_now()`` is called
    on lock and on quit. A tick timer (``tick_ms``) calls :meth:`check_expiry`; tests call it
    directly after advancing a FakeClock. Signal ``cleared`` fires when we cleared it.
    """

    cleared = Signal()

    def __init__(self, clock, *, clear_after_s: float = CLEAR_AFTER_S, tick_ms: int = 1000,
                 clipboard: QClipboard | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.clear_after_s = clear_after_s
        self._clipboard = clipboard
        self._key = os.urandom(32)
        self._digest: bytes | None = None
        self._copied_at = None
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.check_expiry)

    def _board(self) -> QClipboard:
        return self._clipboard or QGuiApplication.clipboard()

    def _hash(self, text: str) -> bytes:
        return hashlib.blake2b(text.encode("utf-8"), key=self._key, digest_size=32).digest()

    @property
    def armed(self) -> bool:
        """True while some text of ours may still be on the clipboard."""
        return self._digest is not None

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard with the no-history hints and start the expiry."""
        mime = QMimeData()
        mime.setText(text)
        for name, value in HISTORY_HINTS.items():
            mime.setData(name, value)
        self._board().setMimeData(mime, QClipboard.Mode.Clipboard)
        self._digest = self._hash(text)
        self._copied_at = self._clock.mark()
        self._timer.start()

    def holds_our_text(self) -> bool:
        """True if the clipboard's text is the text we copied last."""
        if self._digest is None:
            return False
        current = self._board().text(QClipboard.Mode.Clipboard)
        return bool(current) and self._hash(current) == self._digest

    def remaining_s(self) -> float:
        """Seconds until the clipboard is cleared (0 when nothing is pending)."""
        if self._copied_at is None:
            return 0.0
        return max(0.0, self.clear_after_s - self._clock.elapsed(self._copied_at))

    def check_expiry(self) -> bool:
        """Clear if the time is up; returns True when it cleared our text."""
        if self._copied_at is None:
            self._timer.stop()
            return False
        if self._clock.elapsed(self._copied_at) < self.clear_after_s:
            return False
        return self.clear_now()

    def clear_now(self) -> bool:
        """Clear the clipboard if it still holds our text; forget ours either way."""
        ours = self.holds_our_text()
        if ours:
            self._board().clear(QClipboard.Mode.Clipboard)
        self._digest = None
        self._copied_at = None
        self._timer.stop()
        if ours:
            self.cleared.emit()
        return ours
