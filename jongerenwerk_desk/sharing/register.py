"""The disclosure register as ``sharing`` sees it: the typed store of ``notebook.disclosures``.

The register's SQL, hash chain and verification live in ``notebook/disclosures.py`` (no SQL
outside ``notebook/`` and ``vault/``); this module keeps the names ``sharing`` has always
offered. ``DisclosureRegister(nb)`` is ``nb.disclosures``'s class; the hash chain, the head
anchor and ``verify`` are documented there.
"""

from __future__ import annotations

from jongerenwerk_desk.notebook.disclosures import (
    COLUMNS,
    GENESIS_HASH,
    HEAD_SETTING,
    DisclosureRecord,
    DisclosureStore,
    NewDisclosure,
    canonical_json,
    record_hash,
    register_problems,
)

DisclosureRegister = DisclosureStore
"""Read, append to and verify the register (``DisclosureRegister(nb_or_vault)``)."""

__all__ = ["COLUMNS", "GENESIS_HASH", "HEAD_SETTING", "DisclosureRecord", "DisclosureRegister",
           "DisclosureStore", "NewDisclosure", "canonical_json", "record_hash",
           "register_problems"]
