"""Station-level audit events (who, when, what; never applicant data) in ``account_events``:
data leaving the station, the central service confirmed, configuration saved."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from kiosk.store.store import Store


def station_event(db: Database, at: str, actor: str, event: str,
                  detail: dict[str, Any] | None = None) -> None:
    """One row (call inside the caller's transaction on the writer thread): ``username`` and
    ``actor`` are the account that acted."""
    db.execute("INSERT INTO account_events (at, username, event, actor, detail) "
               "VALUES (?, ?, ?, ?, ?)",
               [at, actor, event, actor,
                json.dumps(detail, sort_keys=True, ensure_ascii=False) if detail else None])


def record(store: Store, actor: str, event: str, detail: dict[str, Any] | None = None) -> None:
    """Write one station event now and wait for it."""
    now = store.now().isoformat()
    store.write(lambda r: station_event(r.db, now, actor, event, detail)).result()


def events(store: Store, event: str | None = None) -> list[tuple[str, str, str, dict]]:
    """(at, actor, event, detail) of station events, oldest first (tests, reports)."""
    rows = store.read(lambda r: r.db.execute(
        "SELECT at, actor, event, detail FROM account_events WHERE (? IS NULL OR event = ?) "
        "ORDER BY seq", [event, event]).fetchall())
    return [(at, actor, ev, json.loads(detail) if detail else {}) for at, actor, ev, detail
            in rows]
