"""Counts over a notebook for ``stats`` and the UI status bar: numbers only, never names.

``collect_stats`` returns (label, count) pairs; labels are plural column titles ("Jongeren:
1" reads as a table row). ``count_nl`` words a count in running Dutch text with the right
singular or plural ("1 jongere", "2 jongeren", "0 regels").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jongerenwerk_desk.notebook.models import STAGES

if TYPE_CHECKING:
    from jongerenwerk_desk.notebook.notebook import Notebook

_COUNTS: tuple[tuple[str, str], ...] = (
    ("Jongeren", "SELECT count(*) FROM people"),
    ("Jongeren zonder geboortedatum", "SELECT count(*) FROM people WHERE birth_date IS NULL"),
    ("Groepen", "SELECT count(*) FROM groups"),
    ("Groepslidmaatschappen", "SELECT count(*) FROM memberships"),
    ("Signalen", "SELECT count(*) FROM signals"),
    ("Signalen in vertrouwen verteld", "SELECT count(*) FROM signals WHERE confidential = 1"),
    ("Signalen als indruk (niet geverifieerd)", "SELECT count(*) FROM signals WHERE verified = 0"),
    ("Toestemmingen", "SELECT count(*) FROM consents"),
    ("Toestemmingen ingetrokken", "SELECT count(*) FROM consents WHERE withdrawn_on IS NOT NULL"),
    ("Informeermomenten", "SELECT count(*) FROM informing"),
    ("Partnercontacten", "SELECT count(*) FROM partners"),
    ("Verstrekkingen in het register", "SELECT count(*) FROM disclosures"),
    ("Logregels", "SELECT count(*) FROM audit_events"),
)


def count_nl(count: int, singular: str, plural: str) -> str:
    """``"1 jongere"`` / ``"3 jongeren"`` / ``"0 jongeren"``: Dutch uses the singular for
    exactly one only."""
    return f"{count} {singular if count == 1 else plural}"


def collect_stats(nb: Notebook) -> list[tuple[str, int]]:
    """[(Dutch label, count)] for every table, plus groups per 7-stappenmodel step."""
    conn = nb.conn
    result = [(label, int(conn.execute(sql).fetchone()[0])) for label, sql in _COUNTS]
    per_stage = dict(conn.execute("SELECT stage, count(*) FROM groups GROUP BY stage"))
    result += [(f"Groepen in stap {stage}", int(per_stage.get(stage, 0))) for stage in STAGES]
    return result
