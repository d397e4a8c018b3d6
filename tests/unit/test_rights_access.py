"""Access report (AVG art. 15) for a demo young person, read back from a real PDF."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from jongerenwerk_desk.rights.access import (
    AmbiguousPerson,
    PersonNotFound,
    build_access_report,
    confidential_signal_ids,
    find_person,
    record_confidential_decisions,
    write_access_report_pdf,
)
from tests.unit.rights_world import FORBIDDEN, SAM_TEXTS, TODAY, RightsWorld, make_world


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> RightsWorld:
    w = make_world(tmp_path_factory.mktemp("rights"))
    yield w
    w.nb.close()


def _pdf_text(path) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", text)


def test_report_holds_signals_and_every_disclosure_and_no_other_people(world, tmp_path):
    secret_text = "thuis onrustig"
    report = build_access_report(world.nb, world.sam, TODAY,
                                 include_confidential={world.secret_signal})
    out = tmp_path / "inzage.pdf"
    write_access_report_pdf(report, out)
    text = _pdf_text(out)
    for marker in SAM_TEXTS:
        assert marker in text
    assert secret_text in text  # released by the worker
    for record in world.disclosures:
        assert f"Verstrekking {record.id}: stap 2B" in text
        assert f"Op {record.created_at.strftime('%d-%m-%Y')} aan" in text
    assert "Politie, basisteam Voorbeeldstad" in text
    assert "Autoriteit Persoonsgegevens" in text
    for marker in FORBIDDEN:
        assert marker not in text, marker
    assert "06-12345678" not in text
    assert "Sam Voorbeeld" in text and "[naam verwijderd]" in text
    # Sam is 15 in the demo: the report is addressed to the parents too
    assert report.to_representative and "ouders of voogd" in text


def test_confidential_signals_are_withheld_unless_released(world):
    report = build_access_report(world.nb, world.sam, TODAY)
    assert report.withheld_confidential == len(confidential_signal_ids(world.nb, world.sam)) == 2
    assert all(not s.confidential for s in report.signals)
    assert "thuis" not in report.document().plain_text()


def test_confidential_decisions_are_audited_without_content(world):
    before = world.nb.audit.count()
    low, high = sorted(confidential_signal_ids(world.nb, world.sam))
    record_confidential_decisions(world.nb, world.sam, {high: False, low: True})
    events = world.nb.audit.page(before, 10, sort_key="id")
    assert [(e.action, e.entity_id) for e in events] == [
        ("access_report_include", low), ("access_report_withhold", high)]
    assert all(e.detail == f"person={world.sam}" for e in events)
    with pytest.raises(KeyError):
        record_confidential_decisions(world.nb, world.sam, {world.shared_signal: True})


def test_adult_report_is_addressed_to_the_person_only(world):
    ilias = world.ids.people["ilias"]  # 18 in the demo
    report = build_access_report(world.nb, ilias, TODAY)
    assert not report.to_representative
    assert "ouders" not in report.document().intro[0]


def test_find_person_by_id_and_exact_name(world):
    assert find_person(world.nb, str(world.sam)) == world.sam
    assert find_person(world.nb, "  sam   voorbeeld ") == world.sam
    with pytest.raises(PersonNotFound):
        find_person(world.nb, "Sam")
    with pytest.raises(PersonNotFound):
        find_person(world.nb, "99999")


def test_find_person_ambiguous_name(tmp_path):
    from jongerenwerk_desk.notebook import Notebook
    from jongerenwerk_desk.notebook.models import YoungPerson
    from jongerenwerk_desk.vault import KdfParams

    nb, _ = Notebook.create(tmp_path / "x.jwdb", "een lange zin 12345",
                            kdf_params=KdfParams.minimum())
    with nb:
        a = nb.people.add(YoungPerson(name="Jan Jansen"))
        b = nb.people.add(YoungPerson(name="Jan Jansen"))
        with pytest.raises(AmbiguousPerson) as info:
            find_person(nb, "Jan Jansen")
        assert info.value.ids == [a, b]
        assert "Jan" not in str(info.value)
