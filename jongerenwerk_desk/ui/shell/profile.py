"""Which covenant profile is active for a notebook, and how the shell describes it.

A notebook's profile is chosen in the first-run wizard and stored encrypted inside it:
``covenant.active_profile_id`` (notebook.schema) and, for an organisation's own covenant, the
validated TOML bytes under :data:`PROFILE_TOML`, so the profile travels with the notebook and
no path outside it is trusted. Without either, the built-in model covenant applies.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jongerenwerk_desk.covenant.model import CovenantProfile, ProfileError
from jongerenwerk_desk.covenant.profile import builtin_profile

PROFILE_TOML = "covenant.profile_toml"


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def store_profile(notebook, raw: bytes) -> None:
    """Keep an own covenant profile (validated TOML bytes, UTF-8) in the notebook."""
    notebook.settings.set(PROFILE_TOML, raw.decode("utf-8-sig"))


def active_profile(notebook, *, demo: bool = False) -> CovenantProfile:
    """The notebook's covenant profile: its own TOML, else a built-in one by id, else the model.

    ``demo=True`` returns the demo profile (the fictional, signed covenant of Voorbeeldstad).
    A stored profile that no longer validates falls back to the model (never to "no checks").
    """
    if demo:
        return builtin_profile("demo")
    from jongerenwerk_desk.covenant.profile import parse_profile_bytes
    from jongerenwerk_desk.notebook.schema import SETTING_ACTIVE_PROFILE

    settings = getattr(notebook, "settings", None)
    if settings is None:
        return builtin_profile("model")
    raw = settings.get(PROFILE_TOML)
    if raw:
        try:
            return parse_profile_bytes(raw.encode("utf-8"), "notitieboek")
        except ProfileError:
            pass
    wanted = settings.get(SETTING_ACTIVE_PROFILE)
    for name in ("model", "demo"):
        profile = builtin_profile(name)
        if wanted in (name, profile.id):
            return profile
    return builtin_profile("model")


def describe_profile(profile: CovenantProfile) -> str:
    """One paragraph for the user: title, version, and what "unsigned" means if it applies."""
    head = (
        translate("Profile", "%1, version %2.")
        .replace("%1", profile.title)
        .replace("%2", profile.version)
    )
    unsigned = profile.unsigned_parties()
    if len(unsigned) == len(profile.parties):
        return (
            head
            + " "
            + translate(
                "Profile",
                "This is the national model: nobody has signed it. Every share check will refuse "
                "until your organisation records its own signature and those of the partners, or "
                "imports the covenant your municipality actually signed. Until then you can keep "
                "your notebook, but not share under the covenant.",
            )
        )
    if unsigned:
        return (
            head
            + " "
            + translate(
                "Profile", "Not signed (yet) by: %1. Sharing with them is refused."
            ).replace("%1", ", ".join(p.name for p in unsigned))
        )
    return head + " " + translate("Profile", "Signed by every party.")


def status_text(profile: CovenantProfile) -> str:
    """Short status-bar text: ``Covenant: <title> <version>`` plus "(unsigned)" when it applies."""
    text = (
        translate("Profile", "Covenant: %1 %2")
        .replace("%1", profile.title)
        .replace("%2", profile.version)
    )
    if profile.unsigned_parties():
        text += " " + translate("Profile", "(not signed by all parties)")
    return text
