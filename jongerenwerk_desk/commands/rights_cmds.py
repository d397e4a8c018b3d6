"""CLI handlers for the data-subject rights and the privacy officer (issue 12):
``demo-notebook``, ``access-report``, ``processing-record``, ``breach-report``,
``retention``.

Exit codes (commands/common.py): 0 success, 1 refused or failed check (wrong passphrase,
damaged file, notebook open elsewhere), 2 usage or input error (missing file, target exists,
an unknown or ambiguous person). Messages are Dutch on standard error; standard output
carries only what scripts need (counts, paths, the recovery code), never names.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from jongerenwerk_desk.commands.common import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    CliError,
    PassphraseReader,
    err,
)
from jongerenwerk_desk.notebook.settings_keys import SettingKey


def _existing_notebook(value: str) -> Path:
    path = Path(value)
    if path.is_dir():
        raise CliError(f"{path} is een map, geen notitieboek.", EXIT_USAGE)
    if not path.is_file():
        raise CliError(f"notitieboek niet gevonden: {path}", EXIT_USAGE)
    return path


def _new_file(value: str, example: str) -> Path:
    """A path for a new output file: not existing, not a folder, parent folder present."""
    path = Path(value)
    if path.is_dir():
        raise CliError(f"{path} is een map; geef een bestandsnaam, bijvoorbeeld "
                       f"{path / example}.", EXIT_USAGE)
    if path.exists():
        raise CliError(f"{path} bestaat al; kies een nieuwe bestandsnaam. Er is niets "
                       "overschreven.", EXIT_USAGE)
    if not path.parent.is_dir():
        raise CliError(f"de map bestaat niet: {path.parent}", EXIT_USAGE)
    return path


def _person(nb: Any, person: str) -> int:
    """The id of the person PERSON names (an id or an exact name); CliError with exit 2 and
    a Dutch message (without the name) when there is none or more than one."""
    from jongerenwerk_desk.rights.access import AmbiguousPerson, PersonNotFound, find_person

    try:
        return find_person(nb, person)
    except (PersonNotFound, AmbiguousPerson) as exc:
        raise CliError(str(exc), EXIT_USAGE) from None


def _open(args: argparse.Namespace) -> Any:
    from jongerenwerk_desk.notebook import Notebook

    path = _existing_notebook(args.notebook)
    passphrase = PassphraseReader(args.passphrase_stdin).read("Wachtwoord: ")
    return Notebook.open(path, passphrase=passphrase)


def _write(path: Path, data: bytes) -> None:
    from jongerenwerk_desk.sharing.atomic import ExportError, write_atomic

    def _out(fh: BinaryIO) -> None:
        fh.write(data)

    try:
        write_atomic(path, _out)
    except ExportError as exc:
        raise CliError(str(exc), EXIT_REFUSED) from None


def cmd_demo_notebook(args: argparse.Namespace) -> int:
    """``demo-notebook PATH``: a real encrypted notebook filled with the fictional people of
    Voorbeeldstad (``notebook.ops.fill_demo``: marked as demo), for training and scripts.

    The passphrase rules are those of ``init`` (asked twice at a terminal, or one line with
    ``--passphrase-stdin``); the recovery code is printed once on standard output.
    """
    from jongerenwerk_desk.notebook import Notebook
    from jongerenwerk_desk.notebook.ops import fill_demo

    path = Path(args.path)
    if path.is_dir():
        raise CliError(f"{path} is een map; geef een nieuwe bestandsnaam, bijvoorbeeld "
                       f"{path / 'demo.jwdb'}.", EXIT_USAGE)
    for taken in (path, Path(f"{path}.keys")):
        if taken.exists():
            raise CliError(f"er bestaat al een bestand {taken}; er is niets overschreven.",
                           EXIT_USAGE)
    if not path.parent.is_dir():
        raise CliError(f"de map bestaat niet: {path.parent}", EXIT_USAGE)
    passphrase = PassphraseReader(args.passphrase_stdin).read_new(
        "Nieuw wachtwoord: ", user_inputs=(path.stem,))
    err("Demo-notitieboek maken (sleutelafleiding afstemmen op deze computer)...")
    notebook, recovery_code = Notebook.create(path, passphrase)
    try:
        fill_demo(notebook, date.today())
    finally:
        notebook.close()
    err(f"Demo-notitieboek gemaakt met verzonnen jongeren uit Voorbeeldstad: {path}")
    err("Herstelcode (wordt maar één keer getoond):")
    print(recovery_code)
    sys.stdout.flush()
    return EXIT_OK


def cmd_access_report(args: argparse.Namespace) -> int:
    """``access-report NOTEBOOK PERSON OUT.pdf``: the AVG art. 15 report of one young person.

    PERSON is the person's id or exact name; an unknown or ambiguous name gives exit 2 with a
    Dutch message (without the name). Confidential signals are left out unless named with
    ``--include-signal ID``; the decision for every confidential signal is logged (audit event,
    no content), as is the report itself.
    """
    from jongerenwerk_desk.notebook.ops import log_document
    from jongerenwerk_desk.rights.access import (
        build_access_report,
        confidential_signal_ids,
        record_confidential_decisions,
    )
    from jongerenwerk_desk.rights.document import document_pdf

    out = _new_file(args.out, "inzage.pdf")
    nb = _open(args)
    try:
        person_id = _person(nb, args.person)
        confidential = confidential_signal_ids(nb, person_id)
        wanted = set(args.include_signal or ())
        strangers = sorted(wanted - set(confidential))
        if strangers:
            raise CliError(f"signaal {strangers[0]} is geen vertrouwelijk signaal van deze "
                           "jongere; er is niets gemaakt.", EXIT_USAGE)
        report = build_access_report(nb, person_id, date.today(), include_confidential=wanted)
        record_confidential_decisions(nb, person_id, {s: s in wanted for s in confidential})
        _write(out, document_pdf(report.document()))
        log_document(nb, "access_report", person_id,
                     f"signals={len(report.signals)};disclosures={len(report.disclosures)};"
                     f"withheld={report.withheld_confidential}")
    finally:
        nb.close()
    err(f"Inzageoverzicht geschreven: {out} ({len(report.signals)} signalen, "
        f"{len(report.disclosures)} verstrekkingen, {report.withheld_confidential} "
        "vertrouwelijke signalen niet opgenomen).")
    return EXIT_OK


def cmd_processing_record(args: argparse.Namespace) -> int:
    """``processing-record NOTEBOOK OUT.pdf [--dpia-annex FILE.pdf]``: the AVG art. 30 entry
    (and optionally the DPIA annex) generated from the notebook's active covenant profile."""
    from jongerenwerk_desk.covenant.profile import builtin_profile
    from jongerenwerk_desk.rights.document import document_pdf
    from jongerenwerk_desk.rights.officer import dpia_annex, processing_record
    from jongerenwerk_desk.sharing.profile_choice import active_profile

    out = _new_file(args.out, "verwerkingsregister.pdf")
    annex = _new_file(args.dpia_annex, "dpia-bijlage.pdf") if args.dpia_annex else None
    if annex is not None and annex == out:
        raise CliError("geef twee verschillende bestandsnamen.", EXIT_USAGE)
    nb = _open(args)
    try:
        profile = active_profile(nb)
        own = nb.settings.get(SettingKey.OWN_PARTY.value) or "jongerenwerk"
    finally:
        nb.close()
    _write(out, document_pdf(processing_record(profile, own)))
    err(f"Verwerkingsregister (concept) geschreven: {out}")
    if annex is not None:
        _write(annex, document_pdf(dpia_annex(profile, builtin_profile("model"))))
        err(f"DPIA-bijlage (concept) geschreven: {annex}")
    return EXIT_OK


def cmd_breach_report(args: argparse.Namespace) -> int:
    """``breach-report NOTEBOOK (--export FILE | --laptop) [--out FG.pdf]``: which young
    people, disclosures and recipients a lost export file (matched by SHA-256, else by file
    name) or a lost laptop concerns. Standard output: ids and counts only; names only in the
    optional PDF for the privacy officer. Exit 0, also when nothing matches (said on stderr).
    """
    from jongerenwerk_desk.rights.breach import (
        breach_document,
        breach_for_export,
        breach_for_notebook,
    )
    from jongerenwerk_desk.rights.document import document_pdf

    if bool(args.export) == bool(args.laptop):
        raise CliError("kies --export BESTAND (een verloren export) of --laptop (het hele "
                       "notitieboek).", EXIT_USAGE)
    out = _new_file(args.out, "datalek.pdf") if args.out else None
    nb = _open(args)
    today = date.today()
    try:
        overview = (breach_for_notebook(nb, today) if args.laptop
                    else breach_for_export(nb, args.export, today))
    finally:
        nb.close()
    if not args.laptop and not overview.disclosure_ids:
        err("Dit bestand staat niet in het register van verstrekkingen (geen overeenkomst op "
            "SHA-256 of bestandsnaam).")
    print(f"Gevonden via: {overview.matched_by}")
    print(f"Verstrekkingen: {len(overview.disclosure_ids)} "
          f"({', '.join(map(str, overview.disclosure_ids)) or '-'})")
    print(f"Jongeren: {len(overview.person_ids)} (nummers "
          f"{', '.join(map(str, overview.person_ids)) or '-'}); jonger dan 16 of leeftijd "
          f"onbekend: {overview.minors}")
    print(f"Ontvangers: {', '.join(overview.recipients) or '-'}")
    print(f"Bijzondere gegevens: {overview.special_items}; strafrechtelijk: "
          f"{overview.criminal_items}; in vertrouwen: {overview.confidential_items}")
    if out is not None:
        _write(out, document_pdf(breach_document(overview, today)))
        err(f"Overzicht voor de functionaris gegevensbescherming geschreven: {out}")
    return EXIT_OK


def cmd_oversight(args: argparse.Namespace) -> int:
    """``oversight NOTEBOOK``: counts for the privacy officer (disclosures, blocked attempts
    per code, uses of conflict of duties, vital interest, informing exceptions); never text."""
    from jongerenwerk_desk.rights.officer import oversight_figures

    nb = _open(args)
    try:
        figures = oversight_figures(nb)
    finally:
        nb.close()
    print(f"Verstrekkingen: {figures.disclosures}")
    print(f"Conflict van plichten gebruikt: {figures.conflict_of_duties}")
    print(f"Vitaal belang gebruikt: {figures.vital_interest}")
    print(f"Uitzondering op informeren gebruikt: {figures.inform_exception}")
    if figures.blocked_per_code:
        for code, count in sorted(figures.blocked_per_code.items()):
            print(f"Geweigerd door {code}: {count}")
    else:
        print("Geweigerde pogingen: niet vastgelegd")
    return EXIT_OK


def cmd_retention(args: argparse.Namespace) -> int:
    """``retention NOTEBOOK [--apply]``: what is past its retention period, as counts per kind
    (never names); with ``--apply`` it is deleted (audited without content, tombstoned so a
    restored backup does not bring it back). Items on legal hold are counted apart."""
    from jongerenwerk_desk.notebook.stats import count_nl
    from jongerenwerk_desk.rights import retention

    nb = _open(args)
    try:
        result = retention.preview(nb, date.today())
        counts = result.counts()
        for kind, (_one, many) in retention.KIND_LABELS.items():
            print(f"Verlopen {many}: {counts[kind]}")
        print(f"Verstrekkingen waarvan de persoonsgegevens vervallen (de vastlegging blijft): "
              f"{len(result.register_due)}")
        if result.postponed:
            print(f"Uitgesteld (met reden en datum): {len(result.postponed)}")
        if not args.apply:
            if result.due or result.register_due:
                err("Er is niets verwijderd. Gebruik --apply om dit te verwijderen.")
            return EXIT_OK
        deleted = retention.apply(nb, result)
    finally:
        nb.close()
    for kind, (one, many) in retention.KIND_LABELS.items():
        print(f"Verwijderd: {count_nl(deleted[kind], one, many)}")
    reduced = count_nl(deleted["disclosure"], "verstrekking", "verstrekkingen")
    print(f"Verkort in het register: {reduced}")
    return EXIT_OK


def cmd_informing_letter(args: argparse.Namespace) -> int:
    """``informing-letter NOTEBOOK PERSON OUT.pdf [--for youth|parents]``: the informing
    letter (AVG art. 13/14, B1 Dutch) as PDF, recorded as an informing record dated today
    (``rights.letters.write_informing_letter``). PERSON as for ``access-report``."""
    from jongerenwerk_desk.rights.letters import write_informing_letter
    from jongerenwerk_desk.sharing.atomic import ExportError

    out = _new_file(args.out, "informatiebrief.pdf")
    nb = _open(args)
    try:
        person_id = _person(nb, args.person)
        try:
            write_informing_letter(nb, person_id, args.audience, out, date.today())
        except ExportError as exc:
            raise CliError(str(exc), EXIT_REFUSED) from None
    finally:
        nb.close()
    err(f"Informatiebrief geschreven en vastgelegd als informeermoment: {out}")
    return EXIT_OK
