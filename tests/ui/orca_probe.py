"""Type a passphrase with the Orca screen reader running and report what Orca said.

Run by ``tests/ui/test_a11y_orca.py`` inside ``dbus-run-session -- xvfb-run`` as
``python tests/ui/orca_probe.py plain|secret DIGITS``: starts the AT-SPI bus and Orca with its
debug log, shows a labelled password field (``plain``: Qt's own password ``QLineEdit``, the
control; ``secret``: our ``SecretField``), types DIGITS one key at a time, selects all and
deletes, and prints one JSON object: ``{"typed": text the field holds before deleting,
"said": [every SPEECH OUTPUT line of Orca's log]}``. No sound is made or needed.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SPEECH = re.compile(r"SPEECH OUTPUT: '(.*?)'\s*(?:\{|$)", re.M)


def main() -> int:
    mode, digits = sys.argv[1], sys.argv[2]
    os.environ["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    log = Path(tempfile.mkdtemp(prefix="orca-")) / "orca.debug"
    bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
    time.sleep(1)
    orca = subprocess.Popen(["orca", f"--debug-file={log}"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    time.sleep(6)                                   # Orca starts and registers its listeners
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

    app = QApplication(sys.argv[:1])
    from jongerenwerk_desk.ui.secret_field import SecretField
    from tests.ui.a11y_support import type_text

    window = QWidget()
    window.setWindowTitle("Probe")
    layout = QVBoxLayout(window)
    label = QLabel("Wachtwoord:")
    field = SecretField() if mode == "secret" else QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    label.setBuddy(field)
    layout.addWidget(label)
    layout.addWidget(field)

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    window.show()
    window.activateWindow()
    field.setFocus()
    pump(4)
    for ch in digits:
        type_text(field, ch)
        pump(1.5)                                  # Orca speaks each change in its turn
    typed = field.text()
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    pump(2)
    orca.terminate()
    orca.wait(10)
    bus.terminate()
    bus.wait(10)
    said = SPEECH.findall(log.read_text("utf-8", errors="replace")) if log.exists() else []
    print(json.dumps({"typed": typed, "said": said}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
