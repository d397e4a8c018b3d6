"""Benchmark: the text screener on 300 texts (target: under 200 ms for all 300).

Run by hand: ``.venv/bin/python benchmarks/bench_screening.py [--texts 300] [--repeat 20]``.
The texts are made-up signal texts of 40 to 120 words, about a third of them mentioning health
or criminal matters, some with diacritics, hyphens and capitals. Prints the median and worst
time for the whole batch and the one-off time to load the word lists. Exit status 1 when the
median exceeds the target.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from jongerenwerk_desk.sharing.screening import load_lists, screen_text

TARGET_MS = 200.0
SENTENCES = [
    "De groep hangt vanaf negen uur rond bij het winkelcentrum en de bankjes bij de vijver.",
    "Een paar jongeren maken lawaai met scooters en rijden over het plein.",
    "Jongerenwerk heeft met de groep gesproken over een voetbaltoernooi in de sporthal.",
    "Hij zegt dat hij verslaafd is aan gamen en 's nachts niet slaapt.",
    "Volgens de buurt wordt er bij het station gedeald; dat hebben wij niet gezien.",
    "Ze vertelde dat ze vorige week op de Eerste Hulp lag na het blowen.",
    "Er is aangifte gedaan van vernieling van de bushokjes aan de Dorpsstraat.",
    "Het was een geweldige avond; de inbreng van de jongeren was groot.",
    "Zijn moeder heeft zorgen over zijn schoolverzuim en vraagt om een gesprek.",
    "Suïcidale uitspraken in de groepsapp; de aandachtsfunctionaris is ingelicht.",
    "De jongeren willen een eigen ruimte in het buurthuis voor muziek en dans.",
    "In het verslag van het overleg staat dat de overlast minder is geworden.",
]


def make_texts(count: int) -> list[str]:
    """``count`` deterministic texts of 4 to 10 sentences each."""
    texts = []
    for n in range(count):
        size = 4 + n % 7
        texts.append(" ".join(SENTENCES[(n * 5 + k * 3) % len(SENTENCES)]
                              for k in range(size)))
    return texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    start = time.perf_counter()
    lists = load_lists()
    load_ms = (time.perf_counter() - start) * 1000
    texts = make_texts(args.texts)
    found = sum(1 for t in texts if screen_text(t, lists))
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        for text in texts:
            screen_text(text, lists)
        times.append((time.perf_counter() - start) * 1000)
    median = statistics.median(times)
    words = sum(len(t.split()) for t in texts)
    print(f"screener, {args.texts} texts ({words} words), {found} with a finding")
    print(f"  load lists: {load_ms:.2f} ms (once)")
    print(f"  screen all: median {median:.2f} ms, max {max(times):.2f} ms "
          f"(target < {TARGET_MS:.0f} ms) over {args.repeat} runs")
    return 0 if median < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
