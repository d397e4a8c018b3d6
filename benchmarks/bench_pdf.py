"""Benchmark: build and write the minimal-summary PDF for a group of 30 members, 300 signals.

Target (issue 4): under 2 s for building the request, the check, the summary and writing the
PDF. Run by hand: ``.venv/bin/python benchmarks/bench_pdf.py [--runs 5]``. Prints the median
and the worst run per phase. Uses a real SQLCipher notebook in a temporary directory with
fictional data; every signal is reviewed free text (the heaviest case for the PDF).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from jongerenwerk_desk.covenant import assess, builtin_profile
from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.notebook.models import (
    Consent,
    Group,
    InformingRecord,
    Membership,
    Signal,
    YoungPerson,
)
from jongerenwerk_desk.sharing import (
    Grounds,
    Selection,
    build_request,
    build_summary,
    write_pdf,
)
from jongerenwerk_desk.vault import KdfParams

TODAY = date(2026, 11, 29)
CATEGORIES = ("groepsgedrag", "online", "contact-jongerenwerk", "rol-in-groep")


def populate(nb: Notebook, members: int = 30, signals: int = 300) -> Selection:
    """A stage-2B group with ``members`` young people and ``signals`` signals."""
    gid = nb.groups.add(Group(name="Benchgroep", locations=["Plein", "Skatebaan"],
                              platforms=["Snapchat"], stage="2B"))
    pids = []
    with nb.transaction():
        for n in range(members):
            pid = nb.people.add(YoungPerson(name=f"Voornaam{n} Achternaam{n}",
                                            birth_date=date(2008 + n % 5, 1 + n % 12, 1)))
            nb.memberships.add(Membership(person_id=pid, group_id=gid, role="meeloper"))
            nb.informing.add(InformingRecord(person_id=pid, informed_on=date(2026, 11, 1),
                                             who="youth+parents", how="brief"))
            nb.consents.add(Consent(person_id=pid, given_by="youth+parents",
                                    purpose="namenlijst", recipients=["burgemeester"],
                                    given_on=date(2026, 11, 2)))
            pids.append(pid)
        sids = []
        start = datetime(2026, 8, 1, 18, tzinfo=UTC)
        for n in range(signals):
            category = CATEGORIES[n % len(CATEGORIES)]
            person = [pids[n % members]] if category in ("contact-jongerenwerk",
                                                         "rol-in-groep") else []
            sids.append(nb.signals.add(Signal(
                occurred_at=start + timedelta(hours=7 * n), category=category,
                verified=n % 3 != 0, person_ids=person, group_ids=[gid],
                text=f"Waarneming {n}: groep bij de skatebaan, muziek hard, Voornaam{n % 30} "
                     "sprak de jongerenwerker aan over werk en school. " * 2)))
    return Selection(group_id=gid, person_ids=tuple(pids), signal_ids=tuple(sids),
                     include_identity=True, include_roles=True, purpose="namenlijst",
                     stage="2B", recipients=("burgemeester",))


def grounds_for(request_items: list[str]) -> Grounds:
    """Grounds that make every item pass: necessity per item and all text reviewed."""
    return Grounds(subsidiarity="Op groepsniveau is niet vast te stellen wie hulp nodig heeft.",
                   necessity={i: "Nodig voor de namenlijst en de duiding." for i in
                              request_items},
                   reviewed_free_text=set(request_items))


def run_once(nb: Notebook, selection: Selection, out: Path) -> dict[str, float]:
    """One full pass; returns seconds per phase and in total."""
    profile = builtin_profile("demo")
    ids = [f"S{s}" for s in selection.signal_ids] + [
        f"P{p}-{k}" for p in selection.person_ids for k in ("identiteit", "rol")]
    t0 = time.perf_counter()
    request = build_request(nb, selection, grounds_for(ids), TODAY, "jongerenwerk")
    t1 = time.perf_counter()
    assessment = assess(profile, request, TODAY)
    t2 = time.perf_counter()
    summary = build_summary(nb, request, assessment, profile, selection).with_disclosure_id("1")
    t3 = time.perf_counter()
    write_pdf(summary, out)
    t4 = time.perf_counter()
    if assessment.blocked:
        raise SystemExit("benchmark request is blocked: " + ", ".join(assessment.codes))
    return {"request": t1 - t0, "assess": t2 - t1, "summary": t3 - t2, "pdf": t4 - t3,
            "total": t4 - t0, "items": len(request.items), "bytes": out.stat().st_size}


def main() -> int:
    """Build the notebook once, run ``--runs`` passes, print median and worst per phase."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        nb, _code = Notebook.create(Path(tmp) / "bench.jwdb", "bench wachtwoord",
                                    kdf_params=KdfParams.minimum())
        try:
            selection = populate(nb)
            results = [run_once(nb, selection, Path(tmp) / f"v{n}.pdf")
                       for n in range(args.runs)]
        finally:
            nb.close()
    print(f"30 leden, 300 signalen, {results[0]['items']} onderdelen, "
          f"PDF {results[0]['bytes'] / 1024:.0f} KiB, {args.runs} runs")
    for phase in ("request", "assess", "summary", "pdf", "total"):
        values = [r[phase] for r in results]
        print(f"{phase:8s} median {statistics.median(values) * 1000:7.1f} ms   "
              f"worst {max(values) * 1000:7.1f} ms")
    worst = max(r["total"] for r in results)
    print("target < 2000 ms:", "OK" if worst < 2.0 else "TE TRAAG")
    return 0 if worst < 2.0 else 1


if __name__ == "__main__":
    sys.exit(main())
