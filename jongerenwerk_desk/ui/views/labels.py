"""Display texts for stored codes, and Dutch date formats (dd-mm-jjjj).

Stored codes stay English/neutral in the notebook (``own_observation``, ``youth``...); the
UI shows these translated labels. Strings are marked with QT_TRANSLATE_NOOP in context
"ViewLabels" so lupdate collects them; ``label()`` translates at run time.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from jongerenwerk_desk.notebook.localtime import to_local

CONTEXT = "ViewLabels"

SOURCES: dict[str, str] = {
    "own_observation": QT_TRANSLATE_NOOP("ViewLabels", "Own observation"),
    "young_person": QT_TRANSLATE_NOOP("ViewLabels", "Told by the young person"),
    "third_party": QT_TRANSLATE_NOOP("ViewLabels", "Third party"),
    "partner": QT_TRANSLATE_NOOP("ViewLabels", "Covenant partner"),
}
GROUP_KINDS: dict[str, str] = {
    "groep": QT_TRANSLATE_NOOP("ViewLabels", "Group"),
    "netwerk": QT_TRANSLATE_NOOP("ViewLabels", "Network"),
    "online": QT_TRANSLATE_NOOP("ViewLabels", "Online group"),
}
GIVEN_BY: dict[str, str] = {
    "youth": QT_TRANSLATE_NOOP("ViewLabels", "Young person"),
    "parents": QT_TRANSLATE_NOOP("ViewLabels", "Parents"),
    "youth+parents": QT_TRANSLATE_NOOP("ViewLabels", "Young person and parents"),
}
CONSULTED_ROLES: dict[str, str] = {
    "aandachtsfunctionaris": QT_TRANSLATE_NOOP("ViewLabels", "Designated safeguarding officer"),
    "leidinggevende": QT_TRANSLATE_NOOP("ViewLabels", "Manager"),
    "fg": QT_TRANSLATE_NOOP("ViewLabels", "Data protection officer"),
    "veilig-thuis": QT_TRANSLATE_NOOP("ViewLabels", "Veilig Thuis"),
    "collega": QT_TRANSLATE_NOOP("ViewLabels", "Colleague"),
}
CONSENT_FORMS: dict[str, str] = {
    "mondeling": QT_TRANSLATE_NOOP("ViewLabels", "Oral"),
    "schriftelijk": QT_TRANSLATE_NOOP("ViewLabels", "Written"),
}
STAGES: dict[str, str] = {
    "1": QT_TRANSLATE_NOOP("ViewLabels", "1 – Sharing signals"),
    "2A": QT_TRANSLATE_NOOP("ViewLabels", "2A – Assessing group behaviour"),
    "2B": QT_TRANSLATE_NOOP("ViewLabels", "2B – Name list and group scan"),
    "3": QT_TRANSLATE_NOOP("ViewLabels", "3 – Group interpretation, draft plan"),
    "4": QT_TRANSLATE_NOOP("ViewLabels", "4 – Problem definition and priority"),
    "5": QT_TRANSLATE_NOOP("ViewLabels", "5 – Integral plan of approach"),
    "6": QT_TRANSLATE_NOOP("ViewLabels", "6 – Execution and monitoring"),
    "7": QT_TRANSLATE_NOOP("ViewLabels", "7 – Scaling down and evaluation"),
}
FACT = QT_TRANSLATE_NOOP("ViewLabels", "Fact")
IMPRESSION = QT_TRANSLATE_NOOP("ViewLabels", "Impression")
CONFIDENTIAL = QT_TRANSLATE_NOOP("ViewLabels", "Confidential")
CONFIDENTIAL_MASK = QT_TRANSLATE_NOOP("ViewLabels", "[confidential – open to read]")
YES = QT_TRANSLATE_NOOP("ViewLabels", "yes")
#: the text mark of an item past its retention period (not colour alone, WCAG 1.4.1)
PAST_RETENTION = QT_TRANSLATE_NOOP("ViewLabels", "past retention")
PAST_RETENTION_TIP = QT_TRANSLATE_NOOP(
    "ViewLabels", "Past its retention period: delete it via Notebook, Retention periods.")


def tr(text: str) -> str:
    """Translate a string marked in context "Labels"."""
    return QCoreApplication.translate(CONTEXT, text)


def label(table: dict[str, str], code: str | None) -> str:
    """The translated label for a stored ``code``; the code itself when unknown, '' for None."""
    if code is None:
        return ""
    text = table.get(code)
    return tr(text) if text else str(code)


def format_date(day: date | None) -> str:
    """``date`` -> 'dd-mm-jjjj' (Dutch order); '' for None."""
    return day.strftime("%d-%m-%Y") if day else ""


def parse_date(text: str) -> date:
    """Parse 'dd-mm-jjjj' (also d-m-jjjj, with '-', '/' or '.').

    Raises ValueError (no client data in the message) when the text is not a real date.
    """
    cleaned = text.strip().replace("/", "-").replace(".", "-")
    parts = cleaned.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[2]) != 4:
        raise ValueError("expected dd-mm-jjjj")
    day, month, year = (int(p) for p in parts)
    return date(year, month, day)


def format_local(instant: datetime | None, zone_name: str = "Europe/Amsterdam") -> str:
    """Aware UTC instant -> 'dd-mm-jjjj uu:mm' in its recorded zone; '' for None."""
    if instant is None:
        return ""
    return to_local(instant, zone_name).strftime("%d-%m-%Y %H:%M")


def join_list(value: object) -> str:
    """Lists/tuples as 'a, b'; strings unchanged; None as ''."""
    if value is None:
        return ""
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(str(v) for v in value)
    return str(value)


def first_line(text: str | None, limit: int = 90) -> str:
    """First line of ``text``, cut at ``limit`` characters with an ellipsis."""
    line = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"
