"""Shared plumbing for CLI handlers: Dutch errors with exit codes, passphrase input, signals.

Exit codes (issue 2): 0 success, 1 refused or failed check (wrong passphrase, damaged file,
notebook open elsewhere, disk full, interrupted), 2 usage or input error (a path that does not
exist, is a folder, is not a notebook or backup, or already exists; a missing, empty, too weak
or non-UTF-8 passphrase). A closed pipe on standard output (``stats | head``) ends quietly
with exit 1 (Python's documented convention; no message, the reader has gone).
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import getpass
import os
import signal
import sys
from collections.abc import Callable, Iterable

from jongerenwerk_desk.vault import errors as ve
from jongerenwerk_desk.vault import normalise_passphrase
from jongerenwerk_desk.vault.errors import VaultError

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2

# Vault errors that mean "the path the user gave is wrong": exit 2. KeyFileMissing is a
# NotANotebook subclass but a refusal (the notebook is there, its key file is not): exit 1.
_USAGE_ERRORS = (ve.NotebookExists, ve.NotebookNotFound, ve.NotANotebook, ve.TargetIsFolder,
                 ve.TargetNotANotebook)
_REFUSED_ERRORS = (ve.KeyFileMissing,)

INTERRUPTED = ("Afgebroken. Wat al was opgeslagen blijft bewaard (een import of wijziging die "
               "net klaar was dus ook; controleer met 'stats'); wat nog bezig was, is niet "
               "opgeslagen en tijdelijke bestanden zijn opgeruimd.")


class CliError(Exception):
    """A Dutch message for standard error and the exit code to leave with (1 or 2)."""

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


class Terminated(BaseException):
    """Raised in the main thread by the SIGTERM handler, like KeyboardInterrupt for SIGINT,
    so every ``finally``/``except BaseException`` cleanup (temporary backup files, locks) runs."""


def err(message: str) -> None:
    """Print a Dutch message to standard error."""
    print(message, file=sys.stderr)


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated()


def install_signal_handlers() -> None:
    """SIGTERM raises :class:`Terminated` (main thread only; a no-op elsewhere)."""
    with contextlib.suppress(ValueError, AttributeError, OSError):
        signal.signal(signal.SIGTERM, _on_sigterm)


def exit_code_for(exc: VaultError) -> int:
    """2 for a wrong path given by the user, 1 for every other vault refusal."""
    if isinstance(exc, _REFUSED_ERRORS):
        return EXIT_REFUSED
    return EXIT_USAGE if isinstance(exc, _USAGE_ERRORS) else EXIT_REFUSED


def _database_error(exc: BaseException) -> VaultError | None:
    """A raw sqlcipher3 error from a read outside ``vault.transaction()`` -> typed vault error
    (DamagedFile for corruption and any other DatabaseError, DiskFull, AccessDenied)."""
    from jongerenwerk_desk.vault.engine import map_error

    mapped = map_error(exc)
    if mapped is not None:
        return mapped
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        return None
    return ve.DamagedFile() if isinstance(exc, dbapi2.DatabaseError) else None


def _stdout_gone() -> None:
    """After a broken pipe: point stdout at /dev/null so the final flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def output_failed(exc: OSError) -> int:
    """Exit code after ``exc`` while writing standard output outside a command's guard (e.g.
    ``--version``): a reader that went away ends quietly, a full disk gets its Dutch message;
    stdout then points at /dev/null so the interpreter's last flush cannot fail again.
    Returns :data:`EXIT_REFUSED`."""
    _stdout_gone()
    if isinstance(exc, BrokenPipeError) or _closed_pipe_on_windows(exc):
        return EXIT_REFUSED
    return _report_unexpected(exc)


def _call(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    code = handler(args)
    sys.stdout.flush()   # inside the guard: a closed pipe or full disk surfaces here
    return code


def run_guarded(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Call ``handler(args)`` and turn every error into a Dutch message and an exit code.

    Installs the SIGTERM handler first. Never prints a traceback (it could hold client data),
    unless JWD_DEBUG=1 is set.
    """
    install_signal_handlers()
    try:
        return _call(handler, args)
    except CliError as exc:
        err(f"Fout: {exc.message}")
        return exc.exit_code
    except VaultError as exc:
        err(f"Fout: {exc}")
        return exit_code_for(exc)
    except (KeyboardInterrupt, Terminated):
        if sys.stderr.isatty():
            err("")   # the cursor may still be on a prompt line
        err(INTERRUPTED)
        return EXIT_REFUSED
    except BrokenPipeError:
        _stdout_gone()
        return EXIT_REFUSED
    except OSError as exc:
        if not _closed_pipe_on_windows(exc):
            if os.environ.get("JWD_DEBUG") == "1":
                raise
            return _report_unexpected(exc)
        _stdout_gone()
        return EXIT_REFUSED
    except Exception as exc:  # last resort: no traceback, no client data
        if os.environ.get("JWD_DEBUG") == "1":
            raise
        return _report_unexpected(exc)


def _closed_pipe_on_windows(exc: OSError) -> bool:
    """Windows reports writing to a pipe whose reader has gone as a plain EINVAL from the C
    runtime (no Windows error code), not as BrokenPipeError."""
    return (sys.platform == "win32" and exc.errno == errno.EINVAL
            and getattr(exc, "winerror", None) is None)


def _report_unexpected(exc: Exception) -> int:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        # a raw OSError here comes from our own output (the vault raises DiskFull itself)
        err("Fout: de uitvoer kon niet worden geschreven: de schijf is vol. Wat al was "
            "opgeslagen is bewaard.")
        return EXIT_REFUSED
    mapped = _database_error(exc)
    if mapped is not None:
        err(f"Fout: {mapped}")
        return EXIT_REFUSED
    err(f"Fout: onverwachte fout ({type(exc).__name__}). Er is niets aangepast dat al was "
        "opgeslagen. Zet JWD_DEBUG=1 voor details.")
    return EXIT_REFUSED


class PassphraseReader:
    """Reads passphrases from a TTY prompt, or one per line from stdin with --passphrase-stdin.

    Lines from stdin are read as bytes and must be UTF-8; they lose only their line ending
    (``\\n`` or ``\\r\\n``): spaces, quotes and emoji are kept. Raises CliError(2) when stdin
    runs out, a line is not UTF-8, Ctrl-D is pressed at the prompt, or no TTY is available.
    """

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def read(self, prompt: str, *, confirm: bool = False) -> str:
        """Return the next passphrase, NFC-normalised; with ``confirm`` a TTY asks twice (the
        two entries are compared after normalisation)."""
        value = self._from_stdin() if self.from_stdin else self._from_tty(prompt, confirm)
        if value == "":
            raise CliError("een leeg wachtwoord is niet toegestaan.", EXIT_USAGE)
        return value

    def read_new(self, prompt: str, *, user_inputs: Iterable[str] = ()) -> str:
        """A new passphrase (twice on a TTY) that meets ``vault.policy``; CliError(2) with the
        Dutch reason otherwise."""
        from jongerenwerk_desk.vault.policy import passphrase_problems

        value = self.read(prompt, confirm=True)
        problems = passphrase_problems(value, tuple(user_inputs))
        if problems:
            raise CliError(problems[0], EXIT_USAGE)
        return value

    @staticmethod
    def _from_stdin() -> str:
        line = sys.stdin.buffer.readline()
        if not line:
            raise CliError("geen wachtwoord gelezen van standaardinvoer.", EXIT_USAGE)
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            raise CliError("het wachtwoord op standaardinvoer is geen geldige UTF-8-tekst.",
                           EXIT_USAGE) from None
        return normalise_passphrase(text.rstrip("\n").rstrip("\r"))

    @staticmethod
    def _from_tty(prompt: str, confirm: bool) -> str:
        if not sys.stdin.isatty():
            raise CliError("geen terminal om het wachtwoord te vragen; gebruik "
                           "--passphrase-stdin.", EXIT_USAGE)
        value = normalise_passphrase(_ask(prompt))
        if confirm and value and normalise_passphrase(_ask("Nogmaals: ")) != value:
            raise CliError("de wachtwoorden zijn niet gelijk.", EXIT_USAGE)
        return value


def _ask(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except EOFError:
        err("")
        raise CliError("afgebroken: geen wachtwoord ingevoerd.", EXIT_USAGE) from None
    except UnicodeDecodeError:
        raise CliError("het wachtwoord is geen geldige tekst (UTF-8).", EXIT_USAGE) from None
