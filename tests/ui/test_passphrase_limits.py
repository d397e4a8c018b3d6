"""Every passphrase the policy accepts can be set in the app (issue 13, class 6): the strength
meter scores a bounded prefix, so a passphrase at the policy's maximum length enables the
button of the first-run page and of the change dialog; one over it is refused with a hint."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from jongerenwerk_desk.ui.services import Services
from jongerenwerk_desk.ui.shell import passphrase
from jongerenwerk_desk.ui.shell.first_run import FirstRunWizard
from jongerenwerk_desk.vault import policy

LONGEST = ("Paarse olifant fietst 7 keer langs de zuidkade, maar niemand hoort het! "
           * 20)[:policy.MAX_LENGTH]


def test_the_longest_allowed_passphrase_is_accepted_and_one_more_is_not() -> None:
    assert len(LONGEST) == policy.MAX_LENGTH
    assert policy.passphrase_problems(LONGEST, ["jongerenwerk"]) == []
    assert policy.strength(LONGEST + "x" * 5000) >= policy.MIN_SCORE     # no ValueError
    assert "te lang" in policy.passphrase_problems(LONGEST + "x")[0]


def test_change_dialog_takes_the_longest_passphrase(qtbot) -> None:
    for ask_current in (True, False):
        dialog = passphrase.NewPassphraseDialog(ask_current=ask_current)
        qtbot.addWidget(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.current_field.setText("oud wachtwoord")
        dialog.first.setText(LONGEST)
        dialog.second.setText(LONGEST)
        assert ok.isEnabled() and dialog.hint.text() == ""
        assert dialog.meter.value() >= policy.MIN_SCORE
        dialog.first.setText(LONGEST + "x")
        dialog.second.setText(LONGEST + "x")
        assert not ok.isEnabled() and "Too long" in dialog.hint.text()


def test_first_run_page_takes_the_longest_passphrase(qtbot, tmp_path) -> None:
    wizard = FirstRunWizard(Services.for_tests(), tmp_path / "lang.jwdb")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.currentPage().organisation.setText("Stichting Jongerenwerk Voorbeeldstad")
    wizard.next()
    page = wizard.currentPage()
    page.first.setText(LONGEST)
    page.second.setText(LONGEST)
    page.understood.setChecked(True)
    assert page.isComplete()
    page.first.setText(LONGEST + "x")
    page.second.setText(LONGEST + "x")
    assert not page.isComplete() and "Too long" in page.hint.text()
