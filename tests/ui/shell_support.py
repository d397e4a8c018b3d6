"""Helpers for the shell tests: notebooks with marker data, a marker view, widget walking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from jongerenwerk_desk.notebook.models import YoungPerson
from tests.notebooks import new_notebook

PASSPHRASE = "paard batterij nietje correct 42"
MARKER_NAME = "Zwxqmarker Pietjebel"
MARKER_NOTE = "QXJ-geheim-7731 vertelde over thuis"


def make_notebook(path: Path, passphrase: str = PASSPHRASE) -> tuple[Path, str]:
    """Create a notebook holding one young person with marker strings; returns (path, code)."""
    nb, code = new_notebook(path, passphrase)
    try:
        nb.people.add(YoungPerson(id=None, name=MARKER_NAME, nickname="", birth_date=None,
                                  neighbourhood="", phone="", notes=MARKER_NOTE))
    finally:
        nb.close()
    return path, code


class MarkerView(QWidget):
    """A stand-in NotebookWidget that shows client data in a label, an editor, a model."""

    instances: list[MarkerView] = []

    def __init__(self, notebook, profile, services, parent=None) -> None:
        super().__init__(parent)
        people = notebook.people.page(0, 10, "name")
        person = people[0] if people else YoungPerson(name="", notes="")
        self.label = QLabel(person.name)
        self.editor = QLineEdit(person.notes)
        self.model = QStandardItemModel()
        self.model.appendRow(QStandardItem(person.name))
        self.table = QTableView()
        self.table.setModel(self.model)
        layout = QVBoxLayout(self)
        for w in (self.label, self.editor, self.table):
            layout.addWidget(w)
        self.cleared = False
        self.share_action = QAction("Delen onder convenant…", self)
        self.dialog = QDialog(self)
        self.dialog.setWindowTitle("Bewerken")
        QLabel(person.name, self.dialog)
        MarkerView.instances.append(self)

    def actions(self) -> list[QAction]:
        return [QAction("Nieuw signaal", self)]

    def clear_client_data(self) -> None:
        self.cleared = True
        self.label.clear()
        self.editor.clear()
        self.model.clear()


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None, depth=0):
    parent = parent if parent is not None else QModelIndex()
    if depth > 3:
        return
    for row in range(min(model.rowCount(parent), 500)):
        for col in range(min(model.columnCount(parent), 50)):
            index = model.index(row, col, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.EditRole):
                value = model.data(index, role)
                if value is not None:
                    yield str(value)
            try:
                nested = model.hasChildren(index)
            except TypeError:        # some Qt models make hasChildren private
                nested = False
            if nested:
                yield from _model_texts(model, index, depth + 1)


def visible_texts() -> list[str]:
    """Every text reachable from the application's live widgets: titles, labels, editors,
    buttons, combo items and item models (the locked-state and leak tests search these)."""
    texts: list[str] = []
    for top in QApplication.allWidgets():
        texts.append(top.windowTitle())
        texts.append(top.toolTip())
        if isinstance(top, QLabel):
            texts.append(top.text())
        elif isinstance(top, QLineEdit):
            texts.append(top.text())
        elif isinstance(top, (QTextEdit, QPlainTextEdit)):
            texts.append(top.toPlainText())
        elif isinstance(top, QAbstractButton):
            texts.append(top.text())
        elif isinstance(top, QComboBox):
            texts.extend(top.itemText(i) for i in range(top.count()))
            if top.model() is not None:
                texts.extend(_model_texts(top.model()))
        view_model = getattr(top, "model", None)
        if callable(view_model) and not isinstance(top, QComboBox):
            try:
                model = view_model()
            except TypeError:
                model = None
            if isinstance(model, QAbstractItemModel):
                texts.extend(_model_texts(model))
    return texts


def markers_in(texts: list[str], markers=(MARKER_NAME, MARKER_NOTE)) -> list[str]:
    """The texts that contain any marker (empty list = no leak)."""
    return [t for t in texts if any(m in t for m in markers)]
