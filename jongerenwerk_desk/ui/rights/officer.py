"""For the privacy officer (FG; issue 12 point 5), from Notebook → "For the privacy
officer…": the processing-record entry (AVG art. 30) and the DPIA annex (art. 35) made from
the active covenant profile, the oversight figures, and a data-breach overview (art. 33/34)
for a lost export file or a lost laptop — each saved as a PDF where the worker chooses
(``services.prompter.save_file``, Qt's own dialog whose folder history is wiped).

The functions are those of ``jongerenwerk_desk.rights`` (the CLI commands
``processing-record``, ``oversight`` and ``breach-report`` use the same). Making a document
is an audit event through the ops runner (``notebook.ops.log_document``; counts only). The
dialog shows counts only; names are in the breach PDF for the FG (marked confidential).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class PrivacyOfficerDialog(QDialog):
    """Four documents for the FG, each behind a button with a one-line explanation.

    ``saved`` maps a document kind (``processing_record``, ``dpia_annex``, ``oversight``,
    ``breach``) to the path written; ``breach_summary`` shows the counts of the last breach
    overview (no names)."""

    def __init__(self, notebook: Any, services: Any, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.notebook, self.services = notebook, services
        self.today = today or date.today()
        self.saved: dict[str, Path] = {}
        self.setWindowTitle(translate("RightsOfficer", "For the privacy officer"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "RightsOfficer", "Documents for the privacy officer (FG), made from the covenant "
            "profile and this notebook's register. They are drafts for the organisation to "
            "check; give them to the FG only."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        self.record_button = self._row(grid, 0, translate(
            "RightsOfficer", "&Processing record…"), translate(
            "RightsOfficer", "The entry for the register of processing activities (AVG art. "
            "30)."), self.save_processing_record)
        self.dpia_button = self._row(grid, 1, translate("RightsOfficer", "&DPIA annex…"),
                                     translate("RightsOfficer", "Data flows, recipients, "
                                               "retention, security, and how this covenant "
                                               "differs from the model (AVG art. 35)."),
                                     self.save_dpia_annex)
        self.oversight_button = self._row(grid, 2, translate(
            "RightsOfficer", "&Oversight figures…"), translate(
            "RightsOfficer", "How often a conflict of duties, a vital interest or an "
            "informing exception was used, with the reasons to sample."), self.save_oversight)
        self.export_button = self._row(grid, 3, translate(
            "RightsOfficer", "Lost &export file…"), translate(
            "RightsOfficer", "Data breach: choose the lost file (or a copy). You see which "
            "young people and recipients it concerns (AVG art. 33/34)."), self.breach_export)
        self.laptop_button = self._row(grid, 4, translate(
            "RightsOfficer", "Lost &laptop…"), translate(
            "RightsOfficer", "Data breach: the whole notebook (a lost or stolen laptop)."),
            self.breach_laptop)
        layout.addLayout(grid)
        self.breach_summary = QLabel(self)
        self.breach_summary.setWordWrap(True)
        layout.addWidget(self.breach_summary)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def _row(self, grid: QGridLayout, row: int, text: str, explanation: str,
             slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleDescription(explanation)
        button.clicked.connect(lambda _=False: slot())
        label = QLabel(explanation, self)
        label.setWordWrap(True)
        grid.addWidget(button, row, 0)
        grid.addWidget(label, row, 1)
        return button

    # --- the documents ---------------------------------------------------------------------
    def _profile(self) -> Any:
        from jongerenwerk_desk.sharing.profile_choice import active_profile

        return active_profile(self.notebook)

    def _save(self, kind: str, title: str, stem: str, make: Callable[[], Any],
              detail: str = "") -> Path | None:
        """Ask where, write ``make()`` (a rights ``Document``) as PDF, log it; the path or
        None (cancelled or failed; a failure is shown in Dutch)."""
        from jongerenwerk_desk.notebook.ops import log_document
        from jongerenwerk_desk.rights.document import write_document_pdf
        from jongerenwerk_desk.ui.shell.errors import advice_for

        prompter = self.services.prompter
        target = prompter.save_file(self, title, f"{stem}-{self.today.isoformat()}.pdf",
                                    "PDF (*.pdf)")
        if target is None:
            return None
        try:
            write_document_pdf(make(), Path(target))
            from jongerenwerk_desk.ui.shell.ops_runner import ops_for

            ops_for(self.services, self.notebook).run(log_document, kind, None, detail)
        except Exception as exc:  # shown in Dutch, never with client data
            prompter.error(self, translate("RightsOfficer", "Not saved"), advice_for(exc).text)
            return None
        self.saved[kind] = Path(target)
        prompter.inform(self, translate("RightsOfficer", "Saved"),
                        translate("RightsOfficer", "The document has been saved."))
        return Path(target)

    def save_processing_record(self) -> None:
        """The AVG art. 30 entry from the active profile (``rights.officer``)."""
        from jongerenwerk_desk.notebook.settings_keys import SettingKey
        from jongerenwerk_desk.rights.officer import processing_record

        own = self.notebook.settings.get(SettingKey.OWN_PARTY.value) or "jongerenwerk"
        self._save("processing_record", translate("RightsOfficer", "Save processing record"),
                   "verwerkingsregister", lambda: processing_record(self._profile(), own))

    def save_dpia_annex(self) -> None:
        """The DPIA annex: the active profile against the model covenant."""
        from jongerenwerk_desk.covenant.profile import builtin_profile
        from jongerenwerk_desk.rights.officer import dpia_annex

        self._save("dpia_annex", translate("RightsOfficer", "Save DPIA annex"), "dpia-bijlage",
                   lambda: dpia_annex(self._profile(), builtin_profile("model")))

    def save_oversight(self) -> None:
        """The oversight figures with the justifications to sample."""
        from jongerenwerk_desk.rights.officer import oversight_document, oversight_figures

        self._save("oversight", translate("RightsOfficer", "Save oversight figures"),
                   "toezicht", lambda: oversight_document(oversight_figures(self.notebook),
                                                          self.today))

    def breach_export(self) -> None:
        """Choose the lost export file; show what it concerns (counts) and offer the PDF."""
        from jongerenwerk_desk.rights.breach import breach_for_export

        chosen = self.services.prompter.open_file(
            self, translate("RightsOfficer", "Choose the lost export file (or a copy)"),
            "PDF, JSON (*.pdf *.json);;*")
        if chosen is None:
            return
        overview = breach_for_export(self.notebook, chosen, self.today)
        if not overview.disclosure_ids:
            text = translate("RightsOfficer", "This file is not in the register of "
                             "disclosures: no match on its content or its file name.")
            self.breach_summary.setText(text)
            self.services.prompter.inform(self, translate("RightsOfficer", "Not found"), text)
            return
        self._breach(overview)

    def breach_laptop(self) -> None:
        """What the whole notebook holds (a lost laptop): counts, and the PDF."""
        from jongerenwerk_desk.rights.breach import breach_for_notebook

        self._breach(breach_for_notebook(self.notebook, self.today))

    def _breach(self, overview: Any) -> None:
        from jongerenwerk_desk.rights.breach import breach_document

        self.breach_summary.setText(translate(
            "RightsOfficer", "Data breach: %1 young people (%2 under 16 or of unknown age), "
            "%3 disclosures, recipients: %4.").replace("%1", str(len(overview.person_ids)))
            .replace("%2", str(overview.minors)).replace("%3", str(len(overview.disclosure_ids)))
            .replace("%4", ", ".join(overview.recipients) or "-"))
        self._save("breach", translate("RightsOfficer", "Save data breach overview"), "datalek",
                   lambda: breach_document(overview, self.today),
                   f"people={len(overview.person_ids)};"
                   f"disclosures={len(overview.disclosure_ids)}")


def open_privacy_officer(window: Any) -> None:
    """Menu slot: the privacy officer's documents for ``window``'s open notebook."""
    if window.notebook is None:
        return
    dialog = PrivacyOfficerDialog(window.notebook, window.services, window)
    try:
        window.services.prompter.run_dialog(dialog)
    finally:
        dialog.deleteLater()
