"""Changing the passphrase: from the menu (current + new), and after a recovery-code unlock
(new only, ``vault.reset_passphrase``). A change re-encrypts the notebook under a fresh key and
shows the new recovery code once (``vault.change_passphrase``); a reset after a recovery-code
unlock only rewraps. Both run on the TaskRunner. Backups made earlier still open with the
passphrase they were made with; the dialog says so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
)

from jongerenwerk_desk.ui.a11y import show_status
from jongerenwerk_desk.ui.secret_field import SecretField
from jongerenwerk_desk.ui.shell.errors import advice_for
from jongerenwerk_desk.vault.errors import WrongPassphrase
from jongerenwerk_desk.vault.policy import (
    MAX_LENGTH,
    MIN_LENGTH,
    MIN_SCORE,
    passphrase_problems,
    strength,
)

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


#: Colour of the strength bar per zxcvbn score 0..4: red below the minimum, then green.
METER_COLOURS = ("#c62828", "#c62828", "#ef6c00", "#2e7d32", "#1b5e20")


def color_meter(meter: QProgressBar, score: int) -> None:
    """Set ``meter`` to ``score`` (0..4) and colour it by that score, so "weak" is red and
    not the style's neutral blue; the object property ``score`` is set for tests."""
    score = max(0, min(4, int(score)))
    meter.setValue(score)
    meter.setProperty("score", score)
    meter.setStyleSheet(f"QProgressBar::chunk {{ background-color: {METER_COLOURS[score]}; }}")


class NewPassphraseDialog(QDialog):
    """Ask a new passphrase twice (strength meter, same rules as the first run), and the
    current one when ``ask_current``. Values: :meth:`current` and :meth:`new` (NFC).
    Acceptance is ``vault.policy.passphrase_problems`` (the first run and the CLI use it too);
    ``user_inputs``: words that make a passphrase easier to guess (organisation name)."""

    def __init__(self, parent=None, *, ask_current: bool = True,
                 user_inputs: list[str] | None = None) -> None:
        super().__init__(parent)
        self._inputs = [w for w in (user_inputs or []) if w] + ["jongerenwerk"]
        self.setWindowTitle(self.tr("Change passphrase"))
        self.current_field = SecretField()
        self.first = SecretField()
        self.second = SecretField()
        for field in (self.current_field, self.first, self.second):
            field.textChanged.connect(self._changed)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Backups made before keep the passphrase they were made with. The notebook "
                "gets a new key and you get a new recovery code; the old passphrase and the "
                "old recovery code stop working."
            )
            if ask_current
            else self.tr(
                "Backups made before keep the passphrase they were made with. "
                "Your recovery code stays valid."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        if ask_current:
            form.addRow(self.tr("&Current passphrase:"), self.current_field)
        else:
            self.current_field.hide()
        form.addRow(self.tr("&New passphrase:"), self.first)
        form.addRow(self.tr("&Repeat:"), self.second)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow(self.hint)
        form.addRow(note)
        form.addRow(self.buttons)
        self._ask_current = ask_current
        self._changed()

    def _changed(self) -> None:
        text = self.first.text()
        score = strength(text, self._inputs)
        color_meter(self.meter, score)
        if text and (len(text) < MIN_LENGTH or not text.strip()):
            hint = self.tr("Too short: at least %1 characters.").replace("%1", str(MIN_LENGTH))
        elif len(text) > MAX_LENGTH:
            hint = self.tr("Too long: at most %1 characters.").replace("%1", str(MAX_LENGTH))
        elif text and score < MIN_SCORE:
            hint = self.tr("Easy to guess. Add words that do not belong together.")
        elif self.second.text() and self.second.text() != text:
            hint = self.tr("The two passphrases differ.")
        else:
            hint = ""
        show_status(self.hint, hint)         # said when it changes (WCAG 4.1.3)
        ok = (
            not passphrase_problems(text, self._inputs)
            and text == self.second.text()
            and (not self._ask_current or bool(self.current_field.text()))
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def current(self) -> str:
        """The current passphrase as typed (NFC)."""
        from jongerenwerk_desk.vault import normalise_passphrase

        return normalise_passphrase(self.current_field.text())

    def new(self) -> str:
        """The new passphrase (NFC)."""
        from jongerenwerk_desk.vault import normalise_passphrase

        return normalise_passphrase(self.first.text())

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            self.wipe()

    def wipe(self) -> None:
        """Empty every field (Python strings cannot be wiped; this drops the widgets' copies)."""
        for field in (self.current_field, self.first, self.second):
            field.clear()


def change_passphrase(window) -> None:
    """Menu action: current + new passphrase, rewrap in the background."""
    _run(window, ask_current=True)


def offer_new_passphrase(window) -> None:
    """After a recovery-code unlock: offer to choose a new passphrase at once."""
    prompter = window.services.prompter
    if prompter.confirm(
        window,
        translate("Passphrase", "Choose a new passphrase?"),
        translate(
            "Passphrase",
            "You opened the notebook with your recovery code. Choose a new passphrase now? "
            "Your recovery code stays valid.",
        ),
        default_yes=True,
    ):
        _run(window, ask_current=False)


def _run(window, *, ask_current: bool) -> None:
    notebook = window.notebook
    if notebook is None:
        return
    dialog = NewPassphraseDialog(window, ask_current=ask_current)
    if window.services.prompter.run_dialog(dialog) != QDialog.DialogCode.Accepted:
        dialog.deleteLater()
        return
    vault, new = notebook.vault, dialog.new()
    old = dialog.current() if ask_current else None
    dialog.wipe()
    dialog.deleteLater()
    prompter = window.services.prompter

    def work() -> str | None:
        if ask_current:
            return vault.change_passphrase(old, new)   # re-encrypts; returns the new code
        vault.reset_passphrase(new)
        return None

    def failed(exc: BaseException) -> None:
        text = (
            translate("Passphrase", "The current passphrase is not correct; nothing was changed.")
            if isinstance(exc, WrongPassphrase)
            else advice_for(exc).text
        )
        prompter.error(window, translate("Passphrase", "Passphrase not changed"), text)

    window.services.tasks.run(
        work,
        on_success=lambda code: prompter.inform(
            window,
            translate("Passphrase", "Passphrase changed"),
            translate("Passphrase", "From now on the notebook opens with the new passphrase.")
            if not code
            else translate(
                "Passphrase",
                "From now on the notebook opens with the new passphrase. Your new recovery "
                "code is shown only this once; write it on paper now and keep it in a safe "
                "place (the old recovery code no longer works):\n\n%1",
            ).replace("%1", code),
        ),
        on_failure=failed,
    )
