"""The paged, SQL-backed table models: pages of 200, sorting and FTS filtering in SQL."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jongerenwerk_desk.ui.views.paged_model import PAGE_SIZE
from jongerenwerk_desk.ui.views.tables import people_model, signals_model
from tests.ui.views_support import MARKER_NAME, seed_signals, seed_small


class SpyRepository:
    """Wraps a repository and records every page() call (offset, limit, sort_key, desc, text)."""

    def __init__(self, repo) -> None:
        self.repo = repo
        self.calls: list[tuple] = []

    def count(self, filter_text=""):
        return self.repo.count(filter_text=filter_text)

    def page(self, offset, limit, sort_key, descending=False, filter_text=""):
        self.calls.append((offset, limit, sort_key, descending, filter_text))
        return self.repo.page(offset, limit, sort_key, descending=descending,
                              filter_text=filter_text)


def test_rows_grow_only_on_fetch_more(qapp, nb, profile) -> None:
    seed_signals(nb, 2 * PAGE_SIZE + 50)
    model = signals_model(nb, profile)
    spy = SpyRepository(nb.signals)
    model.set_repository(spy)
    assert model.total == 450
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    model.fetchMore()
    assert model.rowCount() == 450
    assert not model.canFetchMore()
    model.fetchMore()                          # no further query once everything is there
    assert [c[:2] for c in spy.calls] == [(0, PAGE_SIZE), (PAGE_SIZE, PAGE_SIZE),
                                         (2 * PAGE_SIZE, PAGE_SIZE)]
    assert all(limit <= PAGE_SIZE for _o, limit, *_ in spy.calls)


def test_signals_newest_first_and_sort_in_sql(qtbot, nb, profile) -> None:
    seed_signals(nb, 250)
    model = signals_model(nb, profile)
    spy = SpyRepository(nb.signals)
    model.set_repository(spy)
    first = model.row_object(0).occurred_at
    assert first == max(s.occurred_at for s in nb.signals.page(0, 1, "occurred_at", True))
    spy.calls.clear()
    model.sort(0, Qt.SortOrder.AscendingOrder)             # off the GUI thread (issue 13)
    qtbot.waitUntil(lambda: not model.searching, timeout=10000)
    assert spy.calls == [(0, PAGE_SIZE, "occurred_at", False, "")]
    assert model.rowCount() == PAGE_SIZE       # a sort starts again at the first page
    times = [model.row_object(r).occurred_at for r in range(model.rowCount())]
    assert times == sorted(times)
    assert model.row_object(0).occurred_at == nb.signals.page(0, 1, "occurred_at")[0].occurred_at


def test_unsortable_column_is_ignored(qapp, nb, profile) -> None:
    seed_small(nb)
    model = signals_model(nb, profile)
    spy = SpyRepository(nb.signals)
    model.set_repository(spy)
    spy.calls.clear()
    model.sort(6, Qt.SortOrder.AscendingOrder)   # "Text" has no SQL sort key
    assert spy.calls == []


def test_people_sorted_by_name_both_ways(qtbot, nb) -> None:
    seed_small(nb)
    model = people_model(nb)
    model.reload()
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert names == ["Ava Bakker", MARKER_NAME]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.searching                     # sorted anew on the background reader
    qtbot.waitUntil(lambda: not model.searching, timeout=10000)
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert names == [MARKER_NAME, "Ava Bakker"]


def test_filter_uses_fts_and_pages(qapp, nb, profile) -> None:
    seed_signals(nb, 700)
    model = signals_model(nb, profile)
    model.reload()
    model.set_filter("woord3")
    expected = nb.signals.count(filter_text="woord3")
    assert expected == 100
    assert model.total == expected
    assert model.rowCount() == expected        # fewer than a page: all in the first page
    assert all("woord3" in model.row_object(r).text for r in range(model.rowCount()))
    model.set_filter("")
    assert model.total == 700 and model.rowCount() == PAGE_SIZE


def test_confidential_text_is_masked_in_the_list(qapp, nb, profile) -> None:
    ids = seed_small(nb)
    model = signals_model(nb, profile)
    model.reload()
    row = model.row_of_id(ids["s2"])
    text = model.data(model.index(row, 7))
    assert "vertrouwen" not in text
    assert model.data(model.index(row, 4))      # the Confidential column says so


def test_clear_drops_rows_and_repository(qapp, nb, profile) -> None:
    seed_small(nb)
    model = signals_model(nb, profile)
    model.reload()
    assert model.rowCount() == 3
    model.clear()
    assert model.rowCount() == 0 and model.total == 0 and not model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 0


def test_repository_failure_shows_no_traceback(qapp, nb, profile, caplog) -> None:
    class Broken:
        def count(self, filter_text=""):
            raise RuntimeError("boom " + MARKER_NAME)

        def page(self, *a, **k):
            raise RuntimeError("boom")

    model = signals_model(nb, profile)
    failures = []
    model.loadFailed.connect(lambda: failures.append(1))
    with caplog.at_level("WARNING"):
        model.set_repository(Broken())
    assert model.rowCount() == 0
    assert failures
    assert caplog.records                            # logged, but without the message text
    assert MARKER_NAME not in caplog.text


def test_age_column_never_negative(qapp):
    """A birth date after today shows "unknown", none shows blank (covenant.dates.known_age)."""
    import datetime as dt

    from jongerenwerk_desk.notebook.models import YoungPerson
    from jongerenwerk_desk.ui.views.tables import _age

    today = dt.date.today()
    assert _age(YoungPerson(name="A", birth_date=today + dt.timedelta(days=3))) == "unknown"
    assert _age(YoungPerson(name="B")) == ""
    assert _age(YoungPerson(name="C", birth_date=today.replace(year=today.year - 20)
                            if (today.month, today.day) != (2, 29) else dt.date(2000, 1, 1))) \
        in ("20", str(today.year - 2000))


def test_many_loaded_rows_leave_the_cyclic_gc_and_are_still_freed_on_reload(qapp, nb, profile,
                                                                            monkeypatch):
    """Past FREEZE_FROM_ROWS loaded rows the model freezes them out of full GC scans (the
    50,000-signal scroll stall); a reload or clear still frees the old rows at once
    (reference counting works on frozen objects: rows hold no cycles)."""
    import gc
    import weakref

    from jongerenwerk_desk.ui.views import paged_model

    seed_signals(nb, PAGE_SIZE + 10)
    monkeypatch.setattr(paged_model, "FREEZE_FROM_ROWS", PAGE_SIZE + 1)
    gc.unfreeze()
    model = signals_model(nb, profile)
    try:
        model.reload()
        assert model.rowCount() == PAGE_SIZE and gc.get_freeze_count() == 0
        model.fetchMore()
        assert model.rowCount() == PAGE_SIZE + 10 and gc.get_freeze_count() > 0
        first, last = (weakref.ref(model.row_object(n)) for n in (0, PAGE_SIZE + 9))
        model.reload()
        assert first() is None and last() is None, "a frozen row outlived its reload"
        model.fetchMore()
        last = weakref.ref(model.row_object(PAGE_SIZE + 9))
        model.clear()
        assert last() is None and model.rowCount() == 0
    finally:
        gc.unfreeze()


def test_a_frozen_reference_cycle_is_collected_after_lock() -> None:
    """Decrypted data caught in a reference cycle that was frozen (ui/gc_policy.py) survives
    ordinary collections but not the collection after a lock."""
    import gc
    import weakref

    from jongerenwerk_desk.ui import gc_policy

    class Holder:
        def __init__(self) -> None:
            self.text = "geheim signaal 7f3a"
            self.me = self                       # a cycle: only the cyclic GC frees it

    held = Holder()
    ref = weakref.ref(held)
    try:
        gc_policy.freeze_long_lived()
        del held
        gc.collect()
        assert ref() is not None, "frozen: ordinary collections leave it alone"
        gc_policy.collect_after_lock()
        assert ref() is None
        assert gc.get_freeze_count() > 0, "the locked app stays frozen"
    finally:
        gc.unfreeze()
