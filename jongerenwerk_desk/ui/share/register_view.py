"""The disclosure register view: lists and filters the notebook's register of disclosures
(verstrekkingen) per young person, per recipient and per period, and shows whether the
hash chain is intact (docs/legal-rules.md section 5; AVG art. 5(2) accountability, art. 15 right
of access "aan wie verstrekt", art. 30; Modelconvenant jeugdgroepaanpak, logging of
disclosures between partners).

The view reads only through ``DisclosureRegister(nb).list()`` / ``.verify()``; it never writes.
Young people are shown as initials and birth year (as in the exported summaries); a person
erased since the disclosure is shown as "erased". Times are shown in Europe/Amsterdam and the
period filter works on Amsterdam calendar days (the register stores UTC).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.sharing import DisclosureRegister
from jongerenwerk_desk.sharing.session import LOCAL_ZONE
from jongerenwerk_desk.ui.a11y import show_status
from jongerenwerk_desk.ui.share.correction import correction_action_texts, start_correction

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

HASH_SHOWN = 12          # hex characters of a SHA-256 shown in the cell; the tooltip has all 64
DATE_FORMAT = "dd-MM-yyyy"
LONG_COLUMNS = (2, 3, 5, 6, 7)   # recipients, purpose, legal basis, young people, file
LONG_WIDTH = 220                 # pixels at most after resizeColumnsToContents


def register_action_texts() -> tuple[str, str]:
    """``(menu text, tooltip)`` of the action that opens the register (Dutch when loaded)."""
    return (translate("RegisterDialog", "Disclosure &register…"),
            translate("RegisterDialog", "List the recorded disclosures (verstrekkingen) per "
                                        "young person, recipient and period, and check the "
                                        "register's chain"))


@dataclass(frozen=True)
class RegisterRow:
    """One table row: ``cells`` (9 display strings, column order of :class:`RegisterModel`)
    and ``tips`` (9 tooltip strings, "" for none)."""

    cells: tuple[str, ...]
    tips: tuple[str, ...]


class RowMaker:
    """Turns DisclosureRecords into RegisterRows with names from the profile and the notebook.

    ``notebook``: an open Notebook (``people.get`` raises KeyError for an erased person);
    ``profile``: the active CovenantProfile (``party(id)``, ``purpose(id)``; unknown ids are
    shown as the id itself, e.g. for records made under an older profile).
    """

    def __init__(self, notebook: Notebook, profile: Any) -> None:
        self.notebook, self.profile = notebook, profile
        self._people: dict[int, str] = {}

    def person(self, person_id: int) -> str:
        """``J.d.V. (2009)``, or the Dutch word for erased when the person no longer exists."""
        if person_id not in self._people:
            try:
                person = self.notebook.people.get(person_id)
            except KeyError:
                label = translate("RegisterDialog", "erased")
            else:
                initials = person.initials or f"#{person_id}"
                label = f"{initials} ({person.birth_year})" if person.birth_year else initials
            self._people[person_id] = label
        return self._people[person_id]

    def party(self, party_id: str) -> str:
        """The profile's name of a party, or its id."""
        party = self.profile.party(party_id) if self.profile is not None else None
        return party.name if party else party_id

    def row(self, record: Any) -> RegisterRow:
        """The display row of one DisclosureRecord."""
        purpose = self.profile.purpose(record.purpose) if self.profile is not None else None
        when = record.created_at.astimezone(LOCAL_ZONE).strftime("%d-%m-%Y %H:%M")
        recipients = ", ".join(self.party(p) for p in record.recipients)
        people = ", ".join(self.person(p) for p in record.person_ids)
        files = ", ".join(record.file_names)
        short = ", ".join(h[:HASH_SHOWN] + "…" for h in record.file_hashes)
        full = "\n".join(f"{n}: {h}" for n, h in zip(record.file_names, record.file_hashes,
                                                      strict=False))
        title = purpose.title if purpose else record.purpose
        cells = (str(record.id), when, recipients, title, record.stage, record.legal_basis,
                 people, files, short)
        tips = ("", "", recipients, title, "", record.legal_basis, people, files, full)
        return RegisterRow(cells, tips)


class RegisterModel(QAbstractTableModel):
    """Read-only table of RegisterRows; ``set_rows`` replaces all, ``clear`` empties."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RegisterRow] = []
        self._headers = (
            translate("RegisterDialog", "No."), translate("RegisterDialog", "Date"),
            translate("RegisterDialog", "Recipients"), translate("RegisterDialog", "Purpose"),
            translate("RegisterDialog", "Step"), translate("RegisterDialog", "Legal basis"),
            translate("RegisterDialog", "Young people"), translate("RegisterDialog", "File"),
            "SHA-256")

    def set_rows(self, rows: list[RegisterRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row (on lock)."""
        self.set_rows([])

    def record_id(self, row: int) -> int | None:
        """The register id shown in ``row`` (None outside the rows)."""
        return int(self._rows[row].cells[0]) if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tips[index.column()] or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None


def local_day(moment: dt.datetime) -> dt.date:
    """The Europe/Amsterdam calendar day of an aware moment."""
    return moment.astimezone(LOCAL_ZONE).date()


def filtered_records(register: Any, person_id: int | None, recipient: str | None,
                     since: dt.date | None, until: dt.date | None) -> list[Any]:
    """Records for the filters; ``since``/``until`` are inclusive Amsterdam calendar days.

    The register filters on UTC days, so it is asked one day wider on each side and the exact
    Amsterdam day is applied here (a disclosure at 00:30 in Amsterdam is the previous UTC day).
    """
    wide_since = since - dt.timedelta(days=1) if since else None
    wide_until = until + dt.timedelta(days=1) if until else None
    records = register.list(person_id=person_id, recipient=recipient, since=wide_since,
                            until=wide_until)
    return [r for r in records
            if (since is None or local_day(r.created_at) >= since)
            and (until is None or local_day(r.created_at) <= until)]


class RegisterDialog(QDialog):
    """The "Verstrekkingenregister" dialog: filters, the table and the chain status.

    ``notebook``: an open Notebook; ``profile``: the active CovenantProfile (names of parties
    and purposes); ``services``: ui.services.Services (prompter and ops for "send
    correction", which opens the share wizard as a correction of the selected record).
    Reading errors (locked or damaged notebook) show a Dutch line in the status, never a
    traceback. ``clear_client_data()`` (called on lock) and closing the
    dialog drop every row and name.
    """

    def __init__(self, notebook: Notebook, profile: Any, services: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notebook, self.profile, self.services = notebook, profile, services
        self.setObjectName("registerDialog")
        self.setWindowTitle(self.tr("Disclosure register"))
        self.model = RegisterModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)       # arrows move in the table, Tab leaves it
        self.table.setAccessibleName(self.tr("Disclosures"))
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel(self)
        self.status.setObjectName("registerStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_label = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        text, tip = correction_action_texts()
        self.correction_button = QPushButton(text, self)
        self.correction_button.setObjectName("registerCorrection")
        self.correction_button.setToolTip(tip)
        self.correction_button.setEnabled(False)
        self.correction_button.clicked.connect(self.send_correction)
        buttons.addButton(self.correction_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.correction_button.setEnabled(self.selected_record_id() is not None))
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(1100, 520)
        self._fill_combos()
        self.reload()
        self.person_combo.setFocus()

    # --- building ---------------------------------------------------------------------------
    def _build_filters(self) -> QGridLayout:
        self.person_combo = QComboBox(self)
        self.recipient_combo = QComboBox(self)
        self.since_check = QCheckBox(self.tr("&From"), self)
        self.until_check = QCheckBox(self.tr("&Until"), self)
        today = QDate.currentDate()
        self.since_edit = self._date_edit(today.addMonths(-1))
        self.until_edit = self._date_edit(today)
        person_label = QLabel(self.tr("&Young person:"), self)
        person_label.setBuddy(self.person_combo)
        recipient_label = QLabel(self.tr("R&ecipient:"), self)
        recipient_label.setBuddy(self.recipient_combo)
        grid = QGridLayout()
        grid.addWidget(person_label, 0, 0)
        grid.addWidget(self.person_combo, 0, 1)
        grid.addWidget(recipient_label, 0, 2)
        grid.addWidget(self.recipient_combo, 0, 3)
        grid.addWidget(self.since_check, 1, 0)
        grid.addWidget(self.since_edit, 1, 1)
        grid.addWidget(self.until_check, 1, 2)
        grid.addWidget(self.until_edit, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for check, edit in ((self.since_check, self.since_edit),
                            (self.until_check, self.until_edit)):
            edit.setAccessibleName(check.text().replace("&", ""))
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _on=False: self.reload())
            edit.dateChanged.connect(lambda _d=None: self.reload())
        self.person_combo.currentIndexChanged.connect(lambda _i=0: self.reload())
        self.recipient_combo.currentIndexChanged.connect(lambda _i=0: self.reload())
        return grid

    def _date_edit(self, date: QDate) -> QDateEdit:
        edit = QDateEdit(date, self)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        edit.setEnabled(False)
        return edit

    def _fill_combos(self) -> None:
        """People who appear in the register and still exist (by name), and every party of
        the profile; "all" first in both."""
        maker = RowMaker(self.notebook, self.profile)
        people: dict[int, str] = {}
        try:
            records = DisclosureRegister(self.notebook).list()
        except Exception:
            records = []
        for pid in sorted({pid for record in records for pid in record.person_ids}):
            try:
                person = self.notebook.people.get(pid)
            except KeyError:     # erased since the disclosure: no name left to choose
                continue
            people[pid] = f"{person.name} ({maker.person(pid)})"
        for combo, entries in (
                (self.person_combo, sorted(people.items(), key=lambda kv: kv[1].casefold())),
                (self.recipient_combo, [(p.id, p.name) for p in
                                        (self.profile.parties if self.profile else ())])):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("all"), None)
            for key, label in entries:
                combo.addItem(label, key)
            combo.blockSignals(False)

    # --- reading ----------------------------------------------------------------------------
    def filters(self) -> tuple[int | None, str | None, dt.date | None, dt.date | None]:
        """``(person_id, recipient party id, since, until)`` as chosen; None = no filter."""
        since = self.since_edit.date().toPython() if self.since_check.isChecked() else None
        until = self.until_edit.date().toPython() if self.until_check.isChecked() else None
        return (self.person_combo.currentData(), self.recipient_combo.currentData(),
                since, until)

    def reload(self) -> None:
        """Read the register again with the current filters and verify the chain."""
        if self.notebook is None:
            return
        register = DisclosureRegister(self.notebook)
        try:
            records = filtered_records(register, *self.filters())
            total = len(register.list())
            problems = register.verify()
            maker = RowMaker(self.notebook, self.profile)
            rows = [maker.row(r) for r in records]
        except Exception:
            self.model.clear()
            self.count_label.clear()
            self._show_status([self.tr("The register cannot be read. Lock the notebook, open "
                                       "it again and run the check (verify).")])
            return
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for column in LONG_COLUMNS:     # long text: capped, the tooltip has it all
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), LONG_WIDTH))
        show_status(self.count_label, self.tr("Shown: %1 of %2")      # said when filtered
                    .replace("%1", str(len(rows))).replace("%2", str(total)))
        self._show_status(problems, total)

    def _show_status(self, problems: list[str], total: int = 0) -> None:
        if problems:
            self.status.setStyleSheet("color: #b00020; font-weight: bold;")
            show_status(self.status, "\n".join(problems), assertive=True)
        else:
            self.status.setStyleSheet("color: #1b5e20;")
            self.status.setText(self.tr("Register intact: %n disclosure(s), chain is correct",
                                        "", total))

    def selected_record_id(self) -> int | None:
        """The register id of the selected row, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_id(rows[0].row()) if rows else None

    def send_correction(self) -> None:
        """"Correctie sturen": the share wizard as a correction of the selected disclosure
        (``ui/share/correction.py``); the register is read again afterwards."""
        record_id = self.selected_record_id()
        if record_id is None or self.notebook is None:
            return
        start_correction(self, self.notebook, self.profile, self.services, record_id)
        if self.notebook is not None:
            self._fill_combos()
            self.reload()

    # --- lock -------------------------------------------------------------------------------
    def clear_client_data(self) -> None:
        """Drop every row, name and status text and the notebook reference (on lock)."""
        self.model.clear()
        self.correction_button.setEnabled(False)
        for combo in (self.person_combo, self.recipient_combo):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.status.clear()
        self.count_label.clear()
        self.notebook = None

    def done(self, result: int) -> None:
        self.clear_client_data()
        super().done(result)
