"""For the privacy officer: processing record (art. 30), DPIA annex, breach overview and
oversight figures, on the demo notebook with two real disclosures."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from jongerenwerk_desk.covenant import builtin_profile
from jongerenwerk_desk.rights.breach import (
    breach_document,
    breach_for_export,
    breach_for_notebook,
)
from jongerenwerk_desk.rights.document import write_document_pdf
from jongerenwerk_desk.rights.officer import (
    dpia_annex,
    oversight_figures,
    processing_record,
    profile_differences,
)
from tests.unit.rights_world import TODAY, RightsWorld, make_world


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> RightsWorld:
    w = make_world(tmp_path_factory.mktemp("officer"))
    yield w
    w.nb.close()


def test_processing_record_pdf_lists_purposes_recipients_retention(tmp_path):
    profile = builtin_profile("demo")
    out = tmp_path / "art30.pdf"
    write_document_pdf(processing_record(profile, "jongerenwerk"), out)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(out).pages))
    assert "Stichting Jongerenwerk Voorbeeldstad" in text
    for purpose in profile.purposes:
        assert purpose.title in text
    assert "Politie, basisteam Voorbeeldstad" in text
    assert "24 maanden" in text and "SQLCipher" in text


def test_dpia_annex_names_local_differences_from_the_model():
    local, model = builtin_profile("demo"), builtin_profile("model")
    differences = profile_differences(local, model)
    assert any("Woonstichting" in line for line in differences)
    assert profile_differences(model, model) == []
    text = dpia_annex(local, model).plain_text()
    assert "Verschillen met het modelconvenant" in text and "NIET ondertekend" in text


def test_lost_export_by_hash_and_by_name(world):
    first = world.disclosures[0]
    path = world.folder / first.file_name
    by_hash = breach_for_export(world.nb, path, TODAY)
    assert by_hash.matched_by == "sha256" and by_hash.disclosure_ids == (first.id,)
    assert by_hash.person_ids == (world.sam,)
    assert "Politie, basisteam Voorbeeldstad" in by_hash.recipients
    assert by_hash.minors == 1  # Sam is 15
    by_digest = breach_for_export(world.nb, first.file_sha256, TODAY)
    assert by_digest.disclosure_ids == (first.id,)
    by_name = breach_for_export(world.nb, world.folder / "elders" / first.file_name, TODAY)
    assert by_name.matched_by == "bestandsnaam" and by_name.disclosure_ids == (first.id,)
    unknown = breach_for_export(world.nb, "onbekend.pdf", TODAY)
    assert unknown.disclosure_ids == () and unknown.person_ids == ()


def test_lost_laptop_covers_everyone_and_document_names_them(world):
    overview = breach_for_notebook(world.nb, TODAY)
    assert len(overview.person_ids) == world.nb.people.count()
    assert overview.disclosure_ids == tuple(d.id for d in world.disclosures)
    text = breach_document(overview, TODAY).plain_text()
    assert "Sam Voorbeeld" in text and "72 uur" in text


def test_oversight_counts_blocked_attempts_and_exceptions(world):
    with world.nb.transaction():
        world.nb.audit.record("share_blocked", "group", 1, "codes=CONSENT_INVALID,MINOR")
        world.nb.audit.record("share_blocked", "group", 1, "codes=CONSENT_INVALID")
    figures = oversight_figures(world.nb)
    assert figures.disclosures == 2
    assert figures.blocked_per_code == {"CONSENT_INVALID": 2, "MINOR": 1}
    assert figures.conflict_of_duties == figures.vital_interest == 0
