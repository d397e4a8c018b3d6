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
        form = QFormLayout()
        self.count_labels: dict[str, QLabel] = {}
        for key, label in (
                ("signal", translate("RightsDialogs", "Signals:")),
                ("group", translate("RightsDialogs", "Groups:")),
                ("person", translate("RightsDialogs", "Young people:")),
                ("register", translate("RightsDialogs", "Register records to shorten:")),
                ("postponed", translate("RightsDialogs", "Postponed (legal hold):"))):
            self.count_labels[key] = QLabel()
            form.addRow(label, self.count_labels[key])
        layout.addLayout(form)
        self.items = QListWidget()
        self.items.setAccessibleName(translate("RightsDialogs", "Items past retention"))
        layout.addWidget(self.items)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.postpone_button = QPushButton(translate("RightsDialogs", "&Postpone…"))
        self.postpone_button.setToolTip(translate(
            "RightsDialogs", "Keep the chosen item longer (legal hold), only with a reason and "
                             "a date."))
        self.delete_button = QPushButton(translate("RightsDialogs", "&Delete"))
        buttons.addButton(self.postpone_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self.delete_due)
        self.postpone_button.clicked.connect(self.postpone_current)
        self.items.currentRowChanged.connect(self._enable_postpone)
        layout.addWidget(buttons)
        self._fill()
        self.resize(640, 520)

    def _fill(self) -> None:
        """Show ``self.preview``: the counts and the masked items (kind and id as data)."""
        counts = self.preview.counts()
        for key, value in (*counts.items(), ("register", len(self.preview.register_due)),
                           ("postponed", len(self.preview.postponed))):
            if key in self.count_labels:
                self.count_labels[key].setText(str(value))
        self.items.clear()
        for item in self.preview.due[:SHOWN_ITEMS]:
            row = QListWidgetItem(f"{item.label} — {item.rule}", self.items)
            row.setData(Qt.ItemDataRole.UserRole, (item.kind, item.item_id))
        if len(self.preview.due) > SHOWN_ITEMS:
            QListWidgetItem(translate("RightsDialogs", "… and %1 more").replace(
                "%1", str(len(self.preview.due) - SHOWN_ITEMS)), self.items)
        if not self.preview.due and not self.preview.register_due:
            QListWidgetItem(translate("RightsDialogs", "Nothing is past its retention period."),
                            self.items)
        self.delete_button.setEnabled(bool(self.preview.due or self.preview.register_due))
        self._enable_postpone()

    def _current_item(self) -> tuple[str, int] | None:
        row = self.items.currentItem()
        data = row.data(Qt.ItemDataRole.UserRole) if row is not None else None
        return (str(data[0]), int(data[1])) if data else None

    def _enable_postpone(self) -> None:
        self.postpone_button.setEnabled(self._current_item() is not None)

    def postpone_current(self) -> None:
        """Legal hold for the chosen item: reason and end date (``RetentionHoldDialog``,
        ``notebook.ops.add_retention_hold`` through the ops runner); the preview is read
        again, so the item moves to the postponed count."""
        from jongerenwerk_desk.rights import retention

        current = self._current_item()
        if current is None:
            return
        dialog = RetentionHoldDialog(self.services, current[0], current[1],
                                     _today(self.services), self)
        try:
            saved = self.services.prompter.run_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if saved:
            self.preview = retention.preview(self.notebook, _today(self.services))
            self._fill()

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


class RetentionHoldDialog(QDialog):
    """Postpone the retention deletion of one item (legal hold, e.g. a court case or a
    complaint in progress): a reason and a date after today are required
    (``notebook.ops.add_retention_hold``, through the ops runner; its Dutch error is shown
    inline and nothing is saved)."""

    def __init__(self, services: Any, kind: str, item_id: int, today: date,
                 parent: QWidget | None = None) -> None:
        from datetime import timedelta

        from PySide6.QtCore import QDate
        from PySide6.QtWidgets import QDateEdit, QLineEdit

        super().__init__(parent)
        self.services, self.kind, self.item_id, self.today = services, kind, item_id, today
        self.setWindowTitle(translate("RightsDialogs", "Postpone deletion"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "RightsDialogs", "Keep this item past its retention period only when the law "
            "requires it, for example for a complaint or a court case. Give the reason and "
            "the date until which it is kept; after that date it is due again."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.reason = QLineEdit()
        self.until = QDateEdit()
        self.until.setDisplayFormat("dd-MM-yyyy")
        self.until.setCalendarPopup(True)
        later = today + timedelta(days=90)
        self.until.setDate(QDate(later.year, later.month, later.day))
        form.addRow(translate("RightsDialogs", "&Reason:"), self.reason)
        form.addRow(translate("RightsDialogs", "Keep &until:"), self.until)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 260)

    def save(self) -> None:
        """Save the hold; without a reason or with a date not after today, say why."""
        from jongerenwerk_desk.notebook.ops import add_retention_hold
        from jongerenwerk_desk.ui.a11y import announce
        from jongerenwerk_desk.ui.shell.errors import advice_for

        value = self.until.date()
        until = date(value.year(), value.month(), value.day())
        try:
            self.services.ops.run(add_retention_hold, self.kind, self.item_id,
                                  self.reason.text(), until, self.today)
        except ValueError as exc:   # the operation's Dutch message
            text = str(exc)
        except Exception as exc:
            text = advice_for(exc).text
        else:
            self.accept()
            return
        self.error.setText(text)
        self.error.show()
        announce(self.error, text)


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
    """Add "Access report…", "Retention periods…", "Reminders…", "Open requests…" and "For
    the privacy officer…" to the Notebook menu of
    ``window``
    (available only while a notebook is open), and the retention notice after every unlock
    (``retention_notice``); returns the actions."""
    from jongerenwerk_desk.ui.rights.officer import open_privacy_officer
    from jongerenwerk_desk.ui.rights.requests import open_requests_dialog

    actions = []
    for text, slot in ((translate("RightsDialogs", "&Access report…"), open_access_report),
                       (translate("RightsDialogs", "&Retention periods…"), open_retention),
                       (translate("RightsDialogs", "Re&minders…"), open_reminders),
                       (translate("RightsDialogs", "Open re&quests…"), open_requests_dialog),
                       (translate("RightsDialogs", "For the privacy &officer…"),
                        open_privacy_officer)):
        action = QAction(text, window)
        action.triggered.connect(lambda _=False, s=slot: s(window))
        window.notebook_menu.addAction(action)
        window.unlocked_only.append(action)
        actions.append(action)
    opened = getattr(window, "notebook_opened", None)
    if opened is not None:
        opened.connect(lambda: retention_notice(window))
    return actions
