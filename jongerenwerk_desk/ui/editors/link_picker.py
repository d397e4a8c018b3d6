"""Pick young people or groups to link, by searching (never a list of everyone)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from jongerenwerk_desk.ui.a11y import announce

log = logging.getLogger(__name__)
RESULTS = 20


class _SearchField(QLineEdit):
    """Search box whose Enter is its own (it links the first match): QLineEdit passes Enter
    on, and the dialog's default button would then save and close the editor."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class _KeyList(QListWidget):
    """List that reports Enter and Delete/Backspace (keyboard use)."""

    enterPressed = Signal()
    deletePressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enterPressed.emit()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.deletePressed.emit()
            return
        super().keyPressEvent(event)


class LinkPicker(QWidget):
    """Search box + at most ``RESULTS`` matches (SQL/FTS5 through ``repository.page``) +
    the linked items.

    ``repository`` offers ``page(offset, limit, sort_key, descending, filter_text)`` and
    ``get(id)``; ``describe(obj) -> str`` gives the label. Keyboard: type, Down to the
    matches, Enter links the selected match (Enter in the search box links the first one);
    Delete removes a linked item. ``ids()`` -> list[int] of linked ids, in order.
    """

    def __init__(self, repository: Any, describe: Callable[[Any], str], title: str,
                 sort_key: str = "name", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repo = repository
        self._describe = describe
        self._sort_key = sort_key
        self.title = QLabel(title, self)
        self.search = _SearchField(self)
        self.search.setPlaceholderText(self.tr("Type to search…"))
        self.title.setBuddy(self.search)
        self.results = _KeyList(self)
        self.results.setAccessibleName(self.tr("Matches"))
        self.linked = _KeyList(self)
        self.linked.setAccessibleName(self.tr("Linked"))
        self.add_button = QPushButton(self.tr("Link"), self)
        self.add_button.setToolTip(self.tr("Link the selected match (Enter)"))
        self.remove_button = QPushButton(self.tr("Unlink"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected link (Delete)"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(self.search, 1, 0)
        grid.addWidget(self.add_button, 1, 1)
        matches_label = QLabel(self.tr("Matches:"), self)
        matches_label.setBuddy(self.results)
        linked_label = QLabel(self.tr("Linked:"), self)
        linked_label.setBuddy(self.linked)
        grid.addWidget(matches_label, 2, 0)
        grid.addWidget(linked_label, 2, 1)
        # two pickers in one editor: each control says which one it belongs to
        context = title.replace("&", "").rstrip(": ")
        for widget in (self.results, self.linked, self.add_button, self.remove_button):
            widget.setAccessibleDescription(context)
        grid.addWidget(self.results, 3, 0)
        grid.addWidget(self.linked, 3, 1)
        grid.addWidget(self.remove_button, 4, 1)
        for first, second in ((self.search, self.results), (self.results, self.add_button),
                              (self.add_button, self.linked), (self.linked, self.remove_button)):
            QWidget.setTabOrder(first, second)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._link_first)
        self.results.enterPressed.connect(self.link_selected)
        self.results.itemDoubleClicked.connect(lambda _i: self.link_selected())
        self.add_button.clicked.connect(self.link_selected)
        self.linked.deletePressed.connect(self.unlink_selected)
        self.remove_button.clicked.connect(self.unlink_selected)
        self.setMinimumHeight(150)
        self.refresh()

    def ids(self) -> list[int]:
        """Linked ids in the order they were added."""
        return [self.linked.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.linked.count())]

    def set_ids(self, ids: list[int]) -> None:
        """Show ``ids`` as linked (labels read from the repository; unknown ids skipped)."""
        self.linked.clear()
        for entity_id in ids:
            try:
                self._add(self._repo.get(entity_id))
            except KeyError:
                continue

    def refresh(self) -> None:
        """Run the search now (the debounce normally does this)."""
        self._timer.stop()
        self.results.clear()
        try:
            rows = self._repo.page(0, RESULTS, self._sort_key, descending=False,
                                   filter_text=self.search.text().strip())
        except Exception as exc:  # never a traceback; no client data in the log
            log.warning("link search failed: %s", type(exc).__name__)
            return
        for row in rows:
            item = QListWidgetItem(self._describe(row))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def link_selected(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        entity_id = item.data(Qt.ItemDataRole.UserRole)
        if entity_id not in self.ids():
            linked = QListWidgetItem(item.text())
            linked.setData(Qt.ItemDataRole.UserRole, entity_id)
            self.linked.addItem(linked)
            announce(self.linked, self.tr("Linked: %1").replace("%1", item.text()))

    def unlink_selected(self) -> None:
        row = self.linked.currentRow()
        if row >= 0:
            self.linked.takeItem(row)

    def clear_client_data(self) -> None:
        self._timer.stop()
        self.search.clear()
        self.results.clear()
        self.linked.clear()

    def _link_first(self) -> None:
        if self._timer.isActive() or not self.results.count():
            self.refresh()
        if self.results.count():
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)
            self.link_selected()

    def _add(self, obj: Any) -> None:
        item = QListWidgetItem(self._describe(obj))
        item.setData(Qt.ItemDataRole.UserRole, obj.id)
        self.linked.addItem(item)
