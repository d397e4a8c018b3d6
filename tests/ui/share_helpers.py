"""Fixtures for the share wizard tests: a covenant profile, a notebook of fictional people, and
helpers that drive the wizard like a user (all names and texts are made up).

The profile is a Voorbeeldstad local covenant like the one of the example scenarios
(tests/fixtures/scenarios/profile-voorbeeldstad.toml), inlined here. ``TODAY`` is 2026-11-29;
the fake clock stands at noon that day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QWizard

from jongerenwerk_desk.covenant import load_profile
from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.notebook.models import (
    Consent,
    Group,
    InformingRecord,
    Membership,
    Signal,
    YoungPerson,
)
from jongerenwerk_desk.ui.services import FakeClock, FakePrompter, Services
from tests.notebooks import new_notebook

TODAY = dt.date(2026, 11, 29)
AMS = ZoneInfo("Europe/Amsterdam")
PASSPHRASE = "correct paard batterij niet-kwijtraken"
NOON = dt.datetime(2026, 11, 29, 12, 0, tzinfo=AMS).timestamp()

PROFILE_TOML = """
id = "convenant-jeugdgroepen-voorbeeldstad"
title = "Convenant jeugdgroepenaanpak Voorbeeldstad"
version = "2024-03"
based_on = "Modelconvenant jeugdgroepaanpak (oktober 2022)"
valid_from = 2024-03-19
valid_until = 2028-03-18
retention_months = 24
stale_after_months = 6
consent_age_parents_only_below = 12
consent_age_youth_alone_from = 16
min_justification_chars = 10
criminal_data_shared_by = ["burgemeester", "politie", "om"]
privacy_contact = "Functionaris gegevensbescherming, gemeente Voorbeeldstad"

[[parties]]
id = "burgemeester"
name = "Burgemeester van Voorbeeldstad (procesregie)"
role = "gemeente"
signed_on = 2024-03-19

[[parties]]
id = "politie"
name = "Politie, basisteam Voorbeeldstad"
role = "politie"
signed_on = 2024-03-19

[[parties]]
id = "om"
name = "Openbaar Ministerie, arrondissementsparket"
role = "om"
signed_on = 2024-04-02

[[parties]]
id = "jongerenwerk"
name = "Stichting Jongerenwerk Voorbeeldstad"
role = "jongerenwerk"
signed_on = 2024-03-19

[[parties]]
id = "woningcorporatie"
name = "Woonstichting Voorbeeldstad"
role = "overig"

[[categories]]
id = "groepskenmerken"
title = "Groepskenmerken (omvang, leeftijden, plekken, tijden)"
level = "group"
kind = "ordinary"

[[categories]]
id = "groepsgedrag"
title = "Groepsgedrag en overlast"
level = "group"
kind = "ordinary"

[[categories]]
id = "online"
title = "Online gedrag en platforms van de groep"
level = "group"
kind = "ordinary"

[[categories]]
id = "identiteit"
title = "Initialen of naam, geboortejaar, wijk"
level = "person"
kind = "ordinary"

[[categories]]
id = "rol-in-groep"
title = "Rol in de groep"
level = "person"
kind = "ordinary"

[[categories]]
id = "contact-jongerenwerk"
title = "Contact met het jongerenwerk"
level = "person"
kind = "ordinary"

[[categories]]
id = "aanbod-jongerenwerk"
title = "Aanbod en inzet van het jongerenwerk"
level = "person"
kind = "ordinary"

[[categories]]
id = "persoonlijke-omstandigheden"
title = "Persoonlijke omstandigheden (school, werk, thuis)"
level = "person"
kind = "ordinary"

[[categories]]
id = "gezondheid"
title = "Gezondheid en verslaving"
level = "person"
kind = "special"

[[categories]]
id = "afkomst"
title = "Etnische afkomst"
level = "person"
kind = "special"

[[categories]]
id = "geloof"
title = "Godsdienst of levensovertuiging"
level = "person"
kind = "special"

[[categories]]
id = "strafbare-feiten"
title = "Strafbare feiten en verdenkingen"
level = "person"
kind = "criminal"

[[purposes]]
id = "signalen-delen"
title = "Signalen over groepsgedrag delen"
stages = ["1", "2A"]
level = "group"
recipients = ["burgemeester", "politie", "om"]
categories = ["groepskenmerken", "groepsgedrag", "online"]

[[purposes]]
id = "namenlijst"
title = "Namenlijst en beoordeling van een problematische groep"
stages = ["2B"]
level = "person"
recipients = ["burgemeester", "politie"]
categories = ["groepskenmerken", "groepsgedrag", "online", "identiteit", "rol-in-groep",
              "contact-jongerenwerk"]

[[purposes]]
id = "groepsduiding"
title = "Groepsduiding en concept plan van aanpak"
stages = ["3"]
level = "person"
recipients = ["burgemeester", "politie", "om"]
categories = ["groepskenmerken", "groepsgedrag", "online", "identiteit", "rol-in-groep",
              "contact-jongerenwerk", "aanbod-jongerenwerk", "persoonlijke-omstandigheden",
              "gezondheid", "strafbare-feiten"]

[[purposes]]
id = "afschalen"
title = "Afschalen en evaluatie"
stages = ["7"]
level = "group"
recipients = ["burgemeester", "politie", "om"]
categories = ["groepskenmerken", "groepsgedrag", "online"]
"""

# Texts that may leave once reviewed, and strings that must never leave.
GROUP_TEXT = "Groep van acht jongeren hangt 's avonds bij de skatebaan, veel lawaai"
ONLINE_TEXT = "Vermoedelijk filmen ze ruzies en zetten die online"
CONTACT_TEXT = "Daan komt elke woensdag naar het inloopuur en doet mee met voetbal"
CONFIDENCE_DAAN = "Daan vertelde in vertrouwen dat hij uit de groep wil stappen"
CONFIDENCE_SARA = "Sara vertelde in vertrouwen over ruzie thuis met haar stiefvader"
HEALTH_TEXT = "Daan blowt bijna elke dag sinds de zomer"
THIRD_PARTY_TEXT = "Een buurtbewoner zag de groep fietsen slopen bij de bibliotheek"
INFORMANT = "Wilhelmina Oosterbroek"
DAAN_NAME = "Daan Verhoeven"
DAAN_PHONE = "0612345678"
SARA_NAME = "Sara Kuipers"
SENDER = {"organisation.name": "Stichting Jongerenwerk Voorbeeldstad",
          "sender.name": "Sam Jansen", "sender.contact": "06 11122233"}


@dataclass
class World:
    """Ids of everything ``build_world`` put in the notebook."""

    notebook: Notebook
    path: Path
    group_id: int
    daan: int
    sara: int
    noor: int
    signals: dict[str, int] = field(default_factory=dict)


def write_profile(folder: Path) -> Path:
    """Write the test profile as TOML; returns its path."""
    path = folder / "profiel-voorbeeldstad.toml"
    path.write_text(PROFILE_TOML, encoding="utf-8")
    return path


def profile(folder: Path):
    """The loaded test profile (through ``covenant.load_profile``)."""
    return load_profile(write_profile(folder))


def _at(day: int, month: int = 11, hour: int = 20) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, 0, tzinfo=AMS).astimezone(dt.UTC)


def build_world(folder: Path) -> World:
    """A real SQLCipher notebook with one group in step 3, three members and eight signals.

    Daan (17): informed, valid consent for groepsduiding to burgemeester + politie.
    Sara (15): informed with her parents, no consent on file.
    Noor (birth date unknown): no consent, not informed.
    """
    path = folder / "werk.jwdb"
    nb, _code = new_notebook(path, PASSPHRASE)
    group_id = nb.groups.add(Group(name="Skatebaan Noord", kind="groep",
                                   locations=["skatebaan Noord"], platforms=["Snapchat"],
                                   stage="3"))
    daan = nb.people.add(YoungPerson(name=DAAN_NAME, nickname="Daantje",
                                     birth_date=dt.date(2009, 5, 1), neighbourhood="Noord",
                                     phone=DAAN_PHONE))
    sara = nb.people.add(YoungPerson(name=SARA_NAME, birth_date=dt.date(2011, 3, 15),
                                     neighbourhood="Noord"))
    noor = nb.people.add(YoungPerson(name="Noor Visser"))
    for pid, role in ((daan, "kern"), (sara, "meeloper"), (noor, "meeloper")):
        nb.memberships.add(Membership(person_id=pid, group_id=group_id, role=role,
                                      since=dt.date(2026, 1, 1)))
    nb.consents.add(Consent(person_id=daan, given_by="youth", purpose="groepsduiding",
                            recipients=["burgemeester", "politie"],
                            given_on=dt.date(2026, 10, 1), form="schriftelijk"))
    nb.informing.add(InformingRecord(person_id=daan, informed_on=dt.date(2026, 10, 1),
                                     who="youth", how="gesprek"))
    nb.informing.add(InformingRecord(person_id=sara, informed_on=dt.date(2026, 10, 2),
                                     who="youth+parents", how="brief"))
    for key, value in SENDER.items():             # the sender printed on every export
        nb.settings.set(key, value)
    world = World(nb, path, group_id, daan, sara, noor)
    specs = {
        "group": dict(occurred_at=_at(20), category="groepsgedrag", verified=True,
                      text=GROUP_TEXT),
        "online": dict(occurred_at=_at(18), category="online", verified=False,
                       text=ONLINE_TEXT),
        "contact": dict(occurred_at=_at(11), category="contact-jongerenwerk", verified=True,
                        text=CONTACT_TEXT, person_ids=[daan]),
        "confidence_daan": dict(occurred_at=_at(12), category="contact-jongerenwerk",
                                source="young_person", confidential=True, verified=True,
                                text=CONFIDENCE_DAAN, person_ids=[daan]),
        "confidence_sara": dict(occurred_at=_at(13), category="persoonlijke-omstandigheden",
                                source="young_person", confidential=True, verified=True,
                                text=CONFIDENCE_SARA, person_ids=[sara]),
        "health": dict(occurred_at=_at(14), category="gezondheid", verified=False,
                       text=HEALTH_TEXT, person_ids=[daan]),
        "third_party": dict(occurred_at=_at(15), category="groepsgedrag", verified=True,
                            source="third_party", text=THIRD_PARTY_TEXT, informant=INFORMANT),
        "crime": dict(occurred_at=_at(16), category="strafbare-feiten", verified=False,
                      text="Daan zou betrokken zijn bij een inbraak", person_ids=[daan]),
    }
    for key, spec in specs.items():
        spec.setdefault("group_ids", [group_id])
        world.signals[key] = nb.signals.add(Signal(**spec))
    return world


def services(prompter: FakePrompter | None = None, *, synchronous: bool = True) -> Services:
    """Test services with the clock at noon on TODAY."""
    return Services.for_tests(prompter=prompter or FakePrompter(),
                              clock=FakeClock(start_wall=NOON), synchronous=synchronous)


# --------------------------------------------------------------------------- driving the wizard
def choose_purpose(wizard, purpose: str = "groepsduiding",
                   recipients: tuple[str, ...] = ("burgemeester", "politie")) -> None:
    """Page 1: pick the purpose and tick recipients (group and step are preselected)."""
    page = wizard.currentPage()
    page.purpose_combo.setCurrentIndex(page.purpose_combo.findData(purpose))
    for party_id, check in page.recipient_checks.items():
        check.setChecked(party_id in recipients)


def pick(wizard, *, persons=(), signals=(), identity: bool = True, roles: bool = False) -> None:
    """Page 2: tick exactly these persons and signals (ids)."""
    page = wizard.currentPage()
    for kind, wanted in (("person", set(persons)), ("signal", set(signals))):
        root = page._members_root if kind == "person" else page._signals_root
        for index in range(root.childCount()):
            item = root.child(index)
            obj_id = item.data(0, Qt.ItemDataRole.UserRole + 1)
            item.setCheckState(0, Qt.CheckState.Checked if obj_id in wanted
                               else Qt.CheckState.Unchecked)
    page.identity_check.setChecked(identity)
    page.roles_check.setChecked(roles)


def fill_grounds(wizard, *, subsidiarity: str = "Op groepsniveau is niet te zien wie hulp "
                 "nodig heeft; anoniem delen helpt de aanpak niet.",
                 necessity: str = "Nodig om de rol in de groep te duiden voor het plan.") -> None:
    """Page 3: fill subsidiarity and every necessity field the page shows."""
    page = wizard.currentPage()
    for key, widget in page.fields.items():
        if key == "subsidiarity":
            widget.setPlainText(subsidiarity)
        elif key.startswith("necessity:"):
            widget.setText(necessity)


def acknowledge_all(wizard) -> None:
    """Page 4: tick every warning checkbox."""
    for check in wizard.currentPage().warning_checks:
        check.setChecked(True)


def next_enabled(wizard) -> bool:
    """Whether the Next button can be pressed."""
    button = wizard.button(QWizard.WizardButton.NextButton)
    return button.isEnabled() and button.isVisible()


def visible_checks(widget) -> list[QCheckBox]:
    """All checkboxes under ``widget``."""
    return widget.findChildren(QCheckBox)


def quiet_close(wizard) -> None:
    """``before_close_func`` for ``qtbot.addWidget``: hide the wizard so pytest-qt's closing
    at teardown does not run reject() (which would ask "discard changes?"). A wizard that a
    lock already closed and deleted needs nothing."""
    import shiboken6

    if shiboken6.isValid(wizard):
        wizard.hide()


def open_wizard(qtbot, world: World, folder: Path):
    """A ShareWizard for ``world``'s group with the test covenant profile (written into
    ``folder``) and synchronous services, closed quietly by pytest-qt after the test."""
    from jongerenwerk_desk.ui.share import ShareWizard

    wizard = ShareWizard(world.notebook, profile(folder), services(), group_id=world.group_id)
    qtbot.addWidget(wizard, before_close_func=quiet_close)
    return wizard
