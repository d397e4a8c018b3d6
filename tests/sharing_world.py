"""A small fictional notebook for the sharing tests (helpers; the fixtures are in
``tests/conftest.py``).

Every string that must never leave the notebook is listed in ``FORBIDDEN`` so the PDF and CSV
tests can assert that none of them appears in what is exported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from jongerenwerk_desk.covenant import builtin_profile
from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.notebook.models import (
    Consent,
    Group,
    InformingRecord,
    Membership,
    Signal,
    YoungPerson,
)
from jongerenwerk_desk.sharing import Grounds, Selection
from tests.notebooks import new_notebook

PASSPHRASE = "correct paard batterij nietje"
TODAY = date(2026, 11, 29)
OWN_PARTY = "jongerenwerk"

FORBIDDEN = (
    "Jan de Vries", "Vries", "Fatima", "Amrani", "Kees", "Bakker",  # names (initials only)
    "0612345678", "06-98765432", "Dorpsstraat", "1234 AB",  # phone numbers, addresses
    "Hendriks", "buurvrouw",  # the informant
    "ONGEREVIEWD-GEHEIM",  # free text the worker did not review
    "lachgas", "vader drinkt",  # special / confidential data that did not pass
    "Snoepwinkel",  # neighbourhood (not part of the minimal identity)
)


def at(day: int, month: int = 11, year: int = 2026, hour: int = 20) -> datetime:
    """An aware UTC moment (20:00 UTC is 21:00 in Amsterdam, same calendar day)."""
    return datetime(year, month, day, hour, 0, tzinfo=UTC)


@dataclass
class World:
    """Ids of the fixture records."""

    nb: Notebook
    group: int = 0
    jan: int = 0
    fatima: int = 0
    kees: int = 0
    signals: dict[str, int] = field(default_factory=dict)


def make_notebook(tmp_path: Path) -> Notebook:
    """An open copy of the template notebook (``tests/notebooks.py``) at ``werk.jwdb``."""
    nb, _code = new_notebook(tmp_path / "werk.jwdb", PASSPHRASE)
    return nb


def populate(nb: Notebook, extra_group_signals: int = 0) -> World:
    """Group 'Pleingasten' (step 2B) with three members and signals of every kind."""
    w = World(nb)
    w.group = nb.groups.add(Group(name="Pleingasten", kind="groep", locations=["Pleintje"],
                                  platforms=["Snapchat"], stage="2B"))
    w.jan = nb.people.add(YoungPerson(name="Jan de Vries", nickname="Jantje",
                                      birth_date=date(2009, 4, 2), phone="0612345678",
                                      neighbourhood="Snoepwinkel"))
    w.fatima = nb.people.add(YoungPerson(name="Fatima El Amrani", birth_date=date(2011, 6, 15)))
    w.kees = nb.people.add(YoungPerson(name="Kees Bakker", birth_date=date(2008, 1, 1)))
    for pid, role in ((w.jan, "kern"), (w.fatima, "meeloper"), (w.kees, "leider")):
        nb.memberships.add(Membership(person_id=pid, group_id=w.group, role=role,
                                      since=date(2025, 1, 1)))
    nb.informing.add(InformingRecord(person_id=w.jan, informed_on=date(2026, 11, 1),
                                     who="youth+parents", how="gesprek"))
    nb.consents.add(Consent(person_id=w.jan, given_by="youth+parents", purpose="namenlijst",
                            recipients=["burgemeester", "politie"], given_on=date(2026, 11, 2)))

    def sig(key: str, **kw: object) -> None:
        kw.setdefault("group_ids", [w.group])
        w.signals[key] = nb.signals.add(Signal(**kw))

    sig("behaviour", occurred_at=at(3), category="groepsgedrag", source="own_observation",
        verified=True, text="Groep hangt 's avonds rond bij het Pleintje; geluidsoverlast. "
        "Kees Bakker was er ook.")
    sig("online", occurred_at=at(5), category="online", source="own_observation",
        verified=False, text="Filmpjes van ruzies gedeeld op Snapchat.")
    sig("unreviewed", occurred_at=at(6), category="groepsgedrag", source="own_observation",
        verified=True, text="ONGEREVIEWD-GEHEIM tekst die niemand heeft nagelezen.")
    sig("contact", occurred_at=at(7), category="groepsgedrag", source="young_person",
        verified=True, text="Afspraak bij Dorpsstraat 12, 1234 AB; bel 06-98765432.")
    sig("informant", occurred_at=at(8), category="groepsgedrag", source="third_party",
        verified=False, informant="buurvrouw Hendriks",
        text="Volgens buurvrouw Hendriks wordt er gedeald.")
    sig("jan_contact", occurred_at=at(9), category="contact-jongerenwerk",
        source="own_observation", verified=True, person_ids=[w.jan],
        text="Jan komt elke week naar de inloop; Jantje wil werk zoeken.")
    sig("jan_confidence", occurred_at=at(10), category="persoonlijke-omstandigheden",
        source="young_person", confidential=True, verified=False, person_ids=[w.jan],
        text="Jan vertelde in vertrouwen dat zijn vader drinkt.")
    sig("kees_health", occurred_at=at(11), category="gezondheid", source="own_observation",
        verified=True, person_ids=[w.kees], text="Kees gebruikt veel lachgas.")
    for n in range(extra_group_signals):
        sig(f"extra{n}", occurred_at=at(1 + n % 28, 10), category="groepsgedrag",
            source="own_observation", verified=n % 2 == 0,
            text=f"Waarneming {n}: groep van ongeveer acht jongeren bij de skatebaan, "
                 "muziek hard aan, geen incidenten. " * 2)
    return w


def allowed_selection(w: World, *, extra: bool = False) -> tuple[Selection, Grounds]:
    """Stage 2B name list: group signals plus Jan (identity, role, contact) and Fatima."""
    keys = ["behaviour", "online", "unreviewed", "contact", "informant", "jan_contact"]
    keys += [k for k in w.signals if extra and k.startswith("extra")]
    selection = Selection(group_id=w.group, person_ids=(w.jan, w.fatima),
                          signal_ids=tuple(w.signals[k] for k in keys), include_identity=True,
                          include_roles=True, purpose="namenlijst", stage="2B",
                          recipients=("burgemeester", "politie"))
    reviewed = {f"S{w.signals[k]}" for k in keys if k not in ("unreviewed", "informant")}
    necessity = {f"P{pid}-{kind}": "Nodig om vast te stellen wie tot de kern van de groep "
                 "behoort." for pid in (w.jan, w.fatima) for kind in ("identiteit", "rol")}
    necessity[f"S{w.signals['jan_contact']}"] = "Laat zien welk aanbod al loopt."
    grounds = Grounds(subsidiarity="Op groepsniveau is niet vast te stellen wie hulp nodig "
                      "heeft.", necessity=necessity, reviewed_free_text=reviewed,
                      inform_exceptions={w.fatima: "Informeren volgt na het overleg."})
    return selection, grounds


def demo_profile():
    """The built-in demo covenant (Voorbeeldstad, signed by all parties)."""
    return builtin_profile("demo")
