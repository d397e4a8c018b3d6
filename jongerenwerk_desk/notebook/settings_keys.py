"""The one table of notebook-wide settings keys (table ``settings``, stored encrypted).

Every key the app reads or writes in ``nb.settings`` is a member of :class:`SettingKey`; code
uses the member, never a bare string. App-wide preferences of this computer (window geometry,
language, idle minutes) are not here: they live in QSettings (``ui/shell/settings.py``) and
never hold client data.
"""

from __future__ import annotations

from enum import StrEnum


class SettingKey(StrEnum):
    """Keys of ``nb.settings``; each value is a string as stored."""

    ORGANISATION_NAME = "organisation.name"
    """The worker's organisation, as typed in the first-run wizard."""
    OWN_PARTY = "organisation.party_id"
    """Party id (in the covenant profile) of the worker's own organisation."""
    ACTIVE_PROFILE = "covenant.active_profile_id"
    """Id of the covenant profile in force ("model", "demo" or an own profile's id)."""
    PROFILE_TOML = "covenant.profile_toml"
    """An organisation's own covenant profile: the validated TOML text (UTF-8)."""
    SIGNATURES = "covenant.signatures_recorded"
    """Reserved: signatures recorded for the active profile."""
    DEMO = "notebook.demo"
    """"1" in the fictional demo notebook (exports are marked DEMO)."""
    SENDER_NAME = "sender.name"
    """The worker's name, printed as the sender on every export."""
    SENDER_CONTACT = "sender.contact"
    """How recipients reach the worker (phone or e-mail), printed on every export."""
    EXPORT_FOLDER = "export.folder"
    """The folder of the last export, offered again next time (kept in the notebook: a folder
    name can carry a client's name, so it never goes to QSettings)."""
    REGISTER_HEAD = "register.head"
    """Head anchor of the disclosure register (JSON: id, hash, count); written only by
    ``notebook.disclosures``."""
    RETENTION_AFTER_STEP7 = "retention.after_step7_months"
    """Months after a group entered step 7 (afschalen) until its items are due (default 6)."""
    RETENTION_AGE_LIMIT = "retention.age_limit_years"
    """Age in years from which a young person's data is due (default 23; "0" = off)."""
    RETENTION_MAX_MONTHS = "retention.max_months"
    """The organisation's maximum retention in months; caps the covenant's period."""
    LAST_BACKUP = "backup.last_made_at"
    """When the app or the CLI last wrote a verified backup of this notebook: an ISO 8601
    moment in UTC (``2026-12-03T15:30:00+00:00``); absent when none was made yet."""
