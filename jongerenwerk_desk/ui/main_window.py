"""The notebook's main area: three views (young people, groups, signals), their detail
panels, editors and search. The shell (ui/shell/window.py) owns the QMainWindow, menus and
locking; it adds ``actions()`` and ``share_action`` to its menus and, on lock, calls
``clear_client_data()`` and deletes this widget before closing the Notebook.

Writes go through ``services.ops`` (the ops runner); every list and panel follows its
``changed`` signal and reloads itself, so nothing here decides by hand what to reload.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QSplitter, QTabWidget, QVBoxLayout, QWidget

from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.notebook.ops import Kind
from jongerenwerk_desk.ui.shell.ops_runner import ops_for
from jongerenwerk_desk.ui.views.entity_view import EntityView
from jongerenwerk_desk.ui.views.group_panel import GroupPanel
from jongerenwerk_desk.ui.views.panel_base import run_editor
from jongerenwerk_desk.ui.views.person_panel import PersonPanel
from jongerenwerk_desk.ui.views.signal_panel import SignalPanel
from jongerenwerk_desk.ui.views.tables import groups_model, people_model, signals_model

log = logging.getLogger(__name__)

PEOPLE, GROUPS, SIGNALS = 0, 1, 2

#: What each list shows, as the kinds of change it reloads on: each list shows columns of
#: its own table only (``views/tables.py``). The detail panels follow more (their FOLLOWS).
FOLLOWS: dict[int, frozenset[Kind]] = {
    PEOPLE: frozenset({Kind.PERSON}),
    GROUPS: frozenset({Kind.GROUP, Kind.STAGE}),
    SIGNALS: frozenset({Kind.SIGNAL}),
}


class NotebookWidget(QWidget):
    """Three tabs, each a searchable, paged, SQL-sorted list beside a detail panel.

    ``notebook``: an open Notebook; ``profile``: the active CovenantProfile (categories,
    purposes, parties); ``services``: ui.services.Services (every dialog runs through
    ``services.prompter.run_dialog`` so tests never hang). Keyboard: Ctrl+1/2/3 switch views,
    Ctrl+F searches, Enter/F2 edits, Delete deletes (asks first).
    """

    def __init__(self, notebook: Notebook, profile: Any, services: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notebook, self.profile, self.services = notebook, profile, services
        self.ops = ops_for(services, notebook)
        self.setObjectName("notebookWidget")
        self.people_view = EntityView(people_model(notebook, self), self.tr("Young people"), self)
        self.groups_view = EntityView(groups_model(notebook, self), self.tr("Groups"), self)
        self.signals_view = EntityView(signals_model(notebook, profile, self),
                                       self.tr("Signals"), self)
        self.person_panel = PersonPanel(notebook, profile, services, self)
        self.group_panel = GroupPanel(notebook, profile, services, self)
        self.signal_panel = SignalPanel(notebook, profile, self, ops=self.ops)
        self.views = [self.people_view, self.groups_view, self.signals_view]
        self.tabs = QTabWidget(self)
        for view, panel, title in ((self.people_view, self.person_panel, self.tr("&Young people")),
                                   (self.groups_view, self.group_panel, self.tr("&Groups")),
                                   (self.signals_view, self.signal_panel, self.tr("&Signals"))):
            splitter = QSplitter(Qt.Orientation.Horizontal, self)
            splitter.addWidget(view)
            splitter.addWidget(panel)
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 2)
            splitter.setChildrenCollapsible(False)
            splitter.setSizes([820, 540])      # proportions; the list gets the larger part
            self.tabs.addTab(splitter, title)
            QWidget.setTabOrder(view.table, panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        self._connect()
        self._build_actions()
        self.people_view.set_empty_hint(self.tr(
            "No young people yet. Ctrl+Shift+J adds one (Notebook → New young person…)."))
        self.groups_view.set_empty_hint(self.tr(
            "No groups yet. Ctrl+Shift+G adds one (Notebook → New group…)."))
        self.signals_view.set_empty_hint(self.tr(
            "No signals yet. Ctrl+N records one (Notebook → New signal…); add the young "
            "people and groups it concerns first (Ctrl+Shift+J, Ctrl+Shift+G)."))
        for view in self.views:
            view.model.reload()
        self.tabs.setCurrentIndex(SIGNALS)
        self.signals_view.table.setFocus()

    # --- wiring -------------------------------------------------------------------------
    def _connect(self) -> None:
        self.people_view.currentChanged.connect(self.person_panel.show_person)
        self.groups_view.currentChanged.connect(self.group_panel.show_group)
        self.group_panel.share_requested.connect(self.share_group)
        self.signals_view.currentChanged.connect(self.signal_panel.show_signal)
        self.people_view.activated.connect(lambda _p: self.edit_current())
        self.groups_view.activated.connect(lambda _g: self.edit_current())
        self.signals_view.activated.connect(lambda _s: self.edit_current())
        for index, view in enumerate(self.views):
            view.deleteRequested.connect(self.delete_current)
            view.follow(self.ops, FOLLOWS[index])
        self.person_panel.signalActivated.connect(self.edit_signal)
        self.tabs.currentChanged.connect(self._tab_changed)

    def _action(self, text: str, slot: Any, shortcut: QKeySequence | str | None,
                tip: str) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            tip = f"{tip} ({native})"
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.new_signal_action = a(self.tr("New &signal…"), self.new_signal, "Ctrl+N",
                                   self.tr("Record a new signal"))
        self.new_person_action = a(self.tr("New &young person…"), self.new_person,
                                   "Ctrl+Shift+J", self.tr("Add a young person"))
        self.new_group_action = a(self.tr("New &group…"), self.new_group, "Ctrl+Shift+G",
                                  self.tr("Add a group"))
        self.edit_action = a(self.tr("&Edit…"), self.edit_current, "F2",
                             self.tr("Edit the selected row (also Enter)"))
        self.delete_action = a(self.tr("&Delete or erase…"), self.delete_current, None,
                               self.tr("Delete the selected row; a young person is erased for "
                                       "good (Delete key in the list)"))
        self.copy_action = a(self.tr("&Copy"), self.copy_current, "Ctrl+Shift+C",
                             self.tr("Copy the selected name or signal text; the clipboard is "
                                     "cleared after 30 seconds"))
        self.search_action = a(self.tr("&Search"), self.focus_search, QKeySequence.StandardKey.Find,
 self.tr("Search in the current list"))
        self.partners_action = a(self.tr("&Partner contacts…"), self.show_partners, None,
                                 self.tr("Contact persons at the covenant partners"))
        self.view_actions = [
            a(self.tr("Show young people (&1)"), lambda: self.show_view(PEOPLE), "Ctrl+1",
              self.tr("Show the list of young people")),
            a(self.tr("Show groups (&2)"), lambda: self.show_view(GROUPS), "Ctrl+2",
              self.tr("Show the list of groups")),
            a(self.tr("Show signals (&3)"), lambda: self.show_view(SIGNALS), "Ctrl+3",
              self.tr("Show the list of signals")),
        ]
        self.share_action = a(self.tr("Share under covenant…"), self.open_share_wizard,
                              "Ctrl+Shift+D", self.tr(
                                  "Check the legal basis, make a minimal summary and record "
                                  "the disclosure (verstrekking)"))
        from jongerenwerk_desk.ui.share.register_view import register_action_texts
        text, tip = register_action_texts()      # wizard_nl.ts holds its Dutch
        self.register_action = a(text, self.open_register, None, tip)

    def actions(self) -> list[QAction]:
        """Actions for the shell's Notebook menu and toolbar (share_action separately)."""
        return [self.new_signal_action, self.new_person_action, self.new_group_action,
                self.edit_action, self.delete_action, self.copy_action, self.search_action,
                self.partners_action, *self.view_actions]

    # --- navigation ----------------------------------------------------------------------
    def current_view_index(self) -> int:
        return self.tabs.currentIndex()

    def show_view(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.views[index].table.setFocus()

    def focus_search(self) -> None:
        search = self.views[self.tabs.currentIndex()].search
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(self.views):
            self.views[index].table.setFocus()

    # --- editing ----------------------------------------------------------------------------
    def _run(self, dialog: QDialog) -> int | None:
        """Run an editor; the saved id, or None when cancelled."""
        saved = run_editor(self.services, dialog)
        return getattr(dialog, "saved_id", None) if saved else None

    def new_person(self) -> None:
        from jongerenwerk_desk.ui.editors.person_editor import PersonEditor
        saved = self._run(PersonEditor(self.notebook, parent=self))
        if saved is not None:
            self.show_view(PEOPLE)
            self.people_view.select_id(saved)

    def new_group(self) -> None:
        from jongerenwerk_desk.ui.editors.group_editor import GroupEditor
        saved = self._run(GroupEditor(self.notebook, parent=self))
        if saved is not None:
            self.show_view(GROUPS)
            self.groups_view.select_id(saved)

    def new_signal(self) -> None:
        from jongerenwerk_desk.ui.editors.signal_editor import SignalEditor
        editor = SignalEditor(self.notebook, self.profile, now=self._now, parent=self)
        current = self.views[self.tabs.currentIndex()].current()
        if self.tabs.currentIndex() == PEOPLE and current is not None:
            editor.people.set_ids([current.id])
        elif self.tabs.currentIndex() == GROUPS and current is not None:
            editor.groups.set_ids([current.id])
        saved = self._run(editor)
        if saved is not None:
            self.signals_view.select_id(saved)

    def _now(self) -> Any:
        from datetime import UTC, datetime
        return datetime.fromtimestamp(self.services.clock.wall(), UTC)

    def edit_current(self) -> None:
        """Open the editor of the selected row of the current view."""
        index = self.tabs.currentIndex()
        current = self.views[index].current()
        if current is None:
            return
        if index == PEOPLE:
            from jongerenwerk_desk.ui.editors.person_editor import PersonEditor
            dialog: QDialog = PersonEditor(self.notebook, current, parent=self)
        elif index == GROUPS:
            from jongerenwerk_desk.ui.editors.group_editor import GroupEditor
            dialog = GroupEditor(self.notebook, current, parent=self)
        else:
            from jongerenwerk_desk.ui.editors.signal_editor import SignalEditor
            dialog = SignalEditor(self.notebook, self.profile, current, now=self._now,
                                  parent=self)
        saved = self._run(dialog)
        if saved is not None:
            self.views[index].select_id(saved)

    def edit_signal(self, signal_id: int) -> None:
        """Open the signal editor for ``signal_id`` (from a young person's timeline)."""
        from jongerenwerk_desk.ui.editors.signal_editor import SignalEditor
        try:
            signal = self.notebook.signals.get(signal_id)
        except KeyError:
            return
        saved = self._run(SignalEditor(self.notebook, self.profile, signal, now=self._now,
                                       parent=self))
        if saved is not None:
            self.signals_view.select_id(saved)

    def delete_current(self) -> None:
        """Delete the selected group or signal, or erase the selected young person, after a
        clear warning through the prompter (erasure: AVG art. 17, notebook ``people.erase``)."""
        index = self.tabs.currentIndex()
        current = self.views[index].current()
        if current is None:
            return
        from jongerenwerk_desk.ui.views import deleting
        deleting.confirm_and_delete(self, index, current)

    def copy_current(self) -> None:
        """Copy the selected name (young person, group) or signal text via the secure
        clipboard (cleared after 30 s if it still holds our text)."""
        index = self.tabs.currentIndex()
        current = self.views[index].current()
        if current is None:
            return
        text = current.text if index == SIGNALS else current.name
        if text:
            self.services.clipboard.copy(text)

    def show_partners(self) -> None:
        from jongerenwerk_desk.ui.views.partners_dialog import PartnersDialog
        run_editor(self.services, PartnersDialog(self.notebook, self.profile, self.services,
                                                 self))

    def open_share_wizard(self) -> None:
        """Open the share wizard (``ui/share/wizard.py``), preselecting the current group."""
        try:
            from jongerenwerk_desk.ui.share.wizard import ShareWizard
        except ImportError:
            self.services.prompter.error(self, self.tr("Share under covenant"), self.tr(
                "The share wizard is not available in this installation."))
            return
        group = self.groups_view.current() if self.tabs.currentIndex() == GROUPS else None
        kwargs = {"group_id": group.id} if group is not None else {}
        wizard = ShareWizard(self.notebook, self.profile, self.services, self, **kwargs)
        self._run_share_wizard(wizard)

    def _run_share_wizard(self, wizard) -> None:
        """Run the wizard; signatures recorded from inside it apply to the window afterwards
        (the views are rebuilt with the new profile once this call has returned)."""
        run_editor(self.services, wizard)          # deletes the wizard later, not yet
        profile = wizard.saved_profile
        shell = self.window()
        if profile is not None and hasattr(shell, "use_profile"):
            QTimer.singleShot(0, shell, lambda: shell.use_profile(profile))

    def share_group(self, group_id: int) -> None:
        """The fast path: the share wizard for ``group_id``, prefilled from the group's last
        disclosure (``ShareWizard(fast_path=True)``)."""
        from jongerenwerk_desk.ui.share.wizard import ShareWizard

        wizard = ShareWizard(self.notebook, self.profile, self.services, self,
                             group_id=group_id, fast_path=True)
        self._run_share_wizard(wizard)

    def open_register(self) -> None:
        """Open the disclosure register (``ui/share/register_view.py``); cleared on lock."""
        from jongerenwerk_desk.ui.share.register_view import RegisterDialog
        run_editor(self.services, RegisterDialog(self.notebook, self.profile, self.services,
                                                 self))

    # --- locking -----------------------------------------------------------------------------
    def clear_client_data(self) -> None:
        """Empty every model, panel, search box and open dialog that showed client data, and
        drop the notebook reference. The shell deletes this widget afterwards."""
        for dialog in self.findChildren(QDialog):
            clear = getattr(dialog, "clear_client_data", None)
            if callable(clear):
                clear()
            dialog.reject()
        for view in self.views:
            view.clear_client_data()
        for panel in (self.person_panel, self.group_panel):
            panel.clear_client_data()
            panel.notebook = None
        self.signal_panel.clear_client_data()
        self.signal_panel.notebook = None
        for action in [*self.actions(), self.share_action, self.register_action]:
            action.setEnabled(False)
        self.notebook = None
