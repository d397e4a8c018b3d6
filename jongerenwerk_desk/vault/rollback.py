"""Noticing an older copy of the notebook put back (rollback; issue 13, class 3).

Putting back an older ``X.jwdb`` needs no passphrase: it opens with the current key, passes
``verify``, brings erased people back and drops disclosures from the register. The files
themselves cannot tell: an attacker with only the files can put back both. So a *generation*
is kept twice:

* in the notebook: table ``vault_generation`` (one row, created by the notebook schema's
  migration "vault generation counter"), raised by one in every write transaction that
  changed something (``Vault.transaction``);
* outside it, where someone with only the files cannot roll it back: the OS keyring's
  secure store (``keystore.DeviceKeyStore``, item ``jongerenwerk-desk-state`` / notebook id),
  updated at every unlock and at lock, together with an optional caller-supplied summary of
  the disclosure register (its number of records and last hash).

At unlock a notebook whose generation is below the one last seen on this device gets a plain
warning, as does ``verify``. A restore from a backup (a wanted step back) clears the record.

What it does not protect: devices without a secure keyring (nothing is stored, nothing is
checked); a copy taken and put back between two unlocks on this device when nothing was
written meanwhile; an attacker who can also change this user's keyring (then they have the
data key too); single pages replayed within a file (the generation lives in one page); the
first unlock on a new device.
"""

from __future__ import annotations

from typing import Any

from jongerenwerk_desk.vault.errors import KeyringUnavailable

TABLE = "vault_generation"


def has_generation(conn: Any) -> bool:
    """True when the notebook has the generation table (older and test schemas do not)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (TABLE,)).fetchone() is not None


def read_generation(conn: Any) -> int | None:
    """The notebook's generation, or None without the table."""
    if not has_generation(conn):
        return None
    row = conn.execute(f"SELECT n FROM {TABLE} WHERE id = 1").fetchone()
    return int(row[0]) if row else 0


def bump(conn: Any) -> None:
    """Raise the generation by one (inside the caller's write transaction)."""
    conn.execute(f"UPDATE {TABLE} SET n = n + 1 WHERE id = 1")


def check_and_record(store: Any, notebook_id: str, generation: int,
                     register: tuple[int, str] | None = None) -> list[str]:
    """Compare with what ``store`` last saw for this notebook, then record the newer state.

    ``register``: (number of records, hash of the last one) of the disclosure register, when
    the caller knows it. Returns Dutch warnings (empty when all is well or nothing is known).
    A missing or unavailable keyring gives no warning and records nothing.
    """
    try:
        seen = store.get_state(notebook_id) or {}
    except KeyringUnavailable:
        return []
    warnings: list[str] = []
    last = seen.get("generation")
    if isinstance(last, int) and generation < last:
        warnings.append(
            "dit notitieboek is ouder dan het exemplaar dat u hier eerder opende (er is een "
            "oudere kopie teruggezet, of het bestand is vervangen). Wat u sindsdien vastlegde, "
            "ontbreekt; gewiste gegevens kunnen terug zijn. Zet zo nodig de nieuwste "
            "reservekopie terug.")
    seen_register = seen.get("register")
    if register is not None and isinstance(seen_register, list) and len(seen_register) == 2:
        count, head = register
        if count < seen_register[0] or (count == seen_register[0] and head != seen_register[1]):
            warnings.append(
                "het register van verstrekkingen is korter of anders dan toen u het hier "
                "eerder zag: er ontbreken verstrekkingen.")
    state: dict[str, Any] = {"generation": max(generation,
                                                last if isinstance(last, int) else 0)}
    if register is not None:
        state["register"] = list(register) if not warnings else seen_register or list(register)
    elif seen_register is not None:
        state["register"] = seen_register
    try:
        store.set_state(notebook_id, state)
    except KeyringUnavailable:
        pass
    return warnings


def record(store: Any, notebook_id: str, generation: int) -> None:
    """At lock: remember the generation reached (never lowers it)."""
    try:
        seen = store.get_state(notebook_id) or {}
        last = seen.get("generation")
        if isinstance(last, int) and last >= generation:
            return
        store.set_state(notebook_id, {**seen, "generation": generation})
    except KeyringUnavailable:
        pass


def forget(store: Any, notebook_id: str) -> None:
    """After a wanted step back (a restore): drop what was seen."""
    try:
        store.delete_state(notebook_id)
    except KeyringUnavailable:
        pass
