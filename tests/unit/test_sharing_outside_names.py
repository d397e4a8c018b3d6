"""Names of young people outside the group never leave: in reviewed text, the group's name,
its locations or a member's role (found by the security review)."""

from __future__ import annotations

import dataclasses

from jongerenwerk_desk.covenant import assess
from jongerenwerk_desk.notebook.models import Signal, YoungPerson
from jongerenwerk_desk.sharing import build_request, build_summary, write_csv
from tests.sharing_world import (
    OWN_PARTY,
    TODAY,
    allowed_selection,
    at,
    demo_profile,
    make_notebook,
    populate,
)


def test_outsider_names_are_blanked_everywhere(tmp_path) -> None:
    nb = make_notebook(tmp_path)
    try:
        w = populate(nb)
        nb.people.add(YoungPerson(name="Mehmet Yılmaz", nickname="Memo"))
        group = nb.groups.get(w.group)
        nb.groups.update(dataclasses.replace(group, name="Groep van Mehmet Yılmaz",
                                             locations=["bij Mehmet thuis"]))
        membership = nb.memberships.for_person(w.jan)[0]
        nb.memberships.update(dataclasses.replace(membership, role="kern, broer van Memo"))
        sid = nb.signals.add(Signal(occurred_at=at(12), category="groepsgedrag",
                                    source="own_observation", verified=True,
                                    text="mehmet yilmaz en Mehmets neef waren er",
                                    group_ids=[w.group]))
        selection, grounds = allowed_selection(w)
        selection = dataclasses.replace(selection, signal_ids=selection.signal_ids + (sid,))
        grounds.reviewed_free_text.add(f"S{sid}")
        profile = demo_profile()
        request = build_request(nb, selection, grounds, TODAY, OWN_PARTY)
        assessment = assess(profile, request, TODAY)
        summary = build_summary(nb, request, assessment, profile, selection)
        out = tmp_path / "s.csv"
        write_csv(summary, out)
        text = out.read_text("utf-8-sig").casefold()
        for name in ("mehmet", "yılmaz", "yilmaz", "memo"):
            assert name not in text, name
        assert "[naam verwijderd]" in text
    finally:
        nb.close()
