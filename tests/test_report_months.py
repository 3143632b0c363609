"""The per-month roll-ups (report_months, m020) give exactly the figures of the per-day rows
and of the per-enrollment facts: random periods with partial months at both ends, shift
filters and moments, in zones without summer time on both sides of UTC and in one with it,
saves at the local edges of a month, imported station files, records that leave the queue
or are reviewed again in a month already rolled up, and m020 filling an existing database
after a backup."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
import reportbulk
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storehelp import open_db

from kiosk.domain.enrollment import State
from kiosk.reports import aggregate
from kiosk.reports.exchange import read_station_file, write_station_file
from kiosk.reports.facts import Facts
from kiosk.reports.figures import Report, Scope
from kiosk.reports.service import build, report
from kiosk.reports.shifts import parse_shifts
from kiosk.reports.tables import tables
from kiosk.store import report_days, report_months
from kiosk.store.store import Store

FIRST = date(2026, 1, 20)  # 2026-01-20 .. 2026-05-09: three full months between two parts
DAYS = 110
END = datetime.combine(FIRST + timedelta(days=DAYS - 1), time(20, 0),
                       reportbulk.ZONE).astimezone(UTC)
SHIFTS = "07:30-12:00,12:00-17:00,17:00-21:30"
ZONES = ("Asia/Ho_Chi_Minh", "America/Sao_Paulo", "Europe/Berlin")
NEVER_UPLOADED = 12  # January enrollments whose packets stay in the queue until moved


def _plans() -> list:
    plans = reportbulk.plan(DAYS * 6, FIRST, per_day=6, end=END)
    saved = [p for p in plans if any(step[1] == "finalize" for step in p)]
    # saves at the local edges of months (the zone of the seed: UTC+7)
    zone = reportbulk.ZONE
    edges = [datetime.combine(date(2026, 1, 31), time(23, 59, 59, 999_999), zone),
             datetime.combine(date(2026, 2, 1), time(0), zone),
             datetime.combine(date(2026, 2, 28), time(23, 59, 59, 999_999), zone),
             datetime.combine(date(2026, 3, 1), time(0, 0, 0, 1), zone),
             datetime.combine(date(2026, 3, 31), time(21, 30), zone),
             datetime.combine(date(2026, 4, 1), time(6, 59, 59), zone)]
    for steps, moment in zip(saved[40:], edges, strict=False):
        shift = moment.astimezone(UTC) - next(s[0] for s in steps if s[1] == "finalize")
        steps[:] = [(at + shift, name, args) for at, name, args in steps]
    for steps in saved[:NEVER_UPLOADED]:  # January: still waiting at the end
        steps[:] = [s for s in steps if s[1] not in ("upload", "accept", "reject", "cancel")]
    return plans


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = Store.open(tmp_path_factory.mktemp("months") / "data", key_backend="file")
    reportbulk.seed(store, _plans(), batch=300)
    yield store
    store.close()


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Facts:
    """A sixth desk's station file over the whole period."""
    folder = tmp_path_factory.mktemp("desk9")
    plans = [p for p in reportbulk.plan(DAYS * 2, FIRST, desks=1, per_day=2, seed=9, end=END)
             if p]
    for plan in plans:
        plan[0][2]["station"] = "HCM-DESK-9"
    with Store.open(folder / "data", key_backend="file") as other:
        reportbulk.seed(other, plans)
        scope = _scope(FIRST, FIRST + timedelta(days=DAYS - 1))
        facts, _ = build(other, scope, now=END)
        path = write_station_file(folder / "desk9.json", "HCM-DESK-9", facts, scope, END)
    return read_station_file(path).facts


def _scope(first: date, last: date, zone: str = "Asia/Ho_Chi_Minh",
           shift: str | None = None) -> Scope:
    return Scope(first, last, zone, parse_shifts(SHIFTS), shift)


@contextmanager
def _per_day_only() -> Iterator[None]:
    """Reports read no roll-up (and build none): the per-day path."""
    with mock.patch.object(report_months, "full_months", lambda first, last: iter(())):
        yield


def _per_day(store: Store, scope: Scope, now: datetime, imported: Facts | None) -> Report:
    with _per_day_only():
        return store.read(lambda r: aggregate.report(r, scope, now, imported))


def _per_enrollment(store: Store, scope: Scope, now: datetime) -> Report:
    def run(repo) -> Report:
        local = aggregate.partial(repo.db.conn, scope, now, aggregate._exceptions(repo, scope))
        return tables(local, tuple(sorted(local.stations)), scope, now)
    return store.read(run)


def _assert_same(store: Store, scope: Scope, now: datetime,
                 imported: Facts | None = None) -> Report:
    new = report(store, scope, imported, now)
    assert store.read(lambda r: report_days.config(r.db)) == aggregate.day_setup(scope)
    others = [_per_day(store, scope, now, imported)]
    if imported is None:
        others.append(_per_enrollment(store, scope, now))
    for other in others:
        assert new.desks == other.desks
        assert new.tables.keys() == other.tables.keys()
        for table_id, table in other.tables.items():
            assert new[table_id] == table, table_id
    return new


def _months(store: Store) -> set[date]:
    return {date.fromordinal(report_days.EPOCH_ORDINAL + m) for (m,) in store.read(
        lambda r: r.db.execute("SELECT DISTINCT month FROM report_months").fetchall())}


def test_full_months_of_a_period() -> None:
    def days(first: date, last: date) -> list[tuple[date, date]]:
        return [tuple(date.fromordinal(report_days.EPOCH_ORDINAL + d) for d in m)
                for m in report_months.full_months(
                    *(d.toordinal() - report_days.EPOCH_ORDINAL for d in (first, last)))]

    assert days(date(2024, 1, 1), date(2024, 3, 31)) == [
        (date(2024, 1, 1), date(2024, 1, 31)), (date(2024, 2, 1), date(2024, 2, 29)),
        (date(2024, 3, 1), date(2024, 3, 31))]
    assert days(date(2023, 12, 2), date(2024, 2, 28)) == [(date(2024, 1, 1), date(2024, 1, 31))]
    assert days(date(2023, 12, 1), date(2023, 12, 31)) == [(date(2023, 12, 1),
                                                            date(2023, 12, 31))]
    assert days(date(2023, 12, 1), date(2023, 12, 30)) == []
    assert days(date(2024, 2, 2), date(2024, 2, 2)) == []


def test_a_long_period_reads_its_full_months_from_the_roll_ups(office: Store) -> None:
    scope = _scope(FIRST, FIRST + timedelta(days=DAYS - 1))
    new = _assert_same(office, scope, END)
    assert _months(office) >= {date(2026, 2, 1), date(2026, 3, 1), date(2026, 4, 1)}
    assert sum(new["by_day"].column("total")) > 500
    rows = [row for row in new["by_day"].rows if row[0] == "2026-02-01"]
    assert rows and rows[0][-1] >= 1  # the save at local 00:00 on the first of the month


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.integers(-5, DAYS), length=st.integers(1, DAYS + 10),
       zone=st.sampled_from(ZONES), shift=st.sampled_from([None, "12:00-17:00", "outside"]),
       hours=st.integers(-48, 24 * (DAYS + 5)))
def test_random_periods_give_the_same_figures(office: Store, start: int, length: int,
                                              zone: str, shift: str | None,
                                              hours: int) -> None:
    first = FIRST + timedelta(days=start)
    scope = _scope(first, first + timedelta(days=length - 1), zone, shift)
    now = datetime.combine(FIRST, time(0), ZoneInfo(zone)) + timedelta(hours=hours)
    _assert_same(office, scope, now.astimezone(UTC))


def test_an_imported_station_file_merges_with_the_roll_ups(office: Store,
                                                           imported: Facts) -> None:
    for first, last, shift in ((FIRST, FIRST + timedelta(days=DAYS - 1), None),
                               (date(2026, 2, 10), date(2026, 4, 30), "07:30-12:00"),
                               (date(2026, 3, 1), date(2026, 3, 31), None)):
        new = _assert_same(office, _scope(first, last, shift=shift), END, imported)
        assert "HCM-DESK-9" in new.desks


def test_changes_in_a_rolled_up_month_roll_it_up_again(tmp_path: Path) -> None:
    january = date(2026, 1, 1)
    with Store.open(tmp_path / "data", key_backend="file") as store:
        reportbulk.seed(store, _plans(), batch=300)
        scope = _scope(january, date(2026, 5, 31))
        before = _assert_same(store, scope, END)
        # not May: it is still taking saves at END (the next would delete its rows)
        assert _months(store) == {date(2026, m, 1) for m in range(1, 5)}
        waiting = store.read(lambda r: [row[0] for row in r.db.execute(
            "SELECT enrollment_id FROM report_facts WHERE saved_us < ? AND left_us IS NULL",
            [aggregate.micros(datetime(2026, 2, 1, tzinfo=UTC))])])
        assert len(waiting) >= NEVER_UPLOADED // 2
        february = store.read(lambda r: r.db.execute(
            "SELECT enrollment_id, officer FROM report_facts WHERE saved_at >= '2026-02-10' "
            "ORDER BY saved_us LIMIT 1").fetchone())
        clock = reportbulk.Clock()
        later = END + timedelta(days=2)
        with clock.installed(store):
            def change(repo) -> None:
                for index, enrollment_id in enumerate(waiting):
                    clock.now = later + timedelta(minutes=index)
                    repo.transition(enrollment_id, State.UPLOADED, actor="sync")
                clock.now = later + timedelta(hours=1)
                repo.record_event(february[0], february[1], "fingerprints_reviewed",
                                  {"nfiq2": {str(p): 11 for p in range(1, 11)}})
            store.write(change).result()
        store.fold_reports()
        # left the queue, reviewed again: those months are rolled up no more
        assert _months(store) == {date(2026, m, 1) for m in range(3, 5)}
        after = _assert_same(store, scope, later + timedelta(hours=2))
        assert _months(store) == {date(2026, m, 1) for m in range(1, 5)}
        assert after["nfiq2"] != before["nfiq2"] and after["backlog"] != before["backlog"]
        # another zone rebuilds the per-day rows and rolls its own months up
        _assert_same(store, _scope(january, date(2026, 5, 31), "America/Sao_Paulo"), later)
        _assert_same(store, scope, later)


def test_m020_fills_the_roll_ups_of_an_existing_database_after_a_backup(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Store.open(data, key_backend="file") as store:
        reportbulk.seed(store, _plans(), batch=300)
        report(store, _scope(FIRST, FIRST + timedelta(days=DAYS - 1)), now=END)
        live = store.read(lambda r: r.db.execute(
            "SELECT * FROM report_months ORDER BY month, shift, station").fetchall())
    assert len({row[0] for row in live}) == 3
    db = open_db(data / "kiosk.db")
    db.conn.executescript("DROP TABLE report_months; DELETE FROM _sqlite_migrations WHERE "
                          "name = 'm020_report_months';")
    db.close()
    with Store.open(data, key_backend="file") as store:
        filled = store.read(lambda r: r.db.execute(
            "SELECT * FROM report_months ORDER BY month, shift, station").fetchall())
        # every month the per-day rows touch, the partial first and last ones too
        assert _months(store) == {date(2026, m, 1) for m in range(1, 6)}
        assert [row for row in filled if row[0] in {r[0] for r in live}] == live
        for first, last in ((FIRST, FIRST + timedelta(days=DAYS - 1)),
                            (date(2026, 1, 1), date(2026, 5, 31))):
            with mock.patch.object(report_months, "_build", side_effect=AssertionError):
                _assert_same(store, _scope(first, last), END)  # m020's rows, as they are
    assert any(b.name.endswith("before-m020_report_months.db")
               for b in (data / "backups").iterdir())
