"""The disclosure register view: lists and filters the notebook's register of disclosures
(verstrekkingen) per young person, per recipient and per period, and shows whether the
hash chain is intact (docs/legal-rules.md section 5; AVG art. 5(2) accountability, art. 15 right
of access "aan wie verstrekt", art. 30; Modelconvenant jeugdgroepaanpak, logging of
disclosures between partners).

The view reads only through ``DisclosureRegister(nb).list()`` / ``.verify()``; it never writes
to the notebook. Young people are shown as initials and birth year (as in the exported
summaries); a person erased since the disclosure is shown as "erased". Times are shown in
Europe/Amsterdam and the period filter works on Amsterdam calendar days (the register stores
UTC). A worker's tool: the group of each disclosure, a detail pane with the exact summary that
left (stored with the record), "Exporteren…" (the rows shown, as a spreadsheet for Excel) and
"Afdrukken (PDF)…" (the selected summary again as PDF, through the export's own PDF code),
"Correctie sturen…" (the share wizard as a correction of the selected disclosure,
``ui/share/correction.py``), and the chain status in plain words ("Niets is achteraf
veranderd").
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from pathlib import Path
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
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.sharing import DisclosureRegister
from jongerenwerk_desk.sharing.atomic import ExportError
from jongerenwerk_desk.sharing.csv_export import write_rows_csv
from jongerenwerk_desk.sharing.model import (
    LEGEND,
    Summary,
    format_day,
    summary_from_dict,
)
from jongerenwerk_desk.sharing.session import LOCAL_ZONE
from jongerenwerk_desk.ui.a11y import show_status
from jongerenwerk_desk.ui.share.correction import correction_action_texts, start_correction
from jongerenwerk_desk.ui.share.folder_dialog import forget_dialog, make_folder_dialog
from jongerenwerk_desk.ui.views import labels as view_labels

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

DATE_FORMAT = "dd-MM-yyyy"
LONG_COLUMNS = (1, 2, 3, 5, 6, 7)   # group, recipients, purpose, young people, basis, files
LONG_WIDTH = 220                 # pixels at most after resizeColumnsToContents


def register_action_texts() -> tuple[str, str]:
    """``(menu text, tooltip)`` of the action that opens the register (Dutch when loaded)."""
    return (translate("RegisterDialog", "Disclosure &register…"),
            translate("RegisterDialog", "List the recorded disclosures (verstrekkingen) per "
                                        "young person, recipient and period, and check the "
                                        "register's chain"))


@dataclass(frozen=True)
class RegisterRow:
    """One table row: ``cells`` (8 display strings, column order of :class:`RegisterModel`),
    ``tips`` (8 tooltip strings, "" for none) and the ``record`` it shows."""

    cells: tuple[str, ...]
    tips: tuple[str, ...]
    record: Any = None


class RowMaker:
    """Turns DisclosureRecords into RegisterRows with names from the profile and the notebook.

    ``notebook``: an open Notebook (``people.get`` raises KeyError for an erased person);
    ``profile``: the active CovenantProfile (``party(id)``, ``purpose(id)``; unknown ids are
    shown as the id itself, e.g. for records made under an older profile).
    """

    def __init__(self, notebook: Notebook, profile: Any) -> None:
        self.notebook, self.profile = notebook, profile
        self._people: dict[int, str] = {}
        self._groups: dict[int, str] = {}

    def group(self, group_id: int | None) -> str:
        """The group's name, or the Dutch word for deleted when it no longer exists."""
        if group_id is None:
            return ""
        if group_id not in self._groups:
            try:
                self._groups[group_id] = self.notebook.groups.get(group_id).name
            except KeyError:
                self._groups[group_id] = translate("RegisterDialog", "deleted")
        return self._groups[group_id]

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
        title = purpose.title if purpose else record.purpose
        group = self.group(record.group_id)
        stage = view_labels.label(view_labels.STAGES, record.stage)
        cells = (when, group, recipients, title, stage, people, record.legal_basis, files)
        tips = ("", group, recipients, title, stage, people, record.legal_basis, files)
        return RegisterRow(cells, tips, record)


class RegisterModel(QAbstractTableModel):
    """Read-only table of RegisterRows; ``set_rows`` replaces all, ``clear`` empties."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RegisterRow] = []
        self._headers = (
            translate("RegisterDialog", "Date"), translate("RegisterDialog", "Group"),
            translate("RegisterDialog", "Recipients"), translate("RegisterDialog", "Purpose"),
            translate("RegisterDialog", "Step"), translate("RegisterDialog", "Young people"),
            translate("RegisterDialog", "Legal basis"), translate("RegisterDialog", "Files"))

    def set_rows(self, rows: list[RegisterRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row (on lock)."""
        self.set_rows([])

    def row_at(self, row: int) -> RegisterRow | None:
        """The RegisterRow shown at ``row``, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[RegisterRow]:
        """Every row shown, in order."""
        return list(self._rows)

    def headers(self) -> tuple[str, ...]:
        """The column titles."""
        return self._headers

    def record_id(self, row: int) -> int | None:
        """The register id of the disclosure shown in ``row`` (None outside the rows)."""
        shown = self.row_at(row)
        return shown.record.id if shown is not None and shown.record is not None else None

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


def summary_html(summary: Summary) -> str:
    """The summary as it left, as simple HTML for the detail pane (every value escaped)."""
    head, group = summary.header, summary.group

    def esc(value: object) -> str:
        return html.escape(str(value))

    words = {
        "sender": translate("RegisterDialog", "Sender:"),
        "recipients": translate("RegisterDialog", "Recipients:"),
        "purpose": translate("RegisterDialog", "Purpose:"),
        "step": translate("RegisterDialog", "Step:"),
        "date": translate("RegisterDialog", "Date:"),
        "reference": translate("RegisterDialog", "Reference:"),
        "group": translate("RegisterDialog", "The group"),
        "online": translate("RegisterDialog", "Online:"),
        "nothing": translate("RegisterDialog", "Nothing at group level."),
        "role": translate("RegisterDialog", "role"),
    }
    w = {k: esc(v) for k, v in words.items()}
    reference = (f" &nbsp; {w['reference']} {esc(head.disclosure_id)}"
                 if head.disclosure_id else "")
    online = (f" &nbsp; {w['online']} {esc(', '.join(group.platforms))}"
              if group.platforms else "")
    stage = view_labels.label(view_labels.STAGES, head.stage)
    lines = [f"<p><b>{esc(head.confidential_label.upper())}</b></p><p>",
             f"{w['sender']} {esc(head.sender_line() or '-')}<br>",
             f"{w['recipients']} {esc(', '.join(head.recipients))}<br>",
             f"{w['purpose']} {esc(head.purpose_title)}<br>",
             f"{w['step']} {esc(stage)}<br>",
             f"{w['date']} {esc(format_day(head.day))}{reference}</p>",
             f"<h3>{w['group']}: {esc(group.name)}</h3>",
             f"<p>{esc(', '.join(group.locations) or '-')}{online}</p>"]

    def entries(items) -> None:
        lines.append("<ul>")
        for entry in items:
            text = f"<br>{esc(entry.text)}" if entry.text else ""
            lines.append(f"<li>{esc(format_day(entry.day))} – {esc(entry.category_title)} – "
                         f"<i>{esc(entry.label)}</i>{text}</li>")
        lines.append("</ul>")

    if summary.group_entries:
        entries(summary.group_entries)
    else:
        lines.append(f"<p>{w['nothing']}</p>")
    for person in summary.persons:
        role = (f" – {w['role']} ({esc(person.role_note())}): {esc(person.role)}"
                if person.role else "")
        lines.append(f"<h4>{esc(person.label)}{role}</h4>")
        entries(person.entries)
    lines.append(f"<p><small>{esc(LEGEND)}</small></p>")
    return "".join(lines)


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
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("registerDetail")
        self.detail.setAccessibleName(self.tr("What was sent"))
        self.detail.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.export_button = QPushButton(self.tr("E&xport list…"), self)
        self.export_button.setObjectName("registerExport")
        self.export_button.setToolTip(self.tr("Save the disclosures shown as a spreadsheet for "
                                              "Excel (CSV)"))
        self.print_button = QPushButton(self.tr("&Print (PDF)…"), self)
        self.print_button.setObjectName("registerPrint")
        self.print_button.setToolTip(self.tr("Save the selected summary as a PDF to print"))
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export_list)
        self.print_button.clicked.connect(self.print_selected)
        text, tip = correction_action_texts()
        self.correction_button = QPushButton(text, self)
        self.correction_button.setObjectName("registerCorrection")
        self.correction_button.setToolTip(tip)
        self.correction_button.setEnabled(False)
        self.correction_button.clicked.connect(self.send_correction)
        buttons.addButton(self.correction_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.correction_button.setEnabled(self.selected_record_id() is not None))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_detail(current.row()))
        self.resize(1100, 640)
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
        self.show_detail(-1)
        self.print_button.setEnabled(False)
        self.export_button.setEnabled(bool(rows))
        self.table.resizeColumnsToContents()
        for column in LONG_COLUMNS:     # long text: capped, the tooltip has it all
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), LONG_WIDTH))
        show_status(self.count_label, self.tr("Shown: %1 of %2")      # said when filtered
                    .replace("%1", str(len(rows))).replace("%2", str(total)))
        self._show_status(problems, total)

    def _show_status(self, problems: list[str], total: int = 0) -> None:
        if problems:
            self.status.setStyleSheet("color: #b00020; font-weight: bold;")
            show_status(self.status, "\n".join([self.tr(
                "Warning: the register was changed afterwards. Ask the privacy officer to "
                "look at it; what changed:"), *problems]), assertive=True)
        else:
            self.status.setStyleSheet("color: #1b5e20;")
            self.status.setText(self.tr("Nothing was changed afterwards: all %n disclosure(s) "
                                        "are as they were recorded.", "", total))

    # --- detail, export and print -------------------------------------------------------------
    def selected_summary(self) -> Summary | None:
        """The stored summary of the selected disclosure, or None (none selected, or a record
        made before summaries were stored, or unreadable)."""
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None or row.record is None or not row.record.summary:
            return None
        try:
            return summary_from_dict(row.record.summary)
        except (KeyError, ValueError, TypeError):
            return None

    def show_detail(self, row: int) -> None:
        """Show what left with the disclosure at ``row`` (-1: a hint to select one)."""
        record = self.model.row_at(row)
        if record is None:
            self.detail.setPlainText(self.tr("Select a disclosure to see exactly what was "
                                             "sent."))
            self.print_button.setEnabled(False)
            return
        summary = self.selected_summary()
        self.print_button.setEnabled(summary is not None)
        if summary is None and record.record is not None and record.record.summary:
            self.detail.setPlainText(self.tr(
                "The personal details of this disclosure were removed when its retention "
                "period ended; what is left: the date, the recipients, the purpose, the step "
                "and the kinds of information."))
            return
        if summary is None:
            self.detail.setPlainText(self.tr(
                "The summary of this disclosure was not kept (it was made with an older "
                "version). The files named in the list are what was sent."))
            return
        self.detail.setHtml(summary_html(summary))

    def _ask_folder(self) -> Path | None:
        dialog = make_folder_dialog(self, None)
        try:
            if self.services.prompter.run_dialog(dialog) != QDialog.DialogCode.Accepted:
                return None
            chosen = dialog.selectedFiles()
            return Path(chosen[0]) if chosen else None
        finally:
            forget_dialog(dialog)
            dialog.deleteLater()

    def _free_name(self, folder: Path, stem: str, suffix: str) -> Path:
        target = folder / f"{stem}{suffix}"
        number = 2
        while target.exists():
            target = folder / f"{stem}-{number}{suffix}"
            number += 1
        return target

    def export_list(self) -> Path | None:
        """Save the rows shown (the worker's columns) as Excel-NL CSV in a chosen folder,
        never over an existing file; returns the path, None when cancelled or failed."""
        folder = self._ask_folder()
        if folder is None:
            return None
        rows = [list(self.model.headers())] + [list(r.cells) for r in self.model.rows()]
        target = self._free_name(folder, "verstrekkingenregister", ".csv")
        try:
            write_rows_csv(target, rows)
        except ExportError as exc:
            self.services.prompter.error(self, self.tr("Not saved"), str(exc))
            return None
        self.services.prompter.inform(self, self.tr("Saved"), self.tr(
            "The list is saved as %1.").replace("%1", str(target)))
        return target

    def print_selected(self) -> Path | None:
        """Save the selected disclosure's summary as a PDF (the export's PDF code) to print;
        returns the path, None when cancelled, nothing selected or failed."""
        summary = self.selected_summary()
        if summary is None:
            return None
        folder = self._ask_folder()
        if folder is None:
            return None
        reference = summary.header.disclosure_id or "kopie"
        target = self._free_name(folder, f"verstrekking-{reference}-afdruk", ".pdf")
        try:
            # fpdf2 loads when a PDF is written, not when the view is built
            from jongerenwerk_desk.sharing.pdf import write_pdf

            write_pdf(summary, target)
        except (ExportError, ValueError) as exc:
            self.services.prompter.error(self, self.tr("Not saved"), str(exc))
            return None
        self.services.prompter.inform(self, self.tr("Saved"), self.tr(
            "The summary is saved as %1. Open it to print it.").replace("%1", str(target)))
        return target

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
        self.detail.clear()
        self.notebook = None

    def done(self, result: int) -> None:
        self.clear_client_data()
        super().done(result)
