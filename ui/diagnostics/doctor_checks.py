"""Qt checks for `kiosk doctor`: the platform plugin starts, and every language has a font."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterable

from kiosk.options import Settings
from kiosk.paths import program_command
from station.diagnostics.checks import Check, CheckResult


def check_qt(settings: Settings) -> Iterable[CheckResult]:
    env = dict(os.environ)
    has_display = bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))
    if not has_display:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    wanted = env.get("QT_QPA_PLATFORM", "the desktop's")
    try:
        probe = program_command("ui.shell.qt_probe", "--qt-probe")
        done = subprocess.run(probe, env=env, capture_output=True, text=True, timeout=60)
        info = json.loads(done.stdout) if done.returncode == 0 else None
    except (subprocess.TimeoutExpired, json.JSONDecodeError, OSError) as exc:
        info, done = None, None
        error = str(exc)
    else:
        error = (done.stderr.strip().splitlines() or ["no output"])[-1] if info is None else ""
    if info is None:
        yield CheckResult("qt platform", False, f"Qt could not start with {wanted} platform "
                          f"plugin: {error}. On Debian run: bash scripts/start (installs the "
                          "Qt libraries)")
        return
    note = "" if has_display else " (no display here: scripts/start uses a virtual display)"
    yield CheckResult("qt platform", True, f"Qt platform plugin '{info['platform']}' starts{note}")
    for language, font in info["fonts"].items():
        if font["family"] is None:
            yield CheckResult(f"font {language}", False,
                              "no installed font covers this language (Debian: fonts-noto-cjk)")
        else:
            kind = "" if font["preferred"] else " (fallback; install fonts-noto-cjk)"
            yield CheckResult(f"font {language}", True, f"{font['family']}{kind}")


def qt_checks() -> tuple[Check, ...]:
    """The checks ui adds to `kiosk doctor`."""
    return (check_qt,)
