"""``Notebook``: the domain facade over an unlocked ``Vault`` (docs/public-api.md).

The vault owns the file, keys, connection, migrations and locking; the notebook adds the
repositories, a nestable transaction and search. Closing the notebook closes the vault (lock
== close: every connection closed, key dropped).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jongerenwerk_desk.notebook.disclosures import DisclosureStore
from jongerenwerk_desk.notebook.grounds import (
    ConflictOfDutiesRepository,
    RefusalRepository,
    RepresentativeRepository,
    VitalInterestRepository,
)
from jongerenwerk_desk.notebook.groups import GroupRepository, MembershipRepository
from jongerenwerk_desk.notebook.models import SearchHit
from jongerenwerk_desk.notebook.people import PeopleRepository
from jongerenwerk_desk.notebook.records import (
    AuditRepository,
    ConsentRepository,
    InformingRepository,
    PartnerRepository,
    SettingsRepository,
)
from jongerenwerk_desk.notebook.schema import MIGRATIONS
from jongerenwerk_desk.notebook.signals import SignalRepository

if TYPE_CHECKING:
    from jongerenwerk_desk.vault import KdfParams, Vault
    from jongerenwerk_desk.vault.keystore import DeviceKeyStore


class Notebook:
    """An open notebook: ``nb.people``, ``nb.groups``, ``nb.memberships``, ``nb.signals``,
    ``nb.consents``, ``nb.informing``, ``nb.conflicts``, ``nb.vital_interests``,
    ``nb.refusals``, ``nb.representatives``, ``nb.partners``, ``nb.audit``, ``nb.settings``,
    ``nb.disclosures`` (the register). Writes go through ``notebook.ops`` (the door).

    ``Notebook(vault)`` wraps a vault that was opened with ``MIGRATIONS``. Raises the vault's
    typed errors (``VaultLocked`` once closed). Not thread-safe: use it from one thread.
    """

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._depth = 0
        conn = vault.conn
        conn.execute("PRAGMA secure_delete = ON")  # the vault sets it too; erasure relies on it
        conn.execute("PRAGMA foreign_keys = ON")
        self.people = PeopleRepository(self)
        self.groups = GroupRepository(self)
        self.memberships = MembershipRepository(self)
        self.signals = SignalRepository(self)
        self.consents = ConsentRepository(self)
        self.informing = InformingRepository(self)
        self.conflicts = ConflictOfDutiesRepository(self)
        self.vital_interests = VitalInterestRepository(self)
        self.refusals = RefusalRepository(self)
        self.representatives = RepresentativeRepository(self)
        self.partners = PartnerRepository(self)
        self.audit = AuditRepository(self)
        self.settings = SettingsRepository(self)
        self.disclosures = DisclosureStore(self)

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, passphrase: str, *,
               kdf_params: KdfParams | None = None) -> tuple[Notebook, str]:
        """Create a new notebook file; returns (open notebook, recovery code shown once).

        Raises NotebookExists, DiskFull, SQLCipherUnavailable (see vault.errors).
        """
        from jongerenwerk_desk.vault import Vault

        vault, recovery_code = Vault.create(Path(path), passphrase, kdf_params=kdf_params,
                                            migrations=MIGRATIONS)
        return cls(vault), recovery_code

    @classmethod
    def open(cls, path: str | Path, *, passphrase: str | None = None,
             recovery_code: str | None = None) -> Notebook:
        """Unlock an existing notebook with the passphrase or the recovery code.

        Raises WrongPassphrase, DamagedFile, NotANotebook, NewerFormat, AlreadyOpen.
        """
        from jongerenwerk_desk.vault import Vault

        return cls(Vault.open(Path(path), passphrase=passphrase, recovery_code=recovery_code,
                              migrations=MIGRATIONS))

    @classmethod
    def open_with_keyring(cls, path: str | Path, *,
                          store: DeviceKeyStore | None = None) -> Notebook:
        """Unlock with the data key held by the OS keyring; KeyringUnavailable if impossible."""
        from jongerenwerk_desk.vault import Vault

        return cls(Vault.open_with_keyring(Path(path), migrations=MIGRATIONS, store=store))

    # -- plumbing ----------------------------------------------------------------------------
    @property
    def conn(self) -> Any:
        """The vault's sqlcipher3 connection (VaultLocked once closed)."""
        return self.vault.conn

    @property
    def path(self) -> Path:
        """The notebook file."""
        return Path(self.vault.path)

    @property
    def is_open(self) -> bool:
        """False once closed or locked."""
        return bool(self.vault.is_open)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction for everything inside (``vault.transaction``: BEGIN IMMEDIATE, or a
        SAVEPOINT when nested, so a caught error inside a nested block undoes only that block).

        On an exception the block is rolled back and the exception re-raised (ENOSPC as
        DiskFull).
        """
        with self.vault.transaction():
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1

    def checkpoint(self) -> None:
        """Move WAL content into the main file (no-op outside WAL mode or in a transaction)."""
        if self._depth == 0:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search; see ``notebook.search.search``."""
        from jongerenwerk_desk.notebook.search import search

        return search(self, text, limit)

    def close(self) -> None:
        """Close the notebook and its vault (idempotent)."""
        if self.vault.is_open:
            self.vault.close()

    def __enter__(self) -> Notebook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
