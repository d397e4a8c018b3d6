"""Keep Python's cyclic garbage collector on the GUI thread.

CPython runs an automatic collection in whichever thread happens to cross the allocation
threshold: a TaskRunner pool thread deriving a key, or (in the tests) pytest-xdist's message
thread. Qt objects caught in a reference cycle are then finalised on that thread:

- a plain ``QObject`` (with its timers and connections) is destroyed on the wrong thread;
- a ``QWidget`` is queued by PySide ("delete in main thread") as a bare C++ pointer and deleted
  by the GUI thread at its next Python instruction, wherever that is. When the queue holds a
  window *and* a widget inside it that Python also owns, the window's destructor deletes the
  inner widget and the queue deletes it a second time: a segmentation fault in the GUI thread
  at an unrelated line (seen in ``ShellWindow._update_state``).

:func:`pin_to_gui_thread` turns the automatic collector off and lets a timer on the GUI thread
do the same work (:func:`collect_if_due`, Python's own thresholds), so garbage is only ever
collected there. :func:`collect_if_due` is also what the tests call between tests. It works
alongside ``ui/gc_policy.py``: frozen objects stay out of these collections as well.
"""

from __future__ import annotations

import gc

#: How often the GUI thread checks whether a collection is due, in milliseconds. Python's
#: own collector checks on every allocation; a few checks a second keep memory flat.
CHECK_INTERVAL_MS = 500


def collect_if_due() -> int:
    """Run the collection Python's automatic collector would run now, if any.

    Uses ``gc.get_threshold()`` and ``gc.get_count()`` the way CPython does: the oldest
    generation whose count passed its threshold is collected (with the younger ones).
    Returns the generation collected (0, 1 or 2), or -1 when none was due. Call it on the
    GUI thread only.
    """
    counts = gc.get_count()
    thresholds = gc.get_threshold()
    for generation in (2, 1, 0):
        threshold = thresholds[generation]
        if threshold and counts[generation] > threshold:
            gc.collect(generation)
            return generation
    return -1


class _Collector:
    """The GUI-thread timer that drives :func:`collect_if_due` (kept on the application)."""

    def __init__(self, app, interval_ms: int) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer(app)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(collect_if_due)
        self.timer.start()


def pin_to_gui_thread(app, interval_ms: int = CHECK_INTERVAL_MS) -> None:
    """Turn off automatic garbage collection and collect from a timer on ``app``'s thread
    (the GUI thread) instead. Idempotent: a second call changes nothing."""
    if getattr(app, "_jwd_gc_collector", None) is not None:
        return
    gc.disable()
    app._jwd_gc_collector = _Collector(app, interval_ms)
