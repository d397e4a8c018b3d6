"""Command-line entry point: the GUI by default, admin subcommands for scripts and IT.

Exit codes (README.md, "Admin CLI"; docs/legal-rules.md section 7): 0 success, 1 refused or
failed check, 2 usage or input error; messages in Dutch on standard error; ``--help`` in English.
Subcommand handlers live in ``jongerenwerk_desk.commands`` and are imported lazily so that
starting the GUI does not import the whole core.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
import textwrap
from collections.abc import Sequence
from typing import NoReturn

import jongerenwerk_desk

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2

# subcommand -> (module in jongerenwerk_desk.commands, function). Each function takes the
# parsed argparse.Namespace and returns an exit code; it raises commands.common.CliError for
# a Dutch message with an exit code.
_HANDLERS: dict[str, tuple[str, str]] = {
    "init": ("vault_cmds", "cmd_init"),
    "verify": ("vault_cmds", "cmd_verify"),
    "backup": ("vault_cmds", "cmd_backup"),
    "restore": ("vault_cmds", "cmd_restore"),
    "change-passphrase": ("vault_cmds", "cmd_change_passphrase"),
    "stats": ("notebook_cmds", "cmd_stats"),
    "import": ("notebook_cmds", "cmd_import"),
    "assess": ("assess_cmd", "cmd_assess"),
    "export-register": ("register_cmd", "cmd_export_register"),
    "demo-notebook": ("rights_cmds", "cmd_demo_notebook"),
    "access-report": ("rights_cmds", "cmd_access_report"),
    "processing-record": ("rights_cmds", "cmd_processing_record"),
    "breach-report": ("rights_cmds", "cmd_breach_report"),
    "oversight": ("rights_cmds", "cmd_oversight"),
    "retention": ("rights_cmds", "cmd_retention"),
    "informing-letter": ("rights_cmds", "cmd_informing_letter"),
}


EPILOG = """\
exit codes:
  0  success
  1  refused or failed check (wrong passphrase, damaged file, notebook open elsewhere,
     disk full, interrupted)
  2  usage or input error (missing or wrong path, target exists, weak or missing passphrase)
Messages for the user are Dutch, on standard error.
"""

# argparse's English error texts -> Dutch (the --help text itself stays English).
_ARGPARSE_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), dutch) for pattern, dutch in (
        (r"the following arguments are required: (.+)", "ontbrekend argument {0}"),
        (r"unrecognized arguments: (.+)", "onbekend argument {0}"),
        (r"argument (\S+): invalid choice: '?([^' ]*)'? \(choose from (.+)\)",
         "ongeldige keuze {1} voor {0}; kies uit {2}"),
        (r"argument (\S+): expected one argument", "{0} verwacht een waarde"),
        (r"argument (\S+): ignored explicit argument (.+)", "{0} neemt geen waarde ({1})"),
        (r"ambiguous option: (\S+) could match (.+)", "optie {0} is dubbelzinnig ({1})"),
        (r"argument (\S+): (.+)", "ongeldig argument {0}"),
    ))


def dutch_usage_error(message: str) -> str:
    """Dutch text for an argparse error message (unknown ones: "ongeldige invoer")."""
    for pattern, dutch in _ARGPARSE_ERRORS:
        match = pattern.search(message)
        if match:
            return dutch.format(*match.groups())
    return "ongeldige invoer op de opdrachtregel"


class _Parser(argparse.ArgumentParser):
    """ArgumentParser whose errors are Dutch, one line on standard error, exit 2."""

    def error(self, message: str) -> NoReturn:
        """Print ``Fout: <Dutch>. Zie '<prog> --help'.`` and exit 2 (never returns)."""
        self.exit(EXIT_USAGE, f"Fout: {dutch_usage_error(message)}. "
                              f"Zie '{self.prog} --help'.\n")


class _VersionAction(argparse.Action):
    """``--version``: prints "jongerenwerk-desk VERSION" and exits 0, like argparse's own
    version action, but reads the version only when asked. A closed pipe or a full disk on
    standard output end it as they end a command (``commands.common.run_guarded``): exit 1,
    a Dutch message for the disk, never a traceback."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="show program's version number and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> NoReturn:
        try:
            print(f"{parser.prog} {jongerenwerk_desk.__version__}", flush=True)
        except OSError as exc:  # a closed pipe or a full disk: as the commands end
            from jongerenwerk_desk.commands.common import output_failed

            parser.exit(output_failed(exc))
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser for the GUI options and every admin subcommand."""
    parser = _Parser(
        prog="jongerenwerk-desk",
        description="Jongerenwerk Desk: encrypted notebook and covenant share wizard for youth "
        "workers. Without a subcommand the desktop app starts.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("--demo", action="store_true",
                        help="open a fresh demo notebook of fictional people (no passphrase)")
    parser.add_argument("--notebook", metavar="PATH", help="notebook file to open in the GUI")
    parser.add_argument("--self-test", action="store_true",
                        help="check Qt, SQLCipher, FTS5, keyring, Dutch text and PDF; exit 0 or 1")
    parser.add_argument("--lang", choices=["nl", "en"], help="user interface language")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    _add_vault_commands(sub)
    _add_other_commands(sub)
    _add_rights_commands(sub)
    return parser


def _command(sub, name: str, help_text: str, description: str = "") -> argparse.ArgumentParser:
    text = textwrap.fill(description or help_text, 79)
    return sub.add_parser(name, help=help_text, description=text,
                          epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)


_NOTEBOOK_HELP = "notebook file (X.jwdb; its key file X.jwdb.keys must be next to it)"
_CLOSED = " The notebook must not be open in the app."


def _stdin_opt(p: argparse.ArgumentParser, lines: str = "the passphrase") -> None:
    p.add_argument("--passphrase-stdin", action="store_true",
                   help=f"read {lines} from standard input, one per line (UTF-8); "
                        "default: ask at the terminal")


def _add_vault_commands(sub) -> None:
    p = _command(sub, "init", "create a new notebook; prints the recovery code once",
                 "Create a new notebook and its key file NOTEBOOK.keys. The recovery code is "
                 "printed once on standard output. The passphrase needs at least 10 characters "
                 "and must be hard to guess.")
    p.add_argument("notebook", metavar="NOTEBOOK", help="new notebook file, e.g. werk.jwdb")
    _stdin_opt(p)

    p = _command(sub, "verify", "check file, cipher and disclosure register integrity",
                 "Check every page, the encryption, every row and the disclosure register."
                 + _CLOSED)
    p.add_argument("notebook", metavar="NOTEBOOK", help=_NOTEBOOK_HELP)
    _stdin_opt(p)

    p = _command(sub, "backup", "write one verified encrypted backup file",
                 "Write one encrypted, verified backup file (.jwbak, includes the key file). "
                 "Its path is printed on standard output." + _CLOSED)
    p.add_argument("notebook", metavar="NOTEBOOK", help=_NOTEBOOK_HELP)
    p.add_argument("dest", metavar="DEST",
                   help="new backup file, or an existing folder (a dated name is chosen)")
    _stdin_opt(p)

    p = _command(sub, "restore", "restore a backup; keeps a copy of what it replaces",
                 "Check a backup fully, then put it at NOTEBOOK. An existing notebook there is "
                 "kept as NAME.replaced-<time>.jwdb (path printed). Asks the passphrase that "
                 "was valid when the backup was made.")
    p.add_argument("backup", metavar="BACKUP", help="backup file (.jwbak)")
    p.add_argument("notebook", metavar="NOTEBOOK",
                   help="new notebook file, or an existing notebook to replace (not a folder)")
    _stdin_opt(p)

    p = _command(sub, "change-passphrase", "change the passphrase (old, then new)",
                 "Change the passphrase: the notebook is re-encrypted under a fresh key, so "
                 "the old passphrase and the old recovery code stop opening it (also with an "
                 "old copy of the key file). A new recovery code is printed once on standard "
                 "output. Old backups keep their old passphrase." + _CLOSED)
    p.add_argument("notebook", metavar="NOTEBOOK", help=_NOTEBOOK_HELP)
    _stdin_opt(p, "the current passphrase, then the new one")


def _add_other_commands(sub) -> None:
    p = _command(sub, "import", "import young people from a CSV list (Excel export)")
    p.add_argument("notebook", metavar="NOTEBOOK", help=_NOTEBOOK_HELP)
    p.add_argument("csv", metavar="FILE.csv",
                   help="CSV with a header line (column naam required); see README")
    _stdin_opt(p)

    p = _command(sub, "stats", "counts only, never names")
    p.add_argument("notebook", metavar="NOTEBOOK", help=_NOTEBOOK_HELP)
    _stdin_opt(p)

    p = _command(sub, "assess", "run the legal check on a share request (JSON)",
                 "Check a share request (JSON) against a covenant profile; prints the outcome "
                 "and findings as JSON on standard output (exit 0 whatever the outcome).")
    p.add_argument("request", metavar="REQUEST.json",
                   help="share request file, or - for standard input")
    p.add_argument("--profile", metavar="PROFILE",
                   help="covenant profile: a .toml file, or the built-in 'model' or 'demo' "
                        "(default: model)")

    p = _command(sub, "export-register", "export the disclosure register as CSV or JSON",
                 "Export the disclosure register. The register is verified first; problems "
                 "give exit 1 (the export is still written).")
    p.add_argument("notebook", metavar="NOTEBOOK", help=_NOTEBOOK_HELP)
    p.add_argument("dest", metavar="DEST", help="new output file, or - for standard output")
    p.add_argument("--format", choices=["csv", "json"], default=None,
                   help="default: from the file extension, else csv")
    _stdin_opt(p)


def windows_console_output() -> None:
    """Windows: standard output and error in a pipe or file are UTF-8, as on Linux and macOS.

    In a console window Python writes Unicode directly (correct whatever the code page: 850,
    1252 or 65001). In a pipe or file it would use the ANSI code page (cp1252) with
    errors="strict": a path with, say, "Ł" in it would end a finished command with an error,
    and "ë" would not match the UTF-8 that standard input is read in. An explicit
    PYTHONIOENCODING is respected. Other platforms: unchanged.
    """
    if sys.platform != "win32" or os.environ.get("PYTHONIOENCODING"):
        return
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        try:
            console = stream.isatty()
        except (OSError, ValueError):
            continue
        if not console:
            reconfigure(encoding="utf-8", errors="replace")


def _add_rights_commands(sub) -> None:
    p = _command(sub, "demo-notebook", "create an encrypted notebook with fictional demo people",
                 "Create a new encrypted notebook (and NOTEBOOK.keys) filled with the fictional "
                 "young people, groups and signals of the demo town Voorbeeldstad, for training "
                 "and scripts. Passphrase rules as for init; the recovery code is printed once.")
    p.add_argument("path", metavar="PATH", help="new notebook file, e.g. demo.jwdb")
    _stdin_opt(p)

    p = _command(sub, "access-report", "write the access report (GDPR art. 15) of one person",
                 "Write the access report of one young person as PDF: what is recorded, why, "
                 "from which sources, every disclosure about them, retention and their rights. "
                 "Other people and informants are blanked. Confidential signals are left out "
                 "unless named with --include-signal; every decision is logged.")
    p.add_argument("notebook", metavar="NOTEBOOK", help=_NOTEBOOK_HELP)
    p.add_argument("person", metavar="PERSON", help="the person's id, or their exact name")
    p.add_argument("out", metavar="OUT.pdf", help="new PDF file")
    p.add_argument("--include-signal", metavar="ID", type=int, action="append",
                   help="include this confidential signal (repeat for more)")
    _stdin_opt(p)

    p = _command(sub, "processing-record", "write the GDPR art. 30 record entry as PDF",
                 "Write the entry for the register of processing activities (GDPR art. 30) "
                 "generated from the notebook's active covenant profile, as a draft PDF.")
    p.add_argument("notebook", metavar="NOTEBOOK", help=_NOTEBOOK_HELP)
    p.add_argument("out", metavar="OUT.pdf", help="new PDF file")
    p.add_argument("--dpia-annex", metavar="FILE.pdf",
                   help="also write the DPIA annex (data flows, differences from the model)")
    _stdin_opt(p)

    p = _command(sub, "breach-report", "which people and recipients a data breach concerns",
                 "Data-breach overview (GDPR art. 33/34): which young people, disclosures and "
                 "recipients a lost export file (matched by SHA-256, else file name) or a lost "
                 "laptop (--laptop) concerns. Standard output has ids and counts only.")
    p.add_argument("notebook", metavar="NOTEBOOK", help=_NOTEBOOK_HELP)
    p.add_argument("--export", metavar="FILE",
                   help="the lost export: a copy of the file, its name, or its SHA-256")
    p.add_argument("--laptop", action="store_true", help="the whole notebook was lost")
    p.add_argument("--out", metavar="FG.pdf",
                   help="also write a PDF with names for the privacy officer")
    _stdin_opt(p)

    p = _command(sub, "oversight", "oversight figures for the privacy officer (counts only)")
    p.add_argument("notebook", metavar="NOTEBOOK", help=_NOTEBOOK_HELP)
    _stdin_opt(p)

    p = _command(sub, "retention", "list (or delete) what is past its retention period",
                 "List what is past its retention period (covenant retention per signal, a "
                 "set time after a group leaves the approach, an age limit) as counts per kind, "
                 "never names. With --apply it is deleted; deletions are audited without "
                 "content and stay deleted when an older backup is restored.")
    p.add_argument("notebook", metavar="NOTEBOOK", help=_NOTEBOOK_HELP)
    p.add_argument("--apply", action="store_true", help="delete what is listed")
    _stdin_opt(p)

    p = _command(sub, "informing-letter", "write an informing letter (GDPR art. 13/14) as PDF",
                 "Write the plain-Dutch informing letter for a young person or their legal "
                 "representatives as PDF and record it as an informing record dated today.")
    p.add_argument("notebook", metavar="NOTEBOOK", help=_NOTEBOOK_HELP)
    p.add_argument("person", metavar="PERSON", help="the person's id, or their exact name")
    p.add_argument("out", metavar="OUT.pdf", help="new PDF file")
    p.add_argument("--for", dest="audience", choices=["youth", "parents"], default="youth",
                   help="the young person (default) or their parents/guardians")
    _stdin_opt(p)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the program; returns the process exit code (0, 1 or 2).

    First of all crash dumps are switched off (``process_guard``): a dump of this process
    would hold names, signal text, the passphrase and the data key."""
    from jongerenwerk_desk.process_guard import harden_process

    harden_process()
    windows_console_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        if args.self_test:
            from jongerenwerk_desk.ui.selftest import run_self_test

            return run_self_test()
        from jongerenwerk_desk.ui.app import run_gui

        return run_gui(args)

    from jongerenwerk_desk.commands.common import run_guarded

    module_name, func_name = _HANDLERS[args.command]
    try:
        module = importlib.import_module(f"jongerenwerk_desk.commands.{module_name}")
        handler = getattr(module, func_name)
    except (ImportError, AttributeError) as exc:  # a broken install, never a user error
        print(f"Fout: deze opdracht is niet beschikbaar in deze installatie ({exc}).",
              file=sys.stderr)
        return EXIT_REFUSED
    return run_guarded(handler, args)


if __name__ == "__main__":
    sys.exit(main())
