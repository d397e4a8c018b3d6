"""Erasure (AVG art. 17) removes a person for real: rows, links, FTS entries, and every trace
in the decrypted pages of the file (secure_delete), leaving an audit event without content."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.notebook.models import (
    Consent,
    Group,
    InformingRecord,
    Membership,
    Signal,
    YoungPerson,
)
from tests.notebooks import new_notebook

PAGE = 4096
RESERVE = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of every page


def decrypted_pages(path: Path, key: bytes) -> bytes:
    """Every page of a SQLCipher 4 file decrypted with the raw key (free pages included).

    A forensic view: what an attacker with the key would see, including deleted content that
    secure_delete failed to wipe. Page 1 starts with the 16-byte salt in the clear.
    """
    raw = path.read_bytes()
    out = bytearray()
    for index in range(len(raw) // PAGE):
        page = raw[index * PAGE:(index + 1) * PAGE]
        iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
        start = 16 if index == 0 else 0
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out += dec.update(page[start:PAGE - RESERVE]) + dec.finalize()
    return bytes(out)


def dump_all_tables(nb: Notebook) -> str:
    """Every value of every table, FTS5 shadow tables included, as one string."""
    parts = []
    tables = [r[0] for r in nb.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert "signals_fts_data" in tables and "people_fts_idx" in tables
    for table in tables:
        for row in nb.conn.execute(f'SELECT * FROM "{table}"'):
            for value in tuple(row):
                if isinstance(value, bytes):
                    parts.append(value.decode("utf-8", errors="replace"))
                else:
                    parts.append(str(value))
    return "\n".join(parts)


MARK_NAME = "Vlorbquist"
MARK_NICK = "Zwumpel"
MARK_TEXT = "Knarfelgrutz"
MARK_PHONE = "0698765432"


@pytest.fixture
def world(tmp_path):
    nb, _ = new_notebook(tmp_path / "e.jwdb", "wachtwoord")
    x = nb.people.add(YoungPerson(name=f"Ann {MARK_NAME}", nickname=MARK_NICK,
                                  birth_date=date(2010, 1, 2), phone=MARK_PHONE,
                                  notes=f"notitie {MARK_TEXT}"))
    other = nb.people.add(YoungPerson(name="Bert Ander"))
    g = nb.groups.add(Group(name="Pleingroep"))
    nb.memberships.add(Membership(person_id=x, group_id=g, role="kern"))
    nb.memberships.add(Membership(person_id=other, group_id=g, role="meeloper"))
    when = datetime(2026, 2, 1, 19, 0, tzinfo=UTC)
    only_x = nb.signals.add(Signal(occurred_at=when, category="gezondheid", text=f"{MARK_TEXT} "
                                   "vertelt over blowen", person_ids=[x], group_ids=[g],
                                   informant=f"moeder {MARK_NAME}", confidential=True))
    shared = nb.signals.add(Signal(occurred_at=when, category="groepsgedrag",
                                   text=f"{MARK_NICK} en Bert hingen bij het station",
                                   person_ids=[x, other]))
    group_only = nb.signals.add(Signal(occurred_at=when, category="groepsgedrag",
                                       text="groep was rustig", group_ids=[g]))
    nb.consents.add(Consent(person_id=x, purpose=f"namenlijst {MARK_TEXT}",
                            recipients=["politie"], given_on=date(2026, 1, 1)))
    nb.informing.add(InformingRecord(person_id=x, informed_on=date(2026, 1, 3), who="youth",
                                     how="gesprek", note=MARK_TEXT))
    ids = dict(x=x, other=other, g=g, only_x=only_x, shared=shared, group_only=group_only)
    yield nb, ids
    nb.close()


def test_erase_removes_rows_and_keeps_shared_signal(world) -> None:
    nb, ids = world
    report = nb.people.erase(ids["x"])
    assert report.signals_deleted == 1
    assert report.signals_kept == (ids["shared"],)
    assert report.signals_mentioning == (ids["shared"],)  # the nickname is in its text
    with pytest.raises(KeyError):
        nb.people.get(ids["x"])
    with pytest.raises(KeyError):
        nb.signals.get(ids["only_x"])
    assert nb.signals.get(ids["shared"]).person_ids == [ids["other"]]
    assert nb.signals.get(ids["group_only"]).group_ids == [ids["g"]]
    assert nb.consents.count() == 0 and nb.informing.count() == 0
    assert [m.person_id for m in nb.memberships.for_group(ids["g"])] == [ids["other"]]
    assert nb.conn.execute("SELECT count(*) FROM signal_informants").fetchone()[0] == 0
    assert nb.search(MARK_NAME) == [] and nb.people.count(MARK_NICK) == 0
    with pytest.raises(KeyError):
        nb.people.erase(ids["x"])


def test_erase_leaves_audit_event_without_content(world) -> None:
    nb, ids = world
    nb.people.erase(ids["x"])
    events = nb.audit.page(0, 1000, "id")
    erase = [e for e in events if e.action == "erase"]
    assert len(erase) == 1 and erase[0].entity == "person" and erase[0].entity_id == ids["x"]
    assert erase[0].detail == "signals_deleted=1;signals_kept=1;signals_mentioning=1"


def test_erased_markers_absent_from_dump_and_from_decrypted_pages(world) -> None:
    nb, ids = world
    path = nb.path
    key = bytes(nb.vault._key)  # test-only look at the data key, to decrypt pages by hand
    before = decrypted_pages(path, key)
    assert MARK_NAME.encode() in before and MARK_TEXT.encode() in before  # the check can see
    nb.people.erase(ids["x"])
    # the shared signal keeps the nickname by design; fix its text as the worker would
    shared = nb.signals.get(ids["shared"])
    shared.text = "twee jongeren hingen bij het station"
    nb.signals.update(shared)
    nb.conn.execute("INSERT INTO signals_fts(signals_fts) VALUES ('optimize')")
    dump = dump_all_tables(nb)
    after = decrypted_pages(path, key)
    for marker in (MARK_NAME, MARK_NICK, MARK_TEXT, MARK_PHONE):
        assert marker not in dump
        assert marker.lower() not in dump.lower()  # FTS stores lower-case tokens
        for blob in (after, after.lower()):
            assert marker.lower().encode() not in blob.lower()
            assert marker.encode("utf-16-le") not in blob
    assert "Bert Ander" in dump  # the others are untouched


def test_erase_rolls_back_completely_on_error(world, monkeypatch) -> None:
    nb, ids = world
    import jongerenwerk_desk.notebook.erasure as erasure

    def boom(*_a, **_k):
        raise RuntimeError("injected")

    monkeypatch.setattr(erasure, "_mentions", boom)
    with pytest.raises(RuntimeError):
        nb.people.erase(ids["x"])
    assert nb.people.get(ids["x"]).nickname == MARK_NICK
    assert nb.signals.get(ids["only_x"]).person_ids == [ids["x"]]
    assert nb.consents.count() == 1
