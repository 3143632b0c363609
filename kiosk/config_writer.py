"""Save configuration changes into the station's TOML file, validated first, written atomically.

Every value is checked by its option's own converter (:mod:`kiosk.options`), then the whole
resulting file is checked the way the kiosk reads it at start-up, so a saved file always starts.
Edits go through tomlkit, which keeps every comment and the file's layout (multi-line arrays
too), and stamp the file with the current ``config_version``. Writes go to a temporary file that is
flushed, fsynced and renamed over the old one: a crash leaves the old or the new file, never half.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import tomlkit

from kiosk import device_specs
from kiosk.config_toml import ConfigError, flatten, parse_toml
from kiosk.config_upgrade import CONFIG_VERSION, VERSION_KEY
from kiosk.domain.errors import KioskError
from kiosk.options import OPTIONS, Settings, check_value, default_config_path

ORIGIN = "the technician console"
HEADER = "# Station configuration (kiosk config options lists every option).\n"
# (lower, upper): the first may not be above the second
ORDERED = (("devices.sbi_port_first", "devices.sbi_port_last"),
           ("face.min_face_brightness", "face.max_face_brightness"))



class ConfigWriteError(KioskError):
    """The configuration file could not be written (permissions, disk full...)."""

    message_key = "config.write_failed"


def config_path(settings: Settings, environ: Mapping[str, str] | None = None) -> Path:
    """The file the station reads: the one loaded, else ``$KIOSK_CONFIG``, else the default."""
    environ = os.environ if environ is None else environ
    if settings.source is not None:
        return settings.source
    configured = environ.get("KIOSK_CONFIG")
    return Path(configured) if configured else default_config_path()


def _service_url(value: str) -> None:
    if value and not re.fullmatch(r"https?://[^\s/?#]+(/\S*)?", value):
        raise ValueError("expects an https:// address")
    if value:
        from kiosk.sync.endpoint import url_problem

        problem = url_problem(value)
        if problem:
            raise ValueError(f"expects an https:// address (http:// only to this machine): "
                             f"{problem}")


def _central_key(value: str) -> None:
    if value:
        from kiosk.sync.keys import central_public

        try:
            central_public(value)
        except KioskError as exc:
            raise ValueError("expects the central service's X25519 public key (base64)") \
                from exc


def _signing_key(value: str) -> None:
    if value:
        from kiosk.sync.receipt import public_key

        try:
            public_key(value)
        except KioskError as exc:
            raise ValueError("expects the central service's Ed25519 receipt key (base64)") \
                from exc


# checks beyond the option's type, for values the console edits
MEANING_CHECKS = {"sync.url": _service_url, "sync.central_public_key": _central_key,
                  "sync.central_signing_key": _signing_key,
                  "devices.camera": device_specs.check_camera,
                  "devices.document_camera": device_specs.check_document_camera,
                  "devices.fingerprint": device_specs.check_fingerprint}


def validate(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Each value converted by its option (and checked for meaning where a check exists);
    a :class:`ConfigError` names the first bad key."""
    values = {}
    for key, raw in changes.items():
        value = check_value(key, raw, origin=ORIGIN, from_text=False)
        try:
            MEANING_CHECKS.get(key, lambda _v: None)(value)
        except ValueError as exc:
            raise ConfigError(f"option {key!r} in {ORIGIN} {exc}, got {raw!r}",
                              message_key="config.bad_value", key=key, origin=ORIGIN,
                              expected=str(exc)) from None
        values[key] = value
    return values


def _item(value: Any) -> Any:
    """A value as tomlkit writes it (tuples as arrays)."""
    return list(value) if isinstance(value, tuple) else value


def edit_document(text: str, values: Mapping[str, Any]) -> str:
    """``text`` with ``values`` set (``section.name`` keys; new keys go to their section, new
    sections at the end) and ``config_version`` current. tomlkit keeps every comment, blank
    line and layout that it does not have to change, multi-line arrays included."""
    doc = tomlkit.parse(text) if text.strip() else tomlkit.document()
    if not text.strip():
        doc.add(tomlkit.comment(HEADER.lstrip("# ").rstrip()))
    doc[VERSION_KEY] = CONFIG_VERSION
    for key in sorted(values):
        *sections, name = key.split(".")
        table: Any = doc
        for section in sections:
            if section not in table:
                table[section] = tomlkit.table()
            table = table[section]
        table[name] = _item(values[key])
    return tomlkit.dumps(doc)


def _parse(text: str, origin: str) -> dict[str, Any]:
    data = parse_toml(text, origin)
    data.pop(VERSION_KEY, None)
    return dict(flatten(data))


def check_values(values: Mapping[str, Any], origin: str) -> dict[str, Any]:
    """Check a whole file's values as start-up does, and the ordered pairs; the converted
    values."""
    converted = {key: check_value(key, raw, origin=origin, from_text=False)
                 for key, raw in values.items()}
    for low, high in ORDERED:
        first = converted.get(low, OPTIONS[low].default)
        last = converted.get(high, OPTIONS[high].default)
        if first > last:
            bad = low if low in values else high
            raise ConfigError(f"option {bad!r} in {origin}: {low} ({first}) must not be above "
                              f"{high} ({last})", message_key="config.bad_value", key=bad,
                              origin=origin)
    return converted


def planned_text(path: Path, changes: Mapping[str, Any]) -> str:
    """The file's new text after ``changes`` (validated; nothing written)."""
    values = validate(changes)
    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}", message_key="config.unreadable",
                          origin=str(path)) from None
    current = _parse(text, str(path))
    merged = {**current, **values}
    wanted = check_values(merged, ORIGIN)
    edited = edit_document(text, values)
    if check_values(_parse(edited, str(path)), str(path)) != wanted:  # never write a surprise
        raise ConfigError(f"editing {path} would not give the values asked for",
                          message_key="config.bad_value", key=next(iter(values), ""),
                          origin=str(path))
    return edited


def atomic_write(path: Path, text: str, mode: int = 0o600) -> None:
    """Write ``text`` to a temporary file beside ``path``, fsync, rename over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        mode = path.stat().st_mode & 0o777 if path.exists() else mode
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ConfigWriteError(f"cannot write {path}: {exc}", path=str(path)) from None


def save_changes(path: Path, changes: Mapping[str, Any]) -> Path:
    """Validate ``changes`` and write them into ``path``; returns the path written."""
    atomic_write(path, planned_text(path, changes))
    return path


def overridden(settings: Settings, keys: Iterable[str]) -> list[str]:
    """Those of ``keys`` that an environment variable overrides (a saved value has no effect)."""
    return sorted(set(keys) & settings.overridden)
