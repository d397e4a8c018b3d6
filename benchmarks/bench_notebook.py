"""Benchmark of the encrypted notebook (issue 2, "Performance"). Run by hand:

    .venv/bin/python benchmarks/bench_notebook.py [--people 2000 --groups 150 --signals 50000]

Builds a notebook of 2,000 young people, 150 groups and 50,000 signals (make_large_notebook),
then reports:
- unlock time split into KDF (Argon2id, calibrated parameters as a real notebook gets them)
  and the rest (key unwrap, SQLCipher open and schema check, Notebook set-up, first query);
  target: rest < 100 ms;
- FTS search latency (``nb.search`` and a filtered page of signals) for a common and a rare
  word, median of many runs; target: median < 20 ms;
- the same queries on an unencrypted copy (made with ``sqlcipher_export`` into a plaintext
  attached database, opened by sqlcipher3 without a key: same SQLite build), as a ratio;
- backup and verify time, file size; erasure of one person.
Targets are printed as PASS/FAIL but never asserted: this is not a test.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

import sqlcipher3.dbapi2 as sqlcipher

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_large_notebook import COMMON_WORD, RARE_WORD, populate

from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.notebook.people import PeopleRepository
from jongerenwerk_desk.notebook.search import search
from jongerenwerk_desk.notebook.signals import SignalRepository
from jongerenwerk_desk.vault import KdfParams

PASS = "benchmark passphrase"


def timed(fn, runs: int) -> float:
    """Median wall time of ``fn()`` in milliseconds over ``runs`` runs (after one warm-up)."""
    fn()
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def queries(holder) -> dict[str, callable]:
    """The measured calls, through the real repository and search code; ``holder`` is the
    Notebook or a stand-in with only ``conn`` (the plaintext copy), which is all these
    read paths use."""
    signals, people = SignalRepository(holder), PeopleRepository(holder)
    return {
        f"nb.search('{COMMON_WORD}')": lambda: search(holder, COMMON_WORD, 50),
        f"nb.search('{RARE_WORD}')": lambda: search(holder, RARE_WORD, 50),
        f"signals.page(0,50,'occurred_at',desc,'{COMMON_WORD}')":
            lambda: signals.page(0, 50, "occurred_at", True, COMMON_WORD),
        f"signals.page(0,50,'occurred_at',desc,'{RARE_WORD}')":
            lambda: signals.page(0, 50, "occurred_at", True, RARE_WORD),
        f"signals.count('{COMMON_WORD}')": lambda: signals.count(COMMON_WORD),
        "signals.page(0,50,'occurred_at',desc) unfiltered":
            lambda: signals.page(0, 50, "occurred_at", True),
        "people.page(0,50,'name',filter 'sam')": lambda: people.page(0, 50, "name", False, "sam"),
    }


def plain_copy(nb: Notebook, dest: Path):
    """Export the decrypted database to ``dest`` (plaintext SQLite) and open it keyless."""
    nb.conn.execute(f"ATTACH DATABASE '{dest}' AS plain KEY ''")
    nb.conn.execute("SELECT sqlcipher_export('plain')").fetchall()
    nb.conn.execute("DETACH DATABASE plain")
    conn = sqlcipher.connect(str(dest), isolation_level=None)
    assert dest.read_bytes()[:15] == b"SQLite format 3"
    return SimpleNamespace(conn=conn)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--people", type=int, default=2000)
    ap.add_argument("--groups", type=int, default=150)
    ap.add_argument("--signals", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=31)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="jwd-bench-"))
    path = work / "groot.jwdb"

    params = KdfParams.calibrate()
    print(f"KDF parameters: {params}")
    nb, _ = Notebook.create(path, PASS, kdf_params=params)
    t0 = time.perf_counter()
    populate(nb, people=args.people, groups=args.groups, signals=args.signals)
    print(f"built {args.people} people, {args.groups} groups, {args.signals} signals in "
          f"{time.perf_counter() - t0:.1f} s")
    nb.close()

    kdf, rest = [], []
    for _ in range(5):
        t0 = time.perf_counter()
        nb = Notebook.open(path, passphrase=PASS)
        nb.people.count()
        total = time.perf_counter() - t0
        kdf.append(nb.vault.unlock_timings["kdf_s"])
        rest.append(total - nb.vault.unlock_timings["kdf_s"])
        nb.close()
    kdf_ms, rest_ms = statistics.median(kdf) * 1000, statistics.median(rest) * 1000
    print(f"unlock: KDF {kdf_ms:.0f} ms, rest {rest_ms:.1f} ms "
          f"[{'PASS' if rest_ms < 100 else 'FAIL'} < 100 ms]")

    nb = Notebook.open(path, passphrase=PASS)
    plain = plain_copy(nb, work / "plain.sqlite")
    print(f"{'query (median of runs)':55} {'encrypted':>10} {'plain':>8} {'ratio':>6}")
    enc_q, plain_q = queries(nb), queries(plain)
    for name, fn in enc_q.items():
        enc_ms = timed(fn, args.runs)
        plain_ms = timed(plain_q[name], args.runs)
        verdict = "PASS" if enc_ms < 20 else "FAIL"
        print(f"{name:55} {enc_ms:8.2f}ms {plain_ms:6.2f}ms {enc_ms / plain_ms:6.2f} "
              f"[{verdict} < 20 ms]")
    hits = len(nb.search(COMMON_WORD, 10_000)), len(nb.search(RARE_WORD, 10_000))
    print(f"hits (limit 10000): common {hits[0]}, rare {hits[1]}")

    t0 = time.perf_counter()
    backup = nb.vault.backup(work / "backup")
    print(f"backup: {time.perf_counter() - t0:.2f} s ({backup.stat().st_size / 2**20:.1f} MiB)")
    t0 = time.perf_counter()
    report = nb.vault.verify()
    print(f"verify: {time.perf_counter() - t0:.2f} s (ok={report.ok})")
    pid = nb.conn.execute("SELECT person_id FROM signal_people GROUP BY person_id "
                          "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    t0 = time.perf_counter()
    erased = nb.people.erase(pid)
    print(f"erase one person ({erased.signals_deleted} signals deleted, "
          f"{len(erased.signals_kept)} kept, FTS optimize): {time.perf_counter() - t0:.2f} s")
    nb.close()
    print(f"file size: {path.stat().st_size / 2**20:.1f} MiB "
          f"(plain copy {(work / 'plain.sqlite').stat().st_size / 2**20:.1f} MiB)")
    print(f"work dir (delete by hand): {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
