"""The one passphrase policy for every place a passphrase is chosen (CLI ``init`` and
``change-passphrase``, the GUI's first-run and change-passphrase pages).

A passphrase protects the data key against offline guessing (Argon2id slows each guess; the
passphrase must still be hard to guess): at least :data:`MIN_LENGTH` characters and a zxcvbn
score of at least :data:`MIN_SCORE` (0..4; 3 = "safely unguessable: moderate protection from
offline slow-hash scenario", Wheeler, USENIX Security 2016). Basis: AVG art. 32 (passende
beveiliging), BIO 9.4.3 (wachtwoordbeheer).

The vault itself does not enforce this policy (it only refuses an empty passphrase), so tests
and the fast test KDF can keep using short passphrases; callers that take a passphrase from a
person must call :func:`passphrase_problems` first.
"""

from __future__ import annotations

from collections.abc import Iterable

import zxcvbn

MIN_LENGTH = 10
MIN_SCORE = 3
_MAX_SCORED = 100   # zxcvbn is slow on very long input; the first 100 characters decide

SCORE_LABELS = ("zeer zwak", "zwak", "matig", "sterk", "zeer sterk")


def strength(passphrase: str, user_inputs: Iterable[str] | None = None) -> int:
    """zxcvbn score 0..4 of ``passphrase`` (0 for an empty one). ``user_inputs``: words
    that make it easier to guess (the notebook's file name, the user's name)."""
    if not passphrase:
        return 0
    inputs = [str(word) for word in (user_inputs or ()) if word]
    return int(zxcvbn.zxcvbn(passphrase[:_MAX_SCORED], user_inputs=inputs)["score"])


def passphrase_problems(passphrase: str, user_inputs: Iterable[str] = ()) -> list[str]:
    """Dutch reasons why ``passphrase`` may not be chosen; an empty list means acceptable.

    Never repeats the passphrase. Length counts Unicode code points after the caller's NFC
    normalisation.
    """
    if not passphrase or not passphrase.strip():
        return ["een leeg wachtwoord is niet toegestaan."]
    if len(passphrase) < MIN_LENGTH:
        return [f"het wachtwoord is te kort: minstens {MIN_LENGTH} tekens."]
    score = strength(passphrase, user_inputs)
    if score < MIN_SCORE:
        return [f"het wachtwoord is te makkelijk te raden ({SCORE_LABELS[score]}); gebruik "
                "een zin van een paar woorden die niet bij elkaar horen."]
    return []
