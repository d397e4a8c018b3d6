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
    """UTC text ``YYYY-MM-DDTHH:MM:SSZ`` -> aware UTC datetime; ValueError otherwise.

    The stored form (``moment_out``) is read by slicing, about 3x faster than ``strptime``
    (a list page reads hundreds; benchmarks/bench_ops.py); anything else goes through
    ``strptime`` with the same format, as before.
    """
    if (len(value) == 20 and value[4] == "-" and value[7] == "-" and value[10] == "T"
            and value[13] == ":" and value[16] == ":" and value[19] == "Z"
            and value[:4].isdigit() and value[5:7].isdigit() and value[8:10].isdigit()
            and value[11:13].isdigit() and value[14:16].isdigit() and value[17:19].isdigit()):
        return datetime(int(value[:4]), int(value[5:7]), int(value[8:10]), int(value[11:13]),
                        int(value[14:16]), int(value[17:19]), tzinfo=UTC)
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
