"""Human labels for request items and subjects, and the consent age rule, in the wizard.

Item ids are those of ``sharing.request_builder`` (``S12`` a signal, ``S12-P3`` a signal about
person 3, ``P3-identiteit`` an identity item); subject ids are ``P<person id>``. Labels show
initials, never full names, because they also appear next to findings that may be screenshotted."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from jongerenwerk_desk.sharing.session import LOCAL_ZONE

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

_SIGNAL = re.compile(r"^S(\d+)(?:-P(\d+))?$")
_PERSON_ITEM = re.compile(r"^P(\d+)-(.+)$")
_SUBJECT = re.compile(r"^P(\d+)$")



def subject_person_id(subject_id: str | None) -> int | None:
    """The notebook person id of a subject id ``P<n>``, or None."""
    match = _SUBJECT.match(subject_id or "")
    return int(match.group(1)) if match else None


@dataclass
class Labeller:
    """Makes item and subject labels from the notebook; caches the objects it reads."""

    notebook: object
    profile: object

    def __post_init__(self) -> None:
        self._people: dict[int, object] = {}
        self._signals: dict[int, object] = {}

    def person(self, person_id: int):
        """The YoungPerson (cached) or None when it no longer exists."""
        if person_id not in self._people:
            try:
                self._people[person_id] = self.notebook.people.get(person_id)
            except KeyError:
                self._people[person_id] = None
        return self._people[person_id]

    def signal(self, signal_id: int):
        """The Signal (cached) or None."""
        if signal_id not in self._signals:
            try:
                self._signals[signal_id] = self.notebook.signals.get(signal_id)
            except KeyError:
                self._signals[signal_id] = None
        return self._signals[signal_id]

    def subject(self, subject_id: str | None) -> str:
        """``J.d.V. (2011)`` for a subject id; the group for None."""
        if subject_id is None:
            return translate("ShareLabels", "the group")
        person_id = subject_person_id(subject_id)
        person = self.person(person_id) if person_id is not None else None
        if person is None:
            return translate("ShareLabels", "a young person no longer in the notebook")
        year = person.birth_year
        initials = person.initials or translate("ShareLabels", "a young person")
        return f"{initials} ({year})" if year else initials

    def category(self, category_id: str) -> str:
        """The profile's title of a category, or the id."""
        category = self.profile.category(category_id)
        return category.title if category else category_id

    def item(self, item) -> str:
        """A one-line label of a request item: what it is, about whom, from when."""
        match = _SIGNAL.match(item.id)
        about = (self.subject(item.subject) if item.subject
                 else translate("ShareLabels", "group level"))
        category = self.category(item.category)
        if match:
            signal = self.signal(int(match.group(1)))
            day = (signal.occurred_at.astimezone(LOCAL_ZONE).strftime("%d-%m-%Y")
                   if signal is not None else item.recorded_on.strftime("%d-%m-%Y"))
            text = translate("ShareLabels", "Signal of %1: %2, %3")
            return text.replace("%1", day).replace("%2", category).replace("%3", about)
        person_item = _PERSON_ITEM.match(item.id)
        if person_item and person_item.group(2) == "identiteit":
            # exactly what build_summary shows for identity: initials and year of birth
            text = translate("ShareLabels", "Identity (initials and year of birth) of %1")
            return text.replace("%1", about)
        if person_item:
            text = translate("ShareLabels", "%1 of %2")
            return text.replace("%1", category).replace("%2", about)
        return f"{self.category(item.category)} — {about}"

    def item_by_id(self, request, item_id: str | None) -> str:
        """The label of ``item_id`` in ``request`` ('' for None)."""
        if item_id is None:
            return ""
        item = next((i for i in request.items if i.id == item_id), None)
        return self.item(item) if item is not None else translate("ShareLabels",
                                                                  "an item no longer chosen")




def consent_rule(age: int | None, profile) -> str:
    """Who must consent at ``age`` under the profile (practice rule NVO code, [S24]):
    below ``consent_age_parents_only_below`` the parents, up to ``consent_age_youth_alone_from``
    both, from then the young person; unknown age: both."""
    low = str(profile.consent_age_parents_only_below)
    high = profile.consent_age_youth_alone_from

    if age is None:
        return translate("ShareLabels", "Age unknown: the young person and the parents must both "
                                 "consent.")
    if age < profile.consent_age_parents_only_below:
        return translate("ShareLabels", "Under %1: the parents (with parental authority) "
                                 "consent.").replace("%1", low)
    if age < high:
        text = translate("ShareLabels", "%1 to %2: the young person and the parents must both "
                                 "consent.")
        return text.replace("%1", low).replace("%2", str(high - 1))
    return translate("ShareLabels", "%1 or older: the young person consents alone.").replace(
        "%1", str(high))


def consent_by_label(by: str) -> str:
    """Dutch label of ``youth`` / ``parents`` / ``youth+parents``."""

    labels = {"youth": translate("ShareLabels", "the young person"),
              "parents": translate("ShareLabels", "the parents"),
              "youth+parents": translate("ShareLabels", "the young person and the parents")}
    return labels.get(by, by)
