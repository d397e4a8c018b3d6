"""How the shell describes the active covenant profile.

Which profile is active is decided in ``sharing/profile_choice.py`` (Qt-free);
``active_profile`` and ``PROFILE_TOML`` are re-exported here for the shell.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jongerenwerk_desk.covenant.model import CovenantProfile
from jongerenwerk_desk.sharing.profile_choice import PROFILE_TOML, active_profile

__all__ = ["PROFILE_TOML", "active_profile", "describe_profile", "status_text"]

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


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
