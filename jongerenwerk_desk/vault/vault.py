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
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from jongerenwerk_desk.vault import backup as bk
from jongerenwerk_desk.vault import engine, layout
from jongerenwerk_desk.vault import migrations as mig
from jongerenwerk_desk.vault.envelope import (
    PASSPHRASE_SLOT,
    RECOVERY_SLOT,
    KeyEnvelope,
    new_recovery_code,
    normalise_recovery_code,
)
from jongerenwerk_desk.vault.errors import (
    DamagedFile,
    KeyFileMismatch,
    KeyringUnavailable,
    NotebookExists,
    NotebookNotFound,
    VaultError,
    VaultLocked,
    WrongPassphrase,
)
from jongerenwerk_desk.vault.fileio import cleanup_on_error, temp_name
from jongerenwerk_desk.vault.kdf import KdfParams, normalise
from jongerenwerk_desk.vault.lockfile import NotebookLock
from jongerenwerk_desk.vault.verify import VerifyReport, verify_connection


def _first_connection(vault: Vault):
    """The vault's main connection. The envelope already authenticated the data key, so a key
    that does not decrypt page 1 means the ``.keys`` file belongs to another notebook (or the
    first page is destroyed): KeyFileMismatch instead of a bare DamagedFile."""
    try:
        return vault.connect()
    except DamagedFile as exc:
        if engine.is_not_a_database(exc.__cause__):
            raise KeyFileMismatch() from exc
        raise


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
        self._conns: list = []
        self._conn = None
        self.opened_with = "data_key"
        self.unlock_timings: dict[str, float] = {"kdf_s": 0.0, "open_s": 0.0}
        self.applied_migrations: list[int] = []

    # ----- creating and opening -------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, passphrase: str, *, kdf_params: KdfParams | None = None,
               migrations: Sequence[mig.Migration] = ()) -> tuple[Vault, str]:
        """Create a new notebook at ``path``; return ``(open vault, recovery code)``.

        The recovery code is shown to the user once and never stored in plaintext.
        ``kdf_params`` default: :meth:`KdfParams.calibrate` (2-3 s once; then ~0.5 s per unlock).
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
        if path.exists() or keys_path.exists():
            raise NotebookExists()
        if not path.parent.is_dir():
            raise NotebookNotFound("de map bestaat niet")
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
        engine.classify_file(path)
        envelope = KeyEnvelope.load(engine.keys_path_for(path))
        lock = NotebookLock(path)
        lock.acquire()
        try:
            start = time.perf_counter()
            if passphrase is not None:
                data_key = envelope.unwrap(PASSPHRASE_SLOT, normalise(passphrase))
            else:
                data_key = envelope.unwrap(RECOVERY_SLOT, normalise_recovery_code(recovery_code))
            kdf_s = time.perf_counter() - start
            vault = cls._attach(path, data_key, envelope, lock, migrations, migrate)
        except BaseException:
            lock.release()
            raise
        vault.opened_with = "passphrase" if passphrase is not None else "recovery_code"
        vault.unlock_timings = {"kdf_s": kdf_s,
                                "open_s": time.perf_counter() - start - kdf_s}
        return vault

    @classmethod
    def open_with_keyring(cls, path: Path | str, *, migrations: Sequence[mig.Migration] = (),
                          store=None, migrate: bool = True) -> Vault:
        """Unlock with the data key this device's OS keyring holds for this notebook.

        ``store``: a :class:`~jongerenwerk_desk.vault.keystore.DeviceKeyStore` (default: a new
        one). Raises KeyringUnavailable when no secure keyring answers in time, it holds no key
        for this notebook, or the key it holds is stale; never WrongPassphrase. Other errors
        as :meth:`open`.
        """
        from jongerenwerk_desk.vault.keystore import DeviceKeyStore

        engine.dbapi()
        path, migrations = Path(path), mig.validate(migrations)
        engine.classify_file(path)
        envelope = KeyEnvelope.load(engine.keys_path_for(path))
        store = store or DeviceKeyStore()
        start = time.perf_counter()
        data_key = store.get_key(envelope.notebook_id)
        if data_key is None:
            raise KeyringUnavailable("geen sleutel voor dit notitieboek op dit apparaat")
        if not envelope.matches(data_key):
            raise KeyringUnavailable("de bewaarde sleutel hoort niet (meer) bij dit notitieboek")
        keyring_s = time.perf_counter() - start
        vault = cls._open_with_key(path, data_key, migrations=migrations, migrate=migrate,
                                   envelope=envelope)
        vault.opened_with = "keyring"
        vault.unlock_timings = {"kdf_s": keyring_s,
                                "open_s": time.perf_counter() - start - keyring_s}
        return vault

    @classmethod
    def _open_with_key(cls, path: Path, data_key: bytes, *, migrations=(), migrate=True,
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
    def _attach(cls, path, data_key, envelope, lock, migrations, migrate) -> Vault:
        vault = cls(path, data_key, envelope, lock, migrations)
        try:
            vault._conn = _first_connection(vault)
            engine.check_header(vault._conn, path)
            todo = mig.pending(vault._conn, migrations)
            if todo and migrate:
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
    def conn(self):
        """The main connection; VaultLocked when closed."""
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    @property
    def pending_migrations(self) -> list[int]:
        """Numbers of migrations not applied (only non-empty after ``migrate=False``)."""
        return [m.number for m in mig.pending(self.conn, self._migrations)]

    def connect(self):
        """A further connection with the same key and settings; closed by :meth:`close`."""
        if not self._key:
            raise VaultLocked()
        conn = engine.connect(self._path, bytes(self._key))
        self._conns.append(conn)
        return conn

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
    def transaction(self, conn=None) -> Iterator:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``, ROLLBACK on error; nested use becomes a
        SAVEPOINT. Yields the connection. Maps SQLITE_FULL/ENOSPC to DiskFull and corruption to
        DamagedFile (after rolling back)."""
        conn = conn or self.conn
        nested = conn.in_transaction
        name = f"sp_{secrets.token_hex(4)}"
        conn.execute(f"SAVEPOINT {name}" if nested else "BEGIN IMMEDIATE")
        try:
            yield conn
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

    def close(self) -> None:
        """Lock: close every connection, wipe the key copy, release the lock file. Idempotent."""
        self._close_connections()
        self._wipe()
        self._lock.release()

    def _close_connections(self) -> None:
        for conn in self._conns:
            with contextlib.suppress(Exception):
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
            with contextlib.suppress(Exception):
                conn.close()
        self._conns.clear()
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
    def change_passphrase(self, old: str, new: str) -> None:
        """Rewrap the data key under ``new``; the database file is not touched.

        Raises WrongPassphrase when ``old`` is not the current passphrase, ValueError for an
        empty ``new``, DiskFull (the old envelope then stays in place). Keeps the KDF
        parameters. Copies of the old envelope (e.g. in backups) still open with ``old``.
        """
        self._require_open()
        key = self._envelope.unwrap(PASSPHRASE_SLOT, normalise(old))
        self._rewrap(PASSPHRASE_SLOT, normalise(new), key)

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

    def remember_on_device(self, store) -> None:
        """Let ``store`` (a DeviceKeyStore) hold the data key; KeyringUnavailable if it can't."""
        self._require_open()
        store.set_key(self.notebook_id, bytes(self._key))

    def forget_on_device(self, store) -> None:
        """Remove this notebook's key from ``store``; KeyringUnavailable if it can't answer."""
        store.delete_key(self.notebook_id)

    def _require_open(self) -> None:
        if self._conn is None:
            raise VaultLocked()

    # ----- integrity and backups ------------------------------------------------------------
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
        tmp = temp_name(dest, "backup")
        with cleanup_on_error(tmp):
            self._write_snapshot(tmp, key)
            bk.verify_backup_file(tmp, key)
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
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         0o600)
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
                recovery_code: str | None = None) -> Path | None:
        """Replace ``notebook_path`` by the notebook inside ``backup``; returns the kept copy.

        See :func:`jongerenwerk_desk.vault.layout.restore_backup` for the steps and errors.
        """
        return layout.restore_backup(Path(backup), Path(notebook_path), passphrase=passphrase,
                              recovery_code=recovery_code)

