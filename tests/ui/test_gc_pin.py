"""Garbage collection stays on the GUI thread (``jongerenwerk_desk/ui/gc_policy.py``).

The crash this guards against: a window or wizard dropped in a reference cycle, then another
thread (a TaskRunner job, pytest-xdist's message thread) allocates past the collector's
threshold. The collection runs on that thread, PySide queues the widgets for deletion on the
GUI thread as bare pointers, and the GUI thread deletes one of them twice: "Fatal Python error:
Segmentation fault" at whatever line the GUI thread was on (once in
``ShellWindow._update_state`` during a full test run).
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
from pathlib import Path

from jongerenwerk_desk.ui.gc_policy import collect_if_due

ROOT = Path(__file__).resolve().parents[2]

#: A wizard left as garbage, then a worker thread that allocates far past every threshold.
#: ``{pin}`` is replaced by the call that pins the collector (or by nothing, to see the crash).
SCRIPT = """
import gc, os, sys, tempfile, threading
from pathlib import Path
from PySide6.QtWidgets import QApplication
from jongerenwerk_desk.ui.gc_policy import pin_to_gui_thread
from jongerenwerk_desk.ui.services import Services
from jongerenwerk_desk.ui.shell.first_run import FirstRunWizard

app = QApplication([])
{pin}
off_thread = []

def watch(phase, info):
    if phase == "start" and threading.current_thread() is not threading.main_thread():
        off_thread.append(info["generation"])

gc.callbacks.append(watch)
wizard = FirstRunWizard(Services.for_tests(), Path(tempfile.mkdtemp()) / "n.jwdb",
                        keystore=None)
wizard.show()
wizard.self_reference = wizard          # garbage only a collection can free
del wizard

def churn():
    for _ in range(300_000):
        cycle = []
        cycle.append(cycle)

worker = threading.Thread(target=churn)
worker.start()
worker.join()
for _ in range(3):                      # the GUI thread runs Python again
    pass
print("off-thread collections:", len(off_thread), flush=True)
"""


def _run(pin: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-X", "faulthandler", "-c",
                           SCRIPT.format(pin=pin)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_a_worker_thread_never_collects_the_windows_of_the_gui_thread() -> None:
    """Before the pin the process died with SIGSEGV (return code -11); now no collection
    runs on the worker thread and the process ends normally."""
    done = _run("pin_to_gui_thread(app)")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "off-thread collections: 0" in done.stdout


def test_collect_if_due_follows_pythons_thresholds() -> None:
    before = gc.get_threshold()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        gc.set_threshold(100_000, 10, 10)
        assert collect_if_due() == -1                    # nothing allocated yet: not due
        gc.set_threshold(1, 10, 10)
        keep = [[] for _ in range(50)]
        assert collect_if_due() == 0                     # the young generation only
        assert gc.get_count()[0] < len(keep)
    finally:
        gc.set_threshold(*before)
        if was_enabled:
            gc.enable()


def test_the_collector_timer_lives_on_the_gui_thread(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from jongerenwerk_desk.ui.gc_policy import _Collector

    collector = _Collector(qapp, 500)
    try:
        assert collector.timer.isActive()
        assert collector.timer.thread() is QCoreApplication.instance().thread()
        assert threading.current_thread() is threading.main_thread()
    finally:
        collector.timer.stop()
        collector.timer.deleteLater()
