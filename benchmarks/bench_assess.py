"""Benchmark: ``assess`` on a request of 500 items (target: under 50 ms per call).

Run by hand: ``.venv/bin/python benchmarks/bench_assess.py [--items 500] [--repeat 50]``.
The request mixes group and person items over 60 subjects with consents (some with a data
scope), refusals, per-person conflicts of duties, informing exceptions with a ground,
confidential, special and criminal items, vital interests, screener findings, corrections,
confider consents, partner data, impressions, free text and old items, so that every rule
path of version 2 runs. Prints the median and worst time per call, and the JSON-parse
time for the same request. Exit status 1 when the median exceeds the target.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from jongerenwerk_desk.covenant import (
    ConfiderConsent,
    ConflictOfDuties,
    EarlierDisclosure,
    InformException,
    Item,
    Refusal,
    RequestConsent,
    ShareRequest,
    Subject,
    VitalInterest,
    assess,
    builtin_profile,
    request_from_json,
    request_to_json,
)

TARGET_MS = 50.0
TODAY = dt.date(2026, 11, 29)
CATEGORIES = ["groepsgedrag", "groepskenmerken", "online", "identiteit", "rol-in-groep",
              "contact-jongerenwerk", "aanbod-jongerenwerk", "persoonlijke-omstandigheden",
              "gezondheid", "strafbare-feiten"]


COD = ConflictOfDuties("Acuut gevaar voor de jongere; afweging voor hem vastgelegd.",
                       "aandachtsfunctionaris", dt.date(2026, 11, 20),
                       "Deel alleen de rol in de groep en vertel het hem vooraf.")
EXCEPTION = InformException("bescherming-betrokkene",
                            "Informeren brengt de jongere in gevaar bij de groep.",
                            dt.date(2026, 11, 1), dt.date(2027, 1, 31))
VITAL = VitalInterest("Levensgevaar: twee keer flauwgevallen bij de groep deze maand.",
                      "Hij ligt buiten bewustzijn en is niet aanspreekbaar.")


def build_request(n_items: int, n_subjects: int = 60) -> ShareRequest:
    """A deterministic mixed request of ``n_items`` items."""
    subjects = []
    for s in range(n_subjects):
        consents = tuple(
            RequestConsent(by=("youth", "parents", "youth+parents")[c % 3],
                           given_on=dt.date(2026, 1 + c, 1), purpose="groepsduiding",
                           recipients=("burgemeester", "politie")[: 1 + c % 2],
                           withdrawn_on=dt.date(2026, 10, 1) if c == 2 else None,
                           explicit_special=c == 1,
                           categories=("identiteit", "rol-in-groep") if s % 5 == 0 else None)
            for c in range(s % 4))
        birth = None if s % 7 == 0 else dt.date(2005 + s % 14, 1 + s % 12, 1 + s % 28)
        subjects.append(Subject(id=f"Y{s}", birth_date=birth, informed=s % 3 != 0,
                                parents_informed=s % 2 == 0,
                                inform_exception=EXCEPTION if s % 11 == 0 else
                                "Gevaar voor de jongere" if s % 11 == 1 else None,
                                consents=consents,
                                refusals=(Refusal("youth", dt.date(2026, 11, 1),
                                                  "groepsduiding"),) if s % 8 == 0 else (),
                                conflict_of_duties=COD if s % 3 == 1 else None))
    items = []
    for i in range(n_items):
        category = CATEGORIES[i % len(CATEGORIES)]
        person = i % len(CATEGORIES) >= 3
        items.append(Item(
            id=f"I{i}", subject=f"Y{i % n_subjects}" if person else None, category=category,
            source=("own_observation", "young_person", "third_party", "partner")[i % 4],
            confidential=i % 5 == 0, recorded_on=TODAY - dt.timedelta(days=(i * 7) % 900),
            necessity="Nodig om de rol in de groep te duiden." if i % 13 else "",
            verified=i % 4 != 0, free_text=i % 6 == 0, names_informant=i % 97 == 0,
            vital_interest=VITAL if i % 17 == 0 else "Levensgevaar" if i % 19 == 0 else None,
            confider_consent=ConfiderConsent(dt.date(2026, 11, 1), "anonymous-group-level")
            if not person and i % 5 == 0 else None,
            corrects="V-1" if i % 23 == 0 else None,
            screening=(("health",), ("criminal",), ())[i % 3] if i % 6 == 0 else (),
            screening_confirmed=i % 12 == 0))
    return ShareRequest(
        today=TODAY, own_party="jongerenwerk", recipients=("burgemeester", "politie"),
        stage="3", purpose="groepsduiding",
        subsidiarity="Op groepsniveau is niet vast te stellen wie hulp nodig heeft.",
        subjects=tuple(subjects), items=tuple(items), conflict_of_duties=COD, group_size=4,
        earlier_disclosures=(EarlierDisclosure("V-1", dt.date(2026, 10, 6),
                                               ("burgemeester", "politie"), ("Y0", "Y1")),))


def time_calls(fn, repeat: int) -> list[float]:
    """Milliseconds per call of ``fn`` over ``repeat`` calls (after one warm-up call)."""
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    profile = builtin_profile("demo")
    request = build_request(args.items)
    result = assess(profile, request, TODAY)
    times = time_calls(lambda: assess(profile, request, TODAY), args.repeat)
    as_json = json.dumps(request_to_json(request))
    parse_times = time_calls(lambda: request_from_json(json.loads(as_json)), args.repeat)
    median = statistics.median(times)
    print(f"assess, {args.items} items, {len(request.subjects)} subjects: "
          f"{len(result.findings)} findings, outcome {result.outcome}")
    print(f"  assess:            median {median:.2f} ms, max {max(times):.2f} ms "
          f"(target < {TARGET_MS:.0f} ms) over {args.repeat} runs")
    print(f"  request_from_json: median {statistics.median(parse_times):.2f} ms")
    return 0 if median < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
