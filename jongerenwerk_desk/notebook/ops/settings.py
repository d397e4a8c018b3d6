"""Operations on notebook settings (``notebook.settings_keys``) and the covenant profile."""

from __future__ import annotations

from collections.abc import Mapping

from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.notebook.ops.changes import OpChanges, OpResult
from jongerenwerk_desk.notebook.settings_keys import SettingKey


def write_settings(nb: Notebook, values: Mapping[SettingKey, str | None]) -> OpResult[None]:
    """Set every key to its string value, or remove it when the value is None; one
    transaction. Audit: ``set``/``delete setting key=<key>`` (keys only, never values).
    Removing a key that is not set changes nothing."""
    written: list[SettingKey] = []
    with nb.transaction():
        for key, value in values.items():
            if value is None:
                if nb.settings.get(key.value) is None:
                    continue
                nb.settings.delete(key.value)
            else:
                nb.settings.set(key.value, value)
            written.append(key)
    return OpResult(None, OpChanges.of_settings(written))


def set_setting(nb: Notebook, key: SettingKey, value: str) -> OpResult[None]:
    """Set one key (see ``write_settings``)."""
    return write_settings(nb, {key: value})


def set_active_profile(nb: Notebook, profile_id: str, toml_text: str | None = None,
                       keep_toml: bool = False) -> OpResult[None]:
    """Make ``profile_id`` the notebook's covenant profile. ``toml_text``: an organisation's
    own profile (validated TOML) kept in the notebook; None removes a kept one unless
    ``keep_toml``. Audit: the keys written."""
    values: dict[SettingKey, str | None] = {SettingKey.ACTIVE_PROFILE: profile_id}
    if toml_text is not None:
        values[SettingKey.PROFILE_TOML] = toml_text
    elif not keep_toml:
        values[SettingKey.PROFILE_TOML] = None
    return write_settings(nb, values)
