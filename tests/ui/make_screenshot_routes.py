"""Render the share wizard's check page with the routes panel (a blocked request about a
young person) at 1366×768 into ./screenshots/routes-panel-<lang>.png (not a test).

Run under Xvfb so fonts and styles are the real ones:
    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tests/ui/make_screenshot_routes.py
Uses the fictional test world of tests/ui/share_helpers.py in a temporary folder.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from jongerenwerk_desk.ui.share import ShareWizard  # noqa: E402
from jongerenwerk_desk.ui.shell.i18n import install_translators  # noqa: E402
from tests.ui import share_helpers as h  # noqa: E402
from tests.ui.make_screenshots import OUT, SIZE, settle  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="nl")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    install_translators(app, args.lang)
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        world = h.build_world(Path(tmp))
        wizard = ShareWizard(world.notebook, h.profile(Path(tmp)), h.services(),
                             group_id=world.group_id)
        wizard.resize(*SIZE)
        wizard.show()
        settle()
        h.choose_purpose(wizard)
        wizard.next()
        h.pick(wizard, persons=[world.sara], signals=[world.signals["confidence_sara"]])
        wizard.next()
        h.fill_grounds(wizard)
        wizard.next()
        settle(300)
        path = OUT / f"routes-panel-{args.lang}.png"
        wizard.grab().save(str(path))
        print(path)
        h.quiet_close(wizard)
        world.notebook.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
