"""Generator of a large fictional notebook for benchmarks (reusable by other benchmarks).

``populate(nb, people=2000, groups=150, signals=50_000, seed=...)`` fills an open Notebook
through its repositories (so FTS triggers, links and audit events are all exercised) in one
transaction, with deterministic fictional data. Signal text is drawn from a small Dutch
vocabulary with a skewed distribution, so that ``COMMON_WORD`` occurs in most signals and
``RARE_WORD`` in about ``RARE_COUNT`` of them.

Run as a script to write a notebook file: ``python benchmarks/make_large_notebook.py OUT.jwdb``
(passphrase "benchmark", minimum KDF parameters).
"""

from __future__ import annotations

import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.notebook.models import STAGES, Group, Membership, Signal, YoungPerson

COMMON_WORD = "overlast"
RARE_WORD = "skateclinic"
RARE_COUNT = 12

FIRST = ["Sam", "Noor", "Jay", "Mila", "Daan", "Ilias", "Bo", "Lieke", "Mo", "Rens", "Yara",
         "Finn", "Sem", "Liv", "Aya", "Ravi", "Tess", "Omar", "Jada", "Luuk", "Nina", "Milan"]
LAST = ["Voorbeeld", "Fictief", "Verzonnen", "Oefenaar", "Demowijk", "Proefmans", "Nepstra",
        "Testerveld", "Bedachtsma", "Schijnhout", "Denkbeeld", "Oefenberg"]
WIJK = ["Oost", "Noord", "Havenkwartier", "Stationsbuurt", "Centrum", "Zuid"]
PLACES = ["plein", "station", "skatebaan", "winkelcentrum", "speeltuin", "sporthal", "kade"]
WORDS = ("jongeren hingen rond bij het en de op een met muziek scooter avond laat praten "
         "voetbal ruzie rustig buurt bewoners overlast gesprek jongerencentrum school "
         "fiets snoep telefoon filmpje lachen wachten vrienden weekend regen").split()
CATEGORIES = ["groepskenmerken", "groepsgedrag", "online", "rol-in-groep",
              "contact-jongerenwerk", "aanbod-jongerenwerk", "persoonlijke-omstandigheden",
              "gezondheid", "strafbare-feiten"]
SOURCES = ["own_observation", "young_person", "third_party", "partner"]


def _text(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 30))]
    if rng.random() < 0.8:
        words.insert(rng.randrange(len(words)), COMMON_WORD)
    return " ".join(words).capitalize() + "."


def populate(nb: Notebook, people: int = 2000, groups: int = 150, signals: int = 50_000,
             seed: int = 20261129) -> dict[str, int]:
    """Fill ``nb``; returns counts. Deterministic for a given seed."""
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    with nb.transaction():
        pids = [nb.people.add(YoungPerson(
            name=f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}", nickname=rng.choice(FIRST),
            birth_date=date(2006, 1, 1) + timedelta(days=rng.randrange(4000)),
            neighbourhood=rng.choice(WIJK))) for i in range(people)]
        gids = [nb.groups.add(Group(name=f"Groep {rng.choice(PLACES)} {i}",
                                    kind=rng.choice(["groep", "netwerk", "online"]),
                                    locations=[rng.choice(PLACES)], stage=rng.choice(STAGES)))
                for i in range(groups)]
        for pid in pids:
            nb.memberships.add(Membership(person_id=pid, group_id=rng.choice(gids),
                                          role=rng.choice(["kern", "meeloper", "aanhaker"])))
        rare_at = set(rng.sample(range(signals), min(RARE_COUNT, signals)))
        for i in range(signals):
            text = _text(rng) + (f" Vraagt om een {RARE_WORD}." if i in rare_at else "")
            nb.signals.add(Signal(
                occurred_at=start + timedelta(minutes=rng.randrange(1_000_000)),
                location=rng.choice(PLACES), category=rng.choice(CATEGORIES),
                source=rng.choice(SOURCES), confidential=rng.random() < 0.1,
                verified=rng.random() < 0.6, text=text,
                person_ids=rng.sample(pids, rng.randint(0, 3)),
                group_ids=[rng.choice(gids)] if rng.random() < 0.7 else []))
    return {"people": people, "groups": groups, "signals": signals}


def main(argv: list[str]) -> int:
    """Write a populated notebook to ``argv[0]``."""
    from jongerenwerk_desk.vault import KdfParams

    if len(argv) != 1:
        print("usage: make_large_notebook.py OUT.jwdb", file=sys.stderr)
        return 2
    nb, _ = Notebook.create(Path(argv[0]), "benchmark", kdf_params=KdfParams.minimum())
    t0 = time.perf_counter()
    counts = populate(nb)
    print(f"populated {counts} in {time.perf_counter() - t0:.1f} s")
    nb.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
