"""Device key store: allow-listed secure keyring backends only, time limits, typed errors
(issue 2: "a missing, locked or broken keyring degrades to 'type your passphrase', never to
plaintext, and is never reported as a wrong passphrase")."""

from __future__ import annotations

import threading

import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import keyring.backends.SecretService as secret_service
import pytest
from keyring.backend import KeyringBackend

from jongerenwerk_desk.vault import Vault
from jongerenwerk_desk.vault.errors import KeyringUnavailable, WrongPassphrase
from jongerenwerk_desk.vault.keystore import DeviceKeyStore, backend_label
from tests.vault_support import (
    MIGRATIONS,
    open_fast,
)


class PlaintextKeyring(KeyringBackend):
    """Stands in for keyrings.alt's PlaintextKeyring: a file of readable secrets."""

    priority = 100   # would win any priority contest

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


class LookalikeSecretService(secret_service.Keyring):
    """A subclass of an allowed class is not the allowed class."""


@pytest.mark.parametrize("backend", [
    PlaintextKeyring(), keyring.backends.fail.Keyring(), keyring.backends.null.Keyring(),
    keyring.backends.chainer.ChainerBackend(), LookalikeSecretService(),
])
def test_insecure_backends_are_refused(backend) -> None:
    store = DeviceKeyStore(backend)
    ok, reason = store.available()
    assert not ok and "niet veilig" in reason
    with pytest.raises(KeyringUnavailable):
        store.set_key("id", bytes(32))
    with pytest.raises(KeyringUnavailable):
        store.get_key("id")
    if isinstance(backend, PlaintextKeyring):
        assert backend.items == {}          # nothing was ever written in plaintext


def test_allow_list_labels() -> None:
    assert backend_label(secret_service.Keyring()) == "Secret Service"
    assert backend_label(PlaintextKeyring()) is None


def test_hanging_backend_times_out(monkeypatch) -> None:
    release = threading.Event()

    def hang(self, service, username):
        release.wait(30)

    monkeypatch.setattr(secret_service.Keyring, "get_password", hang)
    store = DeviceKeyStore(secret_service.Keyring(), timeout=0.2)
    try:
        with pytest.raises(KeyringUnavailable, match="reageerde niet"):
            store.get_key("id")
        # after one time-out the store stays unavailable without starting new threads
        before = threading.active_count()
        assert store.available()[0] is False
        with pytest.raises(KeyringUnavailable):
            store.set_key("id", bytes(32))
        assert threading.active_count() == before
    finally:
        release.set()


def test_broken_backend_is_unavailable_not_wrong_passphrase(monkeypatch) -> None:
    from keyring.errors import KeyringLocked

    def locked(self, service, username):
        raise KeyringLocked("Failed to unlock the collection!")

    monkeypatch.setattr(secret_service.Keyring, "get_password", locked)
    store = DeviceKeyStore(secret_service.Keyring(), timeout=2)
    with pytest.raises(KeyringUnavailable) as info:
        store.get_key("id")
    assert not isinstance(info.value, WrongPassphrase)
    ok, reason = store.available()
    assert not ok and "KeyringLocked" in reason


def test_discovery_without_secure_keyring_is_unavailable(monkeypatch) -> None:
    monkeypatch.setattr("jongerenwerk_desk.vault.keystore.SECURE_BACKENDS",
                        (("keyring.backends.does_not_exist", "Keyring", "x"),))
    ok, reason = DeviceKeyStore().available()
    assert not ok and "geen veilige sleutelbos" in reason


def test_discovery_tries_each_backend_only_where_it_can_work() -> None:
    from jongerenwerk_desk.vault.keystore import candidates

    def labels(platform: str) -> list[str]:
        return [label for _module, _name, label in candidates(platform)]

    assert labels("linux") == ["Secret Service", "KWallet"]
    assert labels("freebsd14") == ["Secret Service", "KWallet"]
    assert labels("win32") == ["Secret Service", "KWallet", "Windows Credential Manager"]
    assert labels("darwin") == ["Secret Service", "KWallet", "macOS Keychain"]


class MemoryStore:
    """Duck-typed DeviceKeyStore for the vault side of the protocol."""

    def __init__(self) -> None:
        self.keys: dict[str, bytes] = {}

    def get_key(self, notebook_id):
        return self.keys.get(notebook_id)

    def set_key(self, notebook_id, key):
        self.keys[notebook_id] = key

    def delete_key(self, notebook_id):
        self.keys.pop(notebook_id, None)


def test_open_with_keyring_protocol(notebook, vault_template) -> None:
    store = MemoryStore()
    with pytest.raises(KeyringUnavailable, match="geen sleutel"):
        Vault.open_with_keyring(notebook, migrations=MIGRATIONS, store=store)
    with open_fast(notebook, vault_template) as vault:
        vault.remember_on_device(store)
        notebook_id = vault.notebook_id
    assert store.keys[notebook_id] == vault_template.key
    with Vault.open_with_keyring(notebook, migrations=MIGRATIONS, store=store) as vault:
        assert vault.opened_with == "keyring"
        assert vault.conn.execute("SELECT count(*) FROM item").fetchone()[0] == 50
        vault.forget_on_device(store)
    assert store.keys == {}
    store.keys[notebook_id] = bytes(32)     # stale or foreign key
    with pytest.raises(KeyringUnavailable, match="hoort niet"):
        Vault.open_with_keyring(notebook, migrations=MIGRATIONS, store=store)
