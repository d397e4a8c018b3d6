"""Informing letters (AVG art. 13/14): a real PDF, read back, and an informing record."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from jongerenwerk_desk.notebook.demo import build_demo
from jongerenwerk_desk.notebook.models import LegalRepresentative
from jongerenwerk_desk.notebook.ops import save_representative
from jongerenwerk_desk.rights.letters import FOR_PARENTS, FOR_YOUTH, write_informing_letter
from tests.notebooks import new_notebook
from tests.unit.rights_world import TODAY


@pytest.fixture
def demo(tmp_path):
    nb, _ = new_notebook(tmp_path / "d.jwdb", "lange zin voor de brief 7")
    ids = build_demo(nb, TODAY)
    yield nb, ids
    nb.close()


def test_letters_are_written_and_recorded_as_informing(demo, tmp_path):
    nb, ids = demo
    bo = ids.people["bo"]  # 11, not yet informed in the demo
    assert nb.informing.for_person(bo) == []
    save_representative(nb, LegalRepresentative(person_id=bo, name="Els Nepstra",
                                                relation="moeder"))
    youth_pdf, parents_pdf = tmp_path / "jongere.pdf", tmp_path / "ouders.pdf"
    first = write_informing_letter(nb, bo, FOR_YOUTH, youth_pdf, TODAY)
    second = write_informing_letter(nb, bo, FOR_PARENTS, parents_pdf, TODAY)
    youth_text = " ".join(" ".join(p.extract_text() for p in PdfReader(youth_pdf).pages).split())
    parents_text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(parents_pdf).pages).split())
    assert "Beste Bo Nepstra" in youth_text and "Politie, basisteam Voorbeeldstad" in youth_text
    assert "Aan Els Nepstra, ouder of voogd van Bo Nepstra" in parents_text
    assert "Wilt u" in parents_text
    records = nb.informing.for_person(bo)
    assert [(r.id, r.who, r.how, r.informed_on) for r in records] == [
        (first, "youth", "informatiebrief", TODAY), (second, "parents", "informatiebrief", TODAY)]
    assert "Namenlijst" in records[0].note
    events = [e for e in nb.audit.page(0, 1000, sort_key="id") if e.action == "inform_letter"]
    assert [e.entity_id for e in events] == [first, second]
    assert all("Bo" not in e.detail for e in events)


def test_no_record_when_the_pdf_cannot_be_written(demo, tmp_path):
    from jongerenwerk_desk.sharing.atomic import ExportError

    nb, ids = demo
    with pytest.raises(ExportError):
        write_informing_letter(nb, ids.people["bo"], FOR_YOUTH, tmp_path / "geen" / "b.pdf",
                               TODAY)
    assert nb.informing.for_person(ids.people["bo"]) == []
    with pytest.raises(ValueError):
        write_informing_letter(nb, ids.people["bo"], "buren", tmp_path / "c.pdf", TODAY)
