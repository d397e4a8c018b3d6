"""Ctrl-C (SIGINT) and SIGTERM on the running GUI: lock the notebook and quit cleanly.

Python runs a signal handler only between bytecodes, and while Qt's C++ event loop waits no
Python code runs: the default SIGINT handler then raised KeyboardInterrupt inside whatever
Python override ran next (an eventFilter), Qt printed the traceback and the app went on. Here
the C-level handler writes the signal number to a socket (``signal.set_wakeup_fd``); a
``QSocketNotifier`` on the other end wakes the event loop, and the Python handler only records
the signal. The slot then prints one Dutch line and asks the app to quit; ``run_gui``'s
``finally`` locks the notebook (``window.lock("quit")``), waits for background tasks and
removes the demo folder. A second signal while quitting is ignored (the first one already
asked to quit).
"""

from __future__ import annotations

import signal
import socket
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

SIGNAL_NAMES = {signal.SIGINT: "Ctrl-C (SIGINT)", signal.SIGTERM: "SIGTERM"}
QUIT_MESSAGE = ("Jongerenwerk Desk gestopt na {name}: het notitieboek is vergrendeld en "
                "gesloten; wat was opgeslagen blijft bewaard.")


class QuitOnSignal(QObject):
    """Install on construction; :meth:`uninstall` restores the previous handlers.

    ``on_signal(signum)`` is called once, on the GUI thread, from the event loop (never from
    inside the signal handler). Only SIGINT and SIGTERM (both exist on every platform Python
    supports); must be created on the main thread.
    """

    def __init__(self, on_signal: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self._pending: list[int] = []
        self._fired = False
        self._reader, self._writer = socket.socketpair()
        for sock in (self._reader, self._writer):
            sock.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {sig: signal.signal(sig, self._handler) for sig in SIGNAL_NAMES}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _handler(self, signum: int, _frame) -> None:
        self._pending.append(signum)   # nothing else here: we may be inside any Python code

    def _drain(self, *_args) -> None:
        try:
            while self._reader.recv(64):
                pass
        except (BlockingIOError, InterruptedError):
            pass
        if not self._pending or self._fired:
            self._pending.clear()
            return
        signum = self._pending[0]
        self._pending.clear()
        self._fired = True
        self._on_signal(signum)

    def uninstall(self) -> None:
        """Restore the previous handlers and wakeup fd; close the sockets."""
        self._notifier.setEnabled(False)
        for sig, previous in self._previous.items():
            signal.signal(sig, previous if previous is not None else signal.SIG_DFL)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()


def quit_line(signum: int) -> str:
    """The Dutch line printed when ``signum`` stops the app."""
    return QUIT_MESSAGE.format(name=SIGNAL_NAMES.get(signum, f"signaal {signum}"))


def print_quit_line(signum: int) -> None:
    """Print :func:`quit_line` to stderr (nothing if there is no stderr, e.g. a Windows GUI)."""
    if sys.stderr is not None:
        try:
            print(quit_line(signum), file=sys.stderr, flush=True)
        except (OSError, ValueError):
            pass
