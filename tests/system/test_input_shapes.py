"""Input limits by shape, not only by size (issue 13, class 9): a CSV of blank lines streams in
constant memory, the delimiter is found on the header as a CSV reader reads it, control and
bidi-override characters are refused in names, and ``assess`` answers huge integers and lone
surrogates with exit 2 and a Dutch message, listing a capped number of problems."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.notebook.csv_import import import_people, read_table
from jongerenwerk_desk.notebook.models import Group, YoungPerson
from jongerenwerk_desk.vault import KdfParams

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "scenarios"
TODAY = date(2026, 12, 1)


@pytest.fixture
def nb(tmp_path):
    notebook, _ = Notebook.create(tmp_path / "vorm.jwdb", "vorm wachtwoord",
                                  kdf_params=KdfParams.minimum())
    yield notebook
    notebook.close()


MEMORY_PROBE = textwrap.dedent('''
    import resource, sys
    from jongerenwerk_desk.notebook.csv_import import read_table
    data = b"naam;geboortedatum\\n" + b"\\n" * (19 * 1024 * 1024) + b"Sem;01-02-2011\\n"
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rows, cols, width, report = read_table(data)
    found = list(rows)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(len(found), found[0][0], (after - before) // 1024)
''')


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss in KiB")
def test_19_mb_of_blank_lines_streams_in_small_memory() -> None:
    out = subprocess.run([sys.executable, "-c", MEMORY_PROBE], capture_output=True, text=True,
                         timeout=300, check=True).stdout.split()
    rows, line, grown_mib = int(out[0]), int(out[1]), int(out[2])
    assert rows == 1 and line == 19 * 1024 * 1024 + 2
    assert grown_mib < 150, grown_mib           # d0e9205: about 3 GB


def test_delimiter_is_found_on_the_header_as_a_csv_reader_sees_it(nb) -> None:
    # more commas than semicolons in the line, but all inside quotes (d0e9205 chose ",")
    data = (b'naam;"Wijk, buurt, stadsdeel";"Opmerking, kort, lang"\n'
            b'Sem Jansen;Oost;x\n')
    rows, cols, width, report = read_table(data)
    assert report.delimiter == ";" and width == 3 and list(rows) == [(2, ["Sem Jansen", "Oost",
                                                                           "x"])]
    data = (b'naam,"wijk; buurt",groep\nSem Voorbeeld,"Oost; noord",Skaters\n')
    assert read_table(data)[3].delimiter == ","
    assert import_people(nb, data, TODAY).imported == 1


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x7f", "\u202e", "\u2066", "\u200f"])
def test_control_and_bidi_characters_are_refused_in_names(nb, char) -> None:
    if char != "\x00":     # a NUL makes the whole file "not a text file" (also refused)
        data = (f"naam;roepnaam;groep\nSem{char}Voorbeeld;;\nNoor;Mo{char};\n"
                f"Daan;;Groep{char}X\nGoed Persoon;;\n").encode()
        report = import_people(nb, data, TODAY)
        assert report.imported == 1
        reasons = [s.reason for s in report.skipped]
        assert len(reasons) == 3 and all("U+" in r and "typ" in r for r in reasons), reasons
    with pytest.raises(ValueError, match="onzichtbaar"):
        nb.people.add(YoungPerson(name=f"Sem{char}"))
    with pytest.raises(ValueError, match="onzichtbaar"):
        nb.groups.add(Group(name=f"Plein{char}", kind="groep", stage="1"))


def _assess(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jongerenwerk_desk", "assess", str(path),
                           "--profile", str(FIXTURES / "profile-voorbeeldstad.toml")],
                          capture_output=True, text=True, timeout=120)


def test_assess_huge_integer_and_lone_surrogate_exit_2(tmp_path: Path) -> None:
    request = json.loads((FIXTURES / "p01-group-signal-allowed.json").read_text())["request"]
    text = json.dumps(request)
    huge = tmp_path / "groot.json"
    huge.write_text(text[:-1] + ', "x": 1' + "0" * 5000 + "}", encoding="utf-8")
    result = _assess(huge)
    assert result.returncode == 2 and "getal dat te lang" in result.stderr, result.stderr
    lone = tmp_path / "los.json"
    lone.write_text(text.replace('"purpose": "', '"purpose": "\\ud800', 1), encoding="utf-8")
    assert "\\ud800" in lone.read_text()
    result = _assess(lone)
    assert result.returncode == 2 and "ongeldig teken" in result.stderr, result.stderr
    assert "onverwachte fout" not in result.stderr


def test_assess_error_list_is_capped(tmp_path: Path) -> None:
    request = json.loads((FIXTURES / "p01-group-signal-allowed.json").read_text())["request"]
    request["items"] = [{"bogus": n} for n in range(500)]
    path = tmp_path / "veel.json"
    path.write_text(json.dumps(request), encoding="utf-8")
    result = _assess(path)
    assert result.returncode == 2
    bullets = [line for line in result.stderr.splitlines() if line.startswith("  - ")]
    assert len(bullets) == 20 and "en nog" in result.stderr
