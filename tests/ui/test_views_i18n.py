"""With the Dutch translation loaded, the views and editors show no leftover English."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTabWidget, QWidget

from jongerenwerk_desk.ui.editors.signal_editor import SignalEditor
from jongerenwerk_desk.ui.main_window import NotebookWidget
from tests.ui import views_support as support

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def _english_sources() -> set[str]:
    """Source strings whose Dutch differs (so seeing them means a missing translation)."""
    out = set()
    root = ET.parse(TRANSLATIONS / "views_nl.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        dutch = "".join(translation.itertext()) if translation is not None else ""
        if source and dutch and source != dutch:
            out.add(source.replace("&", ""))
    return out


def _shown_texts(root: QWidget) -> list[str]:
    texts = []
    for child in [root, *root.findChildren(QWidget)]:
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        if isinstance(child, QTabWidget):
            texts.extend(child.tabText(i) for i in range(child.count()))
        texts.append(child.toolTip())
        texts.append(child.windowTitle())
    return [t.replace("&", "") for t in texts if t]


@pytest.fixture
def dutch(qapp):
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "views_nl.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_views_and_signal_editor_are_dutch(qtbot, dutch, nb, profile, services) -> None:
    support.seed_small(nb)
    widget = NotebookWidget(nb, profile, services)
    qtbot.addWidget(widget)
    editor = SignalEditor(nb, profile, parent=widget)
    english = _english_sources()
    shown = _shown_texts(widget) + _shown_texts(editor)
    assert "Jongeren" in shown and "Signalen" in shown       # the translator is active
    leftovers = sorted({t for t in shown if t in english})
    assert leftovers == []
    headers = [widget.signals_view.model.headerData(c, support_orientation())
               for c in range(widget.signals_view.model.columnCount())]
    assert "Datum en tijd" in headers and not set(headers) & english
    assert widget.share_action.text().replace("&", "") == "Delen onder convenant…"


def support_orientation():
    from PySide6.QtCore import Qt
    return Qt.Orientation.Horizontal
