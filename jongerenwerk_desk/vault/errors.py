"""Typed errors of the encrypted notebook; each carries a plain Dutch message for the user.

No code path that raises one of these may delete, truncate or rewrite the notebook file.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base class. ``user_message`` is Dutch and safe to show (it never contains client data)."""

    user_message = "Er ging iets mis met het notitieboek."

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(detail or self.user_message)
        self.detail = detail

    def __str__(self) -> str:
        return self.user_message if self.detail is None else f"{self.user_message} ({self.detail})"


class SQLCipherUnavailable(VaultError):
    """SQLCipher could not be loaded or is not version 4: we refuse to create or open anything."""

    user_message = (
        "De versleuteling (SQLCipher 4) is niet beschikbaar. Het programma opent of maakt "
        "niets zonder versleuteling."
    )


class WrongPassphrase(VaultError):
    """The passphrase (or recovery code) does not unwrap the data key."""

    user_message = "Het wachtwoord of de herstelcode klopt niet."


class DamagedFile(VaultError):
    """The file looks like a notebook but cannot be read completely (corrupt, truncated)."""

    user_message = (
        "Het notitieboek is beschadigd en kan niet volledig worden gelezen. Zet een reservekopie "
        "terug; het bestand zelf is niet aangepast."
    )


class NotANotebook(VaultError):
    """The file is not a Jongerenwerk Desk notebook (empty, plain SQLite, something else)."""

    user_message = "Dit bestand is geen notitieboek van Jongerenwerk Desk."


class NewerFormat(VaultError):
    """The notebook was made by a newer version of the program."""

    user_message = (
        "Dit notitieboek is gemaakt met een nieuwere versie van Jongerenwerk Desk. Werk het "
        "programma bij om het te openen."
    )


class AlreadyOpen(VaultError):
    """Another live process holds the notebook's lock file. ``pid`` is that process, if known."""

    user_message = "Het notitieboek is al geopend in een ander venster of programma."

    def __init__(self, pid: int | None = None) -> None:
        super().__init__(None if pid is None else f"proces {pid}")
        self.pid = pid


class VaultLocked(VaultError):
    """An operation needs an unlocked notebook but it is locked or closed."""

    user_message = "Het notitieboek is vergrendeld."


class DiskFull(VaultError):
    """The disk (or quota) is full; what was committed before is intact."""

    user_message = (
        "De schijf is vol. Wat al was opgeslagen is bewaard; maak ruimte vrij en probeer opnieuw."
    )


class KeyringUnavailable(VaultError):
    """No secure OS keyring, or it is locked, broken or too slow. Never a wrong passphrase."""

    user_message = (
        "De sleutelbos van het systeem is niet beschikbaar. Typ uw wachtwoord om het "
        "notitieboek te openen."
    )


class NotebookExists(VaultError):
    """Refusing to create a notebook over an existing file."""

    user_message = "Er bestaat al een bestand op die plek; er is niets overschreven."


class NotebookNotFound(VaultError):
    """There is no notebook at the given path (nothing was created)."""

    user_message = "Het notitieboek is niet gevonden op die plek."


class AccessDenied(VaultError, PermissionError):
    """The notebook or its folder cannot be written: read-only medium or no permission.

    Also a PermissionError, so callers that already handle that keep working."""

    user_message = (
        "Het notitieboek kan niet worden geopend of opgeslagen: de map is alleen-lezen of u "
        "heeft er geen rechten op. Er is niets aangepast."
    )


class DamagedBackup(DamagedFile):
    """A backup file (``.jwbak``) is truncated, garbled or fails its checksum or full check.

    A DamagedFile subclass so existing handlers keep working; the message is about the backup:
    the notebook itself was not touched."""

    user_message = (
        "De reservekopie is beschadigd; het notitieboek is niet aangepast; kies een andere "
        "reservekopie."
    )


class KeyFileMissing(NotANotebook):
    """The ``X.jwdb`` exists but its key file ``X.jwdb.keys`` is not next to it."""

    user_message = (
        "Het sleutelbestand (.keys) ontbreekt naast het notitieboek. Zonder dat bestand kan het "
        "notitieboek niet worden geopend; zet het terug vanuit een reservekopie (de .jwbak "
        "bevat het) of haal het terug uit de map waar het stond. Er is niets aangepast."
    )


class KeyFileMismatch(DamagedFile):
    """The ``.keys`` next to the notebook belongs to another notebook (its key does not
    decrypt this database)."""

    user_message = (
        "Het sleutelbestand (.keys) naast dit notitieboek hoort bij een ander notitieboek. Zet "
        "het juiste sleutelbestand terug (bijvoorbeeld via een reservekopie); er is niets "
        "aangepast."
    )


class TargetIsFolder(VaultError):
    """A path that must be a notebook file (new or existing) is a folder; nothing was changed."""

    user_message = "Die plek is een map, geen notitieboek; er is niets aangepast."


class TargetNotANotebook(VaultError):
    """Restoring onto an existing file that is not a notebook (no ``.keys`` next to it, or a
    backup file): refused, so that nothing unrelated is renamed or replaced."""

    user_message = (
        "Op die plek staat een bestand dat geen notitieboek is; er is niets aangepast. Kies "
        "een nieuwe bestandsnaam of een bestaand notitieboek."
    )


class FileInUse(VaultError):
    """Windows: another program (a virus scanner, Explorer's preview, a second instance) keeps
    the file open, so it cannot be replaced; both files are as they were."""

    user_message = (
        "Het bestand is in gebruik door een ander programma (bijvoorbeeld een virusscanner, het "
        "voorbeeldvenster van Verkenner of een tweede venster van Jongerenwerk Desk). Sluit dat "
        "programma en probeer het opnieuw; er is niets aangepast."
    )
