"""Is there a screen to show windows on? Checked before a QApplication is created.

Without a display Qt's xcb/wayland plug-in prints English text and aborts the process
(SIGABRT, exit 134) from inside the QApplication constructor, which Python cannot catch. On
Linux (and other X11/Wayland systems; not Windows or macOS, which always have their own
platform) we therefore look first: when ``QT_QPA_PLATFORM`` is unset or empty and neither
``DISPLAY`` nor ``WAYLAND_DISPLAY`` is set, there is no display and the caller stops with a
Dutch message instead. An explicit ``QT_QPA_PLATFORM`` (e.g. ``offscreen`` for tests) is
trusted; the self-test checks the plug-in file itself.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

NO_DISPLAY_MESSAGE = (
    "Geen beeldscherm gevonden (DISPLAY/WAYLAND_DISPLAY ontbreekt). Start de app in een "
    "grafische sessie, of gebruik QT_QPA_PLATFORM=offscreen voor tests."
)


def missing_display(environ: Mapping[str, str] | None = None,
                    platform: str | None = None) -> bool:
    """True when a QApplication would find no display (see module docstring).

    ``environ`` defaults to ``os.environ``, ``platform`` to ``sys.platform``; both are
    parameters for tests. Windows ("win32") and macOS ("darwin") never miss a display.
    """
    env = os.environ if environ is None else environ
    plat = sys.platform if platform is None else platform
    if plat.startswith(("win", "darwin", "cygwin")):
        return False
    if (env.get("QT_QPA_PLATFORM") or "").strip():
        return False
    return not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))
