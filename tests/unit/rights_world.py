"""The demo notebook plus planted markers and two real disclosures, for the rights tests
(no tests of its own here).

Markers that must never appear in Sam's access report are in ``FORBIDDEN``: an informant
named in a signal about Sam, another young person mentioned in Sam's signal, another young
person's own signal, and a confidential signal the worker did not release.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from jongerenwerk_desk.covenant import builtin_profile
from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.notebook.demo import DemoIds, build_demo
from jongerenwerk_desk.notebook.disclosures import DisclosureRecord
from jongerenwerk_desk.notebook.models import Signal, YoungPerson
from jongerenwerk_desk.sharing import Grounds, Selection
from jongerenwerk_desk.sharing.export import ExportOptions, export_disclosure
from jongerenwerk_desk.sharing.prepared import prepare_disclosure
from tests.notebooks import new_notebook

PASSPHRASE = "correct paard batterij nietje 77"
TODAY = date.today()
FORBIDDEN = ("Verklikker", "Geheimstra", "ANDERGEHEIM", "Noor Fictief", "blowt")
"""Informant, other persons (planted and demo), another person's signal, a withheld secret."""
SAM_TEXTS = ("SAMMARKER1", "SAMMARKER2", "neemt het woord namens de groep")
"""Distinctive text of Sam's non-confidential signals (the planted ones and a demo one)."""


@dataclass
class RightsWorld:
    """The open notebook, the demo ids, the planted ids and the disclosures made."""

    nb: Notebook
    ids: DemoIds
    sam: int
    karel: int
    shared_signal: int
    secret_signal: int
    disclosures: list[DisclosureRecord]
    folder: Path


def _share(nb: Notebook, ids: DemoIds, sam: int, signal_ids: tuple[int, ...],
           folder: Path) -> DisclosureRecord:
    profile = builtin_profile("demo")
    selection = Selection(group_id=ids.groups["plein"], person_ids=(sam,),
                          signal_ids=signal_ids, include_identity=True, include_roles=True,
                          purpose="namenlijst", stage="2B",
                          recipients=("burgemeester", "politie"))
    necessity = {f"S{s}": "nodig voor het beeld van de groep" for s in signal_ids}
    necessity.update({f"P{sam}-identiteit": "nodig voor de namenlijst",
                      f"P{sam}-rol": "nodig voor de namenlijst"})
    grounds = Grounds(subsidiarity="Gesprekken met de groep hielpen niet genoeg.",
                      necessity=necessity, reviewed_free_text={f"S{s}" for s in signal_ids})
    prepared = prepare_disclosure(nb, selection, grounds, profile, TODAY, "jongerenwerk")
    assert not prepared.blocked, prepared.assessment.findings
    return export_disclosure(nb, PASSPHRASE, prepared,
                             ExportOptions(folder=folder, actor="tester"))


def make_world(tmp_path: Path) -> RightsWorld:
    """Demo notebook at ``tmp_path/werk.jwdb`` with markers and two disclosures about Sam."""
    nb, _code = new_notebook(tmp_path / "werk.jwdb", PASSPHRASE)
    ids = build_demo(nb, TODAY)
    sam = ids.people["sam"]
    karel = nb.people.add(YoungPerson(name="Karel Geheimstra", birth_date=date(2010, 3, 3)))
    when = datetime.now(UTC) - timedelta(days=3)
    shared = nb.signals.add(Signal(
        occurred_at=when, category="groepsgedrag", source="own_observation", verified=True,
        text="SAMMARKER1 bij het plein gezien.", group_ids=[ids.groups["plein"]],
        person_ids=[sam]))
    nb.signals.add(Signal(
        occurred_at=when, category="contact-jongerenwerk", source="third_party",
        verified=False, informant="Gerrit Verklikker",
        text="SAMMARKER2: Verklikker zegt dat Sam met Karel Geheimstra en Noor Fictief "
             "ruzie had; bel 06-12345678.", person_ids=[sam, karel]))
    nb.signals.add(Signal(occurred_at=when, category="groepsgedrag", verified=True,
                          text="ANDERGEHEIM over alleen Karel.", person_ids=[karel]))
    secret = next(s.id for s in nb.signals.for_person(sam) if "thuis" in s.text)
    folder = tmp_path / "export"
    folder.mkdir()
    first = _share(nb, ids, sam, (shared,), folder)
    second = _share(nb, ids, sam, (ids.signals[0],), folder)
    return RightsWorld(nb=nb, ids=ids, sam=sam, karel=karel, shared_signal=shared,
                       secret_signal=int(secret), disclosures=[first, second], folder=folder)
