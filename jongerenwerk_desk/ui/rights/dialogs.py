"""Two dialogs over ``jongerenwerk_desk.rights``: the access report (AVG art. 15) and the
retention preview (AVG art. 5(1)(e)). Every write goes through the ops runner
(``services.ops``); the dialogs only read and show.

Privacy: the retention list shows masked items only (date and category of a signal,
"Vertrouwelijk" when told in confidence, initials and birth year of a person). The access
report dialog names the young people (the worker chooses one) and, for each confidential
signal, its date and category so the worker can decide; the PDF's file name holds no name.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
SHOWN_ITEMS = 500


def _today(services: Any) -> date:
    """Today's date on this computer (retention and ages count in calendar days)."""
    return date.today()


class RetentionDialog(QDialog):
    """What is past its retention period (counts and masked items) and a Delete button that
    deletes exactly that, after a confirmation, through ``notebook.ops.sweep_retention``."""

    def __init__(self, notebook: Any, services: Any, parent: QWidget | None = None) -> None:
        from jongerenwerk_desk.rights import retention

        super().__init__(parent)
        self.notebook, self.services = notebook, services
        self.setWindowTitle(translate("RightsDialogs", "Retention periods"))
        self.preview = retention.preview(notebook, _today(services))
        self.deleted: dict[str, int] | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "RightsDialogs", "These items are past their retention period. Check the list; "
            "nothing is deleted until you choose Delete."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        counts = self.preview.counts()
        form = QFormLayout()
        for label, value in (
                (translate("RightsDialogs", "Signals:"), counts["signal"]),
                (translate("RightsDialogs", "Groups:"), counts["group"]),
                (translate("RightsDialogs", "Young people:"), counts["person"]),
                (translate("RightsDialogs", "Register records to shorten:"),
                 len(self.preview.register_due)),
                (translate("RightsDialogs", "Postponed (legal hold):"),
                 len(self.preview.postponed))):
            form.addRow(label, QLabel(str(value)))
        layout.addLayout(form)
        self.items = QListWidget()
        for item in self.preview.due[:SHOWN_ITEMS]:
            QListWidgetItem(f"{item.label} — {item.rule}", self.items)
        if len(self.preview.due) > SHOWN_ITEMS:
            QListWidgetItem(translate("RightsDialogs", "… and %1 more").replace(
                "%1", str(len(self.preview.due) - SHOWN_ITEMS)), self.items)
        if not self.preview.due and not self.preview.register_due:
            QListWidgetItem(translate("RightsDialogs", "Nothing is past its retention period."),
                            self.items)
        layout.addWidget(self.items)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.delete_button = QPushButton(translate("RightsDialogs", "&Delete"))
        self.delete_button.setEnabled(bool(self.preview.due or self.preview.register_due))
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self.delete_due)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def delete_due(self) -> None:
        """Ask once, then delete what the preview lists (one operation, audited)."""
        from jongerenwerk_desk.notebook.ops import sweep_retention
        from jongerenwerk_desk.rights.retention import sweep_arguments

        total = len(self.preview.due) + len(self.preview.register_due)
        prompter = self.services.prompter
        if not prompter.confirm(
                self, translate("RightsDialogs", "Delete for good?"),
                translate("RightsDialogs", "%1 items are deleted for good. This cannot be "
                          "undone, also not by restoring a backup.").replace("%1", str(total))):
            return
        try:
            self.deleted = self.services.ops.run(
                sweep_retention, **sweep_arguments(self.notebook, self.preview))
        except Exception as exc:  # shown in Dutch, never with client data
            from jongerenwerk_desk.ui.shell.errors import advice_for

            prompter.error(self, translate("RightsDialogs", "Not deleted"),
                           advice_for(exc).text)
            return
        done = self.deleted
        prompter.inform(self, translate("RightsDialogs", "Deleted"), translate(
            "RightsDialogs", "Deleted: %1 signals, %2 groups, %3 young people; %4 register "
            "records shortened.").replace("%1", str(done["signal"])).replace(
            "%2", str(done["group"])).replace("%3", str(done["person"])).replace(
            "%4", str(done["disclosure"])))
        self.accept()


class AccessReportDialog(QDialog):
    """Choose a young person, decide per confidential signal, save the access report as PDF;
    the decisions and the report are logged through the ops runner."""

    def __init__(self, notebook: Any, services: Any, parent: QWidget | None = None,
                 person_id: int | None = None) -> None:
        super().__init__(parent)
        self.notebook, self.services = notebook, services
        self.saved_to: Path | None = None
        self.setWindowTitle(translate("RightsDialogs", "Access report"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "RightsDialogs", "An overview of everything recorded about one young person, "
            "for an access request. Other people and informants are left out."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.person = QComboBox()
        for p in notebook.people.page(0, 100_000, sort_key="name"):
            self.person.addItem(p.name, p.id)
        if person_id is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(person_id)))
        form.addRow(translate("RightsDialogs", "&Young person:"), self.person)
        layout.addLayout(form)
        hint = QLabel(translate(
            "RightsDialogs", "Told in confidence: tick what may go into the report. Your "
            "choice is recorded."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.confidential = QListWidget()
        layout.addWidget(self.confidential)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(translate("RightsDialogs", "Save as &PDF…"))
        self.save_button.setEnabled(self.person.count() > 0)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        layout.addWidget(buttons)
        self.person.currentIndexChanged.connect(self._fill_confidential)
        self._fill_confidential()
        self.resize(640, 480)

    def _fill_confidential(self) -> None:
        from jongerenwerk_desk.sharing.profile_choice import active_profile
        from jongerenwerk_desk.sharing.request_builder import local_day

        self.confidential.clear()
        person_id = self.person.currentData()
        if person_id is None:
            return
        titles = {c.id: c.title for c in active_profile(self.notebook).categories}
        signals = [s for s in self.notebook.signals.for_person(int(person_id)) if s.confidential]
        for signal in signals:
            day = local_day(signal.occurred_at, signal.tz_name)
            item = QListWidgetItem(f"{day.strftime('%d-%m-%Y')} — "
                                   f"{titles.get(signal.category, signal.category)}")
            item.setData(Qt.ItemDataRole.UserRole, signal.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.confidential.addItem(item)
        if not signals:
            item = QListWidgetItem(translate("RightsDialogs", "No confidential signals."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.confidential.addItem(item)

    def decisions(self) -> dict[int, bool]:
        """Signal id -> include, for every confidential signal of the chosen person."""
        out: dict[int, bool] = {}
        for row in range(self.confidential.count()):
            item = self.confidential.item(row)
            signal_id = item.data(Qt.ItemDataRole.UserRole)
            if signal_id is not None:
                out[int(signal_id)] = item.checkState() == Qt.CheckState.Checked
        return out

    def save(self) -> None:
        """Ask where, write the PDF, log the decisions and the report (ops runner)."""
        from jongerenwerk_desk.notebook.ops import log_access_decisions, log_document
        from jongerenwerk_desk.rights.access import build_access_report
        from jongerenwerk_desk.rights.document import write_document_pdf
        from jongerenwerk_desk.ui.shell.errors import advice_for

        person_id = int(self.person.currentData())
        today = _today(self.services)
        prompter = self.services.prompter
        target = prompter.save_file(self, translate("RightsDialogs", "Save access report"),
                                    f"inzage-{person_id}-{today.isoformat()}.pdf",
                                    "PDF (*.pdf)")
        if target is None:
            return
        decisions = self.decisions()
        try:
            report = build_access_report(self.notebook, person_id, today, include_confidential={
                s for s, include in decisions.items() if include})
            write_document_pdf(report.document(), Path(target))
            self.services.ops.run(log_access_decisions, person_id, decisions)
            self.services.ops.run(log_document, "access_report", person_id,
                                  f"signals={len(report.signals)};"
                                  f"disclosures={len(report.disclosures)};"
                                  f"withheld={report.withheld_confidential}")
        except Exception as exc:  # shown in Dutch, never with client data
            prompter.error(self, translate("RightsDialogs", "Not saved"), advice_for(exc).text)
            return
        self.saved_to = Path(target)
        prompter.inform(self, translate("RightsDialogs", "Saved"),
                        translate("RightsDialogs", "The access report has been saved."))


class RemindersDialog(QDialog):
    """The reminder list (``rights.reminders``): not informed, consent ending, an age that
    changes who consents, an informing exception to review, a request deadline (AVG art.
    12(3)); soonest first, masked (initials and birth year)."""

    def __init__(self, notebook: Any, services: Any, parent: QWidget | None = None) -> None:
        from jongerenwerk_desk.rights.reminders import reminders

        super().__init__(parent)
        self.setWindowTitle(translate("RightsDialogs", "Reminders"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "RightsDialogs", "What needs doing in the coming 30 days, soonest first. Requests "
            "must be answered within one month."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.items = QListWidget()
        today = _today(services)
        self.reminders = reminders(notebook, today)
        for reminder in self.reminders:
            late = (translate("RightsDialogs", " (overdue)") if reminder.due < today else "")
            QListWidgetItem(f"{reminder.due.strftime('%d-%m-%Y')}  {reminder.label}  "
                            f"{reminder.text}{late}", self.items)
        if not self.reminders:
            QListWidgetItem(translate("RightsDialogs", "Nothing to do."), self.items)
        layout.addWidget(self.items)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 480)


def open_reminders(window: Any) -> None:
    """Menu slot: the reminder list for ``window``'s open notebook."""
    if window.notebook is None:
        return
    dialog = RemindersDialog(window.notebook, window.services, window)
    try:
        window.services.prompter.run_dialog(dialog)
    finally:
        dialog.deleteLater()


def open_access_report(window: Any) -> None:
    """Menu slot: the access report dialog for ``window``'s open notebook."""
    if window.notebook is None:
        return
    dialog = AccessReportDialog(window.notebook, window.services, window)
    try:
        window.services.prompter.run_dialog(dialog)
    finally:
        dialog.deleteLater()


def open_retention(window: Any) -> None:
    """Menu slot: the retention preview for ``window``'s open notebook."""
    if window.notebook is None:
        return
    dialog = RetentionDialog(window.notebook, window.services, window)
    try:
        window.services.prompter.run_dialog(dialog)
    finally:
        dialog.deleteLater()


def retention_notice(window: Any) -> str:
    """After unlock: a status-bar message when items are past their retention period (counts
    only, never names), else "". Shown by ``install_rights_actions``; never raises (a failed
    check must not block the unlock)."""
    from jongerenwerk_desk.rights import retention

    notebook = getattr(window, "notebook", None)
    if notebook is None:
        return ""
    try:
        result = retention.preview(notebook, date.today())
    except Exception:  # a notice only; the dialog reports real errors
        return ""
    due = len(result.due) + len(result.register_due)
    if not due:
        return ""
    text = translate("RightsDialogs", "%1 items are past their retention period: see Notebook, "
                     "Retention periods.").replace("%1", str(due))
    window.statusBar().showMessage(text)
    return text


def install_rights_actions(window: Any) -> list[QAction]:
    """Add "Access report…", "Retention periods…" and "Reminders…" to the Notebook menu of
    ``window``
    (available only while a notebook is open), and the retention notice after every unlock
    (``retention_notice``); returns the actions."""
    actions = []
    for text, slot in ((translate("RightsDialogs", "&Access report…"), open_access_report),
                       (translate("RightsDialogs", "&Retention periods…"), open_retention),
                       (translate("RightsDialogs", "Re&minders…"), open_reminders)):
        action = QAction(text, window)
        action.triggered.connect(lambda _=False, s=slot: s(window))
        window.notebook_menu.addAction(action)
        window.unlocked_only.append(action)
        actions.append(action)
    opened = getattr(window, "notebook_opened", None)
    if opened is not None:
        opened.connect(lambda: retention_notice(window))
    return actions
