"""Language: our Dutch .qm files plus Qt's own ``qtbase_nl.qm``, and a Qt message handler.

Dutch is the default; English means no translators (source strings are English).
Every ``resources/translations/*_nl.qm`` is loaded (one per UI part: shell, views, wizard,
selftest), so built-in buttons read "Annuleren", "Volgende", "Voltooien" through qtbase_nl.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)

from jongerenwerk_desk.paths import resource_path

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str = "nl") -> list[str]:
    """Install the translators for ``language`` ("nl" or "en"); returns the loaded file names.

    Previously installed translators of this module are removed first. Missing files are
    skipped (the i18n test makes sure they exist in a build).
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language != "nl":
        return []     # English texts; dates and numbers keep the system's locale
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    files = sorted(resource_path("translations").glob("*_nl.qm"))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = []
    for path in [*files, os.path.join(qt_dir, "qtbase_nl.qm")]:
        translator = QTranslator(app)
        if translator.load(str(path)) and app.installTranslator(translator):
            _installed.append(translator)
            loaded.append(os.path.basename(str(path)))
    return loaded


_LEVELS = {QtMsgType.QtWarningMsg: "waarschuwing", QtMsgType.QtCriticalMsg: "fout",
           QtMsgType.QtFatalMsg: "fatale fout"}


def qt_message_handler(mode: QtMsgType, context, message: str) -> None:
    """Report Qt warnings WITHOUT their text: it can quote widget text (client data).

    Debug and info messages are dropped. Warnings and errors are written to stderr as level and
    category only. Developers set ``JWD_QT_MESSAGES=1`` to see full texts (never on a
    production laptop: the text may contain what is on screen).
    """
    if os.environ.get("JWD_QT_MESSAGES") == "1":
        sys.stderr.write(f"Qt: {message}\n")
        return
    level = _LEVELS.get(mode)
    if level is None:
        return
    category = getattr(context, "category", None) or "default"
    sys.stderr.write(f"Qt-{level} ({category}); tekst weggelaten.\n")


def install_message_handler():
    """Route Qt's messages through :func:`qt_message_handler`; returns the previous handler
    (pass it to ``qInstallMessageHandler`` to restore)."""
    return qInstallMessageHandler(qt_message_handler)
