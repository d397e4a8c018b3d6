"""Domain model (dataclasses) and repositories (SQL) on an unlocked vault."""
