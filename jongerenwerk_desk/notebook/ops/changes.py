"""What an operation changed: :class:`OpChanges` (kinds and ids) and :class:`OpResult`.

Anki's ``OpChanges`` idea: every write of the app returns what it touched, so the UI can
broadcast it and let each view decide whether it must reload, instead of the caller wiring
reloads by hand. Ids only, never content.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

from jongerenwerk_desk.notebook.settings_keys import SettingKey

T = TypeVar("T")


class Kind(StrEnum):
    """The kinds of stored things an operation can change."""

    PERSON = "person"
    GROUP = "group"
    STAGE = "stage"            # a group's stage history
    MEMBERSHIP = "membership"
    SIGNAL = "signal"
    CONSENT = "consent"
    INFORMING = "informing"
    CONFLICT_OF_DUTIES = "conflict_of_duties"
    VITAL_INTEREST = "vital_interest"
    REFUSAL = "refusal"
    REPRESENTATIVE = "representative"
    PARTNER = "partner"
    SETTING = "setting"
    DISCLOSURE = "disclosure"
    RETENTION_HOLD = "retention_hold"   # a postponed retention deletion (legal hold)
    SIGNAL_VIEW = "signal_view"         # the young person's own view beside a signal
    CORRECTION = "correction"           # a correction with the earlier value kept
    RESTRICTION = "restriction"         # restriction of processing (AVG art. 18)
    SUBJECT_REQUEST = "subject_request"  # an access/correction/... request (art. 12(3))


@dataclass(frozen=True)
class OpChanges:
    """Kinds and ids changed by one operation (``ids[kind]``: the rows written or removed; a
    kind may be present with no ids when rows of it changed as a side effect, e.g. links).

    ``settings``: the settings keys written. Combine with ``|``.
    """

    ids: Mapping[Kind, frozenset[int]] = field(default_factory=dict)
    settings: frozenset[SettingKey] = frozenset()

    @classmethod
    def of(cls, kind: Kind, *ids: int | None) -> OpChanges:
        """Changes of one kind; ``None`` ids (nothing stored yet) are skipped."""
        return cls({kind: frozenset(i for i in ids if i is not None)})

    @classmethod
    def kinds_only(cls, *kinds: Kind) -> OpChanges:
        """Changes of these kinds without known ids (side effects such as cascades)."""
        return cls({kind: frozenset() for kind in kinds})

    @classmethod
    def of_settings(cls, keys: Iterable[SettingKey]) -> OpChanges:
        """A change of these settings keys."""
        found = frozenset(keys)
        return cls({Kind.SETTING: frozenset()} if found else {}, found)

    @property
    def kinds(self) -> frozenset[Kind]:
        """Every kind that changed."""
        return frozenset(self.ids)

    def touches(self, *kinds: Kind) -> bool:
        """True when any of ``kinds`` changed."""
        return any(kind in self.ids for kind in kinds)

    def ids_of(self, kind: Kind) -> frozenset[int]:
        """The ids of ``kind`` that changed (empty when none or unknown)."""
        return self.ids.get(kind, frozenset())

    def __or__(self, other: OpChanges) -> OpChanges:
        merged: dict[Kind, frozenset[int]] = dict(self.ids)
        for kind, ids in other.ids.items():
            merged[kind] = merged.get(kind, frozenset()) | ids
        return OpChanges(merged, self.settings | other.settings)

    def __bool__(self) -> bool:
        return bool(self.ids)


@dataclass(frozen=True)
class OpResult(Generic[T]):
    """An operation's return value (``value``: e.g. the saved id or a report) and what it
    changed (``changes``)."""

    value: T
    changes: OpChanges
