"""The rights screens (issue 12) with real widgets on a real demo notebook: the retention
preview deletes exactly what it showed after a confirmation; the access report dialog saves
a PDF with the worker's per-signal decision, both logged through the ops runner."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from jongerenwerk_desk.notebook.models import Signal
from jongerenwerk_desk.ui.rights.dialogs import AccessReportDialog, RetentionDialog
from jongerenwerk_desk.ui.services import FakePrompter, Services
from tests.unit.rights_world import RightsWorld, make_world


@pytest.fixture
def world(tmp_path) -> RightsWorld:
    w = make_world(tmp_path)
    yield w
    w.nb.close()


def _services(world: RightsWorld, prompter: FakePrompter) -> Services:
    services = Services.for_tests(prompter=prompter, synchronous=True)
    services.ops.attach(world.nb)
    return services


def test_retention_dialog_shows_masked_items_and_deletes_after_confirming(qtbot, world):
    old = datetime.now(UTC) - timedelta(days=1000)
    gone = world.nb.signals.add(Signal(occurred_at=old, category="gezondheid",
                                       confidential=True, text="GEHEIM oud signaal"))
    prompter = FakePrompter().script("confirm", True)
    dialog = RetentionDialog(world.nb, _services(world, prompter))
    qtbot.addWidget(dialog)
    texts = [dialog.items.item(i).text() for i in range(dialog.items.count())]
    assert len(texts) == 1 and "Vertrouwelijk" in texts[0] and "GEHEIM" not in texts[0]
    assert "Gezondheid" not in texts[0]
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.deleted == {"signal": 1, "group": 0, "person": 0, "disclosure": 0}
    with pytest.raises(KeyError):
        world.nb.signals.get(gone)
    assert prompter.kinds() == ["confirm", "inform"]


def test_retention_dialog_keeps_everything_when_not_confirmed(qtbot, world):
    old = datetime.now(UTC) - timedelta(days=1000)
    kept = world.nb.signals.add(Signal(occurred_at=old, category="groepsgedrag", text="oud"))
    dialog = RetentionDialog(world.nb, _services(world, FakePrompter().script("confirm", False)))
    qtbot.addWidget(dialog)
    dialog.delete_due()
    assert dialog.deleted is None and world.nb.signals.get(kept).text == "oud"


def test_access_report_dialog_saves_pdf_with_chosen_confidential_signal(qtbot, world,
                                                                        tmp_path):
    target = tmp_path / "inzage.pdf"
    prompter = FakePrompter().script("save_file", target)
    dialog = AccessReportDialog(world.nb, _services(world, prompter), person_id=world.sam)
    qtbot.addWidget(dialog)
    assert dialog.person.currentData() == world.sam
    rows = [dialog.confidential.item(i) for i in range(dialog.confidential.count())]
    assert len(rows) == 2
    wanted = next(r for r in rows if r.data(Qt.ItemDataRole.UserRole) == world.secret_signal)
    wanted.setCheckState(Qt.CheckState.Checked)
    before = world.nb.audit.count()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_to == target
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
    assert "thuis onrustig" in text and "blowt" not in text
    actions = [e.action for e in world.nb.audit.page(before, 10, sort_key="id")]
    assert sorted(actions) == ["access_report", "access_report_include",
                               "access_report_withhold"]


def test_rights_ts_covers_every_rights_string(tmp_path):
    """lupdate over ui/rights adds nothing unfinished to a copy of rights_nl.ts."""
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    copy = tmp_path / "rights_nl.ts"
    shutil.copy(root / "resources" / "translations" / "rights_nl.ts", copy)
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(tool), *map(str, sorted((root / "jongerenwerk_desk" / "ui" / "rights")
                                                .glob("*.py"))), "-ts", str(copy)],
                   check=True, capture_output=True, timeout=120)
    unfinished = [m.findtext("source") for m in ET.parse(copy).getroot().iter("message")
                  if (m.find("translation").get("type") or "") == "unfinished"]
    assert unfinished == []


def test_unlock_shows_a_retention_notice_with_counts_only(qtbot, tmp_path):
    from jongerenwerk_desk.covenant import builtin_profile
    from jongerenwerk_desk.notebook import Notebook
    from jongerenwerk_desk.ui.services import FakeClock, TaskRunner
    from jongerenwerk_desk.ui.shell.clipboard import SecureClipboard
    from jongerenwerk_desk.ui.shell.settings import AppSettings
    from jongerenwerk_desk.ui.shell.window import ShellWindow
    from jongerenwerk_desk.vault import KdfParams

    nb, _ = Notebook.create(tmp_path / "w.jwdb", "lange zin voor het venster 1",
                            kdf_params=KdfParams.minimum())
    old = datetime.now(UTC) - timedelta(days=1000)
    nb.signals.add(Signal(occurred_at=old, category="groepsgedrag", text="NAAMLOOS oud"))
    clock = FakeClock()
    services = Services(FakePrompter(), TaskRunner(), clock, SecureClipboard(clock))
    win = ShellWindow(services, AppSettings(tmp_path / "s.ini"), None, use_dbus=False)
    qtbot.addWidget(win)
    win.open_notebook(nb, profile=builtin_profile("model"))
    message = win.statusBar().currentMessage()
    assert message.startswith("1 items are past their retention period")
    assert "NAAMLOOS" not in message
    win.lock("test")


def test_reminders_dialog_lists_request_deadline_masked(qtbot, world):
    from datetime import date

    from jongerenwerk_desk.notebook.ops import register_subject_request
    from jongerenwerk_desk.ui.rights.dialogs import RemindersDialog

    register_subject_request(world.nb, world.sam, "access", date.today() - timedelta(days=40),
                             "ID-kaart gezien")
    dialog = RemindersDialog(world.nb, Services.for_tests())
    qtbot.addWidget(dialog)
    texts = [dialog.items.item(i).text() for i in range(dialog.items.count())]
    late = [t for t in texts if "AVG art. 12 lid 3" in t]
    assert len(late) == 1 and "S.V. (" in late[0] and late[0].endswith("(overdue)")
    assert not any("Voorbeeld" in t for t in texts)
