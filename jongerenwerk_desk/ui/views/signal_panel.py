"""Read-only preview of one signal; confidential text stays hidden until asked for."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QPushButton, QWidget

from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.ui.views import labels
from jongerenwerk_desk.ui.views.panel_base import DetailLabel


class SignalPanel(QWidget):
    """Shows one Signal (``show_signal``): when, category, source, fact or impression,
    confidential, who is involved, and the text (hidden behind a button when confidential)."""

    def __init__(self, notebook: Notebook, profile: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notebook, self.profile = notebook, profile
        self.signal: Any | None = None
        form = QFormLayout(self)
        self.fields: dict[str, QLabel] = {}
        for key, text in (("when", self.tr("Date and time:")), ("category", self.tr("Category:")),
                          ("source", self.tr("Source:")), ("kind", self.tr("Fact/impression:")),
                          ("location", self.tr("Location:")), ("people", self.tr("Young people:")),
                          ("groups", self.tr("Groups:"))):
            label = DetailLabel(self)
            self.fields[key] = label
            form.addRow(text, label)
        self.reveal = QPushButton(self.tr("Show confidential te&xt and category"), self)
        self.reveal.setToolTip(self.tr("Confidential: check who can see your screen first."))
        self.reveal.clicked.connect(self._reveal)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Signal text"))
        form.addRow("", self.reveal)
        form.addRow(self.tr("Text:"), self.text)
        self.clear_client_data()

    def show_signal(self, signal: Any | None) -> None:
        """Show ``signal`` (a Signal) or nothing."""
        self.clear_client_data()
        if signal is None:
            return
        self.signal = signal
        titles = {c.id: c.title for c in self.profile.categories}
        kind = labels.tr(labels.FACT if signal.verified else labels.IMPRESSION)
        if signal.confidential:
            kind += " — " + labels.tr(labels.CONFIDENTIAL).lower()
        people = []
        for pid in signal.person_ids:
            try:
                people.append(self.notebook.people.get(pid).name)
            except KeyError:
                continue
        groups = []
        for gid in signal.group_ids:
            try:
                groups.append(self.notebook.groups.get(gid).name)
            except KeyError:
                continue
        category = titles.get(signal.category, signal.category)
        values = {"when": labels.format_local(signal.occurred_at, signal.tz_name),
                  "category": (labels.tr(labels.CONFIDENTIAL_MASK) if signal.confidential
                               else category),
                  "source": labels.label(labels.SOURCES, signal.source), "kind": kind,
                  "location": signal.location, "people": ", ".join(people),
                  "groups": ", ".join(groups)}
        for key, value in values.items():
            self.fields[key].setText(value)
        self.reveal.setVisible(signal.confidential)
        self.reveal.setEnabled(signal.confidential)
        if not signal.confidential:
            self.text.setPlainText(signal.text)
        self.setEnabled(True)

    def _reveal(self) -> None:
        if self.signal is not None:
            self.text.setPlainText(self.signal.text)
            titles = {c.id: c.title for c in self.profile.categories}
            self.fields["category"].setText(titles.get(self.signal.category,
                                                       self.signal.category))
            self.reveal.setEnabled(False)

    def clear_client_data(self) -> None:
        """Forget the signal; empty every label and the text."""
        self.signal = None
        for label in self.fields.values():
            label.clear()
        self.text.clear()
        self.reveal.hide()
        self.setEnabled(False)
