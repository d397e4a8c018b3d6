"""Person and group editors: add and edit through the widgets, Dutch inline validation,
dd-mm-jjjj birth dates, group stage changes recorded with a reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from jongerenwerk_desk.ui.editors.group_editor import GroupEditor, split_list
from jongerenwerk_desk.ui.editors.person_editor import PersonEditor
from tests.ui.views_support import seed_small

TODAY = date(2026, 11, 29)



def test_add_person_by_typing(qtbot, nb) -> None:
    editor = PersonEditor(nb, today=TODAY)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    QTest.keyClicks(editor.name, "Noor de Wit")
    QTest.keyClicks(editor.nickname, "Noortje")
    QTest.keyClicks(editor.birth_date, "07-03-2011")
    QTest.keyClicks(editor.neighbourhood, "Centrum")
    QTest.keyClicks(editor.phone, "+31 6 1234 5678")
    QTest.keyClick(editor.phone, Qt.Key.Key_Return)   # Enter saves (default button)
    assert editor.errors() == []
    person = nb.people.get(editor.saved_id)
    assert (person.name, person.nickname, person.birth_date, person.neighbourhood) == (
        "Noor de Wit", "Noortje", date(2011, 3, 7), "Centrum")


def test_person_validation_messages(qtbot, nb) -> None:
    editor = PersonEditor(nb, today=TODAY)
    qtbot.addWidget(editor)
    QTest.keyClicks(editor.birth_date, "31-02-2011")
    QTest.keyClicks(editor.phone, "bel me")
    editor.save_button.click()
    errors = editor.errors()
    assert len(errors) == 3 and editor.saved_id is None
    assert "Name" in errors[0] or "Naam" in errors[0]
    assert "dd-mm" in errors[1]
    assert editor.name.hasFocus() or editor.focusWidget() is editor.name
    assert editor.name.styleSheet()                     # marked
    QTest.keyClicks(editor.name, "X")
    assert not editor.name.styleSheet()                 # unmarked while typing
    editor.birth_date.setText("01-01-2030")
    editor.phone.setText("")
    editor.save_button.click()
    assert len(editor.errors()) == 1                    # in the future
    editor.birth_date.setText("1-1-2010")
    editor.save_button.click()
    assert nb.people.get(editor.saved_id).birth_date == date(2010, 1, 1)
    assert nb.people.count() == 1


def test_edit_person_keeps_id(qtbot, nb) -> None:
    ids = seed_small(nb)
    editor = PersonEditor(nb, nb.people.get(ids["ava"]), today=TODAY)
    qtbot.addWidget(editor)
    assert editor.birth_date.text() == "02-01-2009"
    editor.neighbourhood.setText("Noord")
    editor.save_button.click()
    assert editor.saved_id == ids["ava"]
    assert nb.people.get(ids["ava"]).neighbourhood == "Noord"
    assert nb.people.count() == 2


def test_add_group_and_change_stage_with_reason(qtbot, nb) -> None:
    editor = GroupEditor(nb)
    qtbot.addWidget(editor)
    assert not editor.stage_note.isEnabled()
    editor.save_button.click()
    assert len(editor.errors()) == 1
    QTest.keyClicks(editor.name, "Skatepark-groep")
    editor.kind.setCurrentIndex(editor.kind.findData("online"))
    QTest.keyClicks(editor.platforms, "Snapchat, TikTok;")
    editor.stage.setCurrentIndex(editor.stage.findData("2A"))
    editor.save_button.click()
    gid = editor.saved_id
    group = nb.groups.get(gid)
    assert (group.kind, group.platforms, group.stage) == ("online", ["Snapchat", "TikTok"], "2A")
    assert [c.stage for c in nb.groups.stage_history(gid)] == ["2A"]

    edit = GroupEditor(nb, group)
    qtbot.addWidget(edit)
    edit.stage.setCurrentIndex(edit.stage.findData("2B"))
    assert edit.stage_note.isEnabled()
    edit.save_button.click()
    assert edit.saved_id is None and len(edit.errors()) == 2     # reason and meeting required
    QTest.keyClicks(edit.stage_note, "Overleg 12-11: namenlijst nodig")
    edit.decided_on.setText("12-11-2026")
    QTest.keyClicks(edit.decided_in, "Jeugdgroepenoverleg 12-11-2026")
    edit.save_button.click()
    history = nb.groups.stage_history(gid)
    assert [(c.stage, c.note) for c in history] == [("2A", ""),
                                                    ("2B", "Overleg 12-11: namenlijst nodig")]
    assert (history[-1].decided_on, history[-1].source) == (
        date(2026, 11, 12), "Jeugdgroepenoverleg 12-11-2026")
    assert nb.groups.get(gid).stage == "2B"


def test_split_list() -> None:
    assert split_list(" a, b;;c ,") == ["a", "b", "c"]
    assert split_list("") == []
