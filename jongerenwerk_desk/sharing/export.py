"""``export_disclosure``: write the file(s) and the register record, both or neither.

Order (and why):

1. Confirm the passphrase (an export is a disclosure: only the worker who holds it may make
   one).
2. ``BEGIN IMMEDIATE`` (``nb.transaction()``): the write lock fixes the next disclosure id and
   the previous hash. A random reference (``model.new_reference``), not the id, is printed in
   the file's header and name, so a file tells nobody how many disclosures the notebook made
   or when. Inside it the
   disclosure is prepared again from the notebook (``prepared.check_unchanged``): a blocked
   or stale check, a changed request or a summary that differs from the one previewed stops
   here (SummaryRefused) before anything is written.
3. Write every file under a hidden temporary name in the target directory, fsync it, hash it.
4. Insert the register record (with the files' names and SHA-256 and the exact summary that
   left) and the head anchor
   (``notebook.ops.record_disclosure``, the door's only register write).
5. COMMIT. Any failure in 2-5 rolls the transaction back and removes the temporary files:
   no record, no file.
6. Rename the temporary files to their final names (``os.replace``) and fsync the directory.

The commit comes before the rename on purpose: if the machine dies between 5 and 6, the
register holds a record of a disclosure whose file never got its final name (only a hidden
temporary file in the directory the worker chose). The other order could leave a finished,
shareable file without any record: an unlogged disclosure, which AVG art. 5(2) (accountability)
and the covenant's logging duty make the worse failure. The register may overstate, never
understate, what left. The final names must not exist yet (no silent overwrite), so a rename
can only fail on a vanished directory or a full disk, reported as ExportError.
"""

from __future__ import annotations

import functools
import getpass
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from jongerenwerk_desk.covenant import Assessment, CovenantProfile, ShareRequest, request_to_json
from jongerenwerk_desk.notebook.disclosures import DisclosureRecord, NewDisclosure
from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.notebook.ops import OpChanges, OpResult, record_disclosure
from jongerenwerk_desk.sharing.atomic import ExportError, commit_temp, discard_temp, write_temp
from jongerenwerk_desk.sharing.csv_export import write_csv_to
from jongerenwerk_desk.sharing.model import (
    Summary,
    default_file_name,
    new_file_token,
    summary_to_dict,
)
from jongerenwerk_desk.sharing.prepared import PreparedDisclosure, check_unchanged

FORMATS = ("pdf", "csv", "xlsx")
_NAME_ATTEMPTS = 5
_GROUND_LABELS = {
    "CONFLICT_OF_DUTIES_USED": "conflict van plichten",
    "SPECIAL_CATEGORY_EXCEPTION": "uitzondering voor bijzondere persoonsgegevens",
    "INFORM_EXCEPTION_USED": "uitzondering op het informeren",
}


def _consent_subjects(request: ShareRequest, assessment: Assessment,
                      profile: CovenantProfile) -> list[str]:
    """Subjects whose consent carries an item: a confidence not carried by a conflict of
    duties, or a special item on a valid explicit consent (the check tries that before a vital
    interest; docs/legal-rules.md, V2-1 and V2-4)."""
    from jongerenwerk_desk.covenant import check_consent

    cod = {f.item for f in assessment.findings if f.code == "CONFLICT_OF_DUTIES_USED"}
    subjects = set()
    for item in request.items:
        category = profile.category(item.category)
        special = category is not None and category.kind == "special"
        subject = request.subject(item.subject) if item.subject else None
        explicit = special and subject is not None and check_consent(
            profile, subject, request.purpose, request.recipients, request.today,
            special=True, category=item.category).valid
        if item.subject and ((item.confidential and item.id not in cod) or explicit):
            subjects.add(item.subject)
    return sorted(subjects)


def legal_basis(request: ShareRequest, assessment: Assessment, profile: CovenantProfile) -> str:
    """Dutch text of the ground: covenant, purpose and stage, plus every exception relied on
    (consent of named subjects, conflict of duties, art. 9 exception, inform exception) with
    the basis the check gave for it, and the signatures the disclosure rests on (own party and
    recipients: date, signed document, who recorded it and when)."""
    purpose = profile.purpose(request.purpose)
    parts = [f"{profile.title} (versie {profile.version}), doel "
             f"'{purpose.title if purpose else request.purpose}' in stap {request.stage}"]
    consenting = _consent_subjects(request, assessment, profile)
    if consenting:
        parts.append("toestemming op dossier van " + ", ".join(consenting))
    for code, label in _GROUND_LABELS.items():
        bases = sorted({f.basis for f in assessment.findings if f.code == code})
        if bases:
            parts.append(f"{label} ({'; '.join(bases)})")
    signers = [profile.party(pid) for pid in dict.fromkeys((request.own_party,
                                                              *request.recipients))]
    signed = [party.signature_text() for party in signers if party is not None]
    if signed:
        parts.append("ondertekening: " + "; ".join(signed))
    return " | ".join(parts)


Writer = Callable[[Summary, BinaryIO], None]


@dataclass(frozen=True)
class ExportOptions:
    """Where and how to write: ``folder`` (an existing directory); ``formats``: "pdf", "csv"
    and/or "xlsx"; ``pdf_password`` (>= 8 characters) encrypts the PDF with AES-256 and the
    ``.xlsx`` with the same password (Office encryption); with a password "csv" is refused: a
    plain spreadsheet beside a protected PDF would undo the protection. ``actor``: who
    shares (default: the OS account name); ``created_at``: the moment of the disclosure as an
    aware datetime (the wizard passes its injectable clock's wall time; default: now)."""

    folder: Path
    formats: tuple[str, ...] = ("pdf",)
    pdf_password: str | None = field(default=None, repr=False)
    actor: str | None = None
    created_at: datetime | None = None


def _confirm_passphrase(nb: Notebook, passphrase: str) -> None:
    """Raise WrongPassphrase unless ``passphrase`` is the notebook's current passphrase.

    ``Vault.check_passphrase`` runs Argon2id once (about 0.5 s with calibrated parameters).
    """
    from jongerenwerk_desk.vault.errors import WrongPassphrase

    if not passphrase or not nb.vault.check_passphrase(passphrase):
        raise WrongPassphrase()


def _writers(formats: Iterable[str], pdf_password: str | None) -> list[tuple[str, Writer]]:
    """(extension, writer) per chosen format. With a password every file is protected by it:
    the PDF (AES-256) and the ``.xlsx`` (Office encryption); a CSV cannot be protected, so a
    CSV beside a protected PDF is refused (ValueError) rather than written in plain."""
    chosen = list(dict.fromkeys(formats))
    if not chosen or any(f not in FORMATS for f in chosen):
        raise ValueError("Kies PDF, CSV en/of Excel als exportformaat.")
    if pdf_password is not None and "csv" in chosen:
        raise ValueError("Een CSV-bestand kan niet met een wachtwoord worden beveiligd; kies "
                         "Excel (.xlsx) naast een beveiligde PDF.")

    # the PDF and spreadsheet libraries load when a file is written, not with this module
    # (the share wizard is built at unlock: fpdf2 and openpyxl cost ~0.4 s there)
    def pdf(summary: Summary, fh: BinaryIO) -> None:
        from jongerenwerk_desk.sharing.pdf import write_pdf_to

        write_pdf_to(summary, fh, pdf_password)

    def xlsx(summary: Summary, fh: BinaryIO) -> None:
        from jongerenwerk_desk.sharing.xlsx_export import write_xlsx_to

        write_xlsx_to(summary, fh, pdf_password)

    table: dict[str, Writer] = {"pdf": pdf, "csv": write_csv_to, "xlsx": xlsx}
    return [(fmt, table[fmt]) for fmt in chosen]


def export_disclosure(nb: Notebook, passphrase: str, prepared: PreparedDisclosure,
                      options: ExportOptions) -> DisclosureRecord:
    """Export the minimal summary of ``prepared`` as ``options`` say and record the
    disclosure.

    Inside the write transaction the disclosure is prepared again from the notebook
    (``check_unchanged``) and must equal ``prepared``: request, verdict and previewed summary. A
    consent withdrawn, a signal re-categorised, re-linked or given an informant after the check
    refuses the export (SummaryRefused), because the assessment no longer describes what would
    leave. The files are named ``verstrekking-<reference>.<ext>`` (``model.default_file_name``)
    with one random reference for all of them, also printed in their header; a name that is
    taken draws a new one. Returns the stored record (with the summary as it left); its
    ``file_names`` and ``file_hashes`` follow ``options.formats``; ``created_at`` is stored in
    UTC to the second. The record's ``person_ids`` are all subjects of the request (the selected
    persons and every person an item is about), so the register lists the disclosure for each of
    them (AVG art. 15).

    Raises WrongPassphrase (vault), SummaryRefused (blocked/stale/changed), ExportError
    (Dutch: folder, disk), ValueError (formats, CSV with a password, short password, naive
    ``created_at``), DiskFull, RuntimeError inside an open transaction.
    On any error nothing is recorded and no file is left, except as described in the module
    docstring for a crash after the commit.
    """
    if nb.conn.in_transaction:
        raise RuntimeError("export_disclosure must run outside an open transaction: its "
                           "commit has to come before the files are renamed")
    stamp = _timestamp(options.created_at)
    _confirm_passphrase(nb, passphrase)
    writers = _writers(options.formats, options.pdf_password)
    directory = Path(options.folder)
    if not directory.is_dir():
        raise ExportError(f"De map {directory} bestaat niet.")
    temps: list[tuple[Path, Path]] = []
    try:
        with nb.transaction():
            fresh = check_unchanged(nb, prepared)
            assert fresh.summary is not None   # check_unchanged refuses a blocked one
            record = _write_and_record(nb, fresh.summary, writers, directory, temps, _values(
                fresh, options.actor, stamp))
    except BaseException:
        for tmp, _ in temps:
            discard_temp(tmp)
        raise
    for tmp, target in temps:
        commit_temp(tmp, target)
    return record


def export_op(nb: Notebook, passphrase: str, prepared: PreparedDisclosure,
              options: ExportOptions) -> OpResult[DisclosureRecord]:
    """``export_disclosure`` as an operation of the door (``notebook.ops`` pattern), for the
    UI's ops runner: the record, and a DISCLOSURE change with its id."""
    from jongerenwerk_desk.notebook.ops import Kind

    record = export_disclosure(nb, passphrase, prepared, options)
    return OpResult(record, OpChanges.of(Kind.DISCLOSURE, record.id))


def _write_and_record(nb: Notebook, summary: Summary, writers: list[tuple[str, Writer]],
                      directory: Path, temps: list[tuple[Path, Path]],
                      values: dict[str, Any]) -> DisclosureRecord:
    """Inside the write transaction: draw a reference whose file names are free, write each
    temporary file (added to ``temps`` for the caller's clean-up), then insert the record with
    names, hashes and the summary as it left."""
    for _ in range(_NAME_ATTEMPTS):
        reference = new_file_token()     # one random part for all files of this export
        targets = [directory / default_file_name(reference, fmt) for fmt, _ in writers]
        if not any(t.exists() for t in targets):
            break
    else:  # five random draws all taken: not chance, the folder is odd
        raise ExportError("Er kon geen vrije bestandsnaam worden gekozen in deze map; kies "
                          "een andere map.")
    final = summary.with_disclosure_id(reference)
    names, hashes = [], []
    for (_fmt, writer), target in zip(writers, targets, strict=True):
        tmp, digest = write_temp(target, functools.partial(_write_one, writer, final))
        temps.append((tmp, target))
        names.append(target.name)
        hashes.append(digest)
    new = NewDisclosure.from_mapping({**values, "file_names": names, "file_hashes": hashes,
                                      "summary": summary_to_dict(final)})
    return record_disclosure(nb, new).value


def _write_one(writer: Writer, summary: Summary, fh: BinaryIO) -> None:
    writer(summary, fh)


def _timestamp(moment: datetime | None) -> str:
    """``moment`` (aware; None = now) as ISO 8601 UTC to the second. ValueError if naive."""
    if moment is None:
        moment = datetime.now(UTC)
    elif moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("created_at must be an aware datetime")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _values(prepared: PreparedDisclosure, actor: str | None,
            created_at: str) -> dict[str, Any]:
    request, assessment = prepared.request, prepared.assessment
    profile, selection = prepared.profile, prepared.selection
    if not actor:
        try:
            actor = getpass.getuser()
        except (OSError, KeyError, ImportError):
            actor = "onbekend"
    return {
        "created_at": created_at, "actor": actor,
        "recipients": list(request.recipients), "purpose": request.purpose,
        "stage": request.stage, "legal_basis": legal_basis(request, assessment, profile),
        "profile_id": profile.id, "profile_version": profile.version,
        "request": request_to_json(request), "assessment": assessment.to_dict(),
        "person_ids": sorted({*selection.person_ids,
                              *(int(s.id[1:]) for s in request.subjects)}),
        "group_id": selection.group_id,
    }
