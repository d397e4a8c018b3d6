"""Operations on signals and on partner contacts."""

from __future__ import annotations

from jongerenwerk_desk.notebook.models import PartnerContact, Signal
from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.notebook.ops.changes import Kind, OpChanges, OpResult


def save_signal(nb: Notebook, signal: Signal) -> OpResult[int]:
    """Add or update a signal with its links and informant. Audit: ``create``/``update
    signal <id>`` (field names only). ValueError (Dutch) on invalid data."""
    with nb.transaction():
        if signal.id is None:
            signal_id = nb.signals.add(signal)
        else:
            nb.signals.update(signal)
            signal_id = signal.id
    return OpResult(signal_id, OpChanges.of(Kind.SIGNAL, signal_id))


def delete_signal(nb: Notebook, signal_id: int) -> OpResult[None]:
    """Delete a signal with its links and informant. Audit: ``delete signal <id>``.
    KeyError if absent."""
    nb.signals.delete(signal_id)
    return OpResult(None, OpChanges.of(Kind.SIGNAL, signal_id))


def save_partner(nb: Notebook, contact: PartnerContact) -> OpResult[int]:
    """Add or update a contact person at a covenant partner. Audit: ``create``/``update
    partner <id>``. ValueError (Dutch) on invalid data."""
    with nb.transaction():
        if contact.id is None:
            contact_id = nb.partners.add(contact)
        else:
            nb.partners.update(contact)
            contact_id = contact.id
    return OpResult(contact_id, OpChanges.of(Kind.PARTNER, contact_id))


def delete_partner(nb: Notebook, contact_id: int) -> OpResult[None]:
    """Delete a partner contact. Audit: ``delete partner <id>``. KeyError if absent."""
    nb.partners.delete(contact_id)
    return OpResult(None, OpChanges.of(Kind.PARTNER, contact_id))
