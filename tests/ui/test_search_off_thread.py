"""Searches run off the GUI thread and stale ones never land (issue 13, class 7): while the
count and first page are computed the GUI thread keeps running, a newer search wins over an
older one still running, and a lock (clear) drops a search in flight."""

from __future__ import annotations

import threading
import time

from jongerenwerk_desk.ui.views.paged_model import Column, PagedTableModel


class SlowRepository:
    """A real-shaped repository over a list, whose queries take ``delay`` s (as FTS5 on a big
    notebook does) and record the thread they ran on."""

    def __init__(self, names: list[str], delay: float) -> None:
        self.names, self.delay, self.threads = names, delay, []

    def _match(self, filter_text: str) -> list[str]:
        return [n for n in self.names if filter_text.lower() in n.lower()]

    def count(self, filter_text: str = "") -> int:
        self.threads.append(threading.current_thread())
        time.sleep(self.delay)
        return len(self._match(filter_text))

    def page(self, offset, limit, sort_key, descending=False, filter_text=""):
        rows = sorted(self._match(filter_text), reverse=descending)
        return [type("Row", (), {"id": i, "name": n})() for i, n in
                enumerate(rows[offset:offset + limit])]


def _model(repo) -> PagedTableModel:
    model = PagedTableModel(repo, [Column("Name", "name", lambda r: r.name)], "Test", (0, False))
    model.reload()
    return model


def test_search_runs_on_a_worker_and_the_gui_thread_stays_free(qtbot) -> None:
    repo = SlowRepository(["Sem", "Noor", "Semra", "Daan"], delay=0.3)
    model = _model(repo)
    started = time.perf_counter()
    model.request_filter("sem")
    assert time.perf_counter() - started < 0.1          # returned at once
    assert model.searching and model.total == 4
    qtbot.waitUntil(lambda: not model.searching, timeout=5000)
    assert model.total == 2 and model.filter_text == "sem"
    assert repo.threads[-1] is not threading.main_thread()


def test_a_newer_search_wins_and_a_clear_drops_one_in_flight(qtbot) -> None:
    repo = SlowRepository(["Sem", "Noor", "Semra", "Daan"], delay=0.2)
    model = _model(repo)
    model.request_filter("sem")
    model.request_filter("noor")                        # the first is stale now
    qtbot.waitUntil(lambda: not model.searching, timeout=5000)
    qtbot.wait(500)                                     # the stale result had time to land
    assert model.filter_text == "noor" and model.total == 1
    model.request_filter("daan")
    model.clear()                                       # lock: nothing may come back
    qtbot.wait(600)
    assert model.total == 0 and model.rowCount() == 0 and model.filter_text == ""
    model.set_repository(repo)
    model.request_filter("")                            # Escape: everything, at once
    assert model.total == 4 and not model.searching
