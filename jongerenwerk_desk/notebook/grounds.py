"""What version 2 of the legal check needs per young person (docs/legal-rules.md, V2-1, V2-2,
V2-4): conflicts of duties, vital interests, refusals and legal representatives.

Each repository is reached through the notebook (``nb.conflicts``, ``nb.vital_interests``,
``nb.refusals``, ``nb.representatives``); rows belong to one young person and are removed
with them (``ON DELETE CASCADE``, also by the right to erasure). Validation errors are Dutch
and never repeat what was typed.
"""

from __future__ import annotations

from typing import Any, ClassVar

from jongerenwerk_desk.notebook.convert import date_in, date_out
from jongerenwerk_desk.notebook.models import (
    ConflictOfDutiesRecord,
    LegalRepresentative,
    RefusalRecord,
    VitalInterestRecord,
)
from jongerenwerk_desk.notebook.repository import Repository


class ConflictOfDutiesRepository(Repository[ConflictOfDutiesRecord]):
    """``nb.conflicts``: conflicts of duties weighed per young person (V2-2)."""

    table = "conflicts_of_duties"
    entity = "conflict_of_duties"
    columns = ("person_id", "reasoning", "consulted", "consulted_on", "advice")
    sort_keys: ClassVar[dict[str, str]] = {"id": "id", "consulted_on": "consulted_on"}
    default_sort = "consulted_on"

    def _validate(self, obj: ConflictOfDutiesRecord) -> None:
        if obj.person_id is None:
            raise ValueError("Een conflict van plichten hoort bij een jongere.")
        if not obj.reasoning.strip():
            raise ValueError("Schrijf de afweging voor deze jongere op.")
        if obj.consulted_on is None:
            raise ValueError("Vul de datum van het advies in.")
        if not obj.advice.strip():
            raise ValueError("Schrijf op wat de geraadpleegde adviseerde.")

    def _to_row(self, obj: ConflictOfDutiesRecord) -> tuple[Any, ...]:
        return (obj.person_id, obj.reasoning.strip(), obj.consulted, date_out(obj.consulted_on),
                obj.advice.strip())

    def _from_row(self, row: Any) -> ConflictOfDutiesRecord:
        return ConflictOfDutiesRecord(id=row[0], person_id=row[1], reasoning=row[2],
                                      consulted=row[3], consulted_on=date_in(row[4]),
                                      advice=row[5])

    def for_person(self, person_id: int) -> list[ConflictOfDutiesRecord]:
        """Conflicts of duties of one young person, oldest advice first."""
        return self._by_column("person_id", person_id, "consulted_on")


class VitalInterestRepository(Repository[VitalInterestRecord]):
    """``nb.vital_interests``: vital interests per young person with why consent is
    impossible (AVG art. 9(2)(c), UAVG art. 22(2)(b); V2-1)."""

    table = "vital_interests"
    entity = "vital_interest"
    columns = ("person_id", "reason", "consent_impossible", "recorded_on")
    sort_keys: ClassVar[dict[str, str]] = {"id": "id", "recorded_on": "recorded_on"}
    default_sort = "recorded_on"

    def _validate(self, obj: VitalInterestRecord) -> None:
        if obj.person_id is None:
            raise ValueError("Een vitaal belang hoort bij een jongere.")
        if not obj.reason.strip():
            raise ValueError("Schrijf op welk gevaar er dreigt.")
        if not obj.consent_impossible.strip():
            raise ValueError("Schrijf op waarom de jongere nu geen toestemming kan geven.")
        if obj.recorded_on is None:
            raise ValueError("Vul de datum in.")

    def _to_row(self, obj: VitalInterestRecord) -> tuple[Any, ...]:
        return (obj.person_id, obj.reason.strip(), obj.consent_impossible.strip(),
                date_out(obj.recorded_on))

    def _from_row(self, row: Any) -> VitalInterestRecord:
        return VitalInterestRecord(id=row[0], person_id=row[1], reason=row[2],
                                   consent_impossible=row[3], recorded_on=date_in(row[4]))

    def for_person(self, person_id: int) -> list[VitalInterestRecord]:
        """Vital interests of one young person, oldest first."""
        return self._by_column("person_id", person_id, "recorded_on")


class RefusalRepository(Repository[RefusalRecord]):
    """``nb.refusals``: recorded refusals to share (V2-1)."""

    table = "refusals"
    entity = "refusal"
    columns = ("person_id", "refused_by", "refused_on", "purpose", "note")
    sort_keys: ClassVar[dict[str, str]] = {"id": "id", "refused_on": "refused_on"}
    default_sort = "refused_on"

    def _validate(self, obj: RefusalRecord) -> None:
        if obj.person_id is None:
            raise ValueError("Een weigering hoort bij een jongere.")
        if obj.refused_on is None:
            raise ValueError("Vul de datum van de weigering in.")
        if not obj.purpose.strip():
            raise ValueError("Vul het doel in waarvoor geweigerd is.")

    def _to_row(self, obj: RefusalRecord) -> tuple[Any, ...]:
        return (obj.person_id, obj.refused_by, date_out(obj.refused_on), obj.purpose.strip(),
                obj.note)

    def _from_row(self, row: Any) -> RefusalRecord:
        return RefusalRecord(id=row[0], person_id=row[1], refused_by=row[2],
                             refused_on=date_in(row[3]), purpose=row[4], note=row[5])

    def for_person(self, person_id: int) -> list[RefusalRecord]:
        """Refusals of one young person, oldest first."""
        return self._by_column("person_id", person_id, "refused_on")


class RepresentativeRepository(Repository[LegalRepresentative]):
    """``nb.representatives``: legal representatives (ouders met gezag, voogd) per young
    person."""

    table = "legal_representatives"
    entity = "legal_representative"
    columns = ("person_id", "name", "relation", "has_authority", "contact")
    sort_keys: ClassVar[dict[str, str]] = {"id": "id", "name": "name COLLATE NOCASE"}
    default_sort = "name"

    def _validate(self, obj: LegalRepresentative) -> None:
        if obj.person_id is None:
            raise ValueError("Een wettelijk vertegenwoordiger hoort bij een jongere.")
        if not obj.name.strip():
            raise ValueError("Vul de naam van de wettelijk vertegenwoordiger in.")

    def _to_row(self, obj: LegalRepresentative) -> tuple[Any, ...]:
        return (obj.person_id, obj.name.strip(), obj.relation.strip(), int(obj.has_authority),
                obj.contact.strip())

    def _from_row(self, row: Any) -> LegalRepresentative:
        return LegalRepresentative(id=row[0], person_id=row[1], name=row[2], relation=row[3],
                                   has_authority=bool(row[4]), contact=row[5])

    def for_person(self, person_id: int) -> list[LegalRepresentative]:
        """Legal representatives of one young person, by name."""
        return self._by_column("person_id", person_id, "name COLLATE NOCASE")
