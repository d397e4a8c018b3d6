"""CLI handlers for the notebook file: ``init``, ``verify``, ``backup``, ``restore``,
``change-passphrase`` (issue 2, "Admin CLI").

Exit codes (commands/common.py): 0 success, 1 refused or failed check (wrong passphrase,
damaged file, already open: VaultError, mapped by ``run_guarded``), 2 usage or input error
(missing file, empty passphrase, no TTY). Messages are Dutch on standard error; standard output
carries only what scripts need (the recovery code, a backup path). Passphrases come from a TTY
prompt or, with ``--passphrase-stdin``, one per line (NFC-normalised by PassphraseReader).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from jongerenwerk_desk.commands.common import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    CliError,
    PassphraseReader,
    err,
)
from jongerenwerk_desk.vault.errors import VaultError

if TYPE_CHECKING:
    from jongerenwerk_desk.vault import Vault

SHOWN_PROBLEMS = 12   # verify lists at most this many problems, then a count


def _migrations() -> tuple:
    from jongerenwerk_desk.notebook.schema import MIGRATIONS

    return tuple(MIGRATIONS)


def _existing_file(value: str, what: str) -> Path:
    """``value`` as an existing regular file; CliError(2) when absent or a folder."""
    path = Path(value)
    if path.is_dir():
        raise CliError(f"{path} is een map, geen {what}.", EXIT_USAGE)
    if not path.is_file():
        raise CliError(f"{what} niet gevonden: {path}", EXIT_USAGE)
    return path


def _notebook_file(value: str) -> Path:
    """An existing notebook path; a ``.jwbak`` gets the hint to use ``restore``."""
    from jongerenwerk_desk.vault.engine import BACKUP_MAGIC

    path = _existing_file(value, "notitieboek")
    try:
        with path.open("rb") as handle:
            is_backup = handle.read(len(BACKUP_MAGIC)) == BACKUP_MAGIC
    except OSError:
        return path   # the vault reports access problems with its own message
    if is_backup:
        raise CliError(f"{path} is een reservekopie, geen notitieboek. Zet hem eerst terug met "
                       "'jongerenwerk-desk restore RESERVEKOPIE NOTITIEBOEK'.", EXIT_USAGE)
    return path


def _writable_folder(folder: Path, what: str) -> None:
    """CliError(2) when ``folder`` is missing or not writable (checked before any KDF run)."""
    if not folder.is_dir():
        raise CliError(f"de map bestaat niet: {folder}", EXIT_USAGE)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CliError(f"de map {folder} is niet beschrijfbaar (alleen-lezen of geen rechten); "
                       f"kies een andere plek voor {what}.", EXIT_USAGE)


def _open_vault(path: Path, passphrase: str) -> tuple[Vault, list[str]]:
    """Open without migrating: admin commands check or copy a notebook, they do not change it.
    Returns the vault and the rollback warnings, which are printed here already."""
    from jongerenwerk_desk.vault import Vault

    vault = Vault.open(path, passphrase=passphrase, migrations=_migrations(), migrate=False)
    report_recovered_key_change(vault)
    warnings = rollback_warnings(vault)
    for warning in warnings:
        err(f"Let op: {warning}")
    return vault, warnings


def rollback_warnings(vault) -> list[str]:
    """Warnings when the notebook is older than the one last seen on this device (generation
    and disclosure-register head kept in the OS keyring; ``vault/rollback.py``)."""
    from jongerenwerk_desk.sharing.register import DisclosureRegister

    try:
        register = DisclosureRegister(vault).head()
    except Exception:   # an old schema without the register: the generation alone
        register = None
    return vault.rollback_warnings(register=register)


def report_recovered_key_change(vault) -> None:
    """Tell the user what this open finished or cleaned up: an interrupted passphrase change,
    an interrupted restore, temporary files of a killed command (``vault.tidied``)."""
    for message in vault.tidied.messages:
        err(f"Let op: {message}")
    if vault.key_change_recovered == "finished":
        err("Let op: een onderbroken wachtwoordwijziging is nu afgerond. Het nieuwe wachtwoord "
            "en de nieuwe herstelcode gelden; het oude wachtwoord werkt niet meer.")
    elif vault.key_change_recovered == "undone":
        err("Let op: een onderbroken wachtwoordwijziging is teruggedraaid. Het oude wachtwoord "
            "en de oude herstelcode gelden nog; een nieuwe herstelcode van die wijziging werkt "
            "niet. Wijzig het wachtwoord zo nodig opnieuw.")


def cmd_init(args: argparse.Namespace) -> int:
    """``init NOTEBOOK``: create a notebook with the notebook schema; print the recovery code.

    The code goes to standard output once (nothing else does); the explanation to stderr.
    Argon2id parameters are calibrated on this machine (about 0.5 s per unlock).
    """
    from jongerenwerk_desk.notebook import Notebook
    from jongerenwerk_desk.vault.debris import tidy

    path = Path(args.notebook)
    if path.is_dir():
        raise CliError(f"{path} is een map; geef een nieuwe bestandsnaam, bijvoorbeeld "
                       f"{path / 'notitieboek.jwdb'}.", EXIT_USAGE)
    if path.parent.is_dir():
        for message in tidy(path).messages:   # e.g. the lone .keys of a killed init
            err(f"Let op: {message}")
    for taken in (path, Path(f"{path}.keys")):
        if taken.exists():
            raise CliError(f"er bestaat al een bestand {taken}; er is niets overschreven.",
                           EXIT_USAGE)
    _writable_folder(path.parent, "het notitieboek")
    passphrase = PassphraseReader(args.passphrase_stdin).read_new(
        "Nieuw wachtwoord: ", user_inputs=(path.stem,))
    err("Notitieboek maken (sleutelafleiding afstemmen op deze computer)...")
    notebook, recovery_code = Notebook.create(path, passphrase)
    notebook.close()
    err(f"Notitieboek gemaakt: {path}")
    err("Herstelcode (wordt maar één keer getoond; bewaar hem op papier, op een veilige plek):")
    print(recovery_code)
    sys.stdout.flush()
    return EXIT_OK


def _disclosure_register_problems(vault) -> list[str]:
    """Problems in the disclosure register (Dutch, no client data), from
    ``sharing.register.register_problems``. The vault checks in ``cmd_verify`` run before this.
    """
    from jongerenwerk_desk.sharing.register import register_problems

    return register_problems(vault)


def cmd_verify(args: argparse.Namespace) -> int:
    """``verify NOTEBOOK``: integrity and cipher integrity of every page, every row read, and
    the disclosure register. Exit 0 when all is well, 1 with the problems listed otherwise."""
    path = _notebook_file(args.notebook)
    passphrase = PassphraseReader(args.passphrase_stdin).read("Wachtwoord: ")
    vault, rollback_seen = _open_vault(path, passphrase)
    try:
        report = vault.verify()
        problems = list(report.problems) + rollback_seen
        if report.ok:
            problems += _disclosure_register_problems(vault)
        pending = vault.pending_migrations
    finally:
        vault.close()
    if problems:
        err("Fout: het notitieboek is niet in orde:")
        for problem in problems[:SHOWN_PROBLEMS]:
            err(f"  - {problem}")
        if len(problems) > SHOWN_PROBLEMS:
            err(f"  … en nog {len(problems) - SHOWN_PROBLEMS} meldingen. Zet een reservekopie "
                "terug (restore); het bestand zelf is niet aangepast.")
        if os.environ.get("JWD_DEBUG") == "1":
            for detail in report.details:
                err(f"  (detail) {detail}")
        return EXIT_REFUSED
    err(f"Notitieboek in orde: {report.tables} tabellen, {report.rows} rijen gelezen, "
        "versleuteling en verwijzingen gecontroleerd.")
    if pending:
        err("Let op: dit notitieboek wordt bij het volgende openen in het programma bijgewerkt "
            "naar de nieuwe indeling (eerst wordt automatisch een reservekopie gemaakt).")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    """``backup NOTEBOOK DEST``: write one verified encrypted backup file (DEST may be a folder).

    Prints the backup's path on standard output. Refuses to overwrite an existing file.
    """
    path = _notebook_file(args.notebook)
    dest = Path(args.dest)
    if not dest.is_dir():
        if dest.exists():
            raise CliError(f"{dest} bestaat al; kies een nieuwe naam of een map.", EXIT_USAGE)
        if not dest.parent.is_dir():
            raise CliError(f"de map voor de reservekopie bestaat niet: {dest.parent}",
                           EXIT_USAGE)
    _writable_folder(dest if dest.is_dir() else dest.parent, "de reservekopie")
    passphrase = PassphraseReader(args.passphrase_stdin).read("Wachtwoord: ")
    vault, _warnings = _open_vault(path, passphrase)
    try:
        written = vault.backup(dest)
        swept = vault.swept_backups
        _record_backup(vault)
    finally:
        vault.close()
    if swept:
        err(f"Let op: {swept} onvolledige tijdelijke reservekopie(ën) van een eerder afgebroken "
            "'backup' opgeruimd.")
    err("Reservekopie geschreven en gecontroleerd. Hij opent met het huidige wachtwoord.")
    print(written)
    return EXIT_OK


def _record_backup(vault) -> None:
    """Record the backup's moment in the notebook's settings for the app's backup reminder
    (``notebook.ops.record_backup``). A notebook that still awaits a migration, or any other
    failure here, only costs the reminder: the backup itself is written and checked."""
    from datetime import UTC, datetime

    from jongerenwerk_desk.notebook import Notebook, ops

    try:
        if getattr(vault, "pending_migrations", None):
            return
        ops.record_backup(Notebook(vault), datetime.now(UTC))
    except Exception:  # the reminder is a convenience; never fail a good backup on it
        err("Let op: het tijdstip van deze reservekopie is niet in het notitieboek gezet.")


def cmd_restore(args: argparse.Namespace) -> int:
    """``restore BACKUP NOTEBOOK``: check the backup fully (asks the passphrase that was valid
    when the backup was made), then put it in place; what it replaces is kept and its path
    printed."""
    from jongerenwerk_desk.notebook.ops import restore_and_replay
    from jongerenwerk_desk.vault.debris import tidy
    from jongerenwerk_desk.vault.layout import check_restore_target

    backup = _existing_file(args.backup, "reservekopie")
    target = Path(args.notebook)
    if target.parent.is_dir() and not target.is_dir():
        for message in tidy(target).messages:   # an earlier restore killed midway: finish it
            err(f"Let op: {message}")
    try:
        check_restore_target(target)
    except VaultError as exc:
        raise CliError(_target_problem(target, exc), EXIT_USAGE) from None
    passphrase = PassphraseReader(args.passphrase_stdin).read(
        "Wachtwoord van de reservekopie: ")
    kept, replayed = restore_and_replay(backup, target, passphrase=passphrase)
    err(f"Reservekopie teruggezet naar {target}. Het wachtwoord is weer dat van het moment "
        "van de reservekopie.")
    again = sum(replayed.value.values())
    if again:
        err(f"Na de reservekopie gewiste of verlopen gegevens zijn opnieuw verwijderd "
            f"({again} in totaal); ze komen niet terug.")
    if kept is not None and kept.suffix == ".keys":
        err("Er stond alleen een los sleutelbestand; het is bewaard als:")
        print(kept)
    elif kept is not None:
        err("Het vervangen notitieboek (met zijn .keys) is bewaard als:")
        print(kept)
    return EXIT_OK


def _target_problem(target: Path, exc: VaultError) -> str:
    """Dutch message for a refused restore target (exit 2)."""
    from jongerenwerk_desk.vault.errors import TargetIsFolder, TargetNotANotebook

    if isinstance(exc, TargetIsFolder):
        return (f"{target} is een map; geef de bestandsnaam van het notitieboek, bijvoorbeeld "
                f"{target / 'notitieboek.jwdb'}. Er is niets aangepast.")
    if isinstance(exc, TargetNotANotebook):
        return (f"{target} is geen notitieboek; er is niets aangepast. Kies een nieuwe "
                "bestandsnaam of een bestaand notitieboek (met zijn .keys ernaast).")
    return f"de map bestaat niet: {target.parent}"


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    """``change-passphrase NOTEBOOK``: old passphrase, then the new one (twice on a TTY).

    The notebook is re-encrypted under a fresh data key (the old passphrase and old recovery
    code, with any old copy of the ``.keys``, no longer read it) and a new recovery code is
    printed once on standard output. Progress goes to standard error.
    """
    path = _notebook_file(args.notebook)
    reader = PassphraseReader(args.passphrase_stdin)
    old = reader.read("Huidig wachtwoord: ")
    vault, _warnings = _open_vault(path, old)
    try:
        new = reader.read_new("Nieuw wachtwoord: ", user_inputs=(path.stem,))
        if new == old:
            raise CliError("het nieuwe wachtwoord is gelijk aan het oude.", EXIT_USAGE)
        err("Notitieboek opnieuw versleutelen met een nieuwe sleutel...")
        code = vault.change_passphrase(old, new, progress=_ProgressLine())
    finally:
        vault.close()
    err("Wachtwoord gewijzigd; het notitieboek is opnieuw versleuteld. Het oude wachtwoord en "
        "de oude herstelcode openen het niet meer (oude reservekopieën openen nog met het "
        "wachtwoord van toen).")
    err("Nieuwe herstelcode (wordt maar één keer getoond; bewaar hem op papier, op een "
        "veilige plek; de oude herstelcode werkt niet meer):")
    print(code)
    sys.stdout.flush()
    return EXIT_OK


class _ProgressLine:
    """Progress callback for the CLI: a percentage on standard error, every 10 %."""

    def __init__(self) -> None:
        self._shown = -1

    def __call__(self, fraction: float, _phase: str) -> None:
        step = int(fraction * 10)
        if step > self._shown:
            self._shown = step
            err(f"  {step * 10} %")
