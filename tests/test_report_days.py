"""The per-day report totals (report_days, m016 and m017) give exactly the figures of the
per-enrollment facts and of the audit-trail replay: at local-day and shift boundaries, in a
zone with summer time, as records leave the queue or are rejected after a report, after a
retention purge, with several desks; a report in another zone or with other shifts
rebuilds them; m017 fills them as the live writes do; a day's desk with more saves than a
part holds keeps its figures in several parts."""

from __future__ import annotations

import struct
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import reportbulk
import reportref
import reportseed
from storehelp import open_db

from kiosk.domain.enrollment import State
from kiosk.options import load_settings
from kiosk.reports import aggregate
from kiosk.reports.figures import Report, Scope
from kiosk.reports.service import report, scope_from
from kiosk.reports.shifts import parse_shifts
from kiosk.reports.tables import tables
from kiosk.store import report_days
from kiosk.store.store import Store

FIRST = date(2026, 3, 27)  # Europe/Berlin changes to summer time on 2026-03-29


def _replayed(store: Store, scope: Scope, now: datetime) -> Report:
    facts = store.read(lambda r: reportref.collect_from_events(r, scope.since, scope.until))
    return reportref.compute(facts, scope, now)


def _per_enrollment(store: Store, scope: Scope, now: datetime) -> Report:
    """The same report from report_facts rows (the path taken without matching totals)."""
    def run(repo):
        exceptions = aggregate._exceptions(repo, scope)
        local = aggregate.partial(repo.db.conn, scope, now, exceptions)
        return tables(local, tuple(sorted(local.stations)), scope, now)
    return store.read(run)


def _assert_same(store: Store, scope: Scope, now: datetime) -> Report:
    new = report(store, scope, now=now)
    assert store.read(lambda r: report_days.config(r.db)) == aggregate.day_setup(scope)
    for other in (_replayed(store, scope, now), _per_enrollment(store, scope, now)):
        assert new.desks == other.desks
        for table_id, table in other.tables.items():
            if table_id == "backlog" and other is not None and scope.zone != "Asia/Ho_Chi_Minh":
                # the replay labels the hour skipped by summer time with its wall-clock
                # name (02:00), the reports with the local time of that instant (03:00)
                continue
            assert new[table_id] == table, table_id
    assert new["backlog"] == _per_enrollment(store, scope, now)["backlog"]
    return new


def _plan(end: datetime, count: int = 500):
    return reportbulk.plan(count, FIRST, end=end, per_day=60)


@pytest.fixture
def station(tmp_path: Path):
    store = Store.open(tmp_path / "data", key_backend="file")
    yield store
    store.close()


def _scope(first: date, last: date, zone: str = "Asia/Ho_Chi_Minh",
           shifts: str = "07:30-12:00,12:00-17:00,17:00-21:30", shift: str | None = None):
    return Scope(first, last, zone, parse_shifts(shifts), shift)


def test_every_range_and_shift_in_two_zones_and_other_shifts(station: Store) -> None:
    end = datetime.combine(FIRST + timedelta(days=8), time(23, 0), reportbulk.ZONE)
    reportbulk.seed(station, _plan(end.astimezone(UTC)))
    now = end.astimezone(UTC)
    for zone in ("Asia/Ho_Chi_Minh", "Europe/Berlin"):
        for shifts in ("07:30-12:00,12:00-17:00,17:00-21:30", "00:00-06:15,13:05-23:59"):
            labels = [s.label for s in parse_shifts(shifts)]
            for first, last in ((FIRST, FIRST), (FIRST + timedelta(days=1),
                                                  FIRST + timedelta(days=3)),
                                (FIRST, FIRST + timedelta(days=12))):
                for shift in (None, labels[0], "outside"):
                    _assert_same(station, _scope(first, last, zone, shifts, shift), now)


def test_saves_at_the_edges_of_a_local_day_and_of_a_shift(station: Store) -> None:
    zone = ZoneInfo("Asia/Ho_Chi_Minh")
    plans = [p for p in _plan(datetime(2027, 1, 1, tzinfo=UTC), count=60)
             if any(step[1] == "finalize" for step in p)][:6]
    edges = [datetime.combine(FIRST, time(23, 59, 59, 999_999), zone),
             datetime.combine(FIRST + timedelta(days=1), time(0), zone),
             datetime.combine(FIRST + timedelta(days=1), time(7, 29, 59, 999_999), zone),
             datetime.combine(FIRST + timedelta(days=1), time(7, 30), zone),
             datetime.combine(FIRST + timedelta(days=1), time(21, 30), zone),
             datetime.combine(FIRST + timedelta(days=1), time(12, 0), zone)]
    for steps, saved in zip(plans, edges, strict=True):  # save exactly at the edge
        shift = saved.astimezone(UTC) - next(s[0] for s in steps if s[1] == "finalize")
        steps[:] = [(at + shift, name, args) for at, name, args in steps]
    reportbulk.seed(station, plans)
    now = datetime.combine(FIRST + timedelta(days=3), time(0), zone).astimezone(UTC)
    for first, last, shift in ((FIRST, FIRST, None), (FIRST + timedelta(days=1),) * 2 + (None,),
                               (FIRST + timedelta(days=1),) * 2 + ("07:30-12:00",),
                               (FIRST + timedelta(days=1),) * 2 + ("outside",)):
        new = _assert_same(station, _scope(first, last, shift=shift), now)
        assert sum(new["by_day"].column("total")) >= 1


@pytest.mark.parametrize("part_size", [report_days.PART_SIZE, 2])
def test_records_that_change_state_after_a_report(station: Store, part_size: int,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report_days, "PART_SIZE", part_size)  # 2: most desks' days in parts
    end = datetime.combine(FIRST + timedelta(days=2), time(16, 0), reportbulk.ZONE)
    reportbulk.seed(station, _plan(end.astimezone(UTC), count=150))
    parts = station.read(lambda r: r.db.execute(
        "SELECT max(part), max(saved) FROM report_days").fetchone())
    assert parts[1] <= part_size and (parts[0] > 0) == (part_size == 2)
    scope = _scope(FIRST, FIRST + timedelta(days=2))
    first = _assert_same(station, scope, end.astimezone(UTC))
    waiting = store_ids(station, "finalized")
    assert waiting
    clock = reportbulk.Clock()
    with clock.installed(station):
        def move(repo) -> None:
            for index, enrollment_id in enumerate(waiting):
                clock.now = end.astimezone(UTC) + timedelta(minutes=index + 1)
                if index % 3 == 2:
                    repo.transition(enrollment_id, State.CANCELLED, actor="sup.lan",
                                    reason="withdrawn")
                    continue
                repo.transition(enrollment_id, State.UPLOADED, actor="sync")
                if index % 3 == 1:
                    repo.transition(enrollment_id, State.REJECTED, actor="sync",
                                    reason="duplicate applicant")
        station.write(move).result()
    later = (end + timedelta(hours=2)).astimezone(UTC)
    second = _assert_same(station, scope, later)
    assert second["backlog"] != first["backlog"]


def store_ids(store: Store, state: str) -> list[str]:
    return store.read(lambda r: [row[0] for row in r.db.execute(
        "SELECT id FROM enrollments WHERE state = ? ORDER BY id", [state])])


def test_a_retention_purge_keeps_every_figure(tmp_path: Path) -> None:
    clock = reportseed.Clock()
    with Store.open(tmp_path / "data", key_backend="file", clock=clock) as store:
        reportseed.seed(store, clock, reportseed.fast_accounts(store))
        now = clock.at("D2 12:00")
        scope = _scope(date(2026, 11, 23), date(2026, 11, 24))
        before = _assert_same(store, scope, now)

        def purge(repo) -> int:  # what outbox.purge_accepted deletes once a receipt verifies
            with repo.db.atomic():
                ids = [r[0] for r in repo.db.execute(
                    "SELECT id FROM enrollments WHERE state = 'accepted'")]
                for enrollment_id in ids:
                    repo.db.execute("DELETE FROM biometrics WHERE enrollment_id = ?",
                                    [enrollment_id])
                    repo.db.execute("DELETE FROM packet_data WHERE enrollment_id = ?",
                                    [enrollment_id])
                    repo.db.execute("UPDATE packets SET purged_at = ? WHERE enrollment_id = ?",
                                    [now.isoformat(), enrollment_id])
            return len(ids)
        assert store.write(purge).result() > 0
        assert store.read(lambda r: r.db.execute("SELECT count(*) FROM biometrics b JOIN "
                                                 "enrollments e ON e.id = b.enrollment_id "
                                                 "WHERE e.state = 'accepted'").fetchone()[0]) == 0
        assert _assert_same(store, scope, now).tables == before.tables


def test_m017_fills_the_totals_as_the_live_writes_do(tmp_path: Path) -> None:
    data = tmp_path / "data"
    end = datetime.combine(FIRST + timedelta(days=2), time(20, 0), reportbulk.ZONE)
    with Store.open(data, key_backend="file") as store:
        reportbulk.seed(store, _plan(end.astimezone(UTC), count=150))
    db = open_db(data / "kiosk.db")
    live = db.execute("SELECT * FROM report_days ORDER BY day, shift, station").fetchall()
    checks = dict(db.execute("SELECT id, name FROM report_checks").fetchall())
    assert len(live) > 10
    db.conn.executescript("DROP TABLE report_days; DROP TABLE report_checks; "
                          "DROP INDEX report_facts_rejections; DELETE FROM meta WHERE key = "
                          "'report_days'; DELETE FROM _sqlite_migrations WHERE name IN "
                          "('m016_report_days', 'm017_report_days_parts');")
    db.close()
    with Store.open(data, key_backend="file") as store:
        filled = store.read(lambda r: r.db.execute(
            "SELECT * FROM report_days ORDER BY day, shift, station").fetchall())
        again = store.read(lambda r: dict(r.db.execute(
            "SELECT id, name FROM report_checks").fetchall()))
        scope = scope_from(load_settings(environ={}), FIRST, FIRST + timedelta(days=2))
        _assert_same(store, scope, end.astimezone(UTC))
    assert set(again.values()) == set(checks.values())
    # the same totals (items in a row are in the order they were saved: compared as sets;
    # the parts of a day, shift and desk as one)
    assert _folded(filled, again) == _folded(live, checks)
    assert any(b.name.endswith("before-m016_report_days.db")
               for b in (data / "backups").iterdir())


def _folded(rows: list[tuple], checks: dict[int, str]) -> list[tuple]:
    """report_days rows with the parts of each day, shift and desk joined, their packed
    items decoded and sorted, face checks by name and summed."""
    joined: dict[tuple, list] = {}
    for day, shift, station, _part, saved, officers, spans, nfiq, face, queue, open_us in rows:
        entry = joined.setdefault((day, shift, station), [0, -1, [], [], [], {}])
        values = struct.unpack(f"<{len(face) // 8}q", face)
        pairs = struct.unpack(f"<{len(queue) // 8}q", queue)
        entry[0] += saved
        entry[1] = max(entry[1], open_us)
        entry[2] += zip(officers.split("\x1f"), struct.unpack(f"<{len(spans) // 8}q", spans),
                        strict=True)
        entry[3] += (nfiq[i:i + 10] for i in range(0, len(nfiq), 10))
        entry[4] += zip(pairs[::2], pairs[1::2], strict=True)
        for i in range(0, len(values), 5):
            total = entry[5].setdefault(checks[values[i]], [0, 0, 0, 0])
            total[:] = [a + b for a, b in zip(total, values[i + 1:i + 5], strict=True)]
    return [(*key, saved, open_us, sorted(items), sorted(nfiq), sorted(queue), sorted(face.items()))
            for key, (saved, open_us, items, nfiq, queue, face) in sorted(joined.items())]
