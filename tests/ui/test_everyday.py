"""Everyday work in the app (issue 12, point 6) with a real shell window on a real notebook:
import a CSV list from the File menu (report with line numbers, never values), the backup
reminder in the status bar (recorded by the app's backup), the help with the glossary."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from jongerenwerk_desk.covenant import builtin_profile
from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.notebook.ops import record_backup
from jongerenwerk_desk.rights.backup_reminder import backup_age, last_backup
from jongerenwerk_desk.ui.rights.everyday import HelpDialog, import_csv
from jongerenwerk_desk.ui.services import FakeClock, FakePrompter, Services, TaskRunner
from jongerenwerk_desk.ui.shell.clipboard import SecureClipboard
from jongerenwerk_desk.ui.shell.settings import AppSettings
from jongerenwerk_desk.ui.shell.window import ShellWindow
from jongerenwerk_desk.vault import KdfParams

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
CSV = (b"naam;geboortedatum;groep\n"
       b"Noor Testpersoon;01-02-2010;Pleinkeet\n"
       b"Bram Testpersoon;31-02-2010;Pleinkeet\n"
       b"Lina Testpersoon;03-04-2011;\n")


@pytest.fixture
def shell(qtbot, tmp_path):
    """A shell window (synchronous tasks, FakeClock at NOW) on a fresh real notebook."""
    nb, _ = Notebook.create(tmp_path / "w.jwdb", "lange zin voor het venster 1",
                            kdf_params=KdfParams.minimum())
    clock = FakeClock(start_wall=NOW.timestamp())
    prompter = FakePrompter()
    services = Services(prompter, TaskRunner(synchronous=True), clock, SecureClipboard(clock))
    win = ShellWindow(services, AppSettings(tmp_path / "s.ini"), None, use_dbus=False)
    qtbot.addWidget(win)
    win.open_notebook(nb, profile=builtin_profile("model"))
    yield win, nb, prompter
    win.lock("test")


def _action(win, text):
    from PySide6.QtGui import QAction

    return next(a for a in win.findChildren(QAction) if a.text() == text)


def test_import_from_file_menu_reports_line_numbers_never_values(shell, tmp_path):
    win, nb, prompter = shell
    csv_file = tmp_path / "lijst.csv"
    csv_file.write_bytes(CSV)
    changes = []
    win.services.ops.changed.connect(changes.append)
    prompter.script("open_file", csv_file)
    _action(win, "&Import a list…").trigger()
    names = sorted(p.name for p in nb.people.page(0, 100))
    assert names == ["Lina Testpersoon", "Noor Testpersoon"]
    call = prompter.calls[-1]
    assert call.kind == "inform"
    assert "Imported: 2 new, 0 already present. Skipped because of an error: 1." in call.text
    assert "Line 3 skipped:" in call.text
    assert "Testpersoon" not in call.text and "31-02" not in call.text
    assert changes, "the views are told through the ops runner"
    # the same list again: nothing new, reported as already present
    prompter.script("open_file", csv_file)
    report = import_csv(win)
    assert report.imported == 0 and report.duplicates == 2
    assert len(list(nb.people.page(0, 100))) == 2


def test_import_of_an_unusable_file_changes_nothing(shell, tmp_path):
    win, nb, prompter = shell
    bad = tmp_path / "leeg.csv"
    bad.write_bytes(b"voornaam;achternaam\nNoor;Test\n")
    prompter.script("open_file", bad)
    assert import_csv(win) is None
    assert prompter.calls[-1].kind == "error"
    assert "Nothing has been imported." in prompter.calls[-1].text
    assert "Noor" not in prompter.calls[-1].text
    assert list(nb.people.page(0, 10)) == []
    assert _action(win, "&Import a list…").isEnabled()
    win.lock("test")
    assert not _action(win, "&Import a list…").isEnabled()


def test_backup_reminder_shows_age_and_suggests_a_place_off_the_laptop(shell, tmp_path):
    win, nb, prompter = shell
    label = win.backup_label
    assert label.isVisibleTo(win)
    assert label.full_text().startswith("No backup yet — make one (File menu)")
    assert "USB stick" in label.toolTip()
    win.services.ops.run(record_backup, NOW - timedelta(days=9, hours=2))
    win.lock("test")
    assert label.full_text() == ""
    win.open_notebook(Notebook.open(nb.vault.path, passphrase="lange zin voor het venster 1"),
                      profile=builtin_profile("model"))
    assert label.full_text() == "Backup: 9 days old — make one (File menu)"
    assert "more than 7 days" in label.toolTip()


def test_backup_from_file_menu_records_its_moment(shell, tmp_path):
    win, nb, prompter = shell
    dest = tmp_path / "kopie.jwbak"
    prompter.script("save_file", dest)
    _action(win, "Make a &backup…").trigger()
    assert dest.is_file()
    assert last_backup(win.notebook) == NOW
    assert win.backup_label.full_text() == "Backup: today"
    assert backup_age(win.notebook, NOW + timedelta(days=8)).overdue
    assert prompter.kinds() == ["save_file", "inform"]


def test_record_backup_refuses_a_naive_moment(nb):
    with pytest.raises(ValueError):
        record_backup(nb, datetime(2026, 1, 1))
    assert last_backup(nb) is None


def test_help_dialog_has_glossary_and_breach_steps_in_dutch(qtbot, dutch):
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for term in ("subsidiariteit", "doelbinding", "conflict van plichten", "vitaal belang",
                 "grondslag", "verstrekking", "betrokkene"):
        assert term in text.lower(), term
    assert "72 uur" in text and "Autoriteit Persoonsgegevens" in text
    assert "functionaris gegevensbescherming" in text.lower()
    assert dialog.windowTitle() == "Uitleg en begrippen"


def test_help_menu_opens_the_help(shell):
    win, _nb, prompter = shell
    seen = []
    prompter.script("run_dialog", lambda d: seen.append(d.windowTitle()) or 0)
    _action(win, "&Explanation and terms").trigger()
    assert seen == ["Explanation and terms"]


def test_cli_backup_records_its_moment(tmp_path):
    import os
    import subprocess
    import sys

    path = tmp_path / "c.jwdb"
    nb, _ = Notebook.create(path, "lange zin voor de cli 12345", kdf_params=KdfParams.minimum())
    nb.close()
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-m", "jongerenwerk_desk", "backup", str(path), str(tmp_path),
         "--passphrase-stdin"], input="lange zin voor de cli 12345\n", capture_output=True,
        text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(root)}, cwd=root)
    assert result.returncode == 0, result.stderr
    nb = Notebook.open(path, passphrase="lange zin voor de cli 12345")
    try:
        made = last_backup(nb)
        assert made is not None and abs(datetime.now(UTC) - made) < timedelta(minutes=5)
    finally:
        nb.close()
