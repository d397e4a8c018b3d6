"""The one door for modal interaction (``Services.prompter``): real Qt dialogs and a scripted
fake for tests, so no test can hang on a modal dialog."""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from jongerenwerk_desk.ui.secret_field import PassphraseDialog


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

    def inform(self, parent, title, text):
        QMessageBox.information(parent, title, text)

    def warn(self, parent, title, text):
        QMessageBox.warning(parent, title, text)

    def error(self, parent, title, text):
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

    def passphrase(self, parent, title, label):
        dialog = PassphraseDialog(parent, title, label)
        try:
            return dialog.field.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.field.clear()
            dialog.deleteLater()

    def text(self, parent, title, label, initial=""):
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, initial)
        return value if ok else None

    def open_file(self, parent, title, filters="", directory=""):
        name, _ = QFileDialog.getOpenFileName(parent, title, directory, filters,
                                              options=_file_dialog_options())
        forget_file_dialog_history()
        return Path(name) if name else None

    def save_file(self, parent, title, suggested="", filters=""):
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters,
                                              options=_file_dialog_options())
        forget_file_dialog_history()
        return Path(name) if name else None

    def run_dialog(self, dialog):
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

    def inform(self, parent, title, text):
        self.calls.append(PromptCall("inform", title, text))

    def warn(self, parent, title, text):
        self.calls.append(PromptCall("warn", title, text))

    def error(self, parent, title, text):
        self.calls.append(PromptCall("error", title, text))

    def confirm(self, parent, title, text, *, yes_text=None, no_text=None, default_yes=False):
        """Return the scripted bool."""
        return bool(self._answer("confirm", title, text))

    def choose(self, parent, title, text, options, *, default=0):
        return self._answer("choose", title, text)

    def passphrase(self, parent, title, label):
        return self._answer("passphrase", title, label)

    def text(self, parent, title, label, initial=""):
        return self._answer("text", title, label)

    def open_file(self, parent, title, filters="", directory=""):
        answer = self._answer("open_file", title, filters)
        return None if answer is None else Path(answer)

    def save_file(self, parent, title, suggested="", filters=""):
        answer = self._answer("save_file", title, suggested)
        return None if answer is None else Path(answer)

    def run_dialog(self, dialog):
        handler = self._answer("run_dialog", dialog.windowTitle(), type(dialog).__name__)
        return int(handler(dialog)) if callable(handler) else int(handler)
