"""GUI entry point: ``run_gui(args)`` builds the QApplication, translators, services, window.

``args``: argparse namespace with ``demo`` (bool), ``notebook`` (path or None), ``lang``
("nl", "en" or None = the stored setting, default Dutch). Returns the process exit code.
QSettings holds only window geometry, language, idle minutes and the last notebook path
(see ``ui.shell.settings``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from jongerenwerk_desk import __version__
from jongerenwerk_desk.paths import default_notebook_path, resource_path
from jongerenwerk_desk.ui.a11y import apply_readable_palette
from jongerenwerk_desk.ui.gc_policy import collect_and_freeze, pin_to_gui_thread
from jongerenwerk_desk.ui.services import Clock, QtPrompter, SecureClipboard, Services, TaskRunner
from jongerenwerk_desk.ui.shell.display import NO_DISPLAY_MESSAGE, missing_display
from jongerenwerk_desk.ui.shell.i18n import install_message_handler, install_translators
from jongerenwerk_desk.ui.shell.quit_signals import QuitOnSignal, print_quit_line
from jongerenwerk_desk.ui.shell.settings import LANGUAGE, AppSettings

APP_NAME = "Jongerenwerk Desk"


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused when one exists), with name, version and icon set."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    apply_readable_palette(app)          # placeholders at 4.5:1 or better (WCAG 1.4.3)
    icon = resource_path("icons", "jongerenwerk-desk.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def make_services(app: QApplication) -> Services:
    """Real services: Qt dialogs, the global thread pool, the system clock."""
    clock = Clock()
    return Services(prompter=QtPrompter(), tasks=TaskRunner(app), clock=clock,
                    clipboard=SecureClipboard(clock, parent=app))


def _keystore():
    try:
        from jongerenwerk_desk.vault.keystore import DeviceKeyStore
    except ImportError:
        return None
    return DeviceKeyStore()


def build_window(args, app: QApplication, services: Services, settings: AppSettings,
                 keystore=None):
    """Create the ShellWindow for ``args``; returns (window, demo session or None)."""
    from jongerenwerk_desk.ui.shell.window import ShellWindow

    if getattr(args, "demo", False):
        from jongerenwerk_desk.ui.shell.demo import DemoSession

        demo = DemoSession()
        notebook = demo.create()
        window = ShellWindow(services, settings, demo.path, demo=True)
        window.unlock_screen.set_demo(demo.reopen)
        window.open_notebook(notebook)
        return window, demo
    explicit = getattr(args, "notebook", None)
    path = Path(explicit) if explicit else (settings.last_notebook() or default_notebook_path())
    return ShellWindow(services, settings, path, keystore=keystore), None


_REAL = object()


def run_gui(args, *, services: Services | None = None, keystore=_REAL) -> int:
    """Start the desktop app; returns 0 on a normal quit.

    ``services`` and ``keystore`` are for tests (a FakePrompter, no OS keyring); the app
    itself passes neither.
    """
    if QApplication.instance() is None and missing_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr, flush=True)
        return 1
    app = make_application()
    pin_to_gui_thread(app)       # no Qt object is ever finalised on a pool thread
    previous_handler = install_message_handler()
    settings = AppSettings()
    install_translators(app, getattr(args, "lang", None) or settings.get(LANGUAGE))
    services = services or make_services(app)
    keystore = _keystore() if keystore is _REAL else keystore
    stopped: list[int] = []

    def on_signal(signum: int) -> None:
        # runs from the event loop (never inside the signal handler); a signal that came
        # while the window was being built is handled here as soon as the loop runs
        stopped.append(signum)
        window.lock("quit")      # at once; the finally below repeats it (no-op) and cleans up
        app.quit()

    quit_signals = QuitOnSignal(on_signal)
    window, demo = build_window(args, app, services, settings, keystore)
    window.show()
    QTimer.singleShot(0, collect_and_freeze)   # the start-up heap: out of later GC scans
    first_run = demo is None and getattr(args, "notebook", None) is None \
        and not window.unlock_screen.path.exists()
    if first_run:
        from jongerenwerk_desk.ui.shell.file_actions import create_new

        QTimer.singleShot(0, lambda: create_new(window))
    elif demo is None:
        QTimer.singleShot(0, window.start)
    try:
        code = app.exec()
        return 0 if stopped else code
    finally:
        quit_signals.uninstall()
        window.lock("quit")
        services.clipboard.clear_now()
        services.tasks.discard_all()
        services.tasks.wait_idle(10_000)
        if demo is not None:
            demo.cleanup()
        window.deleteLater()
        qInstallMessageHandler(previous_handler)
        if stopped:
            print_quit_line(stopped[0])
