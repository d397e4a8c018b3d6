"""Packaged data: covenant profiles, translations, icons, demo data (installed as jongerenwerk_desk.resources)."""
