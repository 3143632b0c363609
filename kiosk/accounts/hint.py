"""Whether the station has accounts, known before the store opens: which start screen to draw.

Opening the encrypted store (SQLCipher's key derivation, the migrations check) takes longer
than drawing a screen, and the first screen only needs to know whether any account exists (the
sign-in screen) or not (the first account's set-up). The answer of the last open is kept in
``accounts.hint`` next to the database: :class:`~kiosk.accounts.service.Accounts` rewrites it
when it learns otherwise (the first account made, the store's answer once open). No database
file means no account. The hint only picks the screen: the store refuses a second "first"
account and checks every sign-in. Imports nothing of the store (it is read before the store
is imported).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
HINT_FILE = "accounts.hint"
DB_FILE_NAME = "kiosk.db"  # kiosk.store.database.DB_FILE_NAME (a test keeps them equal)
_WORDS = {"accounts": True, "none": False}


def accounts_hint(data_dir: Path) -> bool | None:
    """True if the station had accounts when last checked, False if it has none (or no
    database yet), None when unknown (never checked, unreadable): then wait for the store."""
    try:
        if not (data_dir / DB_FILE_NAME).exists():
            return False
        return _WORDS.get((data_dir / HINT_FILE).read_text(encoding="ascii").strip())
    except (OSError, UnicodeDecodeError):
        return None


def remember_accounts(data_dir: Path, exist: bool) -> None:
    """Keep what the store said (mode 600, replaced atomically); a folder that cannot be
    written only costs the next start its early screen."""
    word = next(text for text, value in _WORDS.items() if value is exist)
    target = data_dir / HINT_FILE
    temporary = data_dir / f".{HINT_FILE}.tmp"
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(word + "\n")
        os.replace(temporary, target)
    except OSError as exc:
        log.warning("cannot keep the accounts hint: %s", exc.strerror or exc)
