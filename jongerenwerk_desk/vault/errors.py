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


class InterruptedKeyChange(WrongPassphrase):
    """A passphrase change was interrupted (crash, power cut) and the passphrase given is the
    one of the state that did not win: exactly one of the old and the new passphrase opens
    the notebook now. ``detail`` says which one."""

    user_message = (
        "Een wachtwoordwijziging is onderbroken. Dit wachtwoord hoort bij de kant die niet is "
        "doorgevoerd; open het notitieboek met het andere wachtwoord. Er is niets verloren."
    )


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
    """The ``.keys`` next to the notebook belongs to another notebook: its key fails on every
    page of this database (so this is not damage of a single page, see FirstPageDamaged)."""

    user_message = (
        "Het sleutelbestand (.keys) naast dit notitieboek hoort bij een ander notitieboek (of "
        "het allereerste stukje van het notitieboek is beschadigd). Zet het juiste "
        "sleutelbestand terug, of zet een reservekopie terug; er is niets aangepast."
    )


class FirstPageDamaged(DamagedFile):
    """The key fits the notebook (other pages check out) but its first page is damaged, so
    SQLite cannot start reading it. Not a key file problem."""

    user_message = (
        "Het begin van het notitieboek (de eerste pagina) is beschadigd; de sleutel is wel de "
        "juiste. Het notitieboek kan zo niet worden geopend. Zet een reservekopie terug; het "
        "bestand zelf is niet aangepast."
    )


class KeyFileDamaged(DamagedFile):
    """The ``.keys`` next to the notebook is empty or unreadable (e.g. a copy or save that
    was cut off). The notebook itself may be fine."""

    user_message = (
        "Het sleutelbestand (.keys) naast het notitieboek is leeg of beschadigd. Zet het "
        "sleutelbestand terug uit een reservekopie (een .jwbak bevat het) of uit de map waar "
        "het vandaan kwam; het notitieboek zelf is niet aangepast."
    )


class EmptyNotebook(DamagedFile):
    """The notebook file is empty (0 bytes) while its ``.keys`` is there: a copy or save was
    cut off, or a disk or sync tool emptied it."""

    user_message = (
        "Het notitieboek is leeg (0 bytes), bijvoorbeeld door een afgebroken kopie of een "
        "synchronisatieprogramma. Zet een reservekopie terug; het sleutelbestand is niet "
        "aangepast."
    )


class NotebookDamagedWritesRefused(DamagedFile):
    """The check of every page at unlock found damage: reading may go on, but nothing is
    written to the file any more (a write could spread the damage)."""

    user_message = (
        "Het notitieboek is beschadigd (de controle van alle pagina's vond fouten). U kunt "
        "nog lezen, maar er wordt niets meer in opgeslagen. Maak een reservekopie of zet een "
        "reservekopie terug."
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
