"""The "Covenant…" dialog: see the active covenant profile, import another one, record
signatures, and keep the result encrypted inside the notebook.

The built-in model covenant (Modelconvenant jeugdgroepaanpak, October 2022) has no signatures,
so every share check refuses (sharing-rules.md: OWN_PARTY_NOT_SIGNATORY,
RECIPIENT_NOT_SIGNATORY) until the organisation records its own signature and the partners'.
This dialog is where the privacy officer does that after the first run:

- "Import another covenant profile…" validates a TOML file with ``covenant.load_profile``;
  a broken file shows every problem (Dutch, with its key) and changes nothing.
- "Record signature…" per party takes a date that is not after today
  (``covenant.record_signatures``).
- "Save" stores the profile as TOML inside the encrypted notebook
  (``notebook.ops.set_active_profile``), sets it active and writes an audit event (id,
  version, how many parties signed: no client data), in one transaction. The window then
  rebuilds its views with the new profile.

Nothing is written before "Save"; "Cancel" leaves the notebook unchanged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jongerenwerk_desk.covenant.model import CovenantProfile, Party, ProfileError
from jongerenwerk_desk.covenant.profile import load_profile, parse_profile_bytes
from jongerenwerk_desk.covenant.store import profile_to_toml, record_signatures
from jongerenwerk_desk.ui.shell.profile import describe_profile

if TYPE_CHECKING:
    from jongerenwerk_desk.notebook.notebook import Notebook


AUDIT_ACTION = "covenant_profile_saved"
AUDIT_ENTITY = "covenant_profile"


def format_day(day: dt.date | None) -> str:
    """``dd-mm-jjjj`` (Dutch notation), or "" for None."""
    return "" if day is None else day.strftime("%d-%m-%Y")


class SignatureDialog(QDialog):
    """Ask for the date on which ``party`` signed; the date edit never goes past ``today``."""

    def __init__(self, party: Party, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record signature"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("On which date did %1 sign the covenant?").replace("%1", party.name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.date_edit = QDateEdit()
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        start = party.signed_on or today
        self.date_edit.setDate(QDate(start.year, start.month, start.day))
        label = QLabel(self.tr("Signed &on:"))
        label.setBuddy(self.date_edit)
        form.addRow(label, self.date_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def day(self) -> dt.date:
        """The chosen date."""
        return self.date_edit.date().toPython()


class CovenantDialog(QDialog):
    """Shows ``profile`` (the notebook's active CovenantProfile) and lets the user import
    another profile or record signatures, then save it into ``notebook``.

    ``services``: the shell's Services (prompter for file choice, errors and sub-dialogs).
    ``today``: a callable returning today's date (tests inject one). After an accepted save,
    ``saved_profile`` holds the profile now active; otherwise it is None.
    """

    def __init__(self, notebook: Notebook, profile: CovenantProfile, services,
                 parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.notebook, self.services, self._today = notebook, services, today
        self.original, self.pending = profile, profile
        self.saved_profile: CovenantProfile | None = None
        self._row_ids: tuple[str, ...] | None = None
        self.setWindowTitle(self.tr("Covenant"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.header)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Party"), self.tr("Role"), self.tr("Signed on"), ""])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setVisible(False)
        self.problems.setMaximumHeight(140)
        layout.addWidget(self.problems)
        self.import_button = QPushButton(self.tr("&Import another covenant profile…"))
        self.import_button.clicked.connect(self.import_profile)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show(self.pending)

    # ------------------------------------------------------------------------------- showing
    def _show(self, profile: CovenantProfile) -> None:
        until = format_day(profile.valid_until) or self.tr("open-ended")
        self.header.setText(
            self.tr("<b>%1</b><br>Id: %2 · version %3<br>Valid from %4 until %5")
            .replace("%1", _html(profile.title)).replace("%2", _html(profile.id))
            .replace("%3", _html(profile.version)).replace("%4", format_day(profile.valid_from))
            .replace("%5", until))
        rebuild = self._row_ids != tuple(p.id for p in profile.parties)
        if rebuild:            # buttons only when the parties change (no stray deleted ones)
            self.table.setRowCount(0)
            self.table.setRowCount(len(profile.parties))
        for row, party in enumerate(profile.parties):
            signed = format_day(party.signed_on) or self.tr("not signed")
            for col, text in enumerate((party.name, party.role, signed)):
                self.table.setItem(row, col, QTableWidgetItem(text))
            if rebuild:
                button = QPushButton(self.tr("Record signature…"))
                button.clicked.connect(lambda _=False, pid=party.id: self.ask_signature(pid))
                self.table.setCellWidget(row, 3, button)
        self._row_ids = tuple(p.id for p in profile.parties)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        changed = profile != self.original
        self.note.setText(describe_profile(profile) + (
            " " + self.tr("Not saved yet.") if changed else ""))
        self.save_button.setEnabled(changed)

    def _show_problems(self, problems: list[str]) -> None:
        self.problems.setPlainText(
            "\n".join([self.tr("This covenant profile cannot be used; nothing has changed:")]
                      + [f"• {p}" for p in problems]))
        self.problems.setVisible(bool(problems))

    # ------------------------------------------------------------------------------- changing
    def import_profile(self) -> bool:
        """Choose a TOML file, validate it completely, and make it the pending profile.
        A broken file shows every problem and leaves the pending profile as it was."""
        path = self.services.prompter.open_file(
            self, self.tr("Choose covenant profile"), self.tr("Covenant profile (*.toml)"))
        if path is None:
            return False
        try:
            profile = load_profile(path)
        except ProfileError as exc:
            self._show_problems(list(exc.problems))
            return False
        self._show_problems([])
        self.pending = profile
        self._show(profile)
        return True

    def ask_signature(self, party_id: str) -> bool:
        """Ask the signing date of ``party_id`` in a small dialog and record it."""
        party = self.pending.party(party_id)
        if party is None:
            return False
        dialog = SignatureDialog(party, self._today(), self)
        if self.services.prompter.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        return self.record_signature(party_id, dialog.day())

    def record_signature(self, party_id: str, day: dt.date) -> bool:
        """Set ``party_id``'s signing date on the pending profile. Refused (Dutch error,
        nothing changed) for a date after today or an unknown party."""
        if day > self._today():
            self.services.prompter.error(
                self, self.tr("Date in the future"),
                self.tr("A signature cannot be dated after today. Nothing has been recorded."))
            return False
        try:
            self.pending = record_signatures(self.pending, {party_id: day})
        except ProfileError as exc:
            self._show_problems(list(exc.problems))
            return False
        self._show(self.pending)
        return True

    # -------------------------------------------------------------------------------- saving
    def save(self) -> None:
        """Store the pending profile in the notebook (one transaction with the audit event)
        and close the dialog; on a storage error show it in Dutch and stay open."""
        from jongerenwerk_desk.notebook import ops
        from jongerenwerk_desk.sharing.profile_choice import profile_text
        from jongerenwerk_desk.ui.shell.ops_runner import ops_for
        from jongerenwerk_desk.vault.errors import VaultError

        profile = self.pending
        raw = profile_to_toml(profile).encode("utf-8")
        try:
            if parse_profile_bytes(raw, "notitieboek") != profile:
                raise ProfileError([self.tr("the profile does not read back unchanged")])
            signed = len(profile.parties) - len(profile.unsigned_parties())
            ops_for(self.services, self.notebook).run(
                ops.set_active_profile, profile.id, toml_text=profile_text(raw),
                audit=(AUDIT_ACTION, AUDIT_ENTITY,
                       f"{profile.id} versie {profile.version}; ondertekend door {signed} van "
                       f"{len(profile.parties)} partijen"))
        except ProfileError as exc:
            self._show_problems(list(exc.problems))
            return
        except VaultError as exc:
            self.services.prompter.error(self, self.tr("Covenant not saved"), exc.user_message)
            return
        self.saved_profile = profile
        self.accept()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def open_covenant_dialog(window) -> None:
    """Menu slot: show the dialog for ``window``'s open notebook; after a save the window
    uses the new profile (``ShellWindow.use_profile``)."""
    if window.notebook is None or window.profile is None:
        return
    dialog = CovenantDialog(window.notebook, window.profile, window.services, window)
    try:
        window.services.prompter.run_dialog(dialog)
        if dialog.saved_profile is not None and window.notebook is not None:
            window.use_profile(dialog.saved_profile)
    finally:
        dialog.deleteLater()
