"""Jongerenwerk Desk: encrypted notebook for youth workers and a covenant-checked share wizard."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "Jongerenwerk Desk"
APP_ID = "jongerenwerk-desk"

try:
    __version__ = version("jongerenwerk-desk")
except PackageNotFoundError:  # running from a source tree or a frozen bundle without metadata
    __version__ = "0.1.0"
