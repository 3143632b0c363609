"""Local, encrypted, crash-safe storage of enrollments (SQLite through sqlite-utils)."""

import sys

if "sqlite_utils" not in sys.modules and "numpy" not in sys.modules:
    # sqlite-utils imports numpy, if it can, only to map numpy values to column types; the
    # store never gives it numpy values, and numpy would cost the sign-in screen ~0.2 s
    # (more on a busy station). Hidden while sqlite-utils is imported; anyone may import it
    # afterwards.
    sys.modules["numpy"] = None  # type: ignore[assignment]
    try:
        import sqlite_utils.db  # noqa: F401
    finally:
        del sys.modules["numpy"]

from sqlite_utils import Database

__all__ = ["Database"]
