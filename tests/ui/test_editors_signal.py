"""The signal editor: fact vs impression, confidential, source, category from the profile,
Europe/Amsterdam time with the DST gap refused and the fold chosen explicitly, links."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtTest import QTest

from jongerenwerk_desk.notebook.localtime import LocalKind, gap_bounds, resolve_local
from jongerenwerk_desk.ui.editors.signal_editor import SignalEditor
from tests.ui.views_support import NOW, seed_small


def _editor(qtbot, nb, profile, signal=None) -> SignalEditor:
    editor = SignalEditor(nb, profile, signal, now=lambda: NOW)
    qtbot.addWidget(editor)
    return editor


def _fill(editor: SignalEditor, day: QDate, clock: QTime) -> None:
    editor.day.setDate(day)
    editor.clock.setTime(clock)
    editor.category.setCurrentIndex(editor.category.findData("groepsgedrag"))
    editor.impression.setChecked(True)
    QTest.keyClicks(editor.text, "Groep hing rond bij de ingang")


def test_resolve_local_gap_fold_and_normal() -> None:
    from datetime import date, time
    assert resolve_local(date(2026, 3, 29), time(2, 30)).kind is LocalKind.NONEXISTENT
    fold = resolve_local(date(2026, 10, 25), time(2, 30))
    assert fold.kind is LocalKind.AMBIGUOUS
    assert fold.instants == (datetime(2026, 10, 25, 0, 30, tzinfo=UTC),
                             datetime(2026, 10, 25, 1, 30, tzinfo=UTC))
    assert resolve_local(date(2026, 3, 29), time(3, 0)).instants == (
        datetime(2026, 3, 29, 1, 0, tzinfo=UTC),)
    assert gap_bounds(date(2026, 3, 29)) == (time(2), time(3))
    assert gap_bounds(date(2026, 3, 30)) is None


def test_new_signal_saved_as_utc_with_zone(qtbot, nb, profile) -> None:
    ids = seed_small(nb)
    editor = _editor(qtbot, nb, profile)
    _fill(editor, QDate(2026, 7, 1), QTime(21, 15))
    editor.source.setCurrentIndex(editor.source.findData("third_party"))
    QTest.keyClicks(editor.informant, "buurvrouw")
    editor.confidential.setChecked(True)
    editor.people.search.setText("Ava")
    editor.people.refresh()
    QTest.keyClick(editor.people.results, Qt.Key.Key_Return)
    editor.groups.set_ids([ids["group"]])
    editor.save_button.click()
    assert editor.errors() == []
    saved = nb.signals.get(editor.saved_id)
    assert saved.occurred_at == datetime(2026, 7, 1, 19, 15, tzinfo=UTC)   # CEST = UTC+2
    assert saved.tz_name == "Europe/Amsterdam"
    assert (saved.verified, saved.confidential, saved.source) == (False, True, "third_party")
    assert saved.informant == "buurvrouw"
    assert saved.person_ids == [ids["ava"]] and saved.group_ids == [ids["group"]]


def test_required_fields_give_dutch_inline_errors(qtbot, nb, profile) -> None:
    editor = _editor(qtbot, nb, profile)
    editor.save_button.click()
    assert editor.saved_id is None and editor.result() == 0
    errors = editor.errors()
    assert len(errors) == 3                       # category, fact/impression, text
    assert editor.error_label.text().count("•") == 3
    assert nb.signals.count() == 0


def test_spring_forward_gap_is_refused(qtbot, nb, profile) -> None:
    editor = _editor(qtbot, nb, profile)
    _fill(editor, QDate(2026, 3, 29), QTime(2, 30))
    assert editor.dst_note.isVisibleTo(editor)    # told at once, inline, before saving
    editor.save_button.click()
    assert editor.saved_id is None
    assert any("02:00" in e and "03:00" in e for e in editor.errors())
    editor.clock.setTime(QTime(3, 30))
    editor.save_button.click()
    assert nb.signals.get(editor.saved_id).occurred_at == datetime(2026, 3, 29, 1, 30,
                                                                   tzinfo=UTC)


@pytest.mark.parametrize(("choice", "expected_utc_hour"), [(1, 0), (2, 1)])
def test_autumn_fold_needs_a_choice(qtbot, nb, profile, choice, expected_utc_hour) -> None:
    editor = _editor(qtbot, nb, profile)
    _fill(editor, QDate(2026, 10, 25), QTime(2, 30))
    assert editor.fold.isVisibleTo(editor)
    editor.save_button.click()
    assert editor.saved_id is None and len(editor.errors()) == 1
    editor.fold.setCurrentIndex(choice)           # 1 = first (summer), 2 = second (winter)
    editor.save_button.click()
    saved = nb.signals.get(editor.saved_id)
    assert saved.occurred_at == datetime(2026, 10, 25, expected_utc_hour, 30, tzinfo=UTC)
    again = _editor(qtbot, nb, profile, saved)    # editing shows the same choice
    assert again.fold.currentIndex() == choice
    assert again.occurred_at() == saved.occurred_at


def test_future_time_refused(qtbot, nb, profile) -> None:
    editor = _editor(qtbot, nb, profile)
    _fill(editor, QDate(2026, 12, 24), QTime(20, 0))
    editor.save_button.click()
    assert editor.saved_id is None and len(editor.errors()) == 1


def test_edit_keeps_fields_and_updates(qtbot, nb, profile) -> None:
    ids = seed_small(nb)
    original = nb.signals.get(ids["s2"])
    editor = _editor(qtbot, nb, profile, original)
    assert editor.impression.isChecked() and editor.confidential.isChecked()
    assert editor.people.ids() == original.person_ids
    editor.fact.setChecked(True)
    editor.save_button.click()
    assert editor.errors() == []
    updated = nb.signals.get(ids["s2"])
    assert updated.verified is True
    assert (updated.text, updated.occurred_at, updated.person_ids) == (
        original.text, original.occurred_at, original.person_ids)


def test_categories_come_from_the_profile(qtbot, nb, profile) -> None:
    editor = _editor(qtbot, nb, profile)
    ids = [editor.category.itemData(i) for i in range(1, editor.category.count())]
    assert ids == [c.id for c in profile.categories]


def test_own_observation_has_no_informant(qtbot, nb, profile) -> None:
    editor = _editor(qtbot, nb, profile)
    assert not editor.informant.isEnabled()
    editor.source.setCurrentIndex(editor.source.findData("young_person"))
    assert editor.informant.isEnabled()


def test_tab_order_follows_the_form(qtbot, nb, profile) -> None:
    editor = _editor(qtbot, nb, profile)
    chain = [editor.day]
    widget = editor.day
    for _ in range(12):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget is not editor.day:
            widget = widget.nextInFocusChain()
        chain.append(widget)
    expected = [editor.day, editor.clock, editor.fold, editor.location, editor.category,
                editor.source, editor.informant, editor.fact, editor.impression,
                editor.confidential, editor.text]
    assert all(w in chain for w in expected)
    positions = [chain.index(w) for w in expected]
    assert positions == sorted(positions)
