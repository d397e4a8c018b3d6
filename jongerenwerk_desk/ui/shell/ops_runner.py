"""The UI's one door to the notebook: :class:`OpsRunner` runs ``notebook.ops`` operations one
at a time and broadcasts what changed.

- ``run(op, *args)`` runs a short operation (a save, a delete) on the GUI thread and returns
  its value; ``run_in_background(op, *args, on_success=..., on_failure=...)`` runs a long one
  (an export: Argon2id plus PDF writing) through ``services.tasks`` off the GUI thread.
- After every successful operation ``changed(OpChanges)`` is emitted; every view and panel
  connects to it and reloads itself when a kind it shows is in the changes. Nobody wires
  reloads by hand.
- ``busy`` is True while an operation runs; a second one is refused (``RunnerBusy``) instead
  of interleaving on the one connection. The lock asks ``busy`` and, when a write is in
  progress, defers itself with ``when_idle`` until the transaction has ended, so the
  connection is never closed under a running write.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.notebook.ops import OpChanges, OpResult
from jongerenwerk_desk.ui.shell.tasks import TaskRunner

T = TypeVar("T")


def ops_for(services: Any, notebook: Notebook) -> OpsRunner:
    """``services.ops``, writing to ``notebook`` (attached when it held no or another idle
    notebook: a view or dialog built on its own, as in tests). The shell attaches the
    unlocked notebook itself."""
    runner: OpsRunner = services.ops
    if runner.notebook is not notebook:
        runner.attach(notebook)
    return runner


class RunnerBusy(RuntimeError):
    """Another operation is still running (one at a time)."""

    @property
    def user_message(self) -> str:
        """Dutch text for the worker (editors show it inline)."""
        return QCoreApplication.translate(
            "OpsRunner", "Something is still being saved; try again in a moment.")


class OpsRunner(QObject):
    """Runs operations on the open notebook one at a time; ``changed(OpChanges)`` after each.

    One runner per app (``services.ops``): the shell ``attach``es the notebook after unlock
    and ``detach``es it on lock (later calls raise RuntimeError). ``tasks``: the TaskRunner
    for background operations (``services.tasks``). ``busy_changed(bool)`` follows ``busy``.
    """

    changed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, notebook: Notebook | None = None, tasks: TaskRunner | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notebook: Notebook | None = notebook
        self._tasks = tasks
        self._busy = False
        self._idle_callbacks: list[Callable[[], None]] = []

    @property
    def notebook(self) -> Notebook | None:
        """The notebook written to (None after ``detach``)."""
        return self._notebook

    @property
    def busy(self) -> bool:
        """True while an operation (foreground or background) is running."""
        return self._busy

    def run(self, op: Callable[..., OpResult[T]], *args: Any, **kwargs: Any) -> T:
        """Run ``op(notebook, *args, **kwargs)`` now on this thread; broadcast its changes and
        return its value. Raises what the operation raises (nothing is then changed), or
        RunnerBusy while another operation runs."""
        notebook = self._claim()
        try:
            result = op(notebook, *args, **kwargs)
        finally:
            self._release()
        self._broadcast(result.changes)
        self._drain()
        return result.value

    def run_in_background(self, op: Callable[..., OpResult[T]], *args: Any,
                          on_success: Callable[[T], None] | None = None,
                          on_failure: Callable[[BaseException], None] | None = None,
                          **kwargs: Any) -> int:
        """Run ``op(notebook, *args, **kwargs)`` through the TaskRunner (off the GUI thread);
        on the GUI thread afterwards: broadcast, idle callbacks (a deferred lock), then
        ``on_success(value)``, or ``on_failure(error)``. Returns the task id. RunnerBusy
        while another one runs."""
        if self._tasks is None:
            raise RuntimeError("OpsRunner has no TaskRunner for background operations")
        notebook = self._claim()

        # A deferred lock (``when_idle``) runs before the callbacks: they may open a modal
        # message, which must not hold the lock up. A callback therefore checks that its
        # page still exists (the share wizard's export page does).
        def done(result: OpResult[T]) -> None:
            self._release()
            self._broadcast(result.changes)
            self._drain()
            if on_success is not None:
                on_success(result.value)

        def failed(error: BaseException) -> None:
            self._release()
            self._drain()
            if on_failure is not None:
                on_failure(error)

        try:
            return self._tasks.run(lambda: op(notebook, *args, **kwargs),
                                   on_success=done, on_failure=failed)
        except BaseException:
            self._release()
            raise

    def when_idle(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` now when no operation runs, else right after the running one has
        ended (its transaction committed or rolled back, its callbacks delivered)."""
        if not self._busy:
            callback()
        else:
            self._idle_callbacks.append(callback)

    def wait(self, timeout_ms: int = 60_000) -> bool:
        """Block until a background operation's thread has finished (quitting the app);
        True when nothing runs any more on the worker threads."""
        if self._tasks is None or not self._busy:
            return True
        return self._tasks.wait_idle(timeout_ms)

    def attach(self, notebook: Notebook) -> None:
        """Write to ``notebook`` from now on (after unlock). RunnerBusy while an operation on
        another notebook still runs."""
        if self._busy and notebook is not self._notebook:
            raise RunnerBusy()
        self._notebook = notebook

    def detach(self) -> None:
        """Forget the notebook (the window locks, after waiting for a running operation);
        pending idle callbacks are dropped and the runner is idle again."""
        self._notebook = None
        self._idle_callbacks.clear()
        self._release()

    # --- machinery ------------------------------------------------------------------------
    def _claim(self) -> Notebook:
        if self._notebook is None:
            raise RuntimeError("the notebook is locked")
        if self._busy:
            raise RunnerBusy()
        self._busy = True
        self.busy_changed.emit(True)
        return self._notebook

    def _release(self) -> None:
        if self._busy:
            self._busy = False
            self.busy_changed.emit(False)

    def _broadcast(self, changes: OpChanges) -> None:
        if changes and self._notebook is not None:
            self.changed.emit(changes)

    def _drain(self) -> None:
        callbacks, self._idle_callbacks = self._idle_callbacks, []
        for callback in callbacks:
            callback()
