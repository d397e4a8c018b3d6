"""Covenant profiles (TOML), share requests, and the pure legal check ``assess``.

Public API (rules: docs/legal-rules.md)::

    load_profile(path) -> CovenantProfile          # ProfileError(problems) in Dutch
    builtin_profile("model" | "demo") -> CovenantProfile
    request_from_json(dict) -> ShareRequest        # RequestError(problems) in Dutch
    assess(profile, request, today) -> Assessment  # pure and deterministic
    record_signatures(profile, {party_id: date}) -> CovenantProfile
    write_profile(profile, path); profile_to_toml(profile) -> str
    ProfileStore(directory).import_profile(path) / .save(profile) / .list_profiles() / .get(id)
"""

from jongerenwerk_desk.covenant.check import assess
from jongerenwerk_desk.covenant.codes import BLOCK_CODES, CODES, SEVERITY_OVERRIDABLE, basis_text
from jongerenwerk_desk.covenant.consent import (
    ConsentCheck,
    check_consent,
    consent_defects,
    required_givers,
)
from jongerenwerk_desk.covenant.dates import (
    age_on,
    distinct_words,
    is_older_than,
    known_age,
    months_before,
    non_blank_len,
    passes_justification,
)
from jongerenwerk_desk.covenant.governance import (
    GovernanceWarning,
    ProfileReview,
    review_profile,
)
from jongerenwerk_desk.covenant.model import (
    CATEGORY_KINDS,
    CONFIDER_SCOPE,
    CONSENT_BY,
    CONSULTED_ROLES,
    DEFAULT_INFORM_EXCEPTION_GROUNDS,
    DEFAULT_ROUTES,
    GROUP_ONLY_STAGES,
    LEVELS,
    OUTCOME_ALLOWED,
    OUTCOME_BLOCKED,
    OUTCOME_WARNINGS,
    PARTY_ROLES,
    PURPOSE_KINDS,
    SCREENING_KINDS,
    SEVERITIES,
    SEVERITY_BLOCK,
    SEVERITY_INFO,
    SEVERITY_WARN,
    SOURCES,
    STAGES,
    Assessment,
    Category,
    ConfiderConsent,
    ConflictOfDuties,
    CovenantProfile,
    EarlierDisclosure,
    Finding,
    InformException,
    InformExceptionGround,
    Item,
    Party,
    ProfileError,
    Purpose,
    Refusal,
    RequestConsent,
    RequestError,
    Route,
    ShareRequest,
    Subject,
    VitalInterest,
)
from jongerenwerk_desk.covenant.profile import (
    BUILTIN_PROFILES,
    builtin_profile,
    load_profile,
    parse_profile,
    parse_profile_bytes,
)
from jongerenwerk_desk.covenant.request import request_from_json, request_to_json
from jongerenwerk_desk.covenant.store import (
    ProfileStore,
    StoredProfile,
    approve_profile,
    profile_to_toml,
    record_signature,
    record_signatures,
    write_profile,
)

__all__ = [
    "assess", "BLOCK_CODES", "CODES", "SEVERITY_OVERRIDABLE", "basis_text", "ConsentCheck",
    "check_consent", "consent_defects", "required_givers",
    "age_on", "known_age", "is_older_than", "months_before", "non_blank_len",
    "distinct_words", "passes_justification",
    "CONFIDER_SCOPE", "CONSULTED_ROLES", "DEFAULT_INFORM_EXCEPTION_GROUNDS", "DEFAULT_ROUTES",
    "PURPOSE_KINDS", "SCREENING_KINDS", "ConfiderConsent", "EarlierDisclosure",
    "InformException", "InformExceptionGround", "Refusal", "Route", "VitalInterest",
    "BUILTIN_PROFILES", "builtin_profile", "load_profile", "parse_profile", "parse_profile_bytes",
    "request_from_json", "request_to_json",
    "ProfileStore", "StoredProfile", "profile_to_toml", "record_signature", "record_signatures",
    "write_profile", "approve_profile", "GovernanceWarning", "ProfileReview", "review_profile",
    "CATEGORY_KINDS", "CONSENT_BY", "GROUP_ONLY_STAGES", "LEVELS", "OUTCOME_ALLOWED",
    "OUTCOME_BLOCKED", "OUTCOME_WARNINGS", "PARTY_ROLES", "SEVERITIES", "SEVERITY_BLOCK",
    "SEVERITY_INFO", "SEVERITY_WARN", "SOURCES", "STAGES",
    "Assessment", "Category", "ConflictOfDuties", "CovenantProfile", "Finding", "Item", "Party",
    "ProfileError", "Purpose", "RequestConsent", "RequestError", "ShareRequest", "Subject",
]
