"""``export-register`` and the register check of ``verify``, as a script calls them (run
in-process as the console script runs them: ``tests/cli_support.py``)."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from pathlib import Path

import pytest

from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.sharing import ExportOptions, export_disclosure, prepare_disclosure
from jongerenwerk_desk.sharing.model import FILE_NAME_PATTERN
from tests.cli_support import run_cli as _run_cli
from tests.sharing_world import (
    OWN_PARTY,
    PASSPHRASE,
    TODAY,
    allowed_selection,
    demo_profile,
    make_notebook,
    populate,
)


def run_cli(*args: str, stdin: str = PASSPHRASE + "\n") -> subprocess.CompletedProcess[bytes]:
    return _run_cli(*args, stdin=stdin, text=False)


@pytest.fixture(scope="module")
def notebook(tmp_path_factory) -> Path:
    """A notebook with two disclosures in its register (closed again)."""
    base = tmp_path_factory.mktemp("reg")
    nb = make_notebook(base)
    world = populate(nb)
    profile = demo_profile()
    for n in range(2):
        selection, grounds = allowed_selection(world)
        prepared = prepare_disclosure(nb, selection, grounds, profile, TODAY, OWN_PARTY)
        folder = base / f"uit{n}"
        folder.mkdir()
        export_disclosure(nb, PASSPHRASE, prepared, ExportOptions(
            folder=folder, actor="=cmd|' /C calc'!A0"))
    path = nb.path
    nb.close()
    return path


def test_export_register_csv(notebook: Path, tmp_path: Path) -> None:
    dest = tmp_path / "register.csv"
    result = run_cli("export-register", str(notebook), str(dest), "--passphrase-stdin")
    assert result.returncode == 0, result.stderr.decode()
    raw = dest.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][:3] == ["nummer", "tijdstip (UTC)", "door"]
    assert [r[0] for r in rows[1:]] == ["1", "2"]
    assert rows[1][2] == "'=cmd|' /C calc'!A0"  # formula neutralised
    assert rows[1][4] == "namenlijst" and rows[1][9] == "allowed_with_warnings"
    assert rows[2][15] == rows[1][16]  # prev hash of 2 = record hash of 1
    assert "Jan" not in raw.decode("utf-8-sig")
    again = run_cli("export-register", str(notebook), str(dest), "--passphrase-stdin")
    assert again.returncode == 2 and "bestaat al" in again.stderr.decode()
    assert dest.read_bytes() == raw


def test_export_register_json_to_stdout(notebook: Path) -> None:
    result = run_cli("export-register", str(notebook), "-", "--format", "json",
                     "--passphrase-stdin")
    assert result.returncode == 0, result.stderr.decode()
    doc = json.loads(result.stdout.decode("utf-8"))
    assert doc["register_ok"] is True and doc["problems"] == []
    first, second = doc["records"]
    assert second["prev_hash"] == first["record_hash"]
    assert first["assessment"]["outcome"] == "allowed_with_warnings"
    assert first["request"]["purpose"] == "namenlijst"
    assert re.fullmatch(FILE_NAME_PATTERN, first["files"][0]["name"])
    assert first["files"][0]["name"].endswith(".pdf")


def test_usage_errors(notebook: Path, tmp_path: Path) -> None:
    missing = run_cli("export-register", str(tmp_path / "geen.jwdb"), "-", "--passphrase-stdin")
    assert missing.returncode == 2 and "niet gevonden" in missing.stderr.decode()
    wrong = run_cli("export-register", str(notebook), str(tmp_path / "x.csv"),
                    "--passphrase-stdin", stdin="fout\n")
    assert wrong.returncode == 1 and b"Traceback" not in wrong.stderr
    assert not (tmp_path / "x.csv").exists()


def test_verify_reports_a_tampered_register(tmp_path: Path) -> None:
    nb = make_notebook(tmp_path)
    world = populate(nb)
    profile = demo_profile()
    selection, grounds = allowed_selection(world)
    prepared = prepare_disclosure(nb, selection, grounds, profile, TODAY, OWN_PARTY)
    out = tmp_path / "uit"
    out.mkdir()
    export_disclosure(nb, PASSPHRASE, prepared, ExportOptions(folder=out))
    path = nb.path
    nb.close()
    ok = run_cli("verify", str(path), "--passphrase-stdin")
    assert ok.returncode == 0, ok.stderr.decode()

    nb = Notebook.open(path, passphrase=PASSPHRASE)
    with nb.transaction():
        nb.conn.execute("DROP TRIGGER disclosures_no_update")
        nb.conn.execute("UPDATE disclosures SET recipients = '[\"politie\"]'")
    nb.close()
    bad = run_cli("verify", str(path), "--passphrase-stdin")
    stderr = bad.stderr.decode()
    assert bad.returncode == 1
    assert "verstrekking 1 is gewijzigd" in stderr and "disclosures_no_update" in stderr
    exported = run_cli("export-register", str(path), "-", "--passphrase-stdin")
    assert exported.returncode == 1 and "niet in orde" in exported.stderr.decode()
