"""The shared vocabularies in SQL text: formatted here from their enums, never typed as
literals (``tests/test_vocabulary_sql.py`` fails on a bare one).

Literal text rather than bound parameters, so that a statement's text, and so its plan, stays
what it was: SQLite uses a partial index only when the query names its value
(``biometrics_face``: ``kind = 'face'``)."""

from __future__ import annotations

import enum
import re

_WORD = re.compile(r"[a-z][a-z0-9_]*")


def quoted(*members: enum.StrEnum) -> str:
    """``'pending', 'rejected'``: the members as SQL string literals, for ``= …`` or
    ``IN (…)``. Only plain lower-case words are vocabulary values (nothing to escape)."""
    if not members:
        raise ValueError("no value to quote")
    for member in members:
        if not isinstance(member, enum.StrEnum) or not _WORD.fullmatch(member.value):
            raise ValueError(f"not a vocabulary word: {member!r}")
    return ", ".join(f"'{member.value}'" for member in members)
