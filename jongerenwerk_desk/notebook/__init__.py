"""Domain model (dataclasses) and repositories (SQL) on an unlocked vault.

Public API (docs/public-api.md)::

    from jongerenwerk_desk.notebook import Notebook, MIGRATIONS
"""

from jongerenwerk_desk.notebook.models import SearchHit
from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.notebook.schema import MIGRATIONS

__all__ = ["MIGRATIONS", "Notebook", "SearchHit"]
