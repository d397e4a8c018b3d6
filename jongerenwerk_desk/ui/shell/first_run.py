"""First run: a short wizard that creates a notebook (Picard's setup wizard: pages, one commit).

Pages (``first_run_pages``): organisation and covenant profile -> passphrase (twice, strength
hint, the plain warning that nothing can be recovered without passphrase or recovery code) ->
the recovery code, shown once -> the recovery code typed back -> "remember on this device"
(only where a secure OS keyring exists, naming it). The notebook is created when the
passphrase page is accepted (the KDF runs on the TaskRunner); cancelling later removes that
fresh, empty notebook again.

From the moment the notebook exists the wizard is covered by the idle lock (``lock_manager``,
the shell's ``LockManager``): idle too long, Ctrl+L, suspend or a locked screen while the
wizard is still open closes the notebook, removes the fresh empty notebook (it holds no client
data yet; its recovery code is then void) and closes the wizard; the caller says why
(``abandoned`` holds the lock reason).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWizard

from jongerenwerk_desk.covenant.model import CovenantProfile
from jongerenwerk_desk.covenant.profile import builtin_profile
from jongerenwerk_desk.ui.services import Services
from jongerenwerk_desk.ui.shell.first_run_pages import (
    DevicePage,
    OrganisationPage,
    PassphrasePage,
    RecoveryCheckPage,
    RecoveryCodePage,
    canonical_code,
    strength,
)

__all__ = ["FirstRunWizard", "canonical_code", "strength"]


def _default_create(path: Path, passphrase: str):
    from jongerenwerk_desk.notebook import Notebook

    return Notebook.create(path, passphrase)


def _default_keystore():
    try:
        from jongerenwerk_desk.vault.keystore import DeviceKeyStore
    except ImportError:
        return None
    return DeviceKeyStore()


class FirstRunWizard(QWizard):
    """Creates a notebook. After ``accept()``: ``notebook`` is open and ``profile`` active.

    ``creator(path, passphrase) -> (Notebook, recovery_code)`` defaults to ``Notebook.create``;
    ``keystore`` (``vault.keystore.DeviceKeyStore``-like: ``available() -> (bool, name)``)
    defaults to the real one, or None when the vault has none. ``lock_manager``
    (``ui.shell.lock.LockManager``) is started when the notebook has been created and stopped
    when the wizard closes; a lock request before that abandons the new notebook.
    """

    notebook_created = Signal()

    def __init__(self, services: Services, path: Path, parent=None, *,
                 creator: Callable | None = None, keystore=_default_keystore,
                 keyring_state: tuple[bool, str] | None = None, lock_manager=None) -> None:
        super().__init__(parent)
        self.abandoned: str | None = None
        self._lock_manager = lock_manager
        if lock_manager is not None:
            self.notebook_created.connect(lock_manager.start)
            lock_manager.lock_requested.connect(self._lock_requested)
            self.finished.connect(self.release_lock_manager)
        self.services = services
        self.path = Path(path)
        self.creator = creator or _default_create
        self.keystore = keystore() if callable(keystore) else keystore
        self._keyring_state = keyring_state
        self.profile: CovenantProfile = builtin_profile("model")
        self.profile_bytes: bytes | None = None
        self.organisation = ""
        self.own_party = ""
        self.notebook = None
        self.recovery_code: str | None = None
        self.setWindowTitle(self.tr("New notebook"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.addPage(OrganisationPage(self))
        self.passphrase_page = PassphrasePage(self)
        self.addPage(self.passphrase_page)
        self.recovery_id = self.addPage(RecoveryCodePage(self))
        self.addPage(RecoveryCheckPage(self))
        self.device_page = DevicePage(self)
        self.addPage(self.device_page)
        self.resize(640, 480)

    def keyring_status(self) -> tuple[bool, str]:
        """(available, backend name) of the secure keyring; (False, "") on any problem.

        Uses ``keyring_state`` when the caller probed it already; else asks the store (which
        has its own timeouts)."""
        if self.keystore is None:
            return False, ""
        if self._keyring_state is not None:      # probed already (off the GUI thread)
            return self._keyring_state
        try:
            available, name = self.keystore.available()
        except Exception:
            return False, ""
        return bool(available), str(name)

    def save_notebook_settings(self) -> None:
        """Write organisation, own party and profile into the (encrypted) notebook, in one
        operation through ``services.ops`` (``notebook.ops.write_settings``)."""
        from jongerenwerk_desk.notebook import ops
        from jongerenwerk_desk.notebook.settings_keys import SettingKey
        from jongerenwerk_desk.sharing.profile_choice import profile_text
        from jongerenwerk_desk.ui.shell.ops_runner import ops_for

        values: dict[SettingKey, str | None] = {
            SettingKey.ORGANISATION_NAME: self.organisation,
            SettingKey.ACTIVE_PROFILE: self.profile.id,
            SettingKey.PROFILE_TOML: (profile_text(self.profile_bytes)
                                      if self.profile_bytes is not None else None)}
        if self.own_party:
            values[SettingKey.OWN_PARTY] = self.own_party
        ops_for(self.services, self.notebook).run(ops.write_settings, values)

    def accept(self) -> None:
        """Finish: remember the key on this device if asked; keep the notebook open."""
        if self.notebook is not None and self.device_page.remember.isChecked():
            try:
                self.notebook.vault.remember_on_device(self.keystore)
            except Exception:
                self.services.prompter.warn(self, self.tr("Not remembered"), self.tr(
                    "The keyring did not accept the key. You will type your passphrase when "
                    "you open the notebook."))
        super().accept()

    def _lock_requested(self, reason: str) -> None:
        if self.notebook is not None and self.isVisible():
            self.abandon(reason)

    def release_lock_manager(self, _result: int = 0) -> None:
        """Disconnect from the lock manager (idempotent; also on ``finished``); stop it
        unless the wizard finished with an open notebook (the shell takes over)."""
        manager, self._lock_manager = self._lock_manager, None
        if manager is None:
            return
        try:
            manager.lock_requested.disconnect(self._lock_requested)
            self.notebook_created.disconnect(manager.start)
        except (RuntimeError, TypeError):  # already disconnected
            pass
        if self.notebook is None or self.result() != QWizard.DialogCode.Accepted:
            manager.stop()                   # the shell starts it again when it opens one

    def abandon(self, reason: str) -> None:
        """Lock while the wizard is open: close and remove the new (empty) notebook without
        asking, forget the recovery code, close the wizard. ``abandoned`` = ``reason``."""
        self.abandoned = reason
        nb, self.notebook, self.recovery_code = self.notebook, None, None
        if nb is not None:
            nb.close()
            self._remove_files()
        super().reject()

    def _remove_files(self) -> None:
        for suffix in ("", ".keys", ".lock", "-wal", "-shm", "-journal"):
            Path(str(self.path) + suffix).unlink(missing_ok=True)

    def reject(self) -> None:
        """Cancel: a notebook created in this wizard is closed and removed (it is empty)."""
        nb, self.notebook, self.recovery_code = self.notebook, None, None
        if nb is not None:
            if not self.services.prompter.confirm(self, self.tr("Cancel"), self.tr(
                    "The new notebook has already been made. Cancel and remove it?")):
                self.notebook = nb
                return
            nb.close()
            self._remove_files()
        super().reject()
