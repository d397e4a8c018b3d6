""""Correctie sturen": open the share wizard as a correction of an earlier disclosure.

Used from the disclosure register (a selected record) and from a young person's panel (a
disclosure about them). A correction (AVG art. 16, 17 and 19; docs/legal-rules.md V2-9) goes
only to the earlier recipients, about the young people the earlier disclosure named; it is
checked and exported like any disclosure and recorded in the register with a reference to the
earlier record (each item's ``corrects``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def correction_action_texts() -> tuple[str, str]:
    """``(button text, tooltip)`` of the "send correction" action (Dutch when loaded)."""
    return (translate("Correction", "Send &correction…"),
            translate("Correction", "Tell the earlier recipients that information they "
                                    "received was wrong or is no longer true (for example: "
                                    "the young person left the group)"))


def start_correction(parent: QWidget | None, notebook: Any, profile: Any, services: Any,
                     record_id: int, person_ids: tuple[int, ...] | None = None) -> Any:
    """Run the share wizard as a correction of register record ``record_id``.

    ``person_ids``: the young people to correct (default: every subject of that disclosure).
    Erased young people are left out. Returns the new DisclosureRecord after an export, else
    None. A profile without a correction purpose, a record or group that is gone, or only
    erased young people give a Dutch message, never a traceback.
    """
    title = translate("Correction", "Send correction")
    if not any(p.is_correction for p in profile.purposes):
        services.prompter.error(parent, title, translate(
            "Correction", "The covenant profile has no purpose for corrections. Ask the "
                          "privacy officer to add one (see the model covenant profile)."))
        return None
    try:
        earlier = notebook.disclosures.get(record_id)
    except KeyError:
        services.prompter.error(parent, title, translate(
            "Correction", "This disclosure is no longer in the register."))
        return None
    if earlier.group_id is None or not _exists(notebook.groups, earlier.group_id):
        services.prompter.error(parent, title, translate(
            "Correction", "The group of this disclosure is no longer in the notebook, so no "
                          "correction can be made here. Tell the earlier recipients in "
                          "writing and record that you did."))
        return None
    wanted = [pid for pid in (person_ids or earlier.person_ids) if pid in earlier.person_ids
              and _exists(notebook.people, pid)]
    if not wanted:
        services.prompter.error(parent, title, translate(
            "Correction", "None of the young people of this disclosure is still in the "
                          "notebook (erased). Tell the earlier recipients in writing."))
        return None
    from jongerenwerk_desk.ui.share.wizard import ShareWizard
    from jongerenwerk_desk.ui.views.panel_base import run_editor

    wizard = ShareWizard(notebook, profile, services, parent, corrects=record_id,
                         person_ids=tuple(wanted))
    run_editor(services, wizard)          # deletes the wizard later, on the event loop
    return wizard.record


def _exists(repository: Any, row_id: int) -> bool:
    try:
        repository.get(row_id)
    except KeyError:
        return False
    return True
