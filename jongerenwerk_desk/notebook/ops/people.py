"""Operations on young people and their records: save, erase, consents, informing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from jongerenwerk_desk.notebook.csv_import import ImportReport, import_people
from jongerenwerk_desk.notebook.models import (
    Consent,
    ErasureReport,
    InformingRecord,
    YoungPerson,
)
from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.notebook.ops.changes import Kind, OpChanges, OpResult


def save_person(nb: Notebook, person: YoungPerson) -> OpResult[int]:
    """Add ``person`` (``id`` None) or store it over its row; returns its id.

    Audit: ``create``/``update person <id>`` (changed field names only). Raises ValueError
    (Dutch) on invalid data, KeyError when an edited person no longer exists.
    """
    with nb.transaction():
        if person.id is None:
            person_id = nb.people.add(person)
        else:
            nb.people.update(person)
            person_id = person.id
    return OpResult(person_id, OpChanges.of(Kind.PERSON, person_id))


def erase_person(nb: Notebook, person_id: int) -> OpResult[ErasureReport]:
    """Erase a young person for real (AVG art. 17; ``notebook.erasure.erase_person``).

    Changes the person, its memberships, consents, informing records, conflicts of duties,
    vital interests, refusals and legal representatives, the signals removed
    (ids) and the links of kept signals. Audit: ``erase person <id>`` with counts only.
    Raises KeyError when the person does not exist.
    """
    report = nb.people.erase(person_id)
    signals = OpChanges.of(Kind.SIGNAL, *report.signals_kept)
    return OpResult(report, OpChanges.of(Kind.PERSON, person_id) | signals | OpChanges.kinds_only(
        Kind.SIGNAL, Kind.MEMBERSHIP, Kind.CONSENT, Kind.INFORMING, Kind.CONFLICT_OF_DUTIES,
        Kind.VITAL_INTEREST, Kind.REFUSAL, Kind.REPRESENTATIVE))


def import_people_csv(nb: Notebook, data: bytes, today: date) -> OpResult[ImportReport]:
    """Import young people (and groups, memberships) from CSV bytes in one transaction
    (``notebook.csv_import.import_people``); the report holds counts and line numbers only.

    Raises CsvImportError (nothing imported) or the vault's errors (rolled back)."""
    report = import_people(nb, data, today)
    return OpResult(report, OpChanges.kinds_only(Kind.PERSON, Kind.GROUP, Kind.MEMBERSHIP,
                                                 Kind.STAGE))


def save_consent(nb: Notebook, consent: Consent) -> OpResult[int]:
    """Add or update a consent (AVG art. 6(1)(a), 7; art. 9(2)(a) for special data).

    Audit: ``create``/``update consent <id>``. ValueError (Dutch) on invalid data."""
    with nb.transaction():
        if consent.id is None:
            consent_id = nb.consents.add(consent)
        else:
            nb.consents.update(consent)
            consent_id = consent.id
    return OpResult(consent_id, OpChanges.of(Kind.CONSENT, consent_id))


def withdraw_consent(nb: Notebook, consent_id: int, on: date) -> OpResult[bool]:
    """Record that consent ``consent_id`` was withdrawn on ``on`` (AVG art. 7(3)); the record
    stays. Returns False (and changes nothing) when it was already withdrawn.

    Audit: ``update consent <id> fields=withdrawn_on``. KeyError if absent; ValueError when
    ``on`` lies before the date the consent was given.
    """
    with nb.transaction():
        consent = nb.consents.get(consent_id)
        if consent.withdrawn_on is not None:
            return OpResult(False, OpChanges())
        nb.consents.update(replace(consent, withdrawn_on=on))
    return OpResult(True, OpChanges.of(Kind.CONSENT, consent_id))


def save_informing(nb: Notebook, record: InformingRecord) -> OpResult[int]:
    """Add or update an informing record (AVG art. 13/14). Audit: ``create``/``update
    informing <id>``. ValueError (Dutch) on invalid data."""
    with nb.transaction():
        if record.id is None:
            record_id = nb.informing.add(record)
        else:
            nb.informing.update(record)
            record_id = record.id
    return OpResult(record_id, OpChanges.of(Kind.INFORMING, record_id))
