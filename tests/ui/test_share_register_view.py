"""The disclosure register view: rows from real exports, filters per young person, recipient
and Amsterdam period, a tampered register reported in the status line, the Delen menu entry
and nothing left after a lock. Real SQLCipher notebook, real export path, real Qt widgets."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, Qt

from jongerenwerk_desk.sharing import (
    DisclosureRegister,
    ExportOptions,
    export_disclosure,
    prepare_disclosure,
)
from jongerenwerk_desk.ui.services import FakeClock, FakePrompter, Services, TaskRunner
from jongerenwerk_desk.ui.share.register_view import RegisterDialog
from jongerenwerk_desk.ui.shell.clipboard import SecureClipboard
from jongerenwerk_desk.ui.shell.settings import AppSettings
from jongerenwerk_desk.ui.shell.window import ShellWindow
from tests.sharing_world import (
    OWN_PARTY,
    PASSPHRASE,
    TODAY,
    allowed_selection,
    demo_profile,
    make_notebook,
    populate,
)
from tests.ui.shell_support import visible_texts
from tests.unit.test_sharing_register import _raw
from tests.vault_support import copy_notebook

FIRST_AT = datetime(2026, 11, 10, 12, 0, tzinfo=UTC)      # 10-11-2026 13:00 in Amsterdam
SECOND_AT = datetime(2026, 11, 20, 23, 30, tzinfo=UTC)    # 21-11-2026 00:30 in Amsterdam


def _export(world, folder, selection, grounds, created_at):
    prepared = prepare_disclosure(world.nb, selection, grounds, demo_profile(), TODAY,
                                  OWN_PARTY)
    folder.mkdir()
    return export_disclosure(world.nb, PASSPHRASE, prepared, ExportOptions(
        folder=folder, actor="jw-tester", created_at=created_at))


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """Record 1: Jan + Fatima to burgemeester and politie on 10-11; record 2: Jan only to
    politie at 00:30 on 21-11 Amsterdam time (still 20-11 in UTC)."""
    tmp = tmp_path_factory.mktemp("register_view")
    w = populate(make_notebook(tmp))
    selection, grounds = allowed_selection(w)
    w.first = _export(w, tmp / "uit1", selection, grounds, FIRST_AT)
    w.second = _export(w, tmp / "uit2", replace(selection, person_ids=(w.jan,),
                                                recipients=("politie",)), grounds, SECOND_AT)
    w.path = tmp / "werk.jwdb"
    yield w
    if w.nb.is_open:
        w.nb.close()


@pytest.fixture
def dialog(qtbot, world):
    d = RegisterDialog(world.nb, demo_profile(), Services.for_tests())
    qtbot.addWidget(d)
    return d


def _column(d, column: int) -> list[str]:
    return [d.model.index(r, column).data() for r in range(d.model.rowCount())]


def _ids(d) -> list[int]:
    return [row.record.id for row in d.model.rows()]


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def _period(d, since: QDate | None, until: QDate | None) -> None:
    for check, edit, day in ((d.since_check, d.since_edit, since),
                             (d.until_check, d.until_edit, until)):
        if day is not None:
            edit.setDate(day)
        check.setChecked(day is not None)


def test_rows_show_every_record_with_names_from_profile_and_notebook(dialog, world):
    assert dialog.windowTitle() == "Disclosure register"
    assert _ids(dialog) == [1, 2]
    assert _column(dialog, 0) == ["10-11-2026 13:00", "21-11-2026 00:30"]
    assert _column(dialog, 1) == [world.nb.groups.get(world.group).name] * 2   # the group
    profile = demo_profile()
    names = {p.id: p.name for p in profile.parties}
    assert _column(dialog, 2) == [f"{names['burgemeester']}, {names['politie']}",
                                  names["politie"]]
    assert _column(dialog, 3) == [profile.purpose("namenlijst").title] * 2
    assert _column(dialog, 4) == ["2B – Name list and group scan"] * 2   # step with its name
    assert _column(dialog, 5) == ["J.d.V. (2009), F.E.A. (2011)", "J.d.V. (2009)"]
    assert _column(dialog, 6)[0] == world.first.legal_basis
    assert _column(dialog, 7) == [world.first.file_name, world.second.file_name]
    everything = " ".join(" ".join(r.cells) + " ".join(r.tips) for r in dialog.model.rows())
    assert world.first.file_sha256[:8] not in everything and "SHA" not in everything
    assert dialog.status.text() == ("Nothing was changed afterwards: all 2 disclosure(s) are "
                                    "as they were recorded.")
    assert "Jan de Vries" not in " ".join(_column(dialog, 5))   # initials only in the table


def test_detail_shows_exactly_what_left_and_print_and_export_write_it(dialog, world, tmp_path):
    from pypdf import PdfReader

    from jongerenwerk_desk.sharing.model import summary_from_dict

    assert "Select a disclosure" in dialog.detail.toPlainText()
    assert not dialog.print_button.isEnabled()
    dialog.table.selectRow(0)
    shown = " ".join(dialog.detail.toPlainText().split())
    sent = summary_from_dict(world.first.summary)
    assert sent.header.disclosure_id in shown                      # the reference that left
    for entry in sent.group_entries:
        assert entry.category_title in shown
        if entry.text:
            assert " ".join(entry.text.split()) in shown
    assert "J.d.V. (2009)" in shown and "Jan de Vries" not in shown
    out = tmp_path / "afdruk"
    out.mkdir()

    def accept_into(folder):
        def run(d):
            d.setDirectory(str(folder))
            d.selectFile(str(folder))
            return 1
        return run

    dialog.services.prompter.script("run_dialog", accept_into(out))
    pdf = dialog.print_selected()
    assert pdf is not None and pdf.parent == out and pdf.suffix == ".pdf"
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert f"Kenmerk: {sent.header.disclosure_id}" in text
    dialog.services.prompter.script("run_dialog", accept_into(out))
    listing = dialog.export_list()
    raw = listing.read_bytes().decode("utf-8-sig")
    assert "Group" in raw.splitlines()[0] and world.first.file_name in raw
    assert world.first.file_sha256 not in raw


def test_filter_per_young_person(dialog, world):
    people = [dialog.person_combo.itemData(i) for i in range(dialog.person_combo.count())]
    assert people[0] is None and sorted(people[1:]) == sorted([world.jan, world.fatima])
    assert world.kees not in people                  # never disclosed: not offered
    _choose(dialog.person_combo, world.fatima)
    assert _ids(dialog) == [1]
    _choose(dialog.person_combo, world.jan)
    assert _ids(dialog) == [1, 2]
    assert dialog.count_label.text() == "Shown: 2 of 2"
    dialog.person_combo.setCurrentIndex(0)
    assert _ids(dialog) == [1, 2]


def test_filter_per_recipient(dialog):
    parties = [dialog.recipient_combo.itemData(i)
               for i in range(dialog.recipient_combo.count())]
    assert parties == [None, *(p.id for p in demo_profile().parties)]
    _choose(dialog.recipient_combo, "burgemeester")
    assert _ids(dialog) == [1]
    assert dialog.count_label.text() == "Shown: 1 of 2"
    _choose(dialog.recipient_combo, "politie")
    assert _ids(dialog) == [1, 2]
    _choose(dialog.recipient_combo, "om")
    assert _ids(dialog) == []


def test_filter_per_period_uses_amsterdam_days(dialog, world):
    assert dialog.since_edit.displayFormat() == "dd-MM-yyyy"
    assert not dialog.since_edit.isEnabled()          # optional: off until ticked
    _period(dialog, QDate(2026, 11, 21), None)         # 00:30 on the 21st counts, UTC would not
    assert _ids(dialog) == [2]
    assert dialog.since_edit.isEnabled()
    _period(dialog, None, QDate(2026, 11, 20))
    assert _ids(dialog) == [1]
    _period(dialog, QDate(2026, 11, 11), QDate(2026, 11, 20))
    assert _ids(dialog) == []
    _period(dialog, QDate(2026, 11, 10), QDate(2026, 11, 21))
    _choose(dialog.recipient_combo, "burgemeester")
    assert _ids(dialog) == [1]                # filters combine
    _period(dialog, None, None)
    dialog.recipient_combo.setCurrentIndex(0)
    assert _ids(dialog) == [1, 2]


def test_tampered_register_and_erased_person_are_shown(qtbot, tmp_path):
    w = populate(make_notebook(tmp_path))
    register = DisclosureRegister(w.nb)
    for n in range(2):
        with w.nb.transaction():
            register.append({"actor": "jw", "recipients": ["politie"], "purpose": "namenlijst",
                             "stage": "2B", "legal_basis": "convenant", "profile_id": "p",
                             "profile_version": "1", "request": {"n": n},
                             "assessment": {"outcome": "allowed"},
                             "person_ids": [w.kees], "group_id": w.group,
                             "file_names": [f"v{n}.pdf"], "file_hashes": ["0" * 64]})
    w.nb.people.erase(w.kees)
    _raw(w.nb, "UPDATE disclosures SET recipients = '[\"om\"]' WHERE id = 1")
    d = RegisterDialog(w.nb, demo_profile(), Services.for_tests())
    qtbot.addWidget(d)
    try:
        assert _column(d, 5) == ["erased", "erased"]
        assert d.person_combo.count() == 1            # only "all": no name left to choose
        assert "verstrekking 1 is gewijzigd" in d.status.text()
        assert "changed afterwards" in d.status.text()
        assert "Nothing was changed" not in d.status.text()
        assert "b00020" in d.status.styleSheet()      # red
    finally:
        d.reject()
        w.nb.close()


def test_unreadable_register_gives_a_dutch_line_not_a_traceback(qtbot, tmp_path):
    w = populate(make_notebook(tmp_path))
    d = RegisterDialog(w.nb, demo_profile(), Services.for_tests())
    qtbot.addWidget(d)
    w.nb.close()                                       # reading now raises VaultLocked
    d.reload()
    assert d.model.rowCount() == 0
    assert "cannot be read" in d.status.text()


def test_dialog_is_dutch(qtbot, world, dutch):
    d = RegisterDialog(world.nb, demo_profile(), Services.for_tests())
    qtbot.addWidget(d)
    assert d.windowTitle() == "Verstrekkingenregister"
    assert d.status.text() == ("Niets is achteraf veranderd: alle 2 verstrekkingen staan er "
                               "nog zoals ze zijn vastgelegd.")
    assert d.person_combo.itemText(0) == "alle"
    headers = [d.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers[:3] == ["Datum", "Groep", "Ontvangers"]
    assert d.model.index(0, 4).data().startswith("2B – Namenlijst")


@pytest.fixture
def window(qtbot, qapp, tmp_path, world):
    from jongerenwerk_desk.ui.main_window import NotebookWidget

    path = copy_notebook(world.path, tmp_path, "werk.jwdb")   # the shell opens its own copy;
    clock = FakeClock()                                       # the module's notebook stays open
    services = Services(FakePrompter(), TaskRunner(), clock, SecureClipboard(clock))
    win = ShellWindow(services, AppSettings(tmp_path / "settings.ini"), path,
                      widget_factory=NotebookWidget, use_dbus=False)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.notebook_opened, timeout=20_000):
        win.unlock_screen.secret.setText(PASSPHRASE)
        win.unlock_screen.submit()
    yield win
    win.lock("test-end")


def test_menu_action_opens_the_register_and_lock_leaves_nothing(qtbot, window):
    widget = window.notebook_widget
    assert widget.register_action in window.share_menu.actions()
    assert "register" in widget.register_action.text()
    seen = []
    window.services.prompter.script(
        "run_dialog", lambda d: seen.append((type(d).__name__, d.model.rowCount())) or 0)
    widget.register_action.trigger()
    assert seen == [("RegisterDialog", 2)]

    open_dialog = RegisterDialog(window.notebook, window.profile, window.services, widget)
    open_dialog.show()
    assert "J.d.V. (2009)" in visible_texts()
    model = open_dialog.model
    window.lock("manual")
    assert model.rowCount() == 0 and open_dialog.notebook is None
    assert not open_dialog.isVisible()
    assert widget.register_action not in window.share_menu.actions()
    window.purge_deleted()
    texts = " ".join(visible_texts())
    assert "J.d.V." not in texts and "F.E.A." not in texts and "2B" not in texts
