"""The door: every write of the app, as Qt-free operations on an open ``Notebook``.

The pattern (follow it when you add a write)
--------------------------------------------
An operation is a plain function in this package::

    def save_thing(nb: Notebook, thing: Thing) -> OpResult[int]:
        \"\"\"What it does, errors raised, legal source.\"\"\"
        with nb.transaction():                     # 1. one transaction for all of it
            thing_id = nb.things.add(thing)        # 2. repositories do the SQL and write
                                                   #    the audit event (ids and field
                                                   #    names only, never content)
        return OpResult(thing_id,                  # 3. the value for the caller, and
                        OpChanges.of(Kind.THING, thing_id))   # what changed: kinds + ids

Rules:

- First argument ``nb: Notebook``, then typed values (dataclasses from ``notebook.models``);
  no Qt, no prompts, no file dialogs. Raise ValueError (Dutch text) for bad input and
  KeyError for a missing row; the notebook is then unchanged (the transaction rolls back).
- Everything the operation writes happens inside ``nb.transaction()`` (nested ones become
  savepoints), with its audit event in the same transaction.
- Return :class:`OpResult` with every :class:`Kind` touched, including cascades
  (``OpChanges.kinds_only``): the UI broadcasts ``changes`` and each view reloads itself
  when a kind it shows is in it.
- A new kind of stored thing gets a :class:`Kind` member; a new setting a
  ``SettingKey`` member (``notebook.settings_keys``); a schema change a new migration in
  ``notebook.schema``.
- Add the function to a module here by subject and export it in ``__all__`` below.

Who calls: the UI only through its ops runner (``ui/shell/ops_runner.py``: one at a time,
then a broadcast); ``sharing.export`` calls :func:`record_disclosure` inside its transaction;
the CLI may call operations directly. Nothing under ``ui/`` calls a repository write method
or runs SQL (``tests/unit/test_layering.py``).
"""

from jongerenwerk_desk.notebook.ops.changes import Kind, OpChanges, OpResult
from jongerenwerk_desk.notebook.ops.disclosures import record_disclosure
from jongerenwerk_desk.notebook.ops.grounds import (
    delete_conflict_of_duties,
    delete_refusal,
    delete_representative,
    delete_vital_interest,
    save_conflict_of_duties,
    save_refusal,
    save_representative,
    save_vital_interest,
)
from jongerenwerk_desk.notebook.ops.groups import (
    delete_group,
    delete_membership,
    save_group,
    save_membership,
    set_stage,
)
from jongerenwerk_desk.notebook.ops.people import (
    erase_person,
    import_people_csv,
    save_consent,
    save_informing,
    save_person,
    withdraw_consent,
)
from jongerenwerk_desk.notebook.ops.rights import (
    add_informing_letter,
    add_retention_hold,
    add_signal_view,
    complete_subject_request,
    correct_person,
    correct_signal,
    delete_for_retention,
    lift_restriction,
    log_access_decisions,
    log_document,
    reduce_disclosures,
    register_subject_request,
    replay_tombstones,
    restore_and_replay,
    restrict_person,
    sweep_retention,
)
from jongerenwerk_desk.notebook.ops.settings import (
    fill_demo,
    record_backup,
    set_active_profile,
    set_setting,
    write_settings,
)
from jongerenwerk_desk.notebook.ops.signals import (
    delete_partner,
    delete_signal,
    save_partner,
    save_signal,
)

__all__ = [
    "Kind", "OpChanges", "OpResult", "add_informing_letter", "add_retention_hold",
    "add_signal_view", "complete_subject_request", "correct_person", "correct_signal",
    "delete_for_retention", "delete_group", "delete_membership", "delete_partner", "delete_signal",
    "erase_person", "fill_demo", "import_people_csv", "lift_restriction", "log_access_decisions",
    "log_document", "record_backup", "record_disclosure", "reduce_disclosures",
    "register_subject_request",
    "replay_tombstones", "restore_and_replay", "restrict_person", "save_consent", "save_group",
    "sweep_retention",
    "save_informing", "save_membership", "save_partner", "save_person", "save_signal",
    "set_active_profile", "set_setting", "set_stage", "withdraw_consent", "write_settings",
    "delete_conflict_of_duties", "delete_refusal", "delete_representative",
    "delete_vital_interest", "save_conflict_of_duties", "save_refusal", "save_representative",
    "save_vital_interest",
]
