"""Render the rights screens (issue 12) at 1366×768 into ./screenshots/rights-*.png (or
``--out FOLDER``): the notebook, the access report dialog, the retention preview, the reminder
list, the everyday screens (the window with the backup reminder in the status bar, the
File menu, the import report, the help with the glossary), the person's rights screens, and
rights-30 … 35: the informing letter, the legal hold, the privacy officer's documents and the
open requests.

Not a test. Run under Xvfb so fonts and styles are the real ones:
    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tests/ui/make_screenshots_rights.py
Uses the fictional demo notebook only (plus a few old fictional signals so the retention
preview has something to show); its temporary folder is removed at the end.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QWidget  # noqa: E402

from tests.ui.make_screenshots import OUT, SIZE, settle  # noqa: E402

TARGET = [OUT]


def shot(widget: QWidget, name: str) -> None:
    widget.show()
    widget.raise_()
    settle()
    path = TARGET[0] / f"rights-{name}.png"
    widget.grab().save(str(path))
    print(path)


def screens(nb, profile, services) -> None:
    from jongerenwerk_desk.notebook.models import Signal
    from jongerenwerk_desk.notebook.ops import save_signal
    from jongerenwerk_desk.ui.main_window import NotebookWidget
    from jongerenwerk_desk.ui.rights.dialogs import (
        AccessReportDialog,
        RemindersDialog,
        RetentionDialog,
    )

    old = datetime.now(UTC) - timedelta(days=900)
    for category, confidential in (("groepsgedrag", False), ("gezondheid", True),
                                   ("online", False)):
        save_signal(nb, Signal(occurred_at=old, category=category, confidential=confidential,
                               text="Oud fictief signaal"))
    services.ops.attach(nb)
    w = NotebookWidget(nb, profile, services)
    w.resize(*SIZE)
    shot(w, "10-notebook")
    sam = next(p.id for p in nb.people.page(0, 100) if p.name == "Sam Voorbeeld")
    d = AccessReportDialog(nb, services, w, person_id=sam)
    shot(d, "11-access-report")
    d.reject()
    r = RetentionDialog(nb, services, w)
    shot(r, "12-retention")
    r.reject()
    m = RemindersDialog(nb, services, w)
    shot(m, "13-reminders")
    m.reject()
    w.clear_client_data()
    w.close()


def person_screens(win, nb, services) -> None:
    """The person panel with an open request and a restriction, the three rights dialogs,
    and the timeline and signals list with the retention mark (issue 12, points 1-3)."""
    from datetime import date

    from PySide6.QtCore import Qt

    from jongerenwerk_desk.notebook.ops import register_subject_request, restrict_person
    from jongerenwerk_desk.ui.rights.person_rights import (
        RestrictionDialog,
        SignalViewDialog,
        SubjectRequestDialog,
    )

    sam = next(p.id for p in nb.people.page(0, 100) if p.name == "Sam Voorbeeld")
    today = date.today()
    services.ops.run(register_subject_request, sam, "access", today, "ID-kaart gezien")
    services.ops.run(restrict_person, sam, "Betwist een signaal", today)
    widget = win.notebook_widget
    widget.show_view(0)
    widget.people_view.select_id(sam)
    settle()
    shot(win, "24-person-requests")
    widget.person_panel.tabs.setCurrentIndex(4)
    settle()
    shot(win, "25-person-timeline")
    for name, dialog in (("26-request", SubjectRequestDialog(services, sam, today, win)),
                         ("27-view", SignalViewDialog(services, 1, sam, today, win)),
                         ("28-restrict", RestrictionDialog(services, sam, today, win))):
        shot(dialog, name)
        dialog.close()
    widget.show_view(2)
    widget.signals_view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)   # oldest first
    settle()
    shot(win, "29-signals-retention")


def remaining_screens(win, nb, services) -> None:
    """The informing letter, the legal hold, the privacy officer's documents and the open
    requests (issue 12, points 3-5)."""
    from datetime import date

    from jongerenwerk_desk.ui.rights.dialogs import RetentionDialog, RetentionHoldDialog
    from jongerenwerk_desk.ui.rights.letters import InformingLetterDialog
    from jongerenwerk_desk.ui.rights.officer import PrivacyOfficerDialog
    from jongerenwerk_desk.ui.rights.requests import OpenRequestsDialog

    sam = next(p.id for p in nb.people.page(0, 100) if p.name == "Sam Voorbeeld")
    today = date.today()
    widget = win.notebook_widget
    widget.show_view(0)
    widget.people_view.select_id(sam)
    widget.person_panel.tabs.setCurrentIndex(2)
    settle()
    shot(win, "30-person-informing")
    letter = InformingLetterDialog(nb, widget.person_panel.profile, services, sam, today, win)
    shot(letter, "31-informing-letter")
    letter.close()
    retention = RetentionDialog(nb, services, win)
    retention.items.setCurrentRow(0)
    shot(retention, "32-retention-postpone")
    hold = RetentionHoldDialog(services, "signal", 1, today, retention)
    hold.reason.setText("Klacht bij de Autoriteit Persoonsgegevens loopt")
    shot(hold, "33-legal-hold")
    hold.close()
    retention.close()
    officer = PrivacyOfficerDialog(nb, services, win)
    services.prompter.script("save_file", None)
    officer.breach_laptop()
    shot(officer, "34-privacy-officer")
    officer.close()
    requests = OpenRequestsDialog(nb, services, win)
    shot(requests, "35-open-requests")
    requests.close()


def everyday_screens(nb, profile, services, folder: Path) -> None:
    """The shell window with the backup reminder, the File menu, an import report and the
    help dialog (issue 12, point 6)."""
    from PySide6.QtWidgets import QMessageBox

    from jongerenwerk_desk.ui.rights.everyday import HelpDialog, import_csv
    from jongerenwerk_desk.ui.shell.settings import AppSettings
    from jongerenwerk_desk.ui.shell.window import ShellWindow

    win = ShellWindow(services, AppSettings(folder / "s.ini"), None, use_dbus=False)
    win.resize(*SIZE)
    win.open_notebook(nb, profile=profile)
    shot(win, "20-window-backup-reminder")
    menu = win.menuBar().actions()[0].menu()
    win.show()
    settle()
    menu.popup(win.mapToGlobal(win.menuBar().geometry().bottomLeft()))
    settle()
    shot(menu, "21-file-menu")
    menu.hide()
    csv_file = folder / "lijst.csv"
    csv_file.write_bytes(b"naam;geboortedatum;groep;schoolnaam\n"
                         b"Fictief Een;01-02-2010;Pleinkeet;x\n"
                         b"Fictief Twee;31-02-2010;Pleinkeet;x\n"
                         b"Fictief Drie;03-04-2011;;x\n")
    services.prompter.script("open_file", csv_file)
    import_csv(win)
    call = services.prompter.calls[-1]
    box = QMessageBox(QMessageBox.Icon.Information, call.title, call.text,
                      QMessageBox.StandardButton.Ok, win)
    shot(box, "22-import-report")
    box.close()
    help_dialog = HelpDialog(win)
    shot(help_dialog, "23-help")
    help_dialog.close()
    person_screens(win, nb, services)
    remaining_screens(win, nb, services)
    win.lock("quit")
    win.close()


def main() -> int:
    from jongerenwerk_desk.covenant import builtin_profile
    from jongerenwerk_desk.ui.app import make_application
    from jongerenwerk_desk.ui.services import FakeClock, FakePrompter, Services, TaskRunner
    from jongerenwerk_desk.ui.shell.clipboard import SecureClipboard
    from jongerenwerk_desk.ui.shell.demo import DemoSession
    from jongerenwerk_desk.ui.shell.i18n import install_translators

    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="nl", choices=["nl", "en"])
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the PNG files")
    args = parser.parse_args()
    TARGET[0] = args.out
    args.out.mkdir(exist_ok=True)
    app = make_application()
    install_translators(app, args.lang)
    clock = FakeClock()
    services = Services(FakePrompter(), TaskRunner(), clock, SecureClipboard(clock))
    demo = DemoSession()
    try:
        nb = demo.create()
        screens(nb, builtin_profile("demo"), services)
        everyday_screens(nb, builtin_profile("demo"), services, demo.folder)
    finally:
        demo.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
