"""Fresh notebooks for tests without an Argon2id run each: copies of a per-process template.

``new_notebook(path, passphrase)`` stands in for
``Notebook.create(path, passphrase, kdf_params=KdfParams.minimum())``. The first call for a
passphrase creates a real template notebook (real Argon2id at the minimum parameters, real
SQLCipher 4, every migration); later calls copy its two files and open the copy with the
template's data key. Every copy is a complete notebook that opens with ``passphrase`` and the
template's recovery code, but all copies of one template share the notebook id and the key:
a test about creation, the key derivation or two *different* notebooks calls
``Notebook.create`` itself.

Plain functions (no fixtures), so subprocess helpers can use them too; each process (each
xdist worker) builds its own templates in its private temporary folder (see
``tests/conftest.py``).
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from jongerenwerk_desk.notebook import Notebook
from jongerenwerk_desk.notebook.schema import MIGRATIONS
from jongerenwerk_desk.vault import KdfParams, Vault
from jongerenwerk_desk.vault.errors import NotebookExists


@dataclass(frozen=True)
class _Template:
    path: Path
    key: bytes
    recovery_code: str


_TEMPLATES: dict[str, _Template] = {}


def _template(passphrase: str) -> _Template:
    found = _TEMPLATES.get(passphrase)
    if found is None:
        folder = Path(tempfile.mkdtemp(prefix="notebook-template-"))
        nb, code = Notebook.create(folder / "template.jwdb", passphrase,
                                   kdf_params=KdfParams.minimum())
        key = bytes(nb.vault._key)
        nb.close()
        found = _TEMPLATES[passphrase] = _Template(folder / "template.jwdb", key, code)
    return found


def copy_template(path: Path, passphrase: str) -> str:
    """Put a closed copy of the template for ``passphrase`` at ``path`` (+ ``.keys``).

    Returns the recovery code. Raises NotebookExists when ``path`` or its key file exists.
    """
    template = _template(passphrase)
    path = Path(path)
    keys = Path(f"{path}.keys")
    if path.exists() or keys.exists():
        raise NotebookExists()
    shutil.copyfile(template.path, path)
    shutil.copyfile(f"{template.path}.keys", keys)
    return template.recovery_code


def new_notebook(path: Path, passphrase: str) -> tuple[Notebook, str]:
    """An open notebook at ``path`` (a template copy); returns ``(notebook, recovery code)``."""
    code = copy_template(path, passphrase)
    vault = Vault._open_with_key(Path(path), _template(passphrase).key, migrations=MIGRATIONS)
    vault.opened_with = "passphrase"
    return Notebook(vault), code
