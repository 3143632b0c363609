"""Enrollment kiosk core: domain, storage, biometrics and sync. Never imports Qt."""

from importlib import metadata

from kiosk.paths import baked_version

try:
    __version__ = metadata.version("enrollment-kiosk")
except metadata.PackageNotFoundError:  # a bundle without our metadata, or an uninstalled tree
    __version__ = baked_version() or "0.0.0+unknown"
