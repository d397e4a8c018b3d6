"""Covenant profiles (TOML), share requests, and the pure legal check ``assess``.

Public API (contracts.md, "Covenant API")::

    load_profile(path) -> CovenantProfile          # ProfileError(problems) in Dutch
    builtin_profile("model" | "demo") -> CovenantProfile
    request_from_json(dict) -> ShareRequest        # RequestError(problems) in Dutch
    assess(profile, request, today) -> Assessment  # pure and deterministic
"""

from jongerenwerk_desk.covenant.model import (
    CATEGORY_KINDS,
    CONSENT_BY,
    GROUP_ONLY_STAGES,
    LEVELS,
    OUTCOME_ALLOWED,
    OUTCOME_BLOCKED,
    OUTCOME_WARNINGS,
    PARTY_ROLES,
    SEVERITIES,
    SEVERITY_BLOCK,
    SEVERITY_INFO,
    SEVERITY_WARN,
    SOURCES,
    STAGES,
    Assessment,
    Category,
    ConflictOfDuties,
    CovenantProfile,
    Finding,
    Item,
    Party,
    ProfileError,
    Purpose,
    RequestConsent,
    RequestError,
    ShareRequest,
    Subject,
)

__all__ = [
    "CATEGORY_KINDS", "CONSENT_BY", "GROUP_ONLY_STAGES", "LEVELS", "OUTCOME_ALLOWED",
    "OUTCOME_BLOCKED", "OUTCOME_WARNINGS", "PARTY_ROLES", "SEVERITIES", "SEVERITY_BLOCK",
    "SEVERITY_INFO", "SEVERITY_WARN", "SOURCES", "STAGES",
    "Assessment", "Category", "ConflictOfDuties", "CovenantProfile", "Finding", "Item", "Party",
    "ProfileError", "Purpose", "RequestConsent", "RequestError", "ShareRequest", "Subject",
]
