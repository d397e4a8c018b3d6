"""Helpers for the views/editors tests: seed data, model texts, mnemonic checks. Their
fixtures (``nb``, ``profile``, ``services``) are in ``tests/ui/conftest.py``."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.notebook.models import Group, Membership, Signal, YoungPerson

# 2026-11-29 12:00 UTC: the FakeClock's wall time in these tests
NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
MARKER_NAME = "Zqxjorvink Marker"
MARKER_TEXT = "Plofkraakwoord-Xylofoonmarker"


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


def mnemonic_of(text: str) -> str | None:
    """The Alt-letter of a Qt text ("&Opslaan" -> "o"; "&&" is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def mnemonic_owners(root) -> dict[str, list[str]]:
    """Alt-letter -> the texts that use it among what is reachable at once in ``root`` (a
    window or dialog): buttons, buddy labels, checkable group boxes, visible tab bars and the
    menu bar's menus. Widgets on hidden tabs/pages are left out (their Alt keys do not fire).
    """
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QTabBar, QWidget

    owners: dict[str, list[str]] = {}

    def add(text: str) -> None:
        key = mnemonic_of(text)
        if key:
            owners.setdefault(key, []).append(text)

    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i):
                    add(widget.tabText(i))
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    add(action.text())
    return owners


def mnemonic_clashes(root) -> dict[str, list[str]]:
    """Only the Alt-letters used more than once in ``root`` (empty dict: no clash)."""
    return {k: v for k, v in mnemonic_owners(root).items() if len(v) > 1}


def menu_clashes(menu) -> dict[str, list[str]]:
    """Alt-letters used twice among one menu's visible actions."""
    owners: dict[str, list[str]] = {}
    for action in menu.actions():
        key = mnemonic_of(action.text()) if action.isVisible() else None
        if key:
            owners.setdefault(key, []).append(action.text())
    return {k: v for k, v in owners.items() if len(v) > 1}
