"""``jongerenwerk-desk --self-test``: does this installation (frozen bundle or pip) work here?

For IT after a deployment and for CI on the frozen bundle. Runs these checks in order and prints
one Dutch line per check on standard output (never client data; everything it makes is
fictional and lives in a private temporary folder that is removed at the end):

1. ``Onderdelen``   every module of the package imports (catches modules a bundle left out);
2. ``Qt-platform``  the platform plug-in exists, a QApplication starts on it, SVG images load;
3. ``Notitieboek``  a temporary notebook is created with a real Argon2id KDF
   (``KdfParams.minimum()``: 64 MiB), closed, refused with a wrong passphrase and reopened;
   its file does not start with the plain SQLite header;
4. ``SQLCipher``    ``PRAGMA cipher_version`` is 4.x;
5. ``FTS5``         a full-text index works inside the encrypted file, and notebook search runs;
6. ``Sleutelbos``   which keyring backend is in use and whether the vault's allow-list counts
   it as secure; fails only when keyring's backend metadata is missing (a frozen app without
   it silently falls back to ``keyring.backends.fail``) or a secure OS keyring answers but
   keyring picked the fail backend;
7. ``Vertaling``    our ``*_nl.qm`` files and Qt's ``qtbase_nl.qm`` load, one of our strings and
   Qt's Cancel button (``Annuleren``) come out Dutch;
8. ``PDF``          the sharing exporter writes an AES-256 encrypted PDF with the bundled font
   (``%PDF-`` header, ``%%EOF`` trailer, SHA-256 as reported);
9. ``Excel``        the sharing exporter writes a password-protected ``.xlsx`` (openpyxl +
   msoffcrypto-tool): an encrypted Office file that opens with that password only;
10. ``Opruimen``    the notebook is closed, translators removed, the temporary folder is gone.

Returns exit code 0 when every check passed, else 1; the last line names the failed checks.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import pkgutil
import secrets
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication, QDialogButtonBox

import jongerenwerk_desk
from jongerenwerk_desk.paths import resource_path

if TYPE_CHECKING:
    from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.ui.shell.display import missing_display

EXPECTED_CANCEL_TEXT = "Annuleren"
"""Qt's Cancel button in Dutch (qtbase_nl.qm, context QPlatformTheme)."""
MARKER_DUTCH = "Vertaalcontrole"
"""Dutch of our one marker string (selftest_nl.ts): proves our own .qm files load."""
KEYRING_TIMEOUT_S = 10.0
_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"


class CheckFailed(Exception):
    """A check failed; ``str(exc)`` is a short Dutch reason without client data."""


@dataclass
class SelfTestContext:
    """What the checks share: the private temp folder, the open notebook, and what to undo
    at the end (``undo``: callables run by ``cleanup``, last first)."""

    tmp: Path
    app: Any = None  # the QApplication this self-test created (kept alive until the end)
    notebook: Notebook | None = None
    undo: list[Callable[[], None]] = field(default_factory=list)


@dataclass(frozen=True)
class CheckResult:
    """Outcome of one check: ``label`` (Dutch check name), ``ok``, ``detail`` (Dutch)."""

    label: str
    ok: bool
    detail: str

    def line(self) -> str:
        """The printed line, e.g. ``OK    SQLCipher: versie 4.6.1``."""
        return f"{'OK' if self.ok else 'FOUT':<5} {self.label}: {self.detail}"


# -- checks ------------------------------------------------------------------------------------
def check_modules(ctx: SelfTestContext) -> str:
    """Import every module of the package; CheckFailed lists the ones that do not import."""
    failed = []
    count = 0
    prefix = jongerenwerk_desk.__name__ + "."
    for info in pkgutil.walk_packages(jongerenwerk_desk.__path__, prefix):
        if info.name.endswith("__main__"):
            continue
        count += 1
        try:
            importlib.import_module(info.name)
        except Exception as exc:  # any import failure is a broken install
            missing = getattr(exc, "name", None) if isinstance(exc, ImportError) else None
            failed.append(f"{info.name} ({type(exc).__name__}"
                          + (f": {missing}" if missing else "") + ")")
    if failed:
        raise CheckFailed("niet te laden: " + ", ".join(failed))
    if count == 0:
        raise CheckFailed("geen modules gevonden (kapotte installatie)")
    return f"{count} modules geladen (versie {jongerenwerk_desk.__version__})"


def _platform_plugin_present(name: str) -> bool:
    """Is there a platform plug-in file for ``name`` (``xcb`` -> ``libqxcb.so``, ``qxcb.dll``)?"""
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    wanted = "q" + name.split("-")[0].lower()
    if not plugins.is_dir():
        return False
    for plugin in plugins.iterdir():
        stem = plugin.name.split(".")[0].lower()
        if (stem[3:] if stem.startswith("lib") else stem).startswith(wanted):
            return True
    return False


def check_platform(ctx: SelfTestContext) -> str:
    """Check the platform plug-in file exists (Qt aborts the process otherwise), start Qt."""
    app = QApplication.instance()
    if app is None and missing_display():
        raise CheckFailed("geen beeldscherm gevonden (DISPLAY/WAYLAND_DISPLAY ontbreekt); "
                          "start in een grafische sessie of zet QT_QPA_PLATFORM=offscreen")
    if app is None:
        requested = (os.environ.get("QT_QPA_PLATFORM") or "").split(":")[0].strip()
        if requested and not _platform_plugin_present(requested):
            raise CheckFailed(f"platform-plug-in '{requested}' ontbreekt")
        app = ctx.app = QApplication([sys.argv[0] if sys.argv else "jongerenwerk-desk"])
    name = QApplication.platformName() if isinstance(app, QApplication) else ""
    if not name:
        raise CheckFailed("geen Qt-platform gestart")
    if b"svg" not in {bytes(f.data()) for f in QImageReader.supportedImageFormats()}:
        raise CheckFailed(f"{name} gestart, maar SVG-ondersteuning ontbreekt (pictogrammen)")
    return f"{name} (Qt {QLibraryInfo.version().toString()}, SVG)"


def check_notebook(ctx: SelfTestContext) -> str:
    """Create, close, refuse a wrong passphrase, reopen; the file must not be plain SQLite."""
    from jongerenwerk_desk.notebook import Notebook
    from jongerenwerk_desk.vault import KdfParams
    from jongerenwerk_desk.vault.errors import WrongPassphrase

    path = ctx.tmp / "zelftest.jwdb"
    passphrase = secrets.token_urlsafe(24)
    notebook, _recovery = Notebook.create(path, passphrase, kdf_params=KdfParams.minimum())
    notebook.close()
    with path.open("rb") as fh:
        if fh.read(len(_PLAIN_SQLITE_HEADER)) == _PLAIN_SQLITE_HEADER:
            raise CheckFailed("het bestand is niet versleuteld")
    try:
        Notebook.open(path, passphrase=passphrase + "x").close()
    except WrongPassphrase:
        pass
    else:
        raise CheckFailed("een verkeerde wachtwoord werd geaccepteerd")
    ctx.notebook = Notebook.open(path, passphrase=passphrase)
    if ctx.notebook.people.count() != 0:
        raise CheckFailed("nieuw notitieboek is niet leeg")
    return "tijdelijk notitieboek aangemaakt, gesloten en weer geopend (Argon2id, 64 MiB)"


def _notebook_conn(ctx: SelfTestContext) -> Any:
    if ctx.notebook is None:
        raise CheckFailed("overgeslagen: er is geen notitieboek geopend")
    return ctx.notebook.conn


def check_sqlcipher(ctx: SelfTestContext) -> str:
    """``PRAGMA cipher_version`` on the notebook's connection must be 4.x."""
    from jongerenwerk_desk.vault.probes import cipher_version

    version, provider = cipher_version(_notebook_conn(ctx))
    if not version.startswith("4."):
        raise CheckFailed(f"SQLCipher 4 vereist, gevonden: {version or 'geen'}")
    return f"versie {version}" + (f" ({provider})" if provider else "")


def check_fts5(ctx: SelfTestContext) -> str:
    """A temporary FTS5 table finds a word; the notebook's own search runs."""
    from jongerenwerk_desk.vault.probes import fts5_finds_a_word

    if not fts5_finds_a_word(_notebook_conn(ctx)):
        raise CheckFailed("de zoekindex vond het testwoord niet")
    ctx.notebook.search("zelftest")
    return "zoekindex werkt in het versleutelde bestand"


def _keyring_probe() -> tuple[str, bool, str]:
    """(keyring's default backend class path, secure store available, label or Dutch reason)."""
    from importlib import metadata

    import keyring

    from jongerenwerk_desk.vault.keystore import DeviceKeyStore

    if not list(metadata.entry_points(group="keyring.backends")):
        raise CheckFailed("keyring-metadata ontbreekt (backends niet te vinden)")
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    secure, label = DeviceKeyStore().available()
    return name, bool(secure), str(label)


def check_keyring(ctx: SelfTestContext) -> str:
    """Report the keyring backend and whether it counts as secure (vault.keystore allow-list).

    Fails when keyring's entry-point metadata is missing, or when a secure OS keyring answers
    but keyring's own choice is ``keyring.backends.fail`` (what a bundle without the metadata
    does). No secure keyring at all is not a failure: the passphrase is then asked every time.
    """
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["result"] = _keyring_probe()
        except BaseException as exc:  # reported below
            box["error"] = exc

    worker = threading.Thread(target=run, name="selftest-keyring", daemon=True)
    worker.start()
    worker.join(KEYRING_TIMEOUT_S)
    if worker.is_alive():
        raise CheckFailed(f"de sleutelbos antwoordt niet binnen {KEYRING_TIMEOUT_S:.0f} s")
    if "error" in box:
        err = box["error"]
        raise err if isinstance(err, CheckFailed) else CheckFailed(type(err).__name__)
    name, secure, label = box["result"]
    if secure and name.startswith("keyring.backends.fail"):
        raise CheckFailed(f"{label} werkt, maar keyring koos {name} (backend-metadata ontbreekt?)")
    if secure:
        return f"{label}, veilig: de sleutel mag op dit apparaat blijven (keyring: {name})"
    return (f"geen veilige sleutelbos ({label}); de wachtwoord wordt bij elke ontgrendeling "
            f"gevraagd (keyring: {name})")


def _install_dutch(ctx: SelfTestContext) -> list[str]:
    """Install the app's Dutch translators (``ui.shell.i18n``, the path the GUI uses); the
    undo step removes them and restores the default locale."""
    from jongerenwerk_desk.ui.shell.i18n import install_translators

    app = QCoreApplication.instance()
    locale = QLocale()

    def undo() -> None:
        install_translators(app, "en")
        QLocale.setDefault(locale)

    ctx.undo.append(undo)
    return install_translators(app, "nl")


def check_translation(ctx: SelfTestContext) -> str:
    """Load our ``*_nl.qm`` and Qt's ``qtbase_nl.qm``; check our marker and Qt's Cancel."""
    if not isinstance(QCoreApplication.instance(), QApplication):
        raise CheckFailed("overgeslagen: Qt is niet gestart (zie Qt-platform)")
    ours = sorted(p.name for p in resource_path("translations").glob("*_nl.qm"))
    if not ours:
        raise CheckFailed("geen eigen Nederlandse vertalingen (*_nl.qm) gevonden")
    loaded = _install_dutch(ctx)
    missing = [name for name in [*ours, "qtbase_nl.qm"] if name not in loaded]
    if missing:
        raise CheckFailed("niet geladen: " + ", ".join(missing))
    marker = QCoreApplication.translate("SelfTest", "Translation check")
    if marker != MARKER_DUTCH:
        raise CheckFailed(f"eigen vertaling niet actief ('{marker}')")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    try:
        text = box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    finally:
        box.deleteLater()
    if text != EXPECTED_CANCEL_TEXT:
        raise CheckFailed(f"Qt-knop Cancel heet '{text}', verwacht '{EXPECTED_CANCEL_TEXT}'")
    return f"{len(ours)} eigen .qm + qtbase_nl.qm geladen; Cancel = '{text}'"


def _fictional_summary() -> Any:
    from jongerenwerk_desk.sharing.model import (
        FACT_LABEL,
        GroupSection,
        Summary,
        SummaryEntry,
        SummaryHeader,
    )

    today = date.today()
    header = SummaryHeader(
        covenant_title="Zelftest", covenant_version="0", profile_id="zelftest",
        purpose_id="zelftest", purpose_title="Zelftest", recipients=("Zelftest",),
        day=today, stage="1", disclosure_id="ZELFTEST")
    group = GroupSection(name="Zelftestgroep", kind="groep", stage="1", period_from=today,
                         period_until=today)
    entry = SummaryEntry(item_id="S0", day=today, category="zelftest",
                         category_title="Zelftest", label=FACT_LABEL,
                         text="Fictieve tekst met diakrieten: één café, ’s avonds.")
    return Summary(header=header, group=group, group_entries=(entry,))


def check_pdf(ctx: SelfTestContext) -> str:
    """Write a fictional summary with the sharing exporter (AES-256) and check the file."""
    from jongerenwerk_desk.sharing.pdf import write_pdf

    path = ctx.tmp / "zelftest.pdf"
    digest = write_pdf(_fictional_summary(), path, password=secrets.token_urlsafe(12))
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise CheckFailed("het bestand begint niet met %PDF-")
    if b"%%EOF" not in data[-1024:]:
        raise CheckFailed("het bestand is niet volledig (geen %%EOF)")
    if digest != hashlib.sha256(data).hexdigest():
        raise CheckFailed("de SHA-256 van het bestand klopt niet")
    version = data[5:8].decode("ascii", "replace")
    return f"versleutelde PDF {version} gemaakt ({len(data)} bytes)"


def check_xlsx(ctx: SelfTestContext) -> str:
    """Write a fictional summary as an encrypted .xlsx and read it back with the password."""
    import io

    import msoffcrypto
    from openpyxl import load_workbook

    from jongerenwerk_desk.sharing.xlsx_export import xlsx_bytes

    password = secrets.token_urlsafe(12)
    data = xlsx_bytes(_fictional_summary(), password)
    if not data.startswith(bytes.fromhex("d0cf11e0a1b11ae1")):
        raise CheckFailed("het bestand is geen versleuteld Office-bestand")
    office = msoffcrypto.OfficeFile(io.BytesIO(data))
    office.load_key(password=password)
    plain = io.BytesIO()
    office.decrypt(plain)
    cells = [c for row in load_workbook(plain, read_only=True).active.iter_rows(values_only=True)
             for c in row if c]
    if "Zelftestgroep" not in cells:
        raise CheckFailed("de inhoud komt niet terug na ontsleutelen")
    return f"versleuteld Excel-bestand gemaakt en gelezen ({len(data)} bytes)"


def cleanup(ctx: SelfTestContext) -> str:
    """Close the notebook, undo translators, remove the temporary folder; check it is gone.

    Every step runs even when an earlier one fails; CheckFailed names the failed steps.
    """
    problems = []
    if ctx.notebook is not None:
        try:
            ctx.notebook.close()
        except Exception as exc:  # still remove the folder below
            problems.append(f"notitieboek niet gesloten ({type(exc).__name__})")
        ctx.notebook = None
    while ctx.undo:
        try:
            ctx.undo.pop()()
        except Exception as exc:
            problems.append(f"vertalingen niet teruggezet ({type(exc).__name__})")
    shutil.rmtree(ctx.tmp, ignore_errors=True)
    if ctx.tmp.exists():
        problems.append("de tijdelijke map kon niet worden verwijderd")
    if problems:
        raise CheckFailed("; ".join(problems))
    return "tijdelijke map en alles daarin verwijderd"


CHECKS: tuple[tuple[str, Callable[[SelfTestContext], str]], ...] = (
    ("Onderdelen", check_modules),
    ("Qt-platform", check_platform),
    ("Notitieboek", check_notebook),
    ("SQLCipher", check_sqlcipher),
    ("FTS5", check_fts5),
    ("Sleutelbos", check_keyring),
    ("Vertaling", check_translation),
    ("PDF", check_pdf),
    ("Excel", check_xlsx),
)
CLEANUP_LABEL = "Opruimen"


def _run_one(label: str, check: Callable[[SelfTestContext], str],
             ctx: SelfTestContext) -> CheckResult:
    try:
        return CheckResult(label, True, check(ctx))
    except CheckFailed as exc:
        return CheckResult(label, False, str(exc))
    except Exception as exc:  # an unexpected error: name its type only, never its text
        message = getattr(exc, "user_message", None) or type(exc).__name__
        if isinstance(exc, ImportError) and exc.name:
            message += f" ({exc.name})"
        return CheckResult(label, False, f"onverwachte fout: {message}")


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check, print one line each to ``out`` (default stdout); return 0 or 1.

    Exit 1 when any check failed; the final line (also on stderr) names the failed checks.
    """
    out = out if out is not None else sys.stdout
    started = time.monotonic()
    ctx = SelfTestContext(Path(tempfile.mkdtemp(prefix="jwd-zelftest-")))
    results = []
    try:
        for label, check in CHECKS:
            results.append(_run_one(label, check, ctx))
            _emit(out, results[-1].line())
    finally:
        results.append(_run_one(CLEANUP_LABEL, cleanup, ctx))
        _emit(out, results[-1].line())
    failed = [r.label for r in results if not r.ok]
    seconds = f"{time.monotonic() - started:.1f}".replace(".", ",")
    if failed:
        summary = f"Zelftest mislukt: {', '.join(failed)} ({seconds} s)."
        _emit(out, summary)
        if out is not sys.stderr:
            _emit(sys.stderr, summary)
        return 1
    _emit(out, f"Zelftest geslaagd: {len(results)} controles in {seconds} s.")
    return 0


def _emit(stream: TextIO | None, line: str) -> None:
    """Print a line and flush (a GUI-subsystem Windows exe has no stdout: then do nothing)."""
    if stream is None:
        return
    try:
        print(line, file=stream, flush=True)
    except BrokenPipeError:  # e.g. piped into `head`: the checks still run and decide the code
        if stream is sys.stdout:  # Python docs' recipe: no second error when exiting
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
