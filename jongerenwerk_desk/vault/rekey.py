"""Re-encrypting a notebook under a fresh data key (a passphrase change, issue 13 class 1).

Steps (``Vault.change_passphrase``), each crash-safe on its own:

1. A fresh 32-byte data key and a fresh recovery code; both are wrapped into a *staged*
   envelope (new passphrase slot, new recovery-code slot, same KDF parameters).
2. The ``.keys`` file is atomically replaced by the current envelope plus the staged one as
   ``next`` (``envelope.py``).
3. ``PRAGMA rekey`` with the new raw key on the vault's main connection: SQLCipher rewrites
   every page (free pages included) in **one** write transaction. Its rollback journal holds
   the original pages encrypted under the old key, so a crash anywhere before the commit is
   rolled back on the next open (the journal is played back byte for byte, whatever key the
   opener uses) and leaves the whole file under the old key; after the commit the whole file
   is under the new key.
4. The ``.keys`` file is atomically replaced by the staged envelope alone.

So after a kill at any point exactly one of old and new opens the database; the next open
(``Vault.open``) sees which key fits and finishes step 4 or undoes step 2.

Why a fresh key and not a rewrap: a passphrase is changed because it may have leaked. With a
rewrap, the old passphrase plus any old copy of the ``.keys`` (every backup holds one) still
gives the data key, which decrypts everything written later. The old recovery code is
likewise tied to the old key, so a change issues a new recovery code (the old one keeps
opening only old backups, as the old passphrase does).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from jongerenwerk_desk.vault import engine
from jongerenwerk_desk.vault.errors import VaultError

#: ``progress(fraction 0..1, phase)``; phase is one of :data:`PHASES`.
Progress = Callable[[float, str], None]
PHASES = ("keys", "encrypt", "check", "done")
_POLL_S = 0.1


def no_progress(_fraction: float, _phase: str) -> None:
    """The default progress callback: ignore."""


def key_fits(path: Path, key: bytes) -> bool:
    """True when ``key`` decrypts page 1 of ``path`` (a fresh connection, closed again).

    A hot journal from a crash is rolled back by whichever key opens first, so the answer is
    about the committed state.
    """
    try:
        conn = engine.connect(path, key, readonly=False)
    except VaultError:
        return False
    conn.close()
    return True


def rekey(conn: engine.Connection, path: Path, new_key: bytes, progress: Progress, start: float,
          end: float) -> None:
    """Run ``PRAGMA rekey`` on ``conn`` (the only open connection to ``path``, not in a
    transaction), reporting progress from ``start`` to ``end`` as the rollback journal grows
    (one journal page per re-encrypted page). Raises what SQLCipher raises; the caller
    decides with :func:`key_fits` which key the file is under afterwards."""
    if len(new_key) != 32:
        raise ValueError("data key must be 32 bytes")
    with _journal_watch(path, progress, start, end):
        conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")


@contextlib.contextmanager
def _journal_watch(path: Path, progress: Progress, start: float, end: float) -> Iterator[None]:
    journal = Path(str(path) + "-journal")
    total = max(1, os.path.getsize(path))
    stop = threading.Event()

    def watch() -> None:
        while not stop.wait(_POLL_S):
            try:
                done = min(1.0, journal.stat().st_size / total)
            except OSError:
                continue
            with contextlib.suppress(Exception):
                progress(start + (end - start) * done, "encrypt")

    thread = threading.Thread(target=watch, name="jwd-rekey-progress", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
