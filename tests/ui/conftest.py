"""Fixtures shared by the UI tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from jongerenwerk_desk.ui.shell.i18n import install_translators


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[list[str]]:
    """The Dutch translators installed for one test (English and the old locale after)."""
    before = QLocale()
    loaded = install_translators(qapp, "nl")
    yield loaded
    install_translators(qapp, "en")
    QLocale.setDefault(before)
