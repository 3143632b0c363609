"""The report facts are folded from the audit events after the saves' own transactions
(m018): a crash between a save's commit and its fold, or in the middle of the fold, never
leaves a report wrong: the store folds what is left when it opens, and before a report."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from datetime import time as day_time
from pathlib import Path

import fold_crasher
import pytest
import reportbulk
import reportref
from storehelp import open_db

from kiosk.domain.enrollment import Enrollment, State
from kiosk.options import load_settings
from kiosk.reports.service import report, scope_from
from kiosk.store import report_facts
from kiosk.store.store import Store

FIRST, END = fold_crasher.FIRST, fold_crasher.END
SCOPES = [(FIRST, FIRST + timedelta(days=3), None), (FIRST + timedelta(days=1),
          FIRST + timedelta(days=2), None), (FIRST, FIRST + timedelta(days=3), "07:30-12:00")]


def _folded(data: Path) -> tuple[int, int]:
    """(the watermark, the last event's seq) as the file holds them."""
    db = open_db(data / "kiosk.db", read_only=True)
    try:
        return report_facts.watermark(db), db.execute("SELECT max(seq) FROM events"
                                                      ).fetchone()[0]
    finally:
        db.close()


def _assert_reports_are_the_replay(store: Store) -> None:
    for first, last, shift in SCOPES:
        scope = scope_from(load_settings(environ={}), first, last, shift)
        replay = reportref.compute(store.read(lambda r, s=scope: reportref.collect_from_events(
            r, s.since, s.until)), scope, END)
        new = report(store, scope, now=END)
        assert new.desks == replay.desks
        for table_id, table in replay.tables.items():
            assert new[table_id] == table, table_id


@pytest.mark.parametrize("where", ["gap", "fold"])
def test_a_kill_after_the_saves_commit_leaves_no_report_wrong(tmp_path: Path,
                                                              where: str) -> None:
    data = tmp_path / "data"
    tests = Path(__file__).resolve().parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tests), str(tests.parent)])}
    child = subprocess.run([sys.executable, str(tests / "fold_crasher.py"), str(data), where],
                           env=env, capture_output=True, timeout=600)
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()[-2000:]
    watermark, last = _folded(data)
    assert 0 < watermark < last  # the first half folded, the rest (or the fold) lost
    with Store.open(data, key_backend="file") as store:
        assert _folded(data)[0] == last  # folded at open
        _assert_reports_are_the_replay(store)


def test_a_report_read_before_the_fold_is_exact(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kiosk.store.store.FOLD_DELAY_S", 3600.0)
    with Store.open(tmp_path / "data", key_backend="file") as store:
        reportbulk.seed(store, reportbulk.plan(200, FIRST, end=END), batch=50, fold=False)
        assert store.read(lambda r: report_facts.pending(r.db))
        _assert_reports_are_the_replay(store)
        assert not store.read(lambda r: report_facts.pending(r.db))


def test_the_writer_folds_once_the_saves_pause(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kiosk.store.store.FOLD_DELAY_S", 0.05)
    with Store.open(tmp_path / "data", key_backend="file") as store:
        reportbulk.seed(store, reportbulk.plan(20, FIRST, end=END), fold=False)
        deadline = time.monotonic() + 60  # a busy machine may delay the fold thread
        while store.read(lambda r: report_facts.pending(r.db)) and time.monotonic() < deadline:
            store.write(lambda _r: None).result(timeout=1)  # poll the condition
        assert not store.read(lambda r: report_facts.pending(r.db))


def test_a_clean_close_folds_what_is_left(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kiosk.store.store.FOLD_DELAY_S", 3600.0)
    data = tmp_path / "data"
    with Store.open(data, key_backend="file") as store:
        reportbulk.seed(store, reportbulk.plan(20, FIRST, end=END), fold=False)
        assert store.read(lambda r: report_facts.pending(r.db))
    watermark, last = _folded(data)
    assert watermark == last


CLOSE_AT_EXIT = """
import atexit, sys
from pathlib import Path
import reportbulk, fold_crasher
from kiosk.store import store as store_module
from kiosk.store.store import Store
store_module.FOLD_DELAY_S = 3600.0
store = Store.open(Path(sys.argv[1]), key_backend="file")
atexit.register(store.close)  # as the demo station closes its services
reportbulk.seed(store, reportbulk.plan(10, fold_crasher.FIRST, end=fold_crasher.END),
                fold=False)
"""


def test_a_store_closed_at_interpreter_exit_ends_quietly_and_folds_at_the_next_open(
        tmp_path: Path) -> None:
    """Closed by an atexit callback, after the interpreter has shut the writer's executor
    down: no traceback ("cannot schedule new futures after shutdown"), every save kept, and
    what was not folded is folded at the next open."""
    data = tmp_path / "data"
    tests = Path(__file__).resolve().parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tests), str(tests.parent)])}
    child = subprocess.run([sys.executable, "-c", CLOSE_AT_EXIT, str(data)], env=env,
                           capture_output=True, text=True, timeout=600)
    assert child.returncode == 0 and "Traceback" not in child.stderr, child.stderr[-2000:]
    with Store.open(data, key_backend="file") as store:
        assert not store.read(lambda r: report_facts.pending(r.db))
        assert store.read(lambda r: r.db.execute("SELECT count(*) FROM enrollments"
                                                 ).fetchone()[0]) > 0


def test_m018_starts_the_watermark_at_the_last_event_after_a_backup(tmp_path: Path) -> None:
    from kiosk.store import chains, keys

    data = tmp_path / "data"
    with Store.open(data, key_backend="file") as store:
        reportbulk.seed(store, reportbulk.plan(60, FIRST, end=END))
        facts = store.read(lambda r: r.db.execute("SELECT * FROM report_facts ORDER BY 1"
                                                  ).fetchall())
        stations = store.read(lambda r: r.db.execute(
            "SELECT id, station FROM approvals ORDER BY id").fetchall())
    assert stations and all(station for _, station in stations)
    db = open_db(data / "kiosk.db")  # back to m017's shape, facts folded as m017 did
    db.conn.executescript(
        "DROP TRIGGER events_chain; DROP TRIGGER account_events_chain; "
        "CREATE TABLE meta_old (key TEXT PRIMARY KEY, value TEXT NOT NULL); "
        "INSERT INTO meta_old SELECT key, value FROM meta WHERE key != 'report_facts_seq'; "
        "DROP TABLE meta; ALTER TABLE meta_old RENAME TO meta; "
        f"{chains.trigger_sql('events')}; {chains.trigger_sql('account_events')}; "
        "CREATE INDEX biometrics_enrollment ON biometrics(enrollment_id); "
        "ALTER TABLE approvals DROP COLUMN station; "
        "DELETE FROM _sqlite_migrations WHERE name = 'm018_fewer_pages_per_save';")
    db.close()
    with Store.open(data, key_backend="file") as store:
        db = store.read(lambda r: r.db)
        assert _folded(data)[0] == db.execute("SELECT max(seq) FROM events").fetchone()[0]
        assert db.execute("SELECT * FROM report_facts ORDER BY 1").fetchall() == facts
        assert db.execute("SELECT id, station FROM approvals ORDER BY id").fetchall() == stations
        names = {i.name for i in db["biometrics"].indexes}
        assert "biometrics_enrollment" not in names  # (m019 then rebuilt the table's indexes)
        assert "biometrics_enrollment_sample" in names
        assert "WITHOUT ROWID" in db.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'meta'").fetchone()[0]
        store.write(lambda r: r.record_event(_first_id(r), "officer-7", "note", {"n": 1})
                    ).result()
        key, _ = keys.require_key(data, "file")
        for table in ("events", "account_events"):  # the chains still verify and grow
            assert chains.first_broken(db, table, key) is None
    assert any(b.name.endswith("before-m018_fewer_pages_per_save.db")
               for b in (data / "backups").iterdir())


def _first_id(repo) -> str:
    return repo.db.execute("SELECT id FROM enrollments ORDER BY id LIMIT 1").fetchone()[0]


def test_a_fold_that_fails_at_open_never_stops_the_station(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kiosk.store.store.FOLD_DELAY_S", 3600.0)
    data = tmp_path / "data"
    store = Store.open(data, key_backend="file")
    reportbulk.seed(store, reportbulk.plan(20, FIRST, end=END), fold=False)
    store._stopping.set()  # gone as in a crash: no fold on close
    store._executor.shutdown(wait=True)
    store._closed = True
    store._writer.db.close()

    def broken(db) -> int:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(report_facts, "fold", broken)
        with Store.open(data, key_backend="file") as reopened:
            assert reopened.read(lambda r: report_facts.pending(r.db))
            with pytest.raises(Exception, match=r"No space left|disk"):
                reopened.fold_reports()  # a report names the error
    with Store.open(data, key_backend="file") as reopened:
        assert not reopened.read(lambda r: report_facts.pending(r.db))
        _assert_reports_are_the_replay(reopened)


def test_an_enrollment_saved_whole_is_folded_as_saved_like_the_replay(tmp_path: Path) -> None:
    """An enrollment created finalized (one ``created`` event whose to_state is finalized)
    counts as saved at that event, in the facts as in the audit-trail replay."""
    clock = reportbulk.Clock()
    with Store.open(tmp_path / "data", key_backend="file") as store, clock.installed(store):
        reportbulk.seed(store, reportbulk.plan(30, FIRST, end=END), fold=False)
        clock.now = moment = datetime.combine(FIRST + timedelta(days=1), day_time(10, 0),
                                              reportbulk.ZONE).astimezone(UTC)
        whole = Enrollment.start("HN-DESK-2", "off.an", moment)
        store.write(lambda r: r.save_enrollment(whole.to(State.CAPTURED).to(State.FINALIZED),
                                                {"surname": "KIM"}, actor="off.an")).result()
        [event] = store.read(lambda r: r.events(whole.id))
        assert (event["event"], event["to_state"]) == ("created", "finalized")
        _assert_reports_are_the_replay(store)  # (folds first)
        saved = store.read(lambda r: r.db.execute(
            "SELECT saved_at FROM report_facts WHERE enrollment_id = ?", [whole.id]).fetchone())
        assert saved == (event["at"],)


def test_a_malformed_event_is_left_out_and_counted_never_a_stop_for_later_ones(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """One audit event the fold cannot read (an NFIQ 2 score out of range) is left out, logged
    by its number and counted on the report; every later event is still folded."""
    monkeypatch.setattr("kiosk.store.store.FOLD_DELAY_S", 3600.0)
    clock = reportbulk.Clock()
    with Store.open(tmp_path / "data", key_backend="file") as store, clock.installed(store):
        reportbulk.seed(store, reportbulk.plan(20, FIRST, end=END), fold=False)
        first = store.read(_first_id)
        store.write(lambda r: r.record_event(first, "off.an", "fingerprints_reviewed",
                                             {"nfiq2": {"1": 300}})).result()
        clock.now = datetime.combine(FIRST + timedelta(days=1), day_time(10, 0),
                                     reportbulk.ZONE).astimezone(UTC)
        later = Enrollment.start("HN-DESK-2", "off.an", clock.now)
        store.write(lambda r: r.save_enrollment(later.to(State.CAPTURED).to(State.FINALIZED),
                                                {"surname": "KIM"}, actor="off.an")).result()
        store.fold_reports()
        assert not store.read(lambda r: report_facts.pending(r.db))
        assert store.read(lambda r: r.db.execute(
            "SELECT saved_at IS NOT NULL FROM report_facts WHERE enrollment_id = ?",
            [later.id]).fetchone()) == (1,)
        scope = scope_from(load_settings(environ={}), FIRST, FIRST + timedelta(days=3))
        assert report(store, scope, now=END).uncounted == 1
    assert "could not be counted in the reports: ValueError" in caplog.text
    assert "KIM" not in caplog.text
