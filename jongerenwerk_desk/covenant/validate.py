"""A small collecting validator for TOML profiles and JSON share requests.

``Reader`` reads typed values out of parsed documents and, instead of stopping at the first
problem, records every problem as ``"<key>: <Dutch message>"``. With ``echo=False`` (share
requests) messages never repeat the offending value, so no client data reaches a log or the
console; profiles (organisation documents) are echoed to make fixing them easy.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterator, Mapping
from typing import Any

from jongerenwerk_desk.covenant.model import ProfileError

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MISSING = object()


def type_name(value: Any) -> str:
    """Dutch name of the type of a parsed TOML/JSON value."""
    if value is None:
        return "leeg (null)"
    if isinstance(value, bool):
        return "ja/nee-waarde"
    if isinstance(value, int):
        return "geheel getal"
    if isinstance(value, float):
        return "kommagetal"
    if isinstance(value, str):
        return "tekst"
    if isinstance(value, dt.datetime):
        return "datum met tijd"
    if isinstance(value, dt.date):
        return "datum"
    if isinstance(value, list):
        return "lijst"
    if isinstance(value, Mapping):
        return "tabel"
    return type(value).__name__


def near_miss(name: str, allowed: set[str]) -> str | None:
    """The allowed key that ``name`` probably misspells or abbreviates, or None.

    A near miss is a close spelling (difflib ratio >= 0.75) or, from four characters on, a
    prefix relation either way (``vital`` for ``vital_interest``).
    """
    ordered = sorted(allowed)
    close = difflib.get_close_matches(name, ordered, n=1, cutoff=0.75)
    if close:
        return close[0]
    if len(name) >= 4:
        for known in ordered:
            if known.startswith(name) or (len(known) >= 4 and name.startswith(known)):
                return known
    return None


class Reader:
    """Collects problems while reading values; see the module docstring.

    ``error_cls`` is raised by ``raise_if_problems`` (ProfileError or RequestError).
    """

    def __init__(self, *, echo: bool = True, error_cls: type[Exception] = ProfileError) -> None:
        self.problems: list[str] = []
        self.echo = echo
        self.error_cls = error_cls

    # -- bookkeeping -----------------------------------------------------------------------

    def add(self, key: str, message: str) -> None:
        """Record one problem for ``key``."""
        self.problems.append(f"{key}: {message}" if key else message)

    def raise_if_problems(self) -> None:
        """Raise ``error_cls(problems)`` when any problem was recorded."""
        if self.problems:
            raise self.error_cls(self.problems)

    def _show(self, value: Any) -> str:
        if not self.echo:
            return ""
        text = value.isoformat() if isinstance(value, dt.date) else str(value)
        return f" '{text[:60]}'"

    def _get(self, table: Mapping[str, Any], name: str, key: str, required: bool) -> Any:
        value = table.get(name, _MISSING)
        if value is _MISSING or value is None:
            if required:
                self.add(key, "ontbreekt (verplicht veld)" if value is _MISSING
                         else "is leeg (null) maar is verplicht")
            return _MISSING
        return value

    def _wrong_type(self, key: str, expected: str, value: Any) -> None:
        self.add(key, f"verwacht {expected}, gevonden {type_name(value)}")

    # -- scalar readers ----------------------------------------------------------------------

    def unknown_keys(self, table: Mapping[str, Any], allowed: set[str], prefix: str) -> None:
        """Record each key of ``table`` that looks like a misspelt key of ``allowed``.

        Other unknown keys are ignored, so documents may carry extra information (a local
        covenant's notes, a tool's annotations) without being rejected. A near miss such as
        ``valid_untill`` or ``withdrawn`` is a problem, because ignoring it would silently drop
        a setting. Sorted, so the problem list is deterministic.
        """
        for name in sorted(str(k) for k in table if k not in allowed):
            match = near_miss(name, allowed)
            if match is None:
                continue
            key = f"{prefix}.{name}" if prefix else name
            self.add(key, f"onbekende sleutel; bedoelt u '{match}'?")

    def text(self, table: Mapping[str, Any], name: str, key: str, *, required: bool = True,
             allow_blank: bool = False, pattern: tuple[re.Pattern[str], str] | None = None,
             ) -> str | None:
        """A string; blank strings are a problem unless ``allow_blank``."""
        value = self._get(table, name, key, required)
        if value is _MISSING:
            return None
        if not isinstance(value, str):
            self._wrong_type(key, "tekst", value)
            return None
        if not allow_blank and not value.strip():
            self.add(key, "is leeg")
            return None
        if pattern is not None and not pattern[0].match(value):
            self.add(key, f"ongeldige id{self._show(value)} ({pattern[1]})")
            return None
        return value

    def date(self, table: Mapping[str, Any], name: str, key: str, *,
             required: bool = True) -> dt.date | None:
        """A calendar date: a TOML date or an ISO ``JJJJ-MM-DD`` string (no time)."""
        value = self._get(table, name, key, required)
        if value is _MISSING:
            return None
        if isinstance(value, dt.datetime):
            self.add(key, "verwacht een datum zonder tijd (JJJJ-MM-DD)")
            return None
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            if _ISO_DATE.match(value):
                try:
                    return dt.date.fromisoformat(value)
                except ValueError:
                    pass
            self.add(key, f"ongeldige datum{self._show(value)} (verwacht JJJJ-MM-DD)")
            return None
        self._wrong_type(key, "een datum (JJJJ-MM-DD)", value)
        return None

    def integer(self, table: Mapping[str, Any], name: str, key: str, *, default: int | None,
                minimum: int, maximum: int) -> int | None:
        """A whole number within [minimum, maximum]; ``default`` when absent (None: required)."""
        value = self._get(table, name, key, default is None)
        if value is _MISSING:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self._wrong_type(key, "een geheel getal", value)
            return None
        if not minimum <= value <= maximum:
            self.add(key, f"{value} valt buiten {minimum}..{maximum}")
            return None
        return value

    def boolean(self, table: Mapping[str, Any], name: str, key: str, *,
                default: bool | None = None) -> bool | None:
        """true/false; ``default`` when absent (None: required)."""
        value = self._get(table, name, key, default is None)
        if value is _MISSING:
            return default
        if not isinstance(value, bool):
            self._wrong_type(key, "true of false", value)
            return None
        return value

    def choice(self, table: Mapping[str, Any], name: str, key: str, options: tuple[str, ...],
               *, required: bool = True) -> str | None:
        """One of ``options`` (exact spelling)."""
        value = self._get(table, name, key, required)
        if value is _MISSING:
            return None
        if not isinstance(value, str):
            self._wrong_type(key, "tekst", value)
            return None
        if value not in options:
            self.add(key, f"onbekende waarde{self._show(value)} (toegestaan: "
                     f"{', '.join(options)})")
            return None
        return value

    # -- collections -------------------------------------------------------------------------

    def id_list(self, table: Mapping[str, Any], name: str, key: str, *,
                known: set[str] | None, what: str, allow_empty: bool = False,
                required: bool = True) -> list[str] | None:
        """A list of distinct id strings, each in ``known`` (None: any id)."""
        value = self._get(table, name, key, required)
        if value is _MISSING:
            return None if required else []
        if not isinstance(value, list):
            self._wrong_type(key, "een lijst", value)
            return None
        if not value and not allow_empty:
            self.add(key, "is een lege lijst")
            return None
        ok = True
        seen: set[str] = set()
        for index, element in enumerate(value, start=1):
            ekey = f"{key}[{index}]"
            if not isinstance(element, str):
                self._wrong_type(ekey, "tekst", element)
                ok = False
            elif known is not None and element not in known:
                self.add(ekey, f"onbekende {what}{self._show(element)}")
                ok = False
            elif element in seen:
                self.add(ekey, f"dubbele {what}{self._show(element)}")
                ok = False
            else:
                seen.add(element)
        return list(value) if ok else None

    def tables(self, table: Mapping[str, Any], name: str, key: str, *,
               required: bool = True, allow_empty: bool = False,
               ) -> Iterator[tuple[str, Mapping[str, Any]]]:
        """Yield ``(key[i], table)`` for each table in an array of tables (i from 1)."""
        value = self._get(table, name, key, required)
        if value is _MISSING:
            return
        if not isinstance(value, list):
            self._wrong_type(key, "een lijst van tabellen", value)
            return
        if not value and not allow_empty:
            self.add(key, "is een lege lijst")
            return
        for index, element in enumerate(value, start=1):
            ekey = f"{key}[{index}]"
            if isinstance(element, Mapping):
                yield ekey, element
            else:
                self._wrong_type(ekey, "een tabel", element)

    def no_duplicates(self, keyed_ids: list[tuple[str, str]]) -> None:
        """Record each ``(key, id)`` whose id already occurred earlier in the list."""
        seen: set[str] = set()
        for key, ident in keyed_ids:
            if ident in seen:
                self.add(key, f"dubbele id{self._show(ident)}")
            seen.add(ident)
