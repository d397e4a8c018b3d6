"""Minimal summary builder, exporters (PDF, CSV) and the disclosure register.

Public API (docs/public-api.md)::

    Selection, Grounds                                   # what the worker picked, and why
    build_request(nb, selection, grounds, today, own_party) -> ShareRequest
    build_summary(nb, request, assessment, profile, selection) -> Summary
    write_pdf(summary, path, password=None) -> sha256    # tmp + fsync + rename
    write_csv(summary, path) -> sha256                   # Excel-NL CSV, tmp + rename
    DisclosureRegister(nb).list(...), .verify() -> list[str]    # = nb.disclosures
    prepare_disclosure(nb, selection, grounds, profile, today, own_party) -> PreparedDisclosure
    export_disclosure(nb, passphrase, prepared, ExportOptions(folder, ...)) -> DisclosureRecord
                                                     # files + record, both or neither
    active_profile(nb) -> CovenantProfile            # the notebook's covenant profile
"""

from jongerenwerk_desk.sharing.atomic import ExportError
from jongerenwerk_desk.sharing.csv_export import neutralise_cell, write_csv
from jongerenwerk_desk.sharing.export import (
    ExportOptions,
    export_disclosure,
    export_op,
    legal_basis,
)
from jongerenwerk_desk.sharing.model import (
    FACT_LABEL,
    IMPRESSION_LABEL,
    Grounds,
    GroupSection,
    PersonSection,
    Selection,
    Summary,
    SummaryEntry,
    SummaryHeader,
    default_file_name,
)
from jongerenwerk_desk.sharing.pdf import write_pdf
from jongerenwerk_desk.sharing.prepared import (
    PreparedDisclosure,
    check_unchanged,
    prepare_disclosure,
)
from jongerenwerk_desk.sharing.profile_choice import active_profile
from jongerenwerk_desk.sharing.register import DisclosureRecord, DisclosureRegister
from jongerenwerk_desk.sharing.request_builder import (
    SelectionError,
    build_request,
    parse_item_id,
    signal_item_id,
    subject_id,
)
from jongerenwerk_desk.sharing.summary import SummaryRefused, build_summary

__all__ = [
    "FACT_LABEL", "IMPRESSION_LABEL", "DisclosureRecord", "DisclosureRegister", "ExportError",
    "ExportOptions", "Grounds", "GroupSection", "PersonSection", "PreparedDisclosure",
    "Selection", "SelectionError", "Summary", "SummaryEntry", "SummaryHeader",
    "SummaryRefused", "active_profile", "build_request", "build_summary", "check_unchanged",
    "default_file_name", "export_disclosure", "export_op", "legal_basis", "neutralise_cell",
    "prepare_disclosure",
    "parse_item_id", "signal_item_id", "subject_id", "write_csv", "write_pdf",
]
