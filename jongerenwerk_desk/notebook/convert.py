"""Conversions between Python values and their stored text form (see schema.py conventions)."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import UTC, date, datetime

_UTC_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def date_out(value: date | None) -> str | None:
    """``date`` -> ISO text, None stays None."""
    return None if value is None else value.isoformat()


def date_in(value: str | None) -> date | None:
    """ISO text -> ``date``; None or '' -> None. Raises ValueError on malformed text."""
    return date.fromisoformat(value) if value else None


def moment_out(value: datetime) -> str:
    """Aware datetime -> UTC text ``YYYY-MM-DDTHH:MM:SSZ`` (sub-seconds dropped).

    Raises ValueError for a naive datetime.
    """
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("naive datetime")
    return value.astimezone(UTC).strftime(_UTC_FORMAT)


def moment_in(value: str) -> datetime:
    """UTC text -> aware UTC datetime."""
    return datetime.strptime(value, _UTC_FORMAT).replace(tzinfo=UTC)


def list_out(values: list[str]) -> str:
    """List of strings -> JSON text (non-ASCII kept as is; the file is encrypted)."""
    return json.dumps([str(v) for v in values], ensure_ascii=False)


def list_in(value: str | None) -> list[str]:
    """JSON text -> list of strings; empty or None -> []."""
    return [str(v) for v in json.loads(value)] if value else []


_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str, *, prefix: bool = True) -> str | None:
    """Turn free user text into a safe FTS5 query, or None when it holds no words.

    Every word becomes a quoted FTS5 string (``"word"``, with ``*`` for prefix search when
    ``prefix``); all words must match (AND). No FTS5 operator, column filter or quote from the
    user survives, so user input can never change the query's meaning or raise a syntax error.
    The text is NFC-normalised first, so a decomposed 'e' + U+0301 (as a Mac types it) stays
    one word and matches the stored (NFC) 'é'.
    """
    words = _WORD.findall(unicodedata.normalize("NFC", text))
    if not words:
        return None
    star = "*" if prefix else ""
    return " ".join(f'"{w}"{star}' for w in words)


def like_pattern(text: str) -> str:
    """``%text%`` for ``LIKE ? ESCAPE '\\'`` with ``%``, ``_`` and ``\\`` escaped."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
