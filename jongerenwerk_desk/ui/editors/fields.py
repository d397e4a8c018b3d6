"""Small input widgets shared by the editors: a Dutch date field (dd-mm-jjjj)."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from jongerenwerk_desk.ui.views.labels import format_date, parse_date

PHONE_RE = re.compile(r"^\+?[0-9 ()\-]{6,20}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class DateField(QLineEdit):
    """Line edit for an optional date typed as dd-mm-jjjj (also d-m-jjjj, '/' or '.').

    ``value()`` -> date | None; raises ValueError when the text is not a real date (the
    editor turns that into a Dutch inline error).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("DateField", "dd-mm-yyyy"))
        self.setMaxLength(10)
        self.setToolTip(QCoreApplication.translate(
            "DateField", "Date as day-month-year, for example 07-03-2011"))

    def value(self) -> date | None:
        text = self.text().strip()
        return parse_date(text) if text else None

    def set_value(self, day: date | None) -> None:
        self.setText(format_date(day))


def date_problem(field: DateField, *, required: bool, not_after: date | None = None,
                 not_before: date | None = None) -> str | None:
    """A Dutch message for what is wrong with ``field``'s date, or None when it is fine.

    The message names no client data; the caller prefixes the field's label.
    """
    try:
        day = field.value()
    except ValueError:
        return QCoreApplication.translate(
            "DateField", "is not a valid date; type it as dd-mm-yyyy (for example 07-03-2011).")
    if day is None:
        return QCoreApplication.translate("DateField", "is required.") if required else None
    if not_after is not None and day > not_after:
        return QCoreApplication.translate("DateField", "lies in the future.")
    if not_before is not None and day < not_before:
        return QCoreApplication.translate("DateField", "is before %1.").replace(
            "%1", format_date(not_before))
    return None
