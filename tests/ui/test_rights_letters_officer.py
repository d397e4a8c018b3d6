"""Issue 12, the remaining rights screens with real widgets on a real notebook: the informing
letters from the person panel (PDF read back, informing record through the ops runner), a
legal hold in the retention dialog, and the privacy officer's documents."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import Qt

from jongerenwerk_desk.notebook.models import LegalRepresentative, YoungPerson
from jongerenwerk_desk.notebook.ops import save_person, save_representative
from jongerenwerk_desk.ui.services import FakePrompter, Services
from jongerenwerk_desk.ui.views.person_panel import PersonPanel

TODAY = date(2026, 12, 3)


def _pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def _panel(qtbot, nb, profile, prompter, birth_date):
    services = Services.for_tests(prompter=prompter, synchronous=True)
    person = save_person(nb, YoungPerson(name="Lotte Brief", birth_date=birth_date)).value
    panel = PersonPanel(nb, profile, services)
    panel.today = lambda: TODAY
    qtbot.addWidget(panel)
    panel.show()
    panel.show_person(nb.people.get(person))
    return panel, person


def test_letters_for_young_person_and_parents_saved_and_recorded(qtbot, nb, profile,
                                                                 tmp_path):
    youth_pdf, parents_pdf = tmp_path / "jongere.pdf", tmp_path / "ouders.pdf"
    seen = {}

    def choose(dialog):
        seen["parents_ticked"] = dialog.parents.isChecked()   # 14 years old: both letters
        seen["addressed"] = dialog.addressed.text()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    prompter = (FakePrompter().script("run_dialog", choose).script("save_file", youth_pdf)
                .script("save_file", parents_pdf))
    panel, person = _panel(qtbot, nb, profile, prompter, date(2012, 5, 1))
    save_representative(nb, LegalRepresentative(person_id=person, name="Mira Brief",
                                                relation="moeder"))
    panel.tabs.setCurrentIndex(2)
    assert panel.informing.rowCount() == 0
    qtbot.mouseClick(panel.letter, Qt.MouseButton.LeftButton)
    assert seen == {"parents_ticked": True,
                    "addressed": "The parents' letter is addressed to: Mira Brief."}
    saves = [c for c in prompter.calls if c.kind == "save_file"]
    assert [c.text for c in saves] == ["informatiebrief-jongere-2026-12-03.pdf",
                                       "informatiebrief-ouders-2026-12-03.pdf"]
    youth, parents = _pdf_text(youth_pdf), _pdf_text(parents_pdf)
    assert "Beste Lotte Brief" in youth and "Wat wij over jou opschrijven" in youth
    assert "Aan Mira Brief, ouder of voogd van Lotte Brief" in parents
    records = nb.informing.for_person(person)
    assert sorted((r.who, r.how, r.informed_on) for r in records) == [
        ("parents", "informatiebrief", TODAY), ("youth", "informatiebrief", TODAY)]
    assert all(r.note.startswith("Informatiebrief. Doelen: ") for r in records)
    assert panel.informing.rowCount() == 2           # reloaded from the runner's signal
    assert prompter.kinds()[-1] == "inform"


def test_letter_cancelled_records_nothing(qtbot, nb, profile):
    def untick_parents(dialog):
        assert not dialog.parents.isChecked()          # 17: the young person alone
        dialog.save()
        return dialog.result()

    prompter = FakePrompter().script("run_dialog", untick_parents).script("save_file", None)
    panel, person = _panel(qtbot, nb, profile, prompter, date(2009, 1, 1))
    qtbot.mouseClick(panel.letter, Qt.MouseButton.LeftButton)
    assert nb.informing.for_person(person) == []
    assert prompter.kinds() == ["run_dialog", "save_file"]


def test_letter_dialog_needs_a_choice(qtbot, nb, profile):
    from jongerenwerk_desk.ui.rights.letters import InformingLetterDialog

    person = save_person(nb, YoungPerson(name="Lotte Brief")).value
    dialog = InformingLetterDialog(nb, profile, Services.for_tests(), person, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.parents.isChecked()                  # birth date unknown: parents too
    assert "No legal representative" in dialog.addressed.text()
    dialog.youth.setChecked(False)
    dialog.parents.setChecked(False)
    assert not dialog.save_button.isEnabled()




def test_new_dialogs_are_dutch_without_mnemonic_clash_and_pass_the_audit(qtbot, dutch, nb,
                                                                        profile):
    from PySide6.QtWidgets import QApplication

    from jongerenwerk_desk.ui.rights.dialogs import RetentionDialog, RetentionHoldDialog
    from jongerenwerk_desk.ui.rights.letters import InformingLetterDialog
    from jongerenwerk_desk.ui.rights.officer import PrivacyOfficerDialog
    from jongerenwerk_desk.ui.rights.requests import OpenRequestsDialog
    from tests.ui.a11y_audit import audit
    from tests.ui.views_support import mnemonic_clashes

    person = save_person(nb, YoungPerson(name="Lotte Brief")).value
    services = Services.for_tests()
    dialogs = [InformingLetterDialog(nb, profile, services, person, TODAY),
               RetentionHoldDialog(services, "person", person, TODAY),
               RetentionDialog(nb, services), PrivacyOfficerDialog(nb, services),
               OpenRequestsDialog(nb, services)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        assert mnemonic_clashes(dialog) == {}, dialog.windowTitle()
        assert audit(dialog) == [], dialog.windowTitle()
    assert dialogs[0].windowTitle() == "Informatiebrief"
    assert dialogs[0].save_button.text() == "Opslaan als &PDF…"


def test_legal_hold_needs_reason_and_date_and_updates_the_preview(qtbot, tmp_path):
    from datetime import UTC, datetime, timedelta

    from PySide6.QtCore import QDate

    from jongerenwerk_desk.notebook.models import Signal
    from jongerenwerk_desk.rights import retention
    from jongerenwerk_desk.ui.rights.dialogs import RetentionDialog
    from tests.unit.rights_world import make_world

    world = make_world(tmp_path)
    try:
        old = datetime.now(UTC) - timedelta(days=1000)
        kept = world.nb.signals.add(Signal(occurred_at=old, category="groepsgedrag",
                                           text="oud"))
        seen = []

        def hold(dialog):
            today = date.today()
            dialog.until.setDate(QDate(today.year, today.month, today.day))
            dialog.reason.setText("Klacht loopt")
            dialog.save()                                   # date not in the future
            seen.append(dialog.error.text())
            dialog.reason.setText("")
            dialog.until.setDate(QDate(today.year + 1, 1, 31))
            dialog.save()                                   # no reason
            seen.append(dialog.error.text())
            dialog.reason.setText("Klacht loopt")
            dialog.save()
            return dialog.result()

        prompter = FakePrompter().script("run_dialog", hold)
        services = Services.for_tests(prompter=prompter, synchronous=True)
        services.ops.attach(world.nb)
        dialog = RetentionDialog(world.nb, services)
        qtbot.addWidget(dialog)
        assert dialog.count_labels["signal"].text() == "1"
        assert not dialog.postpone_button.isEnabled()       # nothing chosen yet
        dialog.items.setCurrentRow(0)
        qtbot.mouseClick(dialog.postpone_button, Qt.MouseButton.LeftButton)
        assert seen == ["Kies een datum in de toekomst tot wanneer het uitstel geldt.",
                        "Uitstel kan alleen met een reden."]
        assert dialog.count_labels["signal"].text() == "0"
        assert dialog.count_labels["postponed"].text() == "1"
        assert dialog.items.item(0).text() == "Nothing is past its retention period."
        assert not dialog.delete_button.isEnabled()
        after = retention.preview(world.nb, date.today())
        assert [(i.kind, i.item_id) for i in after.postponed] == [("signal", kept)]
        assert after.due == ()
    finally:
        world.nb.close()


def test_privacy_officer_documents_and_breach_overview_as_pdf(qtbot, tmp_path):
    from jongerenwerk_desk.ui.rights.officer import PrivacyOfficerDialog
    from tests.unit.rights_world import make_world

    world = make_world(tmp_path)
    try:
        first = world.disclosures[0]
        out = tmp_path / "fg"
        out.mkdir()
        prompter = (FakePrompter().script("save_file", out / "register.pdf")
                    .script("save_file", out / "dpia.pdf")
                    .script("save_file", out / "toezicht.pdf")
                    .script("open_file", world.folder / first.file_name)
                    .script("save_file", out / "datalek.pdf")
                    .script("open_file", tmp_path / "onbekend.pdf"))
        services = Services.for_tests(prompter=prompter, synchronous=True)
        services.ops.attach(world.nb)
        dialog = PrivacyOfficerDialog(world.nb, services, today=TODAY)
        qtbot.addWidget(dialog)
        before = world.nb.audit.count()
        for button in (dialog.record_button, dialog.dpia_button, dialog.oversight_button,
                       dialog.export_button):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert sorted(dialog.saved) == ["breach", "dpia_annex", "oversight",
                                        "processing_record"]
        assert "a. Verwerkingsverantwoordelijke en contact" in _pdf_text(out / "register.pdf")
        assert "Verschillen met het modelconvenant" in _pdf_text(out / "dpia.pdf")
        figures = _pdf_text(out / "toezicht.pdf")
        assert "Cijfers voor toezicht" in figures and "Verstrekkingen in het register: 2." \
            in figures
        breach = _pdf_text(out / "datalek.pdf")
        assert "Overzicht datalek" in breach and "Sam Voorbeeld" in breach
        assert "Politie, basisteam Voorbeeldstad" in breach
        summary = dialog.breach_summary.text()
        assert summary.startswith("Data breach: 1 young people (1 under 16") \
            and "Sam" not in summary
        actions = [e.action for e in world.nb.audit.page(before, 10, sort_key="id")]
        assert sorted(actions) == ["breach", "dpia_annex", "oversight", "processing_record"]
        saves = [c.text for c in prompter.calls if c.kind == "save_file"]
        assert saves[0] == "verwerkingsregister-2026-12-03.pdf"
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)   # not in register
        assert dialog.breach_summary.text().startswith("This file is not in the register")
        assert prompter.kinds()[-1] == "inform" and prompter.pending == []
    finally:
        world.nb.close()


def test_notebook_menu_has_the_privacy_officer_entry(qtbot, tmp_path):
    from jongerenwerk_desk.ui.services import FakeClock, TaskRunner
    from jongerenwerk_desk.ui.shell.clipboard import SecureClipboard
    from jongerenwerk_desk.ui.shell.settings import AppSettings
    from jongerenwerk_desk.ui.shell.window import ShellWindow

    clock = FakeClock()
    services = Services(FakePrompter(), TaskRunner(), clock, SecureClipboard(clock))
    win = ShellWindow(services, AppSettings(tmp_path / "s.ini"), None, use_dbus=False)
    qtbot.addWidget(win)
    action = next(a for a in win.notebook_menu.actions()
                  if a.text() == "For the privacy &officer…")
    assert action in win.unlocked_only and not action.isEnabled()    # locked: unavailable


def test_open_requests_list_with_deadlines_and_mark_answered(qtbot, nb):
    from jongerenwerk_desk.notebook.ops import register_subject_request
    from jongerenwerk_desk.notebook.rights_queries import subject_requests
    from jongerenwerk_desk.ui.rights.requests import OpenRequestsDialog

    late = save_person(nb, YoungPerson(name="Lotte Brief", birth_date=date(2010, 2, 3))).value
    soon = save_person(nb, YoungPerson(name="Ravi Rechten")).value
    register_subject_request(nb, late, "access", date(2026, 10, 20), "ID-kaart gezien")
    register_subject_request(nb, soon, "erasure", date(2026, 11, 30), "paspoort gezien")
    prompter = FakePrompter().script("confirm", False).script("confirm", True)
    services = Services.for_tests(prompter=prompter, synchronous=True)
    services.ops.attach(nb)
    dialog = OpenRequestsDialog(nb, services, today=TODAY)
    qtbot.addWidget(dialog)
    rows = [[dialog.table.item(r, c).text() for c in range(5)]
            for r in range(dialog.table.rowCount())]
    assert rows == [["L.B. (2010)", "access", "20-10-2026", "20-11-2026", "overdue by 13 days"],
                    ["R.R. (?)", "erasure", "30-11-2026", "30-12-2026", "27"]]
    assert not dialog.answered_button.isEnabled()
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.answered_button, Qt.MouseButton.LeftButton)   # not confirmed
    assert dialog.table.rowCount() == 2
    qtbot.mouseClick(dialog.answered_button, Qt.MouseButton.LeftButton)
    assert [(r.person_id, r.completed_on) for r in subject_requests(nb, person_id=late)] == [
        (late, TODAY)]
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "R.R. (?)"
