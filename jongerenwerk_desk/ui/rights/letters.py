"""The informing letters of one young person (AVG art. 13/14, issue 12 point 4): the B1
letter for the young person and/or the one for their legal representatives, each saved as a
PDF where the worker chooses (``services.prompter.save_file``: Qt's own dialog, whose folder
history is wiped) and recorded as an informing record through the ops runner
(``notebook.ops.add_informing_letter``). The suggested file names hold no name.

A letter is recorded only after its PDF was written; cancelling the second file dialog keeps
the first letter (saved and recorded).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jongerenwerk_desk.covenant.dates import known_age

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class InformingLetterDialog(QDialog):
    """Choose which letters (young person, parents or guardians) and save them as PDF; each
    saved letter is an informing record (date, "informatiebrief", purposes and recipients).

    ``saved`` lists (audience, path) of the letters written in this dialog."""

    def __init__(self, notebook: Any, profile: Any, services: Any, person_id: int,
                 today: date, parent: QWidget | None = None) -> None:
        from jongerenwerk_desk.rights.letters import representative_names

        super().__init__(parent)
        self.notebook, self.profile, self.services = notebook, profile, services
        self.person_id, self.today = person_id, today
        self.saved: list[tuple[str, Path]] = []
        self.setWindowTitle(translate("RightsLetters", "Informing letter"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "RightsLetters", "A letter in plain language about what you record, why, with "
            "whom it may be shared, how long it is kept and what they may do. Save it as a "
            "PDF to print or send. Each saved letter is recorded under Informing."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        person = notebook.people.get(person_id)
        age = known_age(person.birth_date, today)
        self.representatives = representative_names(notebook, person_id)
        self.youth = QCheckBox(translate("RightsLetters", "Letter for the &young person"), self)
        self.youth.setChecked(True)
        self.parents = QCheckBox(translate("RightsLetters",
                                           "Letter for the parents or &guardians"), self)
        self.parents.setChecked(age is None or age < profile.consent_age_youth_alone_from)
        layout.addWidget(self.youth)
        layout.addWidget(self.parents)
        if self.representatives:
            to = translate("RightsLetters", "The parents' letter is addressed to: %1.").replace(
                "%1", ", ".join(self.representatives))
        else:
            to = translate("RightsLetters", "No legal representative is recorded: the parents' "
                           "letter is addressed to the parents or guardian.")
        self.addressed = QLabel(to, self)
        self.addressed.setWordWrap(True)
        layout.addWidget(self.addressed)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(translate("RightsLetters", "Save as &PDF…"), self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.youth.toggled.connect(self._enable)
        self.parents.toggled.connect(self._enable)
        layout.addWidget(buttons)
        self._enable()
        self.resize(560, 300)

    def _enable(self) -> None:
        self.save_button.setEnabled(self.youth.isChecked() or self.parents.isChecked())

    def audiences(self) -> list[str]:
        """The chosen audiences, ``"youth"`` and/or ``"parents"``."""
        from jongerenwerk_desk.rights.letters import FOR_PARENTS, FOR_YOUTH

        return [a for a, box in ((FOR_YOUTH, self.youth), (FOR_PARENTS, self.parents))
                if box.isChecked()]

    def save(self) -> None:
        """Per chosen letter: ask where, write the PDF, record it (ops runner). Stops at a
        cancelled file dialog or an error (shown in Dutch, never with client data)."""
        from jongerenwerk_desk.notebook.ops import add_informing_letter
        from jongerenwerk_desk.rights.document import write_document_pdf
        from jongerenwerk_desk.rights.letters import (
            FOR_YOUTH,
            informing_letter,
            letter_facts,
            letter_note,
        )
        from jongerenwerk_desk.ui.shell.errors import advice_for

        prompter = self.services.prompter
        done = 0
        for audience in self.audiences():
            who = "jongere" if audience == FOR_YOUTH else "ouders"
            title = (translate("RightsLetters", "Save the letter for the young person")
                     if audience == FOR_YOUTH else
                     translate("RightsLetters", "Save the letter for the parents"))
            target = prompter.save_file(self, title,
                                        f"informatiebrief-{who}-{self.today.isoformat()}.pdf",
                                        "PDF (*.pdf)")
            if target is None:
                break
            try:
                facts = letter_facts(self.notebook, self.profile)
                name = self.notebook.people.get(self.person_id).name
                write_document_pdf(informing_letter(facts, audience, name, self.today,
                                                    self.representatives), Path(target))
                self.services.ops.run(add_informing_letter, self.person_id, self.today,
                                      audience, letter_note(facts))
            except Exception as exc:  # shown in Dutch, never with client data
                prompter.error(self, translate("RightsLetters", "Not saved"),
                               advice_for(exc).text)
                return
            self.saved.append((audience, Path(target)))
            done += 1
        if done:
            prompter.inform(self, translate("RightsLetters", "Saved"), translate(
                "RightsLetters", "%1 letter(s) saved and recorded under Informing.").replace(
                "%1", str(done)))
            self.accept()
