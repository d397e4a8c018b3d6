"""Benchmark the door on the 50,000-signal notebook (run by hand, never in CI).

Measures, on the GUI thread, with the real NotebookWidget open (three lists and the detail
panels following ``services.ops.changed``): the time of one write through the ops runner,
from ``ops.run`` to every list and panel having reloaded itself from the broadcast, for
- saving an edited signal (all three lists and the signal panel follow it),
- saving an edited young person (people, groups and signals lists, person panel),
- withdrawing a consent (the person panel and the signals list),
and, for comparison, the same operation without any view listening (the write alone).
Target: median < 100 ms per write including the reloads (the worker sees no delay).

    .venv/bin/python benchmarks/make_large_notebook.py /tmp/large.jwdb   # once
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_ops.py --notebook /tmp/large.jwdb
Without --notebook a smaller notebook (``--signals``) is built in a temporary folder first.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def open_notebook(path: Path | None, tmp: Path, signals: int):
    from jongerenwerk_desk.notebook import Notebook
    from jongerenwerk_desk.vault import KdfParams

    if path is not None:
        return Notebook.open(path, passphrase="benchmark")
    from make_large_notebook import populate
    nb, _ = Notebook.create(tmp / "large.jwdb", "benchmark", kdf_params=KdfParams.minimum())
    populate(nb, signals=signals)
    return nb


def median_ms(fn, repeat: int) -> float:
    """Median wall time of ``fn()`` in milliseconds over ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notebook", type=Path, help="an existing large notebook")
    parser.add_argument("--signals", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from jongerenwerk_desk.covenant.profile import builtin_profile
    from jongerenwerk_desk.notebook import ops
    from jongerenwerk_desk.notebook.models import Consent
    from jongerenwerk_desk.ui.main_window import PEOPLE, NotebookWidget
    from jongerenwerk_desk.ui.services import Services
    from jongerenwerk_desk.ui.shell.ops_runner import OpsRunner

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        nb = open_notebook(args.notebook, Path(folder), args.signals)
        try:
            services = Services.for_tests()
            widget = NotebookWidget(nb, builtin_profile("demo"), services)
            widget.resize(1366, 700)
            widget.show()
            app.processEvents()
            signal = nb.signals.page(0, 1)[0]
            person = nb.people.page(0, 1)[0]
            widget.signals_view.select_id(signal.id)
            widget.show_view(PEOPLE)
            widget.people_view.select_id(person.id)
            bare = OpsRunner(nb)                          # nobody listens to this one

            def edit_signal(runner) -> None:
                runner.run(ops.save_signal, dataclasses.replace(
                    nb.signals.get(signal.id), location="bench"))
                app.processEvents()

            def edit_person(runner) -> None:
                runner.run(ops.save_person, dataclasses.replace(
                    nb.people.get(person.id), neighbourhood="bench"))
                app.processEvents()

            consents = []

            def withdraw(runner) -> None:
                cid = nb.consents.add(Consent(person_id=person.id, purpose="bench",
                                              given_on=date(2026, 1, 1)))
                consents.append(cid)
                runner.run(ops.withdraw_consent, cid, date(2026, 2, 1))
                app.processEvents()

            rows = []
            for name, fn in (("save signal", edit_signal), ("save young person", edit_person),
                             ("withdraw consent", withdraw)):
                with_views = median_ms(lambda fn=fn: fn(services.ops), args.repeat)
                alone = median_ms(lambda fn=fn: fn(bare), args.repeat)
                rows.append((name, with_views, alone))
            print(f"notebook: {nb.signals.count()} signals, {nb.people.count()} young people")
            for name, with_views, alone in rows:
                verdict = "PASS" if with_views < 100 else "FAIL"
                print(f"{name:20s} with views {with_views:7.1f} ms   write alone {alone:6.1f} ms"
                      f"   target < 100 ms: {verdict}")
            widget.clear_client_data()
        finally:
            nb.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
