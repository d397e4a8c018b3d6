"""Command-line entry point: the GUI by default, admin subcommands for scripts and IT.

Contract (issue 2, sharing-rules.md section 7): exit 0 success, 1 refused or failed check,
2 usage or input error; messages in Dutch on standard error; ``--help`` in English.
Subcommand handlers live in ``jongerenwerk_desk.commands`` and are imported lazily so that
starting the GUI does not import the whole core.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from jongerenwerk_desk import __version__

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
}


class _Parser(argparse.ArgumentParser):
    """ArgumentParser that exits with 2 and a short message (argparse's default is also 2)."""


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser for the GUI options and every admin subcommand."""
    parser = _Parser(
        prog="jongerenwerk-desk",
        description="Jongerenwerk Desk: encrypted notebook and covenant share wizard for youth "
        "workers. Without a subcommand the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="open a fresh demo notebook of fictional people (no passphrase)")
    parser.add_argument("--notebook", metavar="PATH", help="notebook file to open in the GUI")
    parser.add_argument("--self-test", action="store_true",
                        help="check Qt, SQLCipher, FTS5, keyring, Dutch text and PDF; exit 0 or 1")
    parser.add_argument("--lang", choices=["nl", "en"], help="user interface language")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def stdin_opt(p: argparse.ArgumentParser) -> None:
        p.add_argument("--passphrase-stdin", action="store_true",
                       help="read passphrase(s) from standard input, one per line")

    p = sub.add_parser("init", help="create a new notebook; prints the recovery code once")
    p.add_argument("notebook", metavar="NOTEBOOK")
    stdin_opt(p)

    p = sub.add_parser("verify", help="check file, cipher and disclosure register integrity")
    p.add_argument("notebook", metavar="NOTEBOOK")
    stdin_opt(p)

    p = sub.add_parser("backup", help="write one verified encrypted backup file")
    p.add_argument("notebook", metavar="NOTEBOOK")
    p.add_argument("dest", metavar="DEST")
    stdin_opt(p)

    p = sub.add_parser("restore", help="restore a backup; keeps a copy of what it replaces")
    p.add_argument("backup", metavar="BACKUP")
    p.add_argument("notebook", metavar="NOTEBOOK")
    stdin_opt(p)

    p = sub.add_parser("change-passphrase", help="change the passphrase (old, then new)")
    p.add_argument("notebook", metavar="NOTEBOOK")
    stdin_opt(p)

    p = sub.add_parser("import", help="import young people from a CSV list (Excel export)")
    p.add_argument("notebook", metavar="NOTEBOOK")
    p.add_argument("csv", metavar="FILE.csv")
    stdin_opt(p)

    p = sub.add_parser("stats", help="counts only, never names")
    p.add_argument("notebook", metavar="NOTEBOOK")
    stdin_opt(p)

    p = sub.add_parser("assess", help="run the legal check on a share request (JSON)")
    p.add_argument("request", metavar="REQUEST.json")
    p.add_argument("--profile", metavar="PROFILE.toml",
                   help="covenant profile (default: the built-in model covenant)")

    p = sub.add_parser("export-register", help="export the disclosure register as CSV or JSON")
    p.add_argument("notebook", metavar="NOTEBOOK")
    p.add_argument("dest", metavar="DEST", help="output file, or - for standard output")
    p.add_argument("--format", choices=["csv", "json"], default=None,
                   help="default: from the file extension, else csv")
    stdin_opt(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the program; returns the process exit code (0, 1 or 2)."""
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
