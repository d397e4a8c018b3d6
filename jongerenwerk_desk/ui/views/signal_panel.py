"""Read-only preview of one signal; confidential text stays hidden until asked for."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QPushButton, QWidget

from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.notebook.ops import Kind, OpChanges
from jongerenwerk_desk.ui.shell.ops_runner import OpsRunner
from jongerenwerk_desk.ui.views import labels
from jongerenwerk_desk.ui.views.panel_base import DetailLabel


class SignalPanel(QWidget):
    """Shows one Signal (``show_signal``): when, category, source, fact or impression,
    confidential, who is involved, and the text (hidden behind a button when confidential).

    With ``ops`` (the OpsRunner) it re-reads its signal when signals, young people or groups
    changed (the names it shows), keeping confidential text hidden."""

    FOLLOWS = frozenset({Kind.SIGNAL, Kind.PERSON, Kind.GROUP, Kind.SIGNAL_VIEW})

    def __init__(self, notebook: Notebook, profile: Any, parent: QWidget | None = None, *,
                 ops: OpsRunner | None = None) -> None:
        super().__init__(parent)
        self.notebook, self.profile = notebook, profile
        if ops is not None:
            ops.changed.connect(self._ops_changed)
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
        # the young person's own view beside the signal (AVG art. 16/21), hidden with the
        # text of a confidential signal
        self.views = DetailLabel(self)
        form.addRow(self.tr("Their view:"), self.views)
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
            self._show_views()
        self.setEnabled(True)

    def _show_views(self) -> None:
        """The young person's views on this signal: "dd-mm-jjjj: text", one per line."""
        from jongerenwerk_desk.notebook.rights_queries import signal_views

        if self.signal is None:
            return
        try:
            views = signal_views(self.notebook, [self.signal.id]).get(self.signal.id, [])
        except Exception:   # an old notebook without the table: nothing to show
            views = []
        self.views.setText("\n".join(f"{labels.format_date(day)}: {text}"
                                      for day, text in views))

    def _ops_changed(self, changes: OpChanges) -> None:
        if self.signal is None or self.notebook is None or not changes.touches(*self.FOLLOWS):
            return
        try:
            self.show_signal(self.notebook.signals.get(self.signal.id))
        except KeyError:
            self.show_signal(None)

    def _reveal(self) -> None:
        if self.signal is not None:
            self.text.setPlainText(self.signal.text)
            titles = {c.id: c.title for c in self.profile.categories}
            self.fields["category"].setText(titles.get(self.signal.category,
                                                       self.signal.category))
            self.reveal.setEnabled(False)
            self._show_views()

    def clear_client_data(self) -> None:
        """Forget the signal; empty every label and the text."""
        self.signal = None
        for label in self.fields.values():
            label.clear()
        self.text.clear()
        self.views.clear()
        self.reveal.hide()
        self.setEnabled(False)
