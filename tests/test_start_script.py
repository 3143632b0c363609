"""The README's start command as a fresh station runs it: no display, nothing configured."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run not installed "
                    "(scripts/bootstrap.sh installs it: apt-get install xvfb xauth)")
def test_scripts_start_without_a_display_opens_the_kiosk_on_a_virtual_one(
        tmp_path: Path) -> None:
    """With no DISPLAY, ``bash scripts/start`` and its GUI options run on Xvfb (the option
    once went straight to Qt, which aborted: "could not connect to display")."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("KIOSK_", "QT_", "XDG_"))
           and k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["HOME"] = str(tmp_path)  # nothing configured, a fresh data folder
    done = subprocess.run(["bash", "scripts/start", "--quit-after-first-screen"], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "virtual display (Xvfb)" in done.stdout + done.stderr
    assert (tmp_path / ".local" / "share" / "kiosk" / "kiosk.db").is_file(), done.stderr[-3000:]
