"""Operations on what version 2 of the legal check needs per young person
(docs/legal-rules.md): conflicts of duties (V2-2), vital interests and refusals (V2-1), and
legal representatives. Each save adds (``id`` None) or stores over the row; each delete
removes one row. ValueError (Dutch, no typed content) on invalid data, KeyError when the row
no longer exists; the notebook is then unchanged.
"""

from __future__ import annotations

from typing import Any

from jongerenwerk_desk.notebook.models import (
    ConflictOfDutiesRecord,
    LegalRepresentative,
    RefusalRecord,
    VitalInterestRecord,
)
from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.notebook.ops.changes import Kind, OpChanges, OpResult
from jongerenwerk_desk.notebook.repository import Repository


def _save(repo: Repository[Any], obj: Any, kind: Kind) -> OpResult[int]:
    """Add ``obj`` (``id`` None) or store it over its row; the id and what changed."""
    obj_id = getattr(obj, "id", None)
    if obj_id is None:
        obj_id = repo.add(obj)
    else:
        repo.update(obj)
    return OpResult(obj_id, OpChanges.of(kind, obj_id))


def save_conflict_of_duties(nb: Notebook, record: ConflictOfDutiesRecord) -> OpResult[int]:
    """Add or update a conflict of duties weighed for one young person: reasoning, role
    consulted, date and advice (beroepscode; the check counts it for the profile's
    ``conflict_advice_valid_days``). Audit: ``create``/``update conflict_of_duties <id>``."""
    with nb.transaction():
        return _save(nb.conflicts, record, Kind.CONFLICT_OF_DUTIES)


def delete_conflict_of_duties(nb: Notebook, record_id: int) -> OpResult[None]:
    """Remove a conflict of duties. Audit: ``delete conflict_of_duties <id>``."""
    nb.conflicts.delete(record_id)
    return OpResult(None, OpChanges.of(Kind.CONFLICT_OF_DUTIES, record_id))


def save_vital_interest(nb: Notebook, record: VitalInterestRecord) -> OpResult[int]:
    """Add or update a vital interest with why the young person cannot consent now (AVG art.
    9(2)(c); UAVG art. 22(2)(b)). Audit: ``create``/``update vital_interest <id>``."""
    with nb.transaction():
        return _save(nb.vital_interests, record, Kind.VITAL_INTEREST)


def delete_vital_interest(nb: Notebook, record_id: int) -> OpResult[None]:
    """Remove a vital interest. Audit: ``delete vital_interest <id>``."""
    nb.vital_interests.delete(record_id)
    return OpResult(None, OpChanges.of(Kind.VITAL_INTEREST, record_id))


def save_refusal(nb: Notebook, record: RefusalRecord) -> OpResult[int]:
    """Record (or correct) a refusal to share: by whom, when, for which purpose. A young
    person from the profile's ``consent_age_youth_alone_from`` who refused cannot be passed
    over on a vital interest. Audit: ``create``/``update refusal <id>``."""
    with nb.transaction():
        return _save(nb.refusals, record, Kind.REFUSAL)


def delete_refusal(nb: Notebook, record_id: int) -> OpResult[None]:
    """Remove a refusal recorded by mistake. Audit: ``delete refusal <id>``."""
    nb.refusals.delete(record_id)
    return OpResult(None, OpChanges.of(Kind.REFUSAL, record_id))


def save_representative(nb: Notebook, record: LegalRepresentative) -> OpResult[int]:
    """Add or update a legal representative (ouder met gezag, voogd) of a young person.
    Audit: ``create``/``update legal_representative <id>``."""
    with nb.transaction():
        return _save(nb.representatives, record, Kind.REPRESENTATIVE)


def delete_representative(nb: Notebook, record_id: int) -> OpResult[None]:
    """Remove a legal representative. Audit: ``delete legal_representative <id>``."""
    nb.representatives.delete(record_id)
    return OpResult(None, OpChanges.of(Kind.REPRESENTATIVE, record_id))
