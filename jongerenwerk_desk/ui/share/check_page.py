"""Page 4: the result of the legal check, every finding explained.

Blocks are shown first with the way out (remove the item, record the missing ground, or ask
the privacy officer to change the covenant profile); there is no override
(sharing-rules.md section 5). Every warning has its own checkbox and Next stays disabled until
each one is ticked. The page is rebuilt from a fresh assessment every time it is shown.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QVBoxLayout, QWizard

from jongerenwerk_desk.covenant import SEVERITY_BLOCK, SEVERITY_INFO, SEVERITY_WARN
from jongerenwerk_desk.sharing.session import Evaluation, finding_key
from jongerenwerk_desk.ui.share.common import (
    SharePage,
    banner,
    hint_label,
    make_scroll_area,
    replace_scroll_content,
    wrap_label,
)
from jongerenwerk_desk.ui.share.finding_text import code_title, readable_message
from jongerenwerk_desk.ui.share.labels import Labeller

_ORDER = {SEVERITY_BLOCK: 0, SEVERITY_WARN: 1, SEVERITY_INFO: 2}


class CheckPage(SharePage):
    """Shows ``evaluation``; complete only when not blocked and all warnings are ticked."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Result of the check"))
        self.setSubTitle(self.tr("The covenant check of this disclosure (verstrekking). Read "
                                 "every finding; acknowledge each warning."))
        self.area = make_scroll_area()
        layout = QVBoxLayout(self)
        layout.addWidget(self.area)
        self.evaluation: Evaluation | None = None
        self.warning_checks: list[QCheckBox] = []
        self.finding_frames: list[QFrame] = []

    def refresh(self) -> None:
        """Assess a freshly built request and rebuild the list (never appended)."""
        self.show_evaluation(self.session.evaluate())

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Rebuild the page for ``evaluation``; acknowledgements of identical warnings stay."""
        self.evaluation = evaluation
        self.warning_checks = []
        self.finding_frames = []
        labeller = Labeller(self.session.notebook, self.session.profile)
        body = replace_scroll_content(self.area)
        body.addWidget(self._verdict_banner(evaluation))
        findings = sorted(evaluation.assessment.findings, key=lambda f: _ORDER.get(f.severity, 3))
        for finding in findings:
            frame = self._finding_frame(finding, evaluation, labeller)
            self.finding_frames.append(frame)
            body.addWidget(frame)
        body.addStretch(1)
        self.completeChanged.emit()

    def _verdict_banner(self, evaluation: Evaluation) -> QLabel:
        assessment = evaluation.assessment
        if assessment.blocked:
            count = len(assessment.by_severity(SEVERITY_BLOCK))
            wizard = self.wizard()
            text = (self.tr("This disclosure may not go ahead (blocking findings: %1). There "
                            "is no override. The way out: go Back and remove the item "
                            "concerned under “%2”, record the missing ground under “%3”, or "
                            "ask the privacy officer to have the covenant profile changed.")
                    .replace("%1", str(count))
                    .replace("%2", wizard.page(1).title() if wizard else "")
                    .replace("%3", wizard.page(2).title() if wizard else ""))
            return banner(text, "block")
        warnings = assessment.by_severity(SEVERITY_WARN)
        if warnings:
            return banner(self.tr("Allowed, with warnings: %1. Tick each warning once you "
                                  "have weighed it; then you can continue.")
                          .replace("%1", str(len(warnings))), "warn")
        return banner(self.tr("Allowed: no blocks and no warnings."), "ok")

    def _finding_frame(self, finding, evaluation: Evaluation, labeller: Labeller) -> QFrame:
        frame = QFrame()
        frame.setObjectName(f"finding_{finding.code}")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        severity = {SEVERITY_BLOCK: self.tr("Blocks"), SEVERITY_WARN: self.tr("Warning"),
                    SEVERITY_INFO: self.tr("For your information")}.get(finding.severity,
                                                                          finding.severity)
        colour = {SEVERITY_BLOCK: "#9b1c1c", SEVERITY_WARN: "#7a5200"}.get(finding.severity,
                                                                          "#1e3f73")
        head = QLabel(f"<b style='color:{colour}'>{severity}</b> &nbsp; "
                      f"<b>{html.escape(code_title(finding.code))}</b>")
        head.setObjectName("finding_title")
        head.setToolTip(self.tr("Code: %1").replace("%1", finding.code))
        layout.addWidget(head)
        message = readable_message(finding.message, evaluation.request, labeller)
        layout.addWidget(wrap_label(message, object_name="finding_message"))
        concerns = []
        if finding.item:
            concerns.append(labeller.item_by_id(evaluation.request, finding.item))
        elif finding.subject:
            concerns.append(labeller.subject(finding.subject))
        if concerns:
            layout.addWidget(hint_label(self.tr("Concerns: %1").replace("%1", concerns[0])))
        layout.addWidget(hint_label(self.tr("Basis: %1").replace("%1", finding.basis)))
        if finding.severity == SEVERITY_WARN:
            check = QCheckBox(self.tr("I have read and weighed this warning"))
            check.setObjectName(f"ack_{finding.code}")
            key = finding_key(finding)
            check.setChecked(key in self.session.acknowledged)
            check.toggled.connect(lambda on, k=key: self._acknowledge(k, on))
            self.warning_checks.append(check)
            layout.addWidget(check)
        return frame

    def _acknowledge(self, key, on: bool) -> None:
        if on:
            self.session.acknowledged.add(key)
        else:
            self.session.acknowledged.discard(key)
        self.completeChanged.emit()

    def first_field(self):
        """The first warning checkbox; without one, Next (when it may be pressed) or Back."""
        if self.warning_checks:
            return self.warning_checks[0]
        wizard = self.wizard()
        if wizard is None:
            return None
        nxt = wizard.button(QWizard.WizardButton.NextButton)
        return nxt if nxt.isEnabled() and nxt.isVisible() else wizard.button(
            QWizard.WizardButton.BackButton)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        """Not blocked and every warning acknowledged."""
        if self.evaluation is None or self.evaluation.blocked:
            return False
        return all(check.isChecked() for check in self.warning_checks)
