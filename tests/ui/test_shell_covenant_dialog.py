"""The "Covenant…" dialog: recording every signature on the unsigned model covenant turns a
blocked share into an allowed one, the profile is kept encrypted in the notebook (survives
closing and reopening), a broken TOML shows all its problems and changes nothing, a signing
date after today is refused, and the action sits in the Notitieboek menu."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from jongerenwerk_desk.covenant import ShareRequest, assess, builtin_profile, load_profile
from jongerenwerk_desk.covenant.model import ProfileError
from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.ui.services import FakeClock, FakePrompter, Services, TaskRunner
from jongerenwerk_desk.ui.shell.clipboard import SecureClipboard
from jongerenwerk_desk.ui.shell.covenant_dialog import (
    AUDIT_ACTION,
    CovenantDialog,
    SignatureDialog,
    open_covenant_dialog,
)
from jongerenwerk_desk.ui.shell.profile import PROFILE_TOML, active_profile, status_text
from jongerenwerk_desk.ui.shell.settings import AppSettings
from jongerenwerk_desk.ui.shell.window import ShellWindow
from tests.ui.shell_support import PASSPHRASE, MarkerView, make_notebook

SIGNED = dt.date(2026, 1, 12)
TODAY = dt.date(2026, 11, 29)
MODEL_TOML = Path(__file__).resolve().parents[2] / "resources" / "covenants" / "model.toml"


def group_request() -> ShareRequest:
    """Group-level behaviour shared with the police at stage 1 (model purpose signalen-delen)."""
    from tests.unit.test_covenant_support import group_item

    return ShareRequest(today=TODAY, own_party="jongerenwerk", recipients=("politie",),
                        stage="1", purpose="signalen-delen", subsidiarity="", subjects=(),
                        items=(group_item(),))


@pytest.fixture
def window(qtbot, qapp, tmp_path):
    path = make_notebook(tmp_path / "nb.jwdb")[0]
    clock = FakeClock()
    services = Services(FakePrompter(), TaskRunner(), clock, SecureClipboard(clock))
    win = ShellWindow(services, AppSettings(tmp_path / "s.ini"), path,
                      widget_factory=MarkerView, use_dbus=False)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.notebook_opened, timeout=20_000):
        win.unlock_screen.secret.setText(PASSPHRASE)
        win.unlock_screen.submit()
    yield win
    win.lock("test-end")


def _sign(day: dt.date):
    def handler(dialog: SignatureDialog) -> int:
        dialog.date_edit.setDate(day)
        dialog.document.setText("Convenant getekend, archief 2026/17")
        dialog.recorded_by.setText("F. de Vries, privacyfunctionaris")
        return QDialog.DialogCode.Accepted
    return handler


def test_recording_all_signatures_unblocks_a_share_and_survives_reopening(window) -> None:
    model = builtin_profile("model")
    assert window.profile == model
    assert assess(model, group_request(), TODAY).outcome == "blocked"
    prompter = window.services.prompter
    seen = {}

    def covenant(dialog: CovenantDialog) -> int:
        seen["header"] = dialog.header.text()
        seen["cells"] = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
        seen["save_before"] = dialog.save_button.isEnabled()
        for party in model.parties:
            assert dialog.ask_signature(party.id)
        seen["after"] = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
        dialog.save_button.click()
        return dialog.result()

    prompter.script("run_dialog", covenant)
    for _ in model.parties:
        prompter.script("run_dialog", _sign(SIGNED))
    old_view = window.notebook_widget
    open_covenant_dialog(window)
    assert prompter.pending == []
    assert "06-10-2022" in seen["header"] and model.id in seen["header"]
    assert set(seen["cells"]) == {"not signed"} and not seen["save_before"]
    assert seen["after"] == ["12-01-2026"] * 4

    signed = window.profile
    assert signed.unsigned_parties() == () and signed.version == model.version
    assert window.notebook_widget is not old_view          # views rebuilt with the profile
    assert window.profile_label.full_text() == status_text(signed)
    assert assess(signed, group_request(), TODAY).outcome == "allowed"
    events = window.notebook.audit.page(0, 50, "at")
    assert [e.action for e in events].count(AUDIT_ACTION) == 1

    path = window.notebook.vault.path
    window.lock("test")
    nb = Notebook.open(path, passphrase=PASSPHRASE)
    try:
        reopened = active_profile(nb)
    finally:
        nb.close()
    assert reopened == signed
    assert assess(reopened, group_request(), TODAY).outcome == "allowed"


def _broken_toml(tmp_path: Path) -> Path:
    text = MODEL_TOML.read_text(encoding="utf-8")
    text = text.replace('title = "Modelconvenant jeugdgroepaanpak"\n', "", 1)
    text = text.replace("valid_from = 2022-10-06", 'valid_from = "gisteren"', 1)
    text = text.replace('recipients = ["burgemeester", "politie", "om"]',
                        'recipients = ["burgemeester", "woningcorporatie"]', 1)
    path = tmp_path / "kapot.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_broken_profile_shows_every_problem_and_changes_nothing(qtbot, window, tmp_path) -> None:
    path = _broken_toml(tmp_path)
    with pytest.raises(ProfileError) as info:
        load_profile(path)
    problems = info.value.problems
    assert len(problems) >= 3
    model = window.profile
    window.services.prompter.script("open_file", str(path))
    dialog = CovenantDialog(window.notebook, model, window.services, window, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.import_profile() is False
    shown = dialog.problems.toPlainText()
    assert dialog.problems.isVisible()
    assert all(p in shown for p in problems), shown
    assert dialog.pending == model and not dialog.save_button.isEnabled()
    assert window.notebook.settings.get(PROFILE_TOML) is None
    dialog.reject()
    assert dialog.saved_profile is None


def test_importing_a_valid_profile_then_saving_uses_it(qtbot, window, tmp_path) -> None:
    local = MODEL_TOML.read_text(encoding="utf-8").replace('version = "2022-10"',
                                                            'version = "2026-lokaal"', 1)
    path = tmp_path / "lokaal.toml"
    path.write_text(local, encoding="utf-8")
    window.services.prompter.script("open_file", str(path))
    dialog = CovenantDialog(window.notebook, window.profile, window.services, window,
                            today=lambda: TODAY)
    qtbot.addWidget(dialog)
    assert dialog.import_profile() is True
    assert dialog.pending.version == "2026-lokaal" and not dialog.save_button.isEnabled()
    dialog.approved_by.setText("F. de Vries, privacyfunctionaris")   # a named approval
    assert dialog.save_button.isEnabled()
    dialog.save()
    assert dialog.saved_profile.version == "2026-lokaal"
    stored = active_profile(window.notebook)
    assert stored.version == "2026-lokaal"
    assert stored.approved_by == "F. de Vries, privacyfunctionaris"
    assert stored.approved_at is not None


def test_importing_shows_how_the_profile_differs_and_warns_loudly(qtbot, window,
                                                                   tmp_path) -> None:
    local = (MODEL_TOML.read_text(encoding="utf-8")
             .replace("retention_months = 24", "retention_months = 72", 1)
             .replace('criminal_data_shared_by = ["burgemeester", "politie", "om"]',
                      'criminal_data_shared_by = ["burgemeester", "politie", "om", '
                      '"jongerenwerk"]', 1))
    path = tmp_path / "ruim.toml"
    path.write_text(local, encoding="utf-8")
    window.services.prompter.script("open_file", str(path))
    dialog = CovenantDialog(window.notebook, window.profile, window.services, window,
                            today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.import_profile() is True
    shown = dialog.review.text()
    assert dialog.review.isVisible() and dialog.approved_by.isVisible()
    assert "72 maanden" in shown and "strafrechtelijke gegevens" in shown
    assert "bewaartermijn (maanden): 72 (model: 24)" in shown
    assert not dialog.save_button.isEnabled()


def test_signature_after_today_is_refused(qtbot, window) -> None:
    dialog = CovenantDialog(window.notebook, window.profile, window.services, window,
                            today=lambda: TODAY)
    qtbot.addWidget(dialog)
    before = dialog.pending
    assert dialog.record_signature("om", TODAY + dt.timedelta(days=1), "archief 2026/17",
                                   "F. de Vries") is False
    assert dialog.pending == before and not dialog.save_button.isEnabled()
    assert window.services.prompter.kinds()[-1] == "error"
    ask = SignatureDialog(before.party("om"), TODAY, dialog)
    qtbot.addWidget(ask)
    ask.date_edit.setDate(TODAY + dt.timedelta(days=30))
    assert ask.day() == TODAY                                  # the editor stops at today
    assert dialog.record_signature("om", TODAY, "", "F. de Vries") is False   # no document
    assert dialog.pending == before
    assert dialog.record_signature("om", TODAY, "archief 2026/17", "F. de Vries") is True
    party = dialog.pending.party("om")
    assert (party.signed_on, party.signed_document, party.signature_recorded_by) == (
        TODAY, "archief 2026/17", "F. de Vries")
    assert party.signature_recorded_at is not None
    assert "archief 2026/17" in dialog.table.item(2, 3).text()
    assert "F. de Vries" in dialog.table.item(2, 3).text()


def test_action_in_notebook_menu_only_while_unlocked(window) -> None:
    action = window.covenant_action
    assert action in window.notebook_menu.actions()
    assert action.isEnabled()
    window.lock("test")
    assert not action.isEnabled()
