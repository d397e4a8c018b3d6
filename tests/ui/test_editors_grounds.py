"""Editors for what the version-2 check needs per young person (conflict of duties, vital
interest, refusal, legal representative), the consent's data scope, end date and age rule,
and the person panel's Grounds tab: real widgets on a real notebook, writes through the
door."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from jongerenwerk_desk.notebook.models import RefusalRecord
from jongerenwerk_desk.ui.editors.consent_editor import ConsentEditor
from jongerenwerk_desk.ui.editors.grounds_editor import (
    ConflictOfDutiesEditor,
    RefusalEditor,
    RepresentativeEditor,
    VitalInterestEditor,
)
from jongerenwerk_desk.ui.main_window import NotebookWidget
from tests.ui.views_support import seed_small

TODAY = date(2026, 11, 29)


def test_conflict_of_duties_editor_validates_and_saves(qtbot, nb, profile) -> None:
    ids = seed_small(nb)
    editor = ConflictOfDutiesEditor(nb, ids["sem"], valid_days=profile.conflict_advice_valid_days,
                                    today=TODAY)
    qtbot.addWidget(editor)
    assert any("30 days" in label.text() for label in editor.findChildren(QLabel))
    editor.consulted_on.setText("30-11-2026")  # in the future
    editor.save_button.click()
    assert len(editor.errors()) == 3 and editor.saved_id is None
    editor.reasoning.setPlainText("Hij wordt gedwongen op de uitkijk te staan en is bang.")
    editor.consulted.setCurrentIndex(editor.consulted.findData("aandachtsfunctionaris"))
    editor.consulted_on.setText("22-11-2026")
    editor.advice.setPlainText("Deel alleen zijn rol; vertel het hem vooraf.")
    editor.save_button.click()
    record = nb.conflicts.get(editor.saved_id)
    assert (record.consulted, record.consulted_on) == ("aandachtsfunctionaris",
                                                        date(2026, 11, 22))


def test_vital_interest_refusal_and_representative_editors(qtbot, nb, profile) -> None:
    ids = seed_small(nb)
    vital = VitalInterestEditor(nb, ids["sem"], youth_alone_from=16, today=TODAY)
    qtbot.addWidget(vital)
    vital.save_button.click()
    assert len(vital.errors()) == 2
    vital.reason.setPlainText("Twee keer flauwgevallen bij de groep.")
    vital.consent_impossible.setPlainText("Ligt buiten bewustzijn in het ziekenhuis.")
    vital.save_button.click()
    assert nb.vital_interests.get(vital.saved_id).recorded_on == TODAY

    refusal = RefusalEditor(nb, profile, ids["sem"], today=TODAY)
    qtbot.addWidget(refusal)
    refusal.save_button.click()
    assert len(refusal.errors()) == 1          # purpose
    refusal.purpose.setCurrentIndex(refusal.purpose.findData("groepsduiding"))
    refusal.save_button.click()
    assert nb.refusals.get(refusal.saved_id) == RefusalRecord(
        id=refusal.saved_id, person_id=ids["sem"], refused_by="youth", refused_on=TODAY,
        purpose="groepsduiding")

    rep = RepresentativeEditor(nb, ids["sem"])
    qtbot.addWidget(rep)
    rep.save_button.click()
    assert len(rep.errors()) == 1
    QTest.keyClicks(rep.name, "M. Jansen")
    QTest.keyClicks(rep.relation, "moeder")
    rep.save_button.click()
    stored = nb.representatives.get(rep.saved_id)
    assert (stored.name, stored.relation, stored.has_authority, stored.contact) == (
        "M. Jansen", "moeder", True, "")


def test_consent_scope_end_date_and_age_rule(qtbot, nb, profile) -> None:
    ids = seed_small(nb)   # Sem, born 2010-05-17: 16 on TODAY
    editor = ConsentEditor(nb, profile, ids["sem"], today=TODAY)
    qtbot.addWidget(editor)
    rule = editor.age_rule.text()
    assert "Under 12" in rule and "from 16 the young person" in rule
    assert "Age 16: needed is Young person." in rule
    editor.purpose.setCurrentIndex(editor.purpose.findData("groepsduiding"))
    for row in range(editor.recipients.count()):
        item = editor.recipients.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == "politie":
            item.setCheckState(Qt.CheckState.Checked)
    editor.all_categories.setChecked(False)
    editor.save_button.click()
    assert len(editor.errors()) == 1 and editor.saved_id is None   # no category ticked
    for row in range(editor.categories.count()):
        item = editor.categories.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in ("identiteit", "rol-in-groep"):
            item.setCheckState(Qt.CheckState.Checked)
    editor.ends_on.setText("01-01-2020")       # before the date given
    editor.save_button.click()
    assert len(editor.errors()) == 1
    editor.ends_on.setText("31-05-2027")
    editor.save_button.click()
    consent = nb.consents.get(editor.saved_id)
    assert consent.categories == ["identiteit", "rol-in-groep"]
    assert consent.ends_on == date(2027, 5, 31)
    again = ConsentEditor(nb, profile, ids["sem"], consent, today=TODAY)
    qtbot.addWidget(again)
    assert again.chosen_categories() == ["identiteit", "rol-in-groep"]


def test_age_rule_follows_the_profile(qtbot, nb, profile) -> None:
    from dataclasses import replace

    ids = seed_small(nb)
    other = replace(profile, consent_age_parents_only_below=13, consent_age_youth_alone_from=17)
    editor = ConsentEditor(nb, other, ids["sem"], today=TODAY)   # Sem is 16
    qtbot.addWidget(editor)
    rule = editor.age_rule.text()
    assert "Under 13" in rule and "from 17" in rule and "12" not in rule
    assert "Age 16: needed is Young person and parents." in rule


@pytest.fixture
def widget(qtbot, nb, profile, services):
    w = NotebookWidget(nb, profile, services)
    qtbot.addWidget(w)
    return w


def test_person_panel_grounds_tab_adds_edits_and_deletes(qtbot, nb, widget, services) -> None:
    ids = seed_small(nb)
    widget.people_view.model.reload()
    widget.people_view.select_id(ids["sem"])
    panel = widget.person_panel
    panel.today = lambda: TODAY

    def fill_refusal(dialog):
        dialog.purpose.setCurrentIndex(dialog.purpose.findData("groepsduiding"))
        dialog.save_button.click()
        return dialog.result()

    services.prompter.script("run_dialog", fill_refusal)
    panel.add_refusal.click()
    assert panel.grounds.rowCount() == 1
    assert len(nb.refusals.for_person(ids["sem"])) == 1

    def fill_rep(dialog):
        QTest.keyClicks(dialog.name, "M. Jansen")
        dialog.save_button.click()
        return dialog.result()

    services.prompter.script("run_dialog", fill_rep)
    panel.add_representative.click()
    assert panel.grounds.rowCount() == 2
    panel.grounds.selectRow(1)
    services.prompter.script("confirm", True)
    panel.delete_ground.click()
    assert panel.grounds.rowCount() == 1
    assert nb.representatives.for_person(ids["sem"]) == []


def test_grounds_editors_are_dutch_without_mnemonic_clashes(qtbot, nb, profile, qapp) -> None:
    from PySide6.QtWidgets import QApplication

    from jongerenwerk_desk.ui.shell.i18n import install_translators
    from tests.ui.views_support import mnemonic_clashes

    ids = seed_small(nb)
    assert "views_nl.qm" in install_translators(qapp, "nl")
    try:
        editors = [ConflictOfDutiesEditor(nb, ids["sem"]), VitalInterestEditor(nb, ids["sem"]),
                   RefusalEditor(nb, profile, ids["sem"]), RepresentativeEditor(nb, ids["sem"]),
                   ConsentEditor(nb, profile, ids["sem"])]
        titles = []
        for editor in editors:
            qtbot.addWidget(editor)
            editor.show()
            QApplication.processEvents()
            assert mnemonic_clashes(editor) == {}, type(editor).__name__
            titles.append(editor.windowTitle())
            editor.close()
        assert titles[:4] == ["Conflict van plichten", "Vitaal belang", "Weigering om te delen",
                              "Wettelijk vertegenwoordiger"]
    finally:
        install_translators(qapp, "en")
