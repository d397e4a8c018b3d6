"""Operations on groups, their stage history (7-stappenmodel) and memberships."""

from __future__ import annotations

from datetime import date, datetime

from jongerenwerk_desk.notebook.models import Group, Membership, StageChange
from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.notebook.ops.changes import Kind, OpChanges, OpResult


def save_group(nb: Notebook, group: Group, new_stage: str | None = None,
               stage_note: str = "", stage_decided_on: date | None = None,
               stage_source: str = "") -> OpResult[int]:
    """Add ``group`` (it starts its stage history in ``group.stage``) or store it; on an
    existing group a ``new_stage`` different from the stored one is recorded with
    ``stage_note``, the decision's date and its source (which overleg) in the history, in the
    same transaction.

    Audit: ``create``/``update group <id>`` and ``set_stage group <id>``. ValueError (Dutch)
    on invalid data, KeyError when an edited group no longer exists.
    """
    changes = OpChanges()
    with nb.transaction():
        if group.id is None:
            group_id = nb.groups.add(group)
            changes = OpChanges.kinds_only(Kind.STAGE)
        else:
            nb.groups.update(group)
            group_id = group.id
            if new_stage is not None and new_stage != nb.groups.get(group_id).stage:
                nb.groups.set_stage(group_id, new_stage, stage_note,
                                    decided_on=stage_decided_on, source=stage_source)
                changes = OpChanges.kinds_only(Kind.STAGE)
    return OpResult(group_id, OpChanges.of(Kind.GROUP, group_id) | changes)


def set_stage(nb: Notebook, group_id: int, stage: str, note: str = "",
              changed_at: datetime | None = None, *, decided_on: date | None = None,
              source: str = "") -> OpResult[StageChange]:
    """Move the group to ``stage`` with a history entry (``groups.set_stage``): the decision's
    date ``decided_on`` and ``source`` (which overleg decided it). The share wizard takes the
    stage from this record only (7-stappenmodel: no name list before step 2B).

    Audit: ``set_stage group <id> stage=<stage>``. KeyError/ValueError."""
    change = nb.groups.set_stage(group_id, stage, note, changed_at, decided_on=decided_on,
                                 source=source)
    return OpResult(change, OpChanges.of(Kind.GROUP, group_id) | OpChanges.kinds_only(Kind.STAGE))


def delete_group(nb: Notebook, group_id: int) -> OpResult[None]:
    """Delete a group with its stage history and memberships; its signals stay (without the
    link). Audit: ``delete group <id>``. KeyError if absent."""
    nb.groups.delete(group_id)
    return OpResult(None, OpChanges.of(Kind.GROUP, group_id) | OpChanges.kinds_only(
        Kind.STAGE, Kind.MEMBERSHIP, Kind.SIGNAL))


def save_membership(nb: Notebook, membership: Membership) -> OpResult[int]:
    """Add or update a membership (young person in a group, with role and period).

    Audit: ``create``/``update membership <id>``. ValueError (Dutch) on invalid data."""
    with nb.transaction():
        if membership.id is None:
            membership_id = nb.memberships.add(membership)
        else:
            nb.memberships.update(membership)
            membership_id = membership.id
    return OpResult(membership_id, OpChanges.of(Kind.MEMBERSHIP, membership_id))


def delete_membership(nb: Notebook, membership_id: int) -> OpResult[None]:
    """Remove a membership. Audit: ``delete membership <id>``. KeyError if absent."""
    nb.memberships.delete(membership_id)
    return OpResult(None, OpChanges.of(Kind.MEMBERSHIP, membership_id))
