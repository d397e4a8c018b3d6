"""Items past retention are marked in text (not colour alone) in every list of signals: the
signals list and a young person's timeline (issue 12, point 3), on a real notebook."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from jongerenwerk_desk.notebook.models import Signal, YoungPerson
from jongerenwerk_desk.notebook.ops import save_person, save_signal, set_setting
from jongerenwerk_desk.notebook.settings_keys import SettingKey
from jongerenwerk_desk.ui.views.person_panel import PersonPanel
from jongerenwerk_desk.ui.views.tables import signals_model


def _seed(nb):
    person = save_person(nb, YoungPerson(name="Mara Merkteken")).value
    now = datetime.now(UTC)
    old = save_signal(nb, Signal(occurred_at=now - timedelta(days=1000), category="online",
                                 text="oud signaal", person_ids=[person])).value
    new = save_signal(nb, Signal(occurred_at=now - timedelta(days=2), category="online",
                                 text="nieuw signaal", person_ids=[person])).value
    return person, old, new


def _column(model, header):
    return next(c for c in range(model.columnCount())
                if model.headerData(c, Qt.Orientation.Horizontal) == header)


def test_signals_list_marks_only_what_is_past_retention(qapp, nb, profile):
    _person, old, new = _seed(nb)
    model = signals_model(nb, profile)
    model.reload()
    column = _column(model, "Retention")
    assert model.data(model.index(model.row_of_id(old), column)) == "past retention"
    assert model.data(model.index(model.row_of_id(new), column)) == ""
    tip = model.data(model.index(model.row_of_id(old), column), Qt.ItemDataRole.ToolTipRole)
    assert "Retention periods" in tip


def test_the_mark_follows_the_organisations_maximum(qapp, nb, profile):
    middle = save_signal(nb, Signal(occurred_at=datetime.now(UTC) - timedelta(days=70),
                                    category="online", text="twee maanden oud")).value
    model = signals_model(nb, profile)
    model.reload()
    column = _column(model, "Retention")
    assert model.data(model.index(model.row_of_id(middle), column)) == ""
    set_setting(nb, SettingKey.RETENTION_MAX_MONTHS, "1")   # the organisation keeps less
    model = signals_model(nb, profile)
    model.reload()
    assert model.data(model.index(model.row_of_id(middle), column)) == "past retention"


def test_person_timeline_marks_past_retention_in_dutch(qtbot, dutch, nb, profile, services):
    person, old, _new = _seed(nb)
    panel = PersonPanel(nb, profile, services)
    qtbot.addWidget(panel)
    panel.show_person(nb.people.get(person))
    table = panel.timeline
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    column = headers.index("Bewaartermijn")
    marks = {table.item(r, 0).data(Qt.ItemDataRole.UserRole): table.item(r, column)
             for r in range(table.rowCount())}
    assert marks[old].text() == "verstreken"
    assert "Bewaartermijnen" in marks[old].toolTip()
    assert [m.text() for i, m in marks.items() if i != old] == [""]
