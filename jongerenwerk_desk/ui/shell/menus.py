"""Menus of the shell window: Bestand, Notitieboek, Delen, Help.

The views add their own actions (``NotebookWidget.actions()``) to the Notitieboek menu and
their ``share_action`` to Delen after unlock; the shell removes them on lock.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def build_menus(window) -> None:
    """Create the menus on ``window`` (a ShellWindow) and the attributes the shell uses:
    ``lock_action``, ``notebook_menu``, ``share_menu``, ``unlocked_only``, ``locked_only``."""
    from jongerenwerk_desk.ui.shell import file_actions as fa
    from jongerenwerk_desk.ui.shell import passphrase as pp

    bar = window.menuBar()
    file_menu = bar.addMenu(translate("Menus", "&File"))
    window.notebook_menu = bar.addMenu(translate("Menus", "&Notebook"))
    window.share_menu = bar.addMenu(translate("Menus", "&Share"))
    help_menu = bar.addMenu(translate("Menus", "&Help"))

    def act(menu, text, slot, shortcut=None) -> QAction:
        action = QAction(text, window)
        action.triggered.connect(lambda _=False: slot(window))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        menu.addAction(action)
        return action

    new = act(file_menu, translate("Menus", "&New notebook…"), fa.create_new)
    other = act(file_menu, translate("Menus", "&Open notebook…"), fa.open_other, "Ctrl+O")
    file_menu.addSeparator()
    backup = act(file_menu, translate("Menus", "Make a &backup…"), fa.make_backup)
    restore = act(file_menu, translate("Menus", "&Restore a backup…"), fa.restore_backup)
    change = act(file_menu, translate("Menus", "Change &passphrase…"), pp.change_passphrase)
    file_menu.addSeparator()
    act(file_menu, translate("Menus", "&Settings…"), fa.edit_settings)
    file_menu.addSeparator()
    quit_action = act(file_menu, translate("Menus", "&Quit"), lambda w: w.close(), "Ctrl+Q")
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    window.lock_action = act(
        window.notebook_menu, translate("Menus", "&Lock"), lambda w: w.lock("manual"), "Ctrl+L"
    )
    window.addAction(window.lock_action)  # Ctrl+L works even with the menu bar hidden
    remember = act(help_menu, translate("Menus", "&Remember key on this device"), fa.remember_key)
    forget = act(help_menu, translate("Menus", "&Forget key on this device"), fa.forget_key)
    act(help_menu, translate("Menus", "Where is my &key?"), fa.explain_key)
    help_menu.addSeparator()
    act(help_menu, translate("Menus", "&About Jongerenwerk Desk"), fa.about)
    window.share_menu.setToolTipsVisible(True)
    help_menu.setToolTipsVisible(True)     # says why "Remember key" is unavailable
    window.remember_action, window.forget_action = remember, forget
    window.unlocked_only = [window.lock_action, backup, change, remember, forget]
    window.locked_only = [restore]
    from jongerenwerk_desk.ui.shell.covenant_dialog import open_covenant_dialog

    window.covenant_action = act(window.notebook_menu, translate("Menus", "&Covenant…"),
                                 open_covenant_dialog)
    window.unlocked_only.append(window.covenant_action)
    from jongerenwerk_desk.ui.rights.dialogs import install_rights_actions

    install_rights_actions(window)
    from jongerenwerk_desk.ui.rights.everyday import install_everyday_actions

    install_everyday_actions(window, file_menu, help_menu, before=backup)
    if window.demo:
        for action in (new, other, backup, restore, change, remember, forget):
            action.setVisible(False)
