"""Render the three views and every editor at 1366×768 into ./screenshots/views-*.png.

Not a test. Run under Xvfb so fonts and styles are the real ones:
    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tests/ui/make_screenshots_views.py
Uses the fictional demo notebook only; its temporary folder is removed at the end.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QDate, QTime  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from tests.ui.make_screenshots import OUT, SIZE, settle  # noqa: E402


def shot(widget: QWidget, name: str) -> None:
    widget.show()
    widget.raise_()
    settle()
    path = OUT / f"views-{name}.png"
    widget.grab().save(str(path))
    print(path)


def views(nb, profile, services) -> None:
    from jongerenwerk_desk.ui.main_window import GROUPS, PEOPLE, SIGNALS, NotebookWidget
    w = NotebookWidget(nb, profile, services)
    w.resize(*SIZE)
    for index, name in ((PEOPLE, "people"), (GROUPS, "groups"), (SIGNALS, "signals")):
        w.show_view(index)
        view = w.views[index]
        view.table.selectRow(0)
        shot(w, f"1{index}-{name}")
    w.show_view(PEOPLE)
    for tab in range(w.person_panel.tabs.count()):
        w.person_panel.tabs.setCurrentIndex(tab)
        shot(w, f"13-person-tab{tab}")
    w.show_view(PEOPLE)
    w.people_view.search.setText("a")
    w.people_view.model.set_filter("a")
    shot(w, "14-people-search")
    editors(w, nb, profile, services)
    w.clear_client_data()
    shot(w, "19-cleared")
    w.close()


def editors(w, nb, profile, services) -> None:
    from jongerenwerk_desk.ui.editors.consent_editor import ConsentEditor, InformingEditor
    from jongerenwerk_desk.ui.editors.group_editor import GroupEditor
    from jongerenwerk_desk.ui.editors.partner_editor import MembershipEditor, PartnerEditor
    from jongerenwerk_desk.ui.editors.person_editor import PersonEditor
    from jongerenwerk_desk.ui.editors.signal_editor import SignalEditor
    from jongerenwerk_desk.ui.views.partners_dialog import PartnersDialog

    person = nb.people.page(0, 1, "name")[0]
    group = nb.groups.page(0, 1, "name")[0]
    signal = nb.signals.page(0, 1, "occurred_at", True)[0]
    e = PersonEditor(nb, person, parent=w)
    shot(e, "20-person-editor")
    e.name.clear()
    e.birth_date.setText("31-02-2011")
    e.accept()
    shot(e, "21-person-editor-errors")
    e.reject()
    e = GroupEditor(nb, group, parent=w)
    e.stage.setCurrentIndex(e.stage.count() - 1)
    e.accept()
    shot(e, "22-group-editor-stage-reason")
    e.reject()
    e = SignalEditor(nb, profile, signal, parent=w)
    shot(e, "23-signal-editor")
    e.reject()
    e = SignalEditor(nb, profile, parent=w)
    e.day.setDate(QDate(2026, 3, 29))
    e.clock.setTime(QTime(2, 30))
    e.accept()
    shot(e, "24-signal-editor-gap")
    e.day.setDate(QDate(2026, 10, 25))
    e.accept()
    shot(e, "25-signal-editor-fold")
    e.reject()
    e = ConsentEditor(nb, profile, person.id, parent=w)
    e.accept()
    shot(e, "26-consent-editor")
    e.reject()
    e = InformingEditor(nb, person.id, parent=w)
    shot(e, "27-informing-editor")
    e.reject()
    e = PartnerEditor(nb, profile, parent=w)
    shot(e, "28-partner-editor")
    e.reject()
    e = MembershipEditor(nb, group.id, parent=w)
    shot(e, "29-membership-editor")
    e.reject()
    d = PartnersDialog(nb, profile, services, w)
    shot(d, "30-partners")
    d.reject()


def main() -> int:
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
        from jongerenwerk_desk.covenant import builtin_profile
        nb = demo.create()
        views(nb, builtin_profile("demo"), services)
        nb.close()
    finally:
        demo.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
