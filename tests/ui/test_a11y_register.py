"""The disclosure register as a screen-reader and keyboard user meets it, with records in it
(an empty table cannot trap Tab): ``tests/ui/a11y_audit.py``."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from tests.ui import test_share_register_view as register
from tests.ui.a11y_audit import audit

world = register.world  # fixture
dialog = register.dialog  # fixture


def test_register_view_has_names_labels_and_no_tab_trap(qtbot, dialog):
    dialog.resize(1200, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 2
    assert audit(dialog) == []
    dialog.since_check.setChecked(True)
    assert audit(dialog) == []
    names = {QAccessible.queryAccessibleInterface(w).text(QAccessible.Text.Name)
             for w in (dialog.since_edit, dialog.until_edit)}
    assert names == {"From", "Until"}
    dialog.table.setTabKeyNavigation(True)         # as it was: Close never reached by Tab
    assert any(p.startswith("tab-trap") for p in audit(dialog))
