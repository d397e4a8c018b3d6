"""Page 1: which group, in which step, for which purpose, to whom (doelbinding).

Purposes and parties come from the active covenant profile. The step is the group's recorded
step of the 7-stappenmodel, with the date and meeting of the decision; the wizard shows it and
cannot change it (a step change is made on the group, and the request takes the step from the
group's record whatever this page shows). The page marks recipients that have
not signed or do not belong to the purpose as unavailable (disabled, with the reason in the
tooltip and in the text) and unticks them when the purpose changes; the check still decides.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
)

from jongerenwerk_desk.covenant import STAGES
from jongerenwerk_desk.ui.share.common import SharePage, hint_label, wrap_label
from jongerenwerk_desk.ui.views import labels as view_labels


class PurposePage(SharePage):
    """Group, step, purpose and recipients. Complete when all four are chosen."""

    def __init__(self, groups: list, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Purpose, step and recipients"))
        self.setSubTitle(self.tr("Choose the group, the step of the 7-step model, the purpose "
                                 "under the covenant (purpose limitation) and who receives it."))
        self._groups = groups
        self.covenant_label = hint_label()
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("group_combo")
        self.stage_combo = QComboBox()
        self.stage_combo.setObjectName("stage_combo")
        self.stage_combo.setEnabled(False)  # the group's recorded step, never chosen here
        self.stage_info = hint_label()
        self.stage_info.setObjectName("stage_info")
        self.purpose_combo = QComboBox()
        self.purpose_combo.setObjectName("purpose_combo")
        self.purpose_info = hint_label()
        self.recipient_box = QGroupBox(self.tr("Recipients"))
        self.recipient_layout = QVBoxLayout(self.recipient_box)
        self.recipient_checks: dict[str, QCheckBox] = {}
        self.no_groups_label = wrap_label(self.tr(
            "There are no groups in the notebook yet. Add the group first."))
        self.covenant_problem = wrap_label(object_name="covenant_problem")
        self.covenant_problem.setStyleSheet("color: #9b1c1c;")
        self.covenant_button = QPushButton(self.tr("Covenant and &signatures…"))
        self.covenant_button.setObjectName("covenant_button")
        self.covenant_button.clicked.connect(self.open_covenant)
        self.reason_label = wrap_label(object_name="purpose_reason")
        self.prefill_label = wrap_label(object_name="prefill_label")
        self.prefill_label.setStyleSheet("color: #1e3f73;")
        self.prefill_label.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("&Group:"), self.group_combo)
        form.addRow(self.tr("Step:"), self.stage_combo)
        form.addRow("", self.stage_info)
        form.addRow(self.tr("&Purpose:"), self.purpose_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.covenant_label)
        layout.addWidget(self.prefill_label)
        layout.addWidget(self.no_groups_label)
        layout.addLayout(form)
        layout.addWidget(self.purpose_info)
        layout.addWidget(self.recipient_box)
        covenant_row = QHBoxLayout()
        covenant_row.addWidget(self.covenant_problem, 1)
        covenant_row.addWidget(self.covenant_button)
        layout.addLayout(covenant_row)
        layout.addStretch(1)
        layout.addWidget(self.reason_label)
        for stage in STAGES:
            self.stage_combo.addItem(view_labels.label(view_labels.STAGES, stage), stage)
        self.group_combo.currentIndexChanged.connect(self._group_changed)
        self.stage_combo.currentIndexChanged.connect(self._stage_changed)
        self.purpose_combo.currentIndexChanged.connect(self._purpose_changed)

    # ------------------------------------------------------------------ building
    def setup(self, preselect_group: int | None) -> None:
        """Fill the lists from the profile and the notebook (called once by the wizard)."""
        profile = self.session.profile
        if profile.valid_until:
            valid = (self.tr("valid %1 to %2")
                     .replace("%1", profile.valid_from.strftime("%d-%m-%Y"))
                     .replace("%2", profile.valid_until.strftime("%d-%m-%Y")))
        else:
            valid = self.tr("valid from %1, no end date").replace(
                "%1", profile.valid_from.strftime("%d-%m-%Y"))
        self.covenant_label.setText(
            self.tr("Covenant: %1, version %2 (%3)")
            .replace("%1", profile.title).replace("%2", profile.version).replace("%3", valid))
        self.no_groups_label.setVisible(not self._groups)
        for purpose in profile.purposes:
            self.purpose_combo.addItem(purpose.title, purpose.id)
        for party in profile.parties:
            if party.id == self.session.own_party:
                continue
            check = QCheckBox(party.name)
            check.setObjectName(f"recipient_{party.id}")
            check.toggled.connect(self._recipients_changed)
            self.recipient_checks[party.id] = check
            self.recipient_layout.addWidget(check)
        self.group_combo.blockSignals(True)
        for group in self._groups:
            self.group_combo.addItem(group.name, group.id)
        self.group_combo.setCurrentIndex(-1)
        self.group_combo.blockSignals(False)
        ids = [g.id for g in self._groups]
        if preselect_group in ids:
            self.group_combo.setCurrentIndex(ids.index(preselect_group))
        elif len(ids) == 1:
            self.group_combo.setCurrentIndex(0)
        self._purpose_changed()

    def show_prefilled(self, from_earlier: bool, new_signals: int) -> None:
        """Say what the fast path filled in, so the worker knows what to check."""
        text = (self.tr("Filled in from the last disclosure for this group: purpose, "
                        "recipients and justification; %n signal(s) new since then are "
                        "ticked on the next page.", "", new_signals) if from_earlier else
                self.tr("No earlier disclosure for this group: the step and a fitting "
                        "purpose are filled in; choose the recipients."))
        self.prefill_label.setText(text)
        self.prefill_label.setVisible(True)

    def apply_draft(self, draft) -> None:
        """Show a prefilled draft (the fast path): its purpose and its recipients (only those
        that may be chosen). The group and step come from ``setup``."""
        index = self.purpose_combo.findData(draft.purpose)
        if index >= 0:
            self.purpose_combo.setCurrentIndex(index)
        for party_id, check in self.recipient_checks.items():
            if check.isEnabled():
                check.setChecked(party_id in draft.recipients)
        self._recipients_changed()

    # ------------------------------------------------------------------ reactions
    def _group_changed(self) -> None:
        draft = self.session.draft
        group_id = self.group_combo.currentData()
        if group_id != draft.group_id:
            draft.group_id = group_id
            draft.person_ids.clear()
            draft.signal_ids.clear()
        group = next((g for g in self._groups if g.id == group_id), None)
        if group is not None:
            self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(group.stage)))
        self.stage_info.setText(self._stage_text(group))
        self._stage_changed()

    def _stage_text(self, group) -> str:
        """Where the step comes from: the group's last recorded decision (date, meeting)."""
        if group is None:
            return ""
        try:
            history = self.session.notebook.groups.stage_history(group.id)
        except (AttributeError, KeyError):
            history = []
        last = history[-1] if history else None
        text = self.tr("The step is the group's recorded step; change it on the group, with "
                       "the date and meeting of the decision.")
        if last is not None and last.decided_on is not None:
            text = self.tr("Step %1, decided on %2 in: %3.").replace("%1", last.stage) \
                .replace("%2", last.decided_on.strftime("%d-%m-%Y")) \
                .replace("%3", last.source or "?") + " " + text
        return text

    def _stage_changed(self) -> None:
        stage = self.stage_combo.currentData()
        self.session.draft.stage = stage or ""
        current = self.session.profile.purpose(self.purpose_combo.currentData() or "")
        if current is None or stage not in current.stages:
            fitting = [p.id for p in self.session.profile.purposes if stage in p.stages]
            if fitting:
                self.purpose_combo.setCurrentIndex(self.purpose_combo.findData(fitting[0]))
        self._purpose_changed()

    def _purpose_changed(self) -> None:
        profile = self.session.profile
        purpose = profile.purpose(self.purpose_combo.currentData() or "")
        self.session.draft.purpose = purpose.id if purpose else ""
        today = self.session.today()
        if purpose is not None:
            level = (self.tr("group level only: no names") if purpose.level == "group"
                     else self.tr("group and person level"))
            titles = [(profile.category(c).title if profile.category(c) else c)
                      for c in purpose.categories]
            self.purpose_info.setText(
                self.tr("Steps: %1. Level: %2. Categories: %3.")
                .replace("%1", ", ".join(purpose.stages)).replace("%2", level)
                .replace("%3", "; ".join(titles)))
        for party_id, check in self.recipient_checks.items():
            self._mark_recipient(party_id, check, purpose, today)
        self._show_covenant_problem(purpose, today)
        self._recipients_changed()

    def _show_covenant_problem(self, purpose, today) -> None:
        """Say what is missing when signatures stand in the way, with the way to record them."""
        profile = self.session.profile
        own = profile.party(self.session.own_party)
        text = ""
        if own is None or not own.has_signed_by(today):
            text = self.tr("Your organisation's signature of this covenant is not recorded in "
                           "this notebook, so nothing can be shared yet. Record the signatures "
                           "(usually the privacy officer does this).")
        elif purpose is not None and not any(
                check.isEnabled() for check in self.recipient_checks.values()):
            missing = [profile.party(p).name for p in purpose.recipients
                       if profile.party(p) is not None
                       and not profile.party(p).has_signed_by(today)]
            text = (self.tr("No recipient for this purpose has a recorded signature (%1). "
                            "Record their signatures, or choose another purpose.")
                    .replace("%1", ", ".join(missing)))
        self.covenant_problem.setText(text)
        self.covenant_problem.setVisible(bool(text))
        self.covenant_button.setVisible(bool(text))

    def open_covenant(self) -> None:
        """Open the covenant dialog (signatures); after a save the wizard uses the new
        profile at once."""
        from jongerenwerk_desk.ui.shell.covenant_dialog import CovenantDialog

        wizard = self.wizard()
        dialog = CovenantDialog(self.session.notebook, self.session.profile, wizard.services,
                                wizard, today=self.session.today)
        try:
            wizard.services.prompter.run_dialog(dialog)
            if dialog.saved_profile is not None:
                wizard.use_profile(dialog.saved_profile)
        finally:
            dialog.deleteLater()
        self._purpose_changed()

    def _mark_recipient(self, party_id: str, check: QCheckBox, purpose, today) -> None:
        """Enable ``check`` only for a party that signed and belongs to ``purpose``; otherwise
        untick and disable it, and say why (text and tooltip)."""
        party = self.session.profile.party(party_id)
        notes = []
        if not party.has_signed_by(today):
            notes.append(self.tr("has not signed"))
        if purpose is not None and party_id not in purpose.recipients:
            notes.append(self.tr("not a recipient for this purpose"))
        check.setText(party.name + (f"  ({'; '.join(notes)})" if notes else ""))
        allowed = not notes
        if not allowed and check.isChecked():
            check.blockSignals(True)
            check.setChecked(False)
            check.blockSignals(False)
        check.setEnabled(allowed)
        check.setToolTip("" if allowed else self.tr(
            "Cannot be chosen: %1. Under the covenant this party may only receive information "
            "for a purpose it belongs to, and only once it has signed.")
            .replace("%1", "; ".join(notes)))

    def _recipients_changed(self) -> None:
        self.session.draft.recipients = [pid for pid, c in self.recipient_checks.items()
                                         if c.isChecked()]
        self.reason_label.setText(self.why_not())
        self.completeChanged.emit()

    def why_not(self) -> str:
        """Why Next cannot be pressed yet (shown under the page), or ""."""
        draft = self.session.draft
        if draft.group_id is None:
            return self.tr("Choose the group first.")
        if not draft.purpose:
            return self.tr("Choose a purpose.")
        if not draft.recipients:
            if self.covenant_problem.text():
                return self.tr("Next is possible once a recipient can be ticked (see above).")
            return self.tr("Tick at least one recipient.")
        return ""

    def isComplete(self) -> bool:
        """A group, a step, a purpose and at least one recipient."""
        draft = self.session.draft if self.wizard() else None
        return bool(draft and draft.group_id is not None and draft.stage and draft.purpose
                    and draft.recipients)
