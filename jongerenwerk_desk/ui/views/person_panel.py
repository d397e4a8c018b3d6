"""Detail panel of one young person: details, consents (with withdrawal), informing records,
a timeline of signals, and the disclosures about them with "send correction" (AVG art. 19)
(AVG art. 13/14 informing, consent per [S19] in docs/legal-rules.md)."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jongerenwerk_desk.covenant.dates import known_age
from jongerenwerk_desk.notebook import ops
from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.notebook.ops import Kind, OpChanges
from jongerenwerk_desk.ui.shell.ops_runner import ops_for
from jongerenwerk_desk.ui.views import labels
from jongerenwerk_desk.ui.views.panel_base import DetailLabel, SmallTable, run_editor
from jongerenwerk_desk.ui.views.tables import retention_mark, signal_text

log = logging.getLogger(__name__)


class PersonPanel(QWidget):
    """Shows one YoungPerson (``show_person``) or nothing (``clear_client_data``).

    Writes through ``services.ops`` and reloads itself when an operation changed what it
    shows (``FOLLOWS``). Emits ``signalActivated(id)`` on Enter/double-click in the timeline
    (open that signal). ``today`` is injectable for tests (withdrawal date).
    """

    FOLLOWS = frozenset({Kind.PERSON, Kind.CONSENT, Kind.INFORMING, Kind.SIGNAL,
                         Kind.MEMBERSHIP, Kind.GROUP, Kind.CONFLICT_OF_DUTIES,
                         Kind.VITAL_INTEREST, Kind.REFUSAL, Kind.REPRESENTATIVE,
                         Kind.SUBJECT_REQUEST, Kind.RESTRICTION, Kind.SIGNAL_VIEW})
    signalActivated = Signal(int)

    def __init__(self, notebook: Notebook, profile: Any, services: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notebook, self.profile, self.services = notebook, profile, services
        self.ops = ops_for(services, notebook)
        self.ops.changed.connect(self._ops_changed)
        self.today = date.today
        self.person: Any | None = None
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._details_tab(), self.tr("&Details"))
        self.tabs.addTab(self._consents_tab(), self.tr("&Consents"))
        self.tabs.addTab(self._informing_tab(), self.tr("&Informing"))
        self.tabs.addTab(self._grounds_tab(), self.tr("Grou&nds"))
        self.tabs.addTab(self._timeline_tab(), self.tr("&Timeline"))
        self.tabs.addTab(self._disclosures_tab(), self.tr("Di&sclosures"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.clear_client_data()

    # --- tabs ---------------------------------------------------------------------------
    def _details_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.detail_labels: dict[str, QLabel] = {}
        for key, text in (("name", self.tr("Name:")), ("nickname", self.tr("Nickname:")),
                          ("birth", self.tr("Birth date:")), ("age", self.tr("Age:")),
                          ("neighbourhood", self.tr("Neighbourhood:")),
                          ("phone", self.tr("Phone:")), ("groups", self.tr("Groups:"))):
            label = DetailLabel(page)
            self.detail_labels[key] = label
            form.addRow(text, label)
        self.copy_phone = QPushButton(self.tr("Copy &phone number"), page)
        self.copy_phone.setToolTip(self.tr("Copies the number; the clipboard is cleared after "
                                           "30 seconds."))
        self.copy_phone.clicked.connect(self._copy_phone)
        row = QHBoxLayout()
        row.addWidget(self.copy_phone)
        row.addStretch(1)
        form.addRow("", row)
        # requests (AVG art. 12(3): the one-month deadline) and restriction (art. 18)
        self.rights_label = DetailLabel(page)
        self.rights_label.setWordWrap(True)
        form.addRow(self.tr("Requests:"), self.rights_label)
        self.register_request = QPushButton(self.tr("Register a re&quest…"), page)
        self.register_request.clicked.connect(self.new_request)
        self.restrict = QPushButton(self.tr("&Restrict…"), page)
        self.restrict.setToolTip(self.tr("While a restriction holds, nothing about this young "
                                         "person can be shared."))
        self.restrict.clicked.connect(self.toggle_restriction)
        rights_row = QHBoxLayout()
        rights_row.addWidget(self.register_request)
        rights_row.addWidget(self.restrict)
        rights_row.addStretch(1)
        form.addRow("", rights_row)
        self._restriction_id: int | None = None
        return page

    def _consents_tab(self) -> QWidget:
        page = QWidget(self)
        self.consents = SmallTable(
            [self.tr("Given by"), self.tr("Purpose"), self.tr("Recipients"), self.tr("Given on"),
             self.tr("Form"), self.tr("Special data"), self.tr("Withdrawn on")],
            self.tr("Consents"), page)
        self.add_consent = QPushButton(self.tr("&New consent…"), page)
        self.edit_consent = QPushButton(self.tr("&Edit…"), page)
        self.withdraw_consent = QPushButton(self.tr("&Withdraw…"), page)
        self.withdraw_consent.setToolTip(self.tr("Record that the consent was withdrawn today; "
                                                 "the record stays."))
        self.add_consent.clicked.connect(self.new_consent)
        self.edit_consent.clicked.connect(self.edit_current_consent)
        self.consents.activatedRow.connect(self.edit_current_consent)
        self.withdraw_consent.clicked.connect(self.withdraw_current_consent)
        return self._with_buttons(page, self.consents, [self.add_consent, self.edit_consent,
                                                        self.withdraw_consent])

    def _informing_tab(self) -> QWidget:
        page = QWidget(self)
        self.informing = SmallTable(
            [self.tr("Date"), self.tr("Who"), self.tr("How"), self.tr("Exception")],
            self.tr("Informing records"), page)
        self.add_informing = QPushButton(self.tr("&Record informing…"), page)
        self.edit_informing = QPushButton(self.tr("&Edit…"), page)
        self.add_informing.clicked.connect(self.new_informing)
        self.edit_informing.clicked.connect(self.edit_current_informing)
        self.informing.activatedRow.connect(self.edit_current_informing)
        self.letter = QPushButton(self.tr("Informing &letter…"), page)
        self.letter.setToolTip(self.tr("The letter for the young person and for the parents "
                                       "as PDF; each saved letter is recorded here."))
        self.letter.clicked.connect(self.new_letter)
        return self._with_buttons(page, self.informing, [self.add_informing,
                                                         self.edit_informing, self.letter])

    def _grounds_tab(self) -> QWidget:
        """Conflicts of duties, vital interests, refusals and legal representatives: what the
        legal check reads about this young person besides consents and informing."""
        page = QWidget(self)
        self.grounds = SmallTable(
            [self.tr("Kind"), self.tr("Date"), self.tr("Details")],
            self.tr("Grounds for sharing"), page)
        self.add_conflict = QPushButton(self.tr("Conflict of &duties…"), page)
        self.add_vital = QPushButton(self.tr("&Vital interest…"), page)
        self.add_refusal = QPushButton(self.tr("&Refusal…"), page)
        self.add_representative = QPushButton(self.tr("&Legal representative…"), page)
        self.edit_ground = QPushButton(self.tr("&Edit…"), page)
        self.delete_ground = QPushButton(self.tr("Dele&te…"), page)
        self.add_conflict.clicked.connect(lambda: self._open_ground("conflict", None))
        self.add_vital.clicked.connect(lambda: self._open_ground("vital", None))
        self.add_refusal.clicked.connect(lambda: self._open_ground("refusal", None))
        self.add_representative.clicked.connect(lambda: self._open_ground("representative",
                                                                          None))
        self.edit_ground.clicked.connect(self.edit_current_ground)
        self.grounds.activatedRow.connect(self.edit_current_ground)
        self.delete_ground.clicked.connect(self.delete_current_ground)
        return self._with_buttons(page, self.grounds, [
            self.add_conflict, self.add_vital, self.add_refusal, self.add_representative,
            self.edit_ground, self.delete_ground])

    def _timeline_tab(self) -> QWidget:
        page = QWidget(self)
        self.timeline = SmallTable(
            [self.tr("Date and time"), self.tr("Category"), self.tr("Fact/impression"),
             self.tr("Retention"), self.tr("Text")], self.tr("Timeline of signals"), page)
        self.timeline.activatedRow.connect(self._timeline_activated)
        self.add_view = QPushButton(self.tr("Record their &view…"), page)
        self.add_view.setToolTip(self.tr("The young person's own view beside the chosen "
                                         "signal; the signal itself stays as it is."))
        self.add_view.clicked.connect(self.new_signal_view)
        return self._with_buttons(page, self.timeline, [self.add_view])

    def _disclosures_tab(self) -> QWidget:
        """The register records that named this young person, with "send correction": the
        share wizard as a correction of the chosen record, about this young person only."""
        from jongerenwerk_desk.ui.share.correction import correction_action_texts

        page = QWidget(self)
        self.disclosures = SmallTable(
            [self.tr("Date"), self.tr("Recipients"), self.tr("Purpose")],
            self.tr("Disclosures about this young person"), page)
        text, tip = correction_action_texts()
        self.send_correction = QPushButton(text, page)
        self.send_correction.setToolTip(tip)
        self.send_correction.clicked.connect(self.correct_current_disclosure)
        return self._with_buttons(page, self.disclosures, [self.send_correction])

    @staticmethod
    def _with_buttons(page: QWidget, table: SmallTable, buttons: list[QPushButton]) -> QWidget:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(table)
        layout.addLayout(row)
        order = [table, *buttons]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        return page

    # --- showing ----------------------------------------------------------------------
    def show_person(self, person: Any | None) -> None:
        """Fill every tab for ``person`` (a YoungPerson, re-read from the notebook)."""
        if person is None:
            self.clear_client_data()
            return
        try:
            self.person = self.notebook.people.get(person.id)
        except KeyError:
            self.clear_client_data()
            return
        self._fill_details()
        self._fill_consents()
        self._fill_informing()
        self._fill_grounds()
        self._fill_timeline()
        self._fill_disclosures()
        self.setEnabled(True)

    def _fill_details(self) -> None:
        p = self.person
        age = known_age(p.birth_date, self.today())   # None for a birth date after today
        groups = []
        for membership in self.notebook.memberships.for_person(p.id):
            try:
                name = self.notebook.groups.get(membership.group_id).name
            except KeyError:
                continue
            groups.append(f"{name} ({membership.role})" if membership.role else name)
        values = {"name": p.name, "nickname": p.nickname,
                  "birth": labels.format_date(p.birth_date),
                  "age": (str(age) if age is not None else
                          "" if p.birth_date is None else self.tr("age unknown")),
                  "neighbourhood": p.neighbourhood,
                  "phone": p.phone, "groups": ", ".join(groups)}
        for key, value in values.items():
            self.detail_labels[key].setText(value)
        self.copy_phone.setEnabled(bool(p.phone))
        self._fill_rights()

    def _fill_rights(self) -> None:
        """Open requests with their deadline and a restriction in force (reads only)."""
        from jongerenwerk_desk.notebook.rights_queries import active_restriction
        from jongerenwerk_desk.ui.rights.person_rights import rights_summary

        today = self.today()
        try:
            text = rights_summary(self.notebook, self.person.id, today)
            restriction = active_restriction(self.notebook, self.person.id, today)
        except Exception:   # an old notebook without the rights tables: nothing to show
            log.warning("rights summary unavailable", exc_info=False)
            text, restriction = "", None
        self.rights_label.setText(text or self.tr("none open"))
        self._restriction_id = restriction[0] if restriction else None
        self.restrict.setText(self.tr("Lift &restriction…") if restriction
                              else self.tr("&Restrict…"))

    def _fill_consents(self) -> None:
        purposes = {x.id: x.title for x in self.profile.purposes}
        parties = {x.id: x.name for x in self.profile.parties}
        items = self.notebook.consents.for_person(self.person.id)
        rows = [[labels.label(labels.GIVEN_BY, c.given_by), purposes.get(c.purpose, c.purpose),
                 ", ".join(parties.get(r, r) for r in c.recipients),
                 labels.format_date(c.given_on), labels.label(labels.CONSENT_FORMS, c.form),
                 labels.tr(labels.YES) if c.explicit_special else "",
                 labels.format_date(c.withdrawn_on)] for c in items]
        self.consents.fill(rows, [c.id for c in items])

    def _fill_informing(self) -> None:
        items = self.notebook.informing.for_person(self.person.id)
        rows = [[labels.format_date(r.informed_on), labels.label(labels.GIVEN_BY, r.who), r.how,
                 r.exception_reason] for r in items]
        self.informing.fill(rows, [r.id for r in items])

    def _fill_grounds(self) -> None:
        nb, pid = self.notebook, self.person.id
        purposes = {x.id: x.title for x in self.profile.purposes}
        rows: list[list[str]] = []
        ids: list[str] = []
        for c in nb.conflicts.for_person(pid):
            rows.append([self.tr("Conflict of duties"), labels.format_date(c.consulted_on),
                         self.tr("advice of: %1").replace(
                             "%1", labels.label(labels.CONSULTED_ROLES, c.consulted))])
            ids.append(f"conflict:{c.id}")
        for v in nb.vital_interests.for_person(pid):
            rows.append([self.tr("Vital interest"), labels.format_date(v.recorded_on),
                         v.reason])
            ids.append(f"vital:{v.id}")
        for r in nb.refusals.for_person(pid):
            rows.append([self.tr("Refusal"), labels.format_date(r.refused_on),
                         labels.label(labels.GIVEN_BY, r.refused_by) + " – "
                         + purposes.get(r.purpose, r.purpose)])
            ids.append(f"refusal:{r.id}")
        for rep in nb.representatives.for_person(pid):
            authority = self.tr("with authority") if rep.has_authority \
                else self.tr("without authority")
            rows.append([self.tr("Legal representative"), "",
                         f"{rep.name} ({rep.relation}, {authority})" if rep.relation
                         else f"{rep.name} ({authority})"])
            ids.append(f"representative:{rep.id}")
        self.grounds.fill(rows, ids)

    def _fill_timeline(self) -> None:
        titles = {c.id: c.title for c in self.profile.categories}
        items = sorted(self.notebook.signals.for_person(self.person.id),
                       key=lambda s: s.occurred_at, reverse=True)
        from jongerenwerk_desk.rights.retention import policy_for

        try:
            policy = policy_for(self.notebook, self.profile)
        except Exception:  # a mark only; never hide the timeline over a bad setting
            policy = None
        today = self.today()
        rows = [[labels.format_local(s.occurred_at, s.tz_name),
                 titles.get(s.category, s.category),
                 labels.tr(labels.FACT if s.verified else labels.IMPRESSION),
                 retention_mark(s, policy, today), signal_text(s)]
                for s in items]
        self.timeline.fill(rows, [s.id for s in items])
        tip = labels.tr(labels.PAST_RETENTION_TIP)
        for row in range(self.timeline.rowCount()):
            cell = self.timeline.item(row, 3)
            if cell is not None and cell.text():
                cell.setToolTip(tip)

    def _fill_disclosures(self) -> None:
        from jongerenwerk_desk.sharing.session import LOCAL_ZONE

        purposes = {x.id: x.title for x in self.profile.purposes}
        parties = {x.id: x.name for x in self.profile.parties}
        items = list(reversed(self.notebook.disclosures.list(person_id=self.person.id)))
        rows = [[r.created_at.astimezone(LOCAL_ZONE).strftime("%d-%m-%Y %H:%M"),
                 ", ".join(parties.get(p, p) for p in r.recipients),
                 purposes.get(r.purpose, r.purpose)] for r in items]
        self.disclosures.fill(rows, [r.id for r in items])

    def clear_client_data(self) -> None:
        """Forget the person and empty every table and label."""
        self.person = None
        for label in self.detail_labels.values():
            label.clear()
        self.rights_label.clear()
        self._restriction_id = None
        for table in (self.consents, self.informing, self.grounds, self.timeline,
                      self.disclosures):
            table.setRowCount(0)
        self.setEnabled(False)

    # --- actions ------------------------------------------------------------------------
    def new_request(self) -> None:
        """Register a request of this young person (date, identity check, deadline)."""
        from jongerenwerk_desk.ui.rights.person_rights import SubjectRequestDialog

        if self.person is not None:
            run_editor(self.services, SubjectRequestDialog(self.services, self.person.id,
                                                           self.today(), self))

    def toggle_restriction(self) -> None:
        """Restrict (reason, date), or, when restricted, lift it after a confirmation."""
        from jongerenwerk_desk.ui.rights.person_rights import RestrictionDialog

        if self.person is None:
            return
        if self._restriction_id is None:
            run_editor(self.services, RestrictionDialog(self.services, self.person.id,
                                                        self.today(), self))
            return
        if self.services.prompter.confirm(self, self.tr("Lift restriction"), self.tr(
                "From today, data about this young person can be shared again when the legal "
                "check allows it. Lift the restriction?")):
            self.ops.run(ops.lift_restriction, self._restriction_id, self.today())

    def new_signal_view(self) -> None:
        """Record the young person's own view beside the chosen timeline signal."""
        from jongerenwerk_desk.ui.rights.person_rights import SignalViewDialog

        signal_id = self.timeline.current_id()
        if self.person is None or signal_id is None:
            return
        run_editor(self.services, SignalViewDialog(self.services, int(signal_id),
                                                   self.person.id, self.today(), self))

    def _timeline_activated(self) -> None:
        signal_id = self.timeline.current_id()
        if signal_id is not None:
            self.signalActivated.emit(int(signal_id))

    def correct_current_disclosure(self) -> None:
        """"Correctie sturen" for the chosen disclosure, about this young person only
        (``ui/share/correction.py``); the list is read again afterwards."""
        from jongerenwerk_desk.ui.share.correction import start_correction

        record_id = self.disclosures.current_id()
        if self.person is None or record_id is None:
            return
        start_correction(self, self.notebook, self.profile, self.services, int(record_id),
                         person_ids=(self.person.id,))
        if self.person is not None and self.notebook is not None:
            self._fill_disclosures()

    def _copy_phone(self) -> None:
        if self.person is not None and self.person.phone:
            self.services.clipboard.copy(self.person.phone)

    def _ops_changed(self, changes: OpChanges) -> None:
        if self.person is not None and self.notebook is not None \
                and changes.touches(*self.FOLLOWS):
            self.show_person(self.person)

    def new_consent(self) -> None:
        from jongerenwerk_desk.ui.editors.consent_editor import ConsentEditor
        if self.person is None:
            return
        editor = ConsentEditor(self.notebook, self.profile, self.person.id, today=self.today(),
                               parent=self)
        run_editor(self.services, editor)

    def edit_current_consent(self) -> None:
        from jongerenwerk_desk.ui.editors.consent_editor import ConsentEditor
        consent_id = self.consents.current_id()
        if self.person is None or consent_id is None:
            return
        editor = ConsentEditor(self.notebook, self.profile, self.person.id,
                               self.notebook.consents.get(consent_id), today=self.today(),
                               parent=self)
        run_editor(self.services, editor)

    def withdraw_current_consent(self) -> None:
        """Ask, then record today's date as the withdrawal (never deletes the consent)."""
        consent_id = self.consents.current_id()
        if self.person is None or consent_id is None:
            return
        consent = self.notebook.consents.get(consent_id)
        if consent.withdrawn_on is not None:
            self.services.prompter.inform(self, self.tr("Consent withdrawn"), self.tr(
                "This consent was already withdrawn."))
            return
        today = self.today()
        if not self.services.prompter.confirm(
                self, self.tr("Withdraw consent"),
                self.tr("Record that this consent was withdrawn on %1? The record stays, "
                        "marked as withdrawn; nothing may be shared on it from then on.")
                .replace("%1", labels.format_date(today)),
                yes_text=self.tr("Withdraw"), no_text=self.tr("Cancel")):
            return
        self.ops.run(ops.withdraw_consent, consent_id, today)

    def new_informing(self) -> None:
        from jongerenwerk_desk.ui.editors.consent_editor import InformingEditor
        if self.person is None:
            return
        editor = InformingEditor(self.notebook, self.person.id, today=self.today(),
                                 profile=self.profile, parent=self)
        run_editor(self.services, editor)

    def new_letter(self) -> None:
        """The informing letters (AVG art. 13/14) for this young person as PDF, each
        recorded as an informing record (``ui/rights/letters.py``)."""
        from jongerenwerk_desk.ui.rights.letters import InformingLetterDialog

        if self.person is None:
            return
        run_editor(self.services, InformingLetterDialog(self.notebook, self.profile,
                                                        self.services, self.person.id,
                                                        self.today(), self))

    def edit_current_informing(self) -> None:
        from jongerenwerk_desk.ui.editors.consent_editor import InformingEditor
        record_id = self.informing.current_id()
        if self.person is None or record_id is None:
            return
        editor = InformingEditor(self.notebook, self.person.id,
                                 self.notebook.informing.get(record_id), today=self.today(),
                                 profile=self.profile, parent=self)
        run_editor(self.services, editor)

    # --- grounds for sharing (conflict of duties, vital interest, refusal, representative) --
    def _open_ground(self, kind: str, record_id: int | None) -> None:
        """Open the editor of ``kind`` for a new record (``record_id`` None) or an existing
        one; it writes through the ops runner."""
        from jongerenwerk_desk.ui.editors import grounds_editor as ge
        if self.person is None:
            return
        nb, pid, today = self.notebook, self.person.id, self.today()
        editor: Any
        if kind == "conflict":
            record = nb.conflicts.get(record_id) if record_id is not None else None
            editor = ge.ConflictOfDutiesEditor(
                nb, pid, record, valid_days=getattr(self.profile, "conflict_advice_valid_days",
                                                    30), today=today, parent=self)
        elif kind == "vital":
            record = nb.vital_interests.get(record_id) if record_id is not None else None
            editor = ge.VitalInterestEditor(
                nb, pid, record, youth_alone_from=self.profile.consent_age_youth_alone_from,
                today=today, parent=self)
        elif kind == "refusal":
            record = nb.refusals.get(record_id) if record_id is not None else None
            editor = ge.RefusalEditor(nb, self.profile, pid, record, today=today, parent=self)
        else:
            record = nb.representatives.get(record_id) if record_id is not None else None
            editor = ge.RepresentativeEditor(nb, pid, record, parent=self)
        run_editor(self.services, editor)

    def _current_ground(self) -> tuple[str, int] | None:
        key = self.grounds.current_id()
        if self.person is None or not key:
            return None
        kind, _sep, number = str(key).partition(":")
        return kind, int(number)

    def edit_current_ground(self) -> None:
        """Edit the selected conflict of duties, vital interest, refusal or representative."""
        current = self._current_ground()
        if current is not None:
            self._open_ground(*current)

    def delete_current_ground(self) -> None:
        """Ask, then delete the selected record through its operation."""
        current = self._current_ground()
        if current is None:
            return
        kind, record_id = current
        if not self.services.prompter.confirm(
                self, self.tr("Delete"), self.tr("Delete this record? The legal check no longer "
                                                 "takes it into account."),
                yes_text=self.tr("Delete"), no_text=self.tr("Cancel")):
            return
        operation = {"conflict": ops.delete_conflict_of_duties,
                     "vital": ops.delete_vital_interest, "refusal": ops.delete_refusal,
                     "representative": ops.delete_representative}[kind]
        self.ops.run(operation, record_id)
