"""``ReadSession``: a second, read-only connection for background reads (the UI's searches).

The notebook's main connection serves the GUI thread (page fetches while scrolling, writes).
A search on 50,000 signals takes a noticeable time; run on that same connection it would make
every GUI-thread query wait behind it, including one for a search that is already stale. A
``ReadSession`` has a connection of its own (keyed with the vault's raw data key: no KDF run),
set to ``PRAGMA query_only``, and stops a running query as soon as its caller says it is no
longer wanted (SQLite's progress handler, checked every ``PROGRESS_STEPS`` VM steps).

Lifetime: made by ``Notebook.reader()``; closed by ``Notebook.close()`` and
``Notebook.close_reader()`` (a running query is stopped first and waited for) and, like every
connection of the vault, by ``Vault.close()``. Threads: the owner thread never calls into the
connection while a query may run on it (only :meth:`ReadSession.close`, after the guard), so a
progress handler waiting for the GIL can never deadlock against it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from jongerenwerk_desk.notebook.groups import GroupRepository
from jongerenwerk_desk.notebook.people import PeopleRepository
from jongerenwerk_desk.notebook.records import PartnerRepository
from jongerenwerk_desk.notebook.signals import SignalRepository
from jongerenwerk_desk.vault.errors import VaultLocked

if TYPE_CHECKING:
    from jongerenwerk_desk.notebook.notebook import Notebook

R = TypeVar("R")
#: SQLite VM steps between two checks of "is this query still wanted" (a check is one Python
#: call; 1,000 steps take well under a millisecond, so a stale query stops within about 1 ms)
PROGRESS_STEPS = 1_000


class QueryCancelled(Exception):
    """The read was stopped because its caller no longer wanted it (or the notebook locked)."""


class ReadSession:
    """Read-only repositories (``people``, ``groups``, ``signals``, ``partners``) on a
    connection of their own, for use from one background thread at a time.

    :meth:`run` runs ``fn(session)`` while holding the session; ``cancelled()`` is polled
    during every query and between them, and when it returns True the query stops and
    :meth:`run` raises QueryCancelled. Writes raise (``query_only``). VaultLocked after
    :meth:`close`.
    """

    def __init__(self, nb: Notebook) -> None:
        self._vault = nb.vault
        self._conn: Any = nb.vault.connect()      # closed on lock by the vault as well
        self._conn.execute("PRAGMA query_only = ON")
        self._guard = threading.Lock()
        self._cancelled: Callable[[], bool] | None = None
        self._closed = False
        self._conn.set_progress_handler(self._progress, PROGRESS_STEPS)
        # the repositories only read through ``.conn``: this session stands in for the notebook
        as_notebook = cast("Notebook", self)
        self.people = PeopleRepository(as_notebook)
        self.groups = GroupRepository(as_notebook)
        self.signals = SignalRepository(as_notebook)
        self.partners = PartnerRepository(as_notebook)

    @property
    def conn(self) -> Any:
        """The session's sqlcipher3 connection (VaultLocked once closed)."""
        if self._closed:
            raise VaultLocked()
        return self._conn

    @property
    def is_open(self) -> bool:
        """False after :meth:`close` or once the vault closed the connection (lock, or a
        passphrase change, which closes every further connection)."""
        # never a call into the connection: from the GUI thread that would wait for SQLite's
        # connection mutex, held by a running query whose progress handler waits for the GIL
        return not self._closed and self._vault.holds(self._conn)

    def run(self, fn: Callable[[ReadSession], R], cancelled: Callable[[], bool]) -> R:
        """``fn(self)``, one caller at a time. Raises QueryCancelled when ``cancelled()``
        became True (before, during or right after a query), VaultLocked when closed, and
        whatever ``fn`` raises otherwise."""
        with self._guard:
            if self._closed:
                raise VaultLocked()
            if cancelled():
                raise QueryCancelled()
            self._cancelled = cancelled
            try:
                result = fn(self)
            except Exception as exc:
                if self._closed or cancelled():
                    raise QueryCancelled() from exc   # "interrupted": stopped on purpose
                raise
            finally:
                self._cancelled = None
            if cancelled():
                raise QueryCancelled()
            return result

    def close(self) -> None:
        """Stop a running query, wait for it to end, close the connection. Idempotent."""
        self._closed = True                 # the progress handler stops a running query now
        with self._guard, contextlib.suppress(Exception):
            self._conn.close()

    def _progress(self) -> int:
        """SQLite's progress handler: non-zero stops the running statement."""
        if self._closed:
            return 1
        cancelled = self._cancelled
        return 1 if cancelled is not None and cancelled() else 0
