"""Shared bits of the detail panels: a small read-only table and a dialog runner."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

ZWSP = "\u200b"
_LONG_RUN = re.compile(r"\S{25,}")


def breakable(text: str, every: int = 20) -> str:
    """``text`` with a zero-width space after every ``every`` characters of a run of 25 or
    more non-space characters, so a word-wrapping label can break a 300-character name."""
    def split(match: re.Match[str]) -> str:
        run = match.group(0)
        return ZWSP.join(run[i:i + every] for i in range(0, len(run), every))
    return _LONG_RUN.sub(split, text)


class DetailLabel(QLabel):
    """Read-only value label of a detail panel that never widens the window.

    Word-wrapped, horizontally ``Ignored`` size policy and a minimum width hint of 0, so a
    long unbroken value (a 300-character name) wraps at inserted zero-width spaces instead
    of growing the main window. ``text()`` returns the value without those spaces.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(breakable(text))

    def text(self) -> str:
        return super().text().replace(ZWSP, "")

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(0, hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 400), hint.height())


MAX_COLUMN_PX = 220


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
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.itemDoubleClicked.connect(lambda _item: self.activatedRow.emit())

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.activatedRow.emit()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: Any) -> None:
        """Select the current row on entering, like the main lists (see EntityTableView)."""
        super().focusInEvent(event)
        from jongerenwerk_desk.ui.views.entity_view import select_current_row
        select_current_row(self)

    def fill(self, rows: Sequence[Sequence[str]], ids: Sequence[Any]) -> None:
        self.setRowCount(0)
        self.setRowCount(len(rows))
        for r, (row, entity_id) in enumerate(zip(rows, ids, strict=True)):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if len(text) > 30:
                    item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, entity_id)
                self.setItem(r, c, item)
        self.fit_columns()
        if rows:
            self.selectRow(0)

    def fit_columns(self) -> None:
        """Size each column to its header and contents, but at most ``MAX_COLUMN_PX`` wide,
        so all columns of a wide table (seven for consents) stay reachable; the last one
        stretches and the full text is in the tooltip of long cells."""
        header = self.horizontalHeader()
        for column in range(self.columnCount()):
            width = max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(width + 8, MAX_COLUMN_PX))

    def current_id(self) -> Any | None:
        item = self.item(self.currentRow(), 0) if self.currentRow() >= 0 else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)


def run_editor(services: Any, dialog: QDialog) -> bool:
    """Run an editor through the prompter (tests script it); True when it saved. An editor
    writes through ``services.ops`` (the runner broadcasts the change to every view)."""
    notebook = getattr(dialog, "notebook", None)
    if hasattr(dialog, "ops") and getattr(services, "ops", None) is not None and notebook:
        from jongerenwerk_desk.ui.shell.ops_runner import ops_for

        dialog.ops = ops_for(services, notebook)
    try:
        return services.prompter.run_dialog(dialog) == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
