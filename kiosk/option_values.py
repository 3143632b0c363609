"""How each kind of option value is checked and converted, from TOML or from the text of an
environment variable (``from_text``): a converter raises ValueError for a value of the wrong
type, NaN or an infinity, or an integer beyond :data:`MAX_INT`. The options themselves are
declared in :mod:`kiosk.options`."""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable
from typing import Any


def _to_str(raw: Any, from_text: bool) -> str:
    if not isinstance(raw, str):
        raise ValueError
    return raw


def _to_int(raw: Any, from_text: bool) -> int:
    if isinstance(raw, bool):
        raise ValueError
    if isinstance(raw, int):
        value = raw
    elif from_text and isinstance(raw, str):
        value = int(raw.strip())
    else:
        raise ValueError
    if abs(value) > MAX_INT:
        raise ValueError
    return value


MAX_INT = 2**53  # no option needs more; a larger value is a typo or an attack


def _to_float(raw: Any, from_text: bool) -> float:
    """A finite number: NaN and the infinities (TOML ``nan``/``inf``, text "nan", "1e999")
    are refused, so a limit can never be switched off by an unordered or endless value."""
    if isinstance(raw, bool):
        raise ValueError
    if isinstance(raw, int | float):
        value = float(raw)
    elif from_text and isinstance(raw, str):
        value = float(raw.strip())
    else:
        raise ValueError
    if not math.isfinite(value):
        raise ValueError
    return value


def _to_bool(raw: Any, from_text: bool) -> bool:
    if isinstance(raw, bool):
        return raw
    if from_text and isinstance(raw, str):
        text = raw.strip().lower()
        if text in {"1", "true", "yes", "on"}:
            return True
        if text in {"0", "false", "no", "off"}:
            return False
    raise ValueError


def _to_path(raw: Any, from_text: bool) -> str:
    if not isinstance(raw, str) or "\x00" in raw:
        raise ValueError
    return os.path.expanduser(raw) if raw else ""


def _to_list(raw: Any, from_text: bool) -> tuple[str, ...]:
    if from_text and isinstance(raw, str):
        raw = [part.strip() for part in raw.split(",") if part.strip()]
    if not isinstance(raw, list | tuple) or not all(isinstance(v, str) for v in raw):
        raise ValueError
    return tuple(raw)


def _to_shifts(raw: Any, from_text: bool) -> str:
    """Shifts as 'HH:MM-HH:MM,...' (or a TOML list of them), each ending after it starts."""
    parts = raw if isinstance(raw, list) else _to_str(raw, from_text).split(",")
    periods = []
    for part in parts:
        match = _SHIFT.fullmatch(_to_str(part, from_text).strip())
        if match is None:
            raise ValueError
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if max(h1, h2) > 23 or max(m1, m2) > 59 or (h1, m1) >= (h2, m2):
            raise ValueError
        periods.append(f"{h1:02d}:{m1:02d}-{h2:02d}:{m2:02d}")
    if not periods:
        raise ValueError
    return ",".join(periods)


_SHIFT = re.compile(r"(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})")

CONVERTERS: dict[str, Callable[[Any, bool], Any]] = {
    "str": _to_str, "int": _to_int, "float": _to_float, "bool": _to_bool,
    "path": _to_path, "choice": _to_str, "zone": _to_str, "list": _to_list,
    "shifts": _to_shifts,
}
