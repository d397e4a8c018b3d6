"""The rights CLI (issue 12), run in-process as the console script runs it
(``tests/cli_support.py``): ``demo-notebook``, ``access-report``, ``processing-record``,
``breach-report``, ``retention``; Dutch messages, exit codes 0/1/2, no traceback, no names on
standard output."""

from __future__ import annotations

import subprocess

from jongerenwerk_desk.notebook import Notebook
from tests.cli_support import run_cli

PASSPHRASE = "oefenen met verzonnen jongeren 42"


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """``jongerenwerk-desk ARGS``; never raises on exit codes."""
    result = run_cli(*args, stdin=stdin)
    assert "Traceback" not in result.stderr
    return result


def test_demo_notebook_creates_real_encrypted_notebook_with_demo_people(tmp_path) -> None:
    path = tmp_path / "demo.jwdb"
    result = run("demo-notebook", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.strip().splitlines()) == 1  # only the recovery code
    assert not path.read_bytes().startswith(b"SQLite format 3")
    with Notebook.open(path, passphrase=PASSPHRASE) as nb:
        names = {p.name for p in nb.people.page(0, 100)}
        assert "Sam Voorbeeld" in names and len(names) == 12
        assert nb.signals.count() > 10


def test_demo_notebook_refuses_existing_file_and_weak_passphrase(tmp_path) -> None:
    taken = tmp_path / "bestaat.jwdb"
    taken.write_bytes(b"iets")
    result = run("demo-notebook", str(taken), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 2 and "bestaat al" in result.stderr
    assert taken.read_bytes() == b"iets"
    weak = run("demo-notebook", str(tmp_path / "zwak.jwdb"), "--passphrase-stdin",
               stdin="kort\n")
    assert weak.returncode == 2 and not (tmp_path / "zwak.jwdb").exists()


def test_access_report_cli_by_name_and_id_and_ambiguous_name(tmp_path) -> None:
    from pypdf import PdfReader

    from jongerenwerk_desk.notebook.models import YoungPerson
    from tests.unit.rights_world import FORBIDDEN, make_world
    from tests.unit.rights_world import PASSPHRASE as WORLD_PASS

    world = make_world(tmp_path)
    sam, secret = world.sam, world.secret_signal
    world.nb.people.add(YoungPerson(name="Bo Nepstra"))  # a second Bo Nepstra
    world.nb.close()
    path = str(tmp_path / "werk.jwdb")
    out = tmp_path / "inzage.pdf"
    result = run("access-report", path, "Sam Voorbeeld", str(out), "--include-signal",
                 str(secret), "--passphrase-stdin", stdin=WORLD_PASS + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and "Sam" not in result.stderr
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "SAMMARKER2" in " ".join(text.split()) and "thuis" in text
    assert not any(marker in text for marker in FORBIDDEN)
    again = run("access-report", path, str(sam), str(out), "--passphrase-stdin",
                stdin=WORLD_PASS + "\n")
    assert again.returncode == 2 and "bestaat al" in again.stderr
    twice = run("access-report", path, "Bo Nepstra", str(tmp_path / "bo.pdf"),
                "--passphrase-stdin", stdin=WORLD_PASS + "\n")
    assert twice.returncode == 2 and "2 jongeren met deze naam" in twice.stderr
    assert "Nepstra" not in twice.stderr and not (tmp_path / "bo.pdf").exists()
    with Notebook.open(path, passphrase=WORLD_PASS) as nb:
        actions = [e.action for e in nb.audit.page(0, 10_000, sort_key="id")]
        assert actions.count("access_report") == 1
        assert "access_report_include" in actions and "access_report_withhold" in actions


def test_officer_commands_print_ids_and_counts_never_names(tmp_path) -> None:
    from tests.unit.rights_world import PASSPHRASE as WORLD_PASS
    from tests.unit.rights_world import make_world

    world = make_world(tmp_path)
    lost = world.folder / world.disclosures[1].file_name
    world.nb.close()
    path = str(tmp_path / "werk.jwdb")
    record = run("processing-record", path, str(tmp_path / "art30.pdf"), "--dpia-annex",
                 str(tmp_path / "dpia.pdf"), "--passphrase-stdin", stdin=WORLD_PASS + "\n")
    assert record.returncode == 0, record.stderr
    assert (tmp_path / "art30.pdf").stat().st_size > 1000 and (tmp_path / "dpia.pdf").exists()
    breach = run("breach-report", path, "--export", str(lost), "--out",
                 str(tmp_path / "fg.pdf"), "--passphrase-stdin", stdin=WORLD_PASS + "\n")
    assert breach.returncode == 0, breach.stderr
    assert "Gevonden via: sha256" in breach.stdout
    assert f"Verstrekkingen: 1 ({world.disclosures[1].id})" in breach.stdout
    assert "Sam" not in breach.stdout + breach.stderr
    neither = run("breach-report", path, "--passphrase-stdin", stdin=WORLD_PASS + "\n")
    assert neither.returncode == 2 and "--laptop" in neither.stderr
    oversight = run("oversight", path, "--passphrase-stdin", stdin=WORLD_PASS + "\n")
    assert oversight.returncode == 0 and "Verstrekkingen: 2" in oversight.stdout


def test_retention_cli_counts_then_applies_and_restore_keeps_erasure(tmp_path) -> None:
    from datetime import UTC, datetime, timedelta

    from jongerenwerk_desk.notebook.models import Signal, YoungPerson
    from jongerenwerk_desk.vault import KdfParams

    path = tmp_path / "werk.jwdb"
    nb, _ = Notebook.create(path, PASSPHRASE, kdf_params=KdfParams.minimum())
    old = datetime.now(UTC) - timedelta(days=1000)
    for _ in range(3):
        nb.signals.add(Signal(occurred_at=old, category="groepsgedrag", text="oud"))
    erased = nb.people.add(YoungPerson(name="Xerxes Wismans"))
    backup = nb.vault.backup(tmp_path)
    nb.people.erase(erased)
    nb.close()
    stdin = PASSPHRASE + "\n"
    listed = run("retention", str(path), "--passphrase-stdin", stdin=stdin)
    assert listed.returncode == 0, listed.stderr
    assert "Verlopen signalen: 3" in listed.stdout and "--apply" in listed.stderr
    applied = run("retention", str(path), "--apply", "--passphrase-stdin", stdin=stdin)
    assert applied.returncode == 0 and "Verwijderd: 3 signalen" in applied.stdout
    restored = run("restore", str(backup), str(path), "--passphrase-stdin", stdin=stdin)
    assert restored.returncode == 0, restored.stderr
    assert "opnieuw verwijderd (4 in totaal)" in restored.stderr
    with Notebook.open(path, passphrase=PASSPHRASE) as again:
        assert again.people.count() == 0 and again.signals.count() == 0


def test_informing_letter_cli_writes_pdf_and_records_informing(tmp_path) -> None:
    from datetime import date

    from pypdf import PdfReader

    from jongerenwerk_desk.notebook.ops import fill_demo
    from jongerenwerk_desk.vault import KdfParams

    path = tmp_path / "demo.jwdb"
    nb, _ = Notebook.create(path, PASSPHRASE, kdf_params=KdfParams.minimum())
    fill_demo(nb, date.today())
    bo = next(p.id for p in nb.people.page(0, 100) if p.name == "Bo Nepstra")
    nb.close()
    out = tmp_path / "brief.pdf"
    result = run("informing-letter", str(path), "Bo Nepstra", str(out), "--for", "parents",
                 "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert "ouder of voogd van Bo Nepstra" in " ".join(
        " ".join(p.extract_text() for p in PdfReader(out).pages).split())
    with Notebook.open(path, passphrase=PASSPHRASE) as again:
        assert [(r.who, r.how) for r in again.informing.for_person(bo)] == [
            ("parents", "informatiebrief")]
    unknown = run("informing-letter", str(path), "Niemand Hier", str(tmp_path / "x.pdf"),
                  "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert unknown.returncode == 2 and "geen jongere" in unknown.stderr
