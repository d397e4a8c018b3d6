"""Operations on notebook settings (``notebook.settings_keys``) and the covenant profile."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime

from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.notebook.ops.changes import Kind, OpChanges, OpResult
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


def record_backup(nb: Notebook, made_at: datetime) -> OpResult[None]:
    """Record that a verified backup of this notebook was written at ``made_at`` (an aware
    datetime; stored as ISO 8601 in UTC under ``SettingKey.LAST_BACKUP``), for the backup
    reminder in the status bar. Raises ValueError for a naive datetime. Audit: ``set setting
    key=backup.last_made_at`` (no path, no content)."""
    if made_at.tzinfo is None:
        raise ValueError("het tijdstip van de reservekopie heeft geen tijdzone")
    return set_setting(nb, SettingKey.LAST_BACKUP,
                       made_at.astimezone(UTC).isoformat(timespec="seconds"))


def set_active_profile(nb: Notebook, profile_id: str, *, toml_text: str | None = None,
                       keep_toml: bool = False,
                       audit: tuple[str, str, str] | None = None) -> OpResult[None]:
    """Make ``profile_id`` the notebook's covenant profile. ``toml_text``: an organisation's
    own profile (validated TOML) kept in the notebook; None removes a kept one unless
    ``keep_toml``. Audit: the keys written, plus ``audit`` = (action, entity, detail) when
    given (e.g. the profile's id, version and number of signatures; never client data)."""
    values: dict[SettingKey, str | None] = {SettingKey.ACTIVE_PROFILE: profile_id}
    if toml_text is not None:
        values[SettingKey.PROFILE_TOML] = toml_text
    elif not keep_toml:
        values[SettingKey.PROFILE_TOML] = None
    with nb.transaction():
        result = write_settings(nb, values)
        if audit is not None:
            nb.audit.record(audit[0], audit[1], None, audit[2])
    return result


def fill_demo(nb: Notebook, today: date) -> OpResult[None]:
    """Fill an empty notebook with the fictional Voorbeeldstad demo (``notebook.demo``),
    dated relative to ``today``, and mark it as the demo (``SettingKey.DEMO``: exports say
    DEMO); one transaction."""
    from jongerenwerk_desk.notebook.demo import build_demo

    with nb.transaction():
        build_demo(nb, today)
        nb.settings.set(SettingKey.DEMO.value, "1")
    return OpResult(None, OpChanges.kinds_only(*Kind) | OpChanges.of_settings(SettingKey))
