"""The core's leak test extended to the GUI: after a whole session (first run, unlock, views,
copy, lock, quit) marker strings appear in no file outside the notebook — QSettings included —
in no window title, and in the notebook files only encrypted."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.notebook.models import Signal, YoungPerson
from jongerenwerk_desk.ui.services import FakeClock, FakePrompter, Services, TaskRunner
from jongerenwerk_desk.ui.shell.clipboard import SecureClipboard
from jongerenwerk_desk.ui.shell.first_run import FirstRunWizard
from jongerenwerk_desk.ui.shell.i18n import qt_message_handler
from jongerenwerk_desk.ui.shell.settings import AppSettings
from jongerenwerk_desk.ui.shell.window import ShellWindow
from jongerenwerk_desk.vault import KdfParams
from tests.ui.shell_support import markers_in, visible_texts

NAME = "Qzlekmarker Boefjesma"
SIGNAL = "Lekmarker-sig-55821 vertelde over de ruzie thuis"
NOTE = "Notitiemarker-9913"
MARKERS = (NAME, SIGNAL, NOTE)
PASS = "leken lekker lange lindebomen 7"


def _files_under(*roots: Path):
    for root in roots:
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                yield Path(dirpath) / name


def _leaks(paths) -> list[str]:
    found = []
    needles = [m.encode(enc) for m in MARKERS for enc in ("utf-8", "utf-16-le")]
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if any(n in data for n in needles):
            found.append(str(path))
    return found


def _session(qtbot, tmp_path: Path) -> tuple[ShellWindow, list[str]]:
    clock = FakeClock()
    services = Services(FakePrompter(), TaskRunner(), clock, SecureClipboard(clock))
    path = tmp_path / "notes" / "werk.jwdb"
    path.parent.mkdir()
    wizard = FirstRunWizard(services, path, keystore=None, creator=lambda p, pw: Notebook.create(
        p, pw, kdf_params=KdfParams.minimum()))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.currentPage().organisation.setText("Jongerenwerk Lekstad")
    wizard.next()
    page = wizard.currentPage()
    page.first.setText(PASS)
    page.second.setText(PASS)
    page.understood.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.recovery_id, timeout=20_000)
    code = wizard.recovery_code
    wizard.next()
    wizard.currentPage().entry.setText(code)
    wizard.next()
    wizard.accept()
    nb = wizard.notebook
    pid = nb.people.add(YoungPerson(name=NAME, notes=NOTE))
    nb.signals.add(Signal(occurred_at=datetime(2026, 3, 1, 15, 0, tzinfo=UTC),
                          tz_name="Europe/Amsterdam", location="plein",
                          category="groepsgedrag", source="young_person", confidential=True,
                          verified=False, text=SIGNAL, informant="", person_ids=[pid],
                          group_ids=[]))
    nb.close()

    settings = AppSettings()            # the real location: XDG_CONFIG_HOME of the sandbox
    window = ShellWindow(services, settings, path, use_dbus=False)
    qtbot.addWidget(window)
    window.show()
    titles = []
    with qtbot.waitSignal(window.notebook_opened, timeout=20_000):
        window.unlock_screen.secret.setText(PASS)
        window.unlock_screen.submit()
    qtbot.wait(50)
    titles += [w.windowTitle() for w in QApplication.topLevelWidgets()]
    shown = markers_in(visible_texts(), MARKERS)
    services.clipboard.copy(NAME)
    window.lock("manual")
    window.purge_deleted()
    titles += [w.windowTitle() for w in QApplication.topLevelWidgets()]
    assert markers_in(visible_texts(), MARKERS) == []
    assert QGuiApplication.clipboard().text() == ""
    window.close()
    services.tasks.wait_idle()
    return window, titles, shown


@pytest.mark.slow
def test_no_marker_outside_the_notebook_after_a_gui_session(qtbot, tmp_path, sandbox_dirs):
    window, titles, shown = _session(qtbot, tmp_path)
    assert shown, "the session never showed the client data, so the test proves nothing"
    assert [t for t in titles if any(m in t for m in MARKERS)] == []
    settings_file = window.settings.path
    assert settings_file.exists()
    assert str(settings_file).startswith(str(sandbox_dirs["XDG_CONFIG_HOME"]))
    files = list(_files_under(tmp_path, *sandbox_dirs.values()))
    assert settings_file in files
    assert any(p.suffix == ".jwdb" for p in files)
    assert _leaks(files) == []          # the notebook files included: encrypted, no plaintext


def test_qt_messages_are_reported_without_their_text(capsys, monkeypatch):
    from PySide6.QtCore import QMessageLogContext, QtMsgType

    monkeypatch.delenv("JWD_QT_MESSAGES", raising=False)
    qt_message_handler(QtMsgType.QtWarningMsg, QMessageLogContext(), f"QLabel '{NAME}' broken")
    qt_message_handler(QtMsgType.QtDebugMsg, QMessageLogContext(), NAME)
    err = capsys.readouterr().err
    assert NAME not in err and "waarschuwing" in err
    assert sys.stderr is not None
