"""``export-register NOTEBOOK DEST [--format csv|json]``: the disclosure register as a file.

CSV follows the Excel-NL rules (semicolon, UTF-8 with BOM, formula cells neutralised); JSON
holds every record completely (request and assessment included). DEST ``-`` writes to
standard output; a file is written atomically (temporary name + rename) and never overwrites
an existing file. The register is verified first: the export is still written, but problems
are listed on standard error and the exit code is 1 (failed check).

Exit codes (issue 2): 0 written and register intact, 1 written but the register check failed
(or the notebook could not be opened, or writing failed, e.g. a full disk behind standard
output), 2 usage error (missing notebook, a folder, existing DEST).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from jongerenwerk_desk.commands.common import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    CliError,
    PassphraseReader,
    err,
)

CSV_COLUMNS = ("nummer", "tijdstip (UTC)", "door", "ontvangers", "doel", "stap", "grondslag",
               "convenant", "convenantversie", "uitkomst toets", "bevindingen", "personen",
               "groep", "bestanden", "sha256", "vorige hash", "record-hash")


def _csv_rows(records: list) -> list[list[object]]:
    rows: list[list[object]] = [list(CSV_COLUMNS)]
    for r in records:
        codes = [f.get("code", "") for f in r.assessment.get("findings", [])]
        rows.append([r.id, r.created_at.isoformat(), r.actor, ", ".join(r.recipients),
                     r.purpose, r.stage, r.legal_basis, r.profile_id, r.profile_version,
                     r.assessment.get("outcome", ""), ", ".join(codes),
                     ", ".join(str(p) for p in r.person_ids),
                     "" if r.group_id is None else r.group_id, "\n".join(r.file_names),
                     "\n".join(r.file_hashes), r.prev_hash, r.record_hash])
    return rows


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    return "json" if str(args.dest).lower().endswith(".json") else "csv"


def _payload(fmt: str, records: list, problems: list[str]) -> bytes:
    from jongerenwerk_desk.sharing.csv_export import csv_bytes

    if fmt == "csv":
        return csv_bytes(_csv_rows(records))
    doc = {"register_ok": not problems, "problems": problems,
           "records": [r.to_dict() for r in records]}
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def cmd_export_register(args: argparse.Namespace) -> int:
    """Write the register of NOTEBOOK to DEST as CSV or JSON; see the module docstring."""
    from jongerenwerk_desk.notebook import Notebook
    from jongerenwerk_desk.sharing.atomic import ExportError, write_atomic
    from jongerenwerk_desk.sharing.register import DisclosureRegister

    path = Path(args.notebook)
    if path.is_dir():
        raise CliError(f"{path} is een map, geen notitieboek.", EXIT_USAGE)
    if not path.is_file():
        raise CliError(f"notitieboek niet gevonden: {path}", EXIT_USAGE)
    to_stdout = str(args.dest) == "-"
    dest = Path(args.dest)
    if not to_stdout and dest.is_dir():
        raise CliError(f"{dest} is een map; geef een bestandsnaam, bijvoorbeeld "
                       f"{dest / 'register.csv'}.", EXIT_USAGE)
    if not to_stdout and dest.exists():
        raise CliError(f"{dest} bestaat al; kies een nieuwe bestandsnaam.", EXIT_USAGE)
    if not to_stdout and not dest.parent.is_dir():
        raise CliError(f"de map bestaat niet: {dest.parent}", EXIT_USAGE)
    fmt = _format(args)
    passphrase = PassphraseReader(args.passphrase_stdin).read("Wachtwoord: ")
    nb = Notebook.open(path, passphrase=passphrase)
    try:
        register = DisclosureRegister(nb)
        problems = register.verify()
        records = register.list()
        # the check of every page at unlock (issue 13): a damaged notebook may lack entries
        problems += [f"het notitieboek is beschadigd: {problem}"
                     for problem in nb.vault.integrity_problems()[:5]]
    finally:
        nb.close()
    data = _payload(fmt, records, problems)
    if to_stdout:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        try:
            write_atomic(dest, lambda fh: fh.write(data))
        except ExportError as exc:
            raise CliError(str(exc), EXIT_REFUSED) from None
        err(f"Register geschreven: {len(records)} verstrekking(en) naar {dest}.")
    if problems:
        err("Fout: het register is niet in orde:")
        for problem in problems:
            err(f"  - {problem}")
        return EXIT_REFUSED
    return EXIT_OK
