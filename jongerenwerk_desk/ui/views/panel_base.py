"""Shared bits of the detail panels: a small read-only table and a dialog runner."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


class SmallTable(QTableWidget):
    """Read-only table for the few rows of one person or group (consents, members, history).

    ``fill(rows, ids)``: ``rows`` is a list of string lists; ``ids`` the entity id per row.
    ``current_id()`` -> id of the selected row or None. Enter emits ``activatedRow``.
    """

    activatedRow = Signal()

    def __init__(self, headers: Sequence[str], accessible_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.setAccessibleName(accessible_name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.itemDoubleClicked.connect(lambda _item: self.activatedRow.emit())

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.activatedRow.emit()
            return
        super().keyPressEvent(event)

    def fill(self, rows: Sequence[Sequence[str]], ids: Sequence[Any]) -> None:
        self.setRowCount(0)
        self.setRowCount(len(rows))
        for r, (row, entity_id) in enumerate(zip(rows, ids, strict=True)):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entity_id)
                self.setItem(r, c, item)
        if rows:
            self.selectRow(0)

    def current_id(self) -> Any | None:
        item = self.item(self.currentRow(), 0) if self.currentRow() >= 0 else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)


def run_editor(services: Any, dialog: QDialog) -> bool:
    """Run an editor through the prompter (tests script it); True when it saved."""
    try:
        return services.prompter.run_dialog(dialog) == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
