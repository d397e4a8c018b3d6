"""A thin, SQL-backed, paged table model (Vorta-style) for the notebook repositories.

Rows are plain dataclasses from a repository that offers (docs/public-api.md)::

    count(filter_text='') -> int
    page(offset, limit, sort_key, descending=False, filter_text='') -> list[obj]

The model never loads all rows: it holds the pages fetched so far and asks for the next
one in ``fetchMore`` (Qt calls it when the view scrolls near the end). Sorting and
filtering happen in SQL: ``sort()`` and ``set_filter()`` reset the model and start again
from offset 0 with the new ``sort_key`` / ``filter_text`` (FTS5 inside the notebook).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from jongerenwerk_desk.ui.gc_policy import freeze_long_lived

log = logging.getLogger(__name__)

PAGE_SIZE = 200
# Rows loaded beyond this many are moved out of the cyclic GC's reach (ui/gc_policy.py): with
# tens of thousands of row objects every full collection scans them all and stalls the GUI
# thread (50,000 signals: 68 ms -> see benchmarks/bench_gui.py). Rows have no reference
# cycles, so reference counting still frees them when the model drops them (reload, clear).
FREEZE_FROM_ROWS = 5_000
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class PagedRepository(Protocol):
    """What the model needs from a notebook repository."""

    def count(self, filter_text: str = "") -> int: ...

    def page(self, offset: int, limit: int, sort_key: str, descending: bool = False,
             filter_text: str = "") -> list[Any]: ...


class BackgroundReader(Protocol):
    """A second connection for worker threads (``notebook.reading.ReadSession``)."""

    def run(self, fn: Callable[[Any], Any], cancelled: Callable[[], bool]) -> Any: ...


#: (open_reader, pick): see :class:`PagedTableModel`
Background = tuple[Callable[[], BackgroundReader], Callable[[Any], PagedRepository]]


@dataclass(frozen=True)
class Column:
    """One column: ``header`` is an English source string translated in the model's
    context; ``sort_key`` is the repository's sort key (None: not sortable); ``value``
    turns a row into display text; ``tooltip`` optionally into a tooltip; ``chars`` is the
    initial width in average characters (no measuring of rows, which would cost time)."""

    header: str
    sort_key: str | None
    value: Callable[[Any], str]
    tooltip: Callable[[Any], str] | None = None
    chars: int = 14


class PagedTableModel(QAbstractTableModel):
    """Paged, SQL-sorted, SQL-filtered model over one repository.

    ``context`` is the translation context of the column headers. ``background``:
    ``(open_reader, pick)`` where ``open_reader()`` returns a :class:`BackgroundReader`
    (``Notebook.reader``) and ``pick(session)`` the session's repository matching
    ``repository``; searches then run on that reader's own connection and stale ones are
    stopped mid-query. Without it searches run on a worker thread over ``repository``. Signals:
    ``totalChanged(int)`` after every reset (the number of matching rows in the notebook),
    ``loadFailed()`` when the repository raised (the message is never client data).
    """

    totalChanged = Signal(int)
    loadFailed = Signal()
    #: (ticket, (filter, total, first page) or None): a background search is done; delivered
    #: on the GUI thread (queued: it is emitted from the worker thread)
    _searched = Signal(int, object)

    def __init__(self, repository: PagedRepository | None, columns: list[Column], context: str,
                 default_sort: tuple[int, bool], page_size: int = PAGE_SIZE,
                 parent: Any = None, background: Background | None = None) -> None:
        super().__init__(parent)
        self._repo = repository
        self._columns = columns
        self._context = context
        self._page_size = page_size
        self._rows: list[Any] = []
        self._total = 0
        self._filter = ""
        self._sort_column, self._descending = default_sort
        self._ticket = 0                       # raised by every reset: older results go stale
        self._pending: Future[None] | None = None
        self._wanted: str | None = None        # the text of the search in flight
        self._background = background
        self._searched.connect(self._apply_search)

    # --- Qt model interface -------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self._context, self._columns[section].header)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == ID_ROLE:
            return getattr(row, "id", None)
        if role == ROW_ROLE:
            return row
        return None

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._repo is not None and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        rows = self._load(len(self._rows))
        if rows is None:
            return
        if len(rows) < self._page_size:
            # the notebook changed under us or the count was an estimate: stop here
            self._total = len(self._rows) + len(rows)
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
            if len(self._rows) >= FREEZE_FROM_ROWS:
                freeze_long_lived()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or self._columns[column].sort_key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending) and self._rows:
            return
        self._sort_column, self._descending = column, descending
        if self._rows and self._repo is not None:
            # a list on screen is sorted anew off the GUI thread (with a common word as filter
            # that is a sort of ~45,000 matches); the rows swap when the first page is ready
            self.request_filter(self._wanted if self._pending is not None else self._filter)
        else:
            self.reload()                        # nothing shown yet (a new view): at once

    # --- our interface ------------------------------------------------------------
    def column_chars(self, column: int) -> int:
        """Initial width of ``column`` in average character widths."""
        return self._columns[column].chars

    @property
    def total(self) -> int:
        """Number of rows matching the current filter in the notebook (not just loaded)."""
        return self._total

    @property
    def filter_text(self) -> str:
        return self._filter

    @property
    def sort_state(self) -> tuple[str | None, bool]:
        """(repository sort key, descending) currently in use."""
        return self._columns[self._sort_column].sort_key, self._descending

    def sort_order(self) -> tuple[int, Qt.SortOrder]:
        """(column, Qt order) for the header's sort indicator."""
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        return self._sort_column, order

    def set_filter(self, text: str) -> None:
        """Filter in SQL (FTS5 for text) and start again from the first page (at once, on
        this thread; the search box uses :meth:`request_filter`)."""
        self._filter = text.strip()
        self.reload()

    @property
    def searching(self) -> bool:
        """True while a background search (:meth:`request_filter`) has not been applied."""
        return self._pending is not None

    def request_filter(self, text: str) -> None:
        """Filter like :meth:`set_filter`, but count and fetch the first page on a worker
        thread (issue 13: on 50,000 signals that took 98-198 ms of the GUI thread), the empty
        filter (Escape, a cleared box) included. With a background reader (``background``)
        the work runs on a connection of its own, so GUI-thread queries never wait behind
        it. A newer request, a reload or a clear makes an older one stale: queued work is
        cancelled, a running query is stopped (background reader) or its result dropped.
        The GUI thread only swaps in finished results."""
        text = text.strip()
        if self._repo is None:
            self.set_filter(text)
            return
        self._ticket += 1
        if self._pending is not None:
            self._pending.cancel()
        ticket, repo = self._ticket, self._repo
        sort_key = self._columns[self._sort_column].sort_key or ""
        descending, size = self._descending, self._page_size
        reader = None
        if self._background is not None:
            open_reader, pick = self._background
            try:
                reader = open_reader()          # on this thread: never races with a lock
            except Exception as exc:  # locked meanwhile: fall back to the main connection
                log.warning("background reader unavailable in %s: %s", self._context,
                            type(exc).__name__)

        def stale() -> bool:
            return ticket != self._ticket

        def fetch(source: PagedRepository) -> tuple[str, int, list[Any]]:
            total = source.count(filter_text=text)
            first = list(source.page(0, size, sort_key, descending=descending,
                                     filter_text=text)) if total and not stale() else []
            return text, total, first

        def work() -> None:
            result: tuple[str, int, list[Any]] | None
            try:
                if reader is not None:
                    result = reader.run(lambda session: fetch(pick(session)), stale)
                else:
                    result = fetch(repo)
            except Exception as exc:  # only the type: messages may quote client data
                if stale():
                    return                       # stopped on purpose: a newer one runs
                log.warning("search failed in %s: %s", self._context, type(exc).__name__)
                result = None
            with contextlib.suppress(RuntimeError):   # the model was deleted meanwhile
                self._searched.emit(ticket, result)

        self._wanted = text
        self._pending = _SEARCHES.submit(work)

    def _apply_search(self, ticket: int, result: tuple[str, int, list[Any]] | None) -> None:
        if ticket != self._ticket:
            return                                   # stale: a newer search or a reset
        self._pending = None
        self._wanted = None
        if result is None:
            self.loadFailed.emit()
            return
        text, total, first = result
        self.beginResetModel()
        self._filter = text
        self._rows = first
        self._total = total if len(first) >= self._page_size else len(first)
        self.endResetModel()
        self.totalChanged.emit(self._total)

    def set_repository(self, repository: PagedRepository | None,
                       background: Background | None = None) -> None:
        """Show ``repository`` (None: nothing); ``background`` as in the constructor (a
        background reader belongs to its repository, so it is replaced too)."""
        self._repo = repository
        self._background = background
        self.reload()

    def reload(self) -> None:
        """Reset: count the matching rows and fetch the first page only (on this thread,
        on the main connection: the caller selects a row afterwards). A search still
        running is started again afterwards, so typed text is never lost."""
        wanted = self._wanted if self._pending is not None else None
        self._drop_search()
        self.beginResetModel()
        self._rows = []
        self._total = 0
        if self._repo is not None:
            try:
                self._total = self._repo.count(filter_text=self._filter)
            except Exception as exc:  # repository errors must not crash the UI
                log.warning("count failed in %s: %s", self._context, type(exc).__name__)
                self.loadFailed.emit()
            first = self._load(0) if self._total else []
            self._rows = list(first or [])
            if len(self._rows) < self._page_size:
                self._total = len(self._rows)
        self.endResetModel()
        self.totalChanged.emit(self._total)
        if wanted is not None and wanted != self._filter:
            self.request_filter(wanted)

    def clear(self) -> None:
        """Drop every row and the repository (lock): the model shows nothing afterwards."""
        self._drop_search()
        self.beginResetModel()
        self._repo = None
        self._rows = []
        self._total = 0
        self._filter = ""
        self.endResetModel()
        self.totalChanged.emit(0)

    def _drop_search(self) -> None:
        self._ticket += 1                        # a running background query stops now
        self._wanted = None
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None

    def row_object(self, row: int) -> Any | None:
        """The dataclass shown in ``row``, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_id(self, entity_id: int) -> int:
        """Row of a loaded entity with ``id``, or -1 when not (yet) loaded."""
        for number, row in enumerate(self._rows):
            if getattr(row, "id", None) == entity_id:
                return number
        return -1

    def _load(self, offset: int) -> list[Any] | None:
        sort_key = self._columns[self._sort_column].sort_key or ""
        try:
            assert self._repo is not None
            return list(self._repo.page(offset, self._page_size, sort_key,
                                        descending=self._descending, filter_text=self._filter))
        except Exception as exc:  # only the type is logged: messages may quote client data
            log.warning("page load failed in %s: %s", self._context, type(exc).__name__)
            self.loadFailed.emit()
            return None


#: one worker for the searches of every model: they share one background connection (or the
#: notebook's), so two at once would only queue inside SQLite; stale ones are cancelled while
#: queued and stopped while running (background reader)
_SEARCHES = ThreadPoolExecutor(max_workers=1, thread_name_prefix="jwd-search")
