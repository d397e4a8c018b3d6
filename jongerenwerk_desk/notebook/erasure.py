"""Erasure of a young person (AVG art. 17): rows, links and search entries removed for real.

What is removed, in one transaction:
- the ``people`` row and, by ``ON DELETE CASCADE``, memberships, consents, informing records
  and the person's ``signal_people`` links;
- every signal whose *only* linked person is this one (also when it is linked to a group: its
  content is about this person), with its informant and group links;
- the FTS5 entries of all of these (the sync triggers issue FTS5 'delete'; the FTS tables run
  with ``secure-delete`` so the terms leave the index at once, and an FTS5 'optimize' rewrites
  the index segments afterwards).

What is kept, by decision:
- signals that also involve other young people: they are their personal data too. The link to
  the erased person goes; the text is not rewritten by the program (it cannot know which words
  name the person). Kept signals whose text still matches the erased name or nickname are
  listed in ``ErasureReport.signals_mentioning`` so the worker can edit them by hand;
- the disclosure register (append-only record of what left the notebook, accountability
  under AVG art. 5(2) and the covenant): it holds the person id, not the name, and the
  summary exactly as the recipients got it (initials and year of birth or "Jongere n",
  redacted text), which the recipients hold too, until the retention sweep reduces it;
- audit events: they never contain content. One event ``erase person <id>`` with counts only.

After the commit the person and the deleted signals are added to the tombstone list outside
the file (``notebook.tombstones``), so restoring an older backup does not bring them back.

``PRAGMA secure_delete`` (set on every connection) makes SQLite overwrite freed content with
zeros; a WAL checkpoint afterwards moves the change into the main file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jongerenwerk_desk.notebook.convert import fts_query
from jongerenwerk_desk.notebook.models import ErasureReport
from jongerenwerk_desk.notebook.schema import FTS_TABLES
from jongerenwerk_desk.notebook.tombstones import created_moments, record_deleted

if TYPE_CHECKING:
    from jongerenwerk_desk.notebook.notebook import Notebook


_PARTICLES = frozenset({"de", "den", "der", "van", "het", "ten", "ter", "te", "op", "in",
                        "la", "le", "el", "al", "bin", "ben", "da", "di", "du", "von"})


def _mentions(nb: Notebook, name: str, nickname: str) -> set[int]:
    """Signal ids whose text or location holds any word of the name or the nickname.

    Words shorter than 3 letters and Dutch name particles ("van", "de", ...) are skipped.
    False positives are fine: the result is a list for the worker to review.
    """
    words = {w for w in (name + " " + nickname).replace(".", " ").split()
             if len(w) >= 3 and w.lower() not in _PARTICLES}
    found: set[int] = set()
    for word in sorted(words):
        query = fts_query(word, prefix=False)
        if query is None:
            continue
        found.update(r[0] for r in nb.conn.execute(
            "SELECT rowid FROM signals_fts WHERE signals_fts MATCH ?", (query,)))
    return found


def erase_person(nb: Notebook, person_id: int) -> ErasureReport:
    """Erase young person ``person_id``; returns what was done (ids and counts only).

    Raises KeyError when the person does not exist. Runs in one transaction: either all of it
    happens or nothing.
    """
    conn = nb.conn
    with nb.transaction():
        row = conn.execute("SELECT name, nickname FROM people WHERE id = ?",
                           (person_id,)).fetchone()
        if row is None:
            raise KeyError(person_id)
        linked = [r[0] for r in conn.execute(
            "SELECT signal_id FROM signal_people WHERE person_id = ? ORDER BY signal_id",
            (person_id,))]
        only_this = {r[0] for r in conn.execute(
            "SELECT sp.signal_id FROM signal_people sp WHERE sp.person_id = ? AND NOT EXISTS "
            "(SELECT 1 FROM signal_people o WHERE o.signal_id = sp.signal_id "
            "AND o.person_id <> sp.person_id)", (person_id,))}
        kept = tuple(s for s in linked if s not in only_this)
        moments = {"person": created_moments(nb, "person", [person_id]),
                   "signal": created_moments(nb, "signal", sorted(only_this))}
        conn.executemany("DELETE FROM signals WHERE id = ?", [(s,) for s in sorted(only_this)])
        conn.execute("DELETE FROM people WHERE id = ?", (person_id,))
        mentioning = tuple(sorted(_mentions(nb, row[0], row[1])))
        for fts in FTS_TABLES:
            conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('optimize')")
        nb.audit.record("erase", "person", person_id,
                        f"signals_deleted={len(only_this)};signals_kept={len(kept)};"
                        f"signals_mentioning={len(mentioning)}")
    nb.checkpoint()
    for kind, found in moments.items():
        record_deleted(nb, kind, found)
    return ErasureReport(person_id=person_id, signals_deleted=len(only_this),
                         signals_kept=kept, signals_mentioning=mentioning)
