"""Page 6: export the summary (PDF and/or a spreadsheet) and record the disclosure.

An export is a disclosure (verstrekking), so the passphrase is asked again and verified before
anything is written (AVG art. 32: only the authorised worker discloses).
``sharing.export_disclosure`` then writes the files (temporary name + rename) and the register
record in one transaction, off the GUI thread. The folder is chosen in Qt's own dialog that
leaves no history behind; the last folder is offered again (kept in the notebook, never in
QSettings). The file names carry a random reference, no personal data, no number and no date. A
password protects every file: the PDF (AES-256) and the spreadsheet, which is then an encrypted
``.xlsx`` that Excel opens with the same password; a plain CSV is only written without one. The
sender (organisation, the worker's name and a contact) is printed on every export; while the
name or the contact is missing the page says so and offers the editor.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
)

from jongerenwerk_desk.notebook import ops
from jongerenwerk_desk.notebook.settings_keys import SettingKey
from jongerenwerk_desk.sharing import ExportOptions
from jongerenwerk_desk.ui.a11y import announce, show_status, tab_stop
from jongerenwerk_desk.ui.secret_field import SecretField
from jongerenwerk_desk.ui.share import exporting
from jongerenwerk_desk.ui.share.common import SharePage, banner, hint_label, wrap_label
from jongerenwerk_desk.ui.share.folder_dialog import forget_dialog, make_folder_dialog
from jongerenwerk_desk.ui.shell.ops_runner import ops_for
from jongerenwerk_desk.ui.shell.sender_dialog import SenderDialog, sender_values

log = logging.getLogger(__name__)


class ExportPage(SharePage):
    """Formats, optional password, sender, folder; Finish exports. ``busy`` while it runs."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Export and record"))
        self.setSubTitle(self.tr("Choose the format and the folder. Exporting records the "
                                 "disclosure in the register; you will be asked for your "
                                 "passphrase."))
        self.setFinalPage(True)
        self.busy = False
        self.done = False
        self._job_id: int | None = None
        self._forgotten = False
        self.folder: Path | None = None
        self.pdf_check = QCheckBox(self.tr("&PDF"))
        self.pdf_check.setObjectName("pdf_check")
        self.pdf_check.setChecked(True)
        self.csv_check = QCheckBox(self.tr("&Spreadsheet for Excel"))
        self.csv_check.setObjectName("csv_check")
        self.sheet_hint = hint_label()
        self.password_check = QCheckBox(self.tr("Protect the files with a pass&word"))
        self.password_check.setObjectName("password_check")
        self.password_edit = SecretField()
        self.password_edit.setObjectName("password_edit")
        self.password_repeat = SecretField()
        self.password_repeat.setObjectName("password_repeat")
        for edit in (self.password_edit, self.password_repeat):
            edit.setEnabled(False)
            edit.textChanged.connect(self._changed)
            self.password_check.toggled.connect(edit.setEnabled)
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("folder_edit")
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setPlaceholderText(self.tr("No folder chosen"))
        self.folder_button = QPushButton(self.tr("Choose &folder…"))
        self.folder_button.setObjectName("folder_button")
        self.names_label = hint_label()
        self.sender_label = wrap_label(object_name="sender_label")
        self.sender_button = QPushButton(self.tr("Change &sender…"))
        self.sender_button.setObjectName("sender_button")
        self.sender_button.clicked.connect(self.edit_sender)
        self.problem_label = wrap_label(object_name="export_problem")
        self.problem_label.setStyleSheet("color: #9b1c1c;")
        self.result_box = QVBoxLayout()
        self._build_layout()
        for check in (self.pdf_check, self.csv_check, self.password_check):
            check.toggled.connect(self._changed)
        self.folder_button.clicked.connect(self.choose_folder)
        chain = [self.pdf_check, self.password_check, self.password_edit, self.password_repeat,
                 self.csv_check, self.sender_button, self.folder_edit, self.folder_button]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)      # visual order, not creation order

    def _build_layout(self) -> None:
        formats = QGroupBox(self.tr("Format"))
        format_layout = QVBoxLayout(formats)
        format_layout.addWidget(self.pdf_check)
        password_form = QFormLayout()
        password_form.addRow(self.tr("Password:"), self.password_edit)
        password_form.addRow(self.tr("Repeat:"), self.password_repeat)
        format_layout.addWidget(self.password_check)
        format_layout.addLayout(password_form)
        format_layout.addWidget(hint_label(self.tr(
            "Send the password by another route than the file (for example by phone).")))
        format_layout.addWidget(self.csv_check)
        format_layout.addWidget(self.sheet_hint)
        sender = QGroupBox(self.tr("Sender"))
        sender_row = QHBoxLayout(sender)
        sender_row.addWidget(self.sender_label, 1)
        sender_row.addWidget(self.sender_button)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        target = QGroupBox(self.tr("Folder"))
        target_layout = QVBoxLayout(target)
        target_layout.addLayout(folder_row)
        target_layout.addWidget(self.names_label)
        layout = QVBoxLayout(self)
        layout.addWidget(formats)
        layout.addWidget(sender)
        layout.addWidget(target)
        layout.addWidget(self.problem_label)
        layout.addLayout(self.result_box)
        layout.addStretch(1)

    # ------------------------------------------------------------------ state
    def refresh(self) -> None:
        """Show the sender, the remembered folder and the file names that will be used."""
        if self.done:
            return
        if self.folder is None:
            remembered = self.session.notebook.settings.get(SettingKey.EXPORT_FOLDER.value)
            if remembered and Path(remembered).is_dir():
                self.folder = Path(remembered)
                self.folder_edit.setText(remembered)
        organisation, name, contact = sender_values(self.session.notebook)
        parts = [p for p in (organisation, name, contact) if p]
        self.sender_label.setText(", ".join(parts) if parts else self.tr("(not filled in)"))
        self.sheet_hint.setText(
            self.tr("Protected with the same password: an Excel file (.xlsx) that asks for it "
                    "when opened.") if self.protected() else
            self.tr("Without a password the spreadsheet is a plain CSV file."))
        show_status(self.problem_label, self._problem())
        names = exporting.planned_names(self.formats())
        self.names_label.setText(self.tr("File name(s): %1 (“code” stands for eight random "
                                         "characters: they say nothing about the young people "
                                         "or how many disclosures you made).")
                                 .replace("%1", ", ".join(names)))
        self.completeChanged.emit()

    def protected(self) -> bool:
        """True when the worker chose to protect the files with a password."""
        return self.password_check.isChecked()

    def formats(self) -> list[str]:
        """Chosen formats: ``pdf`` and the spreadsheet, ``xlsx`` (encrypted with the same
        password) when the files are protected, else ``csv``."""
        sheet = "xlsx" if self.protected() else "csv"
        return [name for name, check in (("pdf", self.pdf_check), (sheet, self.csv_check))
                if check.isChecked()]

    def pdf_password(self) -> str | None:
        """The password for the files, or None when they are not protected."""
        if not self.protected():
            return None
        return self.password_edit.text()

    def edit_sender(self) -> None:
        """Open the sender editor; saved into the notebook on OK."""
        dialog = SenderDialog(self.session.notebook, self.wizard().services, self)
        try:
            self.wizard().services.prompter.run_dialog(dialog)
        finally:
            dialog.deleteLater()
        self.refresh()

    def _problem(self) -> str:
        """Why the export cannot start yet (Dutch, shown under the form), or ""."""
        if not self.formats():
            return self.tr("Choose at least one format.")
        _, name, contact = sender_values(self.session.notebook)
        if not (name and contact):
            return self.tr("Fill in your name and a contact (phone or e-mail) under Sender: "
                           "recipients must know who sent this and whom to call.")
        if self.folder is None or not self.folder.is_dir():
            return self.tr("Choose the folder for the files.")
        if self.protected():
            if len(self.password_edit.text()) < exporting.MIN_PDF_PASSWORD:
                return self.tr("The PDF password needs at least %1 characters.").replace(
                    "%1", str(exporting.MIN_PDF_PASSWORD))
            if self.password_edit.text() != self.password_repeat.text():
                return self.tr("The two passwords differ.")
        return ""

    def _changed(self) -> None:
        if self.wizard() is not None:
            self.refresh()

    def set_folder(self, folder: Path | None) -> None:
        """Use ``folder`` as the target (shown in full; it never goes to QSettings)."""
        self.folder = folder
        self.folder_edit.setText(str(folder) if folder else "")
        self._changed()

    def choose_folder(self) -> None:
        """Ask for the folder in Qt's own dialog through the prompter; no history is kept."""
        dialog = make_folder_dialog(self, self.folder)
        try:
            if self.wizard().services.prompter.run_dialog(dialog) == QDialog.DialogCode.Accepted:
                chosen = dialog.selectedFiles()
                if chosen:
                    self.set_folder(Path(chosen[0]))
        finally:
            forget_dialog(dialog)
            dialog.deleteLater()

    def isComplete(self) -> bool:
        """Done, exporting, or ready to export (format, folder, matching password). While the
        export runs Finish stays enabled (``validatePage`` ignores it): disabling the button
        the user just pressed would throw the keyboard focus elsewhere (WCAG 2.4.3)."""
        if self.done or self.busy:
            return True
        return self.wizard() is not None and not self._problem()

    # ------------------------------------------------------------------ export
    def validatePage(self) -> bool:
        """Finish: check again, ask and verify the passphrase, export off the GUI thread.

        Returns True only after a successful export (the second press closes the wizard).
        """
        if self.done:
            return True
        if self.busy or self._problem():
            return False
        wizard = self.wizard()
        prepared = wizard.prepared_for_export(self)
        if prepared is None:
            return False
        label = self.tr("An export is a disclosure. Enter the passphrase of your notebook to "
                        "confirm:")
        if wizard.demo_session:
            from jongerenwerk_desk.ui.shell.demo import DEMO_PASSPHRASE

            label += "\n" + self.tr("Demo: the passphrase is “%1”.").replace(
                "%1", DEMO_PASSPHRASE)
        passphrase = wizard.services.prompter.passphrase(
            wizard, self.tr("Confirm the disclosure"), label)
        if not passphrase:
            return False
        job = exporting.ExportJob(
            prepared=prepared, options=ExportOptions(
                folder=self.folder, formats=tuple(self.formats()),
                created_at=dt.datetime.fromtimestamp(wizard.services.clock.wall(), dt.UTC)),
            pdf_password=self.pdf_password(), passphrase=passphrase)
        del passphrase
        self._set_busy(True)
        runner = ops_for(wizard.services, self.session.notebook)
        self._job_id = runner.run_in_background(job.run, on_success=self._on_exported,
                                                on_failure=self._on_failed)
        return False

    def forget_job(self) -> None:
        """Drop the result of a running export (lock): no callback will show it. (The lock
        waits for a running export first, so normally nothing is pending here.)"""
        self._job_id = None
        self._forgotten = True

    def _on_exported(self, record) -> None:
        if not self._forgotten:
            self._exported(record)

    def _on_failed(self, error: BaseException) -> None:
        if not self._forgotten:
            self._failed(error)

    def _set_busy(self, busy: bool) -> None:
        """While exporting (and after) only Finish is shown: no Back, no Cancel halfway."""
        self.busy = busy
        wizard = self.wizard()
        focus = QApplication.focusWidget()      # re-laying out the buttons moves the focus
        locked = busy or self.done
        wizard.setButtonLayout([QWizard.WizardButton.Stretch, QWizard.WizardButton.FinishButton]
                               if locked else wizard.standard_layout)
        for widget in (self.pdf_check, self.csv_check, self.password_check, self.folder_button,
                       self.sender_button):
            widget.setEnabled(not locked)
        for widget in (self.password_edit, self.password_repeat):
            widget.setEnabled(not locked and self.password_check.isChecked())
        self.completeChanged.emit()
        if focus is not None and focus.isVisible() and focus.isEnabled() \
                and wizard.isAncestorOf(focus):
            focus.setFocus(Qt.FocusReason.OtherFocusReason)   # stays put (WCAG 2.4.3)

    def _exported(self, record) -> None:
        self._job_id = None
        wizard = self.wizard()
        self.done = True
        wizard.record = record
        self._set_busy(False)
        wizard.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self._remember_folder()
        lines = [self.tr("Shared and recorded in the register (Share > Disclosure register)."),
                 self.tr("Saved in %1:").replace("%1", str(self.folder))]
        lines.extend(f"  {name}" for name in record.file_names)
        if self.protected():
            lines.append(self.tr("Send the password by another route than the files."))
        result = banner("\n".join(lines), "ok")
        result.setObjectName("export_result")
        tab_stop(result)
        self.result_box.addWidget(result)
        result.setFocus(Qt.FocusReason.OtherFocusReason)   # the keyboard lands on the outcome
        announce(result, lines[0])
        self.names_label.setText("")
        self.password_edit.clear()
        self.password_repeat.clear()

    def _remember_folder(self) -> None:
        """Keep the folder in the notebook for the next export (never in QSettings)."""
        try:
            ops_for(self.wizard().services, self.session.notebook).run(
                ops.set_setting, SettingKey.EXPORT_FOLDER, str(self.folder))
        except Exception:
            log.warning("export folder not remembered")

    def _failed(self, error: BaseException) -> None:
        self._job_id = None
        self._set_busy(False)
        log.warning("export failed: %s", type(error).__name__)   # type only, no content
        self.wizard().services.prompter.error(self.wizard(), self.tr("Export failed"),
                                              exporting.user_message(error))
