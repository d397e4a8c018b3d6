"""Argon2id key derivation for wrapping the notebook's data key.

The passphrase (NFC-normalised, UTF-8) and a 16-byte random salt go through Argon2id
(RFC 9106) with parameters stored in the key envelope, giving a 32-byte key-encryption key.
Parameters are calibrated once, at creation, on the user's machine (docs/architecture.md, "Key
derivation": at least 64 MiB, about half a second).
"""

from __future__ import annotations

import math
import os
import time
import unicodedata
from dataclasses import dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw

MIN_MEMORY_KIB = 64 * 1024          # 64 MiB floor (docs/architecture.md)
MAX_MEMORY_KIB = 4 * 1024 * 1024    # refuse absurd envelopes (4 GiB) rather than swap to death
MAX_TIME_COST = 64
CALIBRATE_MAX_MEMORY_KIB = 256 * 1024
KEY_BYTES = 32
SALT_BYTES = 16


def normalise(secret: str) -> str:
    """Return ``secret`` in Unicode NFC; every passphrase path goes through this (issue 2)."""
    return unicodedata.normalize("NFC", secret)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters.

    ``time_cost``: passes over memory (>= 1); ``memory_kib``: memory in KiB (>= 65536, i.e.
    64 MiB); ``parallelism``: lanes (1..16). Raises ValueError when outside those bounds.
    """

    time_cost: int
    memory_kib: int
    parallelism: int

    def __post_init__(self) -> None:
        if not (1 <= self.time_cost <= MAX_TIME_COST):
            raise ValueError(f"time_cost {self.time_cost} outside 1..{MAX_TIME_COST}")
        if not (MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB):
            raise ValueError(f"memory_kib {self.memory_kib} outside "
                             f"{MIN_MEMORY_KIB}..{MAX_MEMORY_KIB}")
        if not (1 <= self.parallelism <= 16):
            raise ValueError(f"parallelism {self.parallelism} outside 1..16")

    @classmethod
    def minimum(cls) -> KdfParams:
        """The floor: 64 MiB, one pass, one lane. For tests; real notebooks are calibrated."""
        return cls(time_cost=1, memory_kib=MIN_MEMORY_KIB, parallelism=1)

    @classmethod
    def calibrate(cls, target_seconds: float = 0.5) -> KdfParams:
        """Pick parameters that take about ``target_seconds`` here (never below the floor).

        Argon2's cost grows linearly with memory and with passes (RFC 9106, section 3.1), so
        one pass at 64 MiB is timed and the rest predicted: memory first (64, 128, then at most
        256 MiB, while one pass stays under a third of the target: memory is what makes GPU
        guessing expensive), then the passes nearest the target. The prediction is timed
        once and, when it falls more than a fifth short of the target, the passes are scaled up
        to reach it (never down). When it takes more than one and a half times the target,
        memory costs more than its share on this machine (little RAM, small caches): the
        memory is then chosen from one timed pass at each size, as before the prediction.
        Every timing is the fastest of two runs, so a busy moment does not lower the cost.
        Lanes follow the CPU count (max 4). Takes about two and a half times the target (1.2 s
        for 0.5 s; it was 2.6 s when every step was timed).
        """
        lanes = max(1, min(4, os.cpu_count() or 1))
        floor_pass = _timed(cls(1, MIN_MEMORY_KIB, lanes))
        memory, per_pass = _memory_for(cls, target_seconds, lanes, floor_pass, timed=False)
        params = cls(_nearest_passes(target_seconds, per_pass), memory, lanes)
        elapsed = _timed(params)
        if memory > MIN_MEMORY_KIB and elapsed > target_seconds * 1.5:
            memory, per_pass = _memory_for(cls, target_seconds, lanes, floor_pass, timed=True)
            params = cls(_nearest_passes(target_seconds, per_pass), memory, lanes)
            elapsed = _timed(params)
        if elapsed < target_seconds * 0.8:
            params = cls(_passes_for(target_seconds, elapsed / params.time_cost), memory, lanes)
        return params

    def to_dict(self) -> dict[str, int | str]:
        """JSON shape stored in the key envelope."""
        return {"algorithm": "argon2id", "version": 19, "time_cost": self.time_cost,
                "memory_kib": self.memory_kib, "parallelism": self.parallelism}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KdfParams:
        """Inverse of :meth:`to_dict`; raises ValueError/KeyError/TypeError on a bad shape."""
        if data.get("algorithm") != "argon2id" or data.get("version") != 19:
            raise ValueError("unsupported KDF")
        values = (data["time_cost"], data["memory_kib"], data["parallelism"])
        if not all(type(v) is int for v in values):
            raise TypeError("KDF parameters must be integers")
        return cls(*values)


def _memory_for(cls: type[KdfParams], target_seconds: float, lanes: int, floor_pass: float,
                *, timed: bool) -> tuple[int, float]:
    """(memory in KiB, seconds per pass there): 64, 128, then at most 256 MiB, stepping up
    while one pass stays under a third of ``target_seconds``. ``floor_pass``: one timed pass
    at 64 MiB; each larger size is timed (``timed``) or predicted as twice the one before."""
    memory, per_pass = MIN_MEMORY_KIB, floor_pass
    while per_pass < target_seconds / 3 and memory < CALIBRATE_MAX_MEMORY_KIB:
        memory *= 2
        per_pass = _timed(cls(1, memory, lanes)) if timed else per_pass * 2
    return memory, per_pass


def _nearest_passes(target_seconds: float, seconds_per_pass: float) -> int:
    """Passes (1..MAX_TIME_COST) whose cost comes nearest ``target_seconds``."""
    return max(1, min(MAX_TIME_COST, round(target_seconds / max(seconds_per_pass, 1e-3))))


def _passes_for(target_seconds: float, seconds_per_pass: float) -> int:
    """Passes (1..MAX_TIME_COST) that take at least ``target_seconds`` at that cost per pass."""
    return max(1, min(MAX_TIME_COST, math.ceil(target_seconds / max(seconds_per_pass, 1e-3))))


def _timed(params: KdfParams, runs: int = 2) -> float:
    """Fastest of ``runs`` derivations: on a busy machine the minimum is the honest cost."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        derive_key("calibration", os.urandom(SALT_BYTES), params)
        best = min(best, time.perf_counter() - start)
    return best


def derive_key(secret: str, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id(NFC(secret) as UTF-8, salt) -> 32-byte key. ``salt`` must be 16 bytes."""
    if len(salt) != SALT_BYTES:
        raise ValueError("salt must be 16 bytes")
    return hash_secret_raw(
        secret=normalise(secret).encode("utf-8"), salt=salt, time_cost=params.time_cost,
        memory_cost=params.memory_kib, parallelism=params.parallelism, hash_len=KEY_BYTES,
        type=Type.ID)
