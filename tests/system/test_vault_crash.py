"""Crash safety: a writer process is killed with SIGKILL at random moments, many times; after
each kill the notebook opens, verifies and holds every row the writer reported as committed
(issue 2, "What the tests must show").

To keep this fast, one helper process imports the vault once and forks a fresh writer per
round (fork from a single-threaded process is safe); the writer prints each id after COMMIT.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from jongerenwerk_desk.vault import KdfParams, Migration, Vault, execute_script

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)")

SCHEMA = """
CREATE TABLE signal (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE scratch (id INTEGER PRIMARY KEY, junk BLOB);
CREATE VIRTUAL TABLE signal_fts USING fts5(body);
"""
ROUNDS = 25

ZYGOTE = textwrap.dedent('''
    import os, random, sys
    from jongerenwerk_desk.vault import Migration, Vault, execute_script
    path, key = sys.argv[1], bytes.fromhex(sys.argv[2])
    migrations = (Migration(1, "crash", lambda c: execute_script(c, sys.argv[3])),)

    def writer():
        vault = Vault._open_with_key(path, key, migrations=migrations)
        out = os.fdopen(1, "w", buffering=1)
        out.write(f"ready {os.getpid()}\\n")
        n = 0
        while True:
            n += 1
            with vault.transaction() as conn:
                body = f"melding {n} " + os.urandom(200).hex()
                rid = conn.execute("INSERT INTO signal(body) VALUES (?)", (body,)).lastrowid
                conn.execute("INSERT INTO signal_fts(rowid, body) VALUES (?, ?)", (rid, body))
                conn.execute("INSERT INTO scratch(junk) VALUES (?)",
                             (os.urandom(random.randint(100, 6000)),))
                if n % 3 == 0:
                    conn.execute("DELETE FROM scratch WHERE id IN "
                                 "(SELECT id FROM scratch ORDER BY random() LIMIT 2)")
            out.write(f"{rid}\\n")

    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            try:
                writer()
            finally:
                os._exit(3)
        os.waitpid(pid, 0)
        sys.stdout.write("done\\n")
        sys.stdout.flush()
''')

def _read_line(proc: subprocess.Popen) -> str:
    line = proc.stdout.readline()
    if not line:
        raise AssertionError("helper process ended: " + proc.stderr.read())
    return line

@pytest.mark.slow
def test_sigkill_at_random_moments_never_loses_a_commit(tmp_path: Path) -> None:
    path = tmp_path / "crash.jwdb"
    migrations = (Migration(1, "crash", lambda c: execute_script(c, SCHEMA)),)
    vault, _code = Vault.create(path, "crash-test", kdf_params=KdfParams.minimum(),
                                migrations=migrations)
    key = bytes(vault._key)
    vault.close()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen([sys.executable, "-c", ZYGOTE, str(path), key.hex(), SCHEMA],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    rng = random.Random(20261129)
    committed: set[int] = set()
    hot_journals = 0
    try:
        for _ in range(ROUNDS):
            proc.stdin.write("go\n")
            proc.stdin.flush()
            first = _read_line(proc)
            assert first.startswith("ready "), first
            child = int(first.split()[1])
            # let it run 0-120 ms, then kill it wherever it is (often inside a commit)

            time.sleep(rng.uniform(0.0, 0.12))
            os.kill(child, signal.SIGKILL)
            while not (line := _read_line(proc)).endswith("done\n"):
                if line.strip().isdigit():
                    committed.add(int(line))
            hot_journals += Path(str(path) + "-journal").exists()
            with Vault._open_with_key(path, key, migrations=migrations) as check:
                report = check.verify()
                assert report.ok, report.problems
                ids = {r[0] for r in check.conn.execute("SELECT id FROM signal")}
                assert committed <= ids
                assert len(ids) <= len(committed) + ROUNDS   # at most one unreported per kill
                fts = check.conn.execute("SELECT count(*) FROM signal_fts").fetchone()[0]
                assert fts == len(ids)
    finally:
        proc.stdin.close()
        proc.kill()
        proc.wait(timeout=10)
    assert len(committed) > ROUNDS          # the writer really wrote between the kills
    with Vault.open(path, passphrase="crash-test", migrations=migrations) as final:
        assert final.verify().ok
    print(f"{ROUNDS} kills, {len(committed)} commits confirmed, "
          f"{hot_journals} hot journals rolled back")
