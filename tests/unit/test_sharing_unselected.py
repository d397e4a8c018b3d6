"""Regression: a chosen signal about a young person the worker did NOT select.

Before the fix such a signal became a group-level item (``subject=None``): an ordinary
person-level item about a 14-year-old without consent or informing came out "allowed", with no
MINOR finding and no consent or informing check (docs/legal-rules.md sections 3 and 4). Now every
young person a shared item is about is that item's subject and appears in ``subjects``; the
summary still never names them.
"""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from jongerenwerk_desk.covenant import assess
from jongerenwerk_desk.notebook.models import Consent, Membership, Signal, YoungPerson
from jongerenwerk_desk.sharing import (
    DisclosureRegister,
    ExportOptions,
    Grounds,
    Selection,
    SummaryRefused,
    build_request,
    build_summary,
    export_disclosure,
    prepare_disclosure,
    write_csv,
    write_pdf,
)
from tests.sharing_world import (
    OWN_PARTY,
    PASSPHRASE,
    TODAY,
    World,
    at,
    demo_profile,
)

LOTTE_NAMES = ("Lotte", "Verhoeven", "Lot")
NECESSITY = "Laat zien welk contact het jongerenwerk al heeft."


def _add_lotte(w: World, *, category: str = "contact-jongerenwerk",
               confidential: bool = False) -> tuple[int, int]:
    """A 14-year-old group member (born 2012-03-10) without consent or informing, and one
    signal linked to her and the group. Returns (person id, signal id)."""
    nb = w.nb
    lotte = nb.people.add(YoungPerson(name="Lotte Verhoeven", nickname="Lot",
                                      birth_date=date(2012, 3, 10)))
    nb.memberships.add(Membership(person_id=lotte, group_id=w.group, role="meeloper",
                                  since=date(2025, 6, 1)))
    sid = nb.signals.add(Signal(
        occurred_at=at(12), category=category, source="own_observation", verified=True,
        confidential=confidential, group_ids=[w.group], person_ids=[lotte],
        text="Lotte Verhoeven kwam langs bij de inloop; Lot vroeg naar bijles. Kees Bakker "
             "wachtte buiten."))
    return lotte, sid


def _stage3(w: World, sid: int) -> tuple[Selection, Grounds]:
    """Stage 3 (groepsduiding): Jan selected and identified; Lotte NOT selected. The group is
    moved to step 3 first: the request takes the stage from the group's record."""
    if w.nb.groups.get(w.group).stage != "3":
        w.nb.groups.set_stage(w.group, "3", decided_on=date(2026, 11, 10),
                              source="Jeugdgroepenoverleg 10-11-2026")
    selection = Selection(group_id=w.group, person_ids=(w.jan,),
                          signal_ids=(w.signals["behaviour"], sid), include_identity=True,
                          purpose="groepsduiding", stage="3",
                          recipients=("burgemeester", "politie"))
    grounds = Grounds(
        subsidiarity="Op groepsniveau is niet vast te stellen wie hulp nodig heeft.",
        necessity={f"S{sid}": NECESSITY,
                   f"P{w.jan}-identiteit": "Nodig om de kern van de groep te duiden."},
        reviewed_free_text={f"S{sid}", f"S{w.signals['behaviour']}"})
    return selection, grounds


def _codes(assessment) -> set[tuple[str, str | None, str | None]]:
    return {(f.code, f.subject, f.item) for f in assessment.findings}


def test_unselected_minor_is_a_subject_with_minor_and_informing_findings(world) -> None:
    lotte, sid = _add_lotte(world)
    selection, grounds = _stage3(world, sid)
    request = build_request(world.nb, selection, grounds, TODAY, OWN_PARTY)
    item = next(i for i in request.items if i.id == f"S{sid}")
    subject = f"P{lotte}"
    assert item.subject == subject and item.necessity == NECESSITY
    assert [s.id for s in request.subjects] == [f"P{world.jan}", subject]
    lotte_subject = request.subject(subject)
    assert lotte_subject.birth_date == date(2012, 3, 10)
    assert not lotte_subject.informed and not lotte_subject.parents_informed
    assert lotte_subject.consents == () and lotte_subject.inform_exception is None
    assessment = assess(demo_profile(), request, TODAY)
    found = _codes(assessment)
    assert ("MINOR", subject, None) in found
    assert ("SUBJECT_NOT_INFORMED", subject, None) in found
    assert assessment.outcome == "allowed_with_warnings"  # was "allowed" before the fix


def test_unselected_minor_confidence_needs_her_valid_consent(world) -> None:
    """A 14-year-old's own consent alone does not count (12-15: young person AND parents)."""
    lotte, sid = _add_lotte(world, confidential=True)
    world.nb.consents.add(Consent(person_id=lotte, given_by="youth", purpose="groepsduiding",
                                  recipients=["burgemeester", "politie"],
                                  given_on=date(2026, 11, 20)))
    selection, grounds = _stage3(world, sid)
    request = build_request(world.nb, selection, grounds, TODAY, OWN_PARTY)
    assert len(request.subject(f"P{lotte}").consents) == 1
    assessment = assess(demo_profile(), request, TODAY)
    found = _codes(assessment)
    assert ("CONFIDENCE_WITHOUT_GROUND", f"P{lotte}", f"S{sid}") in found
    assert ("CONSENT_INVALID", f"P{lotte}", f"S{sid}") in found
    assert ("MINOR", f"P{lotte}", None) in found
    assert assessment.blocked


@pytest.mark.parametrize("category", ["contact-jongerenwerk", "groepsgedrag"])
@pytest.mark.parametrize("stage", ["1", "2A"])
def test_signal_linked_to_a_person_blocks_at_group_stages(world, stage, category) -> None:
    """Steps 1/2A: no name list, so a signal about a young person cannot leave at all, even
    with a group-level category and nobody selected."""
    lotte, sid = _add_lotte(world, category=category)
    selection = Selection(group_id=world.group, signal_ids=(world.signals["behaviour"], sid),
                          purpose="signalen-delen", stage=stage, recipients=("burgemeester",))
    grounds = Grounds(reviewed_free_text={f"S{sid}"})
    profile = demo_profile()
    request = build_request(world.nb, selection, grounds, TODAY, OWN_PARTY)
    assessment = assess(profile, request, TODAY)
    blocks = {(f.code, f.item) for f in assessment.findings if f.severity == "block"}
    assert ("PERSONAL_DATA_AT_GROUP_STAGE", f"S{sid}") in blocks
    assert ("PERSONAL_DATA_AT_GROUP_STAGE", f"S{world.signals['behaviour']}") not in blocks
    assert ("MINOR", f"P{lotte}", None) in _codes(assessment)
    with pytest.raises(SummaryRefused):
        build_summary(world.nb, request, assessment, profile, selection)


def test_signal_about_selected_and_unselected_person_is_split(world) -> None:
    lotte, _sid = _add_lotte(world)
    both = world.nb.signals.add(Signal(
        occurred_at=at(13), category="contact-jongerenwerk", verified=True,
        group_ids=[world.group], person_ids=[world.jan, lotte], text="Samen naar de inloop."))
    selection, grounds = _stage3(world, both)
    request = build_request(world.nb, selection, grounds, TODAY, OWN_PARTY)
    split = {i.id: i.subject for i in request.items if i.id.startswith(f"S{both}")}
    assert split == {f"S{both}-P{world.jan}": f"P{world.jan}",
                     f"S{both}-P{lotte}": f"P{lotte}"}
    assert f"P{lotte}" in {s.id for s in request.subjects}


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_summary_pdf_and_csv_never_name_the_unselected_person(world, tmp_path) -> None:
    lotte, sid = _add_lotte(world)
    selection, grounds = _stage3(world, sid)
    profile = demo_profile()
    request = build_request(world.nb, selection, grounds, TODAY, OWN_PARTY)
    assessment = assess(profile, request, TODAY)
    summary = build_summary(world.nb, request, assessment, profile, selection)
    labels = {p.subject_id: p.label for p in summary.persons}
    assert labels == {f"P{world.jan}": "J.d.V. (2009)", f"P{lotte}": "Jongere 2"}
    lotte_entries = next(p for p in summary.persons if p.subject_id == f"P{lotte}").entries
    assert [e.text for e in lotte_entries] == [
        "Jongere 2 kwam langs bij de inloop; Jongere 2 vroeg naar bijles. [naam verwijderd] "
        "wachtte buiten."]
    assert f"S{sid}" not in {e.item_id for e in summary.group_entries}
    final = summary.with_disclosure_id("3")
    pdf, table = tmp_path / "s.pdf", tmp_path / "s.csv"
    write_pdf(final, pdf)
    write_csv(final, table)
    with table.open(encoding="utf-8-sig", newline="") as fh:
        csv_text = "\n".join(";".join(row) for row in csv.reader(fh, delimiter=";"))
    for text in (_pdf_text(pdf), csv_text):
        assert "Jongere 2" in " ".join(text.split())
        for name in (*LOTTE_NAMES, "Kees", "Bakker", "2012"):
            assert name not in text, name


def test_export_records_the_unselected_subject_and_the_callers_time(world, tmp_path) -> None:
    lotte, sid = _add_lotte(world)
    selection, grounds = _stage3(world, sid)
    profile = demo_profile()
    prepared = prepare_disclosure(world.nb, selection, grounds, profile, TODAY, OWN_PARTY)
    folder = tmp_path / "uit"
    folder.mkdir()
    moment = datetime(2026, 11, 29, 9, 15, 42, 123456, tzinfo=ZoneInfo("Europe/Amsterdam"))
    record = export_disclosure(world.nb, PASSPHRASE, prepared, ExportOptions(
        folder=folder, actor="jw-tester", created_at=moment))
    assert record.created_at == datetime(2026, 11, 29, 8, 15, 42, tzinfo=UTC)
    assert sorted(record.person_ids) == sorted([world.jan, lotte])
    register = DisclosureRegister(world.nb)
    assert [r.id for r in register.list(person_id=lotte)] == [record.id]
    assert register.verify() == []
    text = _pdf_text(folder / record.file_names[0])
    assert not any(name in text for name in LOTTE_NAMES)


def test_export_refuses_a_naive_time(world, tmp_path) -> None:
    lotte, sid = _add_lotte(world)
    selection, grounds = _stage3(world, sid)
    profile = demo_profile()
    prepared = prepare_disclosure(world.nb, selection, grounds, profile, TODAY, OWN_PARTY)
    with pytest.raises(ValueError, match="aware"):
        export_disclosure(world.nb, PASSPHRASE, prepared, ExportOptions(
            folder=tmp_path, created_at=datetime(2026, 11, 29, 9, 0)))
    assert DisclosureRegister(world.nb).list() == []
