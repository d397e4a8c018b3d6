"""A search field that waits until the user stops typing (debounce) before searching."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

DEBOUNCE_MS = 250


class SearchBox(QLineEdit):
    """QLineEdit emitting ``searchRequested(text)`` ``DEBOUNCE_MS`` ms after the last keystroke.

    Escape clears the field (and searches for everything at once). Enter searches at once.
    The text typed is client data: it is never logged and cleared by ``clear_now()``.
    """

    searchRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.setToolTip(self.tr("Search names and signal texts in this notebook (Ctrl+F). "
                                "Escape clears the search."))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._fire)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._fire)
        self._last = ""

    @property
    def pending(self) -> bool:
        """True while a search is waiting for the debounce to run out."""
        return self._timer.isActive()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self._fire()
            return
        super().keyPressEvent(event)

    def clear_now(self) -> None:
        """Empty the field without searching (used when locking)."""
        self._timer.stop()
        self._last = ""
        self.clear()            # emits textChanged only; the debounce listens to textEdited

    def _fire(self) -> None:
        self._timer.stop()
        text = self.text().strip()
        if text != self._last:
            self._last = text
            self.searchRequested.emit(text)
