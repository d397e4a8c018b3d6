"""The "share under covenant" wizard (owner: WIZARD). Entry point: :class:`ShareWizard`."""

from jongerenwerk_desk.ui.share.wizard import ShareWizard

__all__ = ["ShareWizard"]
