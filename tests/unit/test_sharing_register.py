"""export_disclosure and the hash-chained, append-only disclosure register."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from jongerenwerk_desk.covenant import assess
from jongerenwerk_desk.sharing import (
    DisclosureRegister,
    ExportError,
    ExportOptions,
    SummaryRefused,
    build_request,
    build_summary,
    export_disclosure,
    prepare_disclosure,
)
from jongerenwerk_desk.sharing.atomic import sha256_file
from jongerenwerk_desk.sharing.register import GENESIS_HASH
from jongerenwerk_desk.vault.errors import WrongPassphrase
from tests.sharing_world import (
    OWN_PARTY,
    PASSPHRASE,
    TODAY,
    allowed_selection,
    demo_profile,
    make_notebook,
    populate,
)


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "uit"
    folder.mkdir()
    return folder


def _export(world, folder, selection=None, grounds=None, **kw):
    if selection is None:
        selection, grounds = allowed_selection(world)
    prepared = prepare_disclosure(world.nb, selection, grounds, demo_profile(), TODAY,
                                  OWN_PARTY)
    if "summary" in kw:
        prepared = replace(prepared, summary=kw.pop("summary"))
    passphrase = kw.pop("passphrase", PASSPHRASE)
    return export_disclosure(world.nb, passphrase, prepared,
                             ExportOptions(folder=folder, actor="jw-tester", **kw))


def _raw(nb, *statements: str) -> None:
    """Bypass the append-only triggers: drop them, run ``statements``, put them back."""
    conn = nb.conn
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                            "AND tbl_name = 'disclosures'").fetchall()
    with nb.transaction():
        for name, _sql in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        for statement in statements:
            conn.execute(statement)
        for _name, sql in triggers:
            conn.execute(sql)


def test_export_writes_file_and_matching_record(world, out) -> None:
    record = _export(world, out, formats=("pdf", "csv"))
    assert record.id == 1 and record.prev_hash == GENESIS_HASH
    reference = record.file_name.removeprefix("verstrekking-").removesuffix(".pdf")
    assert re.fullmatch(r"[a-z2-9]{8}", reference)        # random: no number, no date
    assert record.file_names == (f"verstrekking-{reference}.pdf",
                                 f"verstrekking-{reference}.csv")
    for name, digest in zip(record.file_names, record.file_hashes, strict=True):
        assert sha256_file(out / name) == digest
    assert sorted(p.name for p in out.iterdir()) == sorted(record.file_names)
    text = " ".join(PdfReader(str(out / record.file_name)).pages[0].extract_text().split())
    assert f"Kenmerk: {reference}" in text and "Verstrekking: 1" not in text
    assert record.summary["header"]["disclosure_id"] == reference   # what left, stored
    assert record.summary["group"]["name"] == world.nb.groups.get(world.group).name
    assert record.actor == "jw-tester" and record.recipients == ("burgemeester", "politie")
    assert (record.purpose, record.stage, record.group_id) == ("namenlijst", "2B", world.group)
    assert record.person_ids == tuple(sorted((world.jan, world.fatima)))
    assert record.profile_id == "convenant-jeugdgroepen-voorbeeldstad"
    assert record.profile_version == "2024-03"
    assert record.assessment["outcome"] == "allowed_with_warnings"
    assert record.request["purpose"] == "namenlijst" and record.request["items"]
    assert "Convenant jeugdgroepenaanpak Voorbeeldstad" in record.legal_basis
    stored = DisclosureRegister(world.nb).get(1)
    assert stored == record
    assert DisclosureRegister(world.nb).verify() == []


def test_chain_of_records_and_filters(world, out) -> None:
    first = _export(world, out)
    selection, grounds = allowed_selection(world)
    second = _export(world, out / ".." / "uit", replace(selection, person_ids=(world.jan,),
                                                        recipients=("politie",)), grounds)
    assert second.id == 2 and second.prev_hash == first.record_hash
    register = DisclosureRegister(world.nb)
    assert register.verify() == []
    assert [r.id for r in register.list()] == [1, 2]
    assert [r.id for r in register.list(person_id=world.fatima)] == [1]
    assert [r.id for r in register.list(person_id=world.kees)] == []
    assert [r.id for r in register.list(recipient="burgemeester")] == [1]
    assert [r.id for r in register.list(recipient="politie")] == [1, 2]
    today = first.created_at.date()
    assert len(register.list(since=today, until=today)) == 2
    assert register.list(until=today - timedelta(days=1)) == []
    assert register.list(since=date(2999, 1, 1)) == []


def test_register_is_append_only(world, out) -> None:
    _export(world, out)
    with pytest.raises(Exception, match="append-only"):
        with world.nb.transaction():
            world.nb.conn.execute("UPDATE disclosures SET purpose = 'x'")
    with pytest.raises(Exception, match="append-only"):
        with world.nb.transaction():
            world.nb.conn.execute("DELETE FROM disclosures")
    assert DisclosureRegister(world.nb).verify() == []


@pytest.fixture
def three(world):
    """Three records appended directly (the register API; no files, no Argon2 per record)."""
    register = DisclosureRegister(world.nb)
    for n in range(3):
        with world.nb.transaction():
            register.append({"actor": "jw", "recipients": ["politie"], "purpose": "namenlijst",
                             "stage": "2B", "legal_basis": "convenant", "profile_id": "p",
                             "profile_version": "1", "request": {"n": n},
                             "assessment": {"outcome": "allowed"}, "person_ids": [world.jan],
                             "group_id": world.group, "file_names": [f"v{n}.pdf"],
                             "file_hashes": ["0" * 64]})
    assert register.verify() == []
    assert [r.prev_hash for r in register.list()][1:] == [
        r.record_hash for r in register.list()][:2]
    return world


def test_changed_record_is_detected(three) -> None:
    _raw(three.nb, "UPDATE disclosures SET recipients = '[\"om\"]' WHERE id = 2")
    problems = DisclosureRegister(three.nb).verify()
    assert any("verstrekking 2 is gewijzigd" in p for p in problems)


def test_changed_file_hash_is_detected(three) -> None:
    _raw(three.nb, "UPDATE disclosures SET file_sha256 = '" + "a" * 64 + "' WHERE id = 1")
    assert any("verstrekking 1 is gewijzigd" in p for p in DisclosureRegister(three.nb).verify())


def test_removed_middle_record_is_detected(three) -> None:
    _raw(three.nb, "DELETE FROM disclosures WHERE id = 2")
    problems = DisclosureRegister(three.nb).verify()
    assert any("2 t/m 2 ontbreken" in p for p in problems)
    assert any("keten is verbroken bij verstrekking 3" in p for p in problems)


def test_removed_last_record_is_detected(three) -> None:
    _raw(three.nb, "DELETE FROM disclosures WHERE id = 3")
    problems = DisclosureRegister(three.nb).verify()
    assert any("laatste verstrekking" in p for p in problems), problems


def test_rewritten_hash_breaks_the_chain(three) -> None:
    """Recomputing a changed record's own hash still breaks the link to the next record."""
    from jongerenwerk_desk.sharing.register import COLUMNS, record_hash

    row = dict(zip(COLUMNS, three.nb.conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM disclosures WHERE id = 2").fetchone(), strict=True))
    row["purpose"] = "afschalen"
    new_hash = record_hash(row)
    _raw(three.nb, f"UPDATE disclosures SET purpose = 'afschalen', record_hash = '{new_hash}' "
                   "WHERE id = 2")
    problems = DisclosureRegister(three.nb).verify()
    assert any("keten is verbroken bij verstrekking 3" in p for p in problems)


def test_dropped_trigger_is_detected(three) -> None:
    with three.nb.transaction():
        three.nb.conn.execute("DROP TRIGGER disclosures_no_delete")
    assert any("disclosures_no_delete" in p for p in DisclosureRegister(three.nb).verify())


def test_failure_before_commit_leaves_no_file_and_no_record(world, out, monkeypatch) -> None:
    original = DisclosureRegister.append

    def append_then_fail(self, values):
        original(self, values)  # the record is inserted, the file is written ...
        assert any(out.iterdir())
        raise OSError(28, "No space left on device")  # ... and then the disk fills up

    monkeypatch.setattr(DisclosureRegister, "append", append_then_fail)
    with pytest.raises(Exception):  # noqa: B017 - DiskFull or OSError, either is fine here
        _export(world, out, formats=("pdf", "csv"))
    assert list(out.iterdir()) == []
    monkeypatch.undo()
    register = DisclosureRegister(world.nb)
    assert register.list() == [] and register.verify() == []
    assert _export(world, out).id == 1  # the id was not used up


def test_failure_while_writing_leaves_nothing(world, out, monkeypatch) -> None:
    import jongerenwerk_desk.sharing.export as export_mod

    def broken(summary, fh):
        fh.write(b"half a file")
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(export_mod, "write_csv_to", broken)
    with pytest.raises(RuntimeError):
        _export(world, out, formats=("pdf", "csv"))
    assert list(out.iterdir()) == []
    assert DisclosureRegister(world.nb).list() == []


def test_wrong_passphrase_exports_nothing(world, out) -> None:
    with pytest.raises(WrongPassphrase):
        _export(world, out, passphrase="niet het wachtwoord")
    assert list(out.iterdir()) == [] and DisclosureRegister(world.nb).list() == []


def test_blocked_request_cannot_be_exported(world, out) -> None:
    selection, grounds = allowed_selection(world)
    selection = replace(selection, signal_ids=(*selection.signal_ids,
                                               world.signals["kees_health"]))
    with pytest.raises(SummaryRefused):
        _export(world, out, selection, grounds, summary=None)
    assert list(out.iterdir()) == [] and DisclosureRegister(world.nb).list() == []


def test_summary_changed_since_preview_is_refused(world, out) -> None:
    selection, grounds = allowed_selection(world)
    profile = demo_profile()
    request = build_request(world.nb, selection, grounds, TODAY, OWN_PARTY)
    preview = build_summary(world.nb, request, assess(profile, request, TODAY), profile,
                            selection)
    group = world.nb.groups.get(world.group)
    group.locations = ["Skatebaan"]
    world.nb.groups.update(group)
    with pytest.raises(SummaryRefused, match="gewijzigd"):
        _export(world, out, selection, grounds, summary=preview)
    assert list(out.iterdir()) == []


def test_existing_file_is_never_overwritten(world, out, monkeypatch) -> None:
    from jongerenwerk_desk.sharing import export

    (out / "verstrekking-aaaaaaaa.pdf").write_bytes(b"iets anders")
    draws = iter(["aaaaaaaa", "bbbbbbbb"])
    monkeypatch.setattr(export, "new_file_token", lambda: next(draws))
    record = _export(world, out)
    assert record.file_names == ("verstrekking-bbbbbbbb.pdf",)      # drew again
    assert (out / "verstrekking-aaaaaaaa.pdf").read_bytes() == b"iets anders"
    monkeypatch.setattr(export, "new_file_token", lambda: "aaaaaaaa")
    with pytest.raises(ExportError, match="geen vrije bestandsnaam"):
        _export(world, out)
    assert (out / "verstrekking-aaaaaaaa.pdf").read_bytes() == b"iets anders"
    assert len(list(out.iterdir())) == 2 and len(DisclosureRegister(world.nb).list()) == 1


def test_two_notebooks_never_share_a_file_name(world, out, tmp_path) -> None:
    (tmp_path / "tweede").mkdir()
    other = make_notebook(tmp_path / "tweede")
    try:
        second = populate(other)
        names = {*_export(world, out).file_names, *_export(second, out).file_names,
                 *_export(world, out).file_names}
    finally:
        other.close()
    assert len(names) == 3 and sorted(p.name for p in out.iterdir()) == sorted(names)


def test_protected_export_writes_no_readable_spreadsheet(world, out) -> None:
    import msoffcrypto
    from msoffcrypto.exceptions import InvalidKeyError
    from openpyxl import load_workbook

    password = "lang genoeg wachtwoord"
    with pytest.raises(ValueError, match="CSV"):
        _export(world, out, formats=("pdf", "csv"), pdf_password=password)
    assert list(out.iterdir()) == [] and DisclosureRegister(world.nb).list() == []
    record = _export(world, out, formats=("pdf", "xlsx"), pdf_password=password)
    assert [p.suffix for p in sorted(out.iterdir())] == [".pdf", ".xlsx"]
    sheet_path = out / record.file_names[1]
    raw = sheet_path.read_bytes()
    assert world.nb.groups.get(world.group).name.encode() not in raw
    with pytest.raises(Exception):                                 # noqa: B017 - any failure
        load_workbook(io.BytesIO(raw))                              # no password: unreadable
    wrong = msoffcrypto.OfficeFile(io.BytesIO(raw))
    wrong.load_key(password="niet het wachtwoord")
    with pytest.raises(InvalidKeyError):
        wrong.decrypt(io.BytesIO())
    plain = io.BytesIO()
    office = msoffcrypto.OfficeFile(io.BytesIO(raw))
    office.load_key(password=password)
    office.decrypt(plain)
    cells = [c for row in load_workbook(plain).active.iter_rows(values_only=True)
             for c in row if c]
    assert world.nb.groups.get(world.group).name in cells
    assert sha256_file(sheet_path) == record.file_hashes[1]
    assert PdfReader(str(out / record.file_name)).is_encrypted


def test_record_json_is_canonical(world, out) -> None:
    _export(world, out)
    raw = world.nb.conn.execute("SELECT request_json, recipients FROM disclosures").fetchone()
    assert json.loads(raw[0])["today"] == "2026-11-29"
    assert raw[1] == '["burgemeester","politie"]'


def test_export_inside_an_open_transaction_is_refused(world, out) -> None:
    with pytest.raises(RuntimeError, match="outside an open transaction"):
        with world.nb.transaction():
            _export(world, out)
    assert list(out.iterdir()) == [] and DisclosureRegister(world.nb).list() == []


def test_legal_basis_names_the_grounds_relied_on(world) -> None:
    from jongerenwerk_desk.covenant import ConflictOfDuties
    from jongerenwerk_desk.sharing import legal_basis

    selection, grounds = allowed_selection(world)
    profile = demo_profile()
    request = build_request(world.nb, selection, grounds, TODAY, OWN_PARTY)
    assessment = assess(profile, request, TODAY)
    plain = legal_basis(request, assessment, profile)
    assert plain.startswith("Convenant jeugdgroepenaanpak Voorbeeldstad (versie 2024-03), doel")
    assert "toestemming" not in plain and "conflict van plichten" not in plain
    # the signatures the disclosure rests on: own party and every recipient, with dates
    for party_id in (OWN_PARTY, *request.recipients):
        party = profile.party(party_id)
        assert f"'{party.name}' ondertekend op {party.signed_on.isoformat()}" in plain
    jan_item = f"S{world.signals['jan_contact']}"
    group_item = f"S{world.signals['behaviour']}"
    confided = replace(request, items=tuple(
        replace(i, confidential=True) if i.id in (jan_item, group_item) else i
        for i in request.items), conflict_of_duties=None)
    assert assess(profile, confided, TODAY).blocked  # the group-level confidence has no ground
    with_cod = replace(confided, conflict_of_duties=ConflictOfDuties(
        reasoning="Ernstig gevaar voor anderen; afgewogen volgens het stappenplan.",
        consulted="aandachtsfunctionaris", consulted_on=TODAY,
        advice="Deel het groepsgegeven zonder te zeggen wie het vertelde."))
    assessment = assess(profile, with_cod, TODAY)
    assert not assessment.blocked, assessment.codes
    text = legal_basis(with_cod, assessment, profile)
    assert "conflict van plichten (" in text
    # Jan's confidence passes on his valid consent, the group-level one on the conflict
    assert f"toestemming op dossier van P{world.jan}" in text
    cods = {f.item for f in assessment.findings if f.code == "CONFLICT_OF_DUTIES_USED"}
    assert cods == {group_item}


def test_a_notebook_upgrades_to_the_summary_column_and_both_kinds_of_record_verify(tmp_path):
    from jongerenwerk_desk.notebook import MIGRATIONS, Notebook
    from jongerenwerk_desk.vault import KdfParams, Vault

    path = tmp_path / "oud.jwdb"
    vault, _code = Vault.create(path, PASSPHRASE, kdf_params=KdfParams.minimum(),
                                migrations=tuple(m for m in MIGRATIONS if m.number < 6))
    assert "summary_json" not in {r[1] for r in vault.conn.execute(
        "PRAGMA table_info(disclosures)")}
    vault.close()
    nb = Notebook.open(path, passphrase=PASSPHRASE)
    try:
        assert nb.conn.execute("PRAGMA user_version").fetchone()[0] == 6
        register = DisclosureRegister(nb)
        with nb.transaction():             # a record without a summary hashes as before
            register.append({"actor": "jw", "recipients": ["politie"], "file_names": ["v.pdf"],
                             "file_hashes": ["0" * 64]})
            register.append({"actor": "jw", "summary": {"header": {"day": "2026-11-29"}}})
        assert register.get(1).summary is None              # "not kept" in the view
        assert register.get(2).summary == {"header": {"day": "2026-11-29"}}
        assert register.verify() == []
        _raw(nb, "UPDATE disclosures SET summary_json = NULL WHERE id = 2")
        assert any("2 is gewijzigd" in p for p in register.verify())   # hashed once set
    finally:
        nb.close()


def test_the_summary_that_left_is_reduced_with_the_request_at_the_end_of_retention(world,
                                                                                    out):
    record = _export(world, out)
    register = DisclosureRegister(world.nb)
    text = json.dumps(record.summary, ensure_ascii=False)
    group_name = world.nb.groups.get(world.group).name
    assert group_name in text and "J.d.V. (2009)" in text
    with world.nb.transaction():
        assert register.drop_personal(record.id, "2028-12-01T00:00:00+00:00")
    reduced = register.get(record.id).summary
    flat = json.dumps(reduced, ensure_ascii=False)
    assert group_name not in flat and "J.d.V." not in flat and "2009" not in flat
    assert register.verify() == []                   # the chain still holds
    _raw(world.nb, "UPDATE disclosures SET summary_json = '{}' WHERE id = 1")
    assert any("1 is gewijzigd" in p for p in register.verify())


def test_the_register_record_names_the_signed_document_and_who_recorded_it(world) -> None:
    import datetime as _dt

    from jongerenwerk_desk.covenant import record_signature
    from jongerenwerk_desk.sharing import legal_basis

    selection, grounds = allowed_selection(world)
    profile = record_signature(demo_profile(), "politie", _dt.date(2024, 3, 19),
                               document="Convenant Voorbeeldstad, getekend exemplaar 2024-11",
                               recorded_by="F. de Vries, privacyfunctionaris",
                               recorded_at=_dt.datetime(2026, 11, 20, 9, tzinfo=_dt.UTC))
    request = build_request(world.nb, selection, grounds, TODAY, OWN_PARTY)
    text = legal_basis(request, assess(profile, request, TODAY), profile)
    assert (f"'{profile.party('politie').name}' ondertekend op 2024-03-19 (document: "
            "Convenant Voorbeeldstad, getekend exemplaar 2024-11; vastgelegd door F. de Vries, "
            "privacyfunctionaris op 2026-11-20 09:00 UTC)") in text
