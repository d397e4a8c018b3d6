"""Minimal summary builder, exporters (PDF, CSV) and the disclosure register."""
