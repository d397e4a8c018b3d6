"""Services handed to every window and dialog: prompts, background tasks, time, clipboard.

Nothing in the UI reaches for a global object: a window receives a :class:`Services` in its
constructor and uses

- ``services.prompter`` for EVERY message box, question, passphrase/text prompt, file dialog and
  modal dialog (``run_dialog``), so tests swap in :class:`FakePrompter` with scripted answers and
  never hang on a modal dialog;
- ``services.ops`` (:class:`OpsRunner`) for EVERY write to the notebook: it runs
  ``notebook.ops`` operations one at a time and broadcasts what changed (views reload
  themselves from its ``changed`` signal); the lock waits for it;
- ``services.tasks`` (:class:`TaskRunner`) to run slow calls (KDF, export, backup, search) off the
  GUI thread; success and failure callbacks run on the GUI thread (Anki's ``CollectionOp`` style);
- ``services.clock`` (:class:`Clock`) for every time measurement the UI makes (idle lock, unlock
  slow-down, clipboard expiry), so tests inject :class:`FakeClock`;
- ``services.clipboard`` (:class:`SecureClipboard`) to copy sensitive text: cleared after 30 s if
  the clipboard still holds our text, with the hints that keep it out of clipboard history.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jongerenwerk_desk.ui.shell.clipboard import SecureClipboard
from jongerenwerk_desk.ui.shell.clock import Clock, ClockMark, FakeClock
from jongerenwerk_desk.ui.shell.ops_runner import OpsRunner
from jongerenwerk_desk.ui.shell.prompter import (
    FakePrompter,
    PromptCall,
    Prompter,
    QtPrompter,
    UnexpectedPrompt,
    forget_file_dialog_history,
)
from jongerenwerk_desk.ui.shell.tasks import TaskRunner

__all__ = ["Clock", "ClockMark", "FakeClock", "FakePrompter", "OpsRunner", "Prompter",
           "PromptCall",
           "QtPrompter", "SecureClipboard", "Services", "TaskRunner", "UnexpectedPrompt",
           "forget_file_dialog_history"]


@dataclass
class Services:
    """Everything a window needs from outside; built once in ``run_gui`` (or by a test)."""

    prompter: Prompter
    tasks: TaskRunner
    clock: Clock
    clipboard: SecureClipboard
    ops: OpsRunner = field(default=None)  # type: ignore[assignment]  # set in __post_init__

    def __post_init__(self) -> None:
        if self.ops is None:
            self.ops = OpsRunner(None, self.tasks)

    @classmethod
    def for_tests(cls, *, prompter: Prompter | None = None, clock: Clock | None = None,
                  synchronous: bool = False) -> Services:
        """Services with a FakePrompter and FakeClock unless given (needs a QApplication)."""
        clock = clock or FakeClock()
        return cls(prompter=prompter or FakePrompter(),
                   tasks=TaskRunner(synchronous=synchronous), clock=clock,
                   clipboard=SecureClipboard(clock))
