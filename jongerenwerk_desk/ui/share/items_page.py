"""Page 2: what to include, picked from the notebook (never typed anew).

Members of the group and the group's signals, each with the markers that matter for the
check: category (and whether it is special, AVG art. 9, or criminal, AVG art. 10), fact or
impression, told in confidence, and the source. Nothing is selected by default: the worker
adds only what the purpose needs (data minimisation, AVG art. 5(1)(c)).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from jongerenwerk_desk.covenant import GROUP_ONLY_STAGES
from jongerenwerk_desk.covenant.dates import known_age
from jongerenwerk_desk.sharing import picklists as data
from jongerenwerk_desk.ui.a11y import show_status
from jongerenwerk_desk.ui.share.common import SharePage, hint_label, wrap_label
from jongerenwerk_desk.ui.views import labels as view_labels

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
MARKERS_ROLE = Qt.ItemDataRole.UserRole + 3   # a signal row's markers without the warning
SNIPPET = 90
MARKERS_WIDTH = 340   # pixels of the markers column; longer text wraps


class ItemsPage(SharePage):
    """Members and signals with checkboxes; complete when at least one is ticked."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The group and what to include"))
        self.setSubTitle(self.tr("Tick only what the purpose needs. Everything comes from the "
                                 "notebook; nothing is typed anew."))
        self.group_label = wrap_label(object_name="group_label")
        self.level_hint = hint_label()
        self.tree = QTreeWidget()
        self.tree.setObjectName("items_tree")
        self.tree.setAccessibleName(self.tr("Young people and signals to include"))
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Fact or impression"),
                                   self.tr("Markers")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)  # two-line rows: what, then the text
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        # the items keep most of the width, whatever the markers say (long reasons wrap)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, MARKERS_WIDTH)
        self.tree.setWordWrap(True)
        self.identity_check = QCheckBox(self.tr("Include &identity of ticked young people "
                                                "(initials and year of birth)"))
        self.identity_check.setObjectName("identity_check")
        self.roles_check = QCheckBox(self.tr("Include their &role in the group"))
        self.roles_check.setObjectName("roles_check")
        self.roles_fact_check = QCheckBox(self.tr("The roles are established &facts, not "
                                                  "impressions"))
        self.roles_fact_check.setObjectName("roles_fact_check")
        self.roles_fact_check.setToolTip(self.tr(
            "Tick only when the role of each ticked young person is established (for "
            "example confirmed by the partners); otherwise it is shared as your impression."))
        self.roles_fact_check.setEnabled(False)
        self.roles_check.toggled.connect(self.roles_fact_check.setEnabled)
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.orphan_label = wrap_label(object_name="orphan_label")
        self.orphan_label.setStyleSheet("color: #9b1c1c;")
        self.subject_label = wrap_label(object_name="subject_label")
        self.subject_label.setStyleSheet("color: #7a4d00;")
        self.reason_label = wrap_label(object_name="items_reason")
        self._signal_people: dict[int, tuple[int, ...]] = {}   # person-level signals only
        self._concerns: dict[int, tuple[int, ...]] = {}        # every signal -> person ids
        options = QHBoxLayout()
        options.addWidget(self.identity_check)
        options.addWidget(self.roles_check)
        options.addWidget(self.roles_fact_check)
        options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.group_label)
        layout.addWidget(self.level_hint)
        layout.addWidget(self.tree, 1)
        layout.addLayout(options)
        layout.addWidget(self.count_label)
        layout.addWidget(self.orphan_label)
        layout.addWidget(self.subject_label)
        layout.addWidget(self.reason_label)
        self.tree.itemChanged.connect(self._item_changed)
        self.identity_check.toggled.connect(self._options_changed)
        self.roles_check.toggled.connect(self._options_changed)
        self.roles_fact_check.toggled.connect(self._options_changed)
        self._members_root: QTreeWidgetItem | None = None
        self._signals_root: QTreeWidgetItem | None = None

    # ------------------------------------------------------------------ building
    def refresh(self) -> None:
        """Rebuild the tree for the chosen group, keeping the ticks of the draft."""
        session = self.session
        draft = session.draft
        group = session.notebook.groups.get(draft.group_id)
        purpose = session.profile.purpose(draft.purpose)
        stage = group.stage                 # the request uses the group's recorded step
        self.group_label.setText(self.tr("Group: %1 — step %2")
                                 .replace("%1", group.name)
                                 .replace("%2", view_labels.label(view_labels.STAGES, stage)))
        group_level = stage in GROUP_ONLY_STAGES or (
            purpose is not None and purpose.level == "group"
            and not getattr(purpose, "is_correction", False))
        self.level_hint.setText(
            self.tr("This step or purpose allows group-level information only: do not tick "
                    "young people or signals about one young person (no name list before "
                    "step 2B).") if group_level else
            self.tr("Person-level information is possible in this step, only where it is "
                    "necessary for the purpose."))
        self.tree.blockSignals(True)
        self.tree.clear()
        today = session.today()
        members = data.members_of(session.notebook, draft.group_id, today)
        signals = data.signals_of(session.notebook, draft.group_id)
        initials = {m.person.id: m.person.initials for m in members}
        for signal in signals:      # young people outside the group a signal is about
            for pid in signal.person_ids:
                if pid not in initials:
                    try:
                        initials[pid] = session.notebook.people.get(pid).initials
                    except KeyError:
                        initials[pid] = "?"
        never_person = self._person_never_reason(group_level)
        never_signal = {sig.id: self._signal_never_reason(sig, purpose, group_level)
                        for sig in signals}
        # what can never go at this step and purpose is not tickable: dropped from the draft
        draft.person_ids = [p for p in draft.person_ids if not never_person]
        draft.signal_ids = [i for i in draft.signal_ids if not never_signal.get(i)]
        self._members_root = self._root(self.tr("Young people in the group (%1)")
                                        .replace("%1", str(len(members))))
        for member in members:
            self._add_member(member, today, member.person.id in draft.person_ids)
            if never_person:
                self._grey(self._members_root.child(self._members_root.childCount() - 1),
                           never_person)
        self._signals_root = self._root(self.tr("Signals of the group (%1)")
                                        .replace("%1", str(len(signals))))
        self._signal_people = {sig.id: tuple(sig.person_ids) for sig in signals
                               if self._person_level(sig.category)}
        self._concerns = {sig.id: tuple(sig.person_ids) for sig in signals}
        ordered = ([sig for sig in signals if not never_signal[sig.id]]
                   + [sig for sig in signals if never_signal[sig.id]])   # what may go first
        for signal in ordered:
            self._add_signal(signal, initials, signal.id in draft.signal_ids)
            if never_signal[signal.id]:
                self._grey(self._signals_root.child(self._signals_root.childCount() - 1),
                           never_signal[signal.id])
        self.tree.expandAll()
        first_row = next((root.child(0) for root in (self._members_root, self._signals_root)
                          if root.childCount()), None)
        if first_row is not None:          # a visible cursor for keyboard users (Space ticks)
            self.tree.setCurrentItem(first_row)
        self.tree.blockSignals(False)
        self.identity_check.blockSignals(True)
        self.roles_check.blockSignals(True)
        self.identity_check.setChecked(draft.include_identity)
        self.roles_check.setChecked(draft.include_roles)
        self.roles_fact_check.blockSignals(True)
        self.roles_fact_check.setChecked(draft.roles_as_fact)
        self.roles_fact_check.setEnabled(draft.include_roles)
        self.roles_fact_check.blockSignals(False)
        self.identity_check.blockSignals(False)
        self.roles_check.blockSignals(False)
        self._sync()

    def _person_never_reason(self, group_level: bool) -> str:
        """Why no young person can be ticked at this step and purpose, or ""."""
        if group_level:
            return self.tr("Cannot go: only group-level information at this step or for this "
                           "purpose (no names).")
        return ""

    def _signal_never_reason(self, signal, purpose, group_level: bool) -> str:
        """Why ``signal`` can never go at this step and purpose (Dutch), or "" when it may."""
        profile = self.session.profile
        category = profile.category(signal.category)
        if category is None:
            return self.tr("Cannot go: this covenant does not know its kind of information.")
        if purpose is not None and signal.category not in purpose.categories:
            return self.tr("Cannot go: this kind of information is not part of the purpose "
                           "“%1”.").replace("%1", purpose.title)
        if group_level and (category.level == "person" or signal.person_ids):
            return self.tr("Cannot go: it is about a young person, and only group-level "
                           "information may go at this step or for this purpose.")
        if category.kind == "criminal" and \
                self.session.own_party not in profile.criminal_data_shared_by:
            return self.tr("Cannot go: criminal data is shared only by the parties named in "
                           "the covenant, not by youth work.")
        return ""

    def _grey(self, row: QTreeWidgetItem, reason: str) -> None:
        """Make ``row`` not tickable, greyed, with ``reason`` in its markers and tooltip."""
        row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        row.setData(0, Qt.ItemDataRole.CheckStateRole, None)
        grey = self.palette().color(self.palette().ColorGroup.Disabled,
                                    self.palette().ColorRole.Text)
        for column in range(3):
            row.setForeground(column, grey)
            row.setToolTip(column, reason)
        markers = row.data(0, MARKERS_ROLE) or ""
        row.setData(0, MARKERS_ROLE, "\n".join(t for t in (reason, markers) if t))
        row.setText(2, row.data(0, MARKERS_ROLE))
        row.setData(0, KIND_ROLE, None)          # never counted as ticked

    def _person_level(self, category_id: str) -> bool:
        category = self.session.profile.category(category_id)
        return category is None or category.level == "person"

    def orphans(self) -> list[int]:
        """Ticked person-level signals about young people who are not ticked.

        Such a signal would leave as group information, so the consent, age and informing
        checks of those young people would not run (docs/legal-rules.md section 3); the worker
        must tick the young people too, or leave the signal out.
        """
        draft = self.session.draft
        return [sid for sid in draft.signal_ids
                if set(self._signal_people.get(sid, ())) - set(draft.person_ids)]

    def unchosen_subjects(self) -> dict[int, list[int]]:
        """Ticked group-level signals that also concern young people who are not ticked:
        ``{signal id: [person ids not ticked]}`` (insertion order = tick order).

        These are not refused (unlike :meth:`orphans`): ``build_request`` makes such a young
        person a data subject, so the check weighs their consent, age and informing. The page
        says so inline, on the row and under the tree, before the check page does.
        """
        draft = self.session.draft
        chosen = set(draft.person_ids)
        result = {}
        for sid in draft.signal_ids:
            if sid in self._signal_people:
                continue                         # person-level: an orphan, refused instead
            missing = [pid for pid in self._concerns.get(sid, ()) if pid not in chosen]
            if missing:
                result[sid] = missing
        return result

    def _root(self, text: str) -> QTreeWidgetItem:
        root = QTreeWidgetItem(self.tree, [text])
        root.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = root.font(0)
        font.setBold(True)
        root.setFont(0, font)
        return root

    def _add_member(self, member, today, checked: bool) -> None:
        person = member.person
        year = person.birth_year
        age = known_age(person.birth_date, today)     # None for a birth date after today
        label = person.name or person.initials
        if not year:
            details = self.tr("date of birth unknown")
        elif age is None:
            details = self.tr("born %1, age unknown").replace("%1", str(year))
        else:
            details = (self.tr("born %1, %2 years").replace("%1", str(year))
                       .replace("%2", str(age)))
        role = self.tr("role: %1").replace("%1", member.role) if member.role else ""
        item = QTreeWidgetItem(self._members_root, [f"{label} — {details}\n{role}".strip(),
                                                    "", ""])
        self._make_checkable(item, "person", person.id, checked)

    def _add_signal(self, signal, initials: dict[int, str], checked: bool) -> None:
        profile = self.session.profile
        category = profile.category(signal.category)
        title = category.title if category else self.tr(
            "a kind of information this covenant does not know")
        day = signal.occurred_at.astimezone(data_zone()).date()
        text = " ".join(signal.text.split())
        if signal.confidential:          # masked as in the notebook's own lists
            text = self.tr("[confidential – the text shows on the preview once ticked]")
        snippet = text[:SNIPPET] + ("…" if len(text) > SNIPPET else "")
        who = ", ".join(initials.get(pid, "?") for pid in signal.person_ids)
        markers = []
        if signal.confidential:
            markers.append(self.tr("told in confidence"))
        if category is not None and category.kind == "special":
            markers.append(self.tr("special category (art. 9)"))
        if category is not None and category.kind == "criminal":
            markers.append(self.tr("criminal data (art. 10)"))
        if signal.source in ("third_party", "partner"):
            markers.append(self.tr("from others"))
        if who:
            markers.append(self.tr("about %1").replace("%1", who))
        fact = self.tr("fact") if signal.verified else self.tr("impression")
        item = QTreeWidgetItem(self._signals_root,
                               [f"{day.strftime('%d-%m-%Y')} · {title}\n{snippet}", fact,
                                "\n".join(markers)])
        item.setToolTip(0, text)
        item.setData(0, MARKERS_ROLE, "\n".join(markers))
        self._make_checkable(item, "signal", signal.id, checked)

    def _make_checkable(self, item: QTreeWidgetItem, kind: str, obj_id: int,
                        checked: bool) -> None:
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                      | Qt.ItemFlag.ItemIsSelectable)
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, ID_ROLE, obj_id)
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._say_checked(item)

    def _say_checked(self, item: QTreeWidgetItem) -> None:
        """Put "ticked"/"not ticked" in the row's accessible text: screen readers say a tree
        row's "expanded" state but not always its check box (WCAG 4.1.2)."""
        state = (self.tr("ticked") if item.checkState(0) == Qt.CheckState.Checked
                 else self.tr("not ticked"))
        said = f"{state}: {' '.join(item.text(0).split())}"
        if item.data(0, Qt.ItemDataRole.AccessibleTextRole) != said:
            blocked = self.tree.blockSignals(True)
            try:
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, said)
            finally:
                self.tree.blockSignals(blocked)

    # ------------------------------------------------------------------ access for tests/UI
    def tree_item(self, kind: str, obj_id: int) -> QTreeWidgetItem | None:
        """The row of a person (``kind="person"``) or signal (``"signal"``), or None."""
        root = self._members_root if kind == "person" else self._signals_root
        if root is None:
            return None
        for index in range(root.childCount()):
            child = root.child(index)
            if child.data(0, ID_ROLE) == obj_id:
                return child
        return None

    def set_checked(self, kind: str, obj_id: int, checked: bool) -> None:
        """Tick or untick a row as a user would (emits the same signals)."""
        item = self.tree_item(kind, obj_id)
        if item is None:
            raise KeyError(f"no {kind} row {obj_id}")
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # ------------------------------------------------------------------ reactions
    def _checked_ids(self, root: QTreeWidgetItem | None) -> list[int]:
        if root is None:
            return []
        return [root.child(i).data(0, ID_ROLE) for i in range(root.childCount())
                if root.child(i).checkState(0) == Qt.CheckState.Checked
                and root.child(i).flags() & Qt.ItemFlag.ItemIsUserCheckable]

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 0 and item.data(0, KIND_ROLE):
            self._say_checked(item)
            self._sync()

    def _options_changed(self) -> None:
        self.session.draft.include_identity = self.identity_check.isChecked()
        self.session.draft.include_roles = self.roles_check.isChecked()
        self.session.draft.roles_as_fact = self.roles_fact_check.isChecked()

    def _sync(self) -> None:
        draft = self.session.draft
        draft.person_ids = self._checked_ids(self._members_root)
        draft.signal_ids = self._checked_ids(self._signals_root)
        self._options_changed()
        self.count_label.setText(self.tr("Chosen: %1, %2.")
                                 .replace("%1", self.tr("%n young person(s)", "",
                                                        len(draft.person_ids)))
                                 .replace("%2", self.tr("%n signal(s)", "",
                                                        len(draft.signal_ids))))
        orphans = self.orphans()
        show_status(self.orphan_label, self.tr(
            "Ticked signals about a young person you did not tick: %1. Tick that young person "
            "too, so that their consent, age and informing are checked, or untick the "
            "signal.").replace("%1", str(len(orphans))) if orphans else "")
        self.orphan_label.setVisible(bool(orphans))
        unchosen = self.unchosen_subjects()
        self._mark_signal_rows(unchosen)
        show_status(self.subject_label, self.tr(
            "%1 ticked signal(s) also concern a young person you did not choose; that young "
            "person is weighed as a data subject in the check (consent, age, informing). Tick "
            "that young person too if that is right, or untick the signal.")
            .replace("%1", str(len(unchosen)))
            if unchosen else "")
        self.subject_label.setVisible(bool(unchosen))
        self.reason_label.setText(
            self.tr("Tick at least one signal or young person to share.")
            if not (draft.person_ids or draft.signal_ids) else
            self.tr("Next is possible once every ticked signal about one young person has "
                    "that young person ticked too (see above).") if orphans else "")
        self.completeChanged.emit()

    def _mark_signal_rows(self, unchosen: dict[int, list[int]]) -> None:
        """Add the inline warning to the markers of each ticked signal in ``unchosen`` (and
        remove it from every other row)."""
        root = self._signals_root
        if root is None:
            return
        warning = self.tr("This signal also concerns a young person you did not choose; "
                          "they are weighed as a data subject.")
        self.tree.blockSignals(True)
        try:
            for index in range(root.childCount()):
                row = root.child(index)
                base = row.data(0, MARKERS_ROLE) or ""
                flagged = row.data(0, ID_ROLE) in unchosen
                row.setText(2, "\n".join(t for t in (base, "⚠ " + warning) if t)
                            if flagged else base)
                row.setToolTip(2, warning if flagged else "")
        finally:
            self.tree.blockSignals(False)

    def isComplete(self) -> bool:
        """At least one young person or signal is ticked, and no person-level signal is
        about a young person who is not ticked."""
        if self.wizard() is None:
            return False
        draft = self.session.draft
        return bool(draft.person_ids or draft.signal_ids) and not self.orphans()


def data_zone():
    """The zone dates are shown in (Europe/Amsterdam)."""
    from jongerenwerk_desk.sharing.session import LOCAL_ZONE
    return LOCAL_ZONE
