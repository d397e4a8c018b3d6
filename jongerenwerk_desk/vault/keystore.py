"""Optional device unlock: the OS keyring holds the notebook's data key for this device.

Only these keyring backends count as secure (exact classes, no subclasses, no chainer):
Secret Service (GNOME Keyring, KeePassXC), KWallet, Windows Credential Manager, macOS
Keychain. Plaintext/encrypted-file backends (keyrings.alt), the ``fail``/``null`` backends and
the chainer are refused, whatever the user's keyring configuration or PYTHON_KEYRING_BACKEND
says. Every keyring call runs in a daemon worker thread with a time limit, so a hung D-Bus or
an unanswered unlock prompt never blocks the caller; after one time-out the store stays
unavailable for its lifetime (no pile-up of stuck threads). Anything that goes wrong is
:class:`KeyringUnavailable`, never WrongPassphrase: the user can always type the passphrase.

Stored item: service ``jongerenwerk-desk``, user name = the notebook's UUID, secret =
``"v1:" + base64(data key)``.
"""

from __future__ import annotations

import base64
import binascii
import importlib
import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from jongerenwerk_desk.vault.errors import KeyringUnavailable

SERVICE = "jongerenwerk-desk"
#: a second item per notebook: the last seen generation (``vault/rollback.py``)
STATE_SERVICE = "jongerenwerk-desk-state"
DEFAULT_TIMEOUT_S = 5.0
# (module, class name, label shown in the UI)
SECURE_BACKENDS: tuple[tuple[str, str, str], ...] = (
    ("keyring.backends.SecretService", "Keyring", "Secret Service"),
    ("keyring.backends.kwallet", "DBusKeyring", "KWallet"),
    ("keyring.backends.Windows", "WinVaultKeyring", "Windows Credential Manager"),
    ("keyring.backends.macOS", "Keyring", "macOS Keychain"),
)
T = TypeVar("T")


def backend_label(backend: Any) -> str | None:
    """The label of an allow-listed backend instance, or None when it is not allowed."""
    cls = type(backend)
    for module, name, label in SECURE_BACKENDS:
        if cls.__module__ == module and cls.__qualname__ == name:
            return label
    return None


#: backends that can only work on one platform (``sys.platform``); the rest talk D-Bus
_ONLY_ON = {"keyring.backends.Windows": "win32", "keyring.backends.macOS": "darwin"}


def candidates(platform: str) -> list[tuple[str, str, str]]:
    """The allow-listed backends worth trying on ``platform`` (a ``sys.platform`` value).

    The Windows and macOS backends only on their own system: elsewhere they can never be
    viable, and importing the macOS one costs a ``ctypes.util.find_library`` search for three
    Apple frameworks (about 70 ms of child processes on Linux) in every process that unlocks.
    """
    return [entry for entry in SECURE_BACKENDS if _ONLY_ON.get(entry[0], platform) == platform]


def _discover() -> Any | None:
    """The viable allow-listed backend with the highest priority, or None."""
    best, best_priority = None, 0.0
    for module, name, _label in candidates(sys.platform):
        try:
            cls = getattr(importlib.import_module(module), name)
            priority = float(cls.priority)
        except Exception:  # not on this platform, no D-Bus, missing library
            continue
        if priority > best_priority:
            best, best_priority = cls, priority
    return best() if best is not None else None


class DeviceKeyStore:
    """The OS keyring as a store for notebook data keys.

    ``backend``: a keyring backend instance to use (must be allow-listed; default: discovered).
    ``timeout``: seconds per keyring call. Methods raise KeyringUnavailable (Dutch message) on
    any failure: no secure backend, locked collection, D-Bus error, time-out.
    """

    def __init__(self, backend: Any | None = None, *, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        self._explicit = backend
        self._backend: Any | None = None
        self._timeout = timeout
        self._broken: str | None = None

    def _resolve(self) -> Any:
        if self._broken:
            raise KeyringUnavailable(self._broken)
        if self._backend is None:
            backend = self._explicit
            if backend is None:
                backend = self._call(_discover, "zoeken naar een sleutelbos")
            if backend is None:
                raise KeyringUnavailable("geen veilige sleutelbos gevonden")
            if backend_label(backend) is None:
                raise KeyringUnavailable(f"sleutelbos {type(backend).__name__} is niet veilig "
                                         "genoeg en wordt niet gebruikt")
            self._backend = backend
        return self._backend

    def _call(self, fn: Callable[[], T], what: str) -> T:
        """Run ``fn`` in a daemon thread; KeyringUnavailable on error or after the time-out."""
        box: dict[str, Any] = {}

        def work() -> None:
            try:
                box["value"] = fn()
            except BaseException as exc:  # reported below, in the caller's thread
                box["error"] = exc

        worker = threading.Thread(target=work, name="jwd-keyring", daemon=True)
        worker.start()
        worker.join(self._timeout)
        if worker.is_alive():
            self._broken = f"de sleutelbos reageerde niet binnen {self._timeout:g} s"
            raise KeyringUnavailable(self._broken)
        if "error" in box:
            raise KeyringUnavailable(f"{what} mislukt "
                                     f"({type(box['error']).__name__})") from box["error"]
        value: T = box["value"]
        return value

    def available(self) -> tuple[bool, str]:
        """``(True, label)`` when a secure backend answers; ``(False, Dutch reason)`` else."""
        try:
            backend = self._resolve()
            self._call(lambda: backend.get_password(SERVICE, "__probe__"), "de sleutelbos lezen")
        except KeyringUnavailable as exc:
            return False, exc.detail or exc.user_message
        return True, backend_label(backend) or ""

    def get_key(self, notebook_id: str) -> bytes | None:
        """The stored 32-byte key for ``notebook_id``, or None when there is none."""
        backend = self._resolve()
        value = self._call(lambda: backend.get_password(SERVICE, notebook_id),
                           "de sleutel ophalen")
        if value is None:
            return None
        try:
            if not value.startswith("v1:"):
                raise ValueError("unknown format")
            key = base64.b64decode(value[3:], validate=True)
        except (ValueError, binascii.Error, AttributeError) as exc:
            raise KeyringUnavailable("de bewaarde sleutel is onleesbaar") from exc
        if len(key) != 32:
            raise KeyringUnavailable("de bewaarde sleutel is onleesbaar")
        return key

    def set_key(self, notebook_id: str, key: bytes) -> None:
        """Store ``key`` (32 bytes) for ``notebook_id``, replacing an older one."""
        if len(key) != 32:
            raise ValueError("key must be 32 bytes")
        backend = self._resolve()
        secret = "v1:" + base64.b64encode(key).decode("ascii")
        self._call(lambda: backend.set_password(SERVICE, notebook_id, secret),
                   "de sleutel bewaren")

    def delete_key(self, notebook_id: str) -> None:
        """Remove the key for ``notebook_id``; no error when none is stored."""
        backend = self._resolve()

        def delete() -> None:
            if backend.get_password(SERVICE, notebook_id) is not None:
                backend.delete_password(SERVICE, notebook_id)

        self._call(delete, "de sleutel verwijderen")

    def get_state(self, notebook_id: str) -> dict[str, Any] | None:
        """The small state record (JSON object) kept for ``notebook_id``, or None."""
        import json

        backend = self._resolve()
        value = self._call(lambda: backend.get_password(STATE_SERVICE, notebook_id),
                           "de notitieboekstatus ophalen")
        if value is None:
            return None
        try:
            if not value.startswith("v1:"):
                raise ValueError("unknown format")
            state = json.loads(value[3:])
        except (ValueError, AttributeError) as exc:
            raise KeyringUnavailable("de bewaarde notitieboekstatus is onleesbaar") from exc
        return state if isinstance(state, dict) else None

    def set_state(self, notebook_id: str, state: dict[str, Any]) -> None:
        """Store ``state`` (a small JSON-able dict, no secrets) for ``notebook_id``."""
        import json

        backend = self._resolve()
        value = "v1:" + json.dumps(state, sort_keys=True, separators=(",", ":"))
        self._call(lambda: backend.set_password(STATE_SERVICE, notebook_id, value),
                   "de notitieboekstatus bewaren")

    def delete_state(self, notebook_id: str) -> None:
        """Remove the state record for ``notebook_id``; no error when there is none."""
        backend = self._resolve()

        def delete() -> None:
            if backend.get_password(STATE_SERVICE, notebook_id) is not None:
                backend.delete_password(STATE_SERVICE, notebook_id)

        self._call(delete, "de notitieboekstatus verwijderen")
