"""Table models and view widgets of the main window (SQL-backed, paged)."""
