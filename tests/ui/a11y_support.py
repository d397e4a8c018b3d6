"""Helpers for the accessibility tests: typing any Unicode text as real key events."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

#: Characters that appear nowhere in the UI, so any of them in an event was typed.
MARKER = "Ω§ẞ¶µ"


def type_text(widget: QWidget, text: str) -> None:
    """Send ``text`` to ``widget`` as key press/release events, one per character, the way a
    keyboard layout delivers it (``QTest.keyClicks`` only handles ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))
