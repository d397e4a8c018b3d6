"""Regression tests from the keyboard GUI test at 1366x768 (shell): the window fits the
screen, the passphrase field has the focus after Ctrl+L, the file dialog's labels are Dutch,
the key help knows the demo, "remember key" is disabled without a keyring, the strength bar
is coloured by score, the focus is clearly drawn, and the status bar's covenant name is
elided instead of running into status tips."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMainWindow

from jongerenwerk_desk.ui.services import FakeClock, FakePrompter, Services, TaskRunner
from jongerenwerk_desk.ui.shell import file_actions
from jongerenwerk_desk.ui.shell.clipboard import SecureClipboard
from jongerenwerk_desk.ui.shell.demo import DEMO_PASSPHRASE
from jongerenwerk_desk.ui.shell.i18n import install_translators
from jongerenwerk_desk.ui.shell.passphrase import METER_COLOURS, NewPassphraseDialog, color_meter
from jongerenwerk_desk.ui.shell.settings import GEOMETRY, AppSettings
from jongerenwerk_desk.ui.shell.window import FOCUS_COLOUR, ShellWindow
from tests.ui.shell_support import PASSPHRASE, MarkerView, make_notebook


@pytest.fixture(scope="module")
def notebook_file(tmp_path_factory):
    return make_notebook(tmp_path_factory.mktemp("usability") / "nb.jwdb")[0]


def _services() -> Services:
    clock = FakeClock()
    return Services(FakePrompter(), TaskRunner(), clock, SecureClipboard(clock))


def _window(qtbot, tmp_path, path=None, **kwargs) -> ShellWindow:
    win = ShellWindow(_services(), AppSettings(tmp_path / "s.ini"), path,
                      widget_factory=kwargs.pop("widget_factory", MarkerView), use_dbus=False,
                      **kwargs)
    qtbot.addWidget(win)
    return win


def _available():
    return QGuiApplication.primaryScreen().availableGeometry()


def test_first_start_fits_the_available_screen(qtbot, tmp_path) -> None:
    win = _window(qtbot, tmp_path)
    available = _available()
    assert win.width() <= min(1200, available.width() - 16)
    assert win.height() <= min(760, available.height() - 48)   # room for a title bar
    assert available.contains(win.geometry())


def test_saved_geometry_only_when_it_fits(qtbot, tmp_path) -> None:
    available = _available()
    big = QMainWindow()
    qtbot.addWidget(big)
    big.setGeometry(0, 0, available.width() + 600, available.height() + 400)  # other monitor
    settings = AppSettings(tmp_path / "s.ini")
    settings.set(GEOMETRY, bytes(big.saveGeometry().data()))
    win = ShellWindow(_services(), settings, None, use_dbus=False)
    qtbot.addWidget(win)
    assert win.width() < available.width() and win.height() < available.height()
    small = QMainWindow()
    qtbot.addWidget(small)
    small.setGeometry(available.x() + 20, available.y() + 40, 640, 420)
    settings.set(GEOMETRY, bytes(QByteArray(small.saveGeometry()).data()))
    win2 = ShellWindow(_services(), settings, None, use_dbus=False)
    qtbot.addWidget(win2)
    assert (win2.width(), win2.height()) == (640, 420)             # it fits: restored


def test_passphrase_field_has_the_focus_after_ctrl_l(qtbot, tmp_path, notebook_file) -> None:
    win = _window(qtbot, tmp_path, notebook_file)
    win.show()
    qtbot.waitExposed(win)
    win.start()
    assert win.focusWidget() is win.unlock_screen.secret
    with qtbot.waitSignal(win.notebook_opened, timeout=20_000):
        win.unlock_screen.secret.setText(PASSPHRASE)
        win.unlock_screen.submit()
    win.notebook_widget.editor.setFocus()
    QTest.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not win.is_unlocked
    qtbot.waitUntil(lambda: win.focusWidget() is win.unlock_screen.secret, timeout=2000)
    win.purge_deleted()
    QApplication.processEvents()
    assert win.focusWidget() is win.unlock_screen.secret            # typing goes there
    with qtbot.waitSignal(win.notebook_opened, timeout=20_000):
        QTest.keyClicks(win.focusWidget(), PASSPHRASE)
        QTest.keyClick(win.focusWidget(), Qt.Key.Key_Return)
    win.lock("test-end")


def test_demo_lock_screen_focuses_the_reopen_button(qtbot, tmp_path) -> None:
    win = _window(qtbot, tmp_path, tmp_path / "demo.jwdb", demo=True)
    win.unlock_screen.set_demo(lambda: None)
    win.show()
    qtbot.waitExposed(win)
    win.start()
    assert win.focusWidget() is win.unlock_screen.open_button


def test_file_dialog_labels_are_dutch(qapp) -> None:
    install_translators(qapp, "nl")
    try:
        dialog = QFileDialog(None, "Map kiezen")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        dialog.deleteLater()
        folder = QCoreApplication.translate("QAbstractFileIconProvider", "Folder",
                                            "All other platforms")   # the Type column
    finally:
        install_translators(qapp, "en")
    assert "&Look in:" not in texts and "Files of &type:" not in texts
    assert "&Zoeken in:" in texts and "Bestanden van &type:" in texts
    assert folder == "Map"


def test_key_help_in_the_demo_names_the_demo_passphrase(qtbot, tmp_path) -> None:
    win = _window(qtbot, tmp_path, demo=True)
    file_actions.explain_key(win)
    text = win.services.prompter.calls[-1].text
    assert "demo" in text and f'"{DEMO_PASSPHRASE}"' in text and "no recovery code" in text


def test_remember_key_disabled_without_a_keyring(qtbot, tmp_path, notebook_file) -> None:
    from jongerenwerk_desk.notebook import Notebook

    win = _window(qtbot, tmp_path, notebook_file)
    win.open_notebook(Notebook.open(notebook_file, passphrase=PASSPHRASE))
    win._keyring_probed((False, ""))
    assert not win.remember_action.isEnabled() and not win.forget_action.isEnabled()
    assert "no secure keyring" in win.remember_action.toolTip()
    win._keyring_probed((True, "GNOME-sleutelbos"))
    assert win.remember_action.isEnabled() and "keyring" not in win.remember_action.toolTip()
    win.lock("test-end")
    assert not win.remember_action.isEnabled()


def test_strength_bar_is_coloured_by_score(qtbot) -> None:
    dialog = NewPassphraseDialog(ask_current=False)
    qtbot.addWidget(dialog)
    dialog.first.setText("welkom")
    weak = dialog.meter.property("score")
    assert weak <= 1 and METER_COLOURS[weak] in dialog.meter.styleSheet()
    dialog.first.setText("paard batterij nietje correct 42 vlieger")
    strong = dialog.meter.property("score")
    assert strong >= 3 and METER_COLOURS[strong] in dialog.meter.styleSheet()
    assert METER_COLOURS[weak] != METER_COLOURS[strong]
    color_meter(dialog.meter, 9)                      # clamped
    assert dialog.meter.value() == 4


def test_focused_table_is_drawn_with_a_clear_frame(qtbot, tmp_path, notebook_file) -> None:
    win = _window(qtbot, tmp_path, notebook_file)
    win.resize(800, 600)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.notebook_opened, timeout=20_000):
        win.unlock_screen.secret.setText(PASSPHRASE)
        win.unlock_screen.submit()
    table = win.notebook_widget.table
    win.notebook_widget.editor.setFocus()
    QApplication.processEvents()
    unfocused = table.grab().toImage().pixelColor(0, table.height() // 2).name()
    table.setFocus()
    QApplication.processEvents()
    focused = table.grab().toImage().pixelColor(0, table.height() // 2).name()
    assert focused == FOCUS_COLOUR and unfocused != FOCUS_COLOUR
    win.lock("test-end")


def test_status_tip_does_not_run_into_the_covenant_name(qtbot, tmp_path, notebook_file) -> None:
    win = _window(qtbot, tmp_path, notebook_file)
    win.resize(1000, 600)
    win.show()
    with qtbot.waitSignal(win.notebook_opened, timeout=20_000):
        win.unlock_screen.secret.setText(PASSPHRASE)
        win.unlock_screen.submit()
    label = win.profile_label
    long_title = "Convenant " + "jeugdgroepenaanpak " * 12
    label.set_full_text(long_title)
    QApplication.processEvents()
    assert label.width() <= win.width() * 0.45 + 1
    assert label.geometry().right() <= win.statusBar().width()        # inside, not cut off
    assert win.key_label.geometry().right() < label.geometry().left()  # no overlap
    assert label.toolTip() == long_title and label.full_text() == long_title
    win.lock("test-end")
