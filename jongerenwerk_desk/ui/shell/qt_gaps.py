"""Dutch for the few Qt strings that Qt's own ``qtbase_nl.qm`` lacks.

Qt 6 labels its non-native file dialog "&Look in:" and "Files of &type:" (with mnemonics),
while ``qtbase_nl.qm`` only translates the older "Look in:" / "Files of type:" texts, so the
folder and file choosers showed English labels in a Dutch program. lupdate collects the
strings below into ``shell_nl.ts`` in Qt's own contexts; because our translators are
installed after ``qtbase_nl.qm`` (see ``i18n.install_translators``) they are consulted first.
Nothing here is called at run time: the list only feeds lupdate and the tests.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text", "comment")

#: (context, English source) pairs Qt asks for and qtbase_nl.qm does not answer.
QT_GAPS = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive")),
)


def qt_gaps_with_comment() -> tuple[str, ...]:
    """Strings Qt asks for with a disambiguation (lupdate reads these calls; the file
    dialog's Type column says "Folder" for every folder)."""
    return (translate("QAbstractFileIconProvider", "Folder", "All other platforms"),)
