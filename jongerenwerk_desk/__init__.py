"""Jongerenwerk Desk: encrypted notebook for youth workers and a covenant-checked share wizard."""

from __future__ import annotations

APP_NAME = "Jongerenwerk Desk"
APP_ID = "jongerenwerk-desk"


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed package's metadata on first use (PEP 562):
    ``importlib.metadata`` costs every admin command about 25 ms at start-up otherwise.
    "0.1.0" when running from a source tree or a bundle without metadata."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("jongerenwerk-desk")
    except PackageNotFoundError:
        value = "0.1.0"
    globals()["__version__"] = value
    return value
