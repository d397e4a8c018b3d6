"""Benchmark: unlock time (Argon2id KDF vs. the rest), verify, backup and restore time.

Run by hand (never in the test suite)::

    .venv/bin/python benchmarks/bench_unlock.py            # small notebook, calibrated KDF
    .venv/bin/python benchmarks/bench_unlock.py --rows 50000 --text-bytes 400

Creates a notebook with the real notebook schema in a temporary folder, with calibrated
Argon2id parameters (as ``init`` does), adds ``--rows`` filler rows of ``--text-bytes`` random
text to a benchmark-only table, then reports medians over ``--repeat`` runs. Target (issue 2):
the rest of the unlock (everything except the KDF) under 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from jongerenwerk_desk.notebook import MIGRATIONS
from jongerenwerk_desk.vault import KdfParams, Vault
from jongerenwerk_desk.vault.engine import cipher_version

PASSPHRASE = "benchmark passphrase ✓"


def _timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def _fill(vault: Vault, rows: int, text_bytes: int) -> None:
    vault.conn.execute("CREATE TABLE IF NOT EXISTS bench_filler (id INTEGER PRIMARY KEY, "
                       "body TEXT NOT NULL)")
    batch = 5000
    for start in range(0, rows, batch):
        with vault.transaction() as conn:
            conn.executemany("INSERT INTO bench_filler(body) VALUES (?)",
                             ((os.urandom(text_bytes // 2).hex(),)
                              for _ in range(min(batch, rows - start))))


WORDS = ("jongeren", "plein", "scooter", "school", "avond", "ruzie", "buurt", "winkel",
         "voetbal", "muziek", "telefoon", "park", "station", "vrienden", "overlast")


def _fts_search_ms(path: Path, key: bytes, memory_security: bool, repeat: int) -> float:
    """Median ms of a ranked FTS5 query on 50,000 short texts, with cipher_memory_security
    ON or OFF (a process-wide SQLCipher setting, so each run is a fresh subprocess)."""
    import subprocess

    code = f"""
import random, statistics, sys, time
sys.path.insert(0, {str(Path(__file__).resolve().parents[1])!r})
from jongerenwerk_desk.vault.engine import connect
conn = connect({str(path)!r}, bytes.fromhex({key.hex()!r}))
conn.execute("PRAGMA cipher_memory_security = {'ON' if memory_security else 'OFF'}")
if not conn.execute("SELECT count(*) FROM sqlite_master WHERE name='bench_fts'").fetchone()[0]:
    conn.execute("CREATE VIRTUAL TABLE bench_fts USING fts5(body)")
    rng = random.Random(1)
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO bench_fts(body) VALUES (?)",
                     ((" ".join(rng.choice({WORDS!r}) for _ in range(12)),) for _ in range(50000)))
    conn.execute("COMMIT")
times = []
for _ in range({repeat}):
    t = time.perf_counter()
    conn.execute("SELECT rowid FROM bench_fts WHERE bench_fts MATCH 'scooter AND ruzie' "
                 "ORDER BY rank LIMIT 50").fetchall()
    times.append(time.perf_counter() - t)
print(statistics.median(times) * 1000)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    return float(out.stdout.strip())


def run(rows: int, text_bytes: int, repeat: int, target: float) -> None:
    """Build the notebook and print the measurements."""
    with tempfile.TemporaryDirectory(prefix="jwd-bench-") as folder:
        path = Path(folder) / "bench.jwdb"
        calib_s, params = _timed(lambda: KdfParams.calibrate(target))
        vault, _code = Vault.create(path, PASSPHRASE, kdf_params=params, migrations=MIGRATIONS)
        _fill(vault, rows, text_bytes)
        vault.close()
        kdf, rest = [], []
        for _ in range(repeat):
            opened = Vault.open(path, passphrase=PASSPHRASE, migrations=MIGRATIONS)
            kdf.append(opened.unlock_timings["kdf_s"])
            rest.append(opened.unlock_timings["open_s"])
            opened.close()
        vault = Vault.open(path, passphrase=PASSPHRASE, migrations=MIGRATIONS)
        key = bytes(vault._key)  # benchmark only: the FTS subprocesses open with the raw key
        size_mb = path.stat().st_size / 1e6
        verify_s = statistics.median(_timed(vault.verify)[0] for _ in range(repeat))
        cic_s = statistics.median(_timed(lambda: vault.conn.execute(
            "PRAGMA cipher_integrity_check").fetchall())[0] for _ in range(repeat))
        backups = Path(folder) / "backups"
        backups.mkdir()
        backup_times = []
        for _ in range(repeat):
            seconds, written = _timed(lambda: vault.backup(backups))
            backup_times.append(seconds)
        vault.close()
        restore_s, _ = _timed(lambda: Vault.restore(written, path, passphrase=PASSPHRASE))
        fts_off = _fts_search_ms(path, key, False, repeat)
        fts_on = _fts_search_ms(path, key, True, repeat)
        ms = 1000.0
        print(f"SQLCipher {cipher_version()}; {os.cpu_count()} CPUs; load {os.getloadavg()[0]:.2f}")
        print(f"KDF params: Argon2id t={params.time_cost}, m={params.memory_kib // 1024} MiB, "
              f"p={params.parallelism} (calibration took {calib_s:.2f} s, target {target} s)")
        print(f"file: {size_mb:.2f} MB, {rows} filler rows of {text_bytes} B")
        print(f"unlock KDF        median {statistics.median(kdf) * ms:8.1f} ms "
              f"(min {min(kdf) * ms:.1f})")
        print(f"unlock rest       median {statistics.median(rest) * ms:8.1f} ms "
              f"(min {min(rest) * ms:.1f})  target < 100 ms")
        print(f"verify (full)     median {verify_s * ms:8.1f} ms")
        print(f"  of which cipher_integrity_check {cic_s * ms:8.1f} ms")
        print(f"backup (+verify)  median {statistics.median(backup_times) * ms:8.1f} ms")
        print(f"restore (+verify)        {restore_s * ms:8.1f} ms")
        print(f"FTS5 ranked query, 50k rows: cipher_memory_security OFF {fts_off:.1f} ms, "
              f"ON {fts_on:.1f} ms (the vault keeps SQLCipher's default, OFF)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--text-bytes", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--target", type=float, default=0.5, help="KDF target seconds")
    args = parser.parse_args()
    run(args.rows, args.text_bytes, args.repeat, args.target)


if __name__ == "__main__":
    main()
