"""The ``--demo`` session: a fresh notebook of fictional people in a private temporary folder.

Leak rules applied to the demo: it holds only fictional data (``notebook.demo``: made-up names in
the fictional town Voorbeeldstad), but it is still a real, encrypted SQLCipher notebook. Its
passphrase is the fixed, public :data:`DEMO_PASSPHRASE`, shown wherever the demo asks for it
(the share wizard asks it again before an export): a secret nobody can know would make the
demo's export impossible, and the data is fictional and removed on exit. It is never stored
or put in a keyring. The notebook carries the setting ``sharing.model.DEMO_SETTING`` so that
everything exported from it is marked "DEMO — fictieve gegevens". The folder is created with
mode 0700 (``tempfile.mkdtemp``) and removed on
exit (normal quit and ``atexit``); a folder left by a crashed demo is removed at the next demo
start when its process no longer runs. Its path is never written to QSettings.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jongerenwerk_desk.notebook.notebook import Notebook


PREFIX = "jwd-demo-"
DEMO_PASSPHRASE = "demo"
"""The demo notebook's passphrase: public on purpose (fictional data only; the vault does not
enforce the passphrase policy, the first-run wizard does)."""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def sweep_stale(tmp: Path | None = None) -> int:
    """Remove demo folders of dead processes in the temp dir; returns how many."""
    removed = 0
    for folder in Path(tmp or tempfile.gettempdir()).glob(PREFIX + "*"):
        try:
            pid = int((folder / "pid").read_text().strip())
        except (OSError, ValueError):
            continue
        mine = not hasattr(os, "getuid") or folder.stat().st_uid == os.getuid()
        if folder.is_dir() and mine and not _alive(pid):
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


def populate(notebook: Notebook) -> None:
    """Fill ``notebook`` with the fictional demo data of Voorbeeldstad (``notebook.demo``),
    dated relative to today; it makes the demo covenant profile the active one."""
    from jongerenwerk_desk.notebook import ops

    ops.fill_demo(notebook, date.today())


class DemoSession:
    """Owns the demo folder and notebook. ``notebook`` is open after :meth:`create`;
    :meth:`reopen` opens it again after a lock; :meth:`cleanup` closes and removes everything."""

    def __init__(self) -> None:
        with contextlib.suppress(OSError):
            sweep_stale()
        self.folder = Path(tempfile.mkdtemp(prefix=PREFIX))   # mode 0700
        (self.folder / "pid").write_text(str(os.getpid()))
        self.path = self.folder / "demo.jwdb"
        self._passphrase = DEMO_PASSPHRASE
        self.notebook = None
        atexit.register(self.cleanup)

    def create(self):
        """Create and fill the notebook (minimum KDF cost: the passphrase is public anyway)."""
        from jongerenwerk_desk.notebook import Notebook
        from jongerenwerk_desk.vault.kdf import KdfParams

        self.notebook, _code = Notebook.create(self.path, self._passphrase,
                                               kdf_params=KdfParams.minimum())
        populate(self.notebook)
        return self.notebook

    def reopen(self):
        """Open the demo notebook again (after a lock)."""
        from jongerenwerk_desk.notebook import Notebook

        self.notebook = Notebook.open(self.path, passphrase=self._passphrase)
        return self.notebook

    def cleanup(self) -> None:
        """Close the notebook and remove the folder (safe to call twice)."""
        nb, self.notebook = self.notebook, None
        if nb is not None:
            with contextlib.suppress(Exception):
                nb.close()
        shutil.rmtree(self.folder, ignore_errors=True)
