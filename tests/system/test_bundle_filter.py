"""build.spec's name filter for Qt files, on the layouts of all three platforms (fast, no build).

CI builds only on Linux; these cases pin the decisions for the Windows and macOS layouts of
the PySide6 wheels too (``PySide6\\Qt6X.dll`` / ``QtX.framework``), so a change to the filter
that would ship QtQml on Windows or drop QtCore on macOS fails here. The filter section of
build.spec is executed on its own (between its "Qt binaries" and "Data files" markers).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

SPEC = Path(__file__).resolve().parents[2] / "build.spec"


@pytest.fixture(scope="module")
def keep():
    text = SPEC.read_text(encoding="utf-8")
    start = text.index("# --- Qt binaries, plugins and translations kept/dropped by name")
    end = text.index("# --- Data files")
    namespace: dict = {"os": os, "re": re}
    exec(compile(text[start:end], str(SPEC), "exec"), namespace)  # our own spec file
    return namespace["_keep"]


LINUX = [
    ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ("PySide6/Qt/lib/libQt6Gui.so.6", True),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/Qt/lib/libQt6DBus.so.6", True),
    ("PySide6/Qt/lib/libQt6Svg.so.6", True),
    ("PySide6/Qt/lib/libQt6XcbQpa.so.6", True),
    ("PySide6/Qt/lib/libQt6WaylandClient.so.6", True),
    ("PySide6/Qt/lib/libicudata.so.73", True),
    ("PySide6/QtWidgets.abi3.so", True),
    ("PySide6/Qt/lib/libQt6Qml.so.6", False),
    ("PySide6/Qt/lib/libQt6QuickWidgets.so.6", False),
    ("PySide6/Qt/lib/libQt6Network.so.6", False),
    ("PySide6/Qt/lib/libQt6OpenGL.so.6", False),
    ("PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6", False),
    ("PySide6/Qt/lib/libQt6WaylandCompositor.so.6", False),
    ("PySide6/QtNetwork.abi3.so", False),
    ("PySide6/libpyside6qml.abi3.so.6.12", False),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", False),
    ("PySide6/Qt/translations/qtbase_nl.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qt_nl.qm", False),
    ("PySide6/Qt/translations/qtdeclarative_nl.qm", False),
    ("PySide6/Qt/qml/QtQuick/qmldir", False),
    ("jongerenwerk_desk/resources/translations/shell_nl.qm", True),
    ("jongerenwerk_desk/resources/fonts/DejaVuSans.ttf", True),
    ("sqlcipher3/_sqlite3.cpython-311-x86_64-linux-gnu.so", True),
]
WINDOWS = [
    ("PySide6\\Qt6Core.dll", True),
    ("PySide6\\Qt6Widgets.dll", True),
    ("PySide6\\QtGui.pyd", True),
    ("PySide6\\Qt6Network.dll", False),
    ("PySide6\\Qt6Pdf.dll", False),
    ("PySide6\\Qt6WebEngineCore.dll", False),
    ("PySide6\\Qt6Quick.dll", False),
    ("PySide6\\QtQml.pyd", False),
    ("PySide6\\pyside6qml.abi3.dll", False),
    ("PySide6\\opengl32sw.dll", False),
    ("PySide6\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
    ("PySide6\\plugins\\imageformats\\qsvg.dll", True),
    ("PySide6\\plugins\\imageformats\\qjpeg.dll", False),
    ("PySide6\\translations\\qtbase_nl.qm", True),
    ("PySide6\\translations\\qtbase_fr.qm", False),
]
MACOS = [
    ("PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore", True),
    ("PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets", True),
    ("PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml", False),
    ("PySide6/Qt/lib/QtNetwork.framework/Resources/Info.plist", False),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
    ("PySide6/Qt/plugins/styles/libqmacstyle.dylib", True),
    ("PySide6/Qt/plugins/imageformats/libqtiff.dylib", False),
    ("PySide6/libpyside6qml.abi3.6.12.dylib", False),
]


@pytest.mark.parametrize(("dest", "kept"), LINUX + WINDOWS + MACOS)
def test_qt_file_is_kept_or_dropped(keep, dest: str, kept: bool) -> None:
    assert keep((dest, "/src/" + dest.replace("\\", "/"), "BINARY")) is kept


def test_links_follow_their_target(keep) -> None:
    assert keep(("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"))
    assert not keep(("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"))
