"""The "share under covenant" wizard. Entry point: :class:`ShareWizard`."""

from jongerenwerk_desk.ui.share.wizard import ShareWizard

__all__ = ["ShareWizard"]
