"""Shared plumbing for CLI handlers: Dutch errors with exit codes, passphrase input.

Exit codes (issue 2): 0 success, 1 refused or failed check, 2 usage or input error.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import unicodedata
from collections.abc import Callable

from jongerenwerk_desk.vault.errors import VaultError

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A Dutch message for standard error and the exit code to leave with (1 or 2)."""

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


def err(message: str) -> None:
    """Print a Dutch message to standard error."""
    print(message, file=sys.stderr)


def run_guarded(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Call ``handler(args)`` and turn every error into a Dutch message and an exit code.

    Never prints a traceback (it could hold client data), unless JWD_DEBUG=1 is set.
    """
    try:
        return handler(args)
    except CliError as exc:
        err(f"Fout: {exc.message}")
        return exc.exit_code
    except VaultError as exc:
        err(f"Fout: {exc}")
        return EXIT_REFUSED
    except KeyboardInterrupt:
        err("Afgebroken.")
        return EXIT_REFUSED
    except Exception as exc:  # last resort: no traceback, no client data
        if os.environ.get("JWD_DEBUG") == "1":
            raise
        err(f"Fout: onverwachte fout ({type(exc).__name__}). Er is niets aangepast dat al was "
            "opgeslagen. Zet JWD_DEBUG=1 voor details.")
        return EXIT_REFUSED


def normalise_passphrase(value: str) -> str:
    """NFC-normalise a passphrase; every input path must call this (issue 2)."""
    return unicodedata.normalize("NFC", value)


class PassphraseReader:
    """Reads passphrases from a TTY prompt, or one per line from stdin with --passphrase-stdin.

    Lines from stdin lose only their line ending (``\\n`` or ``\\r\\n``): spaces, quotes and
    emoji are kept. Raises CliError(2) when stdin runs out or no TTY is available.
    """

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def read(self, prompt: str, *, confirm: bool = False) -> str:
        """Return the next passphrase, NFC-normalised; with ``confirm`` a TTY asks twice."""
        if self.from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise CliError("geen wachtwoord gelezen van standaardinvoer.", EXIT_USAGE)
            value = line.rstrip("\n").rstrip("\r")
        else:
            if not sys.stdin.isatty():
                raise CliError("geen terminal om het wachtwoord te vragen; gebruik "
                               "--passphrase-stdin.", EXIT_USAGE)
            value = getpass.getpass(prompt)
            if confirm and getpass.getpass("Nogmaals: ") != value:
                raise CliError("de wachtwoorden zijn niet gelijk.", EXIT_USAGE)
        if value == "":
            raise CliError("een leeg wachtwoord is niet toegestaan.", EXIT_USAGE)
        return normalise_passphrase(value)
