"""Page 3: the grounds (grondslag) for each item and each young person.

Necessity per person-level item and subsidiarity (AVG art. 5(1)(c), proportionality and
subsidiarity); the consents on file per young person with the age rule (docs/legal-rules.md
section 3) and whether they count for this disclosure, judged by the covenant package's own
``check_consent``; informing. What version 2 of the rules needs per young person comes from
the notebook, never from this page: a conflict of duties (role, date, advice), a vital
interest (why consent is impossible), refusals and an informing exception (ground, review
date) are shown as recorded, with where to record them (the young person's tabs). Only a
conflict of duties for group-level confidential items is entered here, with the role
consulted, the date and the advice. The page collects; the check on the next page judges.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from jongerenwerk_desk.covenant import CONSULTED_ROLES, InformException, VitalInterest
from jongerenwerk_desk.covenant.consent import check_consent
from jongerenwerk_desk.covenant.dates import distinct_words, known_age, non_blank_len
from jongerenwerk_desk.sharing.request_builder import CORRECTION_CATEGORY
from jongerenwerk_desk.ui.share.common import (
    SharePage,
    hint_label,
    make_scroll_area,
    replace_scroll_content,
    wrap_label,
)
from jongerenwerk_desk.ui.share.labels import (
    Labeller,
    consent_by_label,
    consent_rule,
    subject_person_id,
)


def _text_box(text: str, object_name: str, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setObjectName(object_name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class GroundsPage(SharePage):
    """Collects grounds into the draft as the worker types; rebuilt on every entry."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Grounds"))
        self.setSubTitle(self.tr("Record why each item is necessary, why a lighter means does "
                                 "not suffice, and on which ground confidences may be shared."))
        self.area = make_scroll_area()
        layout = QVBoxLayout(self)
        layout.addWidget(self.area)
        self.fields: dict[str, QLineEdit | QPlainTextEdit | QCheckBox] = {}

    def refresh(self) -> None:
        """Rebuild all sections from a freshly built request (values come from the draft)."""
        session = self.session
        request = session.build()
        labeller = Labeller(session.notebook, session.profile)
        self.fields = {}
        body = replace_scroll_content(self.area)
        person_items = [i for i in request.items if self._person_level(i)]
        if person_items:
            body.addWidget(self._subsidiarity_box())
            body.addWidget(self._necessity_box(person_items, labeller))
        else:
            body.addWidget(hint_label(self.tr(
                "Only group-level items are chosen: no necessity per person is needed.")))
        for subject in request.subjects:
            body.addWidget(self._subject_box(subject, request, labeller))
        if any(i.confidential and i.subject is None for i in request.items):
            body.addWidget(self._conflict_box())
        special = [i for i in request.items if self._kind(i) == "special"]
        if special:
            body.addWidget(self._vital_box(special, labeller))
        body.addStretch(1)

    # ------------------------------------------------------------------ helpers
    def _kind(self, item) -> str:
        category = self.session.profile.category(item.category)
        return category.kind if category else ""

    def _person_level(self, item) -> bool:
        category = self.session.profile.category(item.category)
        return item.subject is not None or (category is not None and category.level == "person")

    def _bind_text(self, widget, setter) -> None:
        if isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda: setter(widget.toPlainText()))
        else:
            widget.textChanged.connect(setter)

    def _minimum(self, edit: QLineEdit | QPlainTextEdit, *, optional: bool = False):
        """A line under ``edit`` that says, while typing, what the check still needs: the
        profile's minimum of characters and of distinct words of three or more letters
        (covenant ``passes_justification``). ``optional``: an empty field is fine."""
        profile = self.session.profile
        min_chars = profile.min_justification_chars
        min_words = profile.min_justification_words
        label = hint_label()
        label.setObjectName(f"minimum_{edit.objectName()}")

        def update() -> None:
            text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            chars = max(0, min_chars - non_blank_len(text))
            words = max(0, min_words - len(distinct_words(text)))
            if optional and not text.strip():
                label.setText("")
            elif chars or words:
                parts = []
                if chars:
                    parts.append(self.tr("%n more character(s)", "", chars))
                if words:
                    parts.append(self.tr("%n more word(s) of three or more letters", "",
                                         words))
                label.setText(self.tr("Still needed: %1.").replace("%1", ", ".join(parts)))
                label.setStyleSheet("color: #7a5200;")
            else:
                label.setText(self.tr("Long enough."))
                label.setStyleSheet("color: #1b5e20;")

        edit.textChanged.connect(update)
        update()
        return label

    @staticmethod
    def _labelled(layout: QVBoxLayout, text: str, edit: QLineEdit) -> None:
        """A full-width label above its field (long Dutch labels never squeeze the field)."""
        label = wrap_label(text)
        label.setBuddy(edit)
        layout.addSpacing(4)
        layout.addWidget(label)
        layout.addWidget(edit)

    # ------------------------------------------------------------------ sections
    def _subsidiarity_box(self) -> QGroupBox:
        draft = self.session.draft
        box = QGroupBox(self.tr("Subsidiarity"))
        layout = QVBoxLayout(box)
        layout.addWidget(hint_label(self.tr(
            "Why is group level, anonymous sharing or not sharing at all not enough?")))
        edit = _text_box(draft.subsidiarity, "subsidiarity_edit")
        self._bind_text(edit, lambda text: setattr(draft, "subsidiarity", text))
        self.fields["subsidiarity"] = edit
        layout.addWidget(edit)
        layout.addWidget(self._minimum(edit))
        return box

    def _necessity_box(self, items, labeller: Labeller) -> QGroupBox:
        draft = self.session.draft
        box = QGroupBox(self.tr("Necessity per item"))
        form = QVBoxLayout(box)
        minimum = self.session.profile.min_justification_chars
        words = self.session.profile.min_justification_words
        form.addWidget(hint_label(self.tr("Why is this item necessary for the purpose? At "
                                          "least %1 characters and %2 different words of three "
                                          "or more letters.")
                                  .replace("%1", str(minimum)).replace("%2", str(words))))
        for item in items:
            edit = QLineEdit(draft.necessity.get(item.id, ""))
            edit.setObjectName(f"necessity_{item.id}")
            edit.textChanged.connect(lambda text, key=item.id: draft.necessity.__setitem__(
                key, text))
            self.fields[f"necessity:{item.id}"] = edit
            label = labeller.item(item)
            if item.category == CORRECTION_CATEGORY:   # the correction text itself leaves
                label = self.tr("The correction for %1: what was wrong or is no longer true "
                                "(this text is sent)").replace("%1", labeller.subject(
                                    item.subject))
            self._labelled(form, label, edit)
            form.addWidget(self._minimum(edit))
        return box

    def _subject_box(self, subject, request, labeller: Labeller) -> QGroupBox:
        profile = self.session.profile
        # known_age: None for no birth date or one after today (never "-1 years"); the
        # check then treats the age as unknown too (consent of both, docs/legal-rules.md §3)
        age = known_age(subject.birth_date, request.today)
        title = self.tr("Data subject %1").replace("%1", labeller.subject(subject.id))
        title += "  —  " + (self.tr("%1 years").replace("%1", str(age)) if age is not None
                            else self.tr("age unknown"))
        box = QGroupBox(title)
        box.setObjectName(f"subject_{subject.id}")
        layout = QVBoxLayout(box)
        layout.addWidget(wrap_label(self.tr("Consent (toestemming): %1")
                                    .replace("%1", consent_rule(age, profile))))
        if subject.consents:
            for consent in subject.consents:
                layout.addWidget(wrap_label("• " + self._consent_text(consent)))
            verdict = check_consent(profile, subject, request.purpose, request.recipients,
                                    request.today)
            text = (self.tr("Valid consent for this disclosure: yes.") if verdict.valid else
                    self.tr("Valid consent for this disclosure: no (%1).").replace(
                        "%1", "; ".join(verdict.reasons)))
            layout.addWidget(wrap_label(text, object_name="consent_verdict"))
        else:
            layout.addWidget(hint_label(self.tr("No consent on file.")))
        layout.addWidget(wrap_label(self._informed_text(subject, age)))
        for line in self._recorded_lines(subject):
            layout.addWidget(wrap_label(line, object_name="recorded_ground"))
        if subject_person_id(subject.id) is not None:
            layout.addWidget(hint_label(self.tr(
                "A conflict of duties, a vital interest, a refusal or an exception to informing "
                "is recorded on the young person (tabs Grounds and Informing), with its date; "
                "the check reads it from there.")))
        return box

    def _recorded_lines(self, subject) -> list[str]:
        """What the notebook holds about this young person for version 2 of the rules."""
        lines = []
        cod = subject.conflict_of_duties
        if cod is not None:
            lines.append(self.tr("Conflict of duties on file: advice of %1 on %2.")
                         .replace("%1", cod.consulted)
                         .replace("%2", cod.consulted_on.strftime("%d-%m-%Y")
                                  if cod.consulted_on else "?"))
        for refusal in subject.refusals:
            lines.append(self.tr("Refused by %1 on %2 for “%3”.")
                         .replace("%1", consent_by_label(refusal.by))
                         .replace("%2", refusal.on.strftime("%d-%m-%Y"))
                         .replace("%3", refusal.purpose))
        exception = subject.inform_exception
        if isinstance(exception, InformException):
            ground = self.session.profile.inform_exception_ground(exception.ground or "")
            lines.append(self.tr("Exception to informing on file: %1, review by %2.")
                         .replace("%1", ground.title if ground else self.tr("no ground"))
                         .replace("%2", exception.review_on.strftime("%d-%m-%Y")
                                  if exception.review_on else "?"))
        return lines

    def _consent_text(self, consent) -> str:
        profile = self.session.profile
        purpose = profile.purpose(consent.purpose)
        names = [(profile.party(r).name if profile.party(r) else r) for r in consent.recipients]
        text = (self.tr("Given by %1 on %2 for “%3” to %4.")
                .replace("%1", consent_by_label(consent.by))
                .replace("%2", consent.given_on.strftime("%d-%m-%Y"))
                .replace("%3", purpose.title if purpose else consent.purpose)
                .replace("%4", ", ".join(names) or "—"))
        if consent.withdrawn_on is not None:
            text += " " + self.tr("Withdrawn on %1.").replace(
                "%1", consent.withdrawn_on.strftime("%d-%m-%Y"))
        if consent.explicit_special:
            text += " " + self.tr("Explicit consent for special categories.")
        return text

    def _informed_text(self, subject, age: int | None) -> str:
        yes, no = self.tr("yes"), self.tr("no")
        text = self.tr("Informed: young person %1").replace(
            "%1", yes if subject.informed else no)
        if age is None or age < self.session.profile.consent_age_youth_alone_from:
            text += ", " + self.tr("parents %1").replace(
                "%1", yes if subject.parents_informed else no)
        return text + "."

    def _conflict_box(self) -> QGroupBox:
        """A conflict of duties for the group-level confidential items: reasoning, the role
        consulted, the date of the advice and the advice (V2-2)."""
        from jongerenwerk_desk.ui.editors.fields import DateField
        from jongerenwerk_desk.ui.views import labels

        draft = self.session.draft
        days = self.session.profile.conflict_advice_valid_days
        box = QGroupBox(self.tr("Conflict of duties for group-level items"))
        layout = QVBoxLayout(box)
        layout.addWidget(hint_label(self.tr(
            "A group-level confidence may only be shared with the consent of who told it, or "
            "when keeping it would cause serious harm that can be prevented no other way. "
            "Record your reasoning, whom you consulted, when (the advice counts %1 days) and "
            "what they advised.").replace("%1", str(days))))
        check = QCheckBox(self.tr("I invoke a &conflict of duties for the group-level "
                                  "confidential items"))
        check.setObjectName("conflict_check")
        check.setChecked(draft.use_conflict)
        reasoning = _text_box(draft.conflict_reasoning, "conflict_reasoning_edit", 3)
        reasoning.setPlaceholderText(self.tr("Reasoning: which harm, why no other way"))
        consulted = QComboBox()
        consulted.setObjectName("conflict_consulted_combo")
        for role in CONSULTED_ROLES:
            consulted.addItem(labels.label(labels.CONSULTED_ROLES, role), role)
        consulted.setCurrentIndex(max(0, consulted.findData(draft.conflict_consulted)))
        draft.conflict_consulted = consulted.currentData()
        consulted_on = DateField()
        consulted_on.setObjectName("conflict_consulted_on_edit")
        consulted_on.set_value(draft.conflict_consulted_on)
        advice = _text_box(draft.conflict_advice, "conflict_advice_edit", 2)
        advice.setPlaceholderText(self.tr("What did they advise?"))
        for widget in (reasoning, consulted, consulted_on, advice):
            widget.setEnabled(draft.use_conflict)
            check.toggled.connect(widget.setEnabled)
        check.toggled.connect(lambda on: setattr(draft, "use_conflict", on))
        self._bind_text(reasoning, lambda text: setattr(draft, "conflict_reasoning", text))
        consulted.currentIndexChanged.connect(
            lambda _i: setattr(draft, "conflict_consulted", consulted.currentData()))

        def set_day(_text: str) -> None:
            try:
                draft.conflict_consulted_on = consulted_on.value()
            except ValueError:
                draft.conflict_consulted_on = None   # the check then says the date is missing

        consulted_on.textChanged.connect(set_day)
        self._bind_text(advice, lambda text: setattr(draft, "conflict_advice", text))
        self.fields.update(conflict=check, conflict_reasoning=reasoning,
                           conflict_consulted=consulted, conflict_consulted_on=consulted_on,
                           conflict_advice=advice)
        layout.addWidget(check)
        layout.addWidget(reasoning)
        form = QFormLayout()
        form.addRow(self.tr("Consulted:"), consulted)
        form.addRow(self.tr("Advice given on:"), consulted_on)
        layout.addLayout(form)
        layout.addWidget(advice)
        return box

    def _vital_box(self, items, labeller: Labeller) -> QGroupBox:
        """Per special item: the vital interest recorded on its young person, if any."""
        box = QGroupBox(self.tr("Vital interest (special categories)"))
        form = QVBoxLayout(box)
        form.addWidget(hint_label(self.tr(
            "Special-category data (health, origin, belief) may only be shared with explicit "
            "consent, or to protect a vital interest when the young person cannot consent now. "
            "From %1 years, a young person who said no cannot be passed over. Record a vital "
            "interest on the young person (tab Grounds).")
            .replace("%1", str(self.session.profile.consent_age_youth_alone_from))))
        for item in items:
            vital = item.vital_interest
            text = (self.tr("Vital interest on file: %1").replace("%1", vital.reason or "")
                    if isinstance(vital, VitalInterest) else self.tr("No vital interest on "
                                                                     "file."))
            label = wrap_label(text, object_name=f"vital_{item.id}")
            layout_label = wrap_label(labeller.item(item))
            form.addWidget(layout_label)
            form.addWidget(label)
        return box
