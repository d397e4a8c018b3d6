"""No plaintext anywhere the vault writes: after create, writes, FTS search, backup, restore,
passphrase change, verify and lock, the marker strings appear in no file of the notebook's
folder, the backup folder or TMPDIR (issue 2, leak test; the full-app version with the
notebook and UI is the notebook/UI suites' job)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from jongerenwerk_desk.vault import KdfParams, Vault
from tests.vault_support import MIGRATIONS, add_rows

MARKERS = ("Qwyzzlebrot-7731", "Fnorkelpaard-0922", "ZZ-marker-ëü-4410")


def _files(*folders: Path) -> list[Path]:
    found = []
    for folder in folders:
        for root, _dirs, names in os.walk(folder):
            found += [Path(root) / n for n in names]
    return found


def test_markers_never_reach_disk_in_plaintext(tmp_path: Path, monkeypatch) -> None:
    data, out, temp = tmp_path / "data", tmp_path / "backups", tmp_path / "tmp"
    for folder in (data, out, temp):
        folder.mkdir()
    # a private TMPDIR (shared /tmp is busy with other test runs): SQLite and Python use it
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setenv("SQLITE_TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    path = data / "nb.jwdb"
    vault, _code = Vault.create(path, "geheim", kdf_params=KdfParams.minimum(),
                                migrations=MIGRATIONS)
    for marker in MARKERS:
        add_rows(vault, 20, prefix=marker)
    hits = vault.conn.execute("SELECT count(*) FROM item_fts WHERE item_fts MATCH ?",
                              (f'"{MARKERS[0]}"',)).fetchone()[0]
    assert hits == 20
    vault.conn.execute("DELETE FROM item WHERE label LIKE ?", (f"{MARKERS[1]}%",))
    backup = vault.backup(out)
    vault.change_passphrase("geheim", "nieuw")
    assert vault.verify().ok
    vault.close()
    Vault.restore(backup, path, passphrase="geheim")
    Vault.open(path, passphrase="geheim", migrations=MIGRATIONS).close()
    files = _files(data, out, temp)
    assert len(_files(data)) >= 4            # notebook, envelope, kept copy and its envelope
    for file in files:
        raw = file.read_bytes()
        for marker in MARKERS:
            for encoding in ("utf-8", "utf-16-le"):
                assert marker.encode(encoding) not in raw, (file.name, marker)
