"""The open notebook: :class:`Vault` (create, unlock, lock, rewrap, verify, backup, restore).

Files: ``X.jwdb`` (SQLCipher 4, raw 256-bit data key), ``X.jwdb.keys`` (key envelope, see
``envelope.py``), ``X.jwdb.lock`` (pid + OS lock while open). No error path deletes,
truncates or rewrites ``X.jwdb`` or ``X.jwdb.keys``.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import secrets
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal, overload

from jongerenwerk_desk.vault import backup as bk
from jongerenwerk_desk.vault import debris, engine, layout
from jongerenwerk_desk.vault import migrations as mig
from jongerenwerk_desk.vault import rekey as rk
from jongerenwerk_desk.vault import rollback as rb
from jongerenwerk_desk.vault.envelope import (
    PASSPHRASE_SLOT,
    RECOVERY_SLOT,
    KeyEnvelope,
    new_recovery_code,
    normalise_recovery_code,
)
from jongerenwerk_desk.vault.errors import (
    DamagedFile,
    FirstPageDamaged,
    InterruptedKeyChange,
    KeyFileMismatch,
    KeyringUnavailable,
    NotebookDamagedWritesRefused,
    NotebookExists,
    NotebookNotFound,
    VaultError,
    VaultLocked,
    WrongPassphrase,
)
from jongerenwerk_desk.vault.fileio import cleanup_on_error, temp_name
from jongerenwerk_desk.vault.kdf import KdfParams, normalise
from jongerenwerk_desk.vault.lockfile import NotebookLock
from jongerenwerk_desk.vault.verify import (
    MAX_PROBLEMS,
    VerifyReport,
    dutch_problem,
    verify_connection,
)

if TYPE_CHECKING:
    from jongerenwerk_desk.vault.keystore import DeviceKeyStore


def _unwrap_candidates(envelope: KeyEnvelope, slot: str,
                       secret: str) -> list[tuple[bytes, KeyEnvelope]]:
    """``(data key, envelope that holds it)`` for each key ``secret`` unwraps in ``slot``:
    the current one and, during an interrupted key change, the staged next one. Raises
    WrongPassphrase when it unwraps neither (DamagedFile for a garbled slot)."""
    found: list[tuple[bytes, KeyEnvelope]] = []
    first_error: WrongPassphrase | None = None
    current = envelope.without_next() if envelope.next is not None else envelope
    for env in (current, envelope.next_envelope()):
        if env is None:
            continue
        try:
            found.append((env.unwrap(slot, secret), env))
        except WrongPassphrase as exc:
            first_error = first_error or exc
    if not found:
        assert first_error is not None
        raise first_error
    return found


def _first_connection(vault: Vault) -> engine.Connection:
    """The vault's main connection. The envelope already authenticated the data key, so a key
    that does not decrypt page 1 means either the ``.keys`` file belongs to another notebook
    (KeyFileMismatch: the key fails on every page) or page 1 is damaged (FirstPageDamaged:
    other pages check out under the key)."""
    try:
        return vault.connect()
    except DamagedFile as exc:
        if not engine.is_not_a_database(exc.__cause__):
            raise
        # which pages fail under this key? every one: another notebook's key; some: damage
        try:
            failing, total = engine.pages_failing(vault.path, bytes(vault._key))
        except Exception:
            raise KeyFileMismatch() from exc
        if failing < total:
            raise FirstPageDamaged(f"{failing} van {total} pagina's") from exc
        raise KeyFileMismatch() from exc


class Vault:
    """An unlocked notebook. Make one with :meth:`create`, :meth:`open` or
    :meth:`open_with_keyring`; :meth:`close` locks it (closes every connection, wipes the key
    copy it holds, releases the lock file). Also a context manager.

    ``conn`` is a sqlcipher3 connection in autocommit mode (``isolation_level=None``) with
    ``row_factory = Row``; group writes in :meth:`transaction`. It may be used from another
    thread, one thread at a time; for parallel work take a second connection with
    :meth:`connect`.
    """

    def __init__(self, path: Path, data_key: bytes, envelope: KeyEnvelope, lock: NotebookLock,
                 migrations: Sequence[mig.Migration]) -> None:
        self._path = Path(path)
        self._key = bytearray(data_key)
        self._envelope = envelope
        self._lock = lock
        self._migrations = tuple(migrations)
        self._conns: list[engine.Connection] = []
        self._conn = None
        self.opened_with = "data_key"
        self.unlock_timings: dict[str, float] = {"kdf_s": 0.0, "open_s": 0.0}
        self.applied_migrations: list[int] = []
        #: after an interrupted passphrase change: "finished" (the new passphrase opened it and
        #: the change is now complete) or "undone" (the old one did); else None
        self.key_change_recovered: str | None = None
        #: what the start-up tidy did (``debris.TidyReport``; false when nothing)
        self.tidied = debris.TidyReport()
        #: temporary backups of killed backups removed from the last backup's folder
        self.swept_backups = 0
        self._generation_store: DeviceKeyStore | None = None   # set by rollback_warnings()
        self._generation_table: bool | None = None
        self._integrity_done = threading.Event()
        self._integrity_problems: list[str] = []
        self._integrity_thread: threading.Thread | None = None

    # ----- creating and opening -------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, passphrase: str, *, kdf_params: KdfParams | None = None,
               migrations: Sequence[mig.Migration] = ()) -> tuple[Vault, str]:
        """Create a new notebook at ``path``; return ``(open vault, recovery code)``.

        The recovery code is shown to the user once and never stored in plaintext.
        ``kdf_params`` default: :meth:`KdfParams.calibrate` (about 1.2 s once;
        then ~0.5 s per unlock).
        Raises NotebookExists (path or its envelope exists), NotebookNotFound (no such
        folder), ValueError (empty passphrase, bad migrations), DiskFull, SQLCipherUnavailable.
        Nothing is left behind on failure.
        """
        engine.dbapi()
        path, migrations = Path(path), mig.validate(migrations)
        passphrase = normalise(passphrase)
        if not passphrase:
            raise ValueError("empty passphrase")
        keys_path = engine.keys_path_for(path)
        if not path.parent.is_dir():
            raise NotebookNotFound("de map bestaat niet")
        tidied = debris.tidy(path)   # e.g. the lone .keys of an init that was killed
        if path.exists() or keys_path.exists():
            raise NotebookExists()
        params = kdf_params or KdfParams.calibrate()
        data_key = secrets.token_bytes(32)
        envelope = KeyEnvelope.new(data_key)
        envelope.wrap(PASSPHRASE_SLOT, passphrase, data_key, params)
        code = new_recovery_code()
        # 125 random bits need no key stretching; the floor parameters keep creation and
        # recovery quick without weakening anything.
        envelope.wrap(RECOVERY_SLOT, normalise_recovery_code(code), data_key,
                      KdfParams.minimum())
        lock = NotebookLock(path)
        lock.acquire()
        try:
            layout.build_new_file(path, data_key, envelope, migrations)
            vault = cls._attach(path, data_key, envelope, lock, migrations, migrate=True)
        except BaseException:
            lock.release()
            raise
        vault.opened_with = "passphrase"
        vault.tidied = tidied
        return vault, code

    @classmethod
    def open(cls, path: Path | str, *, passphrase: str | None = None,
             recovery_code: str | None = None, migrations: Sequence[mig.Migration] = (),
             migrate: bool = True) -> Vault:
        """Unlock with exactly one of ``passphrase`` or ``recovery_code``.

        With ``migrate`` (default) pending migrations are applied after an automatic backup
        (``<stem>-before-migration-<n>-<time>.jwbak`` next to the notebook); with
        ``migrate=False`` they are left pending (``pending_migrations``), e.g. for verify.
        Raises NotebookNotFound, NotANotebook, DamagedFile, WrongPassphrase, NewerFormat,
        AlreadyOpen(pid), DiskFull, SQLCipherUnavailable; the file is never modified on error.
        """
        if (passphrase is None) == (recovery_code is None):
            raise ValueError("give exactly one of passphrase or recovery_code")
        engine.dbapi()
        path, migrations = Path(path), mig.validate(migrations)
        tidied = debris.tidy(path)   # finish an interrupted restore, drop our temp files
        engine.classify_file(path)
        envelope = KeyEnvelope.load(engine.keys_path_for(path))
        lock = NotebookLock(path)
        lock.acquire()
        try:
            start = time.perf_counter()
            if passphrase is not None:
                slot, secret = PASSPHRASE_SLOT, normalise(passphrase)
            elif recovery_code is not None:
                slot, secret = RECOVERY_SLOT, normalise_recovery_code(recovery_code)
            else:  # excluded at the top; this branch keeps the type checker's view exact
                raise ValueError("give exactly one of passphrase or recovery_code")
            candidates = _unwrap_candidates(envelope, slot, secret)
            kdf_s = time.perf_counter() - start
            vault = cls._attach_first_fitting(path, candidates, envelope, lock, migrations,
                                              migrate)
        except BaseException:
            lock.release()
            raise
        vault.tidied = tidied
        vault.opened_with = "passphrase" if passphrase is not None else "recovery_code"
        vault.unlock_timings = {"kdf_s": kdf_s,
                                "open_s": time.perf_counter() - start - kdf_s}
        return vault

    @classmethod
    def open_with_keyring(cls, path: Path | str, *, migrations: Sequence[mig.Migration] = (),
                          store: DeviceKeyStore | None = None, migrate: bool = True) -> Vault:
        """Unlock with the data key this device's OS keyring holds for this notebook.

        ``store``: a :class:`~jongerenwerk_desk.vault.keystore.DeviceKeyStore` (default: a new
        one). Raises KeyringUnavailable when no secure keyring answers in time, it holds no key
        for this notebook, or the key it holds is stale; never WrongPassphrase. Other errors
        as :meth:`open`.
        """
        from jongerenwerk_desk.vault.keystore import DeviceKeyStore

        engine.dbapi()
        path, migrations = Path(path), mig.validate(migrations)
        tidied = debris.tidy(path)
        engine.classify_file(path)
        envelope = KeyEnvelope.load(engine.keys_path_for(path))
        store = store or DeviceKeyStore()
        start = time.perf_counter()
        data_key = store.get_key(envelope.notebook_id)
        if data_key is None:
            raise KeyringUnavailable("geen sleutel voor dit notitieboek op dit apparaat")
        if not envelope.matches(data_key) or envelope.next is not None:
            # a changed key, or an interrupted change: the passphrase decides, not the device
            raise KeyringUnavailable("de bewaarde sleutel hoort niet (meer) bij dit notitieboek")
        keyring_s = time.perf_counter() - start
        vault = cls._open_with_key(path, data_key, migrations=migrations, migrate=migrate,
                                   envelope=envelope)
        vault.opened_with = "keyring"
        vault.tidied = tidied
        vault.unlock_timings = {"kdf_s": keyring_s,
                                "open_s": time.perf_counter() - start - keyring_s}
        return vault

    @classmethod
    def _open_with_key(cls, path: Path, data_key: bytes, *,
                       migrations: Sequence[mig.Migration] = (), migrate: bool = True,
                       envelope: KeyEnvelope | None = None) -> Vault:
        """Open with an already known raw data key (keyring path, tests, benchmarks)."""
        path = Path(path)
        engine.classify_file(path)
        envelope = envelope or KeyEnvelope.load(engine.keys_path_for(path))
        if not envelope.matches(data_key):
            raise WrongPassphrase("sleutel hoort niet bij dit notitieboek")
        lock = NotebookLock(path)
        lock.acquire()
        try:
            return cls._attach(path, data_key, envelope, lock, mig.validate(migrations), migrate)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _attach_first_fitting(cls, path: Path, candidates: list[tuple[bytes, KeyEnvelope]],
                              envelope: KeyEnvelope, lock: NotebookLock,
                              migrations: Sequence[mig.Migration], migrate: bool) -> Vault:
        """Attach with the first candidate key that decrypts the database. Without a staged
        key change there is one candidate; after an interrupted change the winner's envelope
        is written back (finishing or undoing the change, see ``rekey.py``)."""
        if envelope.next is None:
            (data_key, _env), = candidates
            return cls._attach(path, data_key, envelope, lock, migrations, migrate)
        for data_key, env in candidates:
            if rk.key_fits(path, data_key):
                vault = cls._attach(path, data_key, env, lock, migrations, migrate,
                                    settle_envelope=True)
                vault.key_change_recovered = ("finished" if env.key_check != envelope.key_check
                                              else "undone")
                return vault
        tried_new = candidates[0][1].key_check != envelope.key_check
        raise InterruptedKeyChange("open met het oude wachtwoord" if tried_new
                                   else "open met het nieuwe wachtwoord")

    @classmethod
    def _attach(cls, path: Path, data_key: bytes, envelope: KeyEnvelope, lock: NotebookLock,
                migrations: Sequence[mig.Migration], migrate: bool, *,
                settle_envelope: bool = False) -> Vault:
        vault = cls(path, data_key, envelope, lock, migrations)
        try:
            vault._conn = _first_connection(vault)
            engine.check_header(vault._conn, path)
            if settle_envelope:
                envelope.save(vault.keys_path)
            vault._start_integrity_check()
            todo = mig.pending(vault._conn, migrations)
            if todo and migrate:
                vault._require_undamaged()
                if mig.user_version(vault._conn) > 0 or mig.has_content(vault._conn):
                    vault.backup(bk.dated_path(
                        path.parent, f"{path.stem}-before-migration-{todo[0].number}"))
                vault.applied_migrations = mig.apply_pending(vault._conn, migrations)
        except BaseException as exc:
            vault._close_connections()
            vault._wipe()
            mapped = engine.map_error(exc)
            if mapped is not None and not isinstance(exc, VaultError):
                raise mapped from exc
            raise
        return vault

    # ----- state ----------------------------------------------------------------------------
    @property
    def path(self) -> Path:
        """The ``.jwdb`` file."""
        return self._path

    @property
    def keys_path(self) -> Path:
        """The key envelope file next to it."""
        return engine.keys_path_for(self._path)

    @property
    def notebook_id(self) -> str:
        """The notebook's UUID (from the key envelope; not secret)."""
        return self._envelope.notebook_id

    @property
    def is_open(self) -> bool:
        """False after :meth:`close`."""
        return self._conn is not None

    @property
    def conn(self) -> engine.Connection:
        """The main connection; VaultLocked when closed."""
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    @property
    def pending_migrations(self) -> list[int]:
        """Numbers of migrations not applied (only non-empty after ``migrate=False``)."""
        return [m.number for m in mig.pending(self.conn, self._migrations)]

    def connect(self) -> engine.Connection:
        """A further connection with the same key and settings; closed by :meth:`close`."""
        if not self._key:
            raise VaultLocked()
        conn = engine.connect(self._path, bytes(self._key))
        self._conns.append(conn)
        return conn

    def holds(self, conn: engine.Connection) -> bool:
        """True while ``conn`` is one of this vault's open connections (no call into it)."""
        return any(conn is own for own in self._conns)

    def keyed_digest(self, label: str, data: bytes) -> str:
        """HMAC-SHA-256 (hex) of ``data`` under a key derived from the notebook's data key for
        ``label`` (HMAC of the data key with ``label``). The same for every copy of this
        notebook (backups, restores, a new passphrase), useless without the key: e.g. the
        tombstone fingerprints of ``notebook.tombstones``. VaultLocked once closed."""
        import hashlib
        import hmac

        if not self._key:
            raise VaultLocked()
        sub_key = hmac.new(bytes(self._key), label.encode("utf-8"), hashlib.sha256).digest()
        return hmac.new(sub_key, data, hashlib.sha256).hexdigest()

    @contextlib.contextmanager
    def transaction(self, conn: engine.Connection | None = None) -> Iterator[engine.Connection]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``, ROLLBACK on error; nested use becomes a
        SAVEPOINT. Yields the connection. Maps SQLITE_FULL/ENOSPC to DiskFull and corruption to
        DamagedFile (after rolling back). Waits for the check of every page started at unlock
        (a fraction of a second) and raises NotebookDamagedWritesRefused when it found damage:
        a damaged notebook is never written to."""
        conn = conn or self.conn
        nested = conn.in_transaction
        if not nested:
            self._require_undamaged()
        name = f"sp_{secrets.token_hex(4)}"
        conn.execute(f"SAVEPOINT {name}" if nested else "BEGIN IMMEDIATE")
        changes = conn.total_changes
        try:
            yield conn
            if not nested and conn.total_changes != changes and self._has_generation(conn):
                rb.bump(conn)   # rollback detection: every changing commit is a generation
            conn.execute(f"RELEASE {name}" if nested else "COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                with contextlib.suppress(Exception):
                    conn.execute(f"ROLLBACK TO {name}" if nested else "ROLLBACK")
                    if nested:
                        conn.execute(f"RELEASE {name}")
            mapped = engine.map_error(exc)
            if mapped is not None and not isinstance(exc, VaultError):
                raise mapped from exc
            raise

    def _has_generation(self, conn: engine.Connection) -> bool:
        if self._generation_table is None:
            self._generation_table = rb.has_generation(conn)
        return self._generation_table

    @property
    def generation(self) -> int | None:
        """The notebook's generation counter (``rollback.py``); None for schemas without it."""
        return rb.read_generation(self.conn)

    def rollback_warnings(self, store: DeviceKeyStore | None = None, *,
                          register: tuple[int, str] | None = None,
                          generation: int | None = None) -> list[str]:
        """Dutch warnings when this notebook is older than the one last seen on this device
        (its generation, and ``register`` = (records, last hash) of the disclosure register
        when given), compared with the OS keyring ``store`` (default: a new
        ``DeviceKeyStore``); then records the current state there, and again at
        :meth:`close`. Without a secure keyring: no warnings, nothing stored. Never raises
        KeyringUnavailable. See ``vault/rollback.py`` for what this does and does not cover.
        ``generation``: the notebook's generation read beforehand by the connection's own
        thread; given, this method does not touch the connection (so it may run on another
        thread, e.g. while the keyring answers slowly).
        """
        from jongerenwerk_desk.vault.keystore import DeviceKeyStore

        if generation is None:
            generation = self.generation
        if generation is None:
            return []
        store = store or DeviceKeyStore()
        self._generation_store = store
        return rb.check_and_record(store, self.notebook_id, generation, register)

    def close(self) -> None:
        """Lock: close every connection, wipe the key copy, release the lock file. Idempotent."""
        if self._integrity_thread is not None:
            self._integrity_thread.join()
        store, self._generation_store = self._generation_store, None
        if store is not None and self._conn is not None:
            with contextlib.suppress(Exception):
                rb.record(store, self.notebook_id, rb.read_generation(self._conn) or 0)
        self._close_connections()
        self._wipe()
        self._lock.release()

    def _close_connections(self, *, keep_main: bool = False) -> None:
        kept: list[engine.Connection] = ([self._conn] if keep_main and self._conn is not None
                                         else [])
        for conn in self._conns:
            if conn in kept:
                continue
            with contextlib.suppress(Exception):
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
            with contextlib.suppress(Exception):
                conn.close()
        self._conns[:] = kept
        if not keep_main:
            self._conn = None

    def _wipe(self) -> None:
        for i in range(len(self._key)):
            self._key[i] = 0
        self._key = bytearray()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- keys -----------------------------------------------------------------------------
    def change_passphrase(self, old: str, new: str, *,
                          progress: rk.Progress | None = None) -> str:
        """Re-encrypt the notebook under a fresh data key wrapped under ``new``; return the new
        recovery code (shown once; the old code stops working for this notebook).

        After this, neither ``old`` nor the old recovery code, together with any old copy of
        the ``.keys`` (e.g. inside a backup), can read the notebook. Backups made earlier keep
        opening with the passphrase they were made with. Crash-safe: after a kill at any point
        exactly one of ``old`` / ``new`` opens it (see ``rekey.py``). ``progress(fraction,
        phase)`` is called from this and from a helper thread. Takes about two Argon2id runs
        plus one pass over the file (the 50k-signal notebook: see benchmarks/bench_rekey.py).
        Other connections from :meth:`connect` are closed; the main connection stays usable.

        Raises WrongPassphrase when ``old`` is not the current passphrase, ValueError for an
        empty ``new``, NotebookDamagedWritesRefused (the check at unlock found damage),
        DamagedFile (the file cannot be re-encrypted; it stays as it was),
        DiskFull (the journal needs as much free space as the notebook).
        """
        self._require_open()
        key = self._envelope.unwrap(PASSPHRASE_SLOT, normalise(old))
        if not hmac.compare_digest(key, bytes(self._key)):
            raise DamagedFile("sleutelbestand hoort niet bij de geopende database")
        self._require_undamaged()
        return self._new_data_key(normalise(new), progress or rk.no_progress)

    def _new_data_key(self, passphrase: str, progress: rk.Progress) -> str:
        if not passphrase:
            raise ValueError("empty passphrase")
        progress(0.0, "keys")
        new_key = secrets.token_bytes(32)
        code = new_recovery_code()
        staged = self._envelope.staged(new_key)
        staged.wrap(PASSPHRASE_SLOT, passphrase, new_key,
                    self._envelope.slot_params(PASSPHRASE_SLOT))
        staged.wrap(RECOVERY_SLOT, normalise_recovery_code(code), new_key,
                    self._envelope.slot_params(RECOVERY_SLOT))
        self._close_connections(keep_main=True)
        self._envelope.with_next(staged).save(self.keys_path)
        failure: BaseException | None = None
        try:
            rk.rekey(self.conn, self._path, new_key, progress, 0.1, 0.9)
        except BaseException as exc:   # decided below by which key fits the file now
            failure = exc
        progress(0.9, "check")
        if not rk.key_fits(self._path, new_key):
            # one transaction, rolled back: the file is under the old key; undo step 2
            with contextlib.suppress(VaultError, OSError):
                self._envelope.save(self.keys_path)
            self._reconnect()
            if failure is None:
                raise DamagedFile("opnieuw versleutelen mislukt; er is niets veranderd")
            mapped = engine.map_error(failure)
            if mapped is not None and not isinstance(failure, VaultError):
                raise mapped from failure
            raise failure
        staged.save(self.keys_path)
        self._envelope = staged
        self._wipe()
        self._key = bytearray(new_key)
        self._reconnect()
        progress(1.0, "done")
        if failure is not None and not isinstance(failure, Exception):
            raise failure   # Ctrl-C after the commit: the change is complete, still stop
        return code

    def _reconnect(self) -> None:
        """Replace the main connection by a fresh one keyed with the current key (after a
        rekey the old connection's cipher state is not trusted for further work)."""
        self._close_connections()
        self._conn = self.connect()

    def check_passphrase(self, passphrase: str) -> bool:
        """True when ``passphrase`` is the current passphrase (one Argon2id run, ~0.5 s)."""
        self._require_open()
        try:
            self._envelope.unwrap(PASSPHRASE_SLOT, normalise(passphrase))
        except WrongPassphrase:
            return False
        return True

    def reset_passphrase(self, new: str) -> None:
        """Set a new passphrase without the old one; only after opening with the recovery code."""
        self._require_open()
        if self.opened_with != "recovery_code":
            raise WrongPassphrase("alleen na openen met de herstelcode")
        self._rewrap(PASSPHRASE_SLOT, normalise(new), bytes(self._key))

    def replace_recovery_code(self, passphrase: str) -> str:
        """Make a new recovery code (the old one stops working) and return it, shown once.

        Needs the current passphrase (WrongPassphrase otherwise), or a recovery-code unlock.
        """
        self._require_open()
        if self.opened_with != "recovery_code":
            self._envelope.unwrap(PASSPHRASE_SLOT, normalise(passphrase))
        code = new_recovery_code()
        self._rewrap(RECOVERY_SLOT, normalise_recovery_code(code), bytes(self._key))
        return code

    def _rewrap(self, slot: str, secret: str, key: bytes) -> None:
        if not secret:
            raise ValueError("empty passphrase")
        if not hmac.compare_digest(key, bytes(self._key)):
            raise DamagedFile("sleutelbestand hoort niet bij de geopende database")
        params = self._envelope.slot_params(slot)
        updated = KeyEnvelope.from_bytes(self._envelope.to_bytes())
        updated.wrap(slot, secret, key, params)
        updated.save(self.keys_path)
        self._envelope = updated

    def remember_on_device(self, store: DeviceKeyStore) -> None:
        """Let ``store`` (a DeviceKeyStore) hold the data key; KeyringUnavailable if it can't."""
        self._require_open()
        store.set_key(self.notebook_id, bytes(self._key))

    def forget_on_device(self, store: DeviceKeyStore) -> None:
        """Remove this notebook's key from ``store``; KeyringUnavailable if it can't answer."""
        store.delete_key(self.notebook_id)

    def _require_open(self) -> None:
        if self._conn is None:
            raise VaultLocked()

    # ----- integrity and backups ------------------------------------------------------------
    def _start_integrity_check(self) -> None:
        """Check the HMAC of every page (``PRAGMA cipher_integrity_check``) on a connection of
        its own in a background thread; writes wait for it (:meth:`transaction`). About 0.3 s
        for the 37 MB 50k-signal notebook (benchmarks/bench_rekey.py), so the unlock itself
        does not wait."""
        key = bytes(self._key)

        def run() -> None:
            try:
                conn = engine.connect(self._path, key, readonly=True)
                try:
                    rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
                finally:
                    conn.close()
                found = [dutch_problem(str(r[0])) for r in rows[:MAX_PROBLEMS]]
            except DamagedFile:
                found = [dutch_problem("database disk image is malformed")]
            except Exception as exc:   # busy, gone: not evidence of damage
                mapped = engine.map_error(exc)
                found = ([dutch_problem("database disk image is malformed")]
                         if isinstance(mapped, DamagedFile) else [])
            self._integrity_problems = found
            self._integrity_done.set()

        self._integrity_thread = threading.Thread(target=run, name="jwd-integrity",
                                                  daemon=True)
        self._integrity_thread.start()

    @overload
    def integrity_problems(self, *, wait: Literal[True] = ...) -> list[str]: ...
    @overload
    def integrity_problems(self, *, wait: bool) -> list[str] | None: ...
    def integrity_problems(self, *, wait: bool = True) -> list[str] | None:
        """Dutch problems found by the check of every page started at unlock (empty: none);
        None when ``wait`` is False and the check is still running."""
        if not wait and not self._integrity_done.is_set():
            return None
        self._integrity_done.wait()
        return list(self._integrity_problems)

    def _require_undamaged(self) -> None:
        if self._integrity_thread is None:
            return
        problems = self.integrity_problems()
        if problems:
            raise NotebookDamagedWritesRefused(problems[0])

    def verify(self) -> VerifyReport:
        """Full check on a fresh connection (reads from disk, not from the page cache)."""
        self._require_open()
        conn = engine.connect(self._path, bytes(self._key), readonly=True)
        try:
            return verify_connection(conn)
        finally:
            conn.close()

    def backup(self, dest: Path | str) -> Path:
        """Write one encrypted backup file and return its path.

        ``dest``: a new file, or an existing folder (a dated name is chosen). Written under a
        temporary name, fsynced, opened and fully verified, then renamed. Raises
        NotebookExists (dest exists), FileNotFoundError (folder missing), DiskFull, DamagedFile;
        on any error no partial file remains.
        """
        self._require_open()
        dest = Path(dest)
        dated = dest.is_dir()
        if dated:
            dest = bk.dated_path(dest, self._path.stem)
        elif dest.exists():
            raise NotebookExists()
        if not dest.parent.is_dir():
            raise FileNotFoundError(str(dest.parent))
        key = bytes(self._key)  # a lock during the backup must not pull the key away from it
        self.swept_backups = debris.sweep_backup_folder(dest.parent)   # killed backups' debris
        tmp = temp_name(dest, "backup")
        with cleanup_on_error(tmp):
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                             | getattr(os, "O_BINARY", 0), 0o600))
            claim = debris.TempClaim(tmp)   # ours while we live, even if we are killed
            try:
                self._write_snapshot(tmp, key)
                bk.verify_backup_file(tmp, key)
            finally:
                claim.release()
            try:
                # a dated name taken meanwhile (a second backup in the same second, e.g. of a
                # same-named notebook from elsewhere) moves on to -1, -2, ...
                return bk.publish(tmp, dest, next_free=dated)
            except FileExistsError:
                raise NotebookExists() from None

    def _write_snapshot(self, tmp: Path, key: bytes) -> None:
        reader = engine.connect(self._path, key, readonly=True)
        try:
            reader.execute("BEGIN")
            reader.execute("SELECT count(*) FROM sqlite_master").fetchone()  # SHARED lock
            fd = os.open(tmp, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_BINARY", 0))
            with os.fdopen(fd, "wb") as out:
                bk.write_stream(out, self._envelope.to_bytes(), self._envelope, self._path)
                out.flush()
                os.fsync(out.fileno())
        finally:
            with contextlib.suppress(Exception):
                reader.execute("ROLLBACK")
            reader.close()

    @staticmethod
    def restore(backup: Path | str, notebook_path: Path | str, *, passphrase: str | None = None,
                recovery_code: str | None = None,
                store: DeviceKeyStore | None = None) -> Path | None:
        """Replace ``notebook_path`` by the notebook inside ``backup``; returns the kept copy.

        See :func:`jongerenwerk_desk.vault.layout.restore_backup` for the steps and errors.
        The OS keyring's rollback record for the notebook (``store``, default: a new
        DeviceKeyStore) is dropped, since this step back is wanted (``rollback.py``); without
        a keyring that is skipped.
        """
        from jongerenwerk_desk.vault.keystore import DeviceKeyStore

        kept = layout.restore_backup(Path(backup), Path(notebook_path), passphrase=passphrase,
                                     recovery_code=recovery_code)
        with contextlib.suppress(VaultError):
            notebook_id = KeyEnvelope.load(engine.keys_path_for(Path(notebook_path))).notebook_id
            rb.forget(store or DeviceKeyStore(), notebook_id)
        return kept

