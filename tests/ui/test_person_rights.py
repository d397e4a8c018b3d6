"""The rights screens on the person panel (issue 12, points 1 and 2) with real widgets on a
real notebook: register a request (date, identity check) and see the one-month deadline;
record the young person's own view beside a signal; restrict and lift — every write through
the ops runner, the panel reloading itself from its ``changed`` signal."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QDate, Qt

from jongerenwerk_desk.notebook.models import Signal, YoungPerson
from jongerenwerk_desk.notebook.ops import save_person, save_signal
from jongerenwerk_desk.notebook.rights_queries import (
    active_restriction,
    signal_views,
    subject_requests,
)
from jongerenwerk_desk.ui.services import FakePrompter, Services
from jongerenwerk_desk.ui.views.person_panel import PersonPanel

TODAY = date(2026, 12, 3)


def _panel(qtbot, nb, profile, prompter):
    services = Services.for_tests(prompter=prompter, synchronous=True)
    person = save_person(nb, YoungPerson(name="Ravi Rechten")).value
    signal = save_signal(nb, Signal(occurred_at=datetime.now(UTC) - timedelta(days=5),
                                    category="online", text="signaal", person_ids=[person]))
    panel = PersonPanel(nb, profile, services)
    panel.today = lambda: TODAY
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_person(nb.people.get(person))
    return panel, person, signal.value


def test_register_request_needs_identity_check_and_shows_deadline(qtbot, nb, profile):
    def fill_without_identity(dialog):
        dialog.received.setDate(QDate(2026, 11, 30))
        dialog.save()
        assert dialog.error.isVisibleTo(dialog) and "identiteit" in dialog.error.text()
        seen.append(dialog.deadline.text())
        dialog.identity.setText("ID-kaart gezien")
        dialog.save()
        return dialog.result()

    seen: list[str] = []
    prompter = FakePrompter().script("run_dialog", fill_without_identity)
    panel, person, _signal = _panel(qtbot, nb, profile, prompter)
    assert panel.rights_label.text() == "none open"
    qtbot.mouseClick(panel.register_request, Qt.MouseButton.LeftButton)
    assert seen == ["30-12-2026"]                   # one calendar month (AVG art. 12(3))
    rows = subject_requests(nb, person_id=person)
    assert [(r.kind, r.received_on, r.identity_check) for r in rows] == [
        ("access", date(2026, 11, 30), "ID-kaart gezien")]
    assert panel.rights_label.text() == ("Request for access: answer by 30-12-2026 (27 "
                                         "days left).")


def test_restrict_then_lift(qtbot, nb, profile):
    def restrict(dialog):
        dialog.reason.setText("Betwist de signalen")
        dialog.save()
        assert not dialog.error.text()
        return dialog.result()

    prompter = FakePrompter().script("run_dialog", restrict).script("confirm", True)
    panel, person, _signal = _panel(qtbot, nb, profile, prompter)
    qtbot.mouseClick(panel.restrict, Qt.MouseButton.LeftButton)
    assert active_restriction(nb, person, TODAY) is not None
    assert "Restricted since 03-12-2026" in panel.rights_label.text()
    assert panel.restrict.text() == "Lift &restriction…"
    qtbot.mouseClick(panel.restrict, Qt.MouseButton.LeftButton)
    assert active_restriction(nb, person, TODAY + timedelta(days=1)) is None
    assert panel.restrict.text() == "&Restrict…"


def test_record_view_beside_a_signal(qtbot, nb, profile):
    def write(dialog):
        dialog.save()                                # empty: refused, nothing saved
        assert dialog.error.isVisibleTo(dialog)
        dialog.text.setPlainText("Ik was er die avond niet bij.")
        dialog.save()
        return dialog.result()

    prompter = FakePrompter().script("run_dialog", write)
    panel, _person, signal = _panel(qtbot, nb, profile, prompter)
    panel.tabs.setCurrentIndex(4)
    panel.timeline.selectRow(0)
    qtbot.mouseClick(panel.add_view, Qt.MouseButton.LeftButton)
    assert signal_views(nb, [signal]) == {signal: [(TODAY, "Ik was er die avond niet bij.")]}
    assert nb.signals.get(signal).text == "signaal"   # the signal itself is unchanged


def test_dialogs_have_no_mnemonic_clash_in_dutch(qtbot, dutch, nb):
    from PySide6.QtWidgets import QApplication

    from jongerenwerk_desk.ui.rights.everyday import HelpDialog
    from jongerenwerk_desk.ui.rights.person_rights import (
        RestrictionDialog,
        SignalViewDialog,
        SubjectRequestDialog,
    )
    from tests.ui.views_support import mnemonic_clashes

    services = Services.for_tests()
    person = save_person(nb, YoungPerson(name="Ravi Rechten")).value
    for dialog in (SubjectRequestDialog(services, person, TODAY),
                   SignalViewDialog(services, 1, person, TODAY),
                   RestrictionDialog(services, person, TODAY), HelpDialog()):
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        assert mnemonic_clashes(dialog) == {}, dialog.windowTitle()
        dialog.close()


def test_signal_panel_shows_the_view_and_hides_it_when_confidential(qtbot, nb, profile):
    from jongerenwerk_desk.notebook.ops import add_signal_view
    from jongerenwerk_desk.ui.views.signal_panel import SignalPanel

    services = Services.for_tests(synchronous=True)
    services.ops.attach(nb)
    open_one = save_signal(nb, Signal(occurred_at=datetime.now(UTC), category="online",
                                      text="open")).value
    secret = save_signal(nb, Signal(occurred_at=datetime.now(UTC), category="online",
                                    text="geheim", confidential=True)).value
    panel = SignalPanel(nb, profile, ops=services.ops)
    qtbot.addWidget(panel)
    panel.show_signal(nb.signals.get(open_one))
    services.ops.run(add_signal_view, open_one, None, "Klopt niet.", TODAY)
    assert panel.views.text() == "03-12-2026: Klopt niet."      # reloaded via the runner
    services.ops.run(add_signal_view, secret, None, "Ook niet.", TODAY)
    panel.show_signal(nb.signals.get(secret))
    assert panel.views.text() == ""
    panel.reveal.click()
    assert panel.views.text() == "03-12-2026: Ook niet."
