"""The one place that knows where packaged resources and per-user directories live.

Resources come from the installed package (``jongerenwerk_desk.resources``, mapped from the
top-level ``resources/`` folder), from the source tree, or from a PyInstaller bundle
(``sys._MEIPASS``). No other module may test for a frozen bundle.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from jongerenwerk_desk import APP_ID


def resource_dir() -> Path:
    """Return the directory holding packaged resources (covenants/, translations/, icons/, demo/).

    Raises FileNotFoundError when no resource directory can be found (a broken install).
    """
    frozen_base = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_base:
        candidates.append(Path(frozen_base) / "jongerenwerk_desk" / "resources")
    try:
        import jongerenwerk_desk.resources as res_pkg  # type: ignore[import-not-found,unused-ignore]

        candidates.extend(Path(p) for p in getattr(res_pkg, "__path__", []))
    except ImportError:
        pass
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    for candidate in candidates:
        if (candidate / "__init__.py").is_file() or (candidate / "covenants").is_dir():
            return candidate
    raise FileNotFoundError("resources not found in " + ", ".join(str(c) for c in candidates))


def resource_path(*parts: str) -> Path:
    """Return the path of a packaged resource, e.g. ``resource_path("covenants", "model.toml")``."""
    return resource_dir().joinpath(*parts)


def data_dir() -> Path:
    """Per-user data directory for notebooks (platformdirs' user data dir); not created here.

    On Windows the local one (``%LOCALAPPDATA%``, ``roaming=False``): a notebook must never
    roam to a profile server with a roaming profile.
    """
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=False))


def config_dir() -> Path:
    """Per-user config directory (QSettings lives here; never client data). Local on Windows."""
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False, roaming=False))


def default_notebook_path() -> Path:
    """Default location of the user's notebook file."""
    return data_dir() / "notitieboek.jwdb"
