"""Benchmark the main window's views on the 50,000-signal notebook (run by hand, never in CI).

Measures, on the GUI thread, with the real NotebookWidget:
- search-as-you-type: the time from the debounce running out (SearchBox fires) until the
  model holds the first page of FTS5 results and the view has processed its events
  (target < 100 ms), for a common word, a rare word, a short prefix and a person's name;
- scrolling to the end of the signal list page by page (250 pages of 200): the time of each
  step that loads a page (scroll, fetchMore, layout, paint) and the longest gap of a 5 ms
  QTimer heartbeat, i.e. the longest GUI-thread stall (target < 50 ms); once sorted by date
  (indexed) and once by category (no index: SQLite sorts for every page).

    .venv/bin/python benchmarks/make_large_notebook.py /tmp/large.jwdb   # once
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_views.py --notebook /tmp/large.jwdb
Without --notebook the large notebook is built in a temporary folder first (slow).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUERIES = {"common word": "overlast", "rare word": "skateclinic", "prefix": "sc",
           "two words": "jongeren avond"}


def open_notebook(path: Path | None, tmp: Path):
    from jongerenwerk_desk.notebook import Notebook
    from jongerenwerk_desk.vault import KdfParams

    if path is not None:
        return Notebook.open(path, passphrase="benchmark")
    from make_large_notebook import populate
    nb, _ = Notebook.create(tmp / "large.jwdb", "benchmark", kdf_params=KdfParams.minimum())
    populate(nb)
    return nb


def time_search(app, view, text: str, repeat: int) -> list[float]:
    """ms from the debounce firing to results on screen, ``repeat`` times (cleared between)."""
    times = []
    for _ in range(repeat):
        view.search.setText("")
        view.search._fire()                      # back to the unfiltered list
        app.processEvents()
        view.search.setText(text)
        start = time.perf_counter()
        view.search._fire()                      # what the debounce timer calls
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        assert view.model.filter_text == text
    return times


class Heartbeat:
    """A 5 ms QTimer; ``longest_gap_ms`` - 5 ms is the longest GUI-thread stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer
        self.last = time.perf_counter()
        self.gaps: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self.last) * 1000)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()


def scroll_to_end(app, view) -> dict[str, float]:
    """Scroll the signals table to the end the way a user does (End key / dragging the bar):
    each scroll to the bottom makes Qt call fetchMore. Times every step that loaded a page
    (scroll + fetchMore + layout + paint) and keeps a 5 ms heartbeat running."""
    model = view.model
    step_ms: list[float] = []
    beat = Heartbeat()
    beat.start()
    started = time.perf_counter()
    deadline = started + 600
    while model.rowCount() < model.total and time.perf_counter() < deadline:
        rows = model.rowCount()
        begin = time.perf_counter()
        view.table.scrollToBottom()
        app.processEvents()
        if model.rowCount() > rows:
            step_ms.append((time.perf_counter() - begin) * 1000)
        end = time.perf_counter() + 0.012        # let the heartbeat tick between pages
        while time.perf_counter() < end:
            app.processEvents()
    beat.timer.stop()
    return {"rows": model.rowCount(), "total": model.total, "pages": len(step_ms),
            "page_median_ms": statistics.median(step_ms) if step_ms else 0.0,
            "page_p95_ms": sorted(step_ms)[int(len(step_ms) * 0.95)] if step_ms else 0.0,
            "page_max_ms": max(step_ms) if step_ms else 0.0,
            "page_last_ms": step_ms[-1] if step_ms else 0.0,
            "heartbeat_longest_gap_ms": max(beat.gaps) if beat.gaps else 0.0,
            "wall_s": time.perf_counter() - started}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notebook", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from jongerenwerk_desk.covenant import builtin_profile
    from jongerenwerk_desk.ui.main_window import PEOPLE, SIGNALS, NotebookWidget
    from jongerenwerk_desk.ui.services import Services

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="jwd-bench-views-") as tmp:
        nb = open_notebook(args.notebook, Path(tmp))
        services = Services.for_tests()
        start = time.perf_counter()
        widget = NotebookWidget(nb, builtin_profile("demo"), services)
        widget.resize(1366, 740)
        widget.show()
        app.processEvents()
        print(f"NotebookWidget built and populated: {(time.perf_counter() - start) * 1000:.1f} ms")
        print(f"signals in notebook: {nb.signals.count()}")
        for name, text in QUERIES.items():
            ms = time_search(app, widget.signals_view, text, args.repeat)
            print(f"search signals, {name} ({text!r}, {widget.signals_view.model.total} hits): "
                  f"median {statistics.median(ms):.1f} ms, max {max(ms):.1f} ms")
        widget.show_view(PEOPLE)
        ms = time_search(app, widget.people_view, "Sam", args.repeat)
        print(f"search people, name prefix ('Sam', {widget.people_view.model.total} hits): "
              f"median {statistics.median(ms):.1f} ms, max {max(ms):.1f} ms")
        widget.show_view(SIGNALS)
        time_search(app, widget.signals_view, "", 1)
        for column, label in ((0, "by date"), (1, "by category")):
            widget.signals_view.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
            result = scroll_to_end(app, widget.signals_view)
            print(f"scroll signals {label} to the end: " + ", ".join(
                f"{k}={v:.1f}" if isinstance(v, float) else f"{k}={v}"
                for k, v in result.items()))
        widget.clear_client_data()
        widget.deleteLater()
        nb.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
