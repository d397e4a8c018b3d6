"""Windows session-lock / suspend message decoding (issue 8, point 3), without Qt or a window.

The Windows harness cannot show a window (see README), so the decoding that
``ui.shell.lock.WindowsSessionFilter`` relies on is a pure function tested here on every
platform, with MSG structures packed as Windows lays them out.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from jongerenwerk_desk.ui.shell import winmsg

WM_KEYDOWN = 0x0100
PBT_APMRESUMEAUTOMATIC = 0x12
WTS_SESSION_UNLOCK = 0x8
WTS_CONSOLE_DISCONNECT = 0x2


def _msg(message: int, wparam: int, lparam: int = 0, hwnd: int = 0x1234) -> bytes:
    # A whole 64-bit MSG: the head, then DWORD time, POINT pt, DWORD lPrivate (48 bytes).
    return winmsg.MSG_HEAD.pack(hwnd, message, wparam, lparam) + bytes(16)


def test_session_lock_and_suspend_are_lock_cues() -> None:
    assert winmsg.lock_reason_from_msg(_msg(0x02B1, 7)) == "screen"
    assert winmsg.lock_reason_from_msg(_msg(0x0218, 4)) == "suspend"


@pytest.mark.parametrize(("message", "wparam"), [
    (0x02B1, WTS_SESSION_UNLOCK),          # unlocking is no reason to lock
    (0x02B1, WTS_CONSOLE_DISCONNECT),
    (0x0218, PBT_APMRESUMEAUTOMATIC),      # waking up: the suspend already locked
    (WM_KEYDOWN, 7),
    (WM_KEYDOWN, 4),
])
def test_other_messages_are_not(message: int, wparam: int) -> None:
    assert winmsg.lock_reason_from_msg(_msg(message, wparam)) is None
    assert winmsg.lock_reason(message, wparam) is None


def test_layout_matches_the_64_bit_msg_structure() -> None:
    # message at offset 8, wParam at 16 (after 4 bytes of padding): a lock with garbage in the
    # padding and lParam still decodes, a shifted field does not.
    raw = bytearray(_msg(0x02B1, 7, lparam=-1))
    raw[12:16] = b"\xff\xff\xff\xff"
    assert winmsg.lock_reason_from_msg(bytes(raw)) == "screen"
    shifted = bytes(4) + _msg(0x02B1, 7)[:-4]
    assert winmsg.lock_reason_from_msg(shifted) is None
    with pytest.raises(ValueError, match="32 bytes"):
        winmsg.lock_reason_from_msg(bytes(16))


def test_decoding_needs_no_qt() -> None:
    tree = ast.parse(Path(winmsg.__file__).read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not {name for name in imported if name.split(".")[0] in {"PySide6", "shiboken6"}}
