"""CLI handlers ``import`` and ``stats`` (issue 2, "Admin CLI").

Exit codes (commands/common.py): 0 success, 1 refused or failed check (wrong passphrase,
damaged file: raised as VaultError and mapped by ``run_guarded``), 2 usage or input error.
Output never contains client data: the import report names line numbers and reasons only,
``stats`` prints counts only.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from jongerenwerk_desk.commands.common import (
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    PassphraseReader,
    err,
)


def _open(args: argparse.Namespace):
    """Ask the passphrase and open the notebook; CliError(2) when the path does not exist, is
    a folder or is a backup (the same messages as ``verify`` and ``backup``)."""
    from jongerenwerk_desk.commands.vault_cmds import (
        _notebook_file,
        report_recovered_key_change,
        rollback_warnings,
    )
    from jongerenwerk_desk.notebook import Notebook

    path = _notebook_file(args.notebook)
    passphrase = PassphraseReader(args.passphrase_stdin).read("Wachtwoord: ")
    nb = Notebook.open(path, passphrase=passphrase)
    report_recovered_key_change(nb.vault)
    for warning in rollback_warnings(nb.vault):
        err(f"Let op: {warning}")
    return nb


def _read_csv(path: Path) -> bytes:
    from jongerenwerk_desk.notebook.csv_import import MAX_BYTES

    if path.is_dir():
        raise CliError(f"{path} is een map, geen CSV-bestand.", EXIT_USAGE)
    if not path.is_file():
        raise CliError(f"CSV-bestand niet gevonden: {path}", EXIT_USAGE)
    if path.stat().st_size > MAX_BYTES:
        raise CliError("het CSV-bestand is groter dan 20 MB.", EXIT_USAGE)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CliError(f"kan het CSV-bestand niet lezen ({exc.strerror}).", EXIT_USAGE) from exc


def cmd_import(args: argparse.Namespace) -> int:
    """``import NOTEBOOK FILE.csv``: add young people (and groups) from a CSV list.

    The file is checked before the passphrase is asked, so a wrong file costs no unlock.
    Exit rule: 0 when the file had at least one usable line, new or already in the notebook
    ("0 nieuw, N al aanwezig": running the same file twice is documented as safe and gives
    the same exit code; lines with an error are listed but do not fail the run); 2 when the
    file itself is unusable, or every data line had an error (``ImportReport.failed``:
    nothing imported, fix the lines and run again); 1 for vault errors.
    """
    from jongerenwerk_desk.notebook import ops
    from jongerenwerk_desk.notebook.csv_import import CsvImportError, read_table
    from jongerenwerk_desk.notebook.stats import count_nl

    data = _read_csv(Path(args.csv))
    try:
        rows, _cols, _width, _report = read_table(data)   # the header only: rows stream
        first = next(rows, None)
    except CsvImportError as exc:
        raise CliError(f"{exc} Er is niets geïmporteerd.", EXIT_USAGE) from exc
    rows.close()
    if first is None:
        raise CliError("het bestand heeft alleen een kopregel; er is niets geïmporteerd.",
                       EXIT_USAGE)
    nb = _open(args)
    try:
        report = ops.import_people_csv(nb, data, date.today()).value
    except CsvImportError as exc:
        raise CliError(f"{exc} Er is niets geïmporteerd.", EXIT_USAGE) from exc
    finally:
        nb.close()
    out = sys.stdout
    print(f"Bestand gelezen als {report.encoding}, scheidingsteken '{report.delimiter}'.",
          file=out)
    if report.ignored_columns:
        print("Genegeerde kolommen: " + ", ".join(report.ignored_columns) + ".", file=out)
    for skipped in report.skipped:
        print(f"Regel {skipped.line} overgeslagen: {skipped.reason}.", file=out)
    print(f"Geïmporteerd: {report.imported} nieuw, {report.duplicates} al aanwezig, "
          f"{count_nl(report.invalid, 'regel', 'regels')} met een fout overgeslagen.", file=out)
    print(f"Groepen: {count_nl(report.memberships, 'groepslidmaatschap', 'groepslidmaatschappen')}"
          f", {count_nl(report.groups_created, 'nieuwe groep', 'nieuwe groepen')}.", file=out)
    if report.failed:
        print(f"Fout: geen enkele regel kon worden geïmporteerd: "
              f"{count_nl(report.invalid, 'regel heeft', 'regels hebben')} een fout. Er is "
              "niets geïmporteerd.", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    """``stats NOTEBOOK``: counts only, never names. Exit 0, or 1/2 via the vault errors."""
    from jongerenwerk_desk.notebook.stats import collect_stats

    nb = _open(args)
    try:
        stats = collect_stats(nb)
    finally:
        nb.close()
    for label, value in stats:
        print(f"{label}: {value}")
    return EXIT_OK
