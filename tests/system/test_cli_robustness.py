"""The admin CLI under abuse, run as a real subprocess (and a real pseudo-terminal where a
prompt matters): wrong targets, weak or broken passphrases, damaged files, closed pipes, full
output, signals and argparse errors. Exit codes 0/1/2, Dutch messages, no traceback, no
English SQLCipher log lines, nothing lost (issue 2, "Admin CLI")."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.vault import KdfParams
from jongerenwerk_desk.vault.engine import PAGE_SIZE

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "geheim wachtwoord 9 met één kat"
ENGLISH_LEAKS = ("Traceback", "ERROR CORE", "sqlcipher", "usage:", "error:", "malformed",
                 "Tree ", "btree")


def _env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("JWD_DEBUG", None)
    return env


def run(*args: str, stdin: bytes | str = b"") -> subprocess.CompletedProcess[str]:
    """``python -m jongerenwerk_desk ARGS``; asserts no traceback or English log line."""
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    result = subprocess.run([sys.executable, "-m", "jongerenwerk_desk", *args], input=data,
                            capture_output=True, timeout=120, env=_env(), cwd=ROOT)
    out = subprocess.CompletedProcess(result.args, result.returncode,
                                      result.stdout.decode("utf-8", "replace"),
                                      result.stderr.decode("utf-8", "replace"))
    for leak in ENGLISH_LEAKS:
        assert leak not in out.stderr, out.stderr
    return out


def _pp(*lines: str) -> str:
    return "".join(line + "\n" for line in lines)


def _copy_notebook(src: Path, dest: Path) -> Path:
    shutil.copyfile(src, dest)
    shutil.copyfile(f"{src}.keys", f"{dest}.keys")
    return dest


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("robust") / "nb.jwdb"
    notebook, _code = Notebook.create(path, PASSPHRASE, kdf_params=KdfParams.minimum())
    notebook.close()
    return path


@pytest.fixture
def nb(template: Path, tmp_path: Path) -> Path:
    return _copy_notebook(template, tmp_path / "nb.jwdb")


@pytest.fixture
def backup(nb: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "nb.jwbak"
    result = run("backup", str(nb), str(dest), "--passphrase-stdin", stdin=_pp(PASSPHRASE))
    assert result.returncode == 0, result.stderr
    return dest


def _listing(folder: Path) -> dict[str, bytes | None]:
    return {p.name: (p.read_bytes() if p.is_file() else None) for p in folder.iterdir()}


# ----- 1. restore targets ---------------------------------------------------------------------
def test_restore_refuses_a_folder_and_a_non_notebook(backup: Path, tmp_path: Path) -> None:
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "brief.txt").write_text("eigen werk")
    document = tmp_path / "brief.docx"
    document.write_bytes(b"PK\x03\x04 niet van ons")
    before = _listing(tmp_path)
    on_folder = run("restore", str(backup), str(folder), "--passphrase-stdin",
                    stdin=_pp(PASSPHRASE))
    assert on_folder.returncode == 2 and "is een map" in on_folder.stderr
    for target in (backup, document):
        refused = run("restore", str(backup), str(target), "--passphrase-stdin",
                      stdin=_pp(PASSPHRASE))
        assert refused.returncode == 2, refused.stderr
        assert "is geen notitieboek; er is niets aangepast" in refused.stderr
    assert _listing(tmp_path) == before
    assert (folder / "brief.txt").read_text() == "eigen werk"


def test_restore_over_a_notebook_keeps_it_and_prints_an_existing_path(
        nb: Path, backup: Path, tmp_path: Path) -> None:
    result = run("restore", str(backup), str(nb), "--passphrase-stdin", stdin=_pp(PASSPHRASE))
    assert result.returncode == 0, result.stderr
    kept = Path(result.stdout.strip())
    assert kept.is_file() and Path(f"{kept}.keys").is_file()


def test_restore_onto_a_lone_key_file_prints_the_kept_key_file(
        backup: Path, nb: Path, tmp_path: Path) -> None:
    lone = tmp_path / "los.jwdb"
    shutil.copyfile(f"{nb}.keys", f"{lone}.keys")
    original = Path(f"{lone}.keys").read_bytes()
    result = run("restore", str(backup), str(lone), "--passphrase-stdin", stdin=_pp(PASSPHRASE))
    assert result.returncode == 0, result.stderr
    kept = Path(result.stdout.strip())
    assert kept.is_file(), kept                     # the printed path exists
    assert kept.read_bytes() == original
    assert run("verify", str(lone), "--passphrase-stdin",
               stdin=_pp(PASSPHRASE)).returncode == 0


# ----- 2. passphrase policy -------------------------------------------------------------------
@pytest.mark.parametrize("weak, reason", [("x", "te kort"), ("wachtwoord12", "te raden")])
def test_init_and_change_refuse_weak_passphrases(nb: Path, tmp_path: Path, weak: str,
                                                 reason: str) -> None:
    new = tmp_path / "nieuw.jwdb"
    result = run("init", str(new), "--passphrase-stdin", stdin=_pp(weak))
    assert result.returncode == 2 and reason in result.stderr
    assert not new.exists() and not Path(f"{new}.keys").exists()
    keys_before = Path(f"{nb}.keys").read_bytes()
    changed = run("change-passphrase", str(nb), "--passphrase-stdin",
                  stdin=_pp(PASSPHRASE, weak))
    assert changed.returncode == 2 and reason in changed.stderr
    assert Path(f"{nb}.keys").read_bytes() == keys_before


# ----- 5, 6. damaged backup, key file problems -----------------------------------------------
def test_damaged_backup_has_its_own_message(backup: Path, tmp_path: Path) -> None:
    truncated = tmp_path / "kapot.jwbak"
    truncated.write_bytes(backup.read_bytes()[:5000])
    flipped = tmp_path / "rot.jwbak"
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0xFF
    flipped.write_bytes(bytes(data))
    for bad in (truncated, flipped):
        result = run("restore", str(bad), str(tmp_path / "terug.jwdb"), "--passphrase-stdin",
                     stdin=_pp(PASSPHRASE))
        assert result.returncode == 1
        assert "De reservekopie is beschadigd; het notitieboek is niet aangepast; kies een " \
               "andere reservekopie." in result.stderr
        assert "Het notitieboek is beschadigd" not in result.stderr
    assert not (tmp_path / "terug.jwdb").exists()


def test_missing_and_foreign_key_file(nb: Path, template: Path, tmp_path: Path) -> None:
    keys = Path(f"{nb}.keys")
    saved = keys.read_bytes()
    keys.unlink()
    missing = run("verify", str(nb), "--passphrase-stdin", stdin=_pp(PASSPHRASE))
    assert missing.returncode == 1
    assert "sleutelbestand (.keys) ontbreekt" in missing.stderr
    assert "reservekopie" in missing.stderr
    other = tmp_path / "ander.jwdb"
    Notebook.create(other, PASSPHRASE, kdf_params=KdfParams.minimum())[0].close()
    keys.write_bytes(Path(f"{other}.keys").read_bytes())
    foreign = run("verify", str(nb), "--passphrase-stdin", stdin=_pp(PASSPHRASE))
    assert foreign.returncode == 1
    assert "hoort bij een ander notitieboek" in foreign.stderr
    keys.write_bytes(saved)
    assert run("verify", str(nb), "--passphrase-stdin", stdin=_pp(PASSPHRASE)).returncode == 0


# ----- 7. passphrase input ----------------------------------------------------------------------
def test_non_utf8_passphrase_on_stdin_is_an_input_error(nb: Path) -> None:
    result = run("verify", str(nb), "--passphrase-stdin", stdin=b"\xff\xfe geheim\n")
    assert result.returncode == 2 and "UTF-8" in result.stderr


def _run_tty(args: list[str], answers: list[tuple[bytes, bytes]]) -> tuple[int, str]:
    """Run the CLI on a real pseudo-terminal; for each (prompt, reply) wait for the prompt,
    then type the reply. Returns (exit code, everything the terminal showed)."""
    import pty

    pid, master = pty.fork()
    if pid == 0:  # child: the pty is its controlling terminal, so getpass uses it
        # a terminal's Ctrl-C must reach the CLI: the worker process may have SIGINT ignored
        # (seen under pytest-xdist in one random order) and an ignored signal stays ignored
        # across exec, so the CLI never saw the Ctrl-C and the test hung at the prompt
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.chdir(ROOT)
        os.execve(sys.executable, [sys.executable, "-m", "jongerenwerk_desk", *args], _env())
    seen = b""

    def read_until(marker: bytes | None) -> None:
        nonlocal seen
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (marker is None or marker not in seen):
            try:
                chunk = os.read(master, 4096)
            except OSError:
                return
            if not chunk:
                return
            seen += chunk

    try:
        for prompt, reply in answers:
            read_until(prompt)
            seen = seen.replace(prompt, b"<" + prompt.strip() + b">", 1)
            os.write(master, reply)
        read_until(None)
    finally:
        status = _reap(pid, timeout=30)
        os.close(master)
    return os.waitstatus_to_exitcode(status), seen.decode("utf-8", "replace")


def _reap(pid: int, timeout: float) -> int:
    """Wait for child ``pid``; kill it when it has not ended after ``timeout`` seconds (a test
    fails on its exit code instead of hanging the run)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)
    return os.waitpid(pid, 0)[1]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs a POSIX pseudo-terminal")
def test_ctrl_d_at_the_prompt_is_a_clean_abort(nb: Path) -> None:
    code, shown = _run_tty(["verify", str(nb)], [(b"Wachtwoord: ", b"\x04")])
    assert code == 2, shown
    assert "geen wachtwoord" in shown and "Traceback" not in shown
    assert "onverwachte fout" not in shown


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs a POSIX pseudo-terminal")
def test_ctrl_c_at_the_prompt_starts_its_message_on_a_new_line(nb: Path) -> None:
    code, shown = _run_tty(["verify", str(nb)], [(b"Wachtwoord: ", b"\x03")])
    assert code == 1, shown
    assert "Afgebroken" in shown and "Traceback" not in shown
    before = shown.split("Afgebroken")[0]
    assert before.rstrip(" ").endswith(("\n", "\r")), repr(before)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs a POSIX pseudo-terminal")
def test_tty_confirmation_compares_after_nfc(nb: Path) -> None:
    new = "Één café-zin met rüzie en ijs"
    nfc = unicodedata.normalize("NFC", new).encode("utf-8")
    nfd = unicodedata.normalize("NFD", new).encode("utf-8")
    assert nfc != nfd
    code, shown = _run_tty(["change-passphrase", str(nb)], [
        (b"Huidig wachtwoord: ", PASSPHRASE.encode("utf-8") + b"\n"),
        (b"Nieuw wachtwoord: ", nfc + b"\n"),
        (b"Nogmaals: ", nfd + b"\n")])
    assert code == 0, shown
    assert "niet gelijk" not in shown
    assert run("verify", str(nb), "--passphrase-stdin",
               stdin=unicodedata.normalize("NFD", new) + "\n").returncode == 0


# ----- 7e, 9. damaged notebook ----------------------------------------------------------------
@pytest.fixture(scope="module")
def damaged(tmp_path_factory) -> Path:
    """A notebook of ~6,000 rows with random bytes over every 25th page from page 20 on."""
    path = tmp_path_factory.mktemp("damaged") / "kapot.jwdb"
    notebook, _ = Notebook.create(path, PASSPHRASE, kdf_params=KdfParams.minimum())
    with notebook.transaction():
        notebook.vault.conn.executemany("INSERT INTO audit_events(at, action, entity, detail) "
                         "VALUES ('2026-01-01T00:00:00+00:00', 'test', 'x', ?)",
                         [(f"regel {i} " + "x" * 200,) for i in range(6000)])
    notebook.close()
    pages = path.stat().st_size // PAGE_SIZE
    assert pages > 200
    with path.open("r+b") as handle:
        for page in range(20, pages - 1, 25):
            handle.seek(page * PAGE_SIZE + 100)
            handle.write(os.urandom(600))
    return path


def test_stats_and_verify_on_a_damaged_notebook_are_dutch_and_quiet(damaged: Path) -> None:
    before = damaged.read_bytes()
    stats = run("stats", str(damaged), "--passphrase-stdin", stdin=_pp(PASSPHRASE))
    assert stats.returncode == 1, stats.stderr
    assert "beschadigd" in stats.stderr and "onverwachte fout" not in stats.stderr
    verify = run("verify", str(damaged), "--passphrase-stdin", stdin=_pp(PASSPHRASE))
    assert verify.returncode == 1
    assert "niet in orde" in verify.stderr
    problems = [line for line in verify.stderr.splitlines() if line.startswith("  - ")]
    assert problems and all("pagina" in p or "beschadig" in p or "tabel" in p for p in problems)
    assert len(verify.stderr.splitlines()) <= 14     # heading, 12 problems, a count
    assert damaged.read_bytes() == before


# ----- 7f. output problems --------------------------------------------------------------------
def test_closed_pipe_ends_quietly(nb: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "jongerenwerk_desk", "stats", str(nb),
                             "--passphrase-stdin"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(), cwd=ROOT)
    proc.stdout.close()            # the reader is gone before anything is written
    _, stderr = proc.communicate(_pp(PASSPHRASE).encode(), timeout=120)
    assert proc.returncode == 1
    assert stderr == b"", stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_full_disk_on_standard_output(nb: Path) -> None:
    with open("/dev/full", "wb") as full:
        result = subprocess.run([sys.executable, "-m", "jongerenwerk_desk", "export-register",
                                 str(nb), "-", "--passphrase-stdin"],
                                input=_pp(PASSPHRASE).encode(), stdout=full,
                                stderr=subprocess.PIPE, env=_env(), cwd=ROOT, timeout=120)
    stderr = result.stderr.decode()
    assert result.returncode == 1 and "schijf is vol" in stderr and "Traceback" not in stderr



@pytest.mark.parametrize("unbuffered", ["", "1"])
def test_version_into_a_closed_pipe_or_a_full_disk_has_no_traceback(unbuffered: str) -> None:
    """Regression: ``--version`` printed with print(), outside the commands' guard: a closed
    pipe or a full disk gave a traceback (``python -u``, PYTHONUNBUFFERED) or "Exception
    ignored" and exit 120; argparse's own version action swallowed the error."""
    env = {**_env(), "PYTHONUNBUFFERED": unbuffered}
    proc = subprocess.Popen([sys.executable, "-m", "jongerenwerk_desk", "--version"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    proc.stdout.close()            # the reader is gone before anything is written
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 1 and stderr == b"", stderr
    if not Path("/dev/full").exists():
        return
    with open("/dev/full", "wb") as full:
        result = subprocess.run([sys.executable, "-m", "jongerenwerk_desk", "--version"],
                                stdout=full, stderr=subprocess.PIPE, env=env, cwd=ROOT,
                                timeout=120)
    assert result.returncode == 1, result.stderr
    stderr = result.stderr.decode()
    assert "schijf is vol" in stderr and "Traceback" not in stderr


# ----- 10, 11. backups: name clashes and SIGTERM -----------------------------------------------
def test_simultaneous_backups_of_same_named_notebooks_both_succeed(
        template: Path, tmp_path: Path) -> None:
    a = _copy_notebook(template, (tmp_path / "a").mkdir() or tmp_path / "a" / "werk.jwdb")
    b = _copy_notebook(template, (tmp_path / "b").mkdir() or tmp_path / "b" / "werk.jwdb")
    out = tmp_path / "kopieen"
    out.mkdir()
    procs = [subprocess.Popen([sys.executable, "-m", "jongerenwerk_desk", "backup", str(src),
                               str(out), "--passphrase-stdin"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(),
                              cwd=ROOT) for src in (a, b)]
    for proc in procs:
        proc.stdin.write(_pp(PASSPHRASE).encode())
        proc.stdin.close()
    results = [(proc.wait(timeout=120), proc.stdout.read().decode().strip(),
                proc.stderr.read().decode()) for proc in procs]
    for proc in procs:
        proc.stdout.close()
        proc.stderr.close()
    assert [r[0] for r in results] == [0, 0], results
    written = sorted(p.name for p in out.iterdir())
    assert len(written) == 2 and all(n.endswith(".jwbak") for n in written), written
    assert {Path(r[1]).name for r in results} == set(written)


NO_SIGTERM_ON_WINDOWS = pytest.mark.skipif(
    os.name == "nt", reason="Windows has no catchable SIGTERM: Popen.send_signal(SIGTERM) is "
                            "TerminateProcess, which no program can handle")


def _wait_for_sigterm_handler(pid: int) -> None:
    """Wait until the process catches SIGTERM (Linux: /proc/PID/status SigCgt), else 3 s."""
    status = Path(f"/proc/{pid}/status")
    deadline = time.monotonic() + (60 if status.exists() else 3)
    while time.monotonic() < deadline:
        if not status.exists():
            time.sleep(3)
            return
        caught = [line for line in status.read_text().splitlines()
                  if line.startswith("SigCgt:")]
        if caught and int(caught[0].split()[1], 16) & (1 << (signal.SIGTERM - 1)):
            return
        time.sleep(0.01)


@NO_SIGTERM_ON_WINDOWS
def test_sigterm_while_waiting_for_the_passphrase(nb: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "jongerenwerk_desk", "verify", str(nb),
                             "--passphrase-stdin"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(), cwd=ROOT)
    _wait_for_sigterm_handler(proc.pid)
    time.sleep(0.2)                # it now blocks reading standard input
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 1, stderr
    assert "Afgebroken" in stderr.decode() and b"Traceback" not in stderr
    assert not Path(f"{nb}.lock").exists() or run(
        "verify", str(nb), "--passphrase-stdin", stdin=_pp(PASSPHRASE)).returncode == 0


@NO_SIGTERM_ON_WINDOWS
def test_sigterm_during_backup_leaves_no_temporary_files(tmp_path: Path) -> None:
    big = tmp_path / "groot.jwdb"
    notebook, _ = Notebook.create(big, PASSPHRASE, kdf_params=KdfParams.minimum())
    with notebook.transaction():
        notebook.vault.conn.executemany("INSERT INTO audit_events(at, action, entity, detail) "
                         "VALUES ('2026-01-01T00:00:00+00:00', 'test', 'x', ?)",
                         [("y" * 900,) for _ in range(30000)])
    notebook.close()
    out = tmp_path / "kopieen"
    out.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "jongerenwerk_desk", "backup", str(big),
                             str(out), "--passphrase-stdin"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(), cwd=ROOT)
    proc.stdin.write(_pp(PASSPHRASE).encode())
    proc.stdin.close()
    proc.stdin = None
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        if any(p.name.endswith(".tmp") for p in out.iterdir()):
            proc.send_signal(signal.SIGTERM)
            break
        time.sleep(0.002)
    stdout, stderr = proc.communicate(timeout=60)
    if proc.returncode == 0:
        pytest.skip("the backup finished before the signal could be sent")
    assert proc.returncode == 1 and "Afgebroken" in stderr.decode(), stderr
    assert list(out.iterdir()) == []
    assert not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())


# ----- 14, 15. usage errors and paths ---------------------------------------------------------
def test_argparse_errors_are_dutch_and_help_is_english() -> None:
    missing = run("verify")
    assert missing.returncode == 2
    assert missing.stderr.strip() == ("Fout: ontbrekend argument NOTEBOOK. "
                                      "Zie 'jongerenwerk-desk verify --help'.")
    unknown = run("opruimen")
    assert unknown.returncode == 2 and "ongeldige keuze opruimen" in unknown.stderr
    extra = run("stats", "a.jwdb", "--snel")
    assert extra.returncode == 2 and "onbekend argument --snel" in extra.stderr
    helped = run("backup", "--help")
    assert helped.returncode == 0
    assert "existing folder" in helped.stdout and "exit codes" in helped.stdout
    assess = run("assess", "--help")
    assert "- for standard input" in assess.stdout and "'demo'" in assess.stdout


def test_paths_that_are_folders_or_backups(nb: Path, backup: Path, tmp_path: Path) -> None:
    folder = tmp_path / "map"
    folder.mkdir()
    init = run("init", str(folder), "--passphrase-stdin", stdin=_pp(PASSPHRASE))
    assert init.returncode == 2 and "is een map" in init.stderr
    for command in ("verify", "backup"):
        extra = [str(tmp_path / "b.jwbak")] if command == "backup" else []
        result = run(command, str(folder), *extra, "--passphrase-stdin", stdin=_pp(PASSPHRASE))
        assert result.returncode == 2 and "is een map" in result.stderr, (command, result.stderr)
    for command in ("verify", "stats"):
        result = run(command, str(backup), "--passphrase-stdin", stdin=_pp(PASSPHRASE))
        assert result.returncode == 2 and "restore" in result.stderr, (command, result.stderr)
    exists = run("backup", str(nb), str(backup), "--passphrase-stdin", stdin=_pp(PASSPHRASE))
    assert exists.returncode == 2 and "bestaat al" in exists.stderr
    again = run("init", str(nb), "--passphrase-stdin", stdin=_pp(PASSPHRASE))
    assert again.returncode == 2 and "bestaat al" in again.stderr


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root may write into read-only folders")
def test_read_only_destination_is_refused_before_any_work(nb: Path, tmp_path: Path) -> None:
    locked = tmp_path / "alleen-lezen"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        backup = run("backup", str(nb), str(locked), "--passphrase-stdin",
                     stdin=_pp(PASSPHRASE))
        assert backup.returncode == 2 and "niet beschrijfbaar" in backup.stderr
        init = run("init", str(locked / "n.jwdb"), "--passphrase-stdin",
                   stdin=_pp(PASSPHRASE))
        assert init.returncode == 2 and "niet beschrijfbaar" in init.stderr
    finally:
        locked.chmod(0o755)
