"""Leak test (issue 2): unusual marker strings planted as names, nicknames, signal text,
informant and notes never appear in plaintext in any file the program leaves behind.

Flow: create -> add -> edit -> search -> import (CSV bytes) -> backup -> close -> restore ->
reopen -> erase -> stats -> close. Then every file under the data dir, config dir, cache and
state dirs, HOME, the per-test TMPDIR and the backup folder is searched byte-wise for each
marker in UTF-8, UTF-16 (LE and BE), in original and lower case (FTS5 stores folded tokens).
A positive control proves the scanner finds a planted plaintext marker.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from jongerenwerk_desk import paths
from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.notebook.csv_import import import_people
from jongerenwerk_desk.notebook.models import Consent, Group, Signal, YoungPerson
from jongerenwerk_desk.notebook.stats import collect_stats
from jongerenwerk_desk.vault import KdfParams, Vault

PASS = "lek-test wachtwoord"
MARKERS = {
    "name": "Qzxvmarkerjosephine",
    "name_edit": "Wqpfmarkerbeatrix",
    "nickname": "Kjhgmarkerbijnaam",
    "signal": "Plmnmarkersignaaltekst",
    "informant": "Yxcvmarkerinformant",
    "note": "Bnmzmarkernotitie",
    "group": "Rtzumarkergroep",
    "csv": "Ghjkmarkerimport",
    "erased": "Vbnmmarkerverwijderd",
    "cli": "Fdsamarkercliimport",
}


def _needles(marker: str) -> list[bytes]:
    out = []
    for text in {marker, marker.lower(), marker.upper()}:
        out += [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]
    return out


def scan(roots: list[Path]) -> list[tuple[str, str]]:
    """(marker key, file) for every plaintext occurrence under ``roots``."""
    found = []
    for root in roots:
        for path in root.rglob("*"):
            if not path.is_file() or path.is_symlink():
                continue
            try:
                data = path.read_bytes()
            except OSError:
                continue
            for key, marker in MARKERS.items():
                if any(n in data for n in _needles(marker)):
                    found.append((key, str(path)))
    return found


@pytest.fixture
def private_tmp(tmp_path, monkeypatch) -> Path:
    tmp = tmp_path / "tmpdir"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    return tmp


def _work(nb: Notebook) -> dict[str, int]:
    pid = nb.people.add(YoungPerson(name=MARKERS["name"], nickname=MARKERS["nickname"],
                                    birth_date=date(2010, 5, 6), notes=MARKERS["note"]))
    gone = nb.people.add(YoungPerson(name=f"Ann {MARKERS['erased']}"))
    gid = nb.groups.add(Group(name=MARKERS["group"], locations=["plein"]))
    nb.signals.add(Signal(occurred_at=datetime(2026, 3, 1, 20, tzinfo=UTC),
                          category="groepsgedrag", text=f"{MARKERS['signal']} op het plein",
                          informant=MARKERS["informant"], person_ids=[pid], group_ids=[gid]))
    nb.signals.add(Signal(occurred_at=datetime(2026, 3, 2, 20, tzinfo=UTC),
                          category="gezondheid", text=f"{MARKERS['erased']} vertelde iets",
                          person_ids=[gone], confidential=True))
    nb.consents.add(Consent(person_id=pid, purpose="namenlijst", recipients=["politie"],
                            given_on=date(2026, 1, 1), note=MARKERS["note"]))
    person = nb.people.get(pid)
    person.name = MARKERS["name_edit"]
    nb.people.update(person)
    assert nb.search(MARKERS["signal"][:8])
    assert nb.people.count(MARKERS["name_edit"]) == 1
    report = import_people(nb, f"naam;groep\n{MARKERS['csv']};{MARKERS['group']}\n".encode(),
                           date(2026, 11, 29))
    assert report.imported == 1
    return {"person": pid, "gone": gone}


def test_no_marker_in_plaintext_anywhere(sandbox_dirs, private_tmp, tmp_path) -> None:
    data_dir = paths.data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    paths.config_dir().mkdir(parents=True, exist_ok=True)
    notebook = data_dir / f"lek-{os.getpid()}-{tmp_path.name}.jwdb"
    backup_dir = tmp_path / "backups"
    backup_dir.mkdir()

    nb, _code = Notebook.create(notebook, PASS, kdf_params=KdfParams.minimum())
    ids = _work(nb)
    backup = nb.vault.backup(backup_dir)
    nb.close()
    kept = Vault.restore(backup, notebook, passphrase=PASS)
    assert kept is not None
    nb = Notebook.open(notebook, passphrase=PASS)
    assert nb.people.get(ids["person"]).name == MARKERS["name_edit"]
    nb.people.erase(ids["gone"])
    assert dict(collect_stats(nb))["Jongeren"] == 2
    assert nb.vault.verify().ok
    nb.close()

    # the admin CLI in a child process (inherits TMPDIR and the sandbox dirs); the CSV itself
    # is the user's own plaintext file and lies outside the scanned folders
    csv_file = tmp_path / "lijst.csv"
    csv_file.write_text(f"naam;roepnaam\n{MARKERS['cli']};x\n", encoding="utf-8")
    for args in (["import", str(notebook), str(csv_file)], ["stats", str(notebook)]):
        result = subprocess.run([sys.executable, "-m", "jongerenwerk_desk", *args,
                                 "--passphrase-stdin"], input=PASS + "\n", encoding="utf-8",
                                capture_output=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert MARKERS["cli"] not in result.stdout + result.stderr
    assert "Jongeren: 3" in result.stdout.splitlines()

    roots = [data_dir, paths.config_dir(), private_tmp, backup_dir, *sandbox_dirs.values()]
    assert scan(roots) == []

    # positive control: the scanner does see a plaintext marker (also in UTF-16)
    control = private_tmp / "control.txt"
    control.write_bytes(MARKERS["signal"].encode("utf-16-le"))
    assert scan([private_tmp]) == [("signal", str(control))]
