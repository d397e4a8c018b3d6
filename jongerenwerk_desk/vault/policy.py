"""The one passphrase policy for every place a passphrase is chosen (CLI ``init`` and
``change-passphrase``, the GUI's first-run and change-passphrase pages).

A passphrase protects the data key against offline guessing (Argon2id slows each guess; the
passphrase must still be hard to guess): :data:`MIN_LENGTH` to :data:`MAX_LENGTH` characters
and a zxcvbn score of at least :data:`MIN_SCORE` (0..4; 3 = "safely unguessable: moderate
protection from offline slow-hash scenario", Wheeler, USENIX Security 2016). Basis: AVG
art. 32 (passende beveiliging), BIO 9.4.3 (wachtwoordbeheer).

The vault itself does not enforce this policy (it only refuses an empty passphrase), so tests
and the fast test KDF can keep using short passphrases; callers that take a passphrase from a
person must call :func:`passphrase_problems` first.
"""

from __future__ import annotations

from collections.abc import Iterable

import zxcvbn

MIN_LENGTH = 10
MAX_LENGTH = 1024
MIN_SCORE = 3
#: zxcvbn scores at most this many characters: it refuses input over 72 characters
#: (ValueError, zxcvbn 4.5) and is slow on long input. Only the estimate is bounded, never the
#: passphrase: a longer one is scored on its first :data:`SCORED_PREFIX` characters, which must
#: then be hard to guess on their own (an honest lower bound: more text only adds to it).
SCORED_PREFIX = 64

SCORE_LABELS = ("zeer zwak", "zwak", "matig", "sterk", "zeer sterk")


def strength(passphrase: str, user_inputs: Iterable[str] | None = None) -> int:
    """zxcvbn score 0..4 of ``passphrase`` (0 for an empty one). ``user_inputs``: words
    that make it easier to guess (the notebook's file name, the user's name)."""
    if not passphrase:
        return 0
    inputs = [str(word)[:SCORED_PREFIX] for word in (user_inputs or ()) if word]
    return int(zxcvbn.zxcvbn(passphrase[:SCORED_PREFIX], user_inputs=inputs)["score"])


def passphrase_problems(passphrase: str, user_inputs: Iterable[str] = ()) -> list[str]:
    """Dutch reasons why ``passphrase`` may not be chosen; an empty list means acceptable.

    Never repeats the passphrase. Length counts Unicode code points after the caller's NFC
    normalisation.
    """
    if not passphrase or not passphrase.strip():
        return ["een leeg wachtwoord is niet toegestaan."]
    if len(passphrase) < MIN_LENGTH:
        return [f"het wachtwoord is te kort: minstens {MIN_LENGTH} tekens."]
    if len(passphrase) > MAX_LENGTH:
        return [f"het wachtwoord is te lang: hoogstens {MAX_LENGTH} tekens."]
    score = strength(passphrase, user_inputs)
    if score < MIN_SCORE:
        return [f"het wachtwoord is te makkelijk te raden ({SCORE_LABELS[score]}); gebruik "
                "een zin van een paar woorden die niet bij elkaar horen."]
    return []
