"""Regression tests from the keyboard GUI test at 1366x768 (views and editors): long values
never widen the window, length and phone rules in Dutch-ready messages, arrow keys from row
1, columns fitted, confidential categories masked, partner names, the sort arrow, erase
naming the person, and the empty-notebook hint."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QStyleOptionHeader

from jongerenwerk_desk.notebook.models import Consent, PartnerContact, YoungPerson
from jongerenwerk_desk.ui.editors.base import MAX_LINE_CHARS, mark_invalid
from jongerenwerk_desk.ui.editors.partner_editor import PartnerEditor
from jongerenwerk_desk.ui.editors.person_editor import PersonEditor
from jongerenwerk_desk.ui.editors.signal_editor import SignalEditor
from jongerenwerk_desk.ui.main_window import GROUPS, PEOPLE, SIGNALS, NotebookWidget
from jongerenwerk_desk.ui.views.panel_base import MAX_COLUMN_PX, breakable
from jongerenwerk_desk.ui.views.partners_dialog import PartnersDialog
from jongerenwerk_desk.ui.views.tables import signals_model
from tests.ui import views_support as support
from tests.ui.views_support import seed_small, texts_of_model

LONG_NAME = "Q" * 300          # what the tester typed: 300 characters, no spaces


@pytest.fixture
def framed(qtbot, nb, profile, services):
    """The NotebookWidget inside a QMainWindow of 1200x700, shown (so layouts really run)."""
    window = QMainWindow()
    widget = NotebookWidget(nb, profile, services)
    window.setCentralWidget(widget)
    window.statusBar().showMessage("status")
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    return window, widget


def test_a_300_character_name_does_not_widen_the_window(qtbot, nb, framed) -> None:
    window, widget = framed
    seed_small(nb)
    width_before = window.width()
    person_id = nb.people.add(YoungPerson(name=LONG_NAME, nickname="N" * 150,
                                          neighbourhood="W" * 200))
    widget.show_view(PEOPLE)
    widget.people_view.model.reload()
    assert widget.people_view.select_id(person_id)
    QApplication.processEvents()
    assert widget.person_panel.detail_labels["name"].text() == LONG_NAME   # shown in full
    assert window.width() == width_before
    assert window.minimumSizeHint().width() < 1200
    # the list keeps a usable width and the status bar stays inside the window
    assert widget.people_view.width() > 400
    assert window.statusBar().geometry().bottom() < window.height()
    widget.people_view.select_id(nb.people.page(0, 10, "name")[0].id)   # select another
    QApplication.processEvents()
    assert window.width() == width_before


def test_breakable_only_touches_long_runs() -> None:
    assert breakable("Ava Bakker") == "Ava Bakker"
    broken = breakable("x" * 60)
    assert broken.replace("\u200b", "") == "x" * 60 and broken.count("\u200b") == 2


def test_name_longer_than_the_limit_is_refused_in_words(qtbot, nb) -> None:
    editor = PersonEditor(nb)
    qtbot.addWidget(editor)
    editor.name.setText(LONG_NAME)                      # pasted: not cut off silently
    editor.save_button.click()
    assert editor.result() == 0 and nb.people.count() == 0
    assert editor.errors() and str(MAX_LINE_CHARS) in editor.errors()[0]
    assert "300" in editor.errors()[0] and LONG_NAME not in editor.errors()[0]
    editor.name.setText("Q" * MAX_LINE_CHARS)
    editor.save_button.click()
    assert editor.errors() == [] and nb.people.count() == 1


def test_existing_long_value_is_loaded_whole(qtbot, nb) -> None:
    person_id = nb.people.add(YoungPerson(name=LONG_NAME))
    editor = PersonEditor(nb, nb.people.get(person_id))
    qtbot.addWidget(editor)
    assert editor.name.text() == LONG_NAME


@pytest.mark.parametrize("make", [lambda nb, profile: PersonEditor(nb),
                                  lambda nb, profile: PartnerEditor(nb, profile)])
def test_phone_message_states_the_real_rule(qtbot, nb, profile, make) -> None:
    editor = make(nb, profile)
    qtbot.addWidget(editor)
    editor.phone.setText("12345")                       # digits only, but too short
    problems = [p.message for p in editor.validate() if p.widget is editor.phone]
    assert len(problems) == 1
    assert "6 to 20" in problems[0] and "'+' only at the start" in problems[0]
    editor.phone.setText("06+12345678")
    assert [p for p in editor.validate() if p.widget is editor.phone]
    editor.phone.setText("+31 6 1234 5678")
    assert not [p for p in editor.validate() if p.widget is editor.phone]


def test_arrow_keys_start_at_the_first_row(qtbot, nb, framed) -> None:
    _window, widget = framed
    ids = seed_small(nb)
    widget.show_view(PEOPLE)
    view = widget.people_view
    view.model.reload()
    view.table.clearSelection()
    view.search.setFocus()
    QTest.keyClick(view.search, Qt.Key.Key_Tab)          # into the list, as the tester did
    QApplication.processEvents()
    first = view.current()
    assert first is not None and first.id == view.model.row_object(0).id    # row 1 selected
    QTest.keyClick(view.table, Qt.Key.Key_Down)
    assert view.current().id == view.model.row_object(1).id                  # then row 2
    assert {first.id, view.current().id} == {ids["sem"], ids["ava"]}


def test_one_row_list_is_selectable_by_keyboard(qtbot, nb, framed) -> None:
    _window, widget = framed
    nb.people.add(YoungPerson(name="Enige Jongere"))
    widget.show_view(PEOPLE)
    view = widget.people_view
    view.model.reload()
    view.table.setCurrentIndex(view.model.index(0, 0))
    view.table.clearSelection()                          # current but not selected
    view.search.setFocus()
    QTest.keyClick(view.search, Qt.Key.Key_Tab)          # into the list
    QApplication.processEvents()
    QTest.keyClick(view.table, Qt.Key.Key_Down)          # Down in a one-row list
    assert view.current() is not None and view.current().name == "Enige Jongere"
    assert widget.person_panel.detail_labels["name"].text() == "Enige Jongere"


def test_headers_are_never_narrower_than_their_text(qtbot, nb, framed) -> None:
    _window, widget = framed
    for view in widget.views:
        header = view.table.horizontalHeader()
        for column in range(view.model.columnCount() - 1):     # the last one stretches
            assert header.sectionSize(column) >= header.sectionSizeHint(column)


def test_consents_table_keeps_every_column_reachable(qtbot, nb, profile, framed) -> None:
    _window, widget = framed
    ids = seed_small(nb)
    purpose = profile.purposes[0].id
    nb.consents.add(Consent(person_id=ids["sem"], given_by="youth", purpose=purpose,
                            recipients=[p.id for p in profile.parties],
                            given_on=date(2026, 1, 5), form="schriftelijk"))
    widget.show_view(PEOPLE)
    widget.people_view.model.reload()
    widget.people_view.select_id(ids["sem"])
    table = widget.person_panel.consents
    assert table.rowCount() == 1
    header = table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(table.columnCount() - 1)]
    assert all(0 < w <= MAX_COLUMN_PX for w in widths)
    long_cells = [table.item(0, c) for c in range(table.columnCount())
                  if len(table.item(0, c).text()) > 30]
    assert all(item.toolTip() == item.text() for item in long_cells)


def test_confidential_category_is_masked_in_the_list_and_panel(qtbot, nb, profile,
                                                               framed) -> None:
    _window, widget = framed
    ids = seed_small(nb)
    health = next(c for c in profile.categories if c.id != "groepsgedrag")
    signal = nb.signals.get(ids["s2"])                   # confidential
    nb.signals.update(signal.__class__(**{**signal.__dict__, "category": health.id}))
    model = signals_model(nb, profile)
    model.reload()
    assert health.title not in texts_of_model(model)
    widget.show_view(SIGNALS)
    widget.signals_view.model.reload()
    widget.signals_view.select_id(ids["s2"])
    panel = widget.signal_panel
    assert panel.fields["category"].text() != health.title
    panel.reveal.click()
    assert panel.fields["category"].text() == health.title
    widget.signals_view.select_id(ids["s1"])             # not confidential: shown at once
    assert panel.fields["category"].text() != ""


def test_partner_column_shows_the_party_name(qtbot, nb, profile, services) -> None:
    party = profile.parties[0]
    nb.partners.add(PartnerContact(organisation="Gemeente", name="Contact", party_id=party.id))
    dialog = PartnersDialog(nb, profile, services)
    qtbot.addWidget(dialog)
    texts = texts_of_model(dialog.model)
    assert party.name in texts
    assert party.id not in texts or party.id == party.name


def test_sort_arrow_points_down_for_newest_first(qtbot, nb, framed) -> None:
    _window, widget = framed
    header = widget.signals_view.table.horizontalHeader()
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert QApplication.style().name().lower() == "fusion"   # the Linux default
    widget.setStyleSheet("QTableView:focus { border: 2px solid blue; }")   # as the shell does
    option = QStyleOptionHeader()
    header.initStyleOptionForIndex(option, header.sortIndicatorSection())
    assert option.sortIndicator == QStyleOptionHeader.SortIndicator.SortDown   # drawn ▼


def test_erase_warning_names_the_person_but_the_title_does_not(qtbot, nb, framed,
                                                               services) -> None:
    _window, widget = framed
    ids = seed_small(nb)
    widget.show_view(PEOPLE)
    widget.people_view.model.reload()
    widget.people_view.select_id(ids["sem"])
    services.prompter.script("confirm", False)
    widget.delete_action.trigger()
    call = services.prompter.calls[-1]
    assert support.MARKER_NAME in call.text
    assert support.MARKER_NAME not in call.title


def test_empty_notebook_says_what_to_do_first(qtbot, nb, framed) -> None:
    _window, widget = framed
    for index, shortcut in ((PEOPLE, "Ctrl+Shift+J"), (GROUPS, "Ctrl+Shift+G"),
                            (SIGNALS, "Ctrl+N")):
        widget.show_view(index)
        hint = widget.views[index].empty_hint
        assert hint.isVisible() and shortcut in hint.text()
    nb.people.add(YoungPerson(name="Eerste Jongere"))
    widget.show_view(PEOPLE)
    widget.people_view.model.reload()
    assert not widget.people_view.empty_hint.isVisible()


def test_time_field_error_mark_keeps_the_spin_arrows(qtbot, nb, profile) -> None:
    editor = SignalEditor(nb, profile)
    qtbot.addWidget(editor)
    editor.day.setDate(QDate(2026, 3, 29))               # 02:30 does not exist that night
    editor.clock.setTime(QTime(2, 30))
    editor.save_button.click()
    spin = editor.clock
    assert spin.property("invalid") is True
    mark_invalid(spin, True)
    assert spin.styleSheet() == "" and spin.property("invalid") is True   # palette, no sheet
    mark_invalid(spin, False)
    assert spin.property("invalid") is False
