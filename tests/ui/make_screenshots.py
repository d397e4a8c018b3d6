"""Render each shell screen and dialog at 1366×768 into ./screenshots/*.png (not a test).

Run under Xvfb so fonts and styles are the real ones:
    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tests/ui/make_screenshots.py [--lang en]
Uses the fictional demo data only; the temporary folders are removed at the end.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from jongerenwerk_desk.ui.app import make_application  # noqa: E402
from jongerenwerk_desk.ui.services import FakeClock, FakePrompter, Services, TaskRunner  # noqa: E402
from jongerenwerk_desk.ui.shell.clipboard import SecureClipboard  # noqa: E402
from jongerenwerk_desk.ui.shell.i18n import install_translators  # noqa: E402
from jongerenwerk_desk.ui.shell.settings import AppSettings  # noqa: E402

OUT = ROOT / "screenshots"
SIZE = (1366, 768)


def settle(ms: int = 150) -> None:
    """Let layouts, paint and deferred deletes happen."""
    app = QApplication.instance()
    for _ in range(5):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    from PySide6.QtTest import QTest

    QTest.qWait(ms)


def shot(widget: QWidget, name: str) -> Path:
    """Save ``widget`` (shown, settled) as screenshots/<name>.png."""
    widget.show()
    widget.raise_()
    settle()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def wait_until(predicate, timeout_s: float = 30.0) -> None:
    """Process events until ``predicate()`` or the timeout."""
    import time

    end = time.monotonic() + timeout_s
    while not predicate() and time.monotonic() < end:
        settle(20)


def unlock_screens(services: Services, settings: AppSettings, tmp: Path) -> None:
    """The unlock screen: empty, after a wrong passphrase, while slowed down."""
    from jongerenwerk_desk.notebook import Notebook
    from jongerenwerk_desk.ui.shell.window import ShellWindow
    from jongerenwerk_desk.vault import KdfParams

    path = tmp / "notitieboek.jwdb"
    nb, _code = Notebook.create(path, "paard batterij nietje correct",
                                kdf_params=KdfParams.minimum())
    nb.close()
    win = ShellWindow(services, settings, path, use_dbus=False)
    win.resize(*SIZE)
    shot(win, "01-unlock")
    screen = win.unlock_screen
    for n in range(3):
        screen.secret.setText(f"verkeerd wachtwoord {n}")
        screen.submit()
        wait_until(lambda: not screen._busy)
        if n == 0:
            shot(win, "02-unlock-wrong-passphrase")
    shot(win, "03-unlock-slowed-down")
    services.clock.advance(10)
    screen.refresh_wait()
    screen.use_recovery.setChecked(True)
    shot(win, "04-unlock-recovery-code")
    from jongerenwerk_desk.vault.errors import DamagedFile

    screen._failed(DamagedFile())
    shot(win, "05-unlock-damaged-file")
    win.close()


def first_run(services: Services, tmp: Path) -> None:
    """Every page of the first-run wizard."""
    from jongerenwerk_desk.notebook import Notebook
    from jongerenwerk_desk.ui.shell.first_run import FirstRunWizard
    from jongerenwerk_desk.vault import KdfParams

    class Store:
        def available(self):
            return True, "GNOME-sleutelbos (Secret Service)"

        def set_key(self, *_):
            pass

    wizard = FirstRunWizard(services, tmp / "nieuw.jwdb", keystore=Store(),
                            creator=lambda p, pw: Notebook.create(p, pw,
                                                                  kdf_params=KdfParams.minimum()))
    shot(wizard, "10-first-run-organisation")
    wizard.currentPage().organisation.setText("Stichting Jongerenwerk Voorbeeldstad")
    wizard.next()
    page = wizard.currentPage()
    page.first.setText("welkom12")
    shot(wizard, "11-first-run-passphrase-weak")
    page.first.setText("paard batterij nietje correct")
    page.second.setText("paard batterij nietje correct")
    page.understood.setChecked(True)
    shot(wizard, "12-first-run-passphrase-ok")
    wizard.next()
    wait_until(lambda: wizard.currentId() == wizard.recovery_id)
    code = wizard.recovery_code
    shot(wizard, "13-first-run-recovery-code")
    wizard.next()
    wizard.currentPage().entry.setText(code[:6])
    shot(wizard, "14-first-run-type-back")
    wizard.currentPage().entry.setText(code)
    wizard.next()
    shot(wizard, "15-first-run-device")
    wizard.notebook.close()
    wizard.notebook = None
    wizard.hide()


def main_window(services: Services, settings: AppSettings) -> None:
    """The demo window (banner, status bar, views) and the locked demo, plus settings."""
    from jongerenwerk_desk.ui.shell.demo import DemoSession
    from jongerenwerk_desk.ui.shell.settings_dialog import SettingsDialog
    from jongerenwerk_desk.ui.shell.window import ShellWindow

    demo = DemoSession()
    try:
        win = ShellWindow(services, settings, demo.path, demo=True, use_dbus=False)
        win.unlock_screen.set_demo(demo.reopen)
        win.open_notebook(demo.create())
        win.resize(*SIZE)
        shot(win, "20-demo-main-window")
        for menu, name in ((win.notebook_menu, "21-menu-notitieboek"),
                           (win.menuBar().actions()[0].menu(), "21-menu-bestand"),
                           (win.menuBar().actions()[3].menu(), "21-menu-help")):
            menu.popup(win.mapToGlobal(win.menuBar().geometry().bottomLeft()))
            settle()
            shot(menu, name)
            menu.hide()
        dialog = SettingsDialog(settings, win)
        shot(dialog, "22-settings")
        dialog.reject()
        win.lock("manual")
        shot(win, "23-demo-locked")
        win.close()
    finally:
        demo.cleanup()


def main() -> int:
    """Render everything; returns 0."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="nl", choices=["nl", "en"])
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    app = make_application()
    install_translators(app, args.lang)
    with tempfile.TemporaryDirectory(prefix="jwd-shots-") as tmp_name:
        tmp = Path(tmp_name)
        clock = FakeClock()
        services = Services(FakePrompter(), TaskRunner(), clock, SecureClipboard(clock))
        settings = AppSettings(tmp / "settings.ini")
        unlock_screens(services, settings, tmp)
        first_run(services, tmp)
        main_window(services, settings)
        services.tasks.wait_idle()
    return 0


if __name__ == "__main__":
    sys.exit(main())
