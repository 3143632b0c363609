"""The report_facts table gives the same reports as the audit-trail replay it replaced, and
m013 fills it for an existing database (after a backup) exactly as the live writes do."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
import reportbulk
import reportref
from reportbulk import ZONE
from storehelp import open_db

from kiosk.options import load_settings
from kiosk.reports.exchange import read_station_file, write_station_file
from kiosk.reports.service import build, local_facts, report, scope_from
from kiosk.store.store import Store

FIRST = date(2026, 3, 1)
END = datetime.combine(FIRST + timedelta(days=5), time(12, 0), ZONE).astimezone(UTC)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory):
    """Five desks over six days (100 a day, some at night), rejections, cancellations and a
    queue still waiting at ``END``; and a sixth desk in a database of its own."""
    folder = tmp_path_factory.mktemp("office")
    store = Store.open(folder / "data", key_backend="file")
    reportbulk.seed(store, reportbulk.plan(600, FIRST, end=END), batch=200)
    other = Store.open(folder / "other", key_backend="file")
    plans = reportbulk.plan(120, FIRST, desks=1, per_day=30, seed=7, end=END)
    for plan in plans:
        plan[0][2]["station"] = "HCM-DESK-9"
    reportbulk.seed(other, plans)
    yield store, other, folder
    store.close()
    other.close()


def _old(store: Store, scope, now, imported=None):
    facts = store.read(lambda r: reportref.collect_from_events(r, scope.since, scope.until))
    merged = imported.merged(facts) if imported is not None else facts
    return reportref.compute(merged, scope, now)


SCOPES = [(FIRST, FIRST, None), (FIRST, FIRST + timedelta(days=5), None),
          (FIRST + timedelta(days=2), FIRST + timedelta(days=3), None),
          (FIRST + timedelta(days=5), FIRST + timedelta(days=5), None),
          (FIRST, FIRST + timedelta(days=5), "07:30-12:00"),
          (FIRST, FIRST + timedelta(days=9), "outside")]


@pytest.mark.parametrize(("first", "last", "shift"), SCOPES)
def test_every_table_is_the_same_as_the_audit_trail_replay(office, first, last, shift) -> None:
    store, _other, _folder = office
    scope = scope_from(load_settings(environ={}), first, last, shift)
    old, new = _old(store, scope, END), report(store, scope, now=END)
    assert new.desks == old.desks == tuple(f"HN-DESK-{d}" for d in range(1, 6))
    for table_id, table in old.tables.items():
        assert new[table_id] == table, table_id
    if first == FIRST and shift is None:  # the seed covers what the tables show
        assert new["rejections"].rows and new["exceptions"].rows
        assert any(row[6] for row in new["backlog"].rows)  # a desk's queue at some hour
        assert any(row[1] == "outside" and any(row[2:]) for row in new["by_shift"].rows)


def test_an_imported_desk_merges_as_before(office) -> None:
    store, other, folder = office
    scope = scope_from(load_settings(environ={}), FIRST, FIRST + timedelta(days=5))
    facts, _report = build(other, scope, now=END)
    path = write_station_file(folder / "desk9.json", "HCM-DESK-9", facts, scope, END)
    imported = read_station_file(path).facts
    narrower = scope_from(load_settings(environ={}), FIRST + timedelta(days=1),
                          FIRST + timedelta(days=2), "12:00-17:00")
    for each in (scope, narrower):
        old, new = _old(store, each, END, imported), report(store, each, imported, END)
        assert new.desks == old.desks and "HCM-DESK-9" in new.desks
        for table_id, table in old.tables.items():
            assert new[table_id] == table, table_id
    # a file of this very desk is replaced by the database, never added to it
    own = local_facts(store, scope)
    assert report(store, scope, own, END).tables == report(store, scope, None, END).tables


def test_the_station_file_facts_are_those_of_the_replay(office) -> None:
    store, _other, _folder = office
    scope = scope_from(load_settings(environ={}), FIRST + timedelta(days=1), FIRST +
                       timedelta(days=3))
    old = store.read(lambda r: reportref.collect_from_events(r, scope.since, scope.until))
    new = local_facts(store, scope)
    for part in ("enrollments", "exceptions", "rejections", "queue"):
        assert getattr(new, part) == getattr(old, part), part

    def key(row: dict) -> tuple:
        return row["enrollment"], row.get("position", 0)

    assert sorted(new.face, key=key) == sorted(old.face, key=key)
    assert sorted(new.fingers, key=key) == sorted(old.fingers, key=key)


def test_m013_fills_the_facts_of_an_existing_database_after_a_backup(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Store.open(data, key_backend="file") as store:
        reportbulk.seed(store, reportbulk.plan(150, FIRST, end=END))
    db = open_db(data / "kiosk.db")
    live = db.execute("SELECT * FROM report_facts ORDER BY enrollment_id").fetchall()
    assert len(live) == 150
    db.conn.executescript("DROP TABLE report_facts; DROP INDEX approvals_requested; "
                          "DROP INDEX enrollments_created; "
                          "DELETE FROM _sqlite_migrations WHERE name = 'm013_report_facts';")
    db.close()
    with Store.open(data, key_backend="file") as store:
        filled = store.read(lambda r: r.db.execute(
            "SELECT * FROM report_facts ORDER BY enrollment_id").fetchall())
    assert filled == live
    [backup] = (data / "backups").iterdir()
    assert backup.name.endswith("before-m013_report_facts.db")
