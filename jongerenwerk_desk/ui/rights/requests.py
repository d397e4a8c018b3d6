"""The open data-subject requests of all young people with their deadlines (AVG art.
12(3): one month after receipt), from Notebook → "Open requests…", and "Mark answered"
(``notebook.ops.complete_subject_request`` through the ops runner; the list reloads from the
runner's ``changed`` signal). Young people are masked like the reminder list (initials and
birth year); no names, no notes.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class OpenRequestsDialog(QDialog):
    """Every request not yet answered, soonest deadline first: young person (masked), kind,
    received on, answer by, days left (or "overdue"); "Mark answered…" records today as the
    answer date after a confirmation."""

    def __init__(self, notebook: Any, services: Any, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        from jongerenwerk_desk.notebook.ops import Kind

        super().__init__(parent)
        self.notebook, self.services = notebook, services
        self.today = today or date.today()
        self.setWindowTitle(translate("RightsRequests", "Open requests"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "RightsRequests", "Requests of young people or parents that are not answered yet. "
            "Answer within one month of receipt."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([
            translate("RightsRequests", "Young person"), translate("RightsRequests", "Request"),
            translate("RightsRequests", "Received on"), translate("RightsRequests", "Answer by"),
            translate("RightsRequests", "Days left")])
        self.table.setAccessibleName(translate("RightsRequests", "Open requests"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.answered_button = QPushButton(translate("RightsRequests", "Mark &answered…"), self)
        self.answered_button.setToolTip(translate(
            "RightsRequests", "Record that the chosen request was answered today."))
        buttons.addButton(self.answered_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.answered_button.clicked.connect(self.mark_answered)
        self.table.itemSelectionChanged.connect(self._enable)
        layout.addWidget(buttons)
        from jongerenwerk_desk.ui.shell.ops_runner import ops_for

        self.ops = ops_for(services, notebook)
        self._follows = (Kind.SUBJECT_REQUEST, Kind.PERSON)
        self.ops.changed.connect(self._changed)
        self.fill()
        self.resize(760, 420)

    def fill(self) -> None:
        """Read the open requests again and show them."""
        from jongerenwerk_desk.rights.requests import open_requests
        from jongerenwerk_desk.ui.rights.person_rights import kind_label

        rows = open_requests(self.notebook, self.today)
        self.table.setRowCount(len(rows))
        for row, item in enumerate(rows):
            request = item.request
            try:
                person = self.notebook.people.get(request.person_id)
                who = f"{person.initials} ({person.birth_year or '?'})"
            except KeyError:
                who = "?"
            left = (translate("RightsRequests", "overdue by %1 days").replace(
                "%1", str(-item.days_left)) if item.overdue else str(item.days_left))
            for column, text in enumerate((who, kind_label(request.kind),
                                           request.received_on.strftime("%d-%m-%Y"),
                                           request.deadline.strftime("%d-%m-%Y"), left)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, request.id)
                self.table.setItem(row, column, cell)
        self.count = len(rows)
        self._enable()

    def current_request(self) -> int | None:
        """The id of the chosen request, or None."""
        cell = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 \
            else None
        value = cell.data(Qt.ItemDataRole.UserRole) if cell is not None else None
        return int(value) if value is not None else None

    def _enable(self) -> None:
        self.answered_button.setEnabled(bool(self.table.selectedItems()))

    def mark_answered(self) -> None:
        """Ask, then record today as the answer date (ops runner)."""
        from jongerenwerk_desk.notebook.ops import complete_subject_request

        request_id = self.current_request()
        if request_id is None:
            return
        if not self.services.prompter.confirm(
                self, translate("RightsRequests", "Mark answered"),
                translate("RightsRequests", "Record that this request was answered on %1? It "
                          "then leaves the list of open requests.").replace(
                    "%1", self.today.strftime("%d-%m-%Y"))):
            return
        self.ops.run(complete_subject_request, request_id, self.today)

    def _changed(self, changes: Any) -> None:
        if changes.touches(*self._follows):
            self.fill()

    def done(self, result: int) -> None:
        """Stop following the runner when closed."""
        try:
            self.ops.changed.disconnect(self._changed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)


def open_requests_dialog(window: Any) -> None:
    """Menu slot: the open requests of ``window``'s open notebook."""
    if window.notebook is None:
        return
    dialog = OpenRequestsDialog(window.notebook, window.services, window)
    try:
        window.services.prompter.run_dialog(dialog)
    finally:
        dialog.deleteLater()
