"""Column definitions and factories of the main window's table models.

Each ``*_model(notebook, ...)`` returns a PagedTableModel over one repository; the sort keys
are the repository's whitelisted ``sort_keys`` (notebook/people.py, groups.py, signals.py,
records.py). Headers are English source strings translated in the model's context.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from jongerenwerk_desk.covenant.dates import known_age
from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.ui.views import labels
from jongerenwerk_desk.ui.views.paged_model import Column, PagedTableModel


def _age(person: Any) -> str:
    """Completed years today; blank without a birth date, "unknown" for one after today."""
    age = known_age(person.birth_date, date.today())
    if age is not None:
        return str(age)
    if person.birth_date is None:
        return ""
    return QCoreApplication.translate("PeopleTableModel", "unknown")


PEOPLE_CONTEXT = "PeopleTableModel"
PEOPLE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("PeopleTableModel", "Name"), "name", lambda p: p.name, chars=24),
    Column(QT_TRANSLATE_NOOP("PeopleTableModel", "Nickname"), "nickname", lambda p: p.nickname,
           chars=12),
    Column(QT_TRANSLATE_NOOP("PeopleTableModel", "Birth date"), "birth_date",
           lambda p: labels.format_date(p.birth_date), chars=15),
    Column(QT_TRANSLATE_NOOP("PeopleTableModel", "Age"), None, _age, chars=8),
    Column(QT_TRANSLATE_NOOP("PeopleTableModel", "Neighbourhood"), "neighbourhood",
           lambda p: p.neighbourhood, chars=18),
]

GROUPS_CONTEXT = "GroupsTableModel"
GROUP_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("GroupsTableModel", "Name"), "name", lambda g: g.name, chars=24),
    Column(QT_TRANSLATE_NOOP("GroupsTableModel", "Kind"), "kind",
           lambda g: labels.label(labels.GROUP_KINDS, g.kind), chars=12),
    Column(QT_TRANSLATE_NOOP("GroupsTableModel", "Step"), "stage", lambda g: g.stage,
           lambda g: labels.label(labels.STAGES, g.stage), chars=6),
    Column(QT_TRANSLATE_NOOP("GroupsTableModel", "Locations"), None,
           lambda g: labels.join_list(g.locations), chars=26),
    Column(QT_TRANSLATE_NOOP("GroupsTableModel", "Platforms"), None,
           lambda g: labels.join_list(g.platforms), chars=18),
]

SIGNALS_CONTEXT = "SignalsTableModel"

PARTNERS_CONTEXT = "PartnersTableModel"
PARTNER_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("PartnersTableModel", "Organisation"), "organisation",
           lambda c: c.organisation, chars=26),
    Column(QT_TRANSLATE_NOOP("PartnersTableModel", "Name"), "name", lambda c: c.name, chars=22),
    Column(QT_TRANSLATE_NOOP("PartnersTableModel", "Role"), None, lambda c: c.role, chars=18),
]


def partner_columns(profile: Any = None) -> list[Column]:
    """Partner-contact columns; the party is shown by its name in the covenant ``profile``
    (the internal id only for a party the profile does not know)."""
    names = {p.id: p.name for p in getattr(profile, "parties", ())}
    return [*PARTNER_COLUMNS,
            Column(QT_TRANSLATE_NOOP("PartnersTableModel", "Partner"), "party_id",
                   lambda c: names.get(c.party_id, c.party_id), chars=22)]


def signal_text(signal: Any) -> str:
    """List text of a signal: the first line, or a mask for confidential content (so it is
    not readable over a shoulder on a train; the detail pane shows it on request)."""
    if signal.confidential:
        return labels.tr(labels.CONFIDENTIAL_MASK)
    return labels.first_line(signal.text)


def signal_category(signal: Any, titles: dict[str, str]) -> str:
    """Category title for the list; masked for a confidential signal, because a title such
    as "Gezondheid" is itself special-category data (AVG art. 9) readable over a shoulder."""
    if signal.confidential:
        return labels.tr(labels.CONFIDENTIAL_MASK)
    return titles.get(signal.category, signal.category)


def signal_tooltip(signal: Any) -> str:
    """Tooltip of the text column: a longer first line, still masked when confidential."""
    if signal.confidential:
        return labels.tr(labels.CONFIDENTIAL_MASK)
    return labels.first_line(signal.text, 400)


def retention_mark(signal: Any, policy: Any, today: date) -> str:
    """"past retention" (translated) when ``signal`` is past the covenant's retention period
    on ``today`` under ``policy`` (``rights.retention.is_past_retention``; AVG art.
    5(1)(e)), else ""; "" without a policy."""
    from jongerenwerk_desk.rights.retention import is_past_retention

    if policy is None or not is_past_retention(signal.occurred_at, signal.tz_name, today,
                                                policy):
        return ""
    return labels.tr(labels.PAST_RETENTION)


def _retention_tip(signal: Any, policy: Any) -> str:
    if retention_mark(signal, policy, date.today()):
        return labels.tr(labels.PAST_RETENTION_TIP)
    return ""


def signal_columns(profile: Any, policy: Any = None) -> list[Column]:
    """Signal columns; category ids are shown with the title from the covenant ``profile``.
    ``policy`` (``rights.retention.RetentionPolicy``): the Retention column marks signals
    past their retention period in text (blank without a policy)."""
    titles = {c.id: c.title for c in getattr(profile, "categories", ())}
    return [
        Column(QT_TRANSLATE_NOOP("SignalsTableModel", "Date and time"), "occurred_at",
               lambda s: labels.format_local(s.occurred_at, s.tz_name), chars=19),
        Column(QT_TRANSLATE_NOOP("SignalsTableModel", "Category"), "category",
               lambda s: signal_category(s, titles), lambda s: signal_category(s, titles),
               chars=20),
        Column(QT_TRANSLATE_NOOP("SignalsTableModel", "Source"), "source",
               lambda s: labels.label(labels.SOURCES, s.source), chars=16),
        Column(QT_TRANSLATE_NOOP("SignalsTableModel", "Fact/impression"), "verified",
               lambda s: labels.tr(labels.FACT if s.verified else labels.IMPRESSION), chars=13),
        Column(QT_TRANSLATE_NOOP("SignalsTableModel", "Confidential"), "confidential",
               lambda s: labels.tr(labels.YES) if s.confidential else "", chars=14),
        Column(QT_TRANSLATE_NOOP("SignalsTableModel", "Location"), "location",
               lambda s: s.location, chars=14),
        Column(QT_TRANSLATE_NOOP("SignalsTableModel", "Retention"), None,
               lambda s: retention_mark(s, policy, date.today()),
               lambda s: _retention_tip(s, policy), chars=12),
        Column(QT_TRANSLATE_NOOP("SignalsTableModel", "Text"), None, signal_text,
               signal_tooltip, chars=40),
    ]


def people_model(notebook: Notebook, parent: QObject | None = None) -> PagedTableModel:
    """Young people sorted by name (FTS5 search on name, nickname, ...)."""
    return PagedTableModel(notebook.people, PEOPLE_COLUMNS, PEOPLE_CONTEXT, (0, False),
                           parent=parent)


def groups_model(notebook: Notebook, parent: QObject | None = None) -> PagedTableModel:
    """Groups sorted by name."""
    return PagedTableModel(notebook.groups, GROUP_COLUMNS, GROUPS_CONTEXT, (0, False),
                           parent=parent)


def signals_model(notebook: Notebook, profile: Any, parent: QObject | None = None,
                  page_size: int | None = None) -> PagedTableModel:
    """Signals, newest first (FTS5 search on the text); items past retention marked under
    the notebook's retention policy (``rights.retention.policy_for``)."""
    from jongerenwerk_desk.rights.retention import policy_for

    kwargs = {"page_size": page_size} if page_size else {}
    try:
        policy = policy_for(notebook, profile)
    except Exception:  # a mark only; an unreadable setting must not hide the list
        policy = None
    return PagedTableModel(notebook.signals, signal_columns(profile, policy), SIGNALS_CONTEXT,
                           (0, True), parent=parent, **kwargs)


def partners_model(notebook: Notebook, parent: QObject | None = None,
                   profile: Any = None) -> PagedTableModel:
    """Partner contacts sorted by organisation; parties named from ``profile``."""
    return PagedTableModel(notebook.partners, partner_columns(profile), PARTNERS_CONTEXT,
                           (0, False), parent=parent)
