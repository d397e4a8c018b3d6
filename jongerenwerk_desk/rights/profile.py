"""The notebook's active covenant profile, without Qt (for ``rights`` and the CLI).

The same rule as the app's shell (``ui/shell/profile.py``): an organisation's own covenant kept
as validated TOML inside the notebook (setting ``covenant.profile_toml``), else a built-in
profile by the id in ``covenant.active_profile_id``, else the national model. A stored profile
that no longer validates falls back to the model, never to "no rules".
"""

from __future__ import annotations

from typing import Any

from jongerenwerk_desk.covenant.model import CovenantProfile, ProfileError
from jongerenwerk_desk.covenant.profile import builtin_profile, parse_profile_bytes
from jongerenwerk_desk.notebook.schema import SETTING_ACTIVE_PROFILE

PROFILE_TOML = "covenant.profile_toml"
"""Notebook setting holding an own covenant profile (the shell writes it, see above)."""


def active_profile(nb: Any) -> CovenantProfile:
    """The covenant profile that applies to notebook ``nb`` (see the module docstring).

    Never raises for a broken stored profile (falls back to the model covenant).
    """
    raw = nb.settings.get(PROFILE_TOML)
    if raw:
        try:
            return parse_profile_bytes(str(raw).encode("utf-8"), "notitieboek")
        except ProfileError:
            pass
    wanted = nb.settings.get(SETTING_ACTIVE_PROFILE)
    for name in ("model", "demo"):
        profile = builtin_profile(name)
        if wanted in (name, profile.id):
            return profile
    return builtin_profile("model")
