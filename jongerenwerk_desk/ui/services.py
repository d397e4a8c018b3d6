"""Services handed to every window and dialog: prompts, background tasks, time, clipboard.

Nothing in the UI reaches for a global object: a window receives a :class:`Services` in its
constructor and uses

- ``services.prompter`` for EVERY message box, question, passphrase/text prompt, file dialog and
  modal dialog (``run_dialog``), so tests swap in :class:`FakePrompter` with scripted answers and
  never hang on a modal dialog;
- ``services.tasks`` (:class:`TaskRunner`) to run slow calls (KDF, export, backup, search) off the
  GUI thread; success and failure callbacks run on the GUI thread (Anki's ``CollectionOp`` style);
- ``services.clock`` (:class:`Clock`) for every time measurement the UI makes (idle lock, unlock
  slow-down, clipboard expiry), so tests inject :class:`FakeClock`;
- ``services.clipboard`` (:class:`SecureClipboard`) to copy sensitive text: cleared after 30 s if
  the clipboard still holds our text, with the hints that keep it out of clipboard history.
"""

from __future__ import annotations

import itertools
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QSettings, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from jongerenwerk_desk.ui.shell.clipboard import SecureClipboard

__all__ = ["Clock", "ClockMark", "FakeClock", "FakePrompter", "Prompter", "PromptCall",
           "QtPrompter", "SecureClipboard", "Services", "TaskRunner", "UnexpectedPrompt"]


# --------------------------------------------------------------------------------------- clock
@dataclass(frozen=True)
class ClockMark:
    """A point in time read from all clocks at once (seconds, floats)."""

    monotonic: float
    boot: float
    wall: float


class Clock:
    """Real time. ``monotonic()`` and ``wall()`` in seconds (floats).

    ``boot()`` counts time spent suspended where the OS offers it (Linux CLOCK_BOOTTIME; on
    Windows ``time.monotonic`` already includes sleep); elsewhere it equals ``monotonic()``.
    :meth:`elapsed` is the largest forward delta of the three clocks, so a laptop that slept past
    a limit counts the sleep (macOS/Linux monotonic clocks stop during suspend), while a wall
    clock set backwards never shortens the measured time.
    """

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (may stop during suspend)."""
        return time.monotonic()

    def boot(self) -> float:
        """Seconds since boot including suspend where the OS reports it."""
        clock_id = getattr(time, "CLOCK_BOOTTIME", None)
        if clock_id is None:
            return time.monotonic()
        return time.clock_gettime(clock_id)

    def wall(self) -> float:
        """Seconds since the Unix epoch (UTC); may jump when the user or NTP sets the time."""
        return time.time()

    def mark(self) -> ClockMark:
        """Read all clocks now."""
        return ClockMark(self.monotonic(), self.boot(), self.wall())

    def elapsed(self, since: ClockMark) -> float:
        """Seconds elapsed since ``since``: the largest non-negative delta of the three clocks."""
        now = self.mark()
        return max(0.0, now.monotonic - since.monotonic, now.boot - since.boot,
                   now.wall - since.wall)


class FakeClock(Clock):
    """A clock for tests. ``advance(s)`` moves every clock; ``sleep(s)`` models a suspended
    laptop: wall and boot time move, the monotonic clock does not."""

    def __init__(self, start_wall: float = 1_800_000_000.0) -> None:
        self._mono = 1000.0
        self._boot = 1000.0
        self._wall = start_wall

    def monotonic(self) -> float:  # noqa: D102
        return self._mono

    def boot(self) -> float:  # noqa: D102
        return self._boot

    def wall(self) -> float:  # noqa: D102
        return self._wall

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` pass while the machine is awake."""
        self._mono += seconds
        self._boot += seconds
        self._wall += seconds

    def sleep(self, seconds: float) -> None:
        """Let ``seconds`` pass while the machine is suspended (monotonic clock stands still)."""
        self._boot += seconds
        self._wall += seconds

    def set_wall(self, wall: float) -> None:
        """Set only the wall clock (the user or NTP changed the time)."""
        self._wall = wall


# ------------------------------------------------------------------------------------ prompter
class Prompter:
    """The one door for modal interaction. Every method blocks until the user answers.

    ``parent`` is the widget to centre on (may be None). Titles and texts are already translated
    by the caller. Answers: ``confirm`` -> bool; ``choose`` -> index into ``options`` or None
    (cancelled); ``passphrase``/``text`` -> str or None (cancelled); ``open_file``/``save_file``
    -> Path or None; ``run_dialog`` -> the dialog's result code (``QDialog.Accepted`` = 1).
    Subclasses: :class:`QtPrompter` (real dialogs) and :class:`FakePrompter` (tests).
    """

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        """Show an information message."""
        raise NotImplementedError

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        """Show a warning."""
        raise NotImplementedError

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        """Show an error message (Dutch, never client data, never a traceback)."""
        raise NotImplementedError

    def confirm(self, parent: QWidget | None, title: str, text: str, *,
                yes_text: str | None = None, no_text: str | None = None,
                default_yes: bool = False) -> bool:
        """Ask a yes/no question; True for yes."""
        raise NotImplementedError

    def choose(self, parent: QWidget | None, title: str, text: str, options: Sequence[str], *,
               default: int = 0) -> int | None:
        """Offer buttons ``options``; returns the chosen index, None when cancelled/closed."""
        raise NotImplementedError

    def passphrase(self, parent: QWidget | None, title: str, label: str) -> str | None:
        """Ask a passphrase (echo off). Python strings cannot be wiped: drop it after use."""
        raise NotImplementedError

    def text(self, parent: QWidget | None, title: str, label: str, initial: str = "") -> str | None:
        """Ask one line of text."""
        raise NotImplementedError

    def open_file(self, parent: QWidget | None, title: str, filters: str = "",
                  directory: str = "") -> Path | None:
        """Ask a file to open (Qt's own dialog, no OS recent-files history)."""
        raise NotImplementedError

    def save_file(self, parent: QWidget | None, title: str, suggested: str = "",
                  filters: str = "") -> Path | None:
        """Ask where to save (Qt's own dialog, no OS recent-files history)."""
        raise NotImplementedError

    def run_dialog(self, dialog: QDialog) -> int:
        """Run a modal dialog built by the caller and return its result code."""
        raise NotImplementedError


def _file_dialog_options() -> QFileDialog.Option:
    # Qt's own dialog: the native dialogs add chosen files to OS recent lists (Windows jump
    # lists, GTK recently-used.xbel), which would leak file names of exports.
    return QFileDialog.Option.DontUseNativeDialog


def forget_file_dialog_history() -> None:
    """Remove the folder history Qt's own file dialog writes to ``QtProject.conf``
    (``FileDialog/history`` and ``lastVisited``): a folder may be named after a person."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in ("FileDialog/history", "FileDialog/lastVisited"):
        settings.remove(key)
    settings.sync()


class QtPrompter(Prompter):
    """Real modal dialogs (QMessageBox, QInputDialog, non-native QFileDialog whose folder
    history is removed after each use)."""

    def inform(self, parent, title, text):  # noqa: D102
        QMessageBox.information(parent, title, text)

    def warn(self, parent, title, text):  # noqa: D102
        QMessageBox.warning(parent, title, text)

    def error(self, parent, title, text):  # noqa: D102
        QMessageBox.critical(parent, title, text)

    def confirm(self, parent, title, text, *, yes_text=None, no_text=None, default_yes=False):
        """See :meth:`Prompter.confirm`."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.NoButton, parent)
        yes = box.addButton(QMessageBox.StandardButton.Yes)
        no = box.addButton(QMessageBox.StandardButton.No)
        if yes_text:
            yes.setText(yes_text)
        if no_text:
            no.setText(no_text)
        box.setDefaultButton(yes if default_yes else no)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def choose(self, parent, title, text, options, *, default=0):
        """See :meth:`Prompter.choose`."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.NoButton, parent)
        buttons = [box.addButton(o, QMessageBox.ButtonRole.AcceptRole) for o in options]
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        if buttons:
            box.setDefaultButton(buttons[min(max(default, 0), len(buttons) - 1)])
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return next((i for i, b in enumerate(buttons) if b is clicked), None)

    def passphrase(self, parent, title, label):  # noqa: D102
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        return value if ok else None

    def text(self, parent, title, label, initial=""):  # noqa: D102
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, initial)
        return value if ok else None

    def open_file(self, parent, title, filters="", directory=""):  # noqa: D102
        name, _ = QFileDialog.getOpenFileName(parent, title, directory, filters,
                                              options=_file_dialog_options())
        forget_file_dialog_history()
        return Path(name) if name else None

    def save_file(self, parent, title, suggested="", filters=""):  # noqa: D102
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters,
                                              options=_file_dialog_options())
        forget_file_dialog_history()
        return Path(name) if name else None

    def run_dialog(self, dialog):  # noqa: D102
        return dialog.exec()


@dataclass(frozen=True)
class PromptCall:
    """One prompt a FakePrompter saw: ``kind`` is the method name."""

    kind: str
    title: str
    text: str


class UnexpectedPrompt(AssertionError):
    """A FakePrompter was asked something it had no scripted answer for (or of another kind)."""


@dataclass
class FakePrompter(Prompter):
    """Scripted prompter for tests: never opens a window, never blocks.

    ``script(kind, answer)`` queues an answer for the next prompt of method ``kind`` ("confirm",
    "choose", "passphrase", "text", "open_file", "save_file", "run_dialog"). For ``run_dialog``
    the answer is a callable ``f(dialog) -> int`` that may fill in the dialog. ``inform``,
    ``warn`` and ``error`` need no answer. A question with no queued answer, or an answer of
    another kind at the front of the queue, raises :class:`UnexpectedPrompt`. ``calls`` records
    every prompt in order.
    """

    calls: list[PromptCall] = field(default_factory=list)
    _answers: deque[tuple[str, Any]] = field(default_factory=deque)

    def script(self, kind: str, answer: Any) -> FakePrompter:
        """Queue ``answer`` for the next ``kind`` prompt; returns self for chaining."""
        self._answers.append((kind, answer))
        return self

    @property
    def pending(self) -> list[tuple[str, Any]]:
        """Answers not yet consumed."""
        return list(self._answers)

    def kinds(self) -> list[str]:
        """Kinds of the prompts seen so far, in order."""
        return [c.kind for c in self.calls]

    def _answer(self, kind: str, title: str, text: str) -> Any:
        self.calls.append(PromptCall(kind, title, text))
        if not self._answers:
            raise UnexpectedPrompt(f"unscripted {kind} prompt: {title!r}")
        want, answer = self._answers[0]
        if want != kind:
            raise UnexpectedPrompt(f"{kind} prompt {title!r} while {want} was scripted")
        self._answers.popleft()
        return answer

    def inform(self, parent, title, text):  # noqa: D102
        self.calls.append(PromptCall("inform", title, text))

    def warn(self, parent, title, text):  # noqa: D102
        self.calls.append(PromptCall("warn", title, text))

    def error(self, parent, title, text):  # noqa: D102
        self.calls.append(PromptCall("error", title, text))

    def confirm(self, parent, title, text, *, yes_text=None, no_text=None, default_yes=False):
        """Return the scripted bool."""
        return bool(self._answer("confirm", title, text))

    def choose(self, parent, title, text, options, *, default=0):  # noqa: D102
        return self._answer("choose", title, text)

    def passphrase(self, parent, title, label):  # noqa: D102
        return self._answer("passphrase", title, label)

    def text(self, parent, title, label, initial=""):  # noqa: D102
        return self._answer("text", title, label)

    def open_file(self, parent, title, filters="", directory=""):  # noqa: D102
        answer = self._answer("open_file", title, filters)
        return None if answer is None else Path(answer)

    def save_file(self, parent, title, suggested="", filters=""):  # noqa: D102
        answer = self._answer("save_file", title, suggested)
        return None if answer is None else Path(answer)

    def run_dialog(self, dialog):  # noqa: D102
        handler = self._answer("run_dialog", dialog.windowTitle(), type(dialog).__name__)
        return int(handler(dialog)) if callable(handler) else int(handler)


# --------------------------------------------------------------------------------- task runner
class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, job_id: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._runner, self._job_id, self._fn = runner, job_id, fn

    def run(self) -> None:  # worker thread
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - delivered to the failure callback
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
        self._pending: dict[int, tuple[Callable | None, Callable | None]] = {}
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
            except BaseException as exc:  # noqa: BLE001
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
        elif on_failure is not None:
            on_failure(payload)
        elif self._unhandled is not None:
            self._unhandled(payload)
        else:
            raise payload


# ------------------------------------------------------------------------------------ services
@dataclass
class Services:
    """Everything a window needs from outside; built once in ``run_gui`` (or by a test)."""

    prompter: Prompter
    tasks: TaskRunner
    clock: Clock
    clipboard: SecureClipboard

    @classmethod
    def for_tests(cls, *, prompter: Prompter | None = None, clock: Clock | None = None,
                  synchronous: bool = False) -> Services:
        """Services with a FakePrompter and FakeClock unless given (needs a QApplication)."""
        clock = clock or FakeClock()
        return cls(prompter=prompter or FakePrompter(),
                   tasks=TaskRunner(synchronous=synchronous), clock=clock,
                   clipboard=SecureClipboard(clock))
