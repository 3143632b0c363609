"""The reference central service for enrollment packets (``kiosk-central``)."""

from __future__ import annotations

import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path


def _version() -> str:
    try:
        return version("enrollment-kiosk")
    except PackageNotFoundError:      # a source tree that was not installed
        pass
    try:
        with open(Path(__file__).resolve().parent.parent / "pyproject.toml", "rb") as handle:
            return str(tomllib.load(handle)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "unknown"


__version__ = _version()
