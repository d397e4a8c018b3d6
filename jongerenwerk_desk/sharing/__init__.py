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

The names load on first use (PEP 562): a command that needs only the register does not pay
for the PDF and spreadsheet libraries (about 0.35 s at every CLI start).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

#: public name -> the module that defines it
_HOME: dict[str, str] = {
    "ExportError": "jongerenwerk_desk.sharing.atomic",
    "neutralise_cell": "jongerenwerk_desk.sharing.csv_export",
    "write_csv": "jongerenwerk_desk.sharing.csv_export",
    "ExportOptions": "jongerenwerk_desk.sharing.export",
    "export_disclosure": "jongerenwerk_desk.sharing.export",
    "export_op": "jongerenwerk_desk.sharing.export",
    "legal_basis": "jongerenwerk_desk.sharing.export",
    "FACT_LABEL": "jongerenwerk_desk.sharing.model",
    "IMPRESSION_LABEL": "jongerenwerk_desk.sharing.model",
    "Grounds": "jongerenwerk_desk.sharing.model",
    "GroupSection": "jongerenwerk_desk.sharing.model",
    "PersonSection": "jongerenwerk_desk.sharing.model",
    "Selection": "jongerenwerk_desk.sharing.model",
    "Summary": "jongerenwerk_desk.sharing.model",
    "SummaryEntry": "jongerenwerk_desk.sharing.model",
    "SummaryHeader": "jongerenwerk_desk.sharing.model",
    "default_file_name": "jongerenwerk_desk.sharing.model",
    "write_pdf": "jongerenwerk_desk.sharing.pdf",
    "PreparedDisclosure": "jongerenwerk_desk.sharing.prepared",
    "check_unchanged": "jongerenwerk_desk.sharing.prepared",
    "prepare_disclosure": "jongerenwerk_desk.sharing.prepared",
    "active_profile": "jongerenwerk_desk.sharing.profile_choice",
    "DisclosureRecord": "jongerenwerk_desk.sharing.register",
    "DisclosureRegister": "jongerenwerk_desk.sharing.register",
    "SelectionError": "jongerenwerk_desk.sharing.request_builder",
    "build_request": "jongerenwerk_desk.sharing.request_builder",
    "parse_item_id": "jongerenwerk_desk.sharing.request_builder",
    "signal_item_id": "jongerenwerk_desk.sharing.request_builder",
    "subject_id": "jongerenwerk_desk.sharing.request_builder",
    "SummaryRefused": "jongerenwerk_desk.sharing.summary",
    "build_summary": "jongerenwerk_desk.sharing.summary",
}

__all__ = [
    "FACT_LABEL", "IMPRESSION_LABEL", "DisclosureRecord", "DisclosureRegister", "ExportError",
    "ExportOptions", "Grounds", "GroupSection", "PersonSection", "PreparedDisclosure",
    "Selection", "SelectionError", "Summary", "SummaryEntry", "SummaryHeader",
    "SummaryRefused", "active_profile", "build_request", "build_summary", "check_unchanged",
    "default_file_name", "export_disclosure", "export_op", "legal_basis", "neutralise_cell",
    "prepare_disclosure",
    "parse_item_id", "signal_item_id", "subject_id", "write_csv", "write_pdf",
]


def __getattr__(name: str) -> Any:
    """Import the defining module of a public name on first access (PEP 562); AttributeError
    for any other name."""
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOME))
