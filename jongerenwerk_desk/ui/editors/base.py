"""Base for editor dialogs: a form, an inline error area and OK/Cancel.

Validation runs when the user presses OK (and a field's mark is cleared as soon as it is
edited): errors appear inline above the buttons, in Dutch, each naming its field; the first
invalid field gets the focus. No message box per keystroke.

Editors never write: each names the door's operation (``operation``, from
``notebook.ops``) and builds its arguments from the form (``op_args()``, by default
``(self.value(),)``); on OK the dialog hands them to the UI's ops runner
(``ui/shell/ops_runner.py``), which writes and broadcasts what changed. A failure is shown
inline and nothing typed is lost.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.notebook.ops import OpResult
from jongerenwerk_desk.ui.a11y import announce, mark_field_error, readable_muted
from jongerenwerk_desk.ui.editors.fields import PHONE_RE
from jongerenwerk_desk.ui.shell.ops_runner import OpsRunner

log = logging.getLogger(__name__)

CONTEXT = "EditorDialog"
INVALID_STYLE = "border: 2px solid #b00020;"
INVALID_BASE = "#f9c6c6"
# Put before the label of an invalid field: the mark is not colour alone (WCAG 1.4.1).
INVALID_SIGN = "\u26a0 "
#: Longest accepted value of a one-line field (names, places, roles), in characters.
MAX_LINE_CHARS = 200


@dataclass(frozen=True)
class FieldError:
    """A validation problem: the field's widget (focus target) and a Dutch message."""

    widget: QWidget | None
    message: str


class EditorDialog(QDialog):
    """Form dialog with inline validation. Subclasses implement ``validate()`` ->
    list[FieldError] and ``value()`` (the dataclass from the form), set ``operation`` (a
    ``notebook.ops`` function returning ``OpResult[int]``, wrapped in ``staticmethod``) and
    may override ``op_args()``; they add rows to ``self.form`` and may read ``self.entity``
    (the object being edited, None for new) and ``self.notebook`` (for reading).

    ``ops``: the runner that writes (set by whoever opens the editor, see
    ``panel_base.run_editor``); a dialog used on its own gets a private runner on
    ``self.notebook``. After ``accept()`` ``self.saved_id`` holds the id written.
    """

    operation: ClassVar[Callable[..., OpResult[int]]]
    notebook: Notebook

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved_id: int | None = None
        self.ops: OpsRunner | None = None
        self._marked: list[QWidget] = []
        self._messages: list[str] = []
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("editorErrors")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        # the messages themselves are the label's accessible name (a fixed name hid them)
        self.error_label.setAccessibleDescription(
            QCoreApplication.translate("EditorDialog", "Errors"))
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(QCoreApplication.translate("EditorDialog", "&Save"))
        save.setToolTip(QCoreApplication.translate("EditorDialog", "Save (Enter)"))
        save.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(QCoreApplication.translate("EditorDialog", "Cancel"))
        cancel.setToolTip(QCoreApplication.translate("EditorDialog", "Close without saving (Esc)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(self.form)
        self._layout.addWidget(self.error_label)
        self._layout.addWidget(self.buttons)

    @property
    def save_button(self) -> QAbstractButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    # --- to override ---------------------------------------------------------------
    def validate(self) -> list[FieldError]:
        """Problems with the current input (empty list: valid)."""
        return []

    def value(self) -> Any:
        """The dataclass built from the form (call after ``validate()`` found no problem)."""
        raise NotImplementedError

    def op_args(self) -> tuple[Any, ...]:
        """Arguments of ``operation`` after the notebook: ``(self.value(),)`` by default."""
        return (self.value(),)

    def _runner(self) -> OpsRunner:
        if self.ops is None:
            self.ops = OpsRunner(self.notebook, parent=self)
        return self.ops

    # --- machinery -------------------------------------------------------------------
    def errors(self) -> list[str]:
        """The Dutch error messages shown now (empty when none)."""
        return list(self._messages)

    def length_problems(self) -> list[FieldError]:
        """A Dutch message per one-line field of the form longer than ``MAX_LINE_CHARS``.

        Checked on save rather than cut off with ``setMaxLength`` (which would silently
        shorten an existing longer value when it is loaded). Names the field by its form
        label; never repeats the text itself.
        """
        problems = []
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            field = item.widget() if item is not None else None
            if not isinstance(field, QLineEdit) or len(field.text()) <= MAX_LINE_CHARS:
                continue
            label = self.form.labelForField(field)
            name = (label.text().removeprefix(INVALID_SIGN).replace("&", "").rstrip(": ")
                    if isinstance(label, QLabel) else "")
            problems.append(FieldError(field, QCoreApplication.translate(
                "EditorDialog", "%1 may be at most %2 characters long (now %3).")
                .replace("%1", name or QCoreApplication.translate("EditorDialog", "A field"))
                .replace("%2", str(MAX_LINE_CHARS)).replace("%3", str(len(field.text())))))
        return problems

    def phone_problems(self, field: QLineEdit) -> list[FieldError]:
        """A Dutch message when ``field`` holds a phone number outside ``fields.PHONE_RE``
        (6 to 20 digits, spaces, '-' and brackets, '+' only at the start); empty is fine."""
        phone = field.text().strip()
        if not phone or PHONE_RE.match(phone):
            return []
        return [FieldError(field, QCoreApplication.translate(
            "EditorDialog", "Phone number: 6 to 20 characters (digits, spaces, '-' and "
            "brackets), '+' only at the start, for example 06-12345678 or +31 6 12345678."))]

    def accept(self) -> None:
        problems = self.length_problems() + self.validate()
        self._show(problems)
        if problems:
            return
        try:
            self.saved_id = int(self._runner().run(type(self).operation, *self.op_args()))
        except Exception as exc:  # shown inline; nothing typed is lost
            log.warning("save failed in %s: %s", type(self).__name__, type(exc).__name__)
            message = getattr(exc, "user_message", None) or QCoreApplication.translate(
                "EditorDialog", "Saving did not work. Your input is still here; try again, or lock "
                         "and unlock the notebook.")
            self._show([FieldError(None, str(message))])
            return
        super().accept()

    def clear_client_data(self) -> None:
        """Empty every input widget (used when locking with the editor still open)."""
        for widget in self.findChildren(QLineEdit):
            widget.clear()
        for widget in self.findChildren(QPlainTextEdit):
            widget.clear()
        for widget in self.findChildren(QComboBox):
            if widget.isEditable():
                widget.clearEditText()
        for widget in self.findChildren(QListWidget):
            widget.clear()
        self.error_label.clear()
        self._messages = []

    def _show(self, problems: list[FieldError]) -> None:
        for widget in self._marked:
            mark_invalid(widget, False)
        self._marked = []
        self._messages = [p.message for p in problems]
        if not problems:
            self.error_label.clear()
            self.error_label.hide()
            return
        self.error_label.setText("\n".join("• " + p.message for p in problems))
        self.error_label.show()
        for problem in problems:
            if problem.widget is not None and problem.widget not in self._marked:
                mark_invalid(problem.widget, True, problem.message)
                self._marked.append(problem.widget)
        # said at once (WCAG 4.1.3); the first invalid field then says its own message
        announce(self.error_label, "\n".join(self._messages), assertive=True)
        first = next((p.widget for p in problems if p.widget is not None), None)
        if first is not None:
            first.setFocus()


def mark_invalid(widget: QWidget, invalid: bool, message: str = "") -> None:
    """Show (or remove) the error mark on ``widget``.

    Not by colour alone (WCAG 1.4.1): the field's form label gets a warning sign
    (:data:`INVALID_SIGN`), and ``message`` becomes the field's accessible description, so a
    screen reader says it when the field has the focus (WCAG 3.3.1). Spin boxes (the time
    field) and combo boxes get a pale red base colour through the palette: a style-sheet
    border on them switches Qt to style-sheet drawing of the arrow buttons, which then
    break. Other fields get the red ``INVALID_STYLE`` border.
    """
    mark_field_error(widget, message if invalid else None)
    _sign_label(widget, invalid)
    if isinstance(widget, QAbstractSpinBox | QComboBox):
        if invalid:
            palette = widget.palette()
            palette.setColor(QPalette.ColorRole.Base, QColor(INVALID_BASE))
            palette.setColor(QPalette.ColorRole.Button, QColor(INVALID_BASE))  # closed combo
            palette.setColor(QPalette.ColorRole.PlaceholderText,     # 4.5:1 on the pink too
                             readable_muted(palette, (QPalette.ColorRole.Base,)))
            widget.setPalette(palette)
        else:
            widget.setPalette(QPalette())
        widget.setProperty("invalid", invalid)
        return
    widget.setStyleSheet(INVALID_STYLE if invalid else "")
    widget.setProperty("invalid", invalid)


def _sign_label(widget: QWidget, invalid: bool) -> None:
    """Put :data:`INVALID_SIGN` before (or take it from) the text of ``widget``'s buddy label."""
    window = widget.window()
    for label in window.findChildren(QLabel) if window is not None else ():
        if label.buddy() is not widget:
            continue
        text = label.text().removeprefix(INVALID_SIGN)
        label.setText(INVALID_SIGN + text if invalid else text)


def watch(widget: QWidget, dialog: EditorDialog) -> None:
    """Clear ``widget``'s error mark (colour, sign and description) as soon as the user
    edits it."""
    def unmark(*_args: Any) -> None:
        if widget in dialog._marked:
            mark_invalid(widget, False)
            dialog._marked.remove(widget)
    for name in ("textEdited", "textChanged", "currentIndexChanged", "dateChanged",
                 "timeChanged", "toggled"):
        signal = getattr(widget, name, None)
        if signal is not None:
            signal.connect(unmark)
            return
