"""Everything that imports PySide6. No other package may import Qt."""
