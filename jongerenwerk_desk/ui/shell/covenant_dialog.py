"""The "Covenant…" dialog: see the active covenant profile, import another one, record
signatures, and keep the result encrypted inside the notebook.

The built-in model covenant (Modelconvenant jeugdgroepaanpak, October 2022) has no signatures,
so every share check refuses (docs/legal-rules.md: OWN_PARTY_NOT_SIGNATORY,
RECIPIENT_NOT_SIGNATORY) until the organisation records its own signature and the partners'.
This dialog is where the privacy officer does that after the first run:

- "Import another covenant profile…" validates a TOML file with ``covenant.load_profile``;
  a broken file shows every problem (Dutch, with its key) and changes nothing. A valid one
  shows how it differs from the model covenant and warns loudly about settings the law does
  not allow youth work (``covenant.review_profile``); it is saved only after a named person
  approves that version (``covenant.approve_profile``: name and moment kept in the profile).
- "Record signature…" per party takes a date that is not after today, a reference to the
  signed document and who records it; the moment of recording comes from the clock
  (``covenant.record_signature``). The table shows all of it per party.
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
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jongerenwerk_desk.covenant.governance import review_profile
from jongerenwerk_desk.covenant.model import CovenantProfile, Party, ProfileError
from jongerenwerk_desk.covenant.profile import builtin_profile, load_profile, parse_profile_bytes
from jongerenwerk_desk.covenant.store import approve_profile, profile_to_toml, record_signature
from jongerenwerk_desk.ui.shell.profile import describe_profile

if TYPE_CHECKING:
    from jongerenwerk_desk.notebook.notebook import Notebook


AUDIT_ACTION = "covenant_profile_saved"
AUDIT_ENTITY = "covenant_profile"


def format_day(day: dt.date | None) -> str:
    """``dd-mm-jjjj`` (Dutch notation), or "" for None."""
    return "" if day is None else day.strftime("%d-%m-%Y")


class SignatureDialog(QDialog):
    """Ask for the date on which ``party`` signed (never past ``today``), the reference of
    the signed document and who records it."""

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
        self.document = QLineEdit(party.signed_document or "")
        self.document.setPlaceholderText(self.tr("file name or archive reference"))
        doc_label = QLabel(self.tr("Signed &document:"))
        doc_label.setBuddy(self.document)
        form.addRow(doc_label, self.document)
        self.recorded_by = QLineEdit()
        self.recorded_by.setPlaceholderText(self.tr("your name and role"))
        by_label = QLabel(self.tr("&Recorded by:"))
        by_label.setBuddy(self.recorded_by)
        form.addRow(by_label, self.recorded_by)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def day(self) -> dt.date:
        """The chosen date."""
        return self.date_edit.date().toPython()

    def document_reference(self) -> str:
        """The reference of the signed document, stripped."""
        return self.document.text().strip()

    def recorder(self) -> str:
        """Who records the signature, stripped."""
        return self.recorded_by.text().strip()


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
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Party"), self.tr("Role"), self.tr("Signed on"),
             self.tr("Document and recording"), ""])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)       # arrows move in the table, Tab leaves it
        self.table.setAccessibleName(self.tr("Parties and signatures"))
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
        self.review = QLabel()
        self.review.setObjectName("profile_review")
        self.review.setWordWrap(True)
        self.review.setTextFormat(Qt.TextFormat.RichText)
        self.review.setVisible(False)
        layout.addWidget(self.review)
        approval = QFormLayout()
        self.approved_by = QLineEdit()
        self.approved_by.setObjectName("approved_by")
        self.approved_by.setPlaceholderText(self.tr("name and role of who approves this version"))
        self.approved_label = QLabel(self.tr("&Approved by:"))
        self.approved_label.setBuddy(self.approved_by)
        approval.addRow(self.approved_label, self.approved_by)
        layout.addLayout(approval)
        self.approved_by.textChanged.connect(lambda _t: self._show(self.pending))
        self._imported = False
        self._set_approval_visible(False)
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
            for col, text in enumerate((party.name, party.role, signed,
                                        self._recording_text(party))):
                self.table.setItem(row, col, QTableWidgetItem(text))
            if rebuild:
                button = QPushButton(self.tr("Record signature…"))
                button.clicked.connect(lambda _=False, pid=party.id: self.ask_signature(pid))
                self.table.setCellWidget(row, 4, button)
        self._row_ids = tuple(p.id for p in profile.parties)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        changed = profile != self.original
        self.note.setText(describe_profile(profile) + (
            " " + self.tr("Not saved yet.") if changed else ""))
        approved = not self._imported or bool(self.approved_by.text().strip())
        self.save_button.setEnabled(changed and approved)

    def _set_approval_visible(self, visible: bool) -> None:
        self.approved_label.setVisible(visible)
        self.approved_by.setVisible(visible)

    def _show_review(self, profile: CovenantProfile) -> None:
        """How ``profile`` differs from the model covenant; loud warnings first, in red."""
        review = review_profile(profile, builtin_profile("model"))
        warning = _html(self.tr("Warning:"))
        lines = [f"<b style='color:#9b1c1c'>{warning}</b> {_html(w.message)}"
                 for w in review.loud]
        lines += [_html(w.message) for w in review.warnings if not w.loud]
        lines += [_html(self.tr("Differs from the model covenant: %1").replace("%1", d))
                  for d in review.differences]
        if not lines:
            lines = [_html(self.tr("Same settings as the model covenant."))]
        lines.append(_html(self.tr("A named person must approve this version before it is "
                                   "used.")))
        self.review.setText("<br>".join(lines))
        self.review.setVisible(True)

    def _recording_text(self, party: Party) -> str:
        """Document reference, who recorded the signature and when (local time)."""
        if party.signed_on is None:
            return ""
        if not party.signed_document:
            return self.tr("no document recorded")
        text = party.signed_document
        if party.signature_recorded_by and party.signature_recorded_at:
            when = party.signature_recorded_at.astimezone().strftime("%d-%m-%Y %H:%M")
            text += " · " + self.tr("recorded by %1 on %2").replace(
                "%1", party.signature_recorded_by).replace("%2", when)
        return text

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
        self._imported = True
        self.approved_by.clear()
        self._set_approval_visible(True)
        self._show_review(profile)
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
        return self.record_signature(party_id, dialog.day(), dialog.document_reference(),
                                     dialog.recorder())

    def record_signature(self, party_id: str, day: dt.date, document: str,
                         recorded_by: str) -> bool:
        """Set ``party_id``'s signing date, signed document and who records it (now, from
        the clock) on the pending profile. Refused (Dutch error, nothing changed) for a date
        after today, a missing document reference or name, or an unknown party."""
        if day > self._today():
            self.services.prompter.error(
                self, self.tr("Date in the future"),
                self.tr("A signature cannot be dated after today. Nothing has been recorded."))
            return False
        if not document.strip() or not recorded_by.strip():
            self.services.prompter.error(
                self, self.tr("Signature incomplete"),
                self.tr("Name the signed document and who records the signature. Nothing has "
                        "been recorded."))
            return False
        now = dt.datetime.fromtimestamp(self.services.clock.wall(), dt.UTC)
        try:
            self.pending = record_signature(self.pending, party_id, day, document=document,
                                            recorded_by=recorded_by, recorded_at=now)
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
        try:
            if self._imported:
                profile = approve_profile(
                    profile, self.approved_by.text(),
                    dt.datetime.fromtimestamp(self.services.clock.wall(), dt.UTC))
            raw = profile_to_toml(profile).encode("utf-8")
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
