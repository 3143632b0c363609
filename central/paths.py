"""Where the service keeps its keys (and SQLite database) when not told."""

from __future__ import annotations

from pathlib import Path

import platformdirs


def default_data_dir() -> Path:
    """``central`` in the platform's per-user data folder of the kiosk."""
    return Path(platformdirs.user_data_dir("kiosk", appauthor=False)) / "central"
