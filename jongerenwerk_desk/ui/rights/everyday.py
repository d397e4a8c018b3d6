"""Everyday work in the app (issue 12, point 6): import a CSV list from the File menu, the
backup reminder in the status bar, and a short help with a glossary and what to do after a
data breach (Help menu).

The import runs ``notebook.ops.import_people_csv`` (the same rules as the CLI ``import``)
through the ops runner; its report names line numbers and reasons, never values. The backup
reminder reads ``rights.backup_reminder`` and shows only an age; the moment of a backup made
from the File menu is recorded through ``notebook.ops.record_backup``.
"""

from __future__ import annotations

import html
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

#: a CSV list larger than this is refused before reading (the CLI's limit as well)
MAX_CSV_BYTES = 20 * 1024 * 1024
SHOWN_SKIPPED = 50


# --- import ------------------------------------------------------------------------------
def import_report_text(report: Any) -> str:
    """The Dutch (translated) report of an ``ImportReport``: counts, and for every skipped
    line its number and reason (at most ``SHOWN_SKIPPED`` lines, then a count). Never a
    value from the file."""
    lines = [translate("Everyday", "Imported: %1 new, %2 already present. Skipped "
                       "because of an error: %3.").replace("%1", str(report.imported)).replace(
        "%2", str(report.duplicates)).replace("%3", str(report.invalid)),
             translate("Everyday", "New groups: %1. Group memberships: %2.").replace(
        "%1", str(report.groups_created)).replace("%2", str(report.memberships))]
    if report.ignored_columns:
        lines.append(translate("Everyday", "Columns ignored: %1.").replace(
            "%1", ", ".join(report.ignored_columns)))
    for skipped in report.skipped[:SHOWN_SKIPPED]:
        lines.append(translate("Everyday", "Line %1 skipped: %2.").replace(
            "%1", str(skipped.line)).replace("%2", skipped.reason))
    if len(report.skipped) > SHOWN_SKIPPED:
        lines.append(translate("Everyday", "… and %1 more lines skipped.").replace(
            "%1", str(len(report.skipped) - SHOWN_SKIPPED)))
    return "\n".join(lines)


def import_csv(window: Any) -> Any:
    """Menu slot (File, Import a list…): choose a CSV file, import it through the ops runner
    and show the report. Returns the ``ImportReport``, or None when cancelled or refused
    (then nothing was imported and a Dutch message says why)."""
    from jongerenwerk_desk.notebook.csv_import import CsvImportError
    from jongerenwerk_desk.notebook.ops import import_people_csv
    from jongerenwerk_desk.ui.shell.errors import advice_for

    if window.notebook is None:
        return None
    prompter = window.services.prompter
    chosen = prompter.open_file(window, translate("Everyday", "Import a list"),
                                translate("Everyday", "CSV list (*.csv *.txt)"),
                                str(Path.home()))
    if chosen is None:
        return None
    title = translate("Everyday", "Not imported")
    try:
        path = Path(chosen)
        if path.stat().st_size > MAX_CSV_BYTES:
            prompter.error(window, title, translate(
                "Everyday", "The file is larger than 20 MB; this is not a list of young "
                "people. Nothing has been imported."))
            return None
        data = path.read_bytes()
    except OSError:
        prompter.error(window, title, translate(
            "Everyday", "The file cannot be read. Nothing has been imported."))
        return None
    try:
        report = window.services.ops.run(import_people_csv, data, date.today())
    except CsvImportError as exc:  # a Dutch message naming a line, never a value
        prompter.error(window, title, translate(
            "Everyday", "%1 Nothing has been imported.").replace("%1", str(exc)))
        return None
    except Exception as exc:  # vault errors: Dutch advice, the notebook is unchanged
        prompter.error(window, title, advice_for(exc).text)
        return None
    text = import_report_text(report)
    if report.failed:
        prompter.warn(window, translate("Everyday", "Nothing imported"), text + "\n" + translate(
            "Everyday", "No line could be imported. Correct the lines in the list and try "
            "again."))
    else:
        prompter.inform(window, translate("Everyday", "List imported"), text)
    return report


# --- backup reminder -----------------------------------------------------------------------
def backup_status_text(notebook: Any, now: datetime) -> tuple[str, str]:
    """(status-bar text, tooltip) for the age of the last backup of ``notebook`` at ``now``;
    when none was made or it is older than a week the text asks for one and the tooltip
    suggests a place off this laptop."""
    from jongerenwerk_desk.rights.backup_reminder import REMIND_AFTER_DAYS, backup_age

    age = backup_age(notebook, now)
    if age.days is None:
        text = translate("Everyday", "No backup yet")
    elif age.days == 0:
        text = translate("Everyday", "Backup: today")
    elif age.days == 1:
        text = translate("Everyday", "Backup: yesterday")
    else:
        text = translate("Everyday", "Backup: %1 days old").replace("%1", str(age.days))
    tip = translate(
        "Everyday", "Keep a backup off this laptop: on an encrypted USB stick or on your "
        "organisation's network drive. A backup on this laptop is lost with the laptop.")
    if age.overdue:
        text += " — " + translate("Everyday", "make one (File menu)")
        tip = translate("Everyday", "It is more than %1 days since the last backup.").replace(
            "%1", str(REMIND_AFTER_DAYS)) + " " + tip
    return text, tip


def _now(window: Any) -> datetime:
    return datetime.fromtimestamp(window.services.clock.wall(), UTC)


def update_backup_label(window: Any) -> str:
    """Show the backup age in ``window.backup_label`` (empty while locked, and in the demo,
    which has no backups); returns the text. Never raises: a failed read only hides it."""
    label = getattr(window, "backup_label", None)
    if label is None:
        return ""
    text, tip = "", ""
    if window.notebook is not None and not getattr(window, "demo", False):
        try:
            text, tip = backup_status_text(window.notebook, _now(window))
        except Exception:  # a reminder only
            text, tip = "", ""
    if hasattr(label, "set_full_text"):     # the status bar's elided label
        label.set_full_text(text)
    else:
        label.setText(text)
    label.setToolTip(tip)
    label.setVisible(bool(text))
    return text


def record_backup_made(window: Any) -> None:
    """After a verified backup from the File menu: record its moment (ops runner) and refresh
    the reminder. A failure here costs only the reminder, never the backup."""
    from jongerenwerk_desk.notebook.ops import record_backup

    if window.notebook is None:
        return
    try:
        window.services.ops.run(record_backup, _now(window))
    except Exception:
        return
    update_backup_label(window)


# --- help ----------------------------------------------------------------------------------
def glossary() -> list[tuple[str, str]]:
    """(term, plain Dutch explanation) pairs, translated."""
    return [
        (translate("Everyday", "Data subject (betrokkene)"), translate(
            "Everyday", "The person the data is about. Here that is mostly the young person.")),
        (translate("Everyday", "Legal basis (grondslag)"), translate(
            "Everyday", "The reason in the law that allows you to use or share data. Without "
            "one you may not do it.")),
        (translate("Everyday", "Disclosure (verstrekking)"), translate(
            "Everyday", "Giving data to someone outside your organisation, for example to the "
            "police or the municipality at the youth group meeting.")),
        (translate("Everyday", "Purpose limitation (doelbinding)"), translate(
            "Everyday", "You use data only for the purpose you collected it for. Sharing for "
            "another purpose needs its own reason.")),
        (translate("Everyday", "Subsidiarity (subsidiariteit)"), translate(
            "Everyday", "Choose the lightest way that still works. If you can reach the goal "
            "without sharing, or with less data, do that.")),
        (translate("Everyday", "Conflict of duties (conflict van plichten)"), translate(
            "Everyday", "Your duty to keep a secret clashes with your duty to prevent serious "
            "harm. Then you may share without consent, but only after weighing it carefully "
            "and writing down why.")),
        (translate("Everyday", "Vital interest (vitaal belang)"), translate(
            "Everyday", "Someone's life or health is in danger right now, and there is no "
            "time to ask for consent. Then you may share what is needed to help.")),
    ]


def breach_steps() -> list[str]:
    """What to do after a data breach (a lost laptop, a list sent to the wrong person),
    translated; AVG art. 33 (the Autoriteit Persoonsgegevens within 72 hours) and 34."""
    return [
        translate("Everyday", "Tell your privacy officer (FG) at once, also in the evening or "
                  "at the weekend. Do not wait until you know everything."),
        translate("Everyday", "Write down what happened and when: what was lost or sent, to "
                  "whom, and which young people it is about."),
        translate("Everyday", "Your organisation reports the breach to the Autoriteit "
                  "Persoonsgegevens within 72 hours. The privacy officer does this."),
        translate("Everyday", "The privacy officer can make an overview of which young people "
                  "and recipients the breach concerns, with the program's breach-report "
                  "command."),
        translate("Everyday", "Lost a laptop or a USB stick? Also change your passphrase as "
                  "soon as you can."),
        translate("Everyday", "If the breach is a big risk for the young people, they (or "
                  "their parents) are told. Your organisation decides this with the privacy "
                  "officer."),
    ]


def help_html() -> str:
    """The help text as HTML (escaped), for the help dialog."""
    words = translate("Everyday", "Words you will meet")
    breach = translate("Everyday", "After a data breach")
    what = translate("Everyday", "A data breach is when data gets to someone who should not "
                     "have it, or is lost. For example a lost laptop, or a list sent to the "
                     "wrong address.")
    parts = [f"<h2>{html.escape(words)}</h2><dl>"]
    for term, text in glossary():
        parts.append(f"<dt><b>{html.escape(term)}</b></dt><dd>{html.escape(text)}</dd>")
    parts.append(f"</dl><h2>{html.escape(breach)}</h2><p>{html.escape(what)}</p><ol>")
    parts.extend(f"<li>{html.escape(step)}</li>" for step in breach_steps())
    parts.append("</ol>")
    return "".join(parts)


class HelpDialog(QDialog):
    """Help, Explanation and terms: a glossary and the steps after a data breach, in plain
    Dutch. Only text; nothing about the notebook is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Everyday", "Explanation and terms"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate("Everyday", "A short explanation of the words in this "
                                 "program, and what to do after a data breach."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(help_html())
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 660)


def open_help(window: Any) -> None:
    """Menu slot: the help dialog."""
    dialog = HelpDialog(window)
    try:
        window.services.prompter.run_dialog(dialog)
    finally:
        dialog.deleteLater()


def install_everyday_actions(window: Any, file_menu: QMenu, help_menu: QMenu,
                             before: QAction) -> list[QAction]:
    """Add "Import a list…" to ``file_menu`` (before ``before``, only while a notebook is
    open), "Explanation and terms" at the top of ``help_menu``, and the backup-age label to
    the status bar (``window.backup_label``, refreshed after unlock and cleared on lock).
    Returns the two actions."""
    importing = QAction(translate("Everyday", "&Import a list…"), window)
    importing.triggered.connect(lambda _=False: import_csv(window))
    file_menu.insertAction(before, importing)
    window.unlocked_only.append(importing)
    helping = QAction(translate("Everyday", "&Explanation and terms"), window)
    helping.triggered.connect(lambda _=False: open_help(window))
    first = help_menu.actions()[0] if help_menu.actions() else None
    help_menu.insertAction(first, helping)
    if first is not None:
        help_menu.insertSeparator(first)
    from jongerenwerk_desk.ui.shell.window import ElidedLabel

    # at most 30% of the window: the covenant name (45%) and status tips keep their room
    label = ElidedLabel(0.3)
    label.setVisible(False)
    window.backup_label = label
    window.statusBar().addPermanentWidget(label)
    opened = getattr(window, "notebook_opened", None)
    if opened is not None:
        opened.connect(lambda: update_backup_label(window))
    locked = getattr(window, "locked", None)
    if locked is not None:
        locked.connect(lambda _reason=None: update_backup_label(window))
    return [importing, helping]
