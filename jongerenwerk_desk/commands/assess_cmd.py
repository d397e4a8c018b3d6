"""``jongerenwerk-desk assess REQUEST.json [--profile PROFILE.toml]`` (docs/legal-rules.md §7).

Reads a share request (JSON, dates as ISO strings; ``-`` reads standard input), checks it
against the covenant profile (default: the built-in model covenant) on the request's own
``today``, and prints ``{"outcome": ..., "findings": [...]}`` as UTF-8 JSON on standard
output. Exit 0 whatever the outcome; exit 2 with a Dutch message on standard error for a
missing or unreadable file, a file that is not UTF-8, invalid JSON, or a malformed request or
profile. Messages never repeat content from the request (it may hold client data).

A scenario file (``{"profile": "NAME.toml", "request": {...}, "expect": ...}``, the shape of
the public examples) names the profile it was written for. Without ``--profile`` that
profile is used when ``profile`` is a plain file name (no folder part, no ``..``) of an
existing file in the scenario file's own folder; a scenario read from standard input, or
naming a path or a missing file, is checked against the model covenant and a Dutch note on
standard error says so. ``--profile`` always wins. (Decision: loading only from the
scenario's own folder keeps a downloaded scenario from reading arbitrary files.)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from jongerenwerk_desk.commands.common import EXIT_OK, EXIT_USAGE, CliError
from jongerenwerk_desk.covenant import (
    BUILTIN_PROFILES,
    CovenantProfile,
    ProfileError,
    RequestError,
    ShareRequest,
    assess,
    builtin_profile,
    load_profile,
    request_from_json,
)

MAX_REQUEST_BYTES = 20 * 1024 * 1024


#: at most this many problems are listed (a malformed request can produce thousands)
SHOWN_PROBLEMS = 20


def _bullets(problems: list[str]) -> str:
    shown = [f"  - {p}" for p in problems[:SHOWN_PROBLEMS]]
    if len(problems) > SHOWN_PROBLEMS:
        shown.append(f"  … en nog {len(problems) - SHOWN_PROBLEMS} andere problemen.")
    return "\n".join(shown)


def _has_lone_surrogate(data: Any) -> bool:
    """True when a string (value or key) anywhere in parsed JSON holds a lone UTF-16
    surrogate (``"\\ud800"``): valid JSON, but no text; it cannot be printed or stored."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if any("\ud800" <= ch <= "\udfff" for ch in item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _note(text: str) -> None:
    print(f"Let op: {text}", file=sys.stderr)


def scenario_profile(spec: str, data: Any) -> str | None:
    """The profile path a scenario wrapper names, to be used when no ``--profile`` is given.

    ``spec`` is the request argument (``-`` = standard input), ``data`` the parsed JSON.
    Returns the path of ``<scenario folder>/<profile>`` when ``data`` is a wrapper whose
    ``profile`` is a plain file name of an existing file there; otherwise None, after a Dutch
    note on standard error when the wrapper did name a profile.
    """
    if not (isinstance(data, dict) and "request" in data and "profile" in data):
        return None
    name = data["profile"]
    fallback = " Het verzoek wordt getoetst aan het modelconvenant; geef --profile mee."
    if not isinstance(name, str) or not name.strip():
        _note("het scenario noemt een ongeldig profiel." + fallback)
        return None
    shown = name[:80]
    if spec == "-":
        _note(f"het scenario noemt profiel '{shown}', maar van standaardinvoer is de map "
              "onbekend." + fallback)
        return None
    plain = (Path(name).name == name and "/" not in name and "\\" not in name
             and name not in (".", "..") and not name.startswith("~"))
    if not plain:
        _note(f"het scenario noemt profiel '{shown}'; alleen een bestandsnaam in de map van "
              "het scenario wordt geladen, geen pad." + fallback)
        return None
    folder = Path(spec).resolve().parent
    path = folder / name
    if not path.is_file() or path.resolve().parent != folder:  # a symlink out: refused too
        _note(f"het scenario noemt profiel '{shown}', maar dat bestand staat niet in de map "
              "van het scenario." + fallback)
        return None
    return str(path)


def load_cli_profile(spec: str | None) -> CovenantProfile:
    """The profile named on the command line: a TOML path, or ``model``/``demo`` when no
    such file exists; the built-in model covenant when ``spec`` is None.

    Raises CliError(2) with every problem of an invalid profile.
    """
    try:
        if spec is None:
            return builtin_profile("model")
        if spec in BUILTIN_PROFILES and not Path(spec).exists():
            return builtin_profile(spec)
        return load_profile(spec)
    except ProfileError as exc:
        raise CliError("het convenantprofiel is niet bruikbaar:\n" + _bullets(exc.problems),
                       EXIT_USAGE) from None


def _read_bytes(spec: str) -> bytes:
    if spec == "-":
        return sys.stdin.buffer.read(MAX_REQUEST_BYTES + 1)
    path = Path(spec)
    try:
        if path.is_dir():
            raise CliError(f"{spec} is een map, geen verzoekbestand.", EXIT_USAGE)
        with path.open("rb") as handle:
            return handle.read(MAX_REQUEST_BYTES + 1)
    except FileNotFoundError:
        raise CliError(f"verzoekbestand niet gevonden: {spec}", EXIT_USAGE) from None
    except OSError as exc:
        raise CliError(f"verzoekbestand niet te lezen: {spec} ({exc.strerror})",
                       EXIT_USAGE) from None


def load_cli_json(spec: str) -> Any:
    """Read the request file (``-`` = standard input) as parsed JSON.

    Raises CliError(2) for a missing/unreadable/oversized file, non-UTF-8 bytes, or invalid
    or too deeply nested JSON.
    """
    raw = _read_bytes(spec)
    if len(raw) > MAX_REQUEST_BYTES:
        raise CliError("het verzoekbestand is groter dan 20 MB.", EXIT_USAGE)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CliError("het verzoekbestand is geen UTF-8-tekst.", EXIT_USAGE) from None
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(f"het verzoekbestand is geen geldige JSON ({exc.msg}, regel "
                       f"{exc.lineno}, kolom {exc.colno}).", EXIT_USAGE) from None
    except RecursionError:
        raise CliError("het verzoekbestand is te diep genest.", EXIT_USAGE) from None
    except MemoryError:
        raise CliError("het verzoekbestand is te groot of te ingewikkeld om te lezen.",
                       EXIT_USAGE) from None
    except ValueError:   # e.g. an integer of more than 4300 digits (Python's own limit)
        raise CliError("het verzoekbestand bevat een getal dat te lang is om te lezen.",
                       EXIT_USAGE) from None
    if _has_lone_surrogate(data):
        raise CliError("het verzoekbestand bevat een ongeldig teken (een losse "
                       "\\ud800-\\udfff-code in een tekst).", EXIT_USAGE)
    return data


def request_from_cli_json(data: Any) -> ShareRequest:
    """Validate parsed request JSON; CliError(2) listing every problem when malformed."""
    try:
        return request_from_json(data)
    except RequestError as exc:
        raise CliError("het verzoek klopt niet:\n" + _bullets(exc.problems),
                       EXIT_USAGE) from None


def _write_stdout(text: str) -> None:
    """Write UTF-8 whatever the locale (falls back to the text stream without a buffer)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        sys.stdout.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:
        sys.stdout.write(text)


def load_cli_request(spec: str) -> ShareRequest:
    """Read and validate the request file (``-`` = standard input); CliError(2) on bad input."""
    return request_from_cli_json(load_cli_json(spec))


def cmd_assess(args: argparse.Namespace) -> int:
    """Run the check; print the assessment JSON; return 0 (CliError(2) on bad input).

    Profile: ``--profile``, else the one a scenario wrapper names (``scenario_profile``),
    else the built-in model covenant.
    """
    data = load_cli_json(args.request)
    spec = getattr(args, "profile", None)
    if spec is None:
        spec = scenario_profile(args.request, data)
    profile = load_cli_profile(spec)
    request = request_from_cli_json(data)
    assessment = assess(profile, request, request.today)
    _write_stdout(json.dumps(assessment.to_dict(), ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK
