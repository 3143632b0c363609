"""Save configuration changes into the station's TOML file, validated first, written atomically.

Every value is checked by its option's own converter (:mod:`kiosk.options`), then the whole
resulting file is checked the way the kiosk reads it at start-up, so a saved file always starts.
Existing lines, comments and unknown formatting are kept when the change is a simple one-line
edit; otherwise the file is rewritten from its values. Writes go to a temporary file that is
flushed, fsynced and renamed over the old one: a crash leaves the old or the new file, never half.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from kiosk.errors import KioskError
from kiosk.options import (
    OPTIONS,
    ConfigError,
    Settings,
    _check,
    _flatten,
    default_config_path,
    parse_toml,
)

ORIGIN = "the technician console"
HEADER = "# Station configuration (kiosk config options lists every option).\n"
# (lower, upper): the first may not be above the second
ORDERED = (("devices.sbi_port_first", "devices.sbi_port_last"),
           ("face.min_face_brightness", "face.max_face_brightness"))

_SECTION = re.compile(r"^\s*\[\s*([A-Za-z0-9_.\-]+)\s*\]\s*(#.*)?$")
_KEY = re.compile(r"^(\s*)([A-Za-z0-9_\-]+(?:\s*\.\s*[A-Za-z0-9_\-]+)*)\s*=\s*(.*)$")


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
                  "sync.central_signing_key": _signing_key}


def validate(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Each value converted by its option (and checked for meaning where a check exists);
    a :class:`ConfigError` names the first bad key."""
    values = {}
    for key, raw in changes.items():
        value = _check(key, raw, origin=ORIGIN, from_text=False)
        try:
            MEANING_CHECKS.get(key, lambda _v: None)(value)
        except ValueError as exc:
            raise ConfigError(f"option {key!r} in {ORIGIN} {exc}, got {raw!r}",
                              message_key="config.bad_value", key=key, origin=ORIGIN,
                              expected=str(exc)) from None
        values[key] = value
    return values


def render_value(value: Any) -> str:
    """A TOML literal for a str, bool, int, float or a list of them."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = repr(value)
        return text if any(c in text for c in ".en") else text + ".0"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(render_value(v) for v in value) + "]"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # JSON strings are TOML basic strings
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def render_file(values: Mapping[str, Any]) -> str:
    """A whole file from flat ``section.name`` values, one table per section."""
    sections: dict[str, list[str]] = {}
    for key in sorted(values):
        section, _, name = key.rpartition(".")
        sections.setdefault(section, []).append(f"{name} = {render_value(values[key])}")
    blocks = [f"[{s}]\n" + "\n".join(lines) + "\n" for s, lines in sections.items()]
    return HEADER + "\n" + "\n".join(blocks)


def _split_comment(rest: str) -> tuple[str, str]:
    """``value  # comment`` -> (value, '  # comment'): the shortest prefix that parses."""
    for match in re.finditer("#", rest):
        head = rest[:match.start()]
        try:
            tomllib.loads("x = " + head)
        except tomllib.TOMLDecodeError:
            continue
        spaces = len(head) - len(head.rstrip())
        return head.rstrip(), rest[match.start() - spaces:]
    return rest, ""


def edit_text(text: str, values: Mapping[str, Any]) -> str:
    """``text`` with each key's line replaced (comments kept) or added to its section."""
    lines = text.splitlines()
    section = ""
    last_line_of: dict[str, int] = {}
    done: set[str] = set()
    for number, line in enumerate(lines):
        header = _SECTION.match(line)
        if header:
            section = header.group(1)
            last_line_of[section] = number
            continue
        match = _KEY.match(line)
        if not match:
            continue
        indent, name, rest = match.groups()
        dotted = ".".join(part.strip() for part in name.split("."))
        key = f"{section}.{dotted}" if section else dotted
        if section:
            last_line_of[section] = number
        if key in values:
            _, comment = _split_comment(rest)
            lines[number] = f"{indent}{name} = {render_value(values[key])}{comment}"
            done.add(key)
    inserts: dict[int, list[str]] = {}
    appended: dict[str, list[str]] = {}
    for key in sorted(set(values) - done):
        section, _, name = key.rpartition(".")
        entry = f"{name} = {render_value(values[key])}"
        if section in last_line_of:
            inserts.setdefault(last_line_of[section], []).append(entry)
        else:
            appended.setdefault(section, []).append(entry)
    for number in sorted(inserts, reverse=True):
        lines[number + 1:number + 1] = inserts[number]
    for section, entries in appended.items():
        if lines and lines[-1].strip():
            lines.append("")
        lines += [f"[{section}]", *entries]
    return ("\n".join(lines) + "\n") if lines else ""


def _parse(text: str, origin: str) -> dict[str, Any]:
    return dict(_flatten(parse_toml(text, origin)))


def check_values(values: Mapping[str, Any], origin: str) -> dict[str, Any]:
    """Check a whole file's values as start-up does, and the ordered pairs; the converted
    values."""
    converted = {key: _check(key, raw, origin=origin, from_text=False)
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
    edited = edit_text(text, values) if text.strip() else render_file(merged)
    try:
        if check_values(_parse(edited, str(path)), str(path)) != wanted:
            edited = render_file(merged)
    except ConfigError:  # a multi-line value the line editor cannot handle
        edited = render_file(merged)
    check_values(_parse(edited, str(path)), str(path))
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
