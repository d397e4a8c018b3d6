"""The disclosure record: the only write of the disclosure register."""

from __future__ import annotations

from jongerenwerk_desk.notebook.disclosures import DisclosureRecord, NewDisclosure
from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.notebook.ops.changes import Kind, OpChanges, OpResult


def record_disclosure(nb: Notebook, new: NewDisclosure) -> OpResult[DisclosureRecord]:
    """Append ``new`` to the hash-chained register (``nb.disclosures.append``) with its head
    anchor, and an audit event ``record disclosure <id>`` (no content).

    The caller must already hold the write transaction in which the disclosed files were
    numbered and written (``sharing.export``), so the id printed in the files is the id
    stored; raises RuntimeError otherwise. AVG art. 5(2), art. 30.
    """
    if not nb.conn.in_transaction:
        raise RuntimeError("record_disclosure must run inside the export's write transaction")
    with nb.transaction():
        record = nb.disclosures.append(new)
        nb.audit.record("record", "disclosure", record.id)
    return OpResult(record, OpChanges.of(Kind.DISCLOSURE, record.id))
