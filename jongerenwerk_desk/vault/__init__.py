"""The encrypted notebook file: keys, KDF, SQLCipher connection, migrations, backup, locking.

Public API (docs/public-api.md)::

    from jongerenwerk_desk.vault import Vault, KdfParams, Migration, VerifyReport
"""

from jongerenwerk_desk.vault.kdf import KdfParams
from jongerenwerk_desk.vault.kdf import normalise as normalise_passphrase
from jongerenwerk_desk.vault.migrations import Migration, execute_script
from jongerenwerk_desk.vault.vault import Vault
from jongerenwerk_desk.vault.verify import VerifyReport

__all__ = ["KdfParams", "Migration", "Vault", "VerifyReport", "execute_script",
           "normalise_passphrase"]
