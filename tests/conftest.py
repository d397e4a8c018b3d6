"""Shared test set-up: offscreen Qt and private HOME/XDG dirs, so no test touches real user dirs,
and the fixtures several test modules share (vault template, sharing world).

The platform must be chosen before anything imports Qt, hence at module import time here.
Each process (each pytest-xdist worker too) gets its own private directories.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

# With PYTHONDONTWRITEBYTECODE set (some CI images set it) every pytest-xdist worker would
# compile and assertion-rewrite every test module again (about 3 s of CPU each) and every CLI
# child would compile the package: the tests write bytecode as a default Python does, into
# the __pycache__ folders git ignores.
sys.dont_write_bytecode = False

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "*.debug=false")

_SANDBOX = Path(tempfile.mkdtemp(prefix="jwd-tests-"))
for _name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
              "XDG_RUNTIME_DIR"):
    _dir = _SANDBOX / _name.lower()
    _dir.mkdir(mode=0o700)
    os.environ[_name] = str(_dir)
_TMP = _SANDBOX / "tmp"
_TMP.mkdir(mode=0o700)
os.environ["TMPDIR"] = str(_TMP)  # subprocesses, and this process's tempfile module below
tempfile.tempdir = str(_TMP)

from collections.abc import Iterator  # noqa: E402


def _memoise_argon2id() -> None:
    """Argon2id is a pure function, and the tests derive the same key from the same
    passphrase and salt hundreds of times (every copy of a template notebook shares the
    template's key file), at 0.1 s a time even at the 64 MiB floor. So in the test process
    ``kdf.hash_secret_raw`` remembers its results: a first call, another salt or another
    passphrase (a wrong one included) runs the real Argon2id. Child processes (the CLI, the
    bundle) are not affected. The cache holds test passphrases only; no test scans this
    process's memory (the crash-dump tests run in children)."""
    import functools

    from jongerenwerk_desk.vault import kdf

    kdf.hash_secret_raw = functools.lru_cache(maxsize=4096)(kdf.hash_secret_raw)  # type: ignore[assignment]


_memoise_argon2id()

import pytest  # noqa: E402

from tests.sharing_world import World, make_notebook, populate  # noqa: E402
from tests.vault_support import Template, copy_notebook, make_template  # noqa: E402


@pytest.fixture
def sandbox_dirs() -> dict[str, Path]:
    """The private directories this test session uses in place of the user's own."""
    return {name: Path(os.environ[name]) for name in
            ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")}


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """One vault notebook with 50 items (``tests/vault_support.py``), created once per session."""
    return make_template(tmp_path_factory.mktemp("vault-template"))


@pytest.fixture
def notebook(vault_template: Template, tmp_path: Path) -> Path:
    """A private closed copy of the vault template notebook."""
    return copy_notebook(vault_template.path, tmp_path)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    """The sharing tests' fictional notebook (``tests/sharing_world.py``), open; closed after."""
    nb = make_notebook(tmp_path)
    yield populate(nb)
    nb.close()


def pytest_configure(config: pytest.Config) -> None:
    """No automatic garbage collection in a test process: it would run in whichever thread
    crosses the threshold (pytest-xdist's message thread, a TaskRunner pool thread) and
    finalise the Qt objects of earlier tests there, which crashed a worker now and then
    (``jongerenwerk_desk/ui/gc_policy.py``). The GUI thread collects between tests instead."""
    import gc

    gc.disable()


def pytest_runtest_logfinish(nodeid: str, location: tuple) -> None:
    """After each test, on the main thread: everything the app froze out of the collector
    while unlocked is handed back (``gc.unfreeze()``, O(1)), so the next test starts as in a
    fresh process, then the collection Python would have run by now
    (``jongerenwerk_desk/ui/gc_policy.py``)."""
    import gc

    from jongerenwerk_desk.ui.gc_policy import collect_if_due

    gc.unfreeze()
    collect_if_due()


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """``-n auto``: one worker per core, plus one. A tenth of the suite's time is waiting (for
    child processes, a screen reader's events, a background thread), and a third worker fills
    those gaps. ``PYTEST_XDIST_AUTO_NUM_WORKERS`` still decides when set."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (cores or 1) + 1


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Slow tests first, otherwise the (shuffled) order is kept: under pytest-xdist the files
    with the bundle build and the other slow tests start at once while the quick ones fill in.
    Under Wine the Qt tests skip (:func:`_skip_qt_under_wine`)."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
    _skip_qt_under_wine(items)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Remove the private directories (they may hold test notebooks) when the run ends."""
    import shutil

    shutil.rmtree(_SANDBOX, ignore_errors=True)


WINE_QT_SKIP = (
    "Qt under Wine 8 (the Windows test harness): QApplication starts offscreen, but Qt finds "
    "no fonts (0 families) and the UI suite dies with an access violation in Qt's event "
    "processing partway through; the Qt tests run on Linux and on a hosted Windows runner "
    "(.github/workflows/desktop.yml)"
)


def _under_wine() -> bool:
    """True in Windows Python running under Wine (Wine's ntdll exports wine_get_version)."""
    if sys.platform != "win32":
        return False
    import ctypes

    try:
        return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")
    except OSError:
        return False


def _skip_qt_under_wine(items: list[pytest.Item]) -> None:
    """Under Wine, skip every Qt test (tests/ui, or a test using a QApplication) with the
    reason above; on real Windows they run."""
    if not _under_wine():
        return
    ui_dir = Path(__file__).resolve().parent / "ui"
    skip = pytest.mark.skip(reason=WINE_QT_SKIP)
    for item in items:
        if Path(str(item.fspath)).resolve().is_relative_to(ui_dir) or \
                {"qapp", "qtbot"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(skip)
