"""The reads the desk and the sync worker repeat (the Today list, an enrollment and its
payloads, the outbox reads, the status counts) go through indexes, never a whole-table scan,
on the current schema: a write-path change that drops or replaces an index (m019 rebuilt the
biometrics table) must keep them so."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from test_biometrics_migration import seed_old

from kiosk.store.repository import Repository
from kiosk.store.store import Store
from kiosk.sync import outbox

NOW = datetime.now(UTC)


def sample_reads(repo: Repository) -> None:
    face = next(s for s in repo.summaries(NOW - timedelta(days=1)) if s.has_face)
    record = repo.get(face.id)
    repo.load_payload(record.enrollment.id, record.biometrics[0].id)


READS: dict[str, tuple[Callable[[Repository], object], set[str]]] = {
    "Today list": (lambda r: r.summaries(NOW - timedelta(days=1)),
                   {"enrollments_created", "outbox_enrollment", "events_enrollment",
                    "biometrics_face", "approvals_enrollment"}),
    "an enrollment and a payload": (sample_reads, {"biometrics_enrollment_sample"}),
    "pending outbox": (lambda r: r.pending_outbox(), {"outbox_pending"}),
    "next uploads": (lambda r: outbox.next_uploads(r, 10, NOW), {"outbox_pending"}),
    "awaiting result": (lambda r: outbox.awaiting_result(r), {"enrollments_state"}),
    "queue status": (outbox.queue_stats, {"outbox_pending", "enrollments_state"}),
    "counts by state": (lambda r: r.counts_by_state(), {"enrollments_state"}),
}


def plans(store: Store, read: Callable[[Repository], object]) -> list[str]:
    """Each plan line of every statement ``read`` runs (traced, then explained)."""
    def job(repo: Repository) -> list[str]:
        seen: list[str] = []
        repo.db.conn.set_trace_callback(seen.append)
        try:
            read(repo)
        finally:
            repo.db.conn.set_trace_callback(None)
        lines = [str(row[-1]) for sql in seen if sql.startswith("SELECT")
                 for row in repo.db.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()]
        if repo.db.conn.in_transaction:
            repo.db.conn.rollback()
        return lines
    return store.write(job).result()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    data: Path = tmp_path_factory.mktemp("plans") / "data"
    seed_old(data)  # made on m018's schema, then migrated
    with Store.open(data, key_backend="file") as opened:
        yield opened


@pytest.mark.parametrize("name", READS)
def test_the_repeated_reads_use_their_indexes(store: Store, name: str) -> None:
    read, indexes = READS[name]
    lines = plans(store, read)
    assert lines, f"{name}: no statement traced"
    scans = [line for line in lines if line.startswith("SCAN") and "COVERING INDEX" not in line
             and "VIRTUAL TABLE" not in line]  # (json_each of the ids to skip)
    assert scans == [], f"{name} scans a table: {scans}"
    used = " ".join(lines)
    assert all(f"INDEX {index} " in f"{used} " for index in indexes), (name, lines)
