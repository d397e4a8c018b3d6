"""Repositories on a real SQLCipher notebook: CRUD, links, paging/sorting/filtering in SQL,
append-only tables, transactions, settings and the audit log."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.notebook.models import (
    Consent,
    Group,
    InformingRecord,
    Membership,
    PartnerContact,
    Signal,
    YoungPerson,
)
from jongerenwerk_desk.vault import KdfParams
from tests.notebooks import new_notebook


@pytest.fixture
def nb(tmp_path):
    notebook, _code = new_notebook(tmp_path / "t.jwdb", "geheim wachtwoord")
    yield notebook
    notebook.close()


def _signal(**kw) -> Signal:
    base = dict(occurred_at=datetime(2026, 3, 1, 20, 0, tzinfo=UTC), category="groepsgedrag",
                text="hangen bij het winkelcentrum")
    base.update(kw)
    return Signal(**base)


def test_person_roundtrip_update_delete(nb: Notebook) -> None:
    p = YoungPerson(name="  Sem Voorbeeld ", nickname="Semmie", birth_date=date(2011, 2, 3),
                    neighbourhood="Oost", phone="0612345678", notes="sport graag")
    pid = nb.people.add(p)
    assert p.id == pid
    got = nb.people.get(pid)
    assert (got.name, got.nickname, got.birth_date, got.neighbourhood, got.phone, got.notes) == (
        "Sem Voorbeeld", "Semmie", date(2011, 2, 3), "Oost", "0612345678", "sport graag")
    got.nickname = "Sem"
    nb.people.update(got)
    assert nb.people.get(pid).nickname == "Sem"
    nb.people.delete(pid)
    with pytest.raises(KeyError):
        nb.people.get(pid)
    with pytest.raises(KeyError):
        nb.people.delete(pid)
    with pytest.raises(KeyError):
        nb.people.update(got)


def test_person_without_name_is_refused(nb: Notebook) -> None:
    with pytest.raises(ValueError):
        nb.people.add(YoungPerson(name="   "))
    assert nb.people.count() == 0


def test_group_stage_history_and_lists(nb: Notebook) -> None:
    g = Group(name="Pleingroep", kind="netwerk", locations=["plein", "station"],
              platforms=["Snapchat"], stage="1")
    gid = nb.groups.add(g)
    change = nb.groups.set_stage(gid, "2A", "overleg 4 maart")
    assert change.stage == "2A"
    g = nb.groups.get(gid)
    assert (g.stage, g.locations, g.platforms, g.kind) == ("2A", ["plein", "station"],
                                                          ["Snapchat"], "netwerk")
    g.stage = "2B"
    nb.groups.update(g)
    history = nb.groups.stage_history(gid)
    assert [h.stage for h in history] == ["1", "2A", "2B"]
    assert history[1].note == "overleg 4 maart"
    assert all(h.changed_at.tzinfo is not None for h in history)
    with pytest.raises(ValueError):
        nb.groups.set_stage(gid, "9")
    with pytest.raises(KeyError):
        nb.groups.set_stage(gid + 100, "3")


def test_memberships_for_person_and_group(nb: Notebook) -> None:
    a = nb.people.add(YoungPerson(name="A"))
    b = nb.people.add(YoungPerson(name="B"))
    g = nb.groups.add(Group(name="G"))
    nb.memberships.add(Membership(person_id=a, group_id=g, role="kern", since=date(2026, 1, 1)))
    nb.memberships.add(Membership(person_id=b, group_id=g, role="meeloper"))
    assert {m.person_id for m in nb.memberships.for_group(g)} == {a, b}
    assert [m.role for m in nb.memberships.for_person(a)] == ["kern"]
    with pytest.raises(ValueError):
        nb.memberships.add(Membership(person_id=a, group_id=g, since=date(2026, 2, 1),
                                      until=date(2026, 1, 1)))
    nb.groups.delete(g)  # memberships cascade
    assert nb.memberships.count() == 0


def test_signal_links_informant_and_lookups(nb: Notebook) -> None:
    a = nb.people.add(YoungPerson(name="A"))
    b = nb.people.add(YoungPerson(name="B"))
    g = nb.groups.add(Group(name="G"))
    s = _signal(person_ids=[a, b], group_ids=[g], informant="de buurvrouw", confidential=True,
                verified=True, source="third_party", tz_name="Europe/Amsterdam")
    sid = nb.signals.add(s)
    got = nb.signals.get(sid)
    assert (got.person_ids, got.group_ids, got.informant) == ([a, b], [g], "de buurvrouw")
    assert got.confidential and got.verified and got.source == "third_party"
    assert got.occurred_at == datetime(2026, 3, 1, 20, 0, tzinfo=UTC)
    assert got.recorded_at is not None
    # the informant is not a column of signals: a plain SELECT * cannot carry it along
    cols = [r[1] for r in nb.conn.execute("PRAGMA table_info(signals)")]
    assert "informant" not in cols
    got.person_ids = [b]
    got.informant = ""
    nb.signals.update(got)
    again = nb.signals.get(sid)
    assert again.person_ids == [b] and again.informant == ""
    assert [x.id for x in nb.signals.for_person(b)] == [sid]
    assert nb.signals.for_person(a) == []
    assert [x.id for x in nb.signals.for_group(g)] == [sid]


def test_signal_needs_text_and_category(nb: Notebook) -> None:
    with pytest.raises(ValueError):
        nb.signals.add(_signal(text=" "))
    with pytest.raises(ValueError):
        nb.signals.add(_signal(category=""))
    with pytest.raises(ValueError):
        nb.signals.add(_signal(tz_name="Mars/Olympus"))
    assert nb.signals.count() == 0


def test_consent_informing_partner_roundtrip(nb: Notebook) -> None:
    pid = nb.people.add(YoungPerson(name="A"))
    c = Consent(person_id=pid, given_by="youth+parents", purpose="namenlijst",
                recipients=["politie", "burgemeester"], given_on=date(2026, 1, 5),
                explicit_special=True, form="schriftelijk", note="getekend")
    nb.consents.add(c)
    got = nb.consents.for_person(pid)[0]
    assert (got.recipients, got.explicit_special, got.form, got.given_by) == (
        ["politie", "burgemeester"], True, "schriftelijk", "youth+parents")
    got.withdrawn_on = date(2026, 2, 1)
    nb.consents.update(got)
    assert nb.consents.get(got.id).withdrawn_on == date(2026, 2, 1)
    nb.informing.add(InformingRecord(person_id=pid, informed_on=date(2026, 1, 6), who="parents",
                                     how="brief"))
    nb.informing.add(InformingRecord(person_id=pid, who="youth", exception_reason="gevaar"))
    assert len(nb.informing.for_person(pid)) == 2
    with pytest.raises(ValueError):
        nb.informing.add(InformingRecord(person_id=pid, who="youth"))
    nb.partners.add(PartnerContact(party_id="politie", organisation="Politie", name="Wijkagent",
                                   email="w@example.org"))
    assert nb.partners.page(0, 10)[0].email == "w@example.org"


def test_paging_sorting_and_filter_in_sql(nb: Notebook) -> None:
    names = ["Daan", "anna", "Bram", "Cas", "Émile"]
    for i, n in enumerate(names):
        nb.people.add(YoungPerson(name=n, birth_date=date(2010, 1, i + 1)))
    assert [p.name for p in nb.people.page(0, 10, "name")] == ["anna", "Bram", "Cas", "Daan",
                                                                "Émile"]
    assert [p.name for p in nb.people.page(1, 2, "name", descending=True)] == ["Daan", "Cas"]
    assert [p.name for p in nb.people.page(0, 2, "birth_date")] == ["Daan", "anna"]
    assert nb.people.count("emile") == 1          # diacritics folded
    assert [p.name for p in nb.people.page(0, 10, filter_text="br")] == ["Bram"]  # prefix
    with pytest.raises(ValueError):
        nb.people.page(0, 10, "name; DROP TABLE people")
    with pytest.raises(ValueError):
        nb.people.page(-1, 10)


def test_group_filter_is_literal_like(nb: Notebook) -> None:
    nb.groups.add(Group(name="100% Oost"))
    nb.groups.add(Group(name="Oost_west"))
    nb.groups.add(Group(name="Noord"))
    assert nb.groups.count("%") == 1
    assert nb.groups.count("_") == 1
    assert nb.groups.count("oost") == 2


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=40))
def test_any_filter_text_is_safe(nb: Notebook, text: str) -> None:
    """FTS5 syntax or SQL in the search box never raises and never changes data."""
    if not nb.people.count():
        nb.people.add(YoungPerson(name="Quinn"))
    nb.people.count(text)
    nb.people.page(0, 5, "name", filter_text=text)
    nb.signals.count(text)
    nb.groups.count(text)
    nb.search(text)
    assert nb.people.count() == 1


@pytest.mark.parametrize("text", ['"', "NEAR(a b)", "name:x", "a OR", "*",
                                  "'); DROP TABLE people;--", "^a", "a AND NOT b", "(((", "\x00"])
def test_fts_syntax_in_filter(nb: Notebook, text: str) -> None:
    nb.people.add(YoungPerson(name="Quinn"))
    assert nb.people.count(text) >= 0
    assert nb.people.count() == 1


def test_transaction_rolls_back_everything(nb: Notebook) -> None:
    with pytest.raises(RuntimeError):
        with nb.transaction():
            nb.people.add(YoungPerson(name="A"))
            nb.groups.add(Group(name="G"))
            raise RuntimeError("boom")
    assert nb.people.count() == 0 and nb.groups.count() == 0
    assert nb.audit.count() == 0


def test_disclosures_and_audit_are_append_only(nb: Notebook) -> None:
    nb.people.add(YoungPerson(name="A"))  # leaves an audit event
    with nb.transaction():
        nb.conn.execute("INSERT INTO disclosures (created_at, actor) VALUES ('2026-01-01', 'x')")
    for sql in ("UPDATE disclosures SET actor = 'y'", "DELETE FROM disclosures",
                "UPDATE audit_events SET detail = 'y'", "DELETE FROM audit_events"):
        with pytest.raises(Exception, match="append-only"), nb.transaction():
            nb.conn.execute(sql)
    assert nb.conn.execute("SELECT actor FROM disclosures").fetchall()[0][0] == "x"
    cols = [r[1] for r in nb.conn.execute("PRAGMA table_info(disclosures)")]
    assert cols == ["id", "created_at", "actor", "recipients", "purpose", "stage", "legal_basis",
                    "profile_id", "profile_version", "request_json", "assessment_json",
                    "person_ids", "group_id", "file_name", "file_sha256", "prev_hash",
                    "record_hash", "personal_digest", "personal_dropped_at",
                    "summary_json", "summary_digest"]
    with pytest.raises(PermissionError):
        nb.audit.delete(1)


def test_audit_names_fields_never_values(nb: Notebook) -> None:
    p = YoungPerson(name="Xanthippe Marker")
    nb.people.add(p)
    p.phone = "0611111111"
    nb.people.update(p)
    events = nb.audit.page(0, 10, "id")
    assert [(e.action, e.entity, e.entity_id) for e in events] == [
        ("create", "person", p.id), ("update", "person", p.id)]
    assert events[1].detail == "fields=phone"
    assert all("Xanthippe" not in e.detail and "0611" not in e.detail for e in events)


def test_settings(nb: Notebook) -> None:
    assert nb.settings.get("covenant.active_profile_id") is None
    assert nb.settings.get("x", "d") == "d"
    nb.settings.set("covenant.active_profile_id", "model")
    nb.settings.set("covenant.active_profile_id", "demo")
    assert nb.settings.all() == {"covenant.active_profile_id": "demo"}
    nb.settings.delete("covenant.active_profile_id")
    assert nb.settings.all() == {}


def test_data_survives_reopen(tmp_path) -> None:
    path = tmp_path / "r.jwdb"
    nb, _ = Notebook.create(path, "wachtwoord één", kdf_params=KdfParams.minimum())
    pid = nb.people.add(YoungPerson(name="Blijft Bewaard"))
    nb.close()
    assert not nb.is_open
    nb2 = Notebook.open(path, passphrase="wachtwoord één")
    try:
        assert nb2.people.get(pid).name == "Blijft Bewaard"
        assert nb2.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    finally:
        nb2.close()


def test_signal_filter_with_sort_and_fts_count(nb: Notebook) -> None:
    for day in (3, 1, 2):
        nb.signals.add(_signal(occurred_at=datetime(2026, 3, day, tzinfo=UTC),
                               text=f"overlast dag {day}"))
    nb.signals.add(_signal(text="rustig"))
    newest = nb.signals.page(0, 2, "occurred_at", descending=True, filter_text="overlast")
    assert [s.occurred_at.day for s in newest] == [3, 2]
    oldest = nb.signals.page(0, 5, "occurred_at", filter_text="overl")
    assert [s.occurred_at.day for s in oldest] == [1, 2, 3]
    assert nb.signals.count("overlast") == 3 and nb.signals.count("") == 4
    assert [s.text for s in nb.signals.page(0, 5, "category", filter_text="rustig")] == ["rustig"]


def test_both_query_plans_give_the_same_page(nb: Notebook, monkeypatch) -> None:
    import jongerenwerk_desk.notebook.repository as repository

    for day in range(1, 21):
        nb.signals.add(_signal(occurred_at=datetime(2026, 3, day % 7 + 1, tzinfo=UTC),
                               text=f"overlast nummer {day}"))
    sorted_plan = nb.signals.page(3, 10, "occurred_at", True, "overlast")
    monkeypatch.setattr(repository, "INDEX_WALK_FROM", 0)
    walked = nb.signals.page(3, 10, "occurred_at", True, "overlast")
    assert [s.id for s in walked] == [s.id for s in sorted_plan]
    assert len(walked) == 10
