"""Local, encrypted, crash-safe storage of enrollments (SQLite through sqlite-utils)."""
