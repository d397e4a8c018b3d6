"""Key derivation, key envelope and recovery codes (docs/architecture.md, "Keys and the
key envelope")."""

from __future__ import annotations

import json
import os
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jongerenwerk_desk.vault import KdfParams, Vault
from jongerenwerk_desk.vault.envelope import (
    PASSPHRASE_SLOT,
    RECOVERY_ALPHABET,
    KeyEnvelope,
    new_recovery_code,
    normalise_recovery_code,
)
from jongerenwerk_desk.vault.errors import (
    DamagedFile,
    NewerFormat,
    NotANotebook,
    WrongPassphrase,
)
from jongerenwerk_desk.vault.kdf import derive_key
from tests.vault_support import MIGRATIONS

SALT = bytes(range(16))


def test_kdf_params_floor_and_bounds() -> None:
    assert KdfParams.minimum() == KdfParams(1, 64 * 1024, 1)
    with pytest.raises(ValueError):
        KdfParams(1, 32 * 1024, 1)          # below 64 MiB
    with pytest.raises(ValueError):
        KdfParams(0, 64 * 1024, 1)
    with pytest.raises(ValueError):
        KdfParams(1, 64 * 1024, 0)
    params = KdfParams(3, 128 * 1024, 2)
    assert KdfParams.from_dict(params.to_dict()) == params
    with pytest.raises(ValueError):
        KdfParams.from_dict({**params.to_dict(), "algorithm": "scrypt"})
    with pytest.raises(TypeError):
        KdfParams.from_dict({**params.to_dict(), "time_cost": "3"})


class _Machine:
    """A modelled machine for calibration: ``setup`` seconds per derivation (allocating and
    filling memory) plus ``per_pass`` seconds per pass over 64 MiB; both grow with memory to
    the power ``growth`` (1: linear, as Argon2 is where memory is plentiful)."""

    def __init__(self, per_pass: float, setup: float = 0.0, growth: float = 1.0) -> None:
        self.per_pass, self.setup, self.growth = per_pass, setup, growth
        self.timed: list[KdfParams] = []

    def seconds(self, params: KdfParams) -> float:
        scale = (params.memory_kib / (64 * 1024)) ** self.growth
        return self.setup * scale + params.time_cost * self.per_pass * scale

    def __call__(self, params: KdfParams, runs: int = 2) -> float:
        self.timed.append(params)
        return self.seconds(params)


@pytest.mark.parametrize(("per_pass", "setup", "growth", "memory_mib", "timings"), [
    (0.01, 0.0, 1, 256, 3),    # a fast laptop: the most memory, many passes
    (0.05, 0.0, 1, 256, 3),    # typical: 3 passes over 256 MiB
    (0.05, 0.03, 1, 256, 3),   # slow to allocate: one pass over-predicts, the check scales up
    (0.1, 0.0, 1, 128, 3),     # a slower laptop: one pass at 128 MiB already takes a third
    (0.4, 0.0, 1, 64, 3),      # an old netbook: the floor's memory, one pass
    (3.0, 0.0, 1, 64, 3),      # slower than the target in one pass: the floor, never below it
    (0.05, 0.0, 1.6, 256, 7),  # memory costs more than linear: each size is timed instead
    (0.08, 0.0, 2.0, 128, 6),  # ... and a smaller memory than predicted is chosen
])
def test_calibration_reaches_the_target_with_the_most_memory(monkeypatch, per_pass, setup,
                                                              growth, memory_mib,
                                                              timings) -> None:
    from jongerenwerk_desk.vault import kdf

    machine = _Machine(per_pass, setup, growth)
    monkeypatch.setattr(kdf, "_timed", machine)
    params = KdfParams.calibrate(0.5)
    assert params.memory_kib == memory_mib * 1024
    assert params.parallelism == max(1, min(4, os.cpu_count() or 1))
    cost = machine.seconds(params)
    assert cost >= 0.4 or params.time_cost == 1           # never a fifth short of the target

    assert cost < 0.5 * 4 / 3 + machine.setup * 4 or params.time_cost == 1  # nor far over it
    assert len(machine.timed) <= timings       # one pass, the prediction, perhaps a rescale


def test_calibration_on_this_machine_gives_valid_parameters() -> None:
    params = KdfParams.calibrate(0.05)
    assert params.memory_kib >= 64 * 1024 and params.time_cost >= 1
    assert KdfParams.from_dict(params.to_dict()) == params


def test_derive_key_is_argon2id_and_nfc() -> None:
    params = KdfParams.minimum()
    composed = "café"                                   # U+00E9
    decomposed = unicodedata.normalize("NFD", composed)  # e + U+0301
    assert composed != decomposed
    key = derive_key(composed, SALT, params)
    assert len(key) == 32
    assert derive_key(decomposed, SALT, params) == key
    assert derive_key("cafe", SALT, params) != key
    assert derive_key(composed, bytes(16), params) != key
    # Known answer from the reference implementation's parameters via argon2-cffi.
    from argon2.low_level import Type, hash_secret_raw

    assert key == hash_secret_raw(composed.encode(), SALT, 1, 65536, 1, 32, Type.ID)


def test_recovery_code_shape_and_forgiving_input() -> None:
    codes = {new_recovery_code() for _ in range(50)}
    assert len(codes) == 50
    for code in codes:
        groups = code.split("-")
        assert [len(g) for g in groups] == [5] * 5
        assert all(ch in RECOVERY_ALPHABET for ch in "".join(groups))
    code = "0I1LO-ABCDE-FGHJK-MNPQR-STVWX"
    canonical = normalise_recovery_code(code)
    assert canonical == "0111" + "0" + "ABCDEFGHJKMNPQRSTVWX"
    assert normalise_recovery_code(" 0i1lo abcde-fghjk\tmnpqr stvwx ") == canonical
    for bad in ("", "ABCDE", "UUUUU-UUUUU-UUUUU-UUUUU-UUUUU", canonical + "0"):
        with pytest.raises(WrongPassphrase):
            normalise_recovery_code(bad)


def _envelope(key: bytes) -> KeyEnvelope:
    env = KeyEnvelope.new(key)
    env.wrap(PASSPHRASE_SLOT, "geheim", key, KdfParams.minimum())
    return env


def test_envelope_roundtrip_and_authenticated_slots() -> None:
    key = os.urandom(32)
    env = _envelope(key)
    again = KeyEnvelope.from_bytes(env.to_bytes())
    assert again.unwrap(PASSPHRASE_SLOT, "geheim") == key
    assert key.hex() not in env.to_bytes().decode()
    with pytest.raises(WrongPassphrase):
        again.unwrap(PASSPHRASE_SLOT, "Geheim")
    # A slot moved to another notebook's envelope does not open there (bound by the AAD).
    other = _envelope(os.urandom(32))
    other.slots[PASSPHRASE_SLOT] = env.slots[PASSPHRASE_SLOT]
    with pytest.raises(WrongPassphrase):
        other.unwrap(PASSPHRASE_SLOT, "geheim")
    # Swapping the KDF parameters is detected, not silently used.
    doc = json.loads(env.to_bytes())
    doc["slots"][PASSPHRASE_SLOT]["kdf"]["time_cost"] = 2
    with pytest.raises(WrongPassphrase):
        KeyEnvelope.from_bytes(json.dumps(doc).encode()).unwrap(PASSPHRASE_SLOT, "geheim")


@pytest.mark.parametrize(("mutate", "error"), [
    (lambda d: d.update(format="iets anders"), NotANotebook),
    (lambda d: d.update(version=99), NewerFormat),
    (lambda d: d.update(version="1"), DamagedFile),
    (lambda d: d.pop("notebook_id"), DamagedFile),
    (lambda d: d.update(key_check="!!"), DamagedFile),
    (lambda d: d["cipher"].update(compatibility=5), NewerFormat),
])
def test_envelope_parse_errors(mutate, error) -> None:
    doc = json.loads(_envelope(os.urandom(32)).to_bytes())
    mutate(doc)
    with pytest.raises(error):
        KeyEnvelope.from_bytes(json.dumps(doc).encode())


def test_envelope_garbage() -> None:
    with pytest.raises(NotANotebook):   # random bytes that do not start like JSON ("{")
        KeyEnvelope.from_bytes(b"\x8d" + os.urandom(63))
    with pytest.raises(DamagedFile):
        KeyEnvelope.from_bytes(b'{"format": "jongerenwerk-desk/key-envelope", "vers')


@settings(max_examples=5, deadline=None)
@given(st.text(min_size=1, max_size=40).filter(lambda s: s.strip("\x00") != ""))
def test_any_passphrase_roundtrips_in_nfc_or_nfd(secret: str) -> None:
    key = os.urandom(32)
    env = KeyEnvelope.new(key)
    env.wrap(PASSPHRASE_SLOT, unicodedata.normalize("NFD", secret), key, KdfParams.minimum())
    assert env.unwrap(PASSPHRASE_SLOT, unicodedata.normalize("NFC", secret)) == key


def test_passphrase_with_quotes_emoji_spaces_opens_notebook(notebook, vault_template) -> None:
    nfd = unicodedata.normalize("NFD", vault_template.passphrase + " é")
    vault = Vault.open(notebook, passphrase=vault_template.passphrase, migrations=MIGRATIONS)
    vault.change_passphrase(vault_template.passphrase, nfd)
    vault.close()
    with Vault.open(notebook, passphrase=unicodedata.normalize("NFC", nfd),
                    migrations=MIGRATIONS) as again:
        assert again.conn.execute("SELECT count(*) FROM item").fetchone()[0] == 50
