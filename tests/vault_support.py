"""Helpers shared by the vault tests; their fixtures (``vault_template``, ``notebook``) are in
``tests/conftest.py``.

A template notebook is created once per session (Argon2id at ``KdfParams.minimum()``) and
copied for each test, so most tests cost one key derivation or none.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from jongerenwerk_desk.vault import KdfParams, Migration, Vault, execute_script

PASSPHRASE = 'Zeg "nooit" 🙈 tegen   spaties'


def _schema_v1(conn) -> None:
    execute_script(conn, """
        CREATE TABLE item (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
        CREATE TABLE item_log (id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL
                               REFERENCES item(id), note TEXT);
        CREATE TRIGGER item_log_no_update BEFORE UPDATE ON item_log
        BEGIN SELECT RAISE(ABORT, 'append-only'); END;
        CREATE VIRTUAL TABLE item_fts USING fts5(label);
    """)


MIGRATIONS = (Migration(1, "items", _schema_v1),)


@dataclass
class Template:
    """A closed notebook on disk plus what is needed to open it."""

    path: Path
    passphrase: str
    recovery_code: str
    key: bytes
    rows: int


def sha256(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def copy_notebook(src: Path, dest_dir: Path, name: str = "nb.jwdb") -> Path:
    """Copy ``src`` and its key envelope into ``dest_dir``; return the new notebook path."""
    dest = dest_dir / name
    shutil.copyfile(src, dest)
    shutil.copyfile(str(src) + ".keys", str(dest) + ".keys")
    return dest


def add_rows(vault: Vault, count: int, prefix: str = "rij") -> list[int]:
    """Insert ``count`` items in one transaction; return their ids."""
    ids = []
    with vault.transaction() as conn:
        for n in range(count):
            cur = conn.execute("INSERT INTO item(label) VALUES (?)", (f"{prefix} {n}",))
            ids.append(cur.lastrowid)
            conn.execute("INSERT INTO item_fts(label) VALUES (?)", (f"{prefix} {n}",))
    return ids


def make_template(folder: Path) -> Template:
    """A closed notebook with 50 items in ``folder`` (one real Argon2id run per slot)."""
    path = folder / "template.jwdb"
    vault, code = Vault.create(path, PASSPHRASE, kdf_params=KdfParams.minimum(),
                               migrations=MIGRATIONS)
    add_rows(vault, 50)
    key = bytes(vault._key)
    vault.close()
    return Template(path, PASSPHRASE, code, key, 50)


def open_fast(path: Path, template: Template, **kwargs) -> Vault:
    """Open a copy of the template with its known data key (no Argon2id run)."""
    kwargs.setdefault("migrations", MIGRATIONS)
    return Vault._open_with_key(path, template.key, **kwargs)
