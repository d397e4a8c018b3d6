"""``--self-test`` on the normal install: a real run in a subprocess, and failures in-process.

The failure cases break one real dependency each (a missing qtbase_nl.qm, a .qm without our
strings, a writer that does not produce a PDF, missing keyring metadata, a vault that accepts
any passphrase) and check that the self-test exits 1 and names exactly that check.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale

from jongerenwerk_desk.ui import selftest

LINE = re.compile(r"^(OK|FOUT)\s+([^:]+): (.+)$")
ALL_LABELS = [label for label, _check in selftest.CHECKS] + [selftest.CLEANUP_LABEL]


def _parse(output: str) -> dict[str, tuple[str, str]]:
    """{label: (status, detail)} for every check line in ``output``."""
    found = {}
    for line in output.splitlines():
        match = LINE.match(line)
        if match:
            found[match.group(2)] = (match.group(1), match.group(3))
    return found


def _only(monkeypatch: pytest.MonkeyPatch, *labels: str) -> None:
    """Run only these checks (keeps the in-process tests fast; each needs its predecessors)."""
    monkeypatch.setattr(selftest, "CHECKS",
                        tuple((lbl, fn) for lbl, fn in selftest.CHECKS if lbl in labels))


def _run_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    out = io.StringIO()
    code = selftest.run_self_test(out)
    assert list(private_tmp.iterdir()) == [], "the self-test left files behind"
    return code, out.getvalue()


def test_cli_self_test_passes_every_check(tmp_path: Path) -> None:
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(private_tmp))
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # never the developer's own keyring
    proc = subprocess.run([sys.executable, "-m", "jongerenwerk_desk", "--self-test"],
                          env=env, cwd=tmp_path, capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = _parse(proc.stdout)
    assert list(lines) == ALL_LABELS
    assert all(status == "OK" for status, _detail in lines.values()), proc.stdout
    assert lines["SQLCipher"][1].startswith("versie 4.")
    assert "Annuleren" in lines["Vertaling"][1]
    assert "keyring: keyring.backends." in lines["Sleutelbos"][1]
    assert proc.stdout.splitlines()[-1].startswith("Zelftest geslaagd: 10 controles")
    assert "Traceback" not in proc.stderr
    assert list(private_tmp.iterdir()) == []


def test_missing_qt_translation_fails_the_translation_check(
        qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from jongerenwerk_desk.ui.shell import i18n

    empty = tmp_path / "qt-translations"
    empty.mkdir()

    class QtDirWithoutTranslations:
        LibraryPath = QLibraryInfo.LibraryPath

        @staticmethod
        def path(_which: object) -> str:
            return str(empty)

    monkeypatch.setattr(i18n, "QLibraryInfo", QtDirWithoutTranslations)
    locale_before = QLocale().name()
    _only(monkeypatch, "Qt-platform", "Vertaling")
    code, output = _run_in_process(tmp_path, monkeypatch)
    lines = _parse(output)
    assert code == 1
    assert lines["Qt-platform"][0] == "OK"
    assert lines["Vertaling"] == ("FOUT", "niet geladen: qtbase_nl.qm")
    assert lines["Opruimen"][0] == "OK"
    assert output.splitlines()[-1].startswith("Zelftest mislukt: Vertaling (")
    # our translators were removed again: the app is back to its source strings
    assert QCoreApplication.translate("SelfTest", "Translation check") == "Translation check"
    assert QLocale().name() == locale_before


def test_qm_without_our_strings_fails_the_translation_check(
        qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from jongerenwerk_desk import paths

    fake_resources = tmp_path / "resources"
    (fake_resources / "translations").mkdir(parents=True)
    qtbase = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_nl.qm"
    shutil.copy(qtbase, fake_resources / "translations" / "other_nl.qm")  # loads, but not ours
    monkeypatch.setattr(paths, "resource_dir", lambda: fake_resources)
    _only(monkeypatch, "Qt-platform", "Vertaling")
    code, output = _run_in_process(tmp_path, monkeypatch)
    assert code == 1
    assert _parse(output)["Vertaling"] == (
        "FOUT", "eigen vertaling niet actief ('Translation check')")


def test_writer_without_pdf_output_fails_the_pdf_check(
        qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hashlib

    from jongerenwerk_desk.sharing import pdf

    def not_a_pdf(summary, path, password=None):
        data = b"this is not a pdf\n%%EOF\n"
        Path(path).write_bytes(data)
        return hashlib.sha256(data).hexdigest()

    monkeypatch.setattr(pdf, "write_pdf", not_a_pdf)
    _only(monkeypatch, "PDF")
    code, output = _run_in_process(tmp_path, monkeypatch)
    assert code == 1
    assert _parse(output)["PDF"] == ("FOUT", "het bestand begint niet met %PDF-")
    assert output.splitlines()[-1].startswith("Zelftest mislukt: PDF (")


def test_missing_keyring_metadata_fails_the_keyring_check(
        qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib import metadata

    monkeypatch.setattr(metadata, "entry_points", lambda **_kw: [])
    _only(monkeypatch, "Sleutelbos")
    code, output = _run_in_process(tmp_path, monkeypatch)
    assert code == 1
    assert _parse(output)["Sleutelbos"] == (
        "FOUT", "keyring-metadata ontbreekt (backends niet te vinden)")


def test_fail_backend_while_a_secure_keyring_answers_fails(
        qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backends import fail

    from jongerenwerk_desk.vault import keystore

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    monkeypatch.setattr(keystore.DeviceKeyStore, "available",
                        lambda self: (True, "Secret Service"))
    _only(monkeypatch, "Sleutelbos")
    code, output = _run_in_process(tmp_path, monkeypatch)
    status, detail = _parse(output)["Sleutelbos"]
    assert (code, status) == (1, "FOUT")
    assert "keyring koos keyring.backends.fail.Keyring" in detail


def test_no_secure_keyring_is_reported_but_not_a_failure(
        qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from jongerenwerk_desk.vault import keystore

    monkeypatch.setattr(keystore.DeviceKeyStore, "available",
                        lambda self: (False, "geen veilige sleutelbos gevonden"))
    _only(monkeypatch, "Sleutelbos")
    code, output = _run_in_process(tmp_path, monkeypatch)
    status, detail = _parse(output)["Sleutelbos"]
    assert (code, status) == (0, "OK")
    assert detail.startswith("geen veilige sleutelbos (geen veilige sleutelbos gevonden); "
                             "de wachtwoord wordt bij elke ontgrendeling gevraagd")


def test_vault_accepting_a_wrong_passphrase_fails_and_skips_sql_checks(
        qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from jongerenwerk_desk.notebook import Notebook

    real_create, real_open = Notebook.create.__func__, Notebook.open.__func__
    used: dict[str, str] = {}

    def create(cls, path, passphrase, **kwargs):
        used["passphrase"] = passphrase
        return real_create(cls, path, passphrase, **kwargs)

    def open_any(cls, path, *, passphrase=None, recovery_code=None):  # ignores what it is given
        return real_open(cls, path, passphrase=used["passphrase"])

    monkeypatch.setattr(Notebook, "create", classmethod(create))
    monkeypatch.setattr(Notebook, "open", classmethod(open_any))
    _only(monkeypatch, "Notitieboek", "SQLCipher", "FTS5")
    code, output = _run_in_process(tmp_path, monkeypatch)
    lines = _parse(output)
    assert code == 1
    assert lines["Notitieboek"] == ("FOUT", "een verkeerde wachtwoord werd geaccepteerd")
    assert lines["SQLCipher"] == ("FOUT", "overgeslagen: er is geen notitieboek geopend")
    assert lines["FTS5"][0] == "FOUT"
    assert lines["Opruimen"][0] == "OK"
    assert output.splitlines()[-1].startswith("Zelftest mislukt: Notitieboek, SQLCipher, FTS5 (")


def test_notebook_checks_pass_and_leave_nothing_behind(
        qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _only(monkeypatch, "Notitieboek", "SQLCipher", "FTS5")
    code, output = _run_in_process(tmp_path, monkeypatch)  # asserts the temp dir is empty
    assert code == 0, output
    assert [status for status, _ in _parse(output).values()] == ["OK"] * 4


def test_platform_plugin_lookup() -> None:
    assert selftest._platform_plugin_present("offscreen")
    assert not selftest._platform_plugin_present("doesnotexist")


def test_missing_svg_support_fails_the_platform_check(
        qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QByteArray

    class ReaderWithoutSvg:
        @staticmethod
        def supportedImageFormats() -> list[QByteArray]:
            return [QByteArray(b"png"), QByteArray(b"ico")]

    monkeypatch.setattr(selftest, "QImageReader", ReaderWithoutSvg)
    _only(monkeypatch, "Qt-platform")
    code, output = _run_in_process(tmp_path, monkeypatch)
    status, detail = _parse(output)["Qt-platform"]
    assert (code, status) == (1, "FOUT")
    assert detail.endswith("gestart, maar SVG-ondersteuning ontbreekt (pictogrammen)")


def test_cleanup_removes_the_folder_even_when_closing_fails(tmp_path: Path) -> None:
    class NotebookThatWillNotClose:
        def close(self) -> None:
            raise OSError("disk gone")

    folder = tmp_path / "jwd-zelftest-x"
    folder.mkdir()
    (folder / "zelftest.jwdb").write_bytes(b"x")
    undone = []
    ctx = selftest.SelfTestContext(folder, notebook=NotebookThatWillNotClose(),
                                   undo=[lambda: undone.append(1)])
    with pytest.raises(selftest.CheckFailed, match=r"^notitieboek niet gesloten \(OSError\)$"):
        selftest.cleanup(ctx)
    assert not folder.exists()
    assert undone == [1]


def _no_display_env(private_tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env["TMPDIR"] = str(private_tmp)
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="display check is Linux-only")
def test_self_test_without_display_fails_cleanly_in_dutch(tmp_path: Path) -> None:
    """No DISPLAY/WAYLAND_DISPLAY and no QT_QPA_PLATFORM: not Qt's abort (exit 134) but a
    FOUT line naming the missing display, exit 1, and no jwd-zelftest-* folder left."""
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    proc = subprocess.run([sys.executable, "-m", "jongerenwerk_desk", "--self-test"],
                          env=_no_display_env(private_tmp), cwd=tmp_path, capture_output=True,
                          text=True, timeout=240)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    lines = _parse(proc.stdout)
    status, detail = lines["Qt-platform"]
    assert status == "FOUT" and "DISPLAY/WAYLAND_DISPLAY" in detail
    assert lines["Opruimen"][0] == "OK"
    assert "Traceback" not in proc.stderr and "qt.qpa" not in proc.stderr
    assert list(private_tmp.iterdir()) == []


def test_missing_display_rules() -> None:
    from jongerenwerk_desk.ui.shell.display import missing_display

    assert missing_display({}, "linux")
    assert missing_display({"QT_QPA_PLATFORM": " "}, "linux")
    assert not missing_display({"DISPLAY": ":0"}, "linux")
    assert not missing_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not missing_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not missing_display({}, "win32") and not missing_display({}, "darwin")
