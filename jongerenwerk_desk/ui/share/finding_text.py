"""What the check page says about a finding, in words the youth worker recognises.

The finding messages of ``covenant.check`` serve the CLI too and therefore name request ids
(``S3-P1``, ``P4-rol``, subject ``P2``) and ISO dates; the wizard knows the notebook, so it
shows a short Dutch title per code (the code itself only in a tooltip) and replaces every id by
its label (initials + year of birth for a young person, signal date + category title for an
item) and every ISO date by dd-mm-jjjj. Labels never hold full names (screenshots of findings
happen)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def code_titles() -> dict[str, str]:
    """code -> short title (translated), for every code of covenant.codes.CODES."""
    return {
        "COVENANT_INACTIVE":
            translate("ShareCodes", "Covenant not in force"),
        "OWN_PARTY_NOT_SIGNATORY":
            translate("ShareCodes", "Your organisation has not signed"),
        "RECIPIENT_NOT_SIGNATORY":
            translate("ShareCodes", "Recipient has not signed"),
        "PURPOSE_UNKNOWN":
            translate("ShareCodes", "Purpose not in the covenant"),
        "PURPOSE_STAGE_MISMATCH":
            translate("ShareCodes", "Purpose does not fit this step"),
        "RECIPIENT_NOT_FOR_PURPOSE":
            translate("ShareCodes", "Recipient not allowed for this purpose"),
        "PERSONAL_DATA_AT_GROUP_STAGE":
            translate("ShareCodes", "Personal data where only group data may go"),
        "CATEGORY_NOT_ALLOWED":
            translate("ShareCodes", "Kind of information not allowed for this purpose"),
        "SPECIAL_CATEGORY":
            translate("ShareCodes", "Special category without a ground"),
        "CRIMINAL_DATA":
            translate("ShareCodes", "Criminal data"),
        "CONFIDENCE_WITHOUT_GROUND":
            translate("ShareCodes", "Told in confidence, no ground to share"),
        "INFORMANT_IDENTIFIABLE":
            translate("ShareCodes", "Informant can be recognised"),
        "NECESSITY_MISSING":
            translate("ShareCodes", "Necessity not explained"),
        "SUBSIDIARITY_MISSING":
            translate("ShareCodes", "Lighter means not weighed"),
        "RETENTION_EXPIRED":
            translate("ShareCodes", "Retention period has passed"),
        "CONSENT_INVALID":
            translate("ShareCodes", "Consent does not count"),
        "SUBJECT_NOT_INFORMED":
            translate("ShareCodes", "Not informed"),
        "AGE_UNKNOWN":
            translate("ShareCodes", "Age unknown"),
        "UNVERIFIED_IMPRESSION":
            translate("ShareCodes", "Impression, not an established fact"),
        "STALE_ITEM":
            translate("ShareCodes", "Old information"),
        "FREE_TEXT":
            translate("ShareCodes", "Free text: read it first"),
        "PERSONAL_CIRCUMSTANCES":
            translate("ShareCodes", "Personal circumstances"),
        "SPECIAL_CATEGORY_EXCEPTION":
            translate("ShareCodes", "Special category on an exception"),
        "CONFLICT_OF_DUTIES_USED":
            translate("ShareCodes", "Conflict of duties invoked"),
        "MINOR":
            translate("ShareCodes", "Minor"),
        "INFORM_EXCEPTION_USED":
            translate("ShareCodes", "Not informed, reason recorded"),
        "VITAL_INTEREST_INVALID":
            translate("ShareCodes", "Vital interest does not count"),
        "PARTNER_DATA":
            translate("ShareCodes", "Heard from a partner"),
        "CATEGORY_SUSPECTED":
            translate("ShareCodes", "Text suggests another kind of information"),
        "CORRECTION_NOT_COVERED":
            translate("ShareCodes", "Correction does not match the earlier disclosure"),
        "SMALL_GROUP":
            translate("ShareCodes", "Small group: members can be recognised"),
        "ROUTES_OUTSIDE_OVERLEG":
            translate("ShareCodes", "Other routes outside the meeting"),
    }


def code_title(code: str) -> str:
    """The short title of ``code``; a generic title for a code this table does not know."""
    return code_titles().get(code, translate("ShareCodes", "Finding"))


def readable_message(message: str, request, labeller) -> str:
    """``message`` with each item and subject id of ``request`` replaced by its label (in
    quotes for items) and ISO dates written dd-mm-jjjj.

    ``labeller``: a :class:`~jongerenwerk_desk.ui.share.labels.Labeller`. Ids are matched as
    whole tokens (``S3`` never matches inside ``S3-P1``); longest first. The profile's ids
    after a party, purpose or category title (``'Openbaar Ministerie' (om)``) are dropped:
    the worker reads names, never ids.
    """
    message = _without_profile_ids(message, getattr(labeller, "profile", None))
    names: dict[str, str] = {}
    for item in request.items:
        names[item.id] = f"‘{labeller.item(item)}’"
    for subject in request.subjects:
        names.setdefault(subject.id, labeller.subject(subject.id))
    if names:
        pattern = re.compile(r"(?<![\w-])(" + "|".join(
            re.escape(k) for k in sorted(names, key=len, reverse=True)) + r")(?![\w-])")
        message = pattern.sub(lambda m: names[m.group(1)], message)
    return _ISO_DATE.sub(lambda m: f"{m.group(3)}-{m.group(2)}-{m.group(1)}", message)


def _without_profile_ids(message: str, profile) -> str:
    """Drop `` (id)`` after a quoted party name, purpose title or category title."""
    if profile is None:
        return message
    titled = [*((p.name, p.id) for p in profile.parties),
              *((p.title, p.id) for p in profile.purposes),
              *((c.title, c.id) for c in profile.categories)]
    for title, ident in titled:
        message = message.replace(f"'{title}' ({ident})", f"‘{title}’")
    return message
