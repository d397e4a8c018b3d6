"""Full-text search across young people, groups and signals (FTS5 inside the encrypted file).

User text is turned into a safe FTS5 query by ``convert.fts_query`` (every word quoted, prefix
match, all words must occur). People are ranked by FTS5 bm25; signals come newest first (by
rowid, which FTS5 walks without sorting, so a common word stays fast on 50,000 signals);
groups (a few hundred rows) match with LIKE on the name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jongerenwerk_desk.notebook.convert import fts_query, like_pattern, moment_in
from jongerenwerk_desk.notebook.models import DEFAULT_TZ, SearchHit

if TYPE_CHECKING:
    from jongerenwerk_desk.notebook.notebook import Notebook


def _local_date(utc_text: str, tz_name: str) -> str:
    try:
        zone = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo(DEFAULT_TZ)
    return moment_in(utc_text).astimezone(zone).strftime("%d-%m-%Y")


def search(nb: Notebook, text: str, limit: int = 50) -> list[SearchHit]:
    """Search names, nicknames, group names and signal text; at most ``limit`` hits in total.

    Order: people (best match first), groups, signals (newest first). Labels are for display
    only: ``"name (nickname)"``, the group name, ``"dd-mm-jjjj: snippet"`` for signals.
    Returns [] for text without words. Never raises on odd user input.
    """
    query = fts_query(text)
    if query is None or limit <= 0:
        return []
    conn = nb.conn
    hits = [SearchHit("person", r[0], f"{r[1]} ({r[2]})" if r[2] else r[1])
            for r in conn.execute(
                "SELECT p.id, p.name, p.nickname FROM people_fts f JOIN people p "
                "ON p.id = f.rowid WHERE people_fts MATCH ? ORDER BY f.rank LIMIT ?",
                (query, limit))]
    if len(hits) < limit:
        hits += [SearchHit("group", r[0], r[1]) for r in conn.execute(
            "SELECT id, name FROM groups WHERE name LIKE ? ESCAPE '\\' "
            "ORDER BY name COLLATE NOCASE LIMIT ?",
            (like_pattern(text.strip()), limit - len(hits)))]
    if len(hits) < limit:
        rows = conn.execute(
            "SELECT s.id, s.occurred_at, s.tz_name, "
            "snippet(signals_fts, 0, '', '', '…', 10) FROM signals_fts "
            "JOIN signals s ON s.id = signals_fts.rowid WHERE signals_fts MATCH ? "
            "ORDER BY signals_fts.rowid DESC LIMIT ?", (query, limit - len(hits)))
        hits += [SearchHit("signal", r[0], f"{_local_date(r[1], r[2])}: {r[3]}") for r in rows]
    return hits
