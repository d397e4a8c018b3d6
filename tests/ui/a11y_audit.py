"""Audit one window the way a screen-reader and keyboard user meets it (used by the tests).

:func:`audit` walks Qt's own accessibility tree (``QAccessible.queryAccessibleInterface``,
the interfaces the AT-SPI / UI Automation bridges read, so it runs offscreen) and then walks
the focus with real Tab key presses. It returns a list of problems (empty = fine):

- ``unnamed``: an interactive control (button, check box, combo box, list, table, tab, …)
  whose accessible name is empty: a screen reader says only "button".
- ``unlabelled``: a text field, spin box or combo box with neither a buddy label nor an
  accessible name (a placeholder is no label).
- ``same-name``: two controls of one kind with the same name and no description to tell
  them apart ("Link", "Link").
- ``unlinked-label``: a visible label ending in ":" that is no field's buddy (the screen
  reader does not read it with the field).
- ``password``: a password-mode line edit that is not a ``SecretField`` (it would leak).
- ``tab-trap``: Tab stays on one control (a table with Tab navigation, a text box that
  takes Tab) or never gets back to where it started.
- ``unreachable``: a visible, enabled control that takes Tab focus but is never reached.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

R = QAccessible.Role
#: Roles a user operates; each needs a name.
INTERACTIVE = {R.PushButton, R.CheckBox, R.RadioButton, R.ComboBox, R.EditableText,
               R.SpinBox, R.Slider, R.ButtonMenu, R.ButtonDropDown, R.PageTab, R.List,
               R.Table, R.Tree, R.Link, R.Dial}
#: Roles that take typed or chosen input; each needs a label (buddy or accessible name).
FIELDS = {R.EditableText, R.SpinBox, R.ComboBox}
MAX_TAB_PRESSES = 400
#: Longer texts ending in ":" introduce a passage; they are not field labels.
FIELD_LABEL_MAX = 40
#: Sections of a date/time field Tab may move through before it leaves (dd, mm, yyyy, hh:mm).
DATE_SECTIONS = 4


def _describe(iface) -> str:
    obj = iface.object()
    name = obj.objectName() if obj is not None else ""
    cls = type(obj).__name__ if obj is not None else "?"
    text = (iface.text(QAccessible.Text.Name) or "")[:40]
    return f"{cls}{'#' + name if name else ''} ({iface.role().name} {text!r})"


def _iface(widget: QWidget):
    return QAccessible.queryAccessibleInterface(widget)


def _walk(iface, depth=0):
    if iface is None or not iface.isValid() or depth > 40:
        return
    yield iface
    state = iface.state()
    if state.invisible:
        return
    if iface.role() in (R.Table, R.Tree, R.List, R.Cell, R.Row, R.TreeItem, R.ListItem):
        return          # items are named by the model's text; the view itself is checked
    for i in range(iface.childCount()):
        yield from _walk(iface.child(i), depth + 1)


def label_of(iface) -> str:
    """The label a screen reader reads with a field: the widget's accessible name, else the
    text of the label whose buddy it is (``QAccessible.RelationFlag.Label``)."""
    obj = iface.object()
    own = obj.accessibleName() if isinstance(obj, QWidget) else ""
    if own.strip():
        return own.strip()
    for other, _flag in iface.relations(QAccessible.RelationFlag.Label):
        text = (other.text(QAccessible.Text.Name) or "").replace("&", "").strip()
        if text:
            return text
    if iface.role() == R.EditableText and isinstance(obj, QLineEdit) \
            and isinstance(obj.parentWidget(), QComboBox):
        return label_of(QAccessible.queryAccessibleInterface(obj.parentWidget()))
    return ""


def tree_problems(window: QWidget) -> list[str]:
    """Unnamed controls, unlabelled fields and leaky password fields under ``window``."""
    problems = []
    named: set[tuple] = set()
    for iface in _walk(QAccessible.queryAccessibleInterface(window)):
        state = iface.state()
        if state.invisible:
            continue
        role = iface.role()
        obj = iface.object()
        if isinstance(obj, QWidget) and not obj.isVisibleTo(window):
            continue
        name = (iface.text(QAccessible.Text.Name) or "").replace("&", "").strip()
        if role in FIELDS:
            # a field's label: its accessible name, or a buddy label (the Label relation the
            # bridges pass on); on Linux a combo box's "name" is only its current value
            name = label_of(iface)
            if not name:
                problems.append(f"unlabelled: {_describe(iface)}")
        elif role in INTERACTIVE and not name:
            problems.append(f"unnamed: {_describe(iface)}")
        if role in INTERACTIVE and name:
            key = (role, name.lower(), iface.text(QAccessible.Text.Description) or "")
            if key in named:
                problems.append(f"same-name: two {role.name} called {name!r} "
                                f"without a description to tell them apart")
            named.add(key)
        if isinstance(obj, QLineEdit) and obj.echoMode() != QLineEdit.EchoMode.Normal:
            from jongerenwerk_desk.ui.secret_field import SecretField

            if not isinstance(obj, SecretField):
                problems.append(f"password: {_describe(iface)} is not a SecretField")
    for label in window.findChildren(QLabel):
        text = label.text().strip()
        if (label.isVisibleTo(window) and text.endswith(":") and len(text) <= FIELD_LABEL_MAX
                and label.buddy() is None and label.window() is window):
            problems.append(f"unlinked-label: {text!r} names no field (no buddy)")
    return problems


def _tab_stops(window: QWidget) -> list[QWidget]:
    """Widgets that Qt's focus chain will stop at with Tab (visible, enabled, TabFocus)."""
    out = []
    for w in window.findChildren(QWidget):
        if w.window() is not window or not w.isVisibleTo(window) or not w.isEnabled():
            continue
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or w.focusProxy() is not None:
            continue
        out.append(w)
    return out


def _optional(w: QWidget) -> bool:
    """Unchecked radio buttons: Qt moves among them with the arrow keys, Tab stops at one."""
    return isinstance(w, QAbstractButton) and w.autoExclusive() and not w.isChecked()


def focus_problems(window: QWidget) -> list[str]:
    """Press Tab from the first stop around the whole window; report traps and gaps."""
    stops = _tab_stops(window)
    if not stops:
        return []
    window.activateWindow()
    start = window.focusWidget() or stops[0]
    if start not in stops:
        start = stops[0]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    start = QApplication.focusWidget() or start
    seen = [start]
    problems = []
    inside = 0
    for _ in range(MAX_TAB_PRESSES):
        current = QApplication.focusWidget()
        if current is None:
            problems.append("tab-trap: focus left the window")
            break
        QTest.keyClick(current, Qt.Key.Key_Tab)
        QApplication.processEvents()
        after = QApplication.focusWidget()
        if after is current:
            # Tab used inside the control: table cells are a trap (hundreds of rows); a date
            # or time field's few sections are Qt's standard and Tab leaves after the last
            inside += 1
            if not isinstance(current, QAbstractSpinBox) or inside > DATE_SECTIONS:
                problems.append(f"tab-trap: Tab stays on {_describe(_iface(current))}")
                break
            continue
        inside = 0
        if after is start:
            break
        if after is not None:
            seen.append(after)
    else:
        problems.append("tab-trap: Tab never returns to the first control")
    for w in stops:
        if w not in seen and not _optional(w):
            problems.append(f"unreachable: {_describe(_iface(w))}")
    return problems


def audit(window: QWidget) -> list[str]:
    """Every problem of :func:`tree_problems` and :func:`focus_problems` for ``window``
    (shown and laid out first)."""
    if not window.isVisible():
        window.show()
    QApplication.processEvents()
    problems = tree_problems(window) + focus_problems(window)
    if os.environ.get("A11Y_AUDIT_PRINT"):
        print(f"\n{type(window).__name__}: {problems}")
    return problems
