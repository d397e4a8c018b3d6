"""Write operations for the data-subject rights (issue 12): each runs in ONE transaction,
writes content-free audit events and returns what changed (kinds and ids).

These follow the notebook's single write door: nothing in ``rights/`` writes SQL or calls a
repository's write methods itself; it calls an operation here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Changed:
    """What an operation changed: ``kinds`` (entity names) and ``ids`` per kind; never
    content. ``counts`` holds numbers per kind where ids are not kept (deleted rows)."""

    kinds: tuple[str, ...] = ()
    ids: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    counts: Mapping[str, int] = field(default_factory=dict)


def log_access_decisions(nb: Any, person_id: int, decisions: Mapping[int, bool]) -> Changed:
    """Log, per confidential signal, whether the worker put it in an access report (AVG art.
    15(4) balancing): audit ``access_report_include`` / ``access_report_withhold`` on the
    signal, detail ``person=<id>``. One transaction."""
    with nb.transaction():
        for signal_id, include in sorted(decisions.items()):
            action = "access_report_include" if include else "access_report_withhold"
            nb.audit.record(action, "signal", int(signal_id), f"person={int(person_id)}")
    return Changed(kinds=("audit",), ids={"signal": tuple(sorted(decisions))})


def log_document(nb: Any, action: str, person_id: int | None, detail: str = "") -> Changed:
    """Log that a document about a person was made (e.g. ``access_report``): one audit event,
    content-free (``detail`` holds ids or counts only). One transaction."""
    with nb.transaction():
        event = nb.audit.record(action, "person" if person_id is not None else "notebook",
                                person_id, detail)
    return Changed(kinds=("audit",), ids={"audit": (event,)})


def add_informing_record(nb: Any, person_id: int, informed_on: Any, who: str, how: str,
                         note: str) -> int:
    """Add an informing record (AVG art. 13/14) and an audit event ``inform_letter`` (no
    content). One transaction. Returns the new record's id; ValueError for bad values."""
    from jongerenwerk_desk.notebook.models import InformingRecord

    with nb.transaction():
        record_id = int(nb.informing.add(InformingRecord(
            person_id=person_id, informed_on=informed_on, who=who, how=how, note=note)))
        nb.audit.record("inform_letter", "informing", record_id, f"person={int(person_id)}")
    return record_id
