"""run_gui end to end: --demo opens a marked, fictional notebook without a passphrase and
removes its private folder on exit; the window title never names a file or person."""

from __future__ import annotations

import argparse
import stat
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from jongerenwerk_desk.ui.app import run_gui
from jongerenwerk_desk.ui.shell.demo import PREFIX, sweep_stale
from jongerenwerk_desk.ui.shell.settings import LAST_NOTEBOOK, AppSettings
from jongerenwerk_desk.ui.shell.window import ShellWindow


@pytest.fixture
def no_last_notebook(sandbox_dirs):
    """A start as on a new machine: no last notebook remembered by an earlier test of this
    process (random order puts any test before these)."""
    AppSettings().set(LAST_NOTEBOOK, "")


def _demo_dirs() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob(PREFIX + "*"))


def test_demo_runs_marked_and_cleans_up(qapp, qtbot):
    before = _demo_dirs()
    seen = {}

    def inspect_and_quit():
        window = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, ShellWindow) and w.isVisible())
        folder = next(iter(_demo_dirs() - before))
        seen["title"] = window.windowTitle()
        seen["banner"] = [w.text() for w in window.findChildren(QLabel)
                          if w.objectName() == "demoBanner"]
        seen["unlocked"] = window.is_unlocked
        seen["people"] = window.notebook.people.count()
        seen["mode"] = stat.S_IMODE(folder.stat().st_mode)
        seen["folder"] = folder
        window.lock("manual")
        seen["demo_button"] = window.unlock_screen.open_button.text()
        window.close()

    QTimer.singleShot(300, inspect_and_quit)
    code = run_gui(argparse.Namespace(demo=True, notebook=None, lang="en"))
    assert code == 0
    assert seen["title"] == "Jongerenwerk Desk — DEMO"
    assert seen["banner"] and "DEMO" in seen["banner"][0]
    assert seen["unlocked"] and seen["people"] > 0
    assert seen["mode"] == 0o700
    assert "demo" in seen["demo_button"].lower()
    assert not seen["folder"].exists()
    assert _demo_dirs() == before
    # garbage is collected on the GUI thread only (jongerenwerk_desk/ui/gc_policy.py)
    assert getattr(qapp, "_jwd_gc_collector", None) is not None


def test_stale_demo_folders_of_dead_processes_are_swept(tmp_path):
    dead = tmp_path / (PREFIX + "old")
    dead.mkdir()
    (dead / "pid").write_text("999999999")
    alive = tmp_path / (PREFIX + "live")
    alive.mkdir()
    import os

    (alive / "pid").write_text(str(os.getpid()))
    assert sweep_stale(tmp_path) == 1
    assert not dead.exists() and alive.exists()


def test_first_run_through_run_gui(qapp, qtbot, sandbox_dirs, no_last_notebook):
    """No notebook yet: run_gui opens the first-run wizard; its notebook is shown unlocked."""
    from jongerenwerk_desk.notebook import Notebook
    from jongerenwerk_desk.paths import default_notebook_path
    from jongerenwerk_desk.ui.services import FakePrompter, Services
    from jongerenwerk_desk.vault import KdfParams

    assert not default_notebook_path().exists()
    seen = {}

    def drive(wizard):
        wizard.creator = lambda p, pw: Notebook.create(p, pw, kdf_params=KdfParams.minimum())
        wizard.show()
        wizard.currentPage().organisation.setText("Jongerenwerk Eerstestad")
        wizard.next()
        page = wizard.currentPage()
        for field in (page.first, page.second):
            field.setText("de eerste keer is altijd spannend 1")
        page.understood.setChecked(True)
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentId() == wizard.recovery_id, timeout=20_000)
        code = wizard.recovery_code
        wizard.next()
        wizard.currentPage().entry.setText(code)
        wizard.next()
        wizard.accept()
        QTimer.singleShot(100, inspect_and_quit)
        return wizard.result()

    def inspect_and_quit():
        window = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, ShellWindow) and w.isVisible())
        seen["unlocked"] = window.is_unlocked
        seen["title"] = window.windowTitle()
        window.close()

    def watchdog():                     # never hang: quit whatever happened
        seen.setdefault("watchdog", True)
        for w in QApplication.topLevelWidgets():
            w.close()
        QApplication.quit()

    QTimer.singleShot(30_000, watchdog)
    services = Services.for_tests(prompter=FakePrompter().script("run_dialog", drive))
    code = run_gui(argparse.Namespace(demo=False, notebook=None, lang="en"),
                   services=services, keystore=None)
    assert code == 0
    assert seen == {"unlocked": True, "title": "Jongerenwerk Desk"}
    assert default_notebook_path().exists()
    assert stat.S_IMODE(default_notebook_path().stat().st_mode) & 0o077 == 0   # owner only
    for suffix in ("", ".keys"):
        Path(str(default_notebook_path()) + suffix).unlink()


def test_first_run_when_the_data_folder_is_a_file(qapp, qtbot, sandbox_dirs, tmp_path,
                                                  no_last_notebook):
    """A file where the data folder should be: no FileExistsError traceback but a Dutch
    explanation (via the prompter) and a save dialog; the wizard proposes the chosen place."""
    from jongerenwerk_desk.paths import data_dir
    from jongerenwerk_desk.ui.services import FakePrompter, Services

    blocker = data_dir()
    aside = blocker.with_name(blocker.name + ".opzij")
    if blocker.exists():                           # made by an earlier test: keep it aside
        blocker.rename(aside)
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("geen map")
    seen = {}

    def drive(wizard):
        seen["path"] = wizard.path
        QTimer.singleShot(0, close_windows)
        return 0                                  # the user cancels the wizard

    def close_windows():            # the last window closing ends app.exec(); no extra quit
        for w in QApplication.topLevelWidgets():  # event is left behind for later tests
            w.close()

    def watchdog():
        if "path" not in seen:
            close_windows()
            QApplication.quit()

    QTimer.singleShot(30_000, watchdog)           # never hang
    chosen = tmp_path / "elders"
    prompter = (FakePrompter().script("save_file", chosen).script("run_dialog", drive))
    try:
        code = run_gui(argparse.Namespace(demo=False, notebook=None, lang="en"),
                       services=Services.for_tests(prompter=prompter), keystore=None)
    finally:
        blocker.unlink()
        if aside.exists():
            aside.rename(blocker)
    assert code == 0
    assert prompter.kinds()[:3] == ["error", "save_file", "run_dialog"]
    assert prompter.calls[0].title == "Standard folder not usable"
    assert str(blocker) in prompter.calls[0].text
    assert seen["path"] == tmp_path / "elders.jwdb"
    assert not (tmp_path / "elders.jwdb").exists()         # cancelled: nothing created
