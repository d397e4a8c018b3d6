"""Benchmark: a passphrase change (fresh data key, the whole file re-encrypted) and the full
cipher check at unlock, on the 50k-signal notebook (issue 13, classes 1 and 4).

Run by hand (never in the test suite)::

    .venv/bin/python benchmarks/bench_rekey.py [NOTEBOOK.jwdb]

Without an argument a notebook of 2,000 people and 50,000 signals is generated first with
``make_large_notebook.py`` (passphrase "benchmark", minimum KDF) in a temporary folder; a given
notebook is copied first, so it is never changed. Prints the file size, the time of each
progress phase of ``Vault.change_passphrase`` and of ``PRAGMA cipher_integrity_check``.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_large_notebook import populate

from jongerenwerk_desk.notebook import MIGRATIONS, Notebook
from jongerenwerk_desk.vault import KdfParams, Vault
from jongerenwerk_desk.vault.engine import keys_path_for

PASSPHRASE = "benchmark"


def _notebook(folder: Path, given: str | None) -> Path:
    path = folder / "groot.jwdb"
    if given:
        shutil.copyfile(given, path)
        shutil.copyfile(keys_path_for(Path(given)), keys_path_for(path))
        return path
    nb, _ = Notebook.create(path, PASSPHRASE, kdf_params=KdfParams.minimum())
    start = time.perf_counter()
    populate(nb)
    nb.close()
    print(f"generated the 50k notebook in {time.perf_counter() - start:.1f} s")
    return path


def main(argv: list[str]) -> int:
    """Run the benchmark; returns 0."""
    with tempfile.TemporaryDirectory() as tmp:
        path = _notebook(Path(tmp), argv[0] if argv else None)
        print(f"file: {path.stat().st_size / 1e6:.1f} MB")
        vault = Vault.open(path, passphrase=PASSPHRASE, migrations=MIGRATIONS)
        start = time.perf_counter()
        rows = vault.conn.execute("PRAGMA cipher_integrity_check").fetchall()
        print(f"cipher_integrity_check: {time.perf_counter() - start:.2f} s "
              f"({len(rows)} problems)")
        marks: list[tuple[float, str, float]] = []
        start = time.perf_counter()
        vault.change_passphrase(PASSPHRASE, "benchmark nieuw",
                                progress=lambda f, p: marks.append(
                                    (time.perf_counter() - start, p, f)))
        total = time.perf_counter() - start
        vault.close()
        for at, phase, fraction in marks:
            print(f"  {at:6.2f} s  {phase:8s} {fraction:4.0%}")
        print(f"change_passphrase (fresh key, whole file re-encrypted): {total:.2f} s, "
              f"{len(marks)} progress calls")
        start = time.perf_counter()
        Vault.open(path, passphrase="benchmark nieuw", migrations=MIGRATIONS).close()
        print(f"unlock afterwards: {time.perf_counter() - start:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
