"""Handlers of the admin subcommands (see ``jongerenwerk_desk.cli``); no Qt here."""
