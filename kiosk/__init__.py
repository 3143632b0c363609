"""Enrollment kiosk core: domain, storage, biometrics and sync. Never imports Qt."""

from importlib import metadata

try:
    __version__ = metadata.version("enrollment-kiosk")
except metadata.PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+unknown"
