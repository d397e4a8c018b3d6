"""What Python's cyclic garbage collector scans while the notebook is open (issue 13, class 7).

A full collection scans every tracked object. With the app's own objects (about 100,000 once a
notebook is shown) that took 60-100 ms on the GUI thread, at a moment Python picks: halfway a
scroll through 50,000 signals, or while the views fill after unlock (benchmarks/bench_gui.py).
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
