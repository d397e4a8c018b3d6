"""Accessibility helpers shared by the UI (EN 301 549 / WCAG 2.1 AA).

- :func:`announce`: have the screen reader speak a status or error message now
  (``QAccessibleAnnouncementEvent``: AT-SPI ``Announcement`` on Linux, UI Automation
  notification on Windows) — WCAG 4.1.3 Status Messages.
- :func:`show_status`: set a status label and announce its text when it changes.
- :func:`mark_field_error`: tie an error message to its field (accessible description) so
  the screen reader says it when the field gets focus — WCAG 3.3.1 Error Identification.
- :func:`hold_still`: make controls inert while the app is busy without disabling the one
  that has the keyboard focus (Qt moves the focus away from a disabled widget) — WCAG 2.4.3.
- :func:`contrast_ratio`, :func:`readable_muted` and :func:`apply_readable_palette`: grey hint
  and placeholder text at 4.5:1 or better against its background — WCAG 1.4.3.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

#: WCAG 2.1 AA minimum for normal-size text (success criterion 1.4.3).
AA_TEXT = 4.5
#: What we aim for when we compute a colour (a margin over AA for rounding and anti-aliasing).
TARGET = 4.8
_ERROR_PROPERTY = "a11yOwnDescription"


def announce(source: QObject, message: str, *, assertive: bool = False) -> None:
    """Ask assistive technology to speak ``message`` (str, already translated) on behalf of
    ``source`` (a widget of the window it concerns). ``assertive`` interrupts what is being
    said (errors); otherwise it waits (status). Does nothing when no screen reader listens."""
    if not message:
        return
    try:
        from PySide6.QtGui import QAccessibleAnnouncementEvent
    except ImportError:         # Qt before 6.8: the message stays on screen as text only
        return
    event = QAccessibleAnnouncementEvent(source, message)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def show_status(label: QLabel, text: str, *, assertive: bool = False) -> None:
    """Set a status or warning ``label`` to ``text`` and, when the text is new and not empty,
    announce it (WCAG 4.1.3): a message that appears beside the control the user is working
    in is otherwise never heard."""
    changed = text != label.text()
    label.setText(text)
    if changed and text:
        announce(label, text, assertive=assertive)


def mark_field_error(widget: QWidget, message: str | None) -> None:
    """Give ``widget`` the error ``message`` as its accessible description (and tooltip), or
    put its own description back when ``message`` is None/empty."""
    own = widget.property(_ERROR_PROPERTY)
    if message:
        if own is None:
            widget.setProperty(_ERROR_PROPERTY, widget.accessibleDescription())
        widget.setAccessibleDescription(message)
    elif own is not None:
        widget.setAccessibleDescription(str(own))
        widget.setProperty(_ERROR_PROPERTY, None)


def hold_still(widgets: Iterable[QWidget], busy: bool) -> None:
    """Make ``widgets`` inert while ``busy`` (and active again after) without moving the
    keyboard focus: line edits become read-only instead of disabled, and the widget that has
    the focus stays enabled (the caller ignores its input while busy)."""
    focus = QApplication.focusWidget()
    for widget in widgets:
        if isinstance(widget, QLineEdit):
            widget.setReadOnly(busy)
            widget.setEnabled(True)
        elif busy and widget is focus and isinstance(widget, QAbstractButton):
            continue
        else:
            widget.setEnabled(not busy)


def tab_stop(label: QLabel) -> None:
    """Make a read-only ``label`` a Tab stop whose text the keyboard can select, so a screen
    reader user reaches it with Tab and hears it (verdicts, findings)."""
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def blend(front: QColor, back: QColor) -> QColor:
    """``front`` drawn over the opaque ``back`` (alpha applied), as an opaque colour."""
    a = front.alphaF()
    return QColor.fromRgbF(front.redF() * a + back.redF() * (1 - a),
                           front.greenF() * a + back.greenF() * (1 - a),
                           front.blueF() * a + back.blueF() * (1 - a))


def contrast_ratio(front: QColor, back: QColor) -> float:
    """WCAG 2.1 contrast ratio (1.0–21.0) of text colour ``front`` (alpha blended) on the
    opaque background ``back``; the formula of WCAG 2.1 "relative luminance"."""
    lighter, darker = sorted((_luminance(blend(front, back)), _luminance(back)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable_muted(palette: QPalette, backgrounds: Iterable[QPalette.ColorRole] = (
        QPalette.ColorRole.Base, QPalette.ColorRole.Window)) -> QColor:
    """The palette's placeholder colour, moved towards its text colour just far enough to
    reach :data:`TARGET` contrast on every role in ``backgrounds`` (light and dark themes)."""
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    text = palette.color(QPalette.ColorRole.Text)
    backs = [palette.color(role) for role in backgrounds]
    for step in range(21):
        f = step / 20
        base = blend(muted, backs[0])
        candidate = QColor.fromRgbF(base.redF() * (1 - f) + text.redF() * f,
                                    base.greenF() * (1 - f) + text.greenF() * f,
                                    base.blueF() * (1 - f) + text.blueF() * f)
        if all(contrast_ratio(candidate, back) >= TARGET for back in backs):
            return candidate
    return QColor(text)


def apply_readable_palette(app: QApplication) -> None:
    """Give the application palette a placeholder colour of at least 4.5:1 (the platform's
    default grey is 3.3–4.0:1), in every colour group."""
    palette = app.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setCurrentColorGroup(group)
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, readable_muted(palette))
    app.setPalette(palette)
