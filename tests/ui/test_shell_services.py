"""Services: scripted prompter, task runner threading, sleep-aware clock, secure clipboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThread
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from jongerenwerk_desk.ui.services import (
    Clock,
    FakeClock,
    FakePrompter,
    Services,
    TaskRunner,
    UnexpectedPrompt,
)
from jongerenwerk_desk.ui.shell.clipboard import HISTORY_HINTS, SecureClipboard


def test_fake_prompter_answers_in_order_and_refuses_unscripted(qapp):
    p = FakePrompter().script("confirm", True).script("passphrase", "geheim")
    assert p.confirm(None, "Zeker?", "tekst") is True
    assert p.passphrase(None, "Wachtwoord", "label") == "geheim"
    p.error(None, "Fout", "iets")          # messages need no answer
    assert p.kinds() == ["confirm", "passphrase", "error"]
    with pytest.raises(UnexpectedPrompt):
        p.confirm(None, "Nog eens?", "")
    p.script("text", "x")
    with pytest.raises(UnexpectedPrompt):
        p.confirm(None, "Verkeerde soort", "")
    assert p.pending == [("text", "x")]


def test_fake_prompter_runs_dialog_handler(qapp):
    dialog = QDialog()
    dialog.setWindowTitle("Bewerken")
    p = FakePrompter().script("run_dialog", lambda d: d.windowTitle() == "Bewerken")
    assert p.run_dialog(dialog) == 1


def test_task_runner_delivers_on_gui_thread(qtbot):
    runner = TaskRunner()
    gui = QThread.currentThread()
    seen = {}

    def work():
        seen["worker"] = QThread.currentThread()
        return 41 + 1

    def ok(value):
        seen["value"], seen["callback"] = value, QThread.currentThread()

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(work, on_success=ok)
    assert seen["value"] == 42
    assert seen["callback"] is gui
    assert seen["worker"] is not gui


def test_task_runner_failure_and_discard(qtbot):
    runner = TaskRunner()
    failures, results = [], []
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(lambda: 1 / 0, on_success=results.append, on_failure=failures.append)
    assert isinstance(failures[0], ZeroDivisionError) and results == []
    job = runner.run(lambda: "cliëntgegeven", on_success=results.append)
    runner.discard(job)
    runner.wait_idle()
    qtbot.wait(20)
    assert results == [] and not runner.busy


def test_synchronous_runner_runs_inline(qapp):
    runner = TaskRunner(synchronous=True)
    out = []
    runner.run(lambda: 5, on_success=out.append)
    assert out == [5] and not runner.busy


def test_clock_counts_suspend_and_ignores_wall_going_back():
    clock = FakeClock()
    mark = clock.mark()
    clock.advance(10)
    assert clock.elapsed(mark) == pytest.approx(10)
    clock.sleep(600)                       # monotonic stands still, wall/boot move
    assert clock.elapsed(mark) == pytest.approx(610)
    mark2 = clock.mark()
    clock.set_wall(clock.wall() - 3600)    # user sets the clock back an hour
    clock.advance(5)
    assert clock.elapsed(mark2) == pytest.approx(5)
    real = Clock()
    assert real.elapsed(real.mark()) >= 0


def test_clipboard_sets_history_hints_and_clears_after_30s(qapp):
    clock = FakeClock()
    board = SecureClipboard(clock)
    board.copy("06-12345678")
    mime = QGuiApplication.clipboard().mimeData()
    for name, value in HISTORY_HINTS.items():
        assert bytes(mime.data(name).data()) == value
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"
    assert QGuiApplication.clipboard().text() == "06-12345678"
    clock.advance(29)
    assert board.check_expiry() is False
    assert QGuiApplication.clipboard().text() == "06-12345678"
    clock.advance(1.5)
    assert board.check_expiry() is True
    assert QGuiApplication.clipboard().text() == ""
    assert not board.armed


def test_clipboard_counts_laptop_sleep(qapp):
    clock = FakeClock()
    board = SecureClipboard(clock)
    board.copy("adres Dorpsstraat 1")
    clock.sleep(45)
    assert board.check_expiry() is True
    assert QGuiApplication.clipboard().text() == ""


def test_clipboard_leaves_text_the_user_copied_later(qapp):
    clock = FakeClock()
    board = SecureClipboard(clock)
    board.copy("geheim nummer")
    QGuiApplication.clipboard().setText("boodschappenlijst")
    clock.advance(31)
    assert board.check_expiry() is False
    assert QGuiApplication.clipboard().text() == "boodschappenlijst"


def test_clipboard_timer_fires_by_itself(qtbot):
    clock = FakeClock()
    board = SecureClipboard(clock, tick_ms=10)
    board.copy("tekst")
    clock.advance(31)
    with qtbot.waitSignal(board.cleared, timeout=2000):
        pass
    assert QGuiApplication.clipboard().text() == ""


def test_services_for_tests(qapp):
    services = Services.for_tests()
    assert isinstance(services.prompter, FakePrompter)
    assert isinstance(services.clock, FakeClock)


def test_qt_file_dialog_leaves_no_folder_history(qtbot, tmp_path, sandbox_dirs):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit

    from jongerenwerk_desk.ui.services import QtPrompter

    folder = tmp_path / "Dossier Qzhistorie"
    folder.mkdir()
    target = folder / "export.pdf"
    target.write_bytes(b"x")

    def accept():
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            dialog.findChild(QLineEdit, "fileNameEdit").setText(target.name)
            dialog.accept()

    def never_hang():
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            dialog.reject()

    QTimer.singleShot(300, accept)
    QTimer.singleShot(5000, never_hang)
    chosen = QtPrompter().open_file(None, "Kies", "PDF (*.pdf)", str(folder))
    assert chosen == target
    conf = sandbox_dirs["XDG_CONFIG_HOME"] / "QtProject.conf"
    text = conf.read_text(errors="replace") if conf.exists() else ""
    assert "Qzhistorie" not in text
