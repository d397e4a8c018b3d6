"""One typed registry of the app's settings (QSettings) and their defaults.

QSettings holds ONLY: window geometry, UI language, idle-lock minutes and the path of the last
notebook file. Never anything about a person: names, signal text, search terms, exported file
names stay inside the encrypted notebook. The notebook path is kept because it names the
worker's own file (chosen once, usually the default ``notitieboek.jwdb``) and saves a file
dialog at every start; paths under the temporary directory (the demo) are never stored.
The file is an INI file in :func:`jongerenwerk_desk.paths.config_dir` (readable by the user,
so the leak tests can scan it).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from jongerenwerk_desk.paths import config_dir


@dataclass(frozen=True)
class Option:
    """A setting: QSettings ``key``, Python ``type`` and ``default``; ints clamped to [lo, hi]."""

    key: str
    type: type
    default: Any
    lo: int | None = None
    hi: int | None = None


GEOMETRY = Option("window/geometry", bytes, b"")
LANGUAGE = Option("ui/language", str, "nl")
IDLE_MINUTES = Option("lock/idle_minutes", int, 5, lo=1, hi=120)
LAST_NOTEBOOK = Option("notebook/last_path", str, "")
OPTIONS = (GEOMETRY, LANGUAGE, IDLE_MINUTES, LAST_NOTEBOOK)
LANGUAGES = ("nl", "en")


class AppSettings:
    """Typed access to the options above. ``path`` defaults to ``config_dir()/settings.ini``."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "settings.ini"
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, option: Option) -> Any:
        """Return the stored value converted to ``option.type``, or the default when unusable."""
        raw = self._qs.value(option.key, None)
        if raw is None:
            return option.default
        try:
            if option.type is bytes:
                value = bytes(raw.data() if isinstance(raw, QByteArray) else raw)
            else:
                value = option.type(raw)
        except (TypeError, ValueError):
            return option.default
        if option.lo is not None and value < option.lo:
            return option.lo
        if option.hi is not None and value > option.hi:
            return option.hi
        if option is LANGUAGE and value not in LANGUAGES:
            return option.default
        return value

    def set(self, option: Option, value: Any) -> None:
        """Store ``value`` (bytes as QByteArray) and flush to disk."""
        if option.type is bytes:
            value = QByteArray(bytes(value))
        self._qs.setValue(option.key, value)
        self._qs.sync()

    def remember_notebook(self, path: Path) -> None:
        """Store the last notebook path, unless it lies in the temporary directory (demo)."""
        resolved = Path(path).resolve()
        if resolved.is_relative_to(Path(tempfile.gettempdir()).resolve()):
            return
        self.set(LAST_NOTEBOOK, str(resolved))

    def last_notebook(self) -> Path | None:
        """The last notebook path, or None."""
        value = self.get(LAST_NOTEBOOK)
        return Path(value) if value else None

    def keys(self) -> list[str]:
        """Every key present in the file (for the leak tests)."""
        return list(self._qs.allKeys())

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._qs.sync()
