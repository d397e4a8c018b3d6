"""Windows session-lock and suspend messages, decoded without Qt and without a window.

Windows tells a window about a locked session and about a suspend only through window
messages; Qt passes them on raw to a native event filter (``lock.WindowsSessionFilter``). This
module holds the part that needs neither Qt nor Windows, so it is tested on every platform:

- ``WM_WTSSESSION_CHANGE`` (0x02B1) with ``wParam`` ``WTS_SESSION_LOCK`` (7): the user locked
  the session (Win+L, or the screen saver's lock). Sent only to windows registered with
  ``WTSRegisterSessionNotification``.
- ``WM_POWERBROADCAST`` (0x0218) with ``wParam`` ``PBT_APMSUSPEND`` (4): the machine is about
  to sleep or hibernate. Sent to every top-level window.

Values from the Windows SDK headers (``WinUser.h``, ``WtsApi32.h``).
"""

from __future__ import annotations

import struct

WM_WTSSESSION_CHANGE = 0x02B1
WM_POWERBROADCAST = 0x0218
WTS_SESSION_LOCK = 0x7
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0

# The start of a 64-bit MSG structure: HWND hwnd; UINT message (+4 bytes padding);
# WPARAM wParam; LPARAM lParam.
MSG_HEAD = struct.Struct("<QI4xQq")


def lock_reason(message: int, wparam: int) -> str | None:
    """The LockManager reason for one window message, or None when it is not a lock cue.

    ``message`` and ``wparam`` are the MSG fields (unsigned ints). Returns "screen" for a
    session lock and "suspend" for a suspend, as ``LockManager.lock_requested`` names them.
    """
    if message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK:
        return "screen"
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return "suspend"
    return None


def lock_reason_from_msg(raw: bytes) -> str | None:
    """:func:`lock_reason` for the bytes of a 64-bit Windows MSG structure (at least
    ``MSG_HEAD.size`` = 32 bytes, as Qt's ``windows_generic_MSG`` native event points to).

    Raises ValueError for fewer bytes.
    """
    if len(raw) < MSG_HEAD.size:
        raise ValueError(f"a MSG needs {MSG_HEAD.size} bytes, got {len(raw)}")
    _hwnd, message, wparam, _lparam = MSG_HEAD.unpack_from(raw)
    return lock_reason(message, wparam)
