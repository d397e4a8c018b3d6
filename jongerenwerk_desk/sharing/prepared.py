"""One answer to "is it still the same?": :class:`PreparedDisclosure`.

``prepare_disclosure`` builds, from the notebook as it is now, the share request for the
worker's choices, runs the legal check on it and builds the minimal summary (when the check
does not block). The wizard shows that object's assessment and summary; the export takes the
same object and, inside its write transaction, prepares again and refuses (SummaryRefused)
when anything differs (``check_unchanged``): a consent withdrawn, a signal re-categorised,
re-linked or given an informant, a group renamed, a new day. Nothing is cached anywhere else.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jongerenwerk_desk.covenant import Assessment, CovenantProfile, ShareRequest, assess
from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.sharing.model import Grounds, Selection, Summary
from jongerenwerk_desk.sharing.request_builder import build_request
from jongerenwerk_desk.sharing.summary import SummaryRefused, build_summary


@dataclass(frozen=True)
class PreparedDisclosure:
    """The worker's choices (``selection``, ``grounds``) under ``profile``, with the request
    built from the notebook, its ``assessment`` and the ``summary`` that would leave (None
    when the check blocks). ``identify_by_name``: full names instead of initials."""

    selection: Selection
    grounds: Grounds
    profile: CovenantProfile
    request: ShareRequest
    assessment: Assessment
    summary: Summary | None
    identify_by_name: bool = False

    @property
    def blocked(self) -> bool:
        """True when the legal check blocks this disclosure (there is no override)."""
        return self.assessment.blocked

    @property
    def today(self) -> dt.date:
        """The date the check was made for."""
        return self.request.today


def prepare_disclosure(nb: Notebook, selection: Selection, grounds: Grounds,
                       profile: CovenantProfile, today: dt.date, own_party: str, *,
                       identify_by_name: bool = False) -> PreparedDisclosure:
    """Build request, assessment and (unless blocked) summary from ``nb`` now.

    Pure reading. Raises SelectionError (``build_request``) for a selection that no longer
    fits the notebook, KeyError when a record vanished meanwhile. The check's rules:
    docs/legal-rules.md (Modelconvenant jeugdgroepenaanpak; AVG art. 5, 6, 9, 10, 14).
    """
    request = build_request(nb, selection, grounds, today, own_party)
    assessment = assess(profile, request, today)
    summary = None if assessment.blocked else build_summary(
        nb, request, assessment, profile, selection, identify_by_name=identify_by_name,
        shared_text=grounds.shared_text)
    return PreparedDisclosure(selection, grounds, profile, request, assessment, summary,
                              identify_by_name)


def check_unchanged(nb: Notebook, prepared: PreparedDisclosure) -> PreparedDisclosure:
    """Prepare ``prepared`` again from ``nb`` (same choices, profile, date and own party) and
    return the fresh one when it is the same; else raise SummaryRefused (Dutch): blocked
    now, a different request (the notebook changed since the check), a different verdict,
    or a different summary (changed since the preview; only the sender lines may differ,
    ``Summary.same_content``, so a sender filled in on the export page needs no new preview)."""
    fresh = prepare_disclosure(nb, prepared.selection, prepared.grounds, prepared.profile,
                               prepared.request.today, prepared.request.own_party,
                               identify_by_name=prepared.identify_by_name)
    if fresh.request != prepared.request:
        raise SummaryRefused("De gegevens in het notitieboek zijn gewijzigd sinds de toets "
                             "(bijvoorbeeld een toestemming, categorie of koppeling); doe de "
                             "toets opnieuw.")
    if fresh.blocked or fresh.summary is None:
        raise SummaryRefused("De toets blokkeert deze verstrekking; er wordt geen samenvatting "
                             "gemaakt.")
    if fresh.assessment.to_dict() != prepared.assessment.to_dict():
        raise SummaryRefused("De uitkomst van de toets is verouderd; voer de toets opnieuw uit.")
    previewed = prepared.summary
    if previewed is None or not fresh.summary.same_content(previewed):
        raise SummaryRefused("De gegevens zijn gewijzigd sinds de voorvertoning; bekijk de "
                             "samenvatting opnieuw.")
    return fresh
