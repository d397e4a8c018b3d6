"""Which covenant profile is active for a notebook (Qt-free; the UI only shows the answer).

A notebook's profile is chosen in the first-run wizard and stored encrypted inside it:
``SettingKey.ACTIVE_PROFILE`` and, for an organisation's own covenant, the validated TOML
text under ``SettingKey.PROFILE_TOML`` (``notebook.settings_keys``), so the profile travels
with the notebook and no path outside it is trusted. Without either, the built-in model
covenant applies. Writing the choice is ``notebook.ops.set_active_profile``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jongerenwerk_desk.covenant.model import CovenantProfile, ProfileError
from jongerenwerk_desk.covenant.profile import builtin_profile, parse_profile_bytes
from jongerenwerk_desk.notebook.settings_keys import SettingKey

if TYPE_CHECKING:
    from jongerenwerk_desk.notebook.notebook import Notebook


PROFILE_TOML: str = SettingKey.PROFILE_TOML.value


def active_profile(notebook: Notebook | None, *, demo: bool = False) -> CovenantProfile:
    """The notebook's covenant profile: its own TOML, else a built-in one by id, else the model.

    ``demo=True`` returns the demo profile (the fictional, signed covenant of Voorbeeldstad).
    A stored profile that no longer validates falls back to the model (never to "no checks").
    """
    if demo:
        return builtin_profile("demo")
    settings = getattr(notebook, "settings", None)
    if settings is None:
        return builtin_profile("model")
    raw = settings.get(SettingKey.PROFILE_TOML.value)
    if raw:
        try:
            return parse_profile_bytes(raw.encode("utf-8"), "notitieboek")
        except ProfileError:
            pass
    wanted = settings.get(SettingKey.ACTIVE_PROFILE.value)
    for name in ("model", "demo"):
        profile = builtin_profile(name)
        if wanted in (name, profile.id):
            return profile
    return builtin_profile("model")


def profile_text(raw: bytes) -> str:
    """The TOML text kept in the notebook for an own profile's validated bytes (UTF-8, a
    byte-order mark dropped)."""
    return raw.decode("utf-8-sig")
