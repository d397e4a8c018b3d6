"""Deleting groups and signals, and erasing young people, always after a clear warning.

Erasure of a young person is real (``notebook.ops.erase_person``: rows, links, FTS entries,
secure_delete) and leaves only an audit event without content (AVG art. 17, right to
erasure). Older backups still hold the data until they are replaced: the warning says so.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication

from jongerenwerk_desk.notebook import ops

log = logging.getLogger(__name__)
PEOPLE, GROUPS, SIGNALS = 0, 1, 2


def _messages(index: int, current: Any = None) -> tuple[str, str, str]:
    """(title, warning, yes-button text) for view ``index``. The warning names the young
    person or group (``current.name``) so the right one is erased; the title does not (a
    window title can reach task switchers and screen recorders)."""
    name = str(getattr(current, "name", "") or "")
    translate = QCoreApplication.translate
    if index == PEOPLE:
        return (QCoreApplication.translate("Deleting", "Erase young person"),
                QCoreApplication.translate(
                    "Deleting", "Erase %1 for good? Their details, consents, "
                    "informing records, group memberships and the signals that concern only "
                    "them are removed from the notebook and cannot be brought back. Signals "
                    "that also concern others are kept without the link. Backups made earlier "
                    "still contain the data until you replace them.").replace(
                        "%1", "“" + name + "”" if name else QCoreApplication.translate(
                            "Deleting", "this young person")),
                QCoreApplication.translate("Deleting", "Erase for good"))
    if index == GROUPS:
        return (QCoreApplication.translate("Deleting", "Delete group"),
                QCoreApplication.translate(
                    "Deleting", "Delete %1 with its step history and memberships? The "
                    "young people and signals stay in the notebook. This cannot be undone.")
                .replace("%1", "“" + name + "”" if name else QCoreApplication.translate(
                    "Deleting", "this group")),
                QCoreApplication.translate("Deleting", "Delete"))
    return (QCoreApplication.translate("Deleting", "Delete signal"),
            QCoreApplication.translate(
                "Deleting", "Delete this signal for good? This cannot be undone."),
            translate("Deleting", "Delete"))


def confirm_and_delete(widget: Any, index: int, current: Any) -> bool:
    """Ask through ``widget.services.prompter``; delete or erase ``current`` (a YoungPerson,
    Group or Signal for view ``index``). Returns True when something was removed.

    Failures reach the user as a Dutch message, never a traceback; nothing is half-removed
    (each operation is one transaction). The runner (``services.ops``) broadcasts the
    change, so every list and panel reloads itself.
    """
    prompter = widget.services.prompter
    title, text, yes = _messages(index, current)
    cancel = QCoreApplication.translate("Deleting", "Cancel")
    if not prompter.confirm(widget, title, text, yes_text=yes, no_text=cancel):
        return False
    runner = widget.ops
    try:
        if index == PEOPLE:
            report = runner.run(ops.erase_person, current.id)
            _report_erasure(widget, report)
        elif index == GROUPS:
            runner.run(ops.delete_group, current.id)
        else:
            runner.run(ops.delete_signal, current.id)
    except KeyError:  # already gone: show the list as it is now
        widget.views[index].reload_keeping_selection()
        return True
    except Exception as exc:  # only the type is logged
        log.warning("delete failed: %s", type(exc).__name__)
        message = getattr(exc, "user_message", None) or QCoreApplication.translate(
            "Deleting", "Removing did not work; nothing was changed. Try again, or lock and "
            "unlock the notebook.")
        prompter.error(widget, title, str(message))
        return False
    return True


def _report_erasure(widget: Any, report: Any) -> None:
    mentioning = len(getattr(report, "signals_mentioning", ()) or ())
    kept = len(getattr(report, "signals_kept", ()) or ())
    text = QCoreApplication.translate(
        "Deleting", "The young person was erased. %1 signal(s) removed, %2 kept for the "
        "others involved.").replace("%1", str(report.signals_deleted)).replace("%2", str(kept))
    if mentioning:
        text += " " + QCoreApplication.translate(
            "Deleting", "%1 kept signal(s) still mention the name in their text: search for "
            "them and edit them by hand.").replace("%1", str(mentioning))
    widget.services.prompter.inform(widget, QCoreApplication.translate("Deleting", "Erased"), text)
