"""Fixtures and helpers for the views/editors tests (no tests here).

A real SQLCipher notebook per test (KdfParams.minimum() keeps the KDF cheap), the demo
covenant profile, and Services with a scripted FakePrompter and a FakeClock.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from jongerenwerk_desk.covenant import builtin_profile
from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.notebook.models import Group, Membership, Signal, YoungPerson
from jongerenwerk_desk.vault import KdfParams

# 2026-11-29 12:00 UTC: the FakeClock's wall time in these tests
NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
MARKER_NAME = "Zqxjorvink Marker"
MARKER_TEXT = "Plofkraakwoord-Xylofoonmarker"


@pytest.fixture
def profile():
    return builtin_profile("demo")


@pytest.fixture
def nb(tmp_path) -> Iterator[Notebook]:
    notebook, _code = Notebook.create(tmp_path / "views.jwdb", "een lang wachtwoord 123",
                                      kdf_params=KdfParams.minimum())
    yield notebook
    if notebook.is_open:
        notebook.close()


@pytest.fixture
def services(qapp):
    from jongerenwerk_desk.ui.services import FakeClock, Services
    return Services.for_tests(clock=FakeClock(start_wall=NOW.timestamp()), synchronous=True)


def seed_small(nb: Notebook) -> dict[str, int]:
    """Two young people, a group with both as members, three signals; returns ids."""
    with nb.transaction():
        sem = nb.people.add(YoungPerson(name=MARKER_NAME, nickname="Zqx",
                                        birth_date=date(2010, 5, 17), neighbourhood="Oost",
                                        phone="0612345678"))
        ava = nb.people.add(YoungPerson(name="Ava Bakker", birth_date=date(2009, 1, 2),
                                        neighbourhood="West"))
        gid = nb.groups.add(Group(name="Groep Plein", kind="groep", locations=["Plein"],
                                  stage="1"))
        nb.memberships.add(Membership(person_id=sem, group_id=gid, role="kern"))
        nb.memberships.add(Membership(person_id=ava, group_id=gid, role="meeloper"))
        s1 = nb.signals.add(Signal(occurred_at=NOW - timedelta(days=3), category="groepsgedrag",
                                   source="own_observation", verified=True,
                                   text=MARKER_TEXT + " bij het plein", person_ids=[sem],
                                   group_ids=[gid]))
        s2 = nb.signals.add(Signal(occurred_at=NOW - timedelta(days=2), category="groepsgedrag",
                                   source="young_person", confidential=True, verified=False,
                                   text="verteld in vertrouwen", person_ids=[sem, ava]))
        s3 = nb.signals.add(Signal(occurred_at=NOW - timedelta(days=1), category="online",
                                   text="filmpjes op een platform", group_ids=[gid]))
    return {"sem": sem, "ava": ava, "group": gid, "s1": s1, "s2": s2, "s3": s3}


def seed_signals(nb: Notebook, count: int) -> None:
    """``count`` signals, one hour apart, in one transaction (text 'signaal N')."""
    start = datetime(2025, 1, 1, tzinfo=UTC)
    with nb.transaction():
        for number in range(count):
            nb.signals.add(Signal(occurred_at=start + timedelta(hours=number),
                                  category="groepsgedrag",
                                  text=f"signaal {number} woord{number % 7}"))


def texts_of_model(model) -> list[str]:
    """Every display and tooltip string of a Qt item model (for leak checks)."""
    from PySide6.QtCore import Qt
    out = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if value:
                    out.append(str(value))
    return out
