"""Device unlock against a real Secret Service: gnome-keyring-daemon in a private D-Bus session
(started with dbus-run-session, login keyring unlocked with a password on stdin). Skips with the
precise reason when that cannot start here (issue 2, "optional OS-keyring unlock")."""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from jongerenwerk_desk.vault import Vault
from jongerenwerk_desk.vault.errors import KeyringUnavailable
from jongerenwerk_desk.vault.keystore import SERVICE, DeviceKeyStore
from tests.vault_support import (
    MIGRATIONS,
    copy_notebook,
    open_fast,
)

pytestmark = [
    pytest.mark.keyring,
    pytest.mark.skipif(not sys.platform.startswith("linux"),
                       reason="Secret Service over D-Bus is the Linux keyring (Windows' Credential "
                              "Manager is tested in tests/system/test_windows.py)"),
]

SCRIPT = ('echo "$DBUS_SESSION_BUS_ADDRESS"; '
          'printf %s "$JWD_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock '
          '--components=secrets >/dev/null 2>&1; echo ready; exec sleep 3600')


def _read_line(proc: subprocess.Popen, deadline: float) -> str | None:
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.2)
        if ready:
            return proc.stdout.readline().decode().strip()
        if proc.poll() is not None:
            return None
    return None


@contextlib.contextmanager
def _secret_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start gnome-keyring in its own D-Bus session; yield the bus address (set as the
    session bus for as long as it runs)."""
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (see .ci/system-packages.sh)")
    home = tmp_path_factory.mktemp("keyring-home")
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime),
           "XDG_DATA_HOME": str(home / "data"), "JWD_KEYRING_PASSWORD": "test-login-keyring"}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    proc = subprocess.Popen(["dbus-run-session", "--", "sh", "-c", SCRIPT], env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 15
        address = _read_line(proc, deadline)
        ready = _read_line(proc, deadline)
        if not address or ready != "ready":
            pytest.skip("gnome-keyring-daemon did not start in a private D-Bus session")
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("DBUS_SESSION_BUS_ADDRESS", address)
            ok, reason = DeviceKeyStore(timeout=10).available()
            if not ok:
                pytest.skip(f"Secret Service started but is not usable: {reason}")
            yield address
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def secret_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One gnome-keyring for the module's tests that leave its login collection unlocked."""
    with _secret_service(tmp_path_factory) as address:
        yield address


@pytest.fixture
def own_secret_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A gnome-keyring of this test's own, for a test that locks the login collection (the
    other tests, in whatever order they run, keep an unlocked one)."""
    with _secret_service(tmp_path_factory) as address:
        yield address


def test_secret_service_is_found_and_allowed(secret_service) -> None:
    assert DeviceKeyStore(timeout=10).available() == (True, "Secret Service")


def test_remember_open_forget(secret_service, vault_template, tmp_path) -> None:
    path = copy_notebook(vault_template.path, tmp_path)
    store = DeviceKeyStore(timeout=10)
    with open_fast(path, vault_template) as vault:
        vault.remember_on_device(store)
        notebook_id = vault.notebook_id
    stored = store._resolve().get_password(SERVICE, notebook_id)
    assert stored.startswith("v1:") and vault_template.key.hex() not in stored
    with Vault.open_with_keyring(path, migrations=MIGRATIONS, store=store) as vault:
        assert vault.opened_with == "keyring"
        assert vault.conn.execute("SELECT count(*) FROM item").fetchone()[0] == 50
        assert vault.unlock_timings["open_s"] >= 0
        vault.forget_on_device(store)
    with pytest.raises(KeyringUnavailable, match="geen sleutel"):
        Vault.open_with_keyring(path, migrations=MIGRATIONS, store=store)
    store.delete_key(notebook_id)   # deleting what is not there is fine


def test_locked_keyring_is_unavailable_not_wrong_passphrase(own_secret_service, vault_template,
                                                            tmp_path) -> None:
    """Locks the login collection of its own keyring."""
    import secretstorage

    path = copy_notebook(vault_template.path, tmp_path)
    store = DeviceKeyStore(timeout=10)
    with open_fast(path, vault_template) as vault:
        vault.remember_on_device(store)
    connection = secretstorage.dbus_init()
    try:
        secretstorage.get_default_collection(connection).lock()
    finally:
        connection.close()
    started = time.monotonic()
    with pytest.raises(KeyringUnavailable):
        Vault.open_with_keyring(path, migrations=MIGRATIONS, store=DeviceKeyStore(timeout=3))
    assert time.monotonic() - started < 30   # bounded by the time limit, not a hang
    assert Path(str(path) + ".lock").exists() is False


def test_hung_dbus_times_out_as_unavailable(tmp_path, monkeypatch) -> None:
    """A session bus that accepts the connection but never answers (a hung D-Bus): every
    keyring call returns KeyringUnavailable within the time limit instead of blocking."""
    import socket

    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    bus = tmp_path / "hung-bus"
    server.bind(str(bus))
    server.listen(8)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={bus}")
    try:
        # Well below jeepney's own 1 s authentication time-out, which would otherwise race
        # ours on a busy machine and end as "no keyring found" instead of "did not answer".
        store = DeviceKeyStore(timeout=0.3)
        started = time.monotonic()
        ok, reason = store.available()
        assert not ok and "reageerde niet" in reason
        with pytest.raises(KeyringUnavailable):
            store.get_key("00000000-0000-0000-0000-000000000000")
        assert time.monotonic() - started < 10
    finally:
        server.close()
