"""``export_disclosure``: write the file(s) and the register record, both or neither.

Order (and why):

1. Confirm the passphrase (an export is a disclosure; issue 4) and rebuild the summary from the
   notebook: a blocked or stale assessment, or a summary that differs from the one previewed,
   stops here (SummaryRefused) before anything is written.
2. ``BEGIN IMMEDIATE`` (``nb.transaction()``): the write lock fixes the next disclosure id and
   the previous hash. A random reference (``model.new_reference``) is printed in the file's
   header and name: the register number is not, so a file tells nobody how many disclosures
   the notebook made.
3. Write every file under a hidden temporary name in the target directory, fsync it, hash it.
4. Insert the register record (with the files' names and SHA-256 and the exact summary that
   left) and the head anchor.
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

import getpass
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jongerenwerk_desk.covenant import Assessment, CovenantProfile, ShareRequest, request_to_json
from jongerenwerk_desk.sharing.atomic import ExportError, commit_temp, discard_temp, write_temp
from jongerenwerk_desk.sharing.csv_export import write_csv_to
from jongerenwerk_desk.sharing.model import (
    Grounds,
    Selection,
    Summary,
    default_file_name,
    new_reference,
    summary_to_dict,
)
from jongerenwerk_desk.sharing.pdf import write_pdf_to
from jongerenwerk_desk.sharing.register import DisclosureRecord, DisclosureRegister
from jongerenwerk_desk.sharing.request_builder import build_request
from jongerenwerk_desk.sharing.summary import SummaryRefused, build_summary
from jongerenwerk_desk.sharing.xlsx_export import write_xlsx_to

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
    duties, or a special item without a vital-interest reason (sharing-rules.md §3)."""
    cod = {f.item for f in assessment.findings if f.code == "CONFLICT_OF_DUTIES_USED"}
    subjects = set()
    for item in request.items:
        category = profile.category(item.category)
        special = category is not None and category.kind == "special"
        if item.subject and ((item.confidential and item.id not in cod)
                             or (special and not item.vital_interest)):
            subjects.add(item.subject)
    return sorted(subjects)


def legal_basis(request: ShareRequest, assessment: Assessment, profile: CovenantProfile) -> str:
    """Dutch text of the ground: covenant, purpose and stage, plus every exception relied on
    (consent of named subjects, conflict of duties, art. 9 exception, inform exception) with
    the basis the check gave for it."""
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
    return " | ".join(parts)


def _confirm_passphrase(nb: Any, passphrase: str) -> None:
    """Raise WrongPassphrase unless ``passphrase`` is the notebook's current passphrase.

    ``Vault.check_passphrase`` runs Argon2id once (about 0.5 s with calibrated parameters).
    """
    from jongerenwerk_desk.vault.errors import WrongPassphrase

    if not passphrase or not nb.vault.check_passphrase(passphrase):
        raise WrongPassphrase()


def _writers(formats: Iterable[str], pdf_password: str | None) -> list[tuple[str, Any]]:
    """(extension, writer) per chosen format. With a password every file is protected by it:
    the PDF (AES-256) and the ``.xlsx`` (Office encryption); a CSV cannot be protected, so a
    CSV beside a protected PDF is refused (ValueError) rather than written in plain."""
    chosen = list(dict.fromkeys(formats))
    if not chosen or any(f not in FORMATS for f in chosen):
        raise ValueError("Kies PDF, CSV en/of Excel als exportformaat.")
    if pdf_password is not None and "csv" in chosen:
        raise ValueError("Een CSV-bestand kan niet met een wachtwoord worden beveiligd; kies "
                         "Excel (.xlsx) naast een beveiligde PDF.")
    table = {"pdf": lambda s, fh: write_pdf_to(s, fh, pdf_password),
             "csv": lambda s, fh: write_csv_to(s, fh),
             "xlsx": lambda s, fh: write_xlsx_to(s, fh, pdf_password)}
    return [(fmt, table[fmt]) for fmt in chosen]


def export_disclosure(nb: Any, passphrase: str, *, selection: Selection, grounds: Grounds,
                      request: ShareRequest, assessment: Assessment,
                      profile: CovenantProfile, folder: Path,
                      summary: Summary | None = None, formats: Iterable[str] = ("pdf",),
                      pdf_password: str | None = None, actor: str | None = None,
                      identify_by_name: bool = False,
                      created_at: datetime | None = None) -> DisclosureRecord:
    """Export the minimal summary to ``folder`` and record the disclosure.

    Inside the write transaction the request is rebuilt from the notebook with ``selection``
    and ``grounds`` (``build_request``) and must equal ``request``: a consent withdrawn, a
    signal re-categorised, re-linked or given an informant after the check refuses the export
    (SummaryRefused), because the assessment no longer describes what would leave. The summary
    is then built afresh (``build_summary`` runs the check again); when the wizard passes the
    ``summary`` it previewed, the two must share the same content
    (``Summary.same_content``: only the sender lines may differ).
    ``formats``: "pdf", "csv" and/or "xlsx". ``pdf_password`` (>= 8 characters) encrypts the PDF
    with AES-256 and the ``.xlsx`` with the same password; with a password "csv" is refused (a
    plain spreadsheet beside a protected PDF would undo the protection). The files are named
    ``verstrekking-<reference>.<ext>`` (``model.default_file_name``) with one random reference
    for all of them, also printed in their header; a name that is taken draws a new one.
    ``actor``: who shares (default: the OS account name). ``created_at``: the moment of the
    disclosure as an aware datetime (the wizard passes its injectable clock's wall time), stored
    in UTC to the second; default: the system clock now. Returns the stored record; its
    ``file_names`` and ``file_hashes`` follow ``formats``. The record's ``person_ids`` are all
    subjects of the request (the selected persons and every person an item is about), so the
    register lists the disclosure for each of them (AVG art. 15).

    Raises WrongPassphrase (vault), SummaryRefused (blocked/stale/changed), ExportError
    (Dutch: folder, disk), ValueError (formats, CSV with a password, short password, naive
    ``created_at``), DiskFull.
    On any error nothing is recorded and no file is left, except as described in the module
    docstring for a crash after the commit.
    """
    if nb.conn.in_transaction:
        raise RuntimeError("export_disclosure must run outside an open transaction: its "
                           "commit has to come before the files are renamed")
    stamp = _timestamp(created_at)
    _confirm_passphrase(nb, passphrase)
    writers = _writers(formats, pdf_password)
    directory = Path(folder)
    if not directory.is_dir():
        raise ExportError(f"De map {directory} bestaat niet.")
    temps: list[tuple[Path, Path]] = []
    try:
        with nb.transaction():
            fresh = _fresh_summary(nb, selection, grounds, request, assessment, profile,
                                   summary, identify_by_name)
            record = _write_and_record(nb, fresh, writers, directory, temps, _values(
                request, assessment, profile, selection, actor, stamp))
    except BaseException:
        for tmp, _ in temps:
            discard_temp(tmp)
        raise
    for tmp, target in temps:
        commit_temp(tmp, target)
    return record


def _fresh_summary(nb: Any, selection: Selection, grounds: Grounds, request: ShareRequest,
                   assessment: Assessment, profile: CovenantProfile, previewed: Summary | None,
                   identify_by_name: bool) -> Summary:
    """The summary as the notebook holds it now; SummaryRefused when the request, the
    assessment or the previewed summary no longer match it (check-to-export race)."""
    if build_request(nb, selection, grounds, request.today, request.own_party) != request:
        raise SummaryRefused("De gegevens in het notitieboek zijn gewijzigd sinds de toets "
                             "(bijvoorbeeld een toestemming, categorie of koppeling); doe de "
                             "toets opnieuw.")
    fresh = build_summary(nb, request, assessment, profile, selection,
                          identify_by_name=identify_by_name, shared_text=grounds.shared_text)
    if previewed is not None and not fresh.same_content(previewed):
        raise SummaryRefused("De gegevens zijn gewijzigd sinds de voorvertoning; bekijk de "
                             "samenvatting opnieuw.")
    return fresh


def _write_and_record(nb: Any, summary: Summary, writers: list[tuple[str, Any]],
                      directory: Path, temps: list[tuple[Path, Path]],
                      values: dict[str, Any]) -> DisclosureRecord:
    """Inside the write transaction: draw a reference whose file names are free, write each
    temporary file (added to ``temps`` for the caller's clean-up), then insert the record with
    names, hashes and the summary as it left."""
    register = DisclosureRegister(nb)
    for _ in range(_NAME_ATTEMPTS):
        reference = new_reference()
        targets = [directory / default_file_name(reference, fmt) for fmt, _ in writers]
        if not any(t.exists() for t in targets):
            break
    else:  # 5 random draws all taken: not chance, the folder is odd
        raise ExportError("Er kon geen vrije bestandsnaam worden gekozen in deze map; kies "
                          "een andere map.")
    final = summary.with_disclosure_id(reference)
    names, hashes = [], []
    for (_fmt, writer), target in zip(writers, targets, strict=True):
        tmp, digest = write_temp(target, lambda fh, w=writer: w(final, fh))
        temps.append((tmp, target))
        names.append(target.name)
        hashes.append(digest)
    return register.append({**values, "file_names": names, "file_hashes": hashes,
                            "summary": summary_to_dict(final)})


def _timestamp(moment: datetime | None) -> str:
    """``moment`` (aware; None = now) as ISO 8601 UTC to the second. ValueError if naive."""
    if moment is None:
        moment = datetime.now(UTC)
    elif moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("created_at must be an aware datetime")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _values(request: ShareRequest, assessment: Assessment, profile: CovenantProfile,
            selection: Selection, actor: str | None, created_at: str) -> dict[str, Any]:
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
