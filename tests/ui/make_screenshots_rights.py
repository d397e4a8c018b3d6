"""Render the rights screens (issue 12) at 1366×768 into ./screenshots/rights-*.png: the
notebook, the access report dialog, the retention preview and the reminder list.

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


def shot(widget: QWidget, name: str) -> None:
    widget.show()
    widget.raise_()
    settle()
    path = OUT / f"rights-{name}.png"
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


def main() -> int:
    from jongerenwerk_desk.covenant import builtin_profile
    from jongerenwerk_desk.ui.app import make_application
    from jongerenwerk_desk.ui.services import FakeClock, FakePrompter, Services, TaskRunner
    from jongerenwerk_desk.ui.shell.clipboard import SecureClipboard
    from jongerenwerk_desk.ui.shell.demo import DemoSession
    from jongerenwerk_desk.ui.shell.i18n import install_translators

    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="nl", choices=["nl", "en"])
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    app = make_application()
    install_translators(app, args.lang)
    clock = FakeClock()
    services = Services(FakePrompter(), TaskRunner(), clock, SecureClipboard(clock))
    demo = DemoSession()
    try:
        nb = demo.create()
        screens(nb, builtin_profile("demo"), services)
        nb.close()
    finally:
        demo.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
