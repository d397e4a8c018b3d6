"""The shell around the views: start, unlock, first run, lock, clipboard, settings, main window."""
