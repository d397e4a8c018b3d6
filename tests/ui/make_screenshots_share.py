"""Render every page of the share wizard at 1366×768 into ./screenshots/3*-share-*.png and
print the contrast of each hint as drawn (not a test).

Run under Xvfb so fonts and styles are the real ones:
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tests/ui/make_screenshots_share.py
The contrast is measured on the rendered pixels of each hint label: its darkest pixel (the
glyph colour) against its most common pixel (the background), by the WCAG 2.1 formula.
Uses fictional data only (``tests/ui/share_helpers.py``); temporary folders are removed.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QLabel  # noqa: E402

from jongerenwerk_desk.ui.a11y import contrast_ratio  # noqa: E402
from jongerenwerk_desk.ui.app import make_application  # noqa: E402
from jongerenwerk_desk.ui.shell.i18n import install_translators  # noqa: E402
from tests.ui import share_helpers as h  # noqa: E402
from tests.ui.make_screenshots import OUT, SIZE, settle, shot  # noqa: E402


def drawn_contrast(label: QLabel) -> float:
    """Contrast of ``label`` as rendered: darkest pixel against the most common one."""
    image = label.grab().toImage()
    counts: Counter[int] = Counter()
    for y in range(0, image.height()):
        for x in range(0, image.width()):
            counts[image.pixel(x, y)] += 1
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    glyph = min((QColor.fromRgb(p) for p in counts), key=lambda c: c.lightnessF())
    return contrast_ratio(glyph, background)


def hints(wizard) -> list[tuple[str, float]]:
    """(text, drawn contrast) of every visible hint label on the current page."""
    out = []
    for label in wizard.currentPage().findChildren(QLabel):
        if (label.isVisible() and label.text().strip()
                and label.foregroundRole() == QPalette.ColorRole.PlaceholderText):
            out.append((label.text()[:60], drawn_contrast(label)))
    return out


def main() -> int:
    """Render the six pages; print the hints' contrast; returns 0."""
    OUT.mkdir(exist_ok=True)
    app = make_application()
    install_translators(app, "nl")
    from jongerenwerk_desk.ui.share import ShareWizard

    with tempfile.TemporaryDirectory(prefix="jwd-shots-") as tmp_name:
        tmp = Path(tmp_name)
        world = h.build_world(tmp)
        try:
            wizard = ShareWizard(world.notebook, h.profile(tmp), h.services(),
                                 group_id=world.group_id)
            wizard.resize(*SIZE)
            wizard.show()
            settle()
            s = world.signals
            steps = [("purpose", lambda: h.choose_purpose(wizard)),
                     ("items", lambda: h.pick(wizard, persons=[world.noor],
                                              signals=[s["group"], s["online"],
                                                       s["third_party"]])),
                     ("grounds", lambda: h.fill_grounds(wizard)),
                     ("check", lambda: h.acknowledge_all(wizard)),
                     ("preview", lambda: None), ("export", lambda: None)]
            lowest = 21.0
            for number, (name, fill) in enumerate(steps, start=30):
                fill()
                shot(wizard, f"{number}-share-{name}")
                settle()
                for text, ratio in hints(wizard):
                    lowest = min(lowest, ratio)
                    print(f"  {name}: {ratio:.2f}:1  {text!r}")
                if name != "export":
                    wizard.next()
            print(f"lowest hint contrast as drawn: {lowest:.2f}:1")
            wizard.hide()
        finally:
            world.notebook.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
