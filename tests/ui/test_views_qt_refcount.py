"""Guard against a Qt binding that drops a reference to None on every void call.

PySide6-Essentials 6.12.0 on Python 3.11 returns None from void methods without taking a
reference; after a few thousand calls (scrolling a long list, typing in a search box) the
interpreter aborts with "none_dealloc: deallocating None". None is immortal only from Python
3.12 on, so on 3.11 this kills the app. pyproject.toml excludes 6.12.0; this test fails if a
broken binding comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qapp) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for number in range(2000):
        label.setText("x" if number % 2 else "y")   # a void C++ method
        label.setEnabled(True)
    lost = before - sys.getrefcount(None)
    assert lost < 500, f"None lost {lost} references in 4000 void Qt calls"
