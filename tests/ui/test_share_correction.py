""""Correctie sturen" from the register view and from a young person: the share wizard opens as
a correction (the profile's correction purpose, the earlier recipients and subjects), is driven
to an exported PDF (read back with pypdf) and a new register record that refers to the earlier
one. And on the check page a text the screener flagged can be recategorised in the signal
editor (saved through the ops runner), after which the check no longer flags it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QPushButton, QWizard

from jongerenwerk_desk.sharing import DisclosureRegister, ExportOptions, export_disclosure
from jongerenwerk_desk.sharing import prepare_disclosure as prepare
from jongerenwerk_desk.sharing.request_builder import correction_id
from jongerenwerk_desk.ui.services import FakePrompter
from jongerenwerk_desk.ui.share.register_view import RegisterDialog
from jongerenwerk_desk.ui.share.wizard import PageId
from jongerenwerk_desk.ui.views.person_panel import PersonPanel
from tests.sharing_world import (
    OWN_PARTY,
    PASSPHRASE,
    TODAY,
    allowed_selection,
    demo_profile,
    make_notebook,
    populate,
)
from tests.ui import share_helpers as h

CORRECTION = "Hoort sinds november niet meer bij de groep; de vermelding klopt niet meer."


@pytest.fixture
def world(tmp_path):
    """The sharing world with one earlier disclosure: Jan and Fatima, to burgemeester and
    politie, on 20-11-2026; the sender every export names is filled in."""
    w = populate(make_notebook(tmp_path))
    for key, value in h.SENDER.items():             # the export page asks for a sender
        w.nb.settings.set(key, value)
    folder = tmp_path / "uit1"
    folder.mkdir()
    selection, grounds = allowed_selection(w)
    w.first = export_disclosure(w.nb, PASSPHRASE, prepare(
        w.nb, selection, grounds, demo_profile(), TODAY, OWN_PARTY), ExportOptions(
        folder=folder, actor="jw-tester", created_at=datetime(2026, 11, 20, 10, tzinfo=UTC)))
    yield w
    w.nb.close()


def _driver(prompter: FakePrompter, out, seen: dict, expect_people: set[int]):
    """A ``run_dialog`` answer that drives the correction wizard to an export in ``out``."""
    def drive(wizard) -> int:
        wizard.show()
        draft = wizard.session.draft
        seen["purpose"], seen["recipients"] = draft.purpose, list(draft.recipients)
        seen["people"] = set(draft.person_ids)
        seen["subtitle"] = wizard.currentPage().subTitle()
        assert set(draft.person_ids) == expect_people
        wizard.next()                             # a correction skips the items page
        assert wizard.currentId() == PageId.GROUNDS
        page = wizard.currentPage()
        page.fields["subsidiarity"].setPlainText(
            "Alleen een correctie op naam haalt de vermelding weg bij de ontvangers.")
        for key, widget in page.fields.items():
            if key.endswith("-identiteit"):
                widget.setText("Nodig zodat de ontvangers weten over wie het gaat.")
            elif key.endswith("-correctie"):
                widget.setText(CORRECTION)
        wizard.next()
        assert wizard.currentId() == PageId.CHECK, wizard.page_of(PageId.CHECK).evaluation
        seen["blocked"] = wizard.page_of(PageId.CHECK).evaluation.blocked
        h.acknowledge_all(wizard)
        wizard.next()
        wizard.next()
        assert wizard.currentId() == PageId.EXPORT
        wizard.currentPage().set_folder(out)
        prompter.script("passphrase", PASSPHRASE)
        wizard.button(QWizard.WizardButton.FinishButton).click()
        seen["record"] = wizard.record
        wizard.hide()
        return QDialog.DialogCode.Accepted
    return drive


def _pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_send_correction_from_the_register_view(qtbot, world, tmp_path) -> None:
    out = tmp_path / "correctie"
    out.mkdir()
    prompter, seen = FakePrompter(), {}
    dialog = RegisterDialog(world.nb, demo_profile(), h.services(prompter))
    qtbot.addWidget(dialog)
    assert not dialog.correction_button.isEnabled()         # nothing chosen yet
    dialog.table.selectRow(0)
    assert dialog.correction_button.isEnabled()
    prompter.script("run_dialog", _driver(prompter, out, seen, {world.jan, world.fatima}))
    dialog.correction_button.click()

    assert seen["purpose"] == "correctie" and not seen["blocked"]
    assert set(seen["recipients"]) == set(world.first.recipients)
    assert "20-11-2026" in seen["subtitle"]
    record = seen["record"]
    assert record is not None and record.id == world.first.id + 1
    assert record.purpose == "correctie" and set(record.person_ids) == {world.jan, world.fatima}
    assert set(record.recipients) == set(world.first.recipients)
    items = record.request["items"]
    assert items and {i["corrects"] for i in items} == {correction_id(world.first.id)}
    assert [e["id"] for e in record.request["earlier_disclosures"]] == [
        correction_id(world.first.id)]
    text = _pdf_text(out / record.file_names[0])
    assert "niet meer bij de groep" in text
    assert "Fatima" not in text and "Jan de Vries" not in text
    assert DisclosureRegister(world.nb).verify() == []
    assert dialog.model.rowCount() == 2                     # the register shows it at once


def test_send_correction_from_a_young_person(qtbot, world, tmp_path) -> None:
    out = tmp_path / "correctie"
    out.mkdir()
    prompter, seen = FakePrompter(), {}
    panel = PersonPanel(world.nb, demo_profile(), h.services(prompter))
    qtbot.addWidget(panel)
    panel.show_person(world.nb.people.get(world.fatima))
    assert panel.disclosures.rowCount() == 1
    assert panel.disclosures.current_id() == world.first.id
    prompter.script("run_dialog", _driver(prompter, out, seen, {world.fatima}))
    panel.send_correction.click()

    record = seen["record"]
    assert record.person_ids == (world.fatima,) and record.purpose == "correctie"
    assert {i["corrects"] for i in record.request["items"]} == {correction_id(world.first.id)}
    assert "niet meer bij de groep" in _pdf_text(out / record.file_names[0])
    assert panel.disclosures.rowCount() == 2                # the correction is listed too


def test_a_flagged_text_is_recategorised_from_the_check_page(qtbot, tmp_path) -> None:
    """CATEGORY_SUSPECTED: instead of confirming, the worker opens the signal and chooses
    the health category; the save goes through the ops runner and the check runs again."""
    import datetime as dt

    from jongerenwerk_desk.notebook.models import Signal
    from jongerenwerk_desk.ui.share import ShareWizard

    built = h.build_world(tmp_path)
    nb = built.notebook
    sid = nb.signals.add(Signal(occurred_at=dt.datetime(2026, 11, 21, 19, tzinfo=dt.UTC),
                                category="groepsgedrag", verified=True,
                                text="De groep blowt elke avond achter de sporthal.",
                                group_ids=[built.group_id]))
    prompter = FakePrompter()
    services = h.services(prompter)
    saved: list = []
    services.ops.changed.connect(saved.append)
    wizard = ShareWizard(nb, h.profile(tmp_path), services, group_id=built.group_id)
    qtbot.addWidget(wizard, before_close_func=h.quiet_close)
    wizard.show()
    wizard.session.draft.reviewed_free_text.add(f"S{sid}")
    h.choose_purpose(wizard)
    wizard.next()
    h.pick(wizard, persons=[], signals=[sid], identity=False)
    wizard.next()
    h.fill_grounds(wizard)
    wizard.next()
    check = wizard.page_of(PageId.CHECK)
    assert [f.item for f in check.evaluation.assessment.findings
            if f.code == "CATEGORY_SUSPECTED"] == [f"S{sid}"]
    assert check.evaluation.blocked

    def choose_health(editor) -> int:
        assert editor.entity.id == sid
        editor.category.setCurrentIndex(editor.category.findData("gezondheid"))
        editor.accept()
        return editor.result()

    prompter.script("run_dialog", choose_health)
    check.findChild(QPushButton, f"recategorise_S{sid}").click()
    assert nb.signals.get(sid).category == "gezondheid"     # saved in the notebook
    assert saved, "the save went through services.ops"
    findings = check.evaluation.assessment.findings
    assert "CATEGORY_SUSPECTED" not in {f.code for f in findings}
    assert check.findChild(QPushButton, f"recategorise_S{sid}") is None
    nb.close()


def test_an_erased_young_person_is_left_out_of_the_correction(qtbot, world, tmp_path) -> None:
    """Jan was erased after the disclosure: the correction from the register is about Fatima
    only, and nothing about Jan can be rebuilt."""
    from jongerenwerk_desk.notebook import ops

    ops.erase_person(world.nb, world.jan)
    out = tmp_path / "correctie"
    out.mkdir()
    prompter, seen = FakePrompter(), {}
    dialog = RegisterDialog(world.nb, demo_profile(), h.services(prompter))
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    prompter.script("run_dialog", _driver(prompter, out, seen, {world.fatima}))
    dialog.correction_button.click()
    assert seen["record"].person_ids == (world.fatima,) and not seen["blocked"]


@pytest.mark.parametrize("gone", ["purpose", "group"])
def test_a_correction_that_cannot_be_made_says_why_in_dutch(qtbot, dutch, world, tmp_path,
                                                            gone) -> None:
    """A profile without a correction purpose, or a group deleted since: a clear Dutch
    message, no wizard, nothing recorded."""
    from jongerenwerk_desk.notebook import ops

    profile = h.profile(tmp_path) if gone == "purpose" else demo_profile()
    if gone == "group":
        ops.delete_group(world.nb, world.group)
    prompter = FakePrompter()              # no run_dialog answer: opening a wizard would fail
    dialog = RegisterDialog(world.nb, profile, h.services(prompter))
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    dialog.correction_button.click()
    (call,) = [c for c in prompter.calls if c.kind == "error"]
    assert call.title == "Correctie sturen"
    expected = ("geen doel voor correcties" if gone == "purpose"
                else "niet meer in het notitieboek")
    assert expected in call.text
    assert len(DisclosureRegister(world.nb).list()) == 1
