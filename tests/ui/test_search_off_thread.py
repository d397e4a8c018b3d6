"""Searches run off the GUI thread and stale ones never land (issue 13, class 7): while the
count and first page are computed the GUI thread keeps running, a newer search wins over an
older one still running, and a lock (clear) drops a search in flight."""

from __future__ import annotations

import threading
import time

import pytest

from jongerenwerk_desk.ui.views.paged_model import Column, PagedTableModel
from jongerenwerk_desk.ui.views.tables import signals_model
from jongerenwerk_desk.vault.errors import VaultLocked
from tests.ui.views_support import seed_signals


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
    model.request_filter("")                            # Escape: everything, off the GUI thread
    assert model.searching
    qtbot.waitUntil(lambda: not model.searching, timeout=5000)
    assert model.total == 4 and model.filter_text == ""


def test_the_empty_filter_also_runs_on_a_worker(qtbot) -> None:
    repo = SlowRepository(["Sem", "Noor", "Semra", "Daan"], delay=0.3)
    model = _model(repo)
    model.request_filter("sem")
    qtbot.waitUntil(lambda: not model.searching, timeout=5000)
    started = time.perf_counter()
    model.request_filter("")                            # Escape / a cleared box
    assert time.perf_counter() - started < 0.1 and model.searching
    qtbot.waitUntil(lambda: not model.searching, timeout=5000)
    assert model.total == 4 and model.filter_text == ""
    assert repo.threads[-1] is not threading.main_thread()


# --- the notebook's background reader (a real SQLCipher file) ------------------------------

#: a query that runs for minutes unless it is stopped (SQLite VM work, no I/O)
ENDLESS = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
           "WHERE x < 10000000000) SELECT count(*) FROM c")


def _run_endless(reader, stop: threading.Event, outcome: list) -> threading.Thread:
    def target() -> None:
        try:
            reader.run(lambda s: s.conn.execute(ENDLESS).fetchone(), stop.is_set)
            outcome.append("finished")
        except Exception as exc:
            outcome.append(type(exc).__name__)
    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    return thread


def test_reader_has_its_own_connection_and_stops_a_stale_query(nb) -> None:
    seed_signals(nb, 50)
    reader = nb.reader()
    assert reader.conn is not nb.conn
    stop, outcome = threading.Event(), []
    thread = _run_endless(reader, stop, outcome)
    time.sleep(0.2)                                     # the query is running
    assert nb.signals.count() == 50                     # the GUI's connection does not wait
    assert nb.reader() is reader                        # asking for it never waits either
    assert thread.is_alive() and outcome == []
    stop.set()                                          # stale now: stopped mid-query
    thread.join(timeout=20)
    assert not thread.is_alive() and outcome == ["QueryCancelled"]
    assert reader.run(lambda s: s.signals.count(), lambda: False) == 50   # still usable


def test_reader_is_read_only(nb) -> None:
    seed_signals(nb, 3)
    reader = nb.reader()
    with pytest.raises(Exception, match="readonly|read-only|query_only|attempt to write"):
        reader.run(lambda s: s.conn.execute("DELETE FROM signals"), lambda: False)
    assert nb.signals.count() == 3


def test_lock_stops_a_running_background_query_and_closes_its_connection(nb) -> None:
    seed_signals(nb, 5)
    reader = nb.reader()
    conn = reader._conn
    stop, outcome = threading.Event(), []
    thread = _run_endless(reader, stop, outcome)
    time.sleep(0.2)
    nb.close()                                          # lock: without setting ``stop``
    thread.join(timeout=20)
    assert not thread.is_alive() and outcome == ["QueryCancelled"]
    assert not reader.is_open
    with pytest.raises(VaultLocked):
        reader.run(lambda s: s.signals.count(), lambda: False)
    with pytest.raises(Exception, match="closed"):
        conn.execute("SELECT 1")                        # really closed, not just forgotten


def test_close_reader_before_a_key_change_stops_the_query_and_a_new_reader_follows(nb) -> None:
    seed_signals(nb, 5)
    reader = nb.reader()
    stop, outcome = threading.Event(), []
    thread = _run_endless(reader, stop, outcome)
    time.sleep(0.2)
    nb.close_reader()
    thread.join(timeout=20)
    assert not thread.is_alive() and outcome == ["QueryCancelled"]
    fresh = nb.reader()
    assert fresh is not reader and fresh.run(lambda s: s.signals.count(), lambda: False) == 5


def test_model_searches_on_the_reader_and_the_newest_wins(qtbot, nb, profile) -> None:
    seed_signals(nb, 700)
    model = signals_model(nb, profile)
    model.reload()
    model.request_filter("woord3")
    model.request_filter("woord4")                      # the first is stale at once
    qtbot.waitUntil(lambda: not model.searching, timeout=10000)
    assert model.filter_text == "woord4" and model.total == nb.signals.count("woord4") > 0
    assert all("woord4" in model.row_object(r).text for r in range(model.rowCount()))
    assert nb.reader().is_open                          # the search ran on the reader
    model.request_filter("")
    qtbot.waitUntil(lambda: not model.searching, timeout=10000)
    assert model.total == 700 and model.filter_text == ""


def test_after_a_passphrase_change_the_next_reader_uses_the_new_key(nb) -> None:
    seed_signals(nb, 4)
    old = nb.reader()
    assert old.run(lambda s: s.signals.count(), lambda: False) == 4
    nb.vault.change_passphrase("een lang wachtwoord 123", "een ander lang wachtwoord 456")
    assert not old.is_open                               # the key change closed its connection
    fresh = nb.reader()
    assert fresh is not old and fresh.run(lambda s: s.signals.count(), lambda: False) == 4
