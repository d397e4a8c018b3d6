"""No typed passphrase character reaches assistive technology.

Two levels: (1) a real screen-reader channel — Qt's AT-SPI bridge on a private D-Bus session
under Xvfb, listened to like Orca does (``tests/ui/atspi_probe.py``); a plain password
``QLineEdit`` is the control that shows the listener hears typed characters; (2) in process,
every password field of the app is a ``SecretField``, Qt's own copy of its text and every
accessible text of its ``QAccessibleInterface`` hold only mask characters, and editing
(typing, deleting, selecting, pasting) keeps the typed text right.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from jongerenwerk_desk.ui.secret_field import MASK, PassphraseDialog, SecretField
from jongerenwerk_desk.ui.services import Services
from jongerenwerk_desk.ui.shell.passphrase import NewPassphraseDialog
from jongerenwerk_desk.ui.shell.unlock import UnlockWidget
from tests.ui.a11y_support import MARKER, type_text

ROOT = Path(__file__).resolve().parents[2]
ATSPI_TOOLS = ("dbus-run-session", "xvfb-run")


def _has_atspi() -> bool:
    try:
        import jeepney  # noqa: F401
    except ImportError:
        return False
    return all(shutil.which(t) for t in ATSPI_TOOLS) and Path("/usr/libexec/at-spi-bus-launcher") \
        .exists()


@pytest.mark.skipif(not _has_atspi(), reason="needs dbus-run-session, xvfb-run, AT-SPI, jeepney")
def test_screen_reader_events_never_carry_a_typed_character(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT), HOME=str(tmp_path),
               XDG_RUNTIME_DIR=str(tmp_path))
    run = subprocess.run(
        ["dbus-run-session", "--", "xvfb-run", "-a", sys.executable,
         str(ROOT / "tests" / "ui" / "atspi_probe.py")],
        capture_output=True, text=True, timeout=180, env=env, cwd=ROOT)
    lines = [line for line in run.stdout.splitlines() if line.startswith("{")]
    assert run.returncode == 0 and lines, run.stderr[-2000:]
    result = json.loads(lines[-1])
    assert result["active"], "Qt's AT-SPI bridge did not switch on"
    heard = result["heard"]
    # the control: a plain password QLineEdit leaks every character to the screen reader
    control = "".join(heard["control"])
    assert all(ch in control for ch in MARKER)
    fields = [name for name in heard if ":" not in name and name != "control"]
    assert fields == ["bare", "unlock", "change_current", "change_new", "prompt"]
    for name in fields:
        said = "".join(s for s in heard[name] if not s.startswith("@"))
        assert MASK in said, f"{name}: the listener heard no edits at all"
        assert not set(said) & set(MARKER), f"{name} leaked {set(said) & set(MARKER)}"
        # typed, deleted two, cleared all, pasted, typed: the field kept what was typed
        assert heard[name + ":typed"] == [MARKER * 2], name
    # a refused passphrase is announced at once (AT-SPI Announcement), not only shown
    after_refusal = heard["announce:unlock"]
    spoken = after_refusal[after_refusal.index("@Announcement") + 1:]
    assert any(s.startswith("Wrong passphrase.") for s in spoken[:4]), after_refusal


def _accessible_texts(widget) -> list[str]:
    iface = QAccessible.queryAccessibleInterface(widget)
    out = [iface.text(t) for t in (QAccessible.Text.Name, QAccessible.Text.Value,
                                   QAccessible.Text.Description, QAccessible.Text.Help)]
    text_iface = iface.textInterface()
    if text_iface is not None:
        count = text_iface.characterCount()
        out.append(text_iface.text(0, count))
        out.extend(text_iface.text(pos, pos + 1) for pos in range(count))
    return out


def _assert_masked(field, expected: str) -> None:
    assert isinstance(field, SecretField)
    assert field.echoMode() == QLineEdit.EchoMode.Password
    assert field.text() == expected
    assert QLineEdit.text(field) == MASK * len(expected)      # what Qt itself holds
    assert QLineEdit.displayText(field) != expected or not expected
    for said in _accessible_texts(field):
        assert not set(said) & set(MARKER), said


def _edit_like_a_user(qtbot, field) -> None:
    field.setFocus()
    type_text(field, MARKER)
    _assert_masked(field, MARKER)
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    QTest.keyClick(field, Qt.Key.Key_Home)
    QTest.keyClick(field, Qt.Key.Key_Delete)
    _assert_masked(field, MARKER[1:-1])
    QTest.keyClick(field, Qt.Key.Key_End)
    QTest.keyClick(field, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    type_text(field, "é")                     # replaces the selection
    _assert_masked(field, MARKER[1:-2] + "é")
    QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # undo is off
    _assert_masked(field, MARKER[1:-2] + "é")
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    _assert_masked(field, "")
    QGuiApplication.clipboard().setText(MARKER + "\n")
    QTest.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QGuiApplication.clipboard().clear()
    _assert_masked(field, MARKER)              # pasted as one line
    QTest.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == ""      # never copied out


def test_unlock_and_change_dialog_fields_hold_only_the_mask(qtbot, qapp, tmp_path):
    screen = UnlockWidget(Services.for_tests(), tmp_path / "nb.jwdb")
    qtbot.addWidget(screen)
    screen.show()
    _edit_like_a_user(qtbot, screen.secret)
    dialog = NewPassphraseDialog(None, ask_current=True)
    qtbot.addWidget(dialog)
    dialog.show()
    for field in (dialog.current_field, dialog.first, dialog.second):
        _edit_like_a_user(qtbot, field)
    prompt = PassphraseDialog(None, "Wachtwoord", "&Wachtwoord:")
    qtbot.addWidget(prompt)
    prompt.show()
    _edit_like_a_user(qtbot, prompt.field)
    assert QAccessible.queryAccessibleInterface(prompt.field).text(QAccessible.Text.Name) \
        == "Wachtwoord:"


def test_recovery_code_mode_shows_the_code_and_passphrase_mode_masks_again(qtbot, tmp_path):
    screen = UnlockWidget(Services.for_tests(), tmp_path / "nb.jwdb")
    qtbot.addWidget(screen)
    screen.show()
    screen.use_recovery.setChecked(True)
    assert not screen.secret.isMasked()
    QTest.keyClicks(screen.secret, "ABCD-EFGH")
    assert QLineEdit.text(screen.secret) == "ABCD-EFGH" == screen.secret.text()
    screen.use_passphrase.setChecked(True)
    assert screen.secret.isMasked() and screen.secret.text() == ""
    QTest.keyClicks(screen.secret, "geheim")
    assert screen.secret.text() == "geheim" and QLineEdit.text(screen.secret) == MASK * 6


def test_middle_click_and_menu_paste_go_through_the_mask(qtbot):
    field = SecretField()
    qtbot.addWidget(field)
    field.show()
    clipboard = QGuiApplication.clipboard()
    if clipboard.supportsSelection():
        clipboard.setText(MARKER, clipboard.Mode.Selection)
        QTest.mouseClick(field, Qt.MouseButton.MiddleButton, pos=QPoint(5, 5))
        _assert_masked(field, MARKER)
        field.clear()
    clipboard.setText("abc")
    field.paste()
    field.setCursorPosition(1)
    field.insert(MARKER)
    _assert_masked(field, "a" + MARKER + "bc")
    clipboard.clear()


def test_word_deletion_and_input_method_commits_stay_in_step(qtbot):
    from PySide6.QtGui import QInputMethodEvent

    field = SecretField()
    qtbot.addWidget(field)
    field.show()
    type_text(field, "abc def")
    QTest.keyClick(field, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    kept = field.text()
    assert "abc def".startswith(kept) and len(kept) < 7       # what Qt deleted, mirrored
    assert QLineEdit.text(field) == MASK * len(kept)
    field.clear()
    event = QInputMethodEvent("", [])
    event.setCommitString("ë" + MARKER)
    QApplication.sendEvent(field, event)
    _assert_masked(field, "ë" + MARKER)
    field.setReadOnly(True)                                   # busy: typing is ignored
    type_text(field, "x")
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    _assert_masked(field, "ë" + MARKER)


def test_no_other_password_mode_line_edit_in_the_code():
    """A new password field must be a SecretField: no plain QLineEdit (or QInputDialog) is
    put in password mode anywhere else (the audit checks the windows it opens too)."""
    package = ROOT / "jongerenwerk_desk"
    allowed = {package / "ui" / "secret_field.py",
               package / "ui" / "shell" / "unlock.py"}   # SecretField.setEchoMode (recovery)
    offenders = [str(path.relative_to(ROOT)) for path in package.rglob("*.py")
                 if path not in allowed and ("EchoMode.Password" in path.read_text("utf-8")
                                             or "PasswordEchoOnEdit" in path.read_text("utf-8"))]
    assert offenders == []
