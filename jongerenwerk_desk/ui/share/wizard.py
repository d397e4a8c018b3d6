"""The "share under covenant" wizard (Delen onder convenant).

A list of pages, validation per page, one service call at the end (Picard's set-up
wizard): purpose -> items -> grounds -> check -> preview -> export. The legal check runs on
a freshly built request on every Next and on Finish (docs/legal-rules.md section 5); Back and Next
rebuild the page shown, so no verdict or preview is ever stale or duplicated. A blocked request
cannot pass the check page and cannot be exported; there is no override.
"""

from __future__ import annotations

import logging
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.sharing import PreparedDisclosure, SelectionError, SummaryRefused
from jongerenwerk_desk.sharing import picklists as data
from jongerenwerk_desk.sharing.model import DEMO_SETTING
from jongerenwerk_desk.sharing.session import (
    LOCAL_ZONE,
    Evaluation,
    ShareDraft,
    ShareSession,
)
from jongerenwerk_desk.sharing.summary import is_demo_notebook
from jongerenwerk_desk.ui.share.check_page import CheckPage
from jongerenwerk_desk.ui.share.common import FIELD_STYLE
from jongerenwerk_desk.ui.share.export_page import ExportPage
from jongerenwerk_desk.ui.share.grounds_page import GroundsPage
from jongerenwerk_desk.ui.share.items_page import ItemsPage
from jongerenwerk_desk.ui.share.preview_page import PreviewPage
from jongerenwerk_desk.ui.share.purpose_page import PurposePage
from jongerenwerk_desk.vault.errors import VaultError

log = logging.getLogger(__name__)


class PageId(IntEnum):
    """Page ids in order."""

    PURPOSE = 0
    ITEMS = 1
    GROUNDS = 2
    CHECK = 3
    PREVIEW = 4
    EXPORT = 5


class ShareWizard(QWizard):
    """Wizard that checks, previews, exports and records one disclosure (verstrekking).

    ``notebook``: an open Notebook; ``profile``: the active CovenantProfile; ``services``:
    ui.services.Services (prompter for every question, tasks for the export, clock for the
    date). ``group_id`` preselects a group; with ``fast_path`` the wizard opens prefilled for
    it (``session.fast_path_draft``: step, purpose, last recipients and justification, new
    signals ticked). ``corrects`` (a register id) opens it as a
    correction of that earlier disclosure (AVG art. 16, 17 and 19; docs/legal-rules.md V2-9):
    the profile's correction purpose, the earlier recipients and group, and as young people
    ``person_ids`` (default: every subject of that disclosure); the items page is skipped
    and ``fast_path`` is ignored (KeyError when ``corrects`` is not in the register;
    ``ui/share/correction.py`` checks that first and leaves out erased young people).
    After a successful export ``record`` holds the DisclosureRecord. Errors reach the user as
    Dutch messages through the prompter.
    """

    PAGE_CLASSES = (PurposePage, ItemsPage, GroundsPage, CheckPage, PreviewPage, ExportPage)

    def __init__(self, notebook: Notebook, profile, services, parent=None, *,
                 group_id: int | None = None, fast_path: bool = False,
                 corrects: int | None = None,
                 person_ids: tuple[int, ...] | None = None) -> None:
        super().__init__(parent)
        self.fast_path = fast_path and group_id is not None and corrects is None
        self._skip_to_preview = False
        self.saved_profile = None
        self.services = services
        self.session = ShareSession(notebook, profile, services.clock.wall)
        self.record = None
        self.demo = is_demo_notebook(notebook)            # exports are marked DEMO
        self.demo_session = notebook.settings.get(DEMO_SETTING) == "1"   # --demo: public key
        self.setObjectName("share_wizard")
        self.setStyleSheet(FIELD_STYLE)
        self.setWindowTitle(self.tr("Share under covenant"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, True)
        self.setMinimumSize(900, 620)
        self.standard_layout = [QWizard.WizardButton.Stretch, QWizard.WizardButton.BackButton,
                                QWizard.WizardButton.NextButton,
                                QWizard.WizardButton.FinishButton,
                                QWizard.WizardButton.CancelButton]
        self.setButtonLayout(self.standard_layout)
        groups = data.list_groups(notebook)
        self.pages = {
            PageId.PURPOSE: PurposePage(groups), PageId.ITEMS: ItemsPage(),
            PageId.GROUNDS: GroundsPage(), PageId.CHECK: CheckPage(),
            PageId.PREVIEW: PreviewPage(), PageId.EXPORT: ExportPage(),
        }
        for page_id, page in self.pages.items():
            self.setPage(page_id, page)
        self.setStartId(PageId.PURPOSE)
        earlier = notebook.disclosures.get(corrects) if corrects is not None else None
        self.pages[PageId.PURPOSE].setup(earlier.group_id if earlier else group_id)
        if earlier is not None:
            self._prefill_correction(earlier, person_ids)
        elif self.fast_path and group_id is not None:
            self._prefill(group_id)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Export and record"))
        self.currentIdChanged.connect(self._page_shown)
        self._bouncing = False
        self._locked = False
        self._left_first_page = False

    def use_profile(self, profile) -> None:
        """Go on with ``profile`` (signatures just recorded in the covenant dialog); the shell
        takes it over when the wizard closes (``saved_profile``)."""
        from jongerenwerk_desk.sharing.session import own_party_id

        self.session.profile = profile
        self.session.own_party = own_party_id(profile)
        self.saved_profile = profile

    def _prefill(self, group_id: int) -> None:
        """The fast path from a group ("Delen met het overleg"): step, purpose, recipients,
        justification and the new signals prefilled (``session.fast_path_draft``)."""
        from jongerenwerk_desk.sharing.session import fast_path_draft

        session = self.session
        draft = fast_path_draft(session.notebook, session.profile, group_id, session.today())
        session.draft.purpose = draft.purpose
        session.draft.recipients = list(draft.recipients)
        session.draft.signal_ids = list(draft.signal_ids)
        session.draft.subsidiarity = draft.subsidiarity
        self.pages[PageId.PURPOSE].apply_draft(draft)
        session.draft.signal_ids = list(draft.signal_ids)   # kept while the combos settle
        self.pages[PageId.PURPOSE].show_prefilled(draft.recipients != [],
                                                  len(draft.signal_ids))

    def _prefill_correction(self, earlier, person_ids: tuple[int, ...] | None) -> None:
        """Fill the draft and the purpose page as a correction of register record
        ``earlier``: group and purpose fixed, the earlier recipients ticked (the check blocks
        any other recipient, CORRECTION_NOT_COVERED)."""
        draft, page = self.session.draft, self.pages[PageId.PURPOSE]
        purpose = next((p for p in self.session.profile.purposes if p.is_correction), None)
        if purpose is not None:
            page.purpose_combo.setCurrentIndex(page.purpose_combo.findData(purpose.id))
        for party_id, check in page.recipient_checks.items():
            check.setChecked(check.isEnabled() and party_id in earlier.recipients)
        page.group_combo.setEnabled(False)
        page.purpose_combo.setEnabled(False)
        draft.corrects = earlier.id
        draft.person_ids = [pid for pid in (person_ids or earlier.person_ids)
                            if pid in earlier.person_ids]
        day = earlier.created_at.astimezone(LOCAL_ZONE).strftime("%d-%m-%Y")
        page.setSubTitle(self.tr("Correction of disclosure %1 of %2: it goes only to the "
                                 "earlier recipients, about the young people it named.")
                         .replace("%1", str(earlier.id)).replace("%2", day))

    # ------------------------------------------------------------------ navigation
    def page_of(self, page_id: PageId):
        """The page object for ``page_id``."""
        return self.pages[page_id]

    def nextId(self) -> int:
        """The next page; on the fast path the items page goes straight to the preview when
        the check (run on that Next) does not block: the grounds are prefilled and complete,
        and the preview shows the check in place (warnings are acknowledged there). A
        correction names only the earlier disclosure's young people: the items page is
        skipped (the purpose page leads to the grounds)."""
        if self.currentId() == PageId.PURPOSE and self.session.draft.corrects is not None:
            return int(PageId.GROUNDS)
        if self.currentId() == PageId.ITEMS and self._skip_to_preview:
            return int(PageId.PREVIEW)
        return super().nextId()

    def _page_shown(self, page_id: int) -> None:
        """Rebuild the page that is now shown, whether reached by Next or by Back."""
        if page_id == -1 or self._bouncing or self._locked:
            return
        if page_id != PageId.PURPOSE:
            self._left_first_page = True
            self._guarded(self.pages[PageId(page_id)].refresh)
        self.pages[PageId(page_id)].focus_first()

    def showEvent(self, event) -> None:
        """On opening, focus goes to the first field of the first page."""
        super().showEvent(event)
        page = self.currentPage()
        if page is not None:
            page.focus_first()

    def _guarded(self, fn) -> bool:
        """Run ``fn``; a failure becomes a Dutch message (no client data), never a crash.

        Only the exception's type is logged: messages may name ids, never content, but the
        log is kept free of them too.
        """
        try:
            fn()
        except Exception as exc:
            log.error("share wizard step failed: %s", type(exc).__name__)
            self.services.prompter.error(self, self.tr("Share under covenant"),
                                         self._failure_text(exc))
            return False
        return True

    def _failure_text(self, exc: Exception) -> str:
        """The Dutch text for a failed step: the core's own Dutch message where it has one."""
        if isinstance(exc, (SelectionError, SummaryRefused)):
            return str(exc) + " " + self.tr("Nothing was shared.")
        message = getattr(exc, "user_message", None)
        if isinstance(exc, VaultError) and message:
            return str(message)
        return self.tr("This step could not be completed. Nothing was shared. Close the wizard "
                       "and try again; if it happens again, ask the privacy officer or "
                       "support.")

    def recheck(self, page) -> Evaluation | None:
        """Run the check afresh for a Next/Finish on ``page``.

        Pages up to the grounds just record the result. From the check page on, a blocked
        verdict or an unacknowledged warning stops the step: on the check page and on the
        preview it is shown in place; from the export page the wizard returns to the preview,
        where it can be resolved. Returns the evaluation when the step may go on, else None.
        """
        result: list[Evaluation] = []
        if not self._guarded(lambda: result.append(self.session.evaluate())):
            return None
        evaluation = result[0]
        page_id = self._id_of(page)
        if page_id == PageId.ITEMS:    # fast path: no ground missing -> the preview, where
            self._skip_to_preview = self.fast_path and not evaluation.blocked   # warnings
            # are acknowledged in place
        if page_id < PageId.CHECK or self.session.may_export(evaluation):
            if page_id == PageId.GROUNDS:
                self.session.acknowledged.clear()
            return evaluation
        if page_id in (PageId.CHECK, PageId.PREVIEW):
            self.pages[page_id].show_evaluation(evaluation)     # shown in place, no bounce
        else:
            self._back_to_preview(evaluation)
        return None

    def _id_of(self, page) -> PageId:
        return next(pid for pid, p in self.pages.items() if p is page)

    def _back_to_preview(self, evaluation: Evaluation) -> None:
        """Return to the preview showing ``evaluation`` (blocked or new warnings): there the
        worker can change or leave out what the check names."""
        self._bouncing = True
        try:
            while self.currentId() > PageId.PREVIEW:
                self.back()
        finally:
            self._bouncing = False
        self.pages[PageId.PREVIEW].show_evaluation(evaluation)
        self.services.prompter.warn(self, self.tr("Check changed"), self.tr(
            "The check gives a different result now. Look at the preview again before you "
            "continue."))

    def prepared_for_export(self, page) -> PreparedDisclosure | None:
        """Prepare the disclosure afresh for Finish on ``page`` (one ``ShareSession.prepare``:
        request, check and summary) and return it when it may be exported as previewed.

        A blocked verdict or an unacknowledged warning returns to the check page; a summary
        that differs from the one previewed returns to the preview page (docs/legal-rules.md:
        what the worker saw is what leaves). The export prepares it once more inside its
        write transaction (``sharing.check_unchanged``). None when the step may not go on.
        """
        found: list[PreparedDisclosure] = []
        if not self._guarded(lambda: found.append(self.session.prepare())):
            return None
        prepared = found[0]
        evaluation = Evaluation.of(prepared)
        if not self.session.may_export(evaluation):
            self._back_to_preview(evaluation)
            return None
        preview = self.pages[PageId.PREVIEW]
        if (preview.summary is not None and prepared.summary is not None
                and prepared.summary.same_content(preview.summary)):
            return prepared                  # the sender may have been filled in meanwhile
        while self.currentId() > PageId.PREVIEW:
            self.back()
        self.services.prompter.warn(self, self.tr("Preview changed"), self.tr(
            "What would be shared changed since the preview. Look at the preview again."))
        return None

    # ------------------------------------------------------------------ closing
    def clear_client_data(self) -> None:
        """On lock (called by the shell): forget a running export's result, empty every page
        and drop the notebook. The shell locks only after a running export has ended (the
        ops runner says when), so the export is then complete (file and record) or absent."""
        self._locked = True
        self.pages[PageId.EXPORT].forget_job()
        for page in self.pages.values():
            page.clear_client_data()
        self.session.draft = ShareDraft()
        self.session.notebook = None

    def has_unsaved_work(self) -> bool:
        """True when closing would throw away what the worker entered: they left the first
        page or ticked a recipient, no export finished and no lock emptied the wizard."""
        if self._locked or self.pages[PageId.EXPORT].done:
            return False
        return self._left_first_page or bool(self.session.draft.recipients)

    def reject(self) -> None:
        """Cancel, Escape and the window's close button. Refused while an export is running
        (it would leave a half disclosure), except after a lock; with work entered, the
        worker is asked first (default: keep working)."""
        if self.pages[PageId.EXPORT].busy and not self._locked:
            return
        if self.has_unsaved_work() and not self.services.prompter.confirm(
                self, self.tr("Discard changes?"),
                self.tr("Close the wizard and discard what you chose and wrote? Nothing has "
                        "been shared."),
                yes_text=self.tr("&Discard"), no_text=self.tr("&Keep working"),
                default_yes=False):
            return
        super().reject()

    def keyPressEvent(self, event) -> None:
        """Escape cancels like the Cancel button (and obeys the same rule)."""
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)
