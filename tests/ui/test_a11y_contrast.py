"""Text contrast of at least 4.5:1 (WCAG 2.1 SC 1.4.3) on every wizard page and editor, hints
and placeholders included, computed from the colours the widgets really draw with: the
widget's palette (foreground role on its window colour, placeholder on its base colour), a
``color:``/``background:`` in its style sheet, and inline colours in rich text.

Run with ``-s`` to see the figures (lowest ratio per kind of text)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit

from jongerenwerk_desk.ui.a11y import AA_TEXT, apply_readable_palette, contrast_ratio
from jongerenwerk_desk.ui.services import FakePrompter, Services
from jongerenwerk_desk.ui.share.wizard import PageId
from jongerenwerk_desk.ui.shell.first_run import FirstRunWizard
from tests.ui import share_helpers as h
from tests.ui.test_a11y_audit import _editor
from tests.ui.test_shell_first_run import STRONG, FakeKeyStore, _creator

_COLOUR = re.compile(r"(?<![-\w])(color|background(?:-color)?)\s*:\s*(#[0-9a-fA-F]{6})")
_INLINE = re.compile(r"color\s*:\s*(#[0-9a-fA-F]{6})")


@pytest.fixture
def app_palette(qapp):
    """The application palette as ``make_application`` sets it; put back afterwards."""
    before = QPalette(qapp.palette())
    apply_readable_palette(qapp)
    yield qapp.palette()
    qapp.setPalette(before)


def _sheet_colours(widget) -> dict[str, QColor]:
    found: dict[str, QColor] = {}
    while widget is not None:
        for prop, value in _COLOUR.findall(widget.styleSheet()):
            key = "fg" if prop == "color" else "bg"
            found.setdefault(key, QColor(value))
        if "fg" in found and "bg" in found:
            break
        widget = widget.parentWidget()
    return found


def measure(window) -> list[tuple[str, str, float]]:
    """(kind, text, ratio) for every visible label text and placeholder under ``window``."""
    out = []
    QApplication.processEvents()        # rebuilt pages show their new widgets a turn later
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text().strip():
            continue
        palette = label.palette()
        sheet = _sheet_colours(label)
        back = sheet.get("bg", palette.color(label.backgroundRole()))
        front = sheet.get("fg", palette.color(label.foregroundRole()))
        kind = ("hint" if label.foregroundRole() == QPalette.ColorRole.PlaceholderText
                else "styled" if "fg" in sheet else "text")
        out.append((kind, label.text()[:50], contrast_ratio(front, back)))
        for inline in _INLINE.findall(label.text()):
            out.append(("inline", label.text()[:50], contrast_ratio(QColor(inline), back)))
    for field in [*window.findChildren(QLineEdit), *window.findChildren(QPlainTextEdit)]:
        text = field.placeholderText()
        # a disabled field is an inactive component: SC 1.4.3 does not apply to it
        if text and field.isVisibleTo(window) and field.isEnabled():
            palette = field.palette()
            out.append(("placeholder", text[:50],
                        contrast_ratio(palette.color(QPalette.ColorRole.PlaceholderText),
                                       palette.color(QPalette.ColorRole.Base))))
    return out


def _report(where: str, figures) -> None:
    lows: dict[str, tuple[float, str]] = {}
    for kind, text, ratio in figures:
        if kind not in lows or ratio < lows[kind][0]:
            lows[kind] = (ratio, text)
    print(f"\n{where}: " + "; ".join(f"{k} {r:.2f}:1 ({t!r})" for k, (r, t) in
                                     sorted(lows.items())))
    bad = [(k, t, round(r, 2)) for k, t, r in figures if r < AA_TEXT]
    assert bad == [], f"{where}: below 4.5:1: {bad}"


def test_default_placeholder_grey_was_below_aa_and_ours_is_not(qapp, app_palette):
    plain = QApplication.style().standardPalette()
    before = contrast_ratio(plain.color(QPalette.ColorRole.PlaceholderText),
                            plain.color(QPalette.ColorRole.Base))
    after = contrast_ratio(app_palette.color(QPalette.ColorRole.PlaceholderText),
                           app_palette.color(QPalette.ColorRole.Base))
    print(f"\nplaceholder on base: style default {before:.2f}:1, ours {after:.2f}:1")
    assert before < AA_TEXT <= after


def test_share_wizard_pages(qtbot, tmp_path_factory, tmp_path, app_palette):
    world = h.build_world(tmp_path_factory.mktemp("a11y-contrast"))
    try:
        wizard = h.open_wizard(qtbot, world, tmp_path)
        wizard.resize(1100, 740)
        wizard.show()
        s = world.signals
        steps = [("purpose", lambda: h.choose_purpose(wizard)),
                 ("items", lambda: h.pick(wizard, persons=[world.noor],
                                          signals=[s["group"], s["online"],
                                                   s["third_party"]])),
                 ("grounds", lambda: h.fill_grounds(wizard)),
                 ("check", lambda: h.acknowledge_all(wizard)),
                 ("preview", lambda: None), ("export", lambda: None)]
        for name, fill in steps:
            _report(f"share wizard, {name} page", measure(wizard))
            fill()
            if name != "export":
                wizard.next()
        assert wizard.currentId() == PageId.EXPORT
    finally:
        world.notebook.close()


def test_first_run_pages(qtbot, tmp_path, app_palette):
    wizard = FirstRunWizard(Services.for_tests(prompter=FakePrompter().script("confirm", True)),
                            tmp_path / "nieuw.jwdb", creator=_creator, keystore=FakeKeyStore())
    qtbot.addWidget(wizard)
    wizard.show()
    _report("first run, organisation", measure(wizard))
    wizard.currentPage().organisation.setText("Stichting Jongerenwerk Voorbeeldstad")
    wizard.next()
    page = wizard.currentPage()
    page.first.setText("kort")
    _report("first run, passphrase", measure(wizard))
    page.first.setText(STRONG)
    page.second.setText(STRONG)
    page.understood.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.recovery_id, timeout=60_000)
    _report("first run, recovery code", measure(wizard))
    wizard.reject()


@pytest.mark.parametrize("name", ["person", "group", "signal", "consent", "informing",
                                  "partner", "membership"])
def test_editors_with_errors_shown(qtbot, nb, profile, app_palette, name):
    editor = _editor(nb, profile, name)
    qtbot.addWidget(editor)
    editor.show()
    editor.clear_client_data()
    editor.save_button.click()
    _report(f"{name} editor", measure(editor))
