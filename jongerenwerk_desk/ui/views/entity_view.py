"""One list view (table + search box + count) over a PagedTableModel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStyleOptionHeader,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jongerenwerk_desk.ui.a11y import show_status
from jongerenwerk_desk.ui.views.paged_model import PagedTableModel
from jongerenwerk_desk.ui.views.search_box import SearchBox

CONTEXT = "EntityView"


class EntityTableView(QTableView):
    """Table that turns Enter/Return into ``activated`` (open the editor) and Delete into
    ``deleteRequested`` (keyboard use without the mouse)."""

    deleteRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        if key == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.deleteRequested.emit()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """On entering the list the current row is also the selected one, so the first Down
        goes to row 2 from a visibly selected row 1 (and a one-row list is selectable)."""
        super().focusInEvent(event)
        select_current_row(self)


def select_current_row(table: QAbstractItemView) -> None:
    """Make ``table``'s current row (row 0 when there is none) current and selected."""
    model, selection = table.model(), table.selectionModel()
    if model is None or selection is None or model.rowCount() == 0:
        return
    index = table.currentIndex()
    if not index.isValid():
        index = model.index(0, 0)
    if selection.isRowSelected(index.row(), index.parent()):
        return
    flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
             | QItemSelectionModel.SelectionFlag.Rows)
    selection.setCurrentIndex(index, flags)


class SortHeader(QHeaderView):
    """Header whose sort arrow points the way the rows run: down when the largest (newest)
    value is on top. Qt maps DescendingOrder to ``SortUp``, which Fusion (the Linux default)
    and the classic Windows style draw as an up arrow, so "newest first" showed ▲; for those
    styles the indicator is flipped. Other styles (macOS, Windows 11) draw it natively."""

    FLIPPED_STYLES = ("fusion", "windows")

    def initStyleOptionForIndex(self, option: QStyleOptionHeader,
                                logical_index: int) -> None:
        super().initStyleOptionForIndex(option, logical_index)
        # the application style: a window style sheet wraps self.style() in a proxy whose
        # name() does not say which style really draws the arrow
        if QApplication.style().name().lower() not in self.FLIPPED_STYLES:
            return
        up = QStyleOptionHeader.SortIndicator.SortUp
        down = QStyleOptionHeader.SortIndicator.SortDown
        if option.sortIndicator == up:
            option.sortIndicator = down
        elif option.sortIndicator == down:
            option.sortIndicator = up


class EntityView(QWidget):
    """Search box above a sortable, paged table and a count line.

    Signals: ``currentChanged(object)`` with the selected dataclass or None,
    ``activated(object)`` on double-click/Enter, ``deleteRequested()`` on Delete.
    ``label`` is the accessible name of the table (e.g. "Young people").
    """

    currentChanged = Signal(object)
    activated = Signal(object)
    deleteRequested = Signal()

    def __init__(self, model: PagedTableModel, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._follow_kinds: frozenset[Any] = frozenset()
        self.search = SearchBox(self)
        self.search.setAccessibleName(
            QCoreApplication.translate("EntityView", "Search in %1").replace("%1", label))
        self.table = EntityTableView(self)
        self.table.setAccessibleName(label)
        self.table.setHorizontalHeader(SortHeader(Qt.Orientation.Horizontal, self.table))
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setHighlightSections(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(*model.sort_order())
        self.table.setSortingEnabled(True)
        average = self.table.fontMetrics().averageCharWidth()
        for column in range(model.columnCount()):
            # never narrower than the (translated) header text plus the sort arrow
            header.resizeSection(column, max(average * model.column_chars(column) + 12,
                                             header.sectionSizeHint(column) + 8))
        self.count_label = QLabel(self)
        self.empty_hint = QLabel(self)
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("padding: 12px; font-size: 11pt;")
        self.empty_hint.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        QWidget.setTabOrder(self.search, self.table)
        self.search.searchRequested.connect(model.request_filter)   # off the GUI thread
        model.totalChanged.connect(self._show_count)
        model.loadFailed.connect(self._show_failure)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        model.modelReset.connect(self._after_reset)
        self.table.activated.connect(self._activated)
        self.table.deleteRequested.connect(self.deleteRequested)

    def current(self) -> Any | None:
        """The selected dataclass, or None."""
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if not rows or not index.isValid():
            return None
        return self.model.row_object(index.row())

    def select_id(self, entity_id: int) -> bool:
        """Select the loaded row with ``entity_id``; False if it is not loaded."""
        row = self.model.row_of_id(entity_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def follow(self, ops: Any, kinds: frozenset[Any]) -> None:
        """Reload whenever an operation run by ``ops`` (an OpsRunner) changed one of ``kinds``
        (``notebook.ops.Kind``), keeping the selected row selected when it still exists."""
        self._follow_kinds = frozenset(kinds)
        ops.changed.connect(self._ops_changed)   # a bound slot: disconnected when deleted

    def _ops_changed(self, changes: Any) -> None:
        if changes.touches(*self._follow_kinds):
            self.reload_keeping_selection()

    def reload_keeping_selection(self, select_id: int | None = None) -> None:
        """Reload the model; select ``select_id`` (default: the row selected before). When
        that row is gone, ``currentChanged`` tells the detail panel."""
        current = self.current()
        self.model.reload()
        target = select_id if select_id is not None else getattr(current, "id", None)
        if target is None or not self.select_id(target):
            self.currentChanged.emit(self.current())

    def clear_client_data(self) -> None:
        """Empty the search text and the model."""
        self.search.clear_now()
        self.model.clear()
        self.count_label.clear()
        self.empty_hint.hide()

    def set_empty_hint(self, text: str) -> None:
        """What to do first, shown above the table while the list is empty and unfiltered
        (a new notebook); hidden as soon as there is a row or a search."""
        self.empty_hint.setText(text)
        self._update_empty_hint()

    def _update_empty_hint(self) -> None:
        empty = self.model.total == 0 and not self.model.filter_text
        self.empty_hint.setVisible(bool(self.empty_hint.text()) and empty)

    def _show_count(self, total: int) -> None:
        self._update_empty_hint()
        if self.model.filter_text:
            text = QCoreApplication.translate("EntityView", "%1 found").replace("%1", str(total))
            show_status(self.count_label, text)     # the result of a search is said (4.1.3)
        else:
            text = QCoreApplication.translate("EntityView", "%1 in total").replace(
                "%1", str(total))
            self.count_label.setText(text)

    def _after_reset(self) -> None:
        """A reload while the list has the focus: keep a selected current row (row 1)."""
        if self.table.hasFocus():
            select_current_row(self.table)

    def _show_failure(self) -> None:
        show_status(self.count_label, QCoreApplication.translate(
            "EntityView", "Could not read this list from the notebook. Lock and unlock to try "
            "again."), assertive=True)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.currentChanged.emit(self.current())

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_object(index.row())
        if row is not None:
            self.activated.emit(row)
