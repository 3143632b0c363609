"""m019: the biometrics table rebuilt with one index on the enrollment (no sample-id key):
every row and payload kept, after a backup; the queries that read samples still use an
index; a sample id stays unique within its enrollment; the foreign key still cascades."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from storehelp import data_key, image_bytes, samples

from kiosk.domain.enrollment import Enrollment, State
from kiosk.store import chains
from kiosk.store.errors import StoreError
from kiosk.store.records import BiometricSample
from kiosk.store.repository import Repository
from kiosk.store.schema import MIGRATIONS
from kiosk.store.store import Store

M019 = "m019_biometrics_one_index"
COLUMNS = "id, enrollment_id, kind, position, format, quality, meta, created_at, payload"


@contextlib.contextmanager
def before_m019() -> Iterator[None]:
    """Stores opened meanwhile stop before m019 (the schema a station has today)."""
    kept = list(MIGRATIONS._migrations)
    MIGRATIONS._migrations[:] = [m for m in kept if m.name < M019]
    try:
        yield
    finally:
        MIGRATIONS._migrations[:] = kept


def fingers(seed: int) -> list[BiometricSample]:
    return [BiometricSample("finger", "wsq", image_bytes("WSQ", seed + i), str(i), 50.0 + i,
                            {"nfiq2": 50 + i})
            for i in range(1, 11)]


def seed_old(data: Path) -> dict[str, list[str]]:
    """Enrollments in every shape a station holds, written by the store on m018's schema:
    finalized with a portrait and ten prints, a draft whose finger was captured again,
    a cancelled one (samples wiped). Returns each enrollment's sample ids."""
    ids: dict[str, list[str]] = {}
    with before_m019(), Store.open(data, key_backend="file") as store:
        assert M019 not in {m.name for m in MIGRATIONS.applied(store.read(lambda r: r.db))}
        for n in range(3):
            enrollment = Enrollment.start("HN-DESK-1", "officer-7")
            items = samples(n)[:1] + fingers(10 * n)
            store.write(lambda r, e=enrollment, s=items, n=n: r.save_enrollment(
                e, {"surname": f"NGUYEN {n}"}, s, actor="officer-7")).result()
            store.write(lambda r, e=enrollment: r.finalize(e.id, actor="officer-7")).result()
            ids[enrollment.id] = [s.id for s in items]
        draft = Enrollment.start("HN-DESK-1", "officer-7")
        store.write(lambda r: r.save_enrollment(draft, {"surname": "LE"}, samples(7),
                                                actor="officer-7")).result()
        again = BiometricSample("finger", "wsq", image_bytes("WSQ", 99), "right_index", 61.0)
        store.write(lambda r: r.add_biometrics(draft.id, [again], actor="officer-7")).result()
        ids[draft.id] = [s.id for s in store.read(lambda r: r.get(draft.id)).biometrics]
        gone = Enrollment.start("HN-DESK-1", "officer-7")
        store.write(lambda r: r.save_enrollment(gone, {}, samples(3), actor="o")).result()
        store.write(lambda r: r.cancel_draft(gone.id, "left", actor="o")).result()
        ids[gone.id] = []
    return ids


def rows(store: Store) -> list[tuple]:
    return sorted(store.read(lambda r: r.db.execute(f"SELECT {COLUMNS} FROM biometrics"
                                                    ).fetchall()))


def write(repo: Repository, sql: str, params: list) -> None:
    with repo.db.atomic():
        repo.db.execute(sql, params)


def plan(store: Store, sql: str, params: list) -> str:
    """The query plan of ``sql`` (on the writer: explaining a DELETE opens a transaction in
    the driver, which is rolled back)."""
    def explain(repo: Repository) -> list:
        try:
            return repo.db.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
        finally:
            if repo.db.conn.in_transaction:
                repo.db.conn.rollback()
    return " | ".join(str(row[-1]) for row in store.write(explain).result())


def test_m019_keeps_every_row_and_payload_after_a_backup(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ids = seed_old(data)
    with before_m019(), Store.open(data, key_backend="file") as store:
        old_rows = rows(store)
        payloads = {(e, s): store.read(lambda r, e=e, s=s: r.load_payload(e, s))
                    for e, sample_ids in ids.items() for s in sample_ids}
        records = {e: store.read(lambda r, e=e: r.get(e)) for e in ids}
    assert len(old_rows) == 11 * 3 + 3 and len(payloads) == len(old_rows)
    with Store.open(data, key_backend="file") as store:
        db = store.read(lambda r: r.db)
        assert M019 in {m.name for m in MIGRATIONS.applied(db)}
        assert rows(store) == old_rows
        for (e, s), payload in payloads.items():
            assert store.read(lambda r, e=e, s=s: r.load_payload(e, s)) == payload
        assert {e: store.read(lambda r, e=e: r.get(e)) for e in ids} == records
        columns = [c.name for c in db["biometrics"].columns]
        assert columns[-1] == "payload" and db["biometrics"].pks == ["rowid"]
        indexes = {i.name: (i.columns, i.unique) for i in db["biometrics"].indexes}
        assert indexes == {"biometrics_enrollment_sample": (["enrollment_id", "id"], 1),
                           "biometrics_face": (["enrollment_id"], 0)}
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        key = data_key(data)
        for table in ("events", "account_events"):
            assert chains.first_broken(db, table, key) is None
    assert any(b.name.endswith(f"before-{M019}.db") for b in (data / "backups").iterdir())


def test_after_m019_the_sample_queries_use_an_index_and_ids_stay_unique(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    ids = seed_old(data)
    enrollment_id = next(e for e, s in ids.items() if len(s) == 11)
    with Store.open(data, key_backend="file") as store:
        one = plan(store, "SELECT kind, payload FROM biometrics WHERE id = ? AND "
                          "enrollment_id = ?", [ids[enrollment_id][0], enrollment_id])
        assert "USING INDEX biometrics_enrollment_sample (enrollment_id=? AND id=?)" in one
        for sql in ("SELECT id, kind FROM biometrics WHERE enrollment_id = ? ORDER BY kind",
                    "DELETE FROM biometrics WHERE enrollment_id = ? AND kind = 'finger' AND "
                    "position = '1'"):
            assert "biometrics_enrollment_sample (enrollment_id=?)" in plan(
                store, sql, [enrollment_id])
        assert "SCAN" not in plan(store, "SELECT 1 FROM biometrics WHERE enrollment_id = ?",
                                  [enrollment_id])
        today = store.read(lambda r: r.summaries(Enrollment.start("x", "y").created_at
                                                 .replace(year=2000)))
        assert {s.id: s.has_face for s in today} == {e: bool(s) for e, s in ids.items()}
        duplicate = BiometricSample("finger", "wsq", b"x", "9", 40.0, id=ids[enrollment_id][1])
        unique = re.escape("UNIQUE constraint failed: biometrics.enrollment_id, biometrics.id")
        with pytest.raises(StoreError, match=unique):
            store.write(lambda r: write(
                r,
                "INSERT INTO biometrics (id, enrollment_id, kind, position, format, meta, "
                "created_at, payload) VALUES (?, ?, 'finger', '9', 'wsq', '{}', '', x'00')",
                [duplicate.id, enrollment_id])).result()
        store.write(lambda r: write(r, "DELETE FROM enrollments WHERE id = ?",
                                    [enrollment_id])).result()
        assert store.read(lambda r: r.db.execute(
            "SELECT count(*) FROM biometrics WHERE enrollment_id = ?", [enrollment_id]
        ).fetchone()[0]) == 0  # the foreign key still cascades
        state = store.read(lambda r: r.counts_by_state())
        assert state[State.FINALIZED] == 2 and state[State.CANCELLED] == 1


def test_the_writer_reconnects_after_migrating(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The connection that ran m019's ALTER TABLE ... RENAME stays slower for every later
    statement (about 0.1 ms a save, bench_save): the store works on a new one."""
    from kiosk.store import database

    opened: list[object] = []  # the connections themselves: their ids stay distinct
    connect = database.connect

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        db = connect(*args, **kwargs)
        opened.append(db)
        return db

    monkeypatch.setattr(database, "connect", counted)
    data = tmp_path / "data"
    with Store.open(data, key_backend="file") as store:
        writer = store.write(lambda r: r.db).result()
    assert writer is opened[1] and writer is not opened[0]  # migrated, then a new writer
    opened.clear()
    with Store.open(data, key_backend="file") as store:
        writer = store.write(lambda r: r.db).result()
    assert writer is opened[0]  # nothing to migrate: the first connection writes
