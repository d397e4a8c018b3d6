"""A passphrase change re-encrypts under a fresh data key and survives SIGKILL at any point
(issue 13, class 1): after every kill exactly one of the old and the new passphrase opens the
notebook, it verifies, no row is lost, and the next open settles the key file.
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

from jongerenwerk_desk.vault import KdfParams, Vault
from jongerenwerk_desk.vault.errors import InterruptedKeyChange, WrongPassphrase
from tests.vault_support import MIGRATIONS

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")

ROWS = 1500
# (phase to wait for, longest random delay after it in s); "changed" = let it finish
KILL_POINTS = (("open", 0.0), ("open", 0.4), ("keys", 0.6), ("encrypt", 0.0),
               ("encrypt", 0.3), ("check", 0.0), ("check", 0.05), ("done", 0.0),
               ("changed", 0.0), ("keys", 0.1), ("encrypt", 0.15), ("open", 0.2))
CHANGER = textwrap.dedent('''
    import sys
    from jongerenwerk_desk.vault import Vault
    from tests.vault_support import MIGRATIONS
    path, old, new = sys.argv[1:4]
    vault = Vault.open(path, passphrase=old, migrations=MIGRATIONS)
    print("open", flush=True)
    vault.change_passphrase(old, new, progress=lambda f, phase: print(phase, flush=True))
    vault.close()
    print("changed", flush=True)
''')


def _opens(path: Path, passphrase: str) -> bool:
    try:
        vault = Vault.open(path, passphrase=passphrase, migrations=MIGRATIONS)
    except WrongPassphrase:
        return False
    with vault:
        assert vault.verify().ok
        assert vault.conn.execute("SELECT count(*) FROM item").fetchone()[0] == ROWS
    return True


@pytest.mark.slow
def test_sigkill_during_change_leaves_exactly_one_passphrase_working(tmp_path: Path) -> None:
    path = tmp_path / "wissel.jwdb"
    vault, _ = Vault.create(path, "wachtwoord-0", kdf_params=KdfParams.minimum(),
                            migrations=MIGRATIONS)
    with vault.transaction() as conn:
        for n in range(ROWS):
            conn.execute("INSERT INTO item(label) VALUES (?)", (f"rij {n} " + "x" * 2000,))
    vault.close()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    rng = random.Random(13)
    current, generation = "wachtwoord-0", 0
    outcomes = {"old": 0, "new": 0, "interrupted-message": 0}
    for round_ in range(len(KILL_POINTS)):
        new = f"wachtwoord-{generation + 1}"
        proc = subprocess.Popen([sys.executable, "-c", CHANGER, str(path), current, new],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=env)
        assert proc.stdout.readline() == "open\n", proc.stderr.read()
        # kill points in every phase (the machine may be slow: follow the child's progress)
        phase, delay = KILL_POINTS[round_ % len(KILL_POINTS)]
        while phase != "open" and (line := proc.stdout.readline()) and line.strip() != phase:
            pass
        time.sleep(delay * rng.random())
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        old_first = rng.random() < 0.5
        first, second = (current, new) if old_first else (new, current)
        try:
            opened_first = _opens(path, first)
        except InterruptedKeyChange:
            outcomes["interrupted-message"] += 1
            opened_first = False
        opened_second = _opens(path, second)
        assert opened_first != opened_second, (round_, opened_first, opened_second)
        winner = first if opened_first else second
        outcomes["new" if winner == new else "old"] += 1
        assert b'"next"' not in Path(f"{path}.keys").read_bytes()   # settled by the open
        if winner == new:
            current, generation = new, generation + 1
        else:
            generation += 1      # never reuse a passphrase that may sit in a staged slot
    print(outcomes)
    assert outcomes["old"] >= 3 and outcomes["new"] >= 3
