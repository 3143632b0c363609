"""Versioned station configuration files, as Picard versions its settings: the file says which
``config_version`` it was written for, and each later version has an upgrade step that turns
an older file into the current shape (a renamed or retired option), so an upgraded kiosk starts
with the technician's file instead of stopping on an unknown key.

A file without ``config_version`` is version 1. Steps edit the TOML document with tomlkit
(comments and layout are kept). :func:`upgrade_file` backs the old file up, beside it, before
writing the upgraded one.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

import tomlkit
from tomlkit.toml_document import TOMLDocument

from kiosk.domain.errors import KioskError
from kiosk.options import ConfigError

CONFIG_VERSION = 2
VERSION_KEY = "config_version"
log = logging.getLogger(__name__)
Step = Callable[[TOMLDocument, list[str]], None]
UPGRADES: dict[int, Step] = {}


def upgrade_step(to_version: int) -> Callable[[Step], Step]:
    """Register the step that brings a file of ``to_version - 1`` to ``to_version``."""
    def register(step: Step) -> Step:
        if to_version in UPGRADES:
            raise RuntimeError(f"two upgrade steps to config version {to_version}")
        UPGRADES[to_version] = step
        return step
    return register


@upgrade_step(2)
def _sealed_tickets(doc: TOMLDocument, notes: list[str]) -> None:
    """kiosk-ticket/2: tickets are sealed to the office, so a desk holds its own secret desk
    key file (``tickets.office_desk_key``) instead of trusting a public key file."""
    tickets = doc.get("tickets")
    if tickets is not None and "office_public_key" in tickets:
        del tickets["office_public_key"]
        notes.append("tickets.office_public_key is retired: pre-registration tickets are sealed "
                     "now; run 'kiosk tickets keygen' and set tickets.office_desk_key")


def file_version(doc: TOMLDocument | dict, origin: str) -> int:
    """The file's ``config_version`` (1 when absent); refuses a non-integer or a file written
    by a newer kiosk."""
    version = doc.get(VERSION_KEY, 1)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ConfigError(f"{VERSION_KEY} in {origin} must be a whole number from 1, got "
                          f"{version!r}", message_key="config.bad_value", key=VERSION_KEY,
                          origin=origin, expected="an integer")
    if version > CONFIG_VERSION:
        raise ConfigError(f"{origin} was written for configuration version {version}; this kiosk "
                          f"knows up to {CONFIG_VERSION}: install the newer kiosk or restore "
                          "the previous file", message_key="config.too_new", origin=origin)
    return int(version)


def upgraded(text: str, origin: str) -> tuple[str, int, list[str]]:
    """``text`` brought to :data:`CONFIG_VERSION`: (new text, the file's version, notes on
    what changed). The text is unchanged when the file is current."""
    doc = tomlkit.parse(text)
    version = file_version(doc, origin)
    if version == CONFIG_VERSION:
        return text, version, []
    notes: list[str] = []
    for step_to in range(version + 1, CONFIG_VERSION + 1):
        UPGRADES[step_to](doc, notes)
    doc[VERSION_KEY] = CONFIG_VERSION
    return tomlkit.dumps(doc), version, notes


def upgrade_file(path: Path, text: str) -> str:
    """Upgrade the file at ``path`` (read as ``text``) when a step changed something: the old
    file is kept as ``<name>.v<N>.bak`` first. Returns the text to use. A file that cannot be
    written (read-only configuration) is upgraded in memory, with a warning."""
    from kiosk.config_writer import atomic_write

    new, version, notes = upgraded(text, str(path))
    if not notes:
        return new  # only the version line was missing: nothing to write
    for note in notes:
        log.warning("configuration %s upgraded from version %d: %s", path, version, note)
    try:
        shutil.copy2(path, path.with_name(f"{path.name}.v{version}.bak"))
        atomic_write(path, new)
    except OSError as exc:
        log.warning("could not write the upgraded configuration %s (%s); using it unchanged "
                    "on disk", path, exc.strerror or exc)
    except KioskError as exc:  # ConfigWriteError
        log.warning("could not write the upgraded configuration %s (%s)", path, exc)
    return new
