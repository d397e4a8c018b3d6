"""Regressions for ``import`` (run in-process, ``tests/cli_support.py``): undecodable bytes
are exit 2 with the line, a re-import of the same file is a success, the exit rule, Excel's
``sep=`` line, plurals."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from jongerenwerk_desk.notebook import Notebook
from tests.cli_support import run_cli as _run_cli
from tests.notebooks import new_notebook

PASS = "geheim wachtwoord 9"


def run_cli(*args: str, stdin: str = PASS + "\n") -> subprocess.CompletedProcess[str]:
    return _run_cli(*args, stdin=stdin)


@pytest.fixture
def notebook(tmp_path: Path) -> Path:
    path = tmp_path / "nb.jwdb"
    nb, _ = new_notebook(path, PASS)
    nb.close()
    return path


def count_people(path: Path) -> int:
    nb = Notebook.open(path, passphrase=PASS)
    try:
        return nb.people.count()
    finally:
        nb.close()


@pytest.mark.parametrize(("data", "fragment"), [
    (b"\xef\xbb\xbfnaam\nJan \xff Bad\n", "regel 2: ongeldige tekens voor UTF-8"),
    (b"\xff\xfen\x00a\x00a\x00m\x00\n\x00J\x00o", "oneven aantal bytes"),
])
def test_undecodable_file_exit_2_before_the_passphrase(notebook: Path, tmp_path: Path,
                                                       data: bytes, fragment: str) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(data)
    before = notebook.read_bytes()
    result = run_cli("import", str(notebook), str(bad), "--passphrase-stdin", stdin="")
    assert result.returncode == 2, result.stderr
    assert fragment in result.stderr and "niets geïmporteerd" in result.stderr
    assert "Traceback" not in result.stderr and "onverwachte" not in result.stderr
    assert "Jan" not in result.stderr
    assert notebook.read_bytes() == before


def test_reimporting_the_same_file_is_a_success(notebook: Path, tmp_path: Path) -> None:
    csv_file = tmp_path / "lijst.csv"
    csv_file.write_text("sep=;\nnaam;geboortedatum\nAnouk Test;01-02-2011\nBo Test;\n",
                        encoding="utf-8")
    first = run_cli("import", str(notebook), str(csv_file), "--passphrase-stdin")
    assert first.returncode == 0, first.stderr
    assert "Geïmporteerd: 2 nieuw, 0 al aanwezig, 0 regels met een fout" in first.stdout
    again = run_cli("import", str(notebook), str(csv_file), "--passphrase-stdin")
    assert again.returncode == 0, again.stderr
    assert "Geïmporteerd: 0 nieuw, 2 al aanwezig, 0 regels met een fout" in again.stdout
    assert "Regel 3 overgeslagen: staat al in het notitieboek" in again.stdout
    assert again.stderr == ""
    assert count_people(notebook) == 2


def test_same_file_with_a_bad_line_twice_gives_exit_0_twice(notebook: Path,
                                                              tmp_path: Path) -> None:
    """The exit rule: lines already present are usable lines; only a file without any
    usable line is exit 2 (see test_cli_import.test_import_where_every_line_is_bad_exit_2)."""
    csv_file = tmp_path / "lijst.csv"
    csv_file.write_text("naam;geboortedatum\nAnouk Test;01-02-2011\nFout;31-02-2010\n",
                        encoding="utf-8")
    first = run_cli("import", str(notebook), str(csv_file), "--passphrase-stdin")
    assert first.returncode == 0, first.stderr
    assert "1 nieuw, 0 al aanwezig, 1 regel met een fout" in first.stdout
    again = run_cli("import", str(notebook), str(csv_file), "--passphrase-stdin")
    assert again.returncode == 0, again.stderr
    assert "Regel 3 overgeslagen: de geboortedatum bestaat niet" in again.stdout
    assert "0 nieuw, 1 al aanwezig, 1 regel met een fout" in again.stdout
    assert count_people(notebook) == 1


def test_a_field_over_128_kb_in_an_ignored_column(notebook: Path, tmp_path: Path) -> None:
    csv_file = tmp_path / "lijst.csv"
    csv_file.write_text("naam;notitie\nAnouk Test;" + "x" * 200_000 + "\n", encoding="utf-8")
    result = run_cli("import", str(notebook), str(csv_file), "--passphrase-stdin")
    assert result.returncode == 0, result.stderr
    assert "Genegeerde kolommen: notitie." in result.stdout
    assert "1 nieuw" in result.stdout
