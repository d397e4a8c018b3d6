"""``jongerenwerk-desk import`` and ``stats`` as a script would call them (run in-process as
the console script runs them: ``tests/cli_support.py``)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from jongerenwerk_desk.notebook import Notebook
from tests.cli_support import run_cli as _run_cli
from tests.notebooks import new_notebook

PASS = "geheim 'wachtwoord' 🔑"


def run_cli(*args: str, stdin: str = PASS + "\n") -> subprocess.CompletedProcess[str]:
    return _run_cli(*args, stdin=stdin)


@pytest.fixture
def notebook(tmp_path) -> Path:
    path = tmp_path / "cli.jwdb"
    nb, _ = new_notebook(path, PASS)
    nb.close()
    return path


def test_import_then_stats(notebook: Path, tmp_path: Path) -> None:
    csv_file = tmp_path / "lijst.csv"
    csv_file.write_bytes(("naam;roepnaam;geboortedatum;groep\r\n"
                          "Qwertina Markeur;Qw;01-02-2011;Pleingroep\r\n"
                          "Zonder Datüm;;;\r\n"
                          "Fout Datum;;32-01-2011;\r\n").encode("cp1252"))
    result = run_cli("import", str(notebook), str(csv_file), "--passphrase-stdin")
    assert result.returncode == 0, result.stderr
    assert "Regel 4 overgeslagen: de geboortedatum bestaat niet" in result.stdout
    assert ("Geïmporteerd: 2 nieuw, 0 al aanwezig, 1 regel met een fout overgeslagen."
            in result.stdout)
    assert "Groepen: 1 groepslidmaatschap, 1 nieuwe groep." in result.stdout
    assert "Qwertina" not in result.stdout + result.stderr
    assert "Windows-1252" in result.stdout

    stats = run_cli("stats", str(notebook), "--passphrase-stdin")
    assert stats.returncode == 0, stats.stderr
    lines = dict(line.split(": ", 1) for line in stats.stdout.splitlines())
    assert lines["Jongeren"] == "2" and lines["Groepen"] == "1"
    assert lines["Groepen in stap 1"] == "1" and lines["Signalen"] == "0"
    assert "Qwertina" not in stats.stdout and "Pleingroep" not in stats.stdout


def test_import_unusable_file_exit_2_before_asking_passphrase(notebook: Path,
                                                              tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("voornaam;wijk\nA;B\n", encoding="utf-8")
    before = notebook.read_bytes()
    result = run_cli("import", str(notebook), str(bad), "--passphrase-stdin", stdin="")
    assert result.returncode == 2
    assert "geen kolom 'naam'" in result.stderr and "niets geïmporteerd" in result.stderr
    assert "Traceback" not in result.stderr
    assert notebook.read_bytes() == before


def test_import_missing_csv_and_missing_notebook(notebook: Path, tmp_path: Path) -> None:
    result = run_cli("import", str(notebook), str(tmp_path / "nope.csv"), "--passphrase-stdin")
    assert result.returncode == 2 and "niet gevonden" in result.stderr
    csv_file = tmp_path / "ok.csv"
    csv_file.write_text("naam\nA\n", encoding="utf-8")
    result = run_cli("import", str(tmp_path / "nope.jwdb"), str(csv_file), "--passphrase-stdin")
    assert result.returncode == 2 and "notitieboek niet gevonden" in result.stderr


def test_import_wrong_passphrase_exit_1_nothing_changed(notebook: Path, tmp_path: Path) -> None:
    csv_file = tmp_path / "ok.csv"
    csv_file.write_text("naam\nA\n", encoding="utf-8")
    before = notebook.read_bytes()
    result = run_cli("import", str(notebook), str(csv_file), "--passphrase-stdin",
                     stdin="fout\n")
    assert result.returncode == 1
    assert "wachtwoord" in result.stderr.lower() and "Traceback" not in result.stderr
    assert notebook.read_bytes() == before


def test_import_where_every_line_is_bad_exit_2(notebook: Path, tmp_path: Path) -> None:
    csv_file = tmp_path / "allbad.csv"
    csv_file.write_text("naam;geboortedatum\nA;99-99-9999\n;01-01-2010\n", encoding="utf-8")
    result = run_cli("import", str(notebook), str(csv_file), "--passphrase-stdin")
    assert result.returncode == 2
    assert "Regel 2 overgeslagen" in result.stdout and "Regel 3 overgeslagen" in result.stdout
    assert "2 regels hebben een fout" in result.stderr
    nb = Notebook.open(notebook, passphrase=PASS)
    try:
        assert nb.people.count() == 0
    finally:
        nb.close()


def test_stats_wrong_passphrase(notebook: Path) -> None:
    result = run_cli("stats", str(notebook), "--passphrase-stdin", stdin="fout\n")
    assert result.returncode == 1 and "Traceback" not in result.stderr
