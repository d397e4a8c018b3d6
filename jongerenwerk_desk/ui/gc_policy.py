"""Python's cyclic garbage collector in the GUI: where it runs, and what it scans.

**Where: only on the GUI thread** (:func:`pin_to_gui_thread`). CPython runs an automatic
collection in whichever thread happens to cross the allocation threshold: a TaskRunner pool
thread deriving a key, or (in the tests) pytest-xdist's message thread. Qt objects caught in a
reference cycle are then finalised on that thread:

- a plain ``QObject`` (with its timers and connections) is destroyed on the wrong thread;
- a ``QWidget`` is queued by PySide ("delete in main thread") as a bare C++ pointer and deleted
  by the GUI thread at its next Python instruction, wherever that is. When the queue holds a
  window *and* a widget inside it that Python also owns, the window's destructor deletes the
  inner widget and the queue deletes it a second time: a segmentation fault in the GUI thread
  at an unrelated line (seen in ``ShellWindow._update_state``).

So the automatic collector is turned off and a timer on the GUI thread does the same work
(:func:`collect_if_due`, Python's own thresholds); the tests call it between tests.

**What: not the long-lived objects** (issue 13, class 7). A full collection scans every
tracked object. With the app's own objects (about 100,000 once a notebook is shown) that took
60-100 ms on the GUI thread, halfway a scroll through 50,000 signals or while the views fill
after unlock (benchmarks/bench_gui.py).
So objects that live long are moved out of the collector's reach with ``gc.freeze()``:

- after the views are filled at unlock (:func:`freeze_long_lived`);
- when a list has loaded many rows (``ui/views/paged_model.py``);
- at start-up, once the unlock screen is shown (:func:`collect_and_freeze`: modules, the
  password checker's word lists and the window: no client data yet);
- after the collection at lock (:func:`collect_after_lock`), which first hands everything back
  (``gc.unfreeze()``), collects, and freezes what is left: the locked window, without client
  data.

Reference counting still frees frozen objects the moment nothing refers to them (the rows of
a reloaded list); only frozen objects caught in a reference cycle wait for the next lock,
where they are collected. So decrypted data never outlives a lock by more than one event-loop
turn, as before.
"""

from __future__ import annotations

import gc


def freeze_long_lived() -> None:
    """Leave every object alive now out of later collections (``gc.freeze()``, O(1))."""
    gc.freeze()


def collect_and_freeze() -> None:
    """Collect all generations, then freeze what survives (start-up: one collection of about
    40,000 objects, ~25 ms, before anything is typed)."""
    gc.collect()
    gc.freeze()


def collect_after_lock() -> None:
    """Hand every frozen object back, collect all generations, then freeze what survives.

    Called one event-loop turn after a lock (the views are deleted by then): the collection
    frees cyclic garbage that still held decrypted data; what remains is the locked app."""
    gc.unfreeze()
    collect_and_freeze()


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
