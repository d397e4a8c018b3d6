"""Listen to what Qt's AT-SPI bridge tells screen readers while a passphrase is typed.

Run by ``tests/ui/test_a11y_secret.py`` inside ``dbus-run-session -- xvfb-run`` (a private
session bus, the AT-SPI bus and registry, the xcb platform with Qt's Linux accessibility
bridge switched on). It registers for every ``object:`` event like a screen reader does,
types ``MARKER`` into each field (typing, Backspace, select-all + Backspace, paste), and
prints one JSON object: field name -> every string any event carried while that field was
being typed in (each event's D-Bus member first, as ``@TextChanged``). ``announce:unlock``
holds what was heard when a passphrase was refused. ``control`` is a plain password-mode
``QLineEdit``: its events must carry the marker, or the listener heard nothing and the test
proves nothing.
"""

from __future__ import annotations

import json
import os
import sys
import time

from jeepney import DBusAddress, HeaderFields, MatchRule, message_bus, new_method_call
from jeepney.io.blocking import open_dbus_connection

from tests.ui.a11y_support import MARKER


def _listen():
    session = open_dbus_connection(bus="SESSION")
    bus = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
    address = session.send_and_get_reply(new_method_call(bus, "GetAddress")).body[0]
    a11y = open_dbus_connection(address)
    registry = DBusAddress("/org/a11y/atspi/registry", bus_name="org.a11y.atspi.Registry",
                           interface="org.a11y.atspi.Registry")
    for event in ("object:", "object:text-changed", "object:property-change"):
        a11y.send_and_get_reply(new_method_call(registry, "RegisterEvent", "sass",
                                                (event, [], "")), timeout=10)
    rule = MatchRule(type="signal", eavesdrop=True)
    a11y.send_and_get_reply(message_bus.AddMatch(rule), timeout=10)
    return a11y


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k)
            yield from _strings(v)


def _drain(a11y, app, seconds=0.6):
    out = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        try:
            msg = a11y.receive(timeout=0.05)
        except TimeoutError:
            continue
        out.append("@" + str(msg.header.fields.get(HeaderFields.member, "")))
        out.extend(_strings(msg.body))
    return out


def main() -> int:
    os.environ["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
    a11y = _listen()
    from pathlib import Path

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAccessible, QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    app = QApplication(sys.argv[:1])
    from jongerenwerk_desk.ui.secret_field import PassphraseDialog, SecretField
    from jongerenwerk_desk.ui.services import FakeClock, FakePrompter, Services, TaskRunner
    from jongerenwerk_desk.ui.shell.clipboard import SecureClipboard
    from jongerenwerk_desk.ui.shell.passphrase import NewPassphraseDialog
    from jongerenwerk_desk.ui.shell.unlock import UnlockWidget
    from tests.ui.a11y_support import type_text

    control = QLineEdit()
    control.setEchoMode(QLineEdit.EchoMode.Password)
    clock = FakeClock()
    unlock = UnlockWidget(Services(FakePrompter(), TaskRunner(), clock, SecureClipboard(clock)),
                          Path("notitieboek.jwdb"))
    change = NewPassphraseDialog(None, ask_current=True)
    ask = PassphraseDialog(None, "Wachtwoord", "Wachtwoord:")
    fields = {"control": (control, control), "bare": (SecretField(), None),
              "unlock": (unlock.secret, unlock), "change_current": (change.current_field, change),
              "change_new": (change.first, change), "prompt": (ask.field, ask)}
    heard: dict[str, list[str]] = {}
    for name, (field, window) in fields.items():
        top = window or field
        top.show()
        top.activateWindow()
        field.setFocus()
        _drain(a11y, app, 0.8)
        type_text(field, MARKER)
        QTest.keyClick(field, Qt.Key.Key_Backspace)
        QTest.keyClick(field, Qt.Key.Key_Left)
        QTest.keyClick(field, Qt.Key.Key_Delete)
        QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(field, Qt.Key.Key_Backspace)
        QGuiApplication.clipboard().setText(MARKER)
        QTest.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        type_text(field, MARKER)
        QGuiApplication.clipboard().clear()
        typed = field.text()
        heard[name] = _drain(a11y, app, 1.0)
        heard[name + ":typed"] = [typed]
        top.hide()
    # errors and status messages: spoken without the user moving there (WCAG 4.1.3)
    from jongerenwerk_desk.vault.errors import WrongPassphrase

    unlock.show()
    unlock.secret.setFocus()
    _drain(a11y, app, 0.5)
    unlock._failed(WrongPassphrase())
    heard["announce:unlock"] = _drain(a11y, app, 1.0)
    unlock.hide()
    print(json.dumps({"active": QAccessible.isActive(), "heard": heard}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
