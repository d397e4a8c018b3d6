"""The lock file between processes: a live owner blocks with its pid, a killed owner leaves no
stale lock (issue 2: "a notebook locked by a live process ... its own clear error and leaves
the file byte-identical")."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from jongerenwerk_desk.vault import Vault
from jongerenwerk_desk.vault.errors import AlreadyOpen
from tests.vault_support import (
    MIGRATIONS,
    PASSPHRASE,
    sha256,
)

HOLDER = textwrap.dedent("""
    import sys, time
    from jongerenwerk_desk.vault import Vault
    from tests.vault_support import MIGRATIONS
    vault = Vault._open_with_key(sys.argv[1], bytes.fromhex(sys.argv[2]), migrations=MIGRATIONS)
    print("open", flush=True)
    sys.stdin.readline()
    vault.close()
    print("closed", flush=True)
""")


def _holder(path: Path, key: bytes) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), key.hex()],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout.readline().strip() == "open"
    return proc


def _state(folder: Path) -> dict[str, str]:
    return {p.name: sha256(p) for p in folder.iterdir() if p.is_file()}


def test_live_owner_blocks_with_its_pid_then_releases(notebook, vault_template) -> None:
    proc = _holder(notebook, vault_template.key)
    try:
        state = _state(notebook.parent)
        with pytest.raises(AlreadyOpen) as info:
            Vault.open(notebook, passphrase=PASSPHRASE, migrations=MIGRATIONS)
        assert info.value.pid == proc.pid
        assert str(proc.pid) in str(info.value)
        with pytest.raises(AlreadyOpen):
            Vault._open_with_key(notebook, vault_template.key, migrations=MIGRATIONS)
        assert _state(notebook.parent) == state
        proc.stdin.write("\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "closed"
    finally:
        proc.kill()
        proc.wait(timeout=10)
    assert not Path(str(notebook) + ".lock").exists()
    with Vault.open(notebook, passphrase=PASSPHRASE, migrations=MIGRATIONS):
        pass


def test_killed_owner_leaves_no_stale_lock(notebook, vault_template) -> None:
    proc = _holder(notebook, vault_template.key)
    proc.kill()   # SIGKILL on POSIX, TerminateProcess on Windows: no cleanup code runs
    proc.wait(timeout=10)
    lock = Path(str(notebook) + ".lock")
    assert lock.read_text().strip() == str(proc.pid)     # the file is still there ...
    with Vault.open(notebook, passphrase=PASSPHRASE, migrations=MIGRATIONS) as vault:
        assert lock.read_text().strip() == str(os.getpid())   # ... but the lock was free
        assert vault.verify().ok
