"""Background work for the UI (``Services.tasks``): run a function on a QThreadPool, get the
result or the exception back on the GUI thread (Anki's ``CollectionOp`` style)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, job_id: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._runner, self._job_id, self._fn = runner, job_id, fn

    def run(self) -> None:  # worker thread
        try:
            result = self._fn()
        except BaseException as exc:
            self._runner._finished.emit(self._job_id, False, exc)
        else:
            self._runner._finished.emit(self._job_id, True, result)


class TaskRunner(QObject):
    """Run a function off the GUI thread; its callbacks run on the GUI thread.

    ``run(fn, on_success=f, on_failure=g)`` starts ``fn()`` on a QThreadPool and returns a job id.
    Later, on the GUI thread, ``f(result)`` or ``g(exception)`` is called (unless the job was
    discarded). A failure without ``on_failure`` goes to ``unhandled`` (default: re-raise on the
    GUI thread). ``discard_all()`` drops every pending result, e.g. on lock, so that no client
    data arrives in a locked window. ``busy_changed(bool)`` drives busy indicators.
    ``synchronous=True`` runs the function inline (tests that do not need threads).
    """

    busy_changed = Signal(bool)
    _finished = Signal(int, bool, object)

    def __init__(self, parent: QObject | None = None, *, pool: QThreadPool | None = None,
                 synchronous: bool = False,
                 unhandled: Callable[[BaseException], None] | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._synchronous = synchronous
        self._unhandled = unhandled
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Callable[[Any], None] | None,
                                       Callable[[BaseException], None] | None]] = {}
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        """True while a job's callbacks are still to come."""
        return bool(self._pending)

    def run(self, fn: Callable[[], Any], *, on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None) -> int:
        """Start ``fn`` in the background; returns the job id (for :meth:`discard`)."""
        job_id = next(self._ids)
        was_busy = self.busy
        self._pending[job_id] = (on_success, on_failure)
        if not was_busy:
            self.busy_changed.emit(True)
        if self._synchronous:
            try:
                result = fn()
            except BaseException as exc:
                self._deliver(job_id, False, exc)
            else:
                self._deliver(job_id, True, result)
        else:
            self._pool.start(_Job(self, job_id, fn))
        return job_id

    def discard(self, job_id: int) -> None:
        """Forget a job: its callbacks will not be called (the function still runs to its end)."""
        if self._pending.pop(job_id, None) is not None and not self._pending:
            self.busy_changed.emit(False)

    def discard_all(self) -> None:
        """Forget every pending job (used on lock)."""
        had = bool(self._pending)
        self._pending.clear()
        if had:
            self.busy_changed.emit(False)

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Block until the pool's threads are done (not the callbacks); True if they finished."""
        return self._pool.waitForDone(timeout_ms)

    @Slot(int, bool, object)
    def _deliver(self, job_id: int, ok: bool, payload: object) -> None:
        callbacks = self._pending.pop(job_id, None)
        if callbacks is None:
            return
        if not self._pending:
            self.busy_changed.emit(False)
        on_success, on_failure = callbacks
        if ok:
            if on_success is not None:
                on_success(payload)
            return
        assert isinstance(payload, BaseException)   # _Job sends the exception on failure
        if on_failure is not None:
            on_failure(payload)
        elif self._unhandled is not None:
            self._unhandled(payload)
        else:
            raise payload
