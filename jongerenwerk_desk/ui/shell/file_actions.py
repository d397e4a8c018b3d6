"""What the shell's menu items do. Each function takes the ShellWindow.

Every prompt goes through ``window.services.prompter``; slow work (backup, restore) through
``window.services.tasks``. File dialogs are Qt's own (no OS recent-files history).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from jongerenwerk_desk import __version__
from jongerenwerk_desk.paths import data_dir, default_notebook_path
from jongerenwerk_desk.ui.shell.errors import advice_for
from jongerenwerk_desk.ui.shell.settings import IDLE_MINUTES

NOTEBOOK_FILTER = "*.jwdb"
#: every kind of backup: the app's and the CLI's ``.jwbak`` (also the automatic
#: ``…-before-migration-….jwbak``), and ``.jwdb`` backups made by earlier versions of the app
BACKUP_FILTER = "*.jwbak *.jwdb"
#: what a restore confirmation counts in the backup
COUNTED = ("people", "groups", "signals", "disclosures")


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def _free_path(path: Path) -> Path:
    """``path``, or ``stem-2.jwdb``, ``stem-3.jwdb``… when it exists."""
    candidate, n = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def open_other(window) -> None:
    """Lock if needed, ask for a notebook file and point the unlock screen at it."""
    start = str((window.unlock_screen.path or default_notebook_path()).parent)
    path = window.services.prompter.open_file(
        window,
        translate("Actions", "Open notebook"),
        translate("Actions", "Notebook (%1)").replace("%1", NOTEBOOK_FILTER),
        start,
    )
    if path is None:
        return
    window.lock("switch")
    window.unlock_screen.set_path(path)
    window.start()


def _new_notebook_location(window) -> Path | None:
    """Where the first-run wizard proposes the new notebook: a free name in the standard data
    folder (created 0700), or, when that folder cannot be made (a file with its name, no
    permission, read-only), a place the user picks after a Dutch explanation. None: the user
    cancelled; nothing was created."""
    folder = data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if folder.is_dir():
            return _free_path(default_notebook_path())
    except OSError:  # FileExistsError (a file there), PermissionError, read-only medium …
        pass
    prompter = window.services.prompter
    prompter.error(
        window,
        translate("Actions", "Standard folder not usable"),
        translate(
            "Actions",
            "The standard folder for notebooks (%1) cannot be used: there is a file with that "
            "name, or you have no permission there. Nothing has been changed. Choose another "
            "location for the new notebook.",
        ).replace("%1", str(folder)),
    )
    chosen = prompter.save_file(
        window,
        translate("Actions", "Location of the new notebook"),
        str(Path.home() / default_notebook_path().name),
        translate("Actions", "Notebook (%1)").replace("%1", NOTEBOOK_FILTER),
    )
    if chosen is None:
        return None
    return chosen if chosen.suffix == ".jwdb" else chosen.with_name(chosen.name + ".jwdb")


def create_new(window) -> None:
    """Run the first-run wizard and show the new notebook."""
    from jongerenwerk_desk.ui.shell.first_run import FirstRunWizard

    window.lock("switch")
    location = _new_notebook_location(window)
    if location is None:
        return
    probed = window.keyring_state if window.keyring_state[0] else None
    wizard = FirstRunWizard(window.services, location, window,
                            keystore=window.keystore, keyring_state=probed,
                            lock_manager=window.lock_manager)
    accepted = window.services.prompter.run_dialog(wizard) == QDialog.DialogCode.Accepted
    wizard.release_lock_manager()
    if wizard.abandoned:
        window.services.prompter.inform(
            window,
            translate("Actions", "New notebook not finished"),
            translate(
                "Actions",
                "The app locked while the new notebook was being set up, so that notebook was "
                "removed (it was still empty). Its recovery code is no longer valid. Choose "
                "New notebook in the File menu to start again.",
            ),
        )
    if accepted and wizard.notebook is not None:
        window.unlock_screen.set_path(wizard.path)
        window.key_via_keyring = wizard.device_page.remember.isChecked()
        window.open_notebook(wizard.notebook, profile=wizard.profile)
    wizard.deleteLater()


def make_backup(window) -> None:
    """Write one verified, encrypted backup file (vault.backup) where the user chooses."""
    if window.notebook is None:
        return
    suggested = data_dir() / f"reservekopie-{date.today().isoformat()}.jwbak"
    dest = window.services.prompter.save_file(
        window,
        translate("Actions", "Make a backup"),
        str(suggested),
        translate("Actions", "Backup (%1)").replace("%1", "*.jwbak"),
    )
    if dest is None:
        return
    vault = window.notebook.vault

    def done(path) -> None:
        from jongerenwerk_desk.ui.rights.everyday import record_backup_made

        record_backup_made(window)   # the backup reminder in the status bar
        window.services.prompter.inform(
            window,
            translate("Actions", "Backup made"),
            translate(
                "Actions",
                "The backup was written and checked: %1. It is encrypted with the same passphrase.",
            ).replace("%1", str(path)),
        )

    window.services.tasks.run(
        lambda: vault.backup(dest),
        on_success=done,
        on_failure=lambda exc: _fail(window, translate("Actions", "No backup made"), exc),
    )


def _ask_backup(window, target: Path) -> tuple[Path, str] | None:
    """Ask which backup (every kind, see BACKUP_FILTER) and its passphrase; None if cancelled."""
    backup = window.services.prompter.open_file(
        window,
        translate("Actions", "Choose a backup"),
        translate("Actions", "Backup (%1)").replace("%1", BACKUP_FILTER),
        str(target.parent),
    )
    if backup is None:
        return None
    check = window.services.prompter.passphrase(
        window,
        translate("Actions", "Check the backup"),
        translate("Actions", "Passphrase of the backup, to check it before anything is replaced:"),
    )
    if check is None:
        return None
    from jongerenwerk_desk.vault import normalise_passphrase

    return backup, normalise_passphrase(check)


def confirmation_text(summary) -> str:
    """The restore question with the backup's date (local time) and counts."""
    import datetime as dt

    try:
        made = dt.datetime.fromisoformat(summary.created_at).astimezone()
        when = made.strftime("%d-%m-%Y %H:%M")
    except ValueError:
        when = "?"
    counts = translate(
        "Actions", "%1 young people, %2 groups, %3 signals, %4 disclosures").replace(
        "%1", str(summary.rows.get("people", 0))).replace(
        "%2", str(summary.rows.get("groups", 0))).replace(
        "%3", str(summary.rows.get("signals", 0))).replace(
        "%4", str(summary.rows.get("disclosures", 0)))
    return translate(
        "Actions",
        "This backup was made on %1 and holds %2. The notebook will be replaced by it; a "
        "copy of the current file is kept next to it. Continue?",
    ).replace("%1", when).replace("%2", counts)


def restore_backup(window) -> None:
    """Replace the (locked) notebook by a backup; the vault keeps a copy of what it replaces.
    The backup is checked with its passphrase and its date and counts are shown before
    anything is replaced."""
    target = window.unlock_screen.path
    if window.notebook is not None or target is None:
        return
    answers = _ask_backup(window, target)
    if answers is None:
        return
    backup, secret = answers
    from jongerenwerk_desk.vault.backup import describe

    def described(summary) -> None:
        if not window.services.prompter.confirm(
            window, translate("Actions", "Restore backup"), confirmation_text(summary)
        ):
            return
        _restore(window, backup, target, secret)

    window.services.tasks.run(
        lambda: describe(backup, secret, target, COUNTED),
        on_success=described,
        on_failure=lambda exc: _fail(window, translate("Actions", "Not restored"), exc),
    )


def _restore(window, backup: Path, target: Path, secret: str) -> None:
    from jongerenwerk_desk.notebook.ops import restore_and_replay

    def done(kept) -> None:
        text = translate(
            "Actions", "The backup has been restored. Unlock it with the passphrase it had."
        )
        if kept:
            text += " " + translate("Actions", "The replaced file was kept as %1.").replace(
                "%1", str(kept)
            )
        window.services.prompter.inform(window, translate("Actions", "Backup restored"), text)
        window.unlock_screen.set_path(target)

    window.services.tasks.run(
        # replays the tombstones: what was erased after the backup stays erased
        lambda: restore_and_replay(backup, target, passphrase=secret)[0],
        on_success=done,
        on_failure=lambda exc: _fail(window, translate("Actions", "Not restored"), exc),
    )


def _fail(window, title: str, exc: BaseException) -> None:
    window.services.prompter.error(window, title, advice_for(exc).text)


def edit_settings(window) -> None:
    """Idle minutes and language (the idle limit applies at once) and, with a notebook open,
    the sender printed on exports."""
    from jongerenwerk_desk.ui.shell.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.settings, window, notebook=window.notebook,
                            services=window.services)
    if window.services.prompter.run_dialog(dialog) == QDialog.DialogCode.Accepted:
        window.lock_manager.idle_limit_s = window.settings.get(IDLE_MINUTES) * 60.0
    dialog.deleteLater()


def remember_key(window) -> None:
    """Keep the data key in the secure OS keyring (only where one exists)."""
    name = window.keyring_name()
    if window.notebook is None:
        return
    if not name:
        window.services.prompter.inform(
            window,
            translate("Actions", "No secure keyring"),
            translate(
                "Actions",
                "This computer has no secure keyring. You type your passphrase every time; the key "
                "is never stored in a plain file.",
            ),
        )
        return
    try:
        window.notebook.vault.remember_on_device(window.keystore)
    except Exception as exc:
        _fail(window, translate("Actions", "Not remembered"), exc)
        return
    window.key_via_keyring = True
    window._update_state()
    window.services.prompter.inform(
        window,
        translate("Actions", "Key remembered"),
        translate("Actions", "The key is now kept in %1 on this device.").replace("%1", name),
    )


def forget_key(window) -> None:
    """Remove the data key from the OS keyring: the passphrase is needed at every unlock."""
    if window.notebook is None or window.keystore is None:
        return
    try:
        window.notebook.vault.forget_on_device(window.keystore)
    except Exception as exc:
        _fail(window, translate("Actions", "Not forgotten"), exc)
        return
    window.key_via_keyring = False
    window._update_state()
    window.services.prompter.inform(
        window,
        translate("Actions", "Key forgotten"),
        translate(
            "Actions",
            "The key is no longer kept on this device. You type your passphrase from now on.",
        ),
    )


def explain_key(window) -> None:
    """Say where the key of the notebook lives (in the demo: the public demo passphrase)."""
    from jongerenwerk_desk.ui.shell.demo import DEMO_PASSPHRASE

    name = window.keyring_name()
    if window.demo:
        window.services.prompter.inform(window, translate("Actions", "Where is my key?"), translate(
            "Actions",
            "This is the demo notebook: fictional young people in a temporary folder that is "
            "removed when you close the program. Its key is protected only by the public demo "
            "passphrase \"%1\" (there is no recovery code), so never type real data here. A "
            "real notebook is protected by your own passphrase and by a recovery code on "
            "paper.").replace("%1", DEMO_PASSPHRASE))
        return
    text = translate(
        "Actions",
        "Your notebook is encrypted. Its key is protected by your passphrase and by your "
        "recovery code (on paper).",
    )
    if window.key_via_keyring and name:
        text += " " + translate("Actions", "On this device the key is also kept in %1.").replace(
            "%1", name
        )
    elif name:
        text += " " + translate(
            "Actions",
            "It is not kept on this device. %1 is available if you want that (Help menu).",
        ).replace("%1", name)
    else:
        text += " " + translate(
            "Actions", "This computer has no secure keyring, so the key is never stored on it."
        )
    window.services.prompter.inform(window, translate("Actions", "Where is my key?"), text)


def about(window) -> None:
    """Version and licence."""
    window.services.prompter.inform(
        window,
        translate("Actions", "About Jongerenwerk Desk"),
        translate(
            "Actions",
            "Jongerenwerk Desk %1 — encrypted notebook and covenant share wizard for youth "
            "workers. Licence: EUPL-1.2.",
        ).replace("%1", __version__),
    )
