"""The key envelope ``X.jwdb.keys``: the notebook's data key, wrapped.

JSON, one object::

    {"format": "jongerenwerk-desk/key-envelope", "version": 1,
     "notebook_id": "<uuid4>", "created_at": "<UTC ISO 8601>",
     "cipher": {"engine": "sqlcipher", "compatibility": 4, "key": "raw-256"},
     "key_check": "<b64 HMAC-SHA256(data key, label|notebook_id)>",
     "slots": {"passphrase":    {"kdf": {...}, "salt": b64, "nonce": b64, "wrapped_key": b64},
               "recovery_code": {...same shape...}},
     "next": {"key_check": ..., "slots": {...}}}        # only while a key change is under way

Each slot wraps the 32-byte data key with AES-256-GCM under Argon2id(secret, salt); the
associated data binds the notebook id, the slot name, the KDF parameters and the salt, so a
slot cannot be moved to another notebook or have its parameters swapped unnoticed. A failed
GCM tag is a wrong secret (or a tampered slot): :class:`WrongPassphrase`.

``next`` (optional) exists only between the two steps of a passphrase change
(``Vault.change_passphrase``): it wraps the *new* data key under the new passphrase and the
new recovery code. The database is then encrypted under exactly one of the two keys (the
re-encryption is one SQLite transaction), so after a crash exactly one of old and new
passphrase opens it; the next successful open drops the set that no longer fits.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from jongerenwerk_desk.vault.errors import (
    DamagedFile,
    KeyFileDamaged,
    NewerFormat,
    NotANotebook,
    WrongPassphrase,
)
from jongerenwerk_desk.vault.fileio import atomic_write_bytes
from jongerenwerk_desk.vault.kdf import KEY_BYTES, SALT_BYTES, KdfParams, derive_key, normalise

FORMAT = "jongerenwerk-desk/key-envelope"
VERSION = 1
PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery_code"
_KEY_CHECK_LABEL = b"jongerenwerk-desk key check v1|"

# Crockford base32: no I, L, O, U; typing O for 0 and I/L for 1 is forgiven.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 5
RECOVERY_GROUP_LEN = 5   # 25 symbols x 5 bits = 125 random bits
_RECOVERY_FIXUPS = str.maketrans({"O": "0", "I": "1", "L": "1"})


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str, size: int | None = None) -> bytes:
    raw = base64.b64decode(text.encode("ascii"), validate=True)
    if size is not None and len(raw) != size:
        raise ValueError("wrong length")
    return raw


def new_recovery_code() -> str:
    """A fresh recovery code: five groups of five Crockford base32 symbols (125 bits)."""
    symbols = "".join(secrets.choice(RECOVERY_ALPHABET)
                      for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN))
    return "-".join(symbols[i:i + RECOVERY_GROUP_LEN]
                    for i in range(0, len(symbols), RECOVERY_GROUP_LEN))


def normalise_recovery_code(code: str) -> str:
    """Canonical form of a typed recovery code: upper case, no spaces/dashes, O->0, I/L->1.

    Raises WrongPassphrase when the result is not 25 symbols of the alphabet.
    """
    text = normalise(code).upper().translate(_RECOVERY_FIXUPS)
    text = "".join(ch for ch in text if ch not in " -\t\u00a0")
    if len(text) != RECOVERY_GROUPS * RECOVERY_GROUP_LEN or any(
            ch not in RECOVERY_ALPHABET for ch in text):
        raise WrongPassphrase("herstelcode heeft niet de juiste vorm")
    return text


def key_check(data_key: bytes, notebook_id: str) -> bytes:
    """HMAC-SHA256 of the notebook id under the data key: tells a stale device key apart."""
    return hmac.new(data_key, _KEY_CHECK_LABEL + notebook_id.encode("ascii"),
                    hashlib.sha256).digest()


@dataclass
class KeyEnvelope:
    """In-memory key envelope. Never holds the data key itself, only wraps of it."""

    notebook_id: str
    created_at: str
    key_check: bytes
    slots: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: the next key's ``{"key_check": bytes, "slots": {...}}`` during a key change, else None
    next: dict[str, Any] | None = None

    @classmethod
    def new(cls, data_key: bytes) -> KeyEnvelope:
        """An envelope for a fresh notebook (no slots yet)."""
        notebook_id = str(uuid.uuid4())
        created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        return cls(notebook_id, created, key_check(data_key, notebook_id))

    def _aad(self, slot: str, kdf: dict[str, Any], salt: str) -> bytes:
        params = json.dumps(kdf, sort_keys=True, separators=(",", ":"))
        return f"{FORMAT} v{VERSION}|{self.notebook_id}|{slot}|{params}|{salt}".encode()

    def wrap(self, slot: str, secret: str, data_key: bytes, params: KdfParams) -> None:
        """(Re)wrap ``data_key`` into ``slot`` under Argon2id(secret) with a fresh salt/nonce."""
        salt, nonce = os.urandom(SALT_BYTES), os.urandom(12)
        kdf = params.to_dict()
        kek = derive_key(secret, salt, params)
        wrapped = AESGCM(kek).encrypt(nonce, data_key, self._aad(slot, kdf, _b64(salt)))
        self.slots[slot] = {"kdf": kdf, "salt": _b64(salt), "nonce": _b64(nonce),
                            "wrapped_key": _b64(wrapped)}

    def staged(self, data_key: bytes) -> KeyEnvelope:
        """A fresh envelope of this notebook (same id and creation time) for ``data_key``,
        no slots yet: fill it with :meth:`wrap`, then :meth:`with_next` stages it."""
        return KeyEnvelope(self.notebook_id, self.created_at,
                           key_check(data_key, self.notebook_id))

    def with_next(self, nxt: KeyEnvelope) -> KeyEnvelope:
        """A copy of this envelope that also carries ``nxt``'s key check and slots as
        ``next`` (the state written before the database is re-encrypted)."""
        if nxt.notebook_id != self.notebook_id:
            raise ValueError("next key belongs to another notebook")
        copy = KeyEnvelope.from_bytes(self.to_bytes())
        copy.next = {"key_check": nxt.key_check, "slots": json.loads(json.dumps(nxt.slots))}
        return copy

    def next_envelope(self) -> KeyEnvelope | None:
        """The staged next envelope (see ``next``) as an envelope of its own, or None."""
        if self.next is None:
            return None
        return KeyEnvelope(self.notebook_id, self.created_at, self.next["key_check"],
                           dict(self.next["slots"]))

    def without_next(self) -> KeyEnvelope:
        """A copy without the staged next key (the change was rolled back)."""
        copy = KeyEnvelope.from_bytes(self.to_bytes())
        copy.next = None
        return copy

    def slot_params(self, slot: str) -> KdfParams:
        """KDF parameters of ``slot``; raises DamagedFile when the slot is missing or bad."""
        try:
            return KdfParams.from_dict(self.slots[slot]["kdf"])
        except (KeyError, TypeError, ValueError) as exc:
            raise DamagedFile("sleutelbestand: onleesbaar sleutelvak") from exc

    def unwrap(self, slot: str, secret: str) -> bytes:
        """Return the data key, or raise WrongPassphrase (bad secret) / DamagedFile (bad slot)."""
        params = self.slot_params(slot)
        entry = self.slots[slot]
        try:
            salt = _unb64(entry["salt"], SALT_BYTES)
            nonce = _unb64(entry["nonce"], 12)
            wrapped = _unb64(entry["wrapped_key"], KEY_BYTES + 16)
        except (KeyError, TypeError, ValueError) as exc:
            raise DamagedFile("sleutelbestand: onleesbaar sleutelvak") from exc
        kek = derive_key(secret, salt, params)
        try:
            key = AESGCM(kek).decrypt(nonce, wrapped, self._aad(slot, entry["kdf"], entry["salt"]))
        except InvalidTag:
            raise WrongPassphrase() from None
        if not hmac.compare_digest(key_check(key, self.notebook_id), self.key_check):
            raise DamagedFile("sleutelbestand: sleutelcontrole klopt niet")
        return key

    def matches(self, data_key: bytes) -> bool:
        """True when ``data_key`` is this notebook's key (constant-time)."""
        return hmac.compare_digest(key_check(data_key, self.notebook_id), self.key_check)

    def to_bytes(self) -> bytes:
        """Serialised JSON (UTF-8, sorted keys)."""
        doc = {"format": FORMAT, "version": VERSION, "notebook_id": self.notebook_id,
               "created_at": self.created_at,
               "cipher": {"engine": "sqlcipher", "compatibility": 4, "key": "raw-256"},
               "key_check": _b64(self.key_check), "slots": self.slots}
        if self.next is not None:
            doc["next"] = {"key_check": _b64(self.next["key_check"]),
                           "slots": self.next["slots"]}
        return json.dumps(doc, sort_keys=True, indent=1).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyEnvelope:
        """Parse; NotANotebook (not an envelope), NewerFormat, DamagedFile (garbled)."""
        if not raw.strip(b" \t\r\n\0"):
            raise KeyFileDamaged("sleutelbestand is leeg")
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise (KeyFileDamaged if raw.lstrip().startswith(b"{") else NotANotebook)(
                "sleutelbestand onleesbaar") from exc
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise NotANotebook("geen sleutelbestand")
        version = doc.get("version")
        if not isinstance(version, int) or version < 1:
            raise DamagedFile("sleutelbestand: onbekende versie")
        if version > VERSION:
            raise NewerFormat(f"sleutelbestand versie {version}")
        try:
            env = cls(str(uuid.UUID(doc["notebook_id"])), str(doc["created_at"]),
                      _unb64(doc["key_check"], 32), dict(doc["slots"]))
            if doc.get("next") is not None:
                env.next = {"key_check": _unb64(doc["next"]["key_check"], 32),
                            "slots": dict(doc["next"]["slots"])}
        except (KeyError, TypeError, ValueError) as exc:
            raise KeyFileDamaged("sleutelbestand onvolledig") from exc
        if doc.get("cipher", {}).get("compatibility") != 4:
            raise NewerFormat("onbekende versleuteling")
        return env

    @classmethod
    def load(cls, path: Path) -> KeyEnvelope:
        """Read ``path``; a missing file is NotANotebook (no key envelope)."""
        try:
            raw = Path(path).read_bytes()
        except FileNotFoundError:
            raise NotANotebook("sleutelbestand ontbreekt") from None
        return cls.from_bytes(raw)

    def save(self, path: Path) -> None:
        """Atomically replace ``path`` (tmp + fsync + rename); DiskFull on ENOSPC."""
        atomic_write_bytes(Path(path), self.to_bytes(), overwrite=True)
