"""Data-subject rights: access report, erasure, retention sweeps, informing letters."""
