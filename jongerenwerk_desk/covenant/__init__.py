"""Covenant profiles (TOML), share requests, and the pure legal check ``assess``."""
