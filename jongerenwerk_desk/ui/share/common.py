"""Small building blocks shared by the share wizard's pages (Qt only, no domain rules)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from jongerenwerk_desk.ui.a11y import readable_muted


class SharePage(QWizardPage):
    """Base page: reaches the wizard's :class:`ShareSession` and re-checks on Next.

    Subclasses implement ``refresh()`` (rebuild everything from the session; never append)
    and may extend ``validatePage``.
    """

    @property
    def session(self):
        """The wizard's ShareSession."""
        return self.wizard().session

    def initializePage(self) -> None:
        """Nothing here: the wizard calls ``refresh()`` whenever the page is shown, by Next
        and by Back alike (QWizard only initialises on Next)."""

    def refresh(self) -> None:
        """Rebuild the page's widgets from the session."""

    def first_field(self) -> QWidget | None:
        """The first control of the page in tab order that can take keyboard focus (visible,
        enabled, accepts Tab), or None. Pages may override it."""
        widget = self.nextInFocusChain()
        seen = 0
        while widget is not None and widget is not self and seen < 2000:
            seen += 1
            if (self.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                return widget
            widget = widget.nextInFocusChain()
        return None

    def focus_first(self) -> None:
        """Put keyboard focus on the page's first field, so that typing after Next never
        lands on the button row (Cancel is one Tab away from there).

        Widgets a rebuild just added are shown by Qt only on the next turn of the event loop,
        so the focus is set now and once more right after that turn."""
        self._focus_now()
        QTimer.singleShot(0, self, self._focus_now)

    def _focus_now(self) -> None:
        wizard = self.wizard()
        if wizard is None or wizard.currentPage() is not self:
            return
        target = self.first_field()
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def validatePage(self) -> bool:
        """Every Next runs the check again on a freshly built request. An incomplete page
        refuses even a programmatic ``QWizard.next()`` (which does not look at isComplete)."""
        if not self.isComplete():
            return False
        return self.wizard().recheck(self) is not None

    def clear_client_data(self) -> None:
        """Empty every widget on the page that can show client data (on lock)."""
        for area in self.findChildren(QScrollArea):
            replace_scroll_content(area)
        for widget in self.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QComboBox, QTreeWidget)):
                widget.clear()
            if isinstance(widget, QLabel):
                widget.clear()
            if isinstance(widget, QAbstractButton) and widget.objectName().startswith(
                    "recipient_"):
                widget.setText("")


def wrap_label(text: str = "", *, rich: bool = False, object_name: str = "") -> QLabel:
    """A word-wrapping label; plain text unless ``rich`` (client text is never rich)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


def hint_label(text: str = "") -> QLabel:
    """A muted explanation line, still at 4.5:1 contrast or better (``a11y.readable_muted``:
    the platform's placeholder grey is 3.3–4.0:1)."""
    label = wrap_label(text)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.PlaceholderText, readable_muted(palette))
    label.setPalette(palette)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)   # cheaper than a stylesheet
    return label


def replace_scroll_content(area: QScrollArea) -> QVBoxLayout:
    """Give ``area`` a new, empty content widget (the old one is deleted) and return its layout.

    Rebuilding instead of appending is what keeps Back/Next from duplicating rows.
    """
    content = QWidget()
    layout = QVBoxLayout(content)
    layout.setContentsMargins(0, 0, 6, 0)
    old = area.takeWidget()
    if old is not None:
        discard_widget(old)
    area.setWidget(content)
    return layout


def discard_widget(widget: QWidget) -> None:
    """Hide and schedule deletion (a widget taken out of its parent must never show up as a
    window of its own, even for one frame)."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


def make_scroll_area() -> QScrollArea:
    """A frameless, resizable scroll area for a page's variable part."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)      # not a Tab stop: nothing to do there
    return area


#: A visible focus frame for the wizard's text fields (the platform style draws none under
#: some themes); the idle border keeps the fields recognisable as fields.
FIELD_STYLE = (
    "QLineEdit, QPlainTextEdit { border: 1px solid palette(mid); border-radius: 3px; "
    "padding: 3px; background: palette(base); }"
    "QLineEdit:focus, QPlainTextEdit:focus { border: 2px solid palette(highlight); "
    "padding: 2px; }"
    "QLineEdit:disabled, QPlainTextEdit:disabled { background: palette(window); }"
    "QCheckBox { border: 1px solid transparent; border-radius: 3px; padding: 1px; }"
    "QCheckBox:focus { border: 1px solid palette(highlight); }"
)


def banner(text: str, kind: str) -> QLabel:
    """A coloured message box: ``kind`` is ``block``, ``warn``, ``ok`` or ``info``."""
    colours = {"block": ("#fde8e8", "#9b1c1c"), "warn": ("#fdf6e3", "#7a5200"),
               "ok": ("#e7f6ec", "#1d5f33"), "info": ("#eef3fb", "#1e3f73")}
    background, foreground = colours.get(kind, colours["info"])
    label = wrap_label(text)
    label.setObjectName(f"banner_{kind}")
    label.setStyleSheet(f"QLabel {{ background: {background}; color: {foreground}; "
                        f"border: 1px solid {foreground}; border-radius: 4px; padding: 8px; }}")
    return label
