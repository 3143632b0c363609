"""The configuration file's text read safely: size and nesting refused before parsing,
invalid TOML a :class:`ConfigError` naming the file, tables flattened to dotted keys
(:mod:`kiosk.options` declares what the keys mean)."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from typing import Any

from kiosk.domain.errors import KioskError


class ConfigError(KioskError):
    """The configuration file or an override is wrong; the message names the key."""

    message_key = "config.invalid"


# Every option is ``section.name`` (at most three parts); a file nested deeper than this is
# refused before it is parsed, so a hostile file cannot exhaust the parser's recursion.
MAX_TOML_DEPTH = 8
MAX_TOML_BYTES = 1 << 20


def flatten(table: Mapping[str, Any], prefix: str = "") -> Iterable[tuple[str, Any]]:
    for name, value in table.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict):
            yield from flatten(value, key + ".")
        else:
            yield key, value


def _toml_depth(text: str) -> tuple[int, int]:
    """The deepest nesting of inline tables and arrays (``{`` / ``[`` outside strings and
    comments) or of dotted keys in one line, and the line (from 1) where it is first reached;
    an upper bound good enough to refuse early."""
    deepest = depth = 0
    line = deepest_line = 1
    quote = ""
    comment = False
    for index, char in enumerate(text):
        if char == "\n":
            line += 1
        if comment:
            comment = char != "\n"
            continue
        if quote:
            if char == quote and text[index - 1] != "\\":
                quote = ""
            continue
        if char in "\"'":
            quote = char
        elif char == "#":
            comment = True
        elif char in "[{":
            depth += 1
            if depth > deepest:
                deepest, deepest_line = depth, line
        elif char in "]}":
            depth = max(0, depth - 1)
    for number, row in enumerate(text.splitlines(), 1):
        if "=" in row or row.lstrip().startswith("["):
            dotted = row.split("=", 1)[0].count(".") + 1
            if dotted > deepest:
                deepest, deepest_line = dotted, number
    return deepest, deepest_line


def parse_toml(text: str, origin: str) -> dict[str, Any]:
    """Parse a configuration file's text; too large, too deeply nested or invalid TOML is a
    :class:`ConfigError` naming ``origin`` (never a ``RecursionError``)."""
    if len(text) > MAX_TOML_BYTES:
        raise ConfigError(f"{origin} is larger than {MAX_TOML_BYTES} bytes",
                          message_key="config.syntax", origin=origin)
    depth, line = _toml_depth(text)
    if depth > MAX_TOML_DEPTH:
        raise ConfigError(f"{origin} line {line} nests tables, arrays or dotted keys deeper "
                          f"than {MAX_TOML_DEPTH} levels; options are 'section.name'",
                          message_key="config.too_deep", origin=origin, line=line)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{origin} is not valid TOML: {exc}", message_key="config.syntax",
                          origin=origin) from None
    except RecursionError:  # a nesting the pre-check did not see
        raise ConfigError(f"{origin} nests too deeply", message_key="config.too_deep",
                          origin=origin) from None
