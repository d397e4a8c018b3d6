"""What the app says right after an unlock (issue 13): an interrupted passphrase change that
was finished or undone, leftovers of an interrupted restore/backup/init that were tidied, a
notebook older than the one this device saw before (rollback), and damage found by the check
of every page. One plain warning with every notice that applies; nothing when all is well.

The checks that can take time (the page check, the OS keyring) run on the TaskRunner; the
warning is shown only if the same notebook is still open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def notices_now(vault) -> list[str]:
    """Translated notices known at once from ``vault`` (tidy-up and key-change recovery)."""
    texts: list[str] = []
    if getattr(vault, "key_change_recovered", None) == "finished":
        texts.append(translate(
            "Notices", "A passphrase change that was interrupted has now been completed: the "
            "new passphrase and the new recovery code apply."))
    elif getattr(vault, "key_change_recovered", None) == "undone":
        texts.append(translate(
            "Notices", "A passphrase change that was interrupted has been undone: the old "
            "passphrase and the old recovery code still apply. Change the passphrase again if "
            "you want."))
    if getattr(vault, "tidied", None):
        texts.append(translate(
            "Notices", "A restore, backup or new notebook that was interrupted earlier has been "
            "finished or cleaned up. Nothing of your notebook was lost."))
    return texts


def background_notices(vault, store, register, generation) -> tuple[bool, bool]:
    """Worker thread: ``(older than last seen, damaged)``. ``store``: the DeviceKeyStore or
    None; ``register``: the disclosure register's head or None, ``generation`` the notebook's
    generation or None (both read on the GUI thread: the connection is not used from here, so
    a lock that closes it meanwhile cannot pull it away under this thread)."""
    if generation is None:
        return False, bool(vault.integrity_problems())
    older = store is not None and bool(vault.rollback_warnings(store, register=register,
                                                               generation=generation))
    damaged = bool(vault.integrity_problems())
    return older, damaged


def show_after_unlock(window, notebook) -> None:
    """Collect the notices for ``notebook`` (just unlocked in ``window``) and show them."""
    vault = getattr(notebook, "vault", None)
    if vault is None or getattr(window, "demo", False):
        return
    now = notices_now(vault)
    store = getattr(window, "keystore", None)
    register = None
    try:
        register = notebook.disclosures.head()
    except Exception:   # an older schema: the generation alone
        pass
    try:
        generation = vault.generation
    except Exception:   # a damaged page: the check of every page below says so
        generation = None

    def done(result: tuple[bool, bool]) -> None:
        older, damaged = result
        texts = list(now)
        if older:
            texts.append(translate(
                "Notices", "This notebook is older than the one you opened here before: an "
                "older copy was put back, or the file was replaced. What you recorded since "
                "then is missing, and erased data may be back. Restore your newest backup if "
                "needed."))
        if damaged:
            texts.append(translate(
                "Notices", "The check of every page found damage in this notebook. You can "
                "still read it, but nothing more is saved in it. Make a backup of what can "
                "still be read, or restore a backup."))
        if texts and window.notebook is notebook:
            window.services.prompter.warn(window, translate("Notices", "Please note"),
                                          "\n\n".join(texts))

    window.services.tasks.run(lambda: background_notices(vault, store, register, generation),
                              on_success=done, on_failure=lambda exc: done((False, False)))
