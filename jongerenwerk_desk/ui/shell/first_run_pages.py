"""Pages of the first-run wizard (``first_run.FirstRunWizard``) and their helpers.

Each page receives the wizard, which holds the shared state (path, profile, notebook,
recovery code, services).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from jongerenwerk_desk.covenant.model import CovenantProfile, ProfileError
from jongerenwerk_desk.covenant.profile import builtin_profile
from jongerenwerk_desk.ui.a11y import hold_still, show_status
from jongerenwerk_desk.ui.secret_field import SecretField
from jongerenwerk_desk.ui.shell.passphrase import color_meter
from jongerenwerk_desk.ui.shell.profile import describe_profile
from jongerenwerk_desk.vault.policy import (  # the one policy (CLI and GUI alike)
    MAX_LENGTH,
    MIN_LENGTH,
    MIN_SCORE,
    passphrase_problems,
    strength,
)

if TYPE_CHECKING:
    from jongerenwerk_desk.ui.shell.first_run import FirstRunWizard

_STRENGTH = (QT_TRANSLATE_NOOP("PassphrasePage", "Very weak"),
             QT_TRANSLATE_NOOP("PassphrasePage", "Weak"),
             QT_TRANSLATE_NOOP("PassphrasePage", "Fair"),
             QT_TRANSLATE_NOOP("PassphrasePage", "Strong"),
             QT_TRANSLATE_NOOP("PassphrasePage", "Very strong"))


def canonical_code(text: str) -> str:
    """Recovery code without spaces/dashes, upper case, for comparing what was typed back."""
    return re.sub(r"[\s\-]", "", text).upper()


class OrganisationPage(QWizardPage):
    """Where the notebook goes, the organisation, and the covenant profile."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wiz = wizard
        self.setTitle(self.tr("Your notebook"))
        self.setSubTitle(self.tr("Jongerenwerk Desk keeps what young people tell you in an "
                                 "encrypted notebook on this computer."))
        self.location = QLineEdit(str(wizard.path))
        self.location.setReadOnly(True)
        self.location.setFocusPolicy(Qt.FocusPolicy.ClickFocus)   # Tab starts at organisation
        self.location.setAccessibleName(self.tr("Location of the new notebook"))
        change = QPushButton(self.tr("&Change…"))
        change.clicked.connect(self._choose_location)
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(change)
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("e.g. Stichting Jongerenwerk Voorbeeldstad"))
        self.organisation.textChanged.connect(self.completeChanged)
        self.profile_box = QComboBox()
        self.profile_box.addItem(self.tr("Model covenant youth group approach (built in)"))
        self.profile_box.addItem(self.tr("Our own covenant (TOML file)…"))
        self.profile_box.activated.connect(self._profile_chosen)
        self.party = QComboBox()
        self.profile_note = QLabel()
        self.profile_note.setWordWrap(True)
        location_label = QLabel(self.tr("&Location:"))
        location_label.setBuddy(change)
        form = QFormLayout(self)
        form.addRow(location_label, where)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("Co&venant:"), self.profile_box)
        form.addRow(self.tr("&We are:"), self.party)
        form.addRow(self.profile_note)
        self._show_profile(wizard.profile)
        self.setTabOrder(self.organisation, self.profile_box)
        self.setTabOrder(self.profile_box, self.party)
        self.setTabOrder(self.party, change)

    def initializePage(self) -> None:
        """Start typing in the organisation field."""
        self.organisation.setFocus()

    def _choose_location(self) -> None:
        path = self._wiz.services.prompter.save_file(
            self, self.tr("Where to keep the notebook"), str(self._wiz.path),
            self.tr("Notebook (*.jwdb)"))
        if path is not None:
            if path.suffix != ".jwdb":
                path = path.with_name(path.name + ".jwdb")
            self._wiz.path = path
            self.location.setText(str(path))

    def _profile_chosen(self, index: int) -> None:
        if index == 0:
            self._wiz.profile, self._wiz.profile_bytes = builtin_profile("model"), None
        else:
            self._load_profile_file()
        self._show_profile(self._wiz.profile)

    def _load_profile_file(self) -> None:
        from jongerenwerk_desk.covenant.profile import parse_profile_bytes

        path = self._wiz.services.prompter.open_file(
            self, self.tr("Choose covenant profile"), self.tr("Covenant profile (*.toml)"))
        try:
            if path is None:
                raise FileNotFoundError
            raw = path.read_bytes()
            self._wiz.profile, self._wiz.profile_bytes = parse_profile_bytes(raw, path.name), raw
        except (OSError, ProfileError) as exc:
            if isinstance(exc, ProfileError):
                self._wiz.services.prompter.error(
                    self, self.tr("Covenant profile not usable"), "\n".join(exc.problems[:10]))
            self.profile_box.setCurrentIndex(0 if self._wiz.profile_bytes is None else 1)

    def _show_profile(self, profile: CovenantProfile) -> None:
        self.party.clear()
        for party in profile.parties:
            self.party.addItem(party.name, party.id)
        own = next((i for i, p in enumerate(profile.parties) if p.role == "jongerenwerk"), 0)
        self.party.setCurrentIndex(own)
        self.profile_note.setText(describe_profile(profile))

    def isComplete(self) -> bool:
        """The organisation name is required."""
        return bool(self.organisation.text().strip())

    def validatePage(self) -> bool:
        """Refuse an existing file (never overwrite)."""
        if self._wiz.path.exists():
            self._wiz.services.prompter.error(
                self, self.tr("File exists"),
                self.tr("There is already a file at that location. Choose another location; "
                        "nothing has been overwritten."))
            return False
        self._wiz.organisation = self.organisation.text().strip()
        self._wiz.own_party = self.party.currentData() or ""
        return True


class PassphrasePage(QWizardPage):
    """Passphrase twice with a strength hint, and the warning about losing it."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wiz = wizard
        self._creating = False
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(self.tr("Use a sentence of several words that only you know, at least "
                                 "%1 characters.").replace("%1", str(MIN_LENGTH)))
        self.first = SecretField()
        self.second = SecretField()
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        warning = QLabel(self.tr(
            "<b>Nobody can recover your notebook without the passphrase or the recovery "
            "code</b> — not your organisation, not IT support, not the makers of this program. "
            "If you lose both, everything in it is gone."))
        warning.setWordWrap(True)
        self.understood = QCheckBox(self.tr("I &understand"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        for w in (self.first, self.second):
            w.textChanged.connect(self._changed)
        self.understood.toggled.connect(self.completeChanged)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Repeat:"), self.second)
        form.addRow(self.tr("Strength:"), self.meter)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(warning)
        layout.addWidget(self.understood)
        layout.addWidget(self.busy)
        self._changed()

    def _inputs(self) -> list[str]:
        return [self._wiz.organisation, "jongerenwerk"]

    def _score(self) -> int:
        return strength(self.first.text(), self._inputs())

    def _changed(self) -> None:
        text, score = self.first.text(), self._score()
        color_meter(self.meter, score)
        if not text:
            hint = ""
        elif len(text) < MIN_LENGTH or not text.strip():
            hint = self.tr("Too short: at least %1 characters.").replace("%1", str(MIN_LENGTH))
        elif len(text) > MAX_LENGTH:
            hint = self.tr("Too long: at most %1 characters.").replace("%1", str(MAX_LENGTH))
        elif score < MIN_SCORE:
            hint = self.tr("%1: easy to guess. Add words that do not belong together.") \
                .replace("%1", self.tr(_STRENGTH[score]))
        elif self.second.text() and self.second.text() != text:
            hint = self.tr("The two passphrases differ.")
        else:
            hint = self.tr(_STRENGTH[score])
        show_status(self.hint, hint)         # said when it changes (WCAG 4.1.3)
        self.completeChanged.emit()

    def acceptable(self) -> bool:
        """Long enough, strong enough, typed twice the same, warning acknowledged."""
        text = self.first.text()
        return (not passphrase_problems(text, self._inputs())
                and text == self.second.text() and self.understood.isChecked())

    def isComplete(self) -> bool:
        """See :meth:`acceptable`. Stays true while the notebook is being created (then
        :meth:`validatePage` refuses a second Next): disabling Next would throw the keyboard
        focus off the button the user just pressed."""
        return self.acceptable()

    def validatePage(self) -> bool:
        """Create the notebook in the background; the wizard moves on when it is ready."""
        if self._wiz.notebook is not None:
            return True
        if self._creating or not self.acceptable():
            return False
        from jongerenwerk_desk.vault import normalise_passphrase

        passphrase, path = normalise_passphrase(self.first.text()), self._wiz.path
        self._creating = True
        self.busy.setVisible(True)
        hold_still((self.first, self.second, self.understood), True)
        self._wiz.services.tasks.run(lambda: self._wiz.creator(path, passphrase),
                                     on_success=self._created, on_failure=self._failed)
        return False

    def _created(self, result) -> None:
        self._creating = False
        self.busy.setVisible(False)
        hold_still((self.first, self.second, self.understood), False)
        self._wiz.notebook, self._wiz.recovery_code = result
        self._wiz.save_notebook_settings()
        self.first.clear()
        self.second.clear()
        self._wiz.notebook_created.emit()     # from now on the idle lock covers the wizard
        self._wiz.next()

    def _failed(self, exc: BaseException) -> None:
        from jongerenwerk_desk.ui.shell.errors import advice_for

        self._creating = False
        self.busy.setVisible(False)
        hold_still((self.first, self.second, self.understood), False)
        self.completeChanged.emit()
        advice = advice_for(exc)
        self._wiz.services.prompter.error(self, self.tr("Notebook not created"), advice.text)


class RecoveryCodePage(QWizardPage):
    """The recovery code, shown once."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wiz = wizard
        self.setTitle(self.tr("Your recovery code"))
        self.setSubTitle(self.tr("Write this code on paper and keep it somewhere safe, away from "
                                 "this laptop. It is shown only this once."))
        self.code = QLabel()
        self.code.setObjectName("recoveryCode")
        font = self.code.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.code.setFont(font)
        self.code.setWordWrap(True)
        explain = QLabel(self.tr("With this code you can open the notebook when you have "
                                 "forgotten your passphrase, and then choose a new one."))
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        layout.addWidget(explain)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("I have written it &down"))

    def initializePage(self) -> None:
        """Show the code the vault returned."""
        self.code.setText(self._wiz.recovery_code or "")

    def cleanupPage(self) -> None:
        """Never keep the code in a widget longer than needed."""
        self.code.clear()


class RecoveryCheckPage(QWizardPage):
    """The recovery code typed back, to be sure it was written down correctly."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wiz = wizard
        self.setTitle(self.tr("Type the recovery code back"))
        self.setSubTitle(self.tr("Type the code from your paper, so we know it was written down "
                                 "correctly. Spaces and dashes do not matter."))
        self.entry = QLineEdit()
        self.entry.setObjectName("recoveryEntry")
        self.entry.textChanged.connect(self.completeChanged)
        self.hint = QLabel()
        layout = QFormLayout(self)
        layout.addRow(self.tr("Recovery &code:"), self.entry)
        layout.addRow(self.hint)

    def initializePage(self) -> None:
        """The code page has been left: remove the code from that page's label."""
        self._wiz.page(self._wiz.recovery_id).cleanupPage()

    def isComplete(self) -> bool:
        """True when the typed code matches."""
        ok = bool(self._wiz.recovery_code) and \
            canonical_code(self.entry.text()) == canonical_code(self._wiz.recovery_code)
        show_status(self.hint, "" if ok or not self.entry.text() else
                    self.tr("Not the same yet."))
        return ok

    def validatePage(self) -> bool:
        """Forget the code once it is confirmed."""
        self._wiz.recovery_code = None
        self.entry.clear()
        return True


class DevicePage(QWizardPage):
    """Offer to keep the key in the OS keyring, only where a secure one exists."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wiz = wizard
        self.setTitle(self.tr("This device"))
        self.setSubTitle(self.tr("Where the key of your notebook may be kept."))
        self.remember = QCheckBox(self.tr("&Remember on this device"))
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.remember)
        layout.addWidget(self.explain)
        available, backend = wizard.keyring_status()
        self.remember.setVisible(available)
        if available:
            self.explain.setText(self.tr(
                "The key is then kept in %1, protected by your login to this computer, and the "
                "notebook opens without a passphrase while you are logged in. Anyone who can "
                "use your account can then open it too. Leave this off on a shared computer.")
                .replace("%1", backend))
        else:
            self.explain.setText(self.tr(
                "No secure keyring was found on this computer, so you type your passphrase "
                "every time you open the notebook. The key is never stored in a plain file."))


