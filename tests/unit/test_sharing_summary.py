"""build_summary: the minimal summary of docs/legal-rules.md section 6 from a real notebook."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from jongerenwerk_desk.covenant import Assessment, assess
from jongerenwerk_desk.sharing import (
    IMPRESSION_LABEL,
    Selection,
    SummaryRefused,
    build_request,
    build_summary,
)
from jongerenwerk_desk.sharing.redact import redact, scrub_contact_details
from tests.sharing_world import (
    OWN_PARTY,
    TODAY,
    allowed_selection,
    demo_profile,
    make_notebook,
    populate,
)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """Read-only for every test in this module, so one notebook serves them all."""
    nb = make_notebook(tmp_path_factory.mktemp("summary"))
    yield populate(nb)
    nb.close()


def _summary(world, selection, grounds, **kw):
    profile = demo_profile()
    request = build_request(world.nb, selection, grounds, TODAY, OWN_PARTY)
    assessment = assess(profile, request, TODAY)
    return build_summary(world.nb, request, assessment, profile, selection, **kw)


def _all_text(summary) -> str:
    entries = list(summary.group_entries) + [e for p in summary.persons for e in p.entries]
    parts = [summary.group.name, *summary.group.locations, *summary.group.platforms]
    parts += [p.label for p in summary.persons] + [p.role or "" for p in summary.persons]
    parts += [e.text or "" for e in entries]
    return "\n".join(parts)


def test_group_first_then_persons_as_initials_and_birth_year(world) -> None:
    summary = _summary(world, *allowed_selection(world))
    assert summary.group.name == "Pleingasten" and summary.group.stage == "2B"
    assert summary.group.locations == ("Pleintje",) and summary.group.platforms == ("Snapchat",)
    assert [p.label for p in summary.persons] == ["J.d.V. (2009)", "F.E.A. (2011)"]
    assert [p.role for p in summary.persons] == ["kern", "meeloper"]
    # group entries ordered by the profile's category order: behaviour before online
    assert [e.category for e in summary.group_entries][-1] == "online"
    assert summary.group.period_from.isoformat() == "2026-11-03"
    assert summary.group.period_until.isoformat() == "2026-11-09"
    header = summary.header
    assert header.covenant_title.startswith("Convenant jeugdgroepenaanpak")
    assert header.recipients[0].startswith("Burgemeester") and header.day == TODAY
    assert header.disclosure_id is None and header.confidential_label == "Vertrouwelijk"


def test_impressions_labelled_and_unreviewed_text_left_out(world) -> None:
    summary = _summary(world, *allowed_selection(world))
    by_id = {e.item_id: e for e in summary.group_entries}
    online = by_id[f"S{world.signals['online']}"]
    assert online.label == IMPRESSION_LABEL and "Snapchat" in online.text
    unreviewed = by_id[f"S{world.signals['unreviewed']}"]
    assert unreviewed.text is None and unreviewed.day.isoformat() == "2026-11-06"
    assert by_id[f"S{world.signals['informant']}"].text is None


def test_names_contacts_and_informant_never_in_the_summary(world) -> None:
    text = _all_text(_summary(world, *allowed_selection(world)))
    for forbidden in ("Jan", "Vries", "Jantje", "Fatima", "Kees", "Bakker", "06-98765432",
                      "Dorpsstraat", "1234 AB", "Hendriks", "ONGEREVIEWD", "Snoepwinkel"):
        assert forbidden not in text
    assert "J.d.V. (2009) komt elke week" in text
    assert "[naam verwijderd] was er ook" in text  # Kees is a member but not selected


def test_full_name_only_when_the_purpose_needs_it(world) -> None:
    summary = _summary(world, *allowed_selection(world), identify_by_name=True)
    assert summary.persons[0].label == "Jan de Vries (2009)"


def test_without_identity_item_a_person_is_a_pseudonym(world) -> None:
    selection, grounds = allowed_selection(world)
    selection = replace(selection, include_identity=False, person_ids=(world.jan,))
    summary = _summary(world, selection, grounds)
    assert summary.persons[0].label == "Jongere 1"
    assert "Jongere 1 komt elke week" in _all_text(summary)


def test_group_stage_shares_no_persons(tmp_path) -> None:
    nb = make_notebook(tmp_path)
    world = populate(nb)
    s = world.signals
    # the stage is the group's recorded one (decided in the overleg), never the wizard's
    nb.groups.set_stage(world.group, "2A", decided_on=date(2026, 11, 20),
                        source="Jeugdgroepenoverleg 20-11-2026")
    selection = Selection(group_id=world.group, signal_ids=(s["behaviour"], s["online"]),
                          purpose="signalen-delen", stage="2A", recipients=("burgemeester",))
    _sel, grounds = allowed_selection(world)
    summary = _summary(world, selection, grounds)
    assert summary.persons == () and len(summary.group_entries) == 2
    assert "Kees" not in _all_text(summary)
    nb.close()


def test_blocked_assessment_is_refused(world) -> None:
    selection, grounds = allowed_selection(world)
    selection = replace(selection, signal_ids=(*selection.signal_ids,
                                               world.signals["kees_health"],
                                               world.signals["jan_confidence"]))
    profile = demo_profile()
    request = build_request(world.nb, selection, grounds, TODAY, OWN_PARTY)
    assessment = assess(profile, request, TODAY)
    assert assessment.blocked
    with pytest.raises(SummaryRefused, match="blokkeert"):
        build_summary(world.nb, request, assessment, profile, selection)


def test_stale_or_mismatched_assessment_is_refused(world) -> None:
    selection, grounds = allowed_selection(world)
    profile = demo_profile()
    request = build_request(world.nb, selection, grounds, TODAY, OWN_PARTY)
    stale = Assessment(outcome="allowed", findings=())
    with pytest.raises(SummaryRefused, match="verouderd"):
        build_summary(world.nb, request, stale, profile, selection)
    assessment = assess(profile, request, TODAY)
    with pytest.raises(SummaryRefused, match="hoort niet bij"):
        build_summary(world.nb, request, assessment, profile,
                      replace(selection, recipients=("politie",)))


def test_forged_assessment_without_the_blocks_is_refused(world) -> None:
    """The summary re-runs the check: a special item cannot pass on a doctored assessment."""
    selection, grounds = allowed_selection(world)
    profile = demo_profile()
    request = build_request(world.nb, selection, grounds, TODAY, OWN_PARTY)
    item = next(i for i in request.items if i.id == f"S{world.signals['behaviour']}")
    forged = replace(request, items=tuple(
        replace(i, category="gezondheid") if i is item else i for i in request.items))
    # forge a purpose that allows health data but lie about the assessment findings
    purposes = tuple(replace(p, categories=(*p.categories, "gezondheid"))
                     if p.id == "namenlijst" else p for p in profile.purposes)
    loose = replace(profile, purposes=purposes)
    assessment = assess(loose, forged, TODAY)
    assert assessment.blocked  # the real check blocks it: no explicit consent
    no_blocks = Assessment.from_findings([f for f in assessment.findings
                                          if f.severity != "block"])
    with pytest.raises(SummaryRefused):
        build_summary(world.nb, forged, no_blocks, loose, selection)


@pytest.mark.parametrize("raw, gone", [
    ("bel 06-12345678 vanavond", "12345678"), ("bel +31 6 1234 5678", "1234"),
    ("mail naar a.b@voorbeeld.nl", "voorbeeld"), ("woont Kerkstraat 5b", "Kerkstraat"),
    ("postcode 3511 AB", "3511"), ("BSN 123456782", "123456782")])
def test_contact_details_are_scrubbed(raw: str, gone: str) -> None:
    assert gone not in scrub_contact_details(raw)


def test_dates_and_times_survive_scrubbing() -> None:
    text = "Op 01-11-2026 om 21:30 waren er 12 jongeren; 2026 was druk."
    assert scrub_contact_details(text) == text
    assert redact("Piet zag Pietje", {"Pietje": "P.", "Piet": "X"}) == "X zag P."


def test_names_of_linked_non_members_are_redacted(tmp_path) -> None:
    from jongerenwerk_desk.notebook.models import Signal, YoungPerson

    nb = make_notebook(tmp_path)
    try:
        own = populate(nb)
        sister = nb.people.add(YoungPerson(name="Sanne Zuiderwijk"))
        sid = nb.signals.add(Signal(category="groepsgedrag", verified=True,
                                    occurred_at=nb.signals.get(own.signals["behaviour"])
                                    .occurred_at, group_ids=[own.group],
                                    person_ids=[sister, own.jan],
                                    text="Sanne haalde Jan op bij de groep."))
        selection, grounds = allowed_selection(own)
        selection = replace(selection, signal_ids=(sid,))
        grounds = replace(grounds, reviewed_free_text={f"S{sid}"}, necessity={
            **grounds.necessity, f"S{sid}": "Laat zien met wie hij omgaat buiten de groep."})
        summary = _summary(own, selection, grounds)
        # the signal is also about the sister: she is a subject of her own item, shown under
        # a pseudonym (she was not selected), and her name never leaves
        assert [p.label for p in summary.persons] == ["J.d.V. (2009)", "F.E.A. (2011)",
                                                      "Jongere 3"]
        texts = [e.text for p in summary.persons for e in p.entries]
        assert texts == ["Jongere 3 haalde J.d.V. (2009) op bij de groep."] * 2
        assert "Sanne" not in _all_text(summary) and "Zuiderwijk" not in _all_text(summary)
    finally:
        nb.close()
