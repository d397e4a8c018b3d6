"""Fixtures shared by the UI tests: Dutch translators, and for the views and editors tests a
fresh notebook (a copy of the template, ``tests/notebooks.py``), the demo covenant profile and
Services with a scripted FakePrompter and a FakeClock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from jongerenwerk_desk.covenant import CovenantProfile, builtin_profile
from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.ui.services import FakeClock, Services
from jongerenwerk_desk.ui.shell.i18n import install_translators
from tests.notebooks import new_notebook
from tests.ui.views_support import NOW


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[list[str]]:
    """The Dutch translators installed for one test (English and the old locale after)."""
    before = QLocale()
    loaded = install_translators(qapp, "nl")
    yield loaded
    install_translators(qapp, "en")
    QLocale.setDefault(before)


@pytest.fixture
def profile() -> CovenantProfile:
    """The built-in demo covenant."""
    return builtin_profile("demo")


@pytest.fixture
def nb(tmp_path: Path) -> Iterator[Notebook]:
    """An open notebook (template copy); closed after the test if still open."""
    notebook, _code = new_notebook(tmp_path / "views.jwdb", "een lang wachtwoord 123")
    yield notebook
    if notebook.is_open:
        notebook.close()


@pytest.fixture
def services(qapp: QApplication) -> Services:
    """Services for tests, synchronous tasks, a FakeClock at ``NOW``."""
    return Services.for_tests(clock=FakeClock(start_wall=NOW.timestamp()), synchronous=True)
