"""Translations: every .ts complete, every .qm built from its current .ts, Qt's own Dutch
loaded so built-in buttons read "Annuleren", "Volgende", "Voltooien"."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from jongerenwerk_desk.paths import resource_path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILES = sorted(TRANSLATIONS.glob("*.ts"))
BIN = Path(sys.executable).parent
SHELL_SOURCES = [ROOT / "jongerenwerk_desk" / "ui" / "app.py",
                 ROOT / "jongerenwerk_desk" / "ui" / "services.py",
                 ROOT / "jongerenwerk_desk" / "ui" / "secret_field.py",
                 *sorted((ROOT / "jongerenwerk_desk" / "ui" / "shell").glob("*.py"))]


def _tool(name: str) -> str:
    path = BIN / name
    return str(path) if path.exists() else (shutil.which(name) or pytest.fail(f"{name} missing"))


def _problems(ts: Path) -> list[str]:
    problems = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            kind = tr.get("type") if tr is not None else "missing"
            if kind in ("vanished", "obsolete"):
                continue
            forms = [f.text for f in tr.iter("numerusform")] if tr is not None else []
            texts = forms or [tr.text if tr is not None else None]
            if kind == "unfinished" or not all(t and t.strip() for t in texts):
                problems.append(f"{ts.name}: {name}: {msg.findtext('source')!r}")
    return problems


def test_there_are_translation_files():
    assert any(p.name == "shell_nl.ts" for p in TS_FILES)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_no_unfinished_or_empty_translation(ts):
    assert _problems(ts) == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_qm_is_built_from_current_ts(ts, tmp_path):
    qm = ts.with_suffix(".qm")
    assert qm.exists(), f"{qm.name} missing: run pyside6-lrelease {ts.name}"
    fresh = tmp_path / qm.name
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(fresh)], check=True,
                   capture_output=True, timeout=120)
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is older than {ts.name}"


def test_shell_ts_covers_every_shell_string(tmp_path):
    """lupdate over the shell's sources adds nothing unfinished to a copy of shell_nl.ts."""
    copy = tmp_path / "shell_nl.ts"
    shutil.copy(TRANSLATIONS / "shell_nl.ts", copy)
    subprocess.run([_tool("pyside6-lupdate"), *map(str, SHELL_SOURCES), "-ts", str(copy)],
                   check=True, capture_output=True, timeout=120)
    assert _problems(copy) == []


def test_dutch_translators_loaded(dutch):
    assert "shell_nl.qm" in dutch and "qtbase_nl.qm" in dutch
    assert set(dutch) >= {p.name for p in resource_path("translations").glob("*_nl.qm")}


def test_builtin_buttons_are_dutch(qtbot, dutch):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"
    wizard = QWizard()
    qtbot.addWidget(wizard)
    texts = [wizard.buttonText(b).replace("&", "") for b in
             (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton)]
    assert texts[0].startswith("Volgende") and texts[1] == "Voltooien"


def test_shell_widgets_are_dutch(qtbot, dutch):
    from jongerenwerk_desk.ui.services import Services
    from jongerenwerk_desk.ui.shell import errors as err
    from jongerenwerk_desk.ui.shell.unlock import UnlockWidget
    from jongerenwerk_desk.vault.errors import WrongPassphrase

    screen = UnlockWidget(Services.for_tests(), None)
    qtbot.addWidget(screen)
    assert screen.open_button.text() == "&Ontgrendelen"
    assert err.advice_for(WrongPassphrase()).title == "Verkeerd wachtwoord"
