"""Vault-level fixes behind the admin CLI: the passphrase policy, typed errors for damaged
backups and key-file problems, restore targets, race-free backup names, Dutch verify
problems, quiet SQLCipher logging, signal deferral."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from jongerenwerk_desk.vault import KdfParams, Vault, engine
from jongerenwerk_desk.vault import backup as bk
from jongerenwerk_desk.vault.errors import (
    DamagedBackup,
    DamagedFile,
    KeyFileMismatch,
    KeyFileMissing,
    NotANotebook,
    TargetIsFolder,
    TargetNotANotebook,
)
from jongerenwerk_desk.vault.fileio import signals_deferred
from jongerenwerk_desk.vault.layout import check_restore_target
from jongerenwerk_desk.vault.policy import MIN_LENGTH, MIN_SCORE, passphrase_problems, strength
from jongerenwerk_desk.vault.verify import dutch_problem
from tests.vault_support import (
    MIGRATIONS,
    PASSPHRASE,
    open_fast,
    sha256,
)


# ----- policy -----------------------------------------------------------------------------------
def test_policy_thresholds_match_the_gui() -> None:
    assert (MIN_LENGTH, MIN_SCORE) == (10, 3)


@pytest.mark.parametrize("weak", ["", "   ", "x", "kort1", "wachtwoord", "wachtwoord12",
                                  "1234567890", "aaaaaaaaaaaa"])
def test_weak_passphrases_are_refused_in_dutch(weak: str) -> None:
    problems = passphrase_problems(weak)
    assert len(problems) == 1
    assert any(word in problems[0] for word in ("leeg", "te kort", "te makkelijk"))
    assert "qwertyuiop1" not in passphrase_problems("qwertyuiop1")[0]   # never repeated


@pytest.mark.parametrize("good", ["geheim wachtwoord 9", "paard batterij nietje correct",
                                  "één 'lange' zin met \"quotes\" en 🐢"])
def test_strong_passphrases_pass(good: str) -> None:
    assert passphrase_problems(good) == []
    assert strength(good) >= MIN_SCORE


def test_user_inputs_make_a_passphrase_weaker() -> None:
    phrase = "Jeugdhonk2026!"
    assert strength(phrase, ["jeugdhonk"]) <= strength(phrase)
    assert strength("") == 0


# ----- typed errors ---------------------------------------------------------------------------
def test_damaged_backup_is_its_own_error(notebook, vault_template, tmp_path) -> None:
    with open_fast(notebook, vault_template) as vault:
        backup = vault.backup(tmp_path / "een.jwbak")
    truncated = tmp_path / "kort.jwbak"
    truncated.write_bytes(backup.read_bytes()[:-100])
    target = tmp_path / "terug.jwdb"
    with pytest.raises(DamagedBackup) as caught:
        Vault.restore(truncated, target, passphrase=PASSPHRASE)
    assert isinstance(caught.value, DamagedFile)           # old handlers keep working
    assert "De reservekopie is beschadigd" in str(caught.value)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_key_file_missing_and_foreign(notebook, vault_template, tmp_path) -> None:
    keys = engine.keys_path_for(notebook)
    saved = keys.read_bytes()
    keys.unlink()
    with pytest.raises(KeyFileMissing) as caught:
        Vault.open(notebook, passphrase=PASSPHRASE, migrations=MIGRATIONS)
    assert isinstance(caught.value, NotANotebook) and ".keys" in str(caught.value)
    other, _ = Vault.create(tmp_path / "ander.jwdb", PASSPHRASE,
                            kdf_params=KdfParams.minimum(), migrations=MIGRATIONS)
    other.close()
    keys.write_bytes(engine.keys_path_for(tmp_path / "ander.jwdb").read_bytes())
    before = sha256(notebook)
    with pytest.raises(KeyFileMismatch) as foreign:
        Vault.open(notebook, passphrase=PASSPHRASE, migrations=MIGRATIONS)
    assert "ander notitieboek" in str(foreign.value)
    assert sha256(notebook) == before
    keys.write_bytes(saved)
    Vault.open(notebook, passphrase=PASSPHRASE, migrations=MIGRATIONS).close()


def test_a_backup_given_as_notebook_says_so(notebook, vault_template, tmp_path) -> None:
    with open_fast(notebook, vault_template) as vault:
        backup = vault.backup(tmp_path / "een.jwbak")
    with pytest.raises(NotANotebook) as caught:
        engine.classify_file(backup)
    assert "restore" in str(caught.value)


# ----- restore targets ------------------------------------------------------------------------
def test_restore_targets(notebook, tmp_path) -> None:
    check_restore_target(tmp_path / "nieuw.jwdb")          # a new name
    check_restore_target(notebook)                         # an existing notebook
    with pytest.raises(TargetIsFolder):
        check_restore_target(tmp_path)
    stray = tmp_path / "brief.txt"
    stray.write_text("niet van ons")
    with pytest.raises(TargetNotANotebook):
        check_restore_target(stray)
    lone = tmp_path / "los.jwdb"
    engine.keys_path_for(lone).write_bytes(b"{}")
    check_restore_target(lone)                              # a lone key file is kept aside


def test_restore_over_a_folder_changes_nothing(notebook, vault_template, tmp_path) -> None:
    with open_fast(notebook, vault_template) as vault:
        backup = vault.backup(tmp_path / "een.jwbak")
    folder = tmp_path / "map"
    folder.mkdir()
    with pytest.raises(TargetIsFolder):
        Vault.restore(backup, folder, passphrase=PASSPHRASE)
    with pytest.raises(TargetNotANotebook):
        Vault.restore(backup, backup, passphrase=PASSPHRASE)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["een.jwbak", "map", "nb.jwdb",
                                                          "nb.jwdb.keys"]


# ----- backup names ---------------------------------------------------------------------------
def test_publish_moves_on_to_the_next_free_dated_name(tmp_path) -> None:
    dest = tmp_path / "nb-20261129-083000.jwbak"
    dest.write_bytes(b"eerste")
    (tmp_path / "nb-20261129-083000-1.jwbak").write_bytes(b"tweede")
    tmp = tmp_path / ".nieuw.tmp"
    tmp.write_bytes(b"derde")
    used = bk.publish(tmp, dest, next_free=True)
    assert used.name == "nb-20261129-083000-2.jwbak" and used.read_bytes() == b"derde"
    assert dest.read_bytes() == b"eerste" and not tmp.exists()
    other = tmp_path / ".ander.tmp"
    other.write_bytes(b"vierde")
    with pytest.raises(FileExistsError):
        bk.publish(other, dest)                             # a named file is never replaced
    assert other.exists() and dest.read_bytes() == b"eerste"


def test_concurrent_publishes_never_overwrite(tmp_path) -> None:
    dest = tmp_path / "nb-20261129-083000.jwbak"
    tmps = []
    for n in range(8):
        tmp = tmp_path / f".t{n}.tmp"
        tmp.write_bytes(str(n).encode())
        tmps.append(tmp)
    used: list[Path] = []
    threads = [threading.Thread(target=lambda t=t: used.append(bk.publish(t, dest,
                                                                          next_free=True)))
               for t in tmps]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(used)) == 8
    assert sorted(p.read_bytes() for p in used) == [str(n).encode() for n in range(8)]


# ----- verify texts, logging, signals ---------------------------------------------------------
@pytest.mark.parametrize("raw, dutch", [
    ("*** in database main ***", ""),
    ("Page 5: btreeInitPage() returns error code 11", "pagina 5 is beschadigd"),
    ("Tree 4 page 4 cell 0: Rowid 5 out of order", "boom 4, pagina 4 is beschadigd"),
    ("HMAC verification failed for page 3", "pagina 3 is beschadigd (controle op de "
                                            "versleuteling mislukt)"),
    ("database disk image is malformed", "het bestand is beschadigd"),
    ("row 3 missing from index idx_x", "rij 3 ontbreekt in index idx_x"),
    ("wrong # of entries in index idx_x", "index idx_x heeft een verkeerd aantal regels"),
    ("something new in SQLite 3.99", "onbekende beschadiging (details met JWD_DEBUG=1)"),
])
def test_verify_messages_are_dutch(raw: str, dutch: str) -> None:
    assert dutch_problem(raw) == dutch


def test_verify_lists_dutch_problems_and_keeps_raw_details(notebook, vault_template) -> None:
    pages = notebook.stat().st_size // engine.PAGE_SIZE
    with notebook.open("r+b") as handle:
        handle.seek((pages - 1) * engine.PAGE_SIZE + 200)
        handle.write(os.urandom(300))
    with open_fast(notebook, vault_template, migrate=False) as vault:
        report = vault.verify()
    assert not report.ok and report.problems and report.details
    for problem in report.problems:
        assert "page" not in problem.lower().replace("pagina", "") and "Tree" not in problem


def test_sqlcipher_logging_is_off_on_every_connection(notebook, vault_template) -> None:
    with open_fast(notebook, vault_template) as vault:
        level = vault.conn.execute("PRAGMA cipher_log_level").fetchone()[0]
        extra = vault.connect()
        assert extra.execute("PRAGMA cipher_log_level").fetchone()[0] == "NONE"
    assert level == "NONE"


def _until(done: Callable[[], bool], seconds: float) -> None:
    """Sleep in small steps until ``done()`` or ``seconds`` passed. A signal sent to the
    process or to another thread arrives when the kernel next runs that thread (later on a
    busy machine, and pytest-xdist workers have an extra thread): the blocks below give it time
    to arrive inside, and the handler stays installed until it arrived, so a late signal never
    meets the default action (which would end the test process)."""
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        time.sleep(0.01)


def test_signals_are_deferred_until_the_block_ends() -> None:
    order: list[str] = []

    def handler(signum, frame) -> None:
        order.append("signal")

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        with signals_deferred():
            signal.raise_signal(signal.SIGTERM)   # also on Windows (C raise())
            _until(lambda: False, 0.3)
            order.append("renames done")
        order.append("after")
        _until(lambda: "signal" in order, 10)
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert order[0] == "renames done" and "signal" in order


@pytest.mark.skipif(not hasattr(signal, "pthread_kill"),
                    reason="Windows has no per-thread signals (signal.pthread_kill)")
def test_signals_are_deferred_even_when_another_thread_receives_them() -> None:
    """The kernel may hand SIGTERM to any thread (Qt's, a pool's); it must still wait."""
    order: list[str] = []
    bystander_ready = threading.Event()
    release = threading.Event()

    def bystander() -> None:
        bystander_ready.set()
        release.wait(5)

    def handler(signum, frame) -> None:
        order.append("signal")

    thread = threading.Thread(target=bystander, daemon=True)
    thread.start()
    bystander_ready.wait(5)
    previous = signal.signal(signal.SIGTERM, handler)
    try:
        with signals_deferred():
            signal.pthread_kill(thread.ident, signal.SIGTERM)
            _until(lambda: False, 0.3)  # many chances to run a pending handler
            order.append("renames done")
        order.append("after")
        _until(lambda: "signal" in order, 10)
    finally:
        signal.signal(signal.SIGTERM, previous)
        release.set()
        thread.join(5)
    assert order[0] == "renames done" and "signal" in order
