"""Loading and validating covenant profiles (TOML; schema: docs/legal-rules.md, section 1).

A profile is either fully valid or not used at all: ``parse_profile`` collects every problem
(with its key, in Dutch) and raises ``ProfileError(problems)`` when there is at least one.
Keys are written as in the TOML file; array elements are numbered from 1 as they appear in
the file, e.g. ``purposes[2].recipients[1]``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jongerenwerk_desk.covenant.model import (
    CATEGORY_KINDS,
    DEFAULT_INFORM_EXCEPTION_GROUNDS,
    DEFAULT_ROUTES,
    LEVELS,
    PURPOSE_KINDS,
    STAGES,
    Category,
    CovenantProfile,
    InformExceptionGround,
    Party,
    ProfileError,
    Purpose,
    Route,
)
from jongerenwerk_desk.covenant.validate import Reader

BUILTIN_PROFILES: dict[str, str] = {"model": "model.toml", "demo": "demo.toml"}
#: A covenant profile is a short organisation document (the model covenant's is ~10 KB);
#: anything larger than 1 MB is refused before it is parsed.
MAX_PROFILE_BYTES = 1024 * 1024
PERSONAL_CIRCUMSTANCES_ID = "persoonlijke-omstandigheden"
#: Profile ids become file names in the store: lower case, digits, '-', '_', '.'.
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")
_ID_HINT = "kleine letters, cijfers, '-', '_' of '.', hoogstens 80 tekens"
#: Ids of parties, purposes and categories (letters of either case allowed).
_ENTRY_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")
_ENTRY_HINT = "letters, cijfers, '-', '_' of '.', hoogstens 80 tekens"

_TOP_KEYS = {
    "id", "title", "version", "based_on", "valid_from", "valid_until", "retention_months",
    "stale_after_months", "consent_age_parents_only_below", "consent_age_youth_alone_from",
    "min_justification_chars", "criminal_data_shared_by", "privacy_contact", "parties",
    "purposes", "categories", "min_justification_words", "min_group_size",
    "conflict_advice_valid_days", "inform_exception_grounds", "routes", "approved_by",
    "approved_at",
}
_PARTY_KEYS = {"id", "name", "role", "signed_on", "signed_document", "signature_recorded_by",
               "signature_recorded_at"}
_PURPOSE_KEYS = {"id", "title", "stages", "level", "recipients", "categories", "kind"}
_GROUND_KEYS = {"id", "title", "basis"}
_ROUTE_KEYS = {"id", "title", "when", "basis"}
_CATEGORY_KEYS = {"id", "title", "level", "kind", "personal_circumstances"}
#: (key, default, minimum, maximum) of the numeric settings.
_NUMBERS: tuple[tuple[str, int, int, int], ...] = (
    ("retention_months", 24, 1, 1200),
    ("stale_after_months", 6, 1, 1200),
    ("consent_age_parents_only_below", 12, 0, 18),
    ("consent_age_youth_alone_from", 16, 0, 18),
    ("min_justification_chars", 10, 1, 1000),
    ("min_justification_words", 3, 1, 100),
    ("min_group_size", 5, 1, 1000),
    ("conflict_advice_valid_days", 30, 1, 3650),
)


def load_profile(path: str | Path) -> CovenantProfile:
    """Read, parse and validate the TOML profile at ``path``.

    Raises ProfileError (Dutch problems) for a missing or unreadable file, a file that is not
    UTF-8, invalid TOML, a file over ``MAX_PROFILE_BYTES`` or nested too deeply, or any schema
    problem. Never returns a partly valid profile.
    """
    path = Path(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_PROFILE_BYTES + 1)
    except FileNotFoundError:
        raise ProfileError([f"convenantprofiel niet gevonden: {path}"]) from None
    except OSError as exc:
        # Windows reports a folder as PermissionError, not IsADirectoryError.
        if isinstance(exc, IsADirectoryError) or path.is_dir():
            raise ProfileError([f"convenantprofiel is een map, geen bestand: {path}"]) from None
        raise ProfileError([f"convenantprofiel niet te lezen: {path} ({exc.strerror})"]) from None
    return parse_profile_bytes(raw, str(path))


def parse_profile_bytes(raw: bytes, source: str = "profiel") -> CovenantProfile:
    """Decode UTF-8 TOML bytes and validate them (see ``parse_profile``).

    Raises ProfileError for more than ``MAX_PROFILE_BYTES`` bytes, bytes that are not UTF-8,
    invalid TOML, TOML nested so deeply that the parser runs out of stack (RecursionError)
    or memory (MemoryError), or any schema problem.
    """
    if len(raw) > MAX_PROFILE_BYTES:
        raise ProfileError([f"{source}: het bestand is groter dan 1 MB; een convenantprofiel "
                            "is een kort TOML-bestand"])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProfileError([f"{source}: het bestand is geen UTF-8-tekst"]) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError([f"{source}: geen geldige TOML ({exc})"]) from None
    except RecursionError:
        raise ProfileError([f"{source}: de TOML is te diep genest"]) from None
    except MemoryError:
        raise ProfileError([f"{source}: het bestand is te groot of te ingewikkeld om te "
                            "lezen"]) from None
    return parse_profile(data)


def builtin_profile(name: str = "model") -> CovenantProfile:
    """Load a packaged profile: ``"model"`` (Modelconvenant jeugdgroepaanpak, October 2022,
    unsigned) or ``"demo"`` (the signed covenant of the fictional town Voorbeeldstad).

    Raises KeyError for another name and ProfileError if the packaged file is broken. The
    result is cached: profiles are immutable.
    """
    if name not in BUILTIN_PROFILES:
        raise KeyError(name)
    return _load_builtin(name)


@functools.lru_cache(maxsize=len(BUILTIN_PROFILES))
def _load_builtin(name: str) -> CovenantProfile:
    from jongerenwerk_desk.paths import resource_path

    return load_profile(resource_path("covenants", BUILTIN_PROFILES[name]))


def parse_profile(data: Mapping[str, Any]) -> CovenantProfile:
    """Validate a parsed TOML document and build the profile.

    Checks: required keys, types, dates, unknown keys, id syntax and duplicates, stages,
    levels, kinds, references from purposes and ``criminal_data_shared_by`` to parties and
    categories, number ranges, ``valid_until`` not before ``valid_from``. Raises ProfileError
    listing every problem found.
    """
    r = Reader()
    if not isinstance(data, Mapping):
        raise ProfileError(["profiel: verwacht een TOML-tabel"])
    r.unknown_keys(data, _TOP_KEYS, "")
    ident = r.text(data, "id", "id", pattern=(ID_PATTERN, _ID_HINT))
    title = r.text(data, "title", "title")
    version = r.text(data, "version", "version")
    based_on = r.text(data, "based_on", "based_on", required=False)
    privacy_contact = r.text(data, "privacy_contact", "privacy_contact", required=False)
    valid_from = r.date(data, "valid_from", "valid_from")
    valid_until = r.date(data, "valid_until", "valid_until", required=False)
    if valid_from and valid_until and valid_until < valid_from:
        r.add("valid_until", f"{valid_until.isoformat()} ligt vóór valid_from "
              f"{valid_from.isoformat()}")
    numbers = {key: r.integer(data, key, key, default=default, minimum=lo, maximum=hi)
               for key, default, lo, hi in _NUMBERS}
    below, alone = (numbers["consent_age_parents_only_below"],
                    numbers["consent_age_youth_alone_from"])
    if below is not None and alone is not None and alone < below:
        r.add("consent_age_youth_alone_from",
              f"{alone} is lager dan consent_age_parents_only_below ({below})")
    parties, party_ids = _parse_parties(r, data)
    categories, category_ids = _parse_categories(r, data)
    purposes = _parse_purposes(r, data, party_ids, category_ids)
    criminal_by = r.id_list(data, "criminal_data_shared_by", "criminal_data_shared_by",
                            known=party_ids, what="partij", allow_empty=True,
                            required=False)  # absent: nobody passes on criminal data
    grounds = _parse_grounds(r, data)
    routes = _parse_routes(r, data)
    approved_by = r.text(data, "approved_by", "approved_by", required=False)
    approved_at = _moment(r, data, "approved_at", "approved_at")
    r.raise_if_problems()
    assert valid_from is not None and ident and title and version  # guaranteed by the reader
    return CovenantProfile(
        id=ident, title=title, version=version, valid_from=valid_from, valid_until=valid_until,
        parties=parties, purposes=purposes, categories=categories,
        criminal_data_shared_by=tuple(criminal_by or ()),
        based_on=based_on, privacy_contact=privacy_contact,
        inform_exception_grounds=grounds, routes=routes, approved_by=approved_by,
        approved_at=approved_at,
        **{k: v for k, v in numbers.items() if v is not None},
    )


def _parse_grounds(r: Reader, data: Mapping[str, Any]) -> tuple[InformExceptionGround, ...]:
    """``inform_exception_grounds[]`` (V2-5); absent: the model profile's grounds."""
    if "inform_exception_grounds" not in data:
        return DEFAULT_INFORM_EXCEPTION_GROUNDS
    grounds: list[InformExceptionGround] = []
    ids: list[tuple[str, str]] = []
    for key, table in r.tables(data, "inform_exception_grounds", "inform_exception_grounds"):
        r.unknown_keys(table, _GROUND_KEYS, key)
        ident = r.text(table, "id", f"{key}.id", pattern=(_ENTRY_ID, _ENTRY_HINT))
        title = r.text(table, "title", f"{key}.title")
        basis = r.text(table, "basis", f"{key}.basis")
        if ident:
            ids.append((f"{key}.id", ident))
        if ident and title and basis:
            grounds.append(InformExceptionGround(id=ident, title=title, basis=basis))
    r.no_duplicates(ids)
    return tuple(grounds)


def _parse_routes(r: Reader, data: Mapping[str, Any]) -> tuple[Route, ...]:
    """``routes[]`` (V2-3); absent: the model profile's routes."""
    if "routes" not in data:
        return DEFAULT_ROUTES
    routes: list[Route] = []
    ids: list[tuple[str, str]] = []
    for key, table in r.tables(data, "routes", "routes"):
        r.unknown_keys(table, _ROUTE_KEYS, key)
        ident = r.text(table, "id", f"{key}.id", pattern=(_ENTRY_ID, _ENTRY_HINT))
        title = r.text(table, "title", f"{key}.title")
        when = r.text(table, "when", f"{key}.when")
        basis = r.text(table, "basis", f"{key}.basis")
        if ident:
            ids.append((f"{key}.id", ident))
        if ident and title and when and basis:
            routes.append(Route(id=ident, title=title, when=when, basis=basis))
    r.no_duplicates(ids)
    return tuple(routes)


def _parse_parties(r: Reader, data: Mapping[str, Any]) -> tuple[tuple[Party, ...], set[str]]:
    """The parties, and every party id seen (also of broken entries: no cascade of
    'unknown party' problems after one missing field)."""
    parties: list[Party] = []
    ids: list[tuple[str, str]] = []
    for key, table in r.tables(data, "parties", "parties"):
        r.unknown_keys(table, _PARTY_KEYS, key)
        ident = r.text(table, "id", f"{key}.id", pattern=(_ENTRY_ID, _ENTRY_HINT))
        name = r.text(table, "name", f"{key}.name")
        role = r.text(table, "role", f"{key}.role")
        signed_on = r.date(table, "signed_on", f"{key}.signed_on", required=False)
        document = r.text(table, "signed_document", f"{key}.signed_document", required=False)
        recorded_by = r.text(table, "signature_recorded_by", f"{key}.signature_recorded_by",
                             required=False)
        recorded_at = _moment(r, table, "signature_recorded_at",
                              f"{key}.signature_recorded_at")
        if ident:
            ids.append((f"{key}.id", ident))
        if ident and name and role:
            parties.append(Party(id=ident, name=name, role=role, signed_on=signed_on,
                                 signed_document=document, signature_recorded_by=recorded_by,
                                 signature_recorded_at=recorded_at))
    r.no_duplicates(ids)
    return tuple(parties), {ident for _, ident in ids}


def _moment(r: Reader, table: Mapping[str, Any], name: str, key: str) -> dt.datetime | None:
    """An optional TOML offset date-time, returned in UTC (a local time without offset is a
    problem: a recording moment must be unambiguous)."""
    value = table.get(name)
    if value is None:
        return None
    if not isinstance(value, dt.datetime) or value.tzinfo is None:
        r.add(key, "verwacht een datum met tijd en tijdzone (JJJJ-MM-DDTUU:MM:SSZ)")
        return None
    return value.astimezone(dt.UTC)


def _parse_categories(r: Reader, data: Mapping[str, Any],
                      ) -> tuple[tuple[Category, ...], set[str]]:
    """The categories, and every category id seen (see ``_parse_parties``)."""
    categories: list[Category] = []
    ids: list[tuple[str, str]] = []
    for key, table in r.tables(data, "categories", "categories"):
        r.unknown_keys(table, _CATEGORY_KEYS, key)
        ident = r.text(table, "id", f"{key}.id", pattern=(_ENTRY_ID, _ENTRY_HINT))
        title = r.text(table, "title", f"{key}.title")
        level = r.choice(table, "level", f"{key}.level", LEVELS)
        kind = r.choice(table, "kind", f"{key}.kind", CATEGORY_KINDS)
        personal = r.boolean(table, "personal_circumstances", f"{key}.personal_circumstances",
                             default=ident == PERSONAL_CIRCUMSTANCES_ID)
        if ident:
            ids.append((f"{key}.id", ident))
        if ident and title and level and kind and personal is not None:
            categories.append(Category(id=ident, title=title, level=level, kind=kind,
                                       personal_circumstances=personal))
    r.no_duplicates(ids)
    return tuple(categories), {ident for _, ident in ids}


def _parse_purposes(r: Reader, data: Mapping[str, Any], party_ids: set[str],
                    category_ids: set[str]) -> tuple[Purpose, ...]:
    purposes: list[Purpose] = []
    ids: list[tuple[str, str]] = []
    for key, table in r.tables(data, "purposes", "purposes"):
        r.unknown_keys(table, _PURPOSE_KEYS, key)
        ident = r.text(table, "id", f"{key}.id", pattern=(_ENTRY_ID, _ENTRY_HINT))
        title = r.text(table, "title", f"{key}.title")
        stages = r.id_list(table, "stages", f"{key}.stages", known=set(STAGES), what="stap")
        level = r.choice(table, "level", f"{key}.level", LEVELS)
        recipients = r.id_list(table, "recipients", f"{key}.recipients", known=party_ids,
                               what="partij")
        cats = r.id_list(table, "categories", f"{key}.categories", known=category_ids,
                         what="categorie")
        kind = r.choice(table, "kind", f"{key}.kind", PURPOSE_KINDS, required=False) \
            if "kind" in table else "share"  # V2-9; absent: an ordinary disclosure
        if ident:
            ids.append((f"{key}.id", ident))
        if ident and title and level and kind and None not in (stages, recipients, cats):
            purposes.append(Purpose(id=ident, title=title, level=level,
                                    stages=tuple(stages or ()),
                                    recipients=tuple(recipients or ()),
                                    categories=tuple(cats or ()), kind=kind))
    r.no_duplicates(ids)
    return tuple(purposes)
