"""Every report figure computed from a seeded database with known answers (see reportseed)."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from reportseed import ZONE, Clock, enroll, face, fast_accounts, fingers, held, seed

from kiosk.desk.session import DeskSession
from kiosk.options import load_settings
from kiosk.reports.csv_export import write_csv
from kiosk.reports.exchange import ReportFileInvalid, read_station_file, write_station_file
from kiosk.reports.figures import median, percentile
from kiosk.reports.service import build, offline_standing, scope_from
from kiosk.store.store import Store

D1, D2 = date(2026, 11, 23), date(2026, 11, 24)
DESK = "HN-DESK-1"


@pytest.fixture
def seeded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    clock = Clock()
    store = Store.open(tmp_path / "data", key_backend="file", clock=clock)
    ids = seed(store, clock, fast_accounts(store))
    clock.at("D2 12:00")
    yield store, clock, ids
    store.close()


def _report(store: Store, clock: Clock, first=D1, last=D2, shift=None, imported=None):
    scope = scope_from(load_settings(environ={}), first, last, shift)
    return build(store, scope, imported, clock.now)


def test_enrollments_per_shift_day_and_officer(seeded) -> None:
    store, clock, _ids = seeded
    _facts, report = _report(store, clock)
    assert report.desks == (DESK,)
    assert report["by_shift"].columns == ("day", "shift", DESK, "total")
    assert report["by_shift"].rows == (
        ("2026-11-23", "07:30-12:00", 2, 2), ("2026-11-23", "12:00-17:00", 1, 1),
        ("2026-11-23", "17:00-21:30", 1, 1), ("2026-11-23", "outside", 1, 1),
        ("2026-11-24", "07:30-12:00", 1, 1), ("2026-11-24", "12:00-17:00", 0, 0),
        ("2026-11-24", "17:00-21:30", 0, 0))
    assert report["by_day"].rows == (("2026-11-23", 5, 5), ("2026-11-24", 1, 1))
    # off.an: 360, 600, 300, 300 s -> median 330; off.binh: 240, 1200 -> 720
    assert report["by_officer"].rows == (("off.an", 4, 4, 330.0), ("off.binh", 2, 2, 720.0))


def test_time_from_start_to_save(seeded) -> None:
    store, clock, _ids = seeded
    _facts, report = _report(store, clock)
    # 240 300 300 360 600 1200: median (300 + 360) / 2, p90 = rank ceil(5.4) = 6th
    assert report["durations"].rows == ((DESK, 6, 330.0, 1200.0), ("all", 6, 330.0, 1200.0))
    assert median([1, 2, 3, 4]) == 2.5
    assert percentile(range(1, 21), 90) == 18.0 and percentile([5], 90) == 5.0
    assert percentile([], 90) is None


def test_a_shift_filter_keeps_only_that_shift(seeded) -> None:
    store, clock, _ids = seeded
    _facts, report = _report(store, clock, shift="07:30-12:00")
    assert report["by_shift"].rows == (("2026-11-23", "07:30-12:00", 2, 2),
                                       ("2026-11-24", "07:30-12:00", 1, 1))
    assert report["durations"].rows[-1] == ("all", 3, 360.0, 600.0)  # 300 360 600
    # E1 and E2 (E5 held nothing): sharpness held E2 8 frames 1.4 s; yaw E1 3 + E2 2 frames
    assert report["face_checks"].rows == (("sharpness", 1, 1, 8, 1.4, 1),
                                          ("yaw", 2, 2, 5, 0.6, 1))
    times = report["backlog"].column("time")
    assert times[0] == "2026-11-23 08:00" and "2026-11-23 13:00" not in times


def test_face_checks_ranked_by_how_long_they_held_the_live_capture_back(seeded) -> None:
    store, clock, _ids = seeded
    facts, report = _report(store, clock)
    table = report["face_checks"]
    assert table.columns == ("check", DESK, "total", "blocked_frames", "blocked_s", "kept")
    # sharpness E2 1.4 s + E4 0.4 s; expression E3 0.2 s + 1 s (a 5 s gap is capped); yaw
    # E1 0.4 s + E2 0.2 s: yaw held more enrollments back than expression, but for less time
    assert table.rows == (("sharpness", 2, 2, 11, 1.8, 2), ("expression", 1, 1, 3, 1.2, 0),
                          ("yaw", 2, 2, 5, 0.6, 1))
    [e3] = [f for f in facts.face if f["enrollment"] == _ids["E3"]]
    assert e3["blocked"] == {"expression": {"frames": 3, "seconds": 1.2}}


def test_a_retaken_photo_adds_its_blocking_to_the_enrollment(seeded) -> None:
    store, clock, ids = seeded
    clock.at("D2 11:30")
    desk = DeskSession(store, DESK, "off.an")
    desk.enrollment_id = ids["E6"]  # the draft: photo retaken, then saved
    desk.save_face(face(blocked=held([("glare",)] * 6)))
    desk.finalize()
    events = [e for e in store.read(lambda r: r.events(ids["E6"]))
              if e["event"] == "face_captured"]
    assert [e["detail"].get("blocked") is not None for e in events] == [False, True]
    assert set(events[-1]["detail"]["blocked"]) == {"frames", "seconds", "checks"}
    _facts, report = _report(store, clock)
    assert report["face_checks"].rows[0] == ("sharpness", 2, 2, 11, 1.8, 2)
    assert ("glare", 1, 1, 6, 1.0, 0) in report["face_checks"].rows


def test_nfiq2_distribution_per_finger_position(seeded) -> None:
    store, clock, _ids = seeded
    _facts, report = _report(store, clock)
    table = report["nfiq2"]
    assert table.columns == ("position", "count", "median", "min", "0-19", "20-39", "40-59",
                             "60-79", "80-100")
    rows = {row[0]: row[1:] for row in table.rows}
    assert sorted(rows) == list(range(1, 11))
    # position 2: E1 60, E2 30, E3 80, E4 35, E8 90, E5 50
    assert rows[2] == (6, 55.0, 30, 0, 2, 1, 1, 2)
    # position 1: 60 30 80 70 90 50
    assert rows[1] == (6, 65.0, 30, 0, 1, 1, 2, 2)
    # position 10 (excepted for E3): 60 30 70 90 50
    assert rows[10] == (5, 60.0, 30, 0, 1, 1, 2, 1)


def test_force_captures_and_exceptions_with_reasons_and_decisions(seeded) -> None:
    store, clock, ids = seeded
    _facts, report = _report(store, clock)
    listing = [(r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10])
               for r in report["exceptions"].rows]
    assert listing == [
        (ids["E2"], "force_face", "", "", "medical condition", "approved", "sup.lan", ""),
        (ids["E3"], "finger_exception", "10", "amputated", "since childhood", "approved",
         "sup.lan", ""),
        (ids["E4"], "force_face", "", "", "tremor", "not_required", "", ""),
        (ids["E4"], "force_fingers", "2,3,4,5", "", "worn ridges", "approved", "sup.lan",
         "checked at desk 2"),
    ]
    assert report["exceptions"].rows[0][:3] == ("2026-11-23 10:00", DESK, "off.an")
    assert sorted(report["exception_reasons"].rows) == [
        ("finger_exception", "since childhood", 1, 1), ("force_face", "medical condition", 1, 1),
        ("force_face", "tremor", 1, 1), ("force_fingers", "worn ridges", 1, 1)]


def test_rejected_uploads_with_server_reasons(seeded) -> None:
    store, clock, ids = seeded
    _facts, report = _report(store, clock)
    assert report["rejections"].rows == (
        ("2026-11-23 11:00", DESK, ids["E2"], "portrait not compliant"),
        ("2026-11-23 14:30", DESK, ids["E3"], "packet too large"))
    assert sorted(report["rejection_reasons"].rows) == [("packet too large", 1, 1),
                                                        ("portrait not compliant", 1, 1)]


def test_sync_backlog_and_its_age_over_time(seeded) -> None:
    store, clock, _ids = seeded
    _facts, report = _report(store, clock)
    table = report["backlog"]
    assert table.columns == ("time", DESK, "total", f"oldest_min:{DESK}", "oldest_min")
    series = {row[0]: (row[2], row[4]) for row in table.rows}
    assert len(table.rows) == 37  # every hour D1 00:00 .. D2 12:00 (now)
    assert series["2026-11-23 08:00"] == (0, 0.0)
    assert series["2026-11-23 14:00"] == (1, 56.0)  # E3 queued 13:04
    assert series["2026-11-23 15:00"] == (0, 0.0)
    assert series["2026-11-23 19:00"] == (1, 40.0)  # E4 since 18:20
    assert series["2026-11-23 22:00"] == (2, 220.0)  # E4, E8
    assert series["2026-11-24 12:00"] == (3, 1060.0)  # E4, E8, E5; oldest 17 h 40 min


def test_csv_export_one_file_per_table(seeded, tmp_path: Path) -> None:
    store, clock, _ids = seeded
    _facts, report = _report(store, clock)
    paths = write_csv(report, tmp_path / "csv", "hn-desk-1")
    assert [p.name for p in paths] == [f"hn-desk-1-{t}.csv" for t in report.tables]
    with open(tmp_path / "csv" / "hn-desk-1-durations.csv", encoding="utf-8-sig") as handle:
        assert list(csv.reader(handle)) == [["desk", "count", "median_s", "p90_s"],
                                            [DESK, "6", "330.0", "1200.0"],
                                            ["all", "6", "330.0", "1200.0"]]


def test_reports_read_metadata_only(seeded, monkeypatch: pytest.MonkeyPatch) -> None:
    store, clock, _ids = seeded

    def refuse(*_args):
        raise AssertionError("a report decrypted a biometric payload")

    monkeypatch.setattr("kiosk.store.crypto.PayloadCipher.open", refuse)
    _facts, report = _report(store, clock)
    assert report["nfiq2"].rows


def test_two_stations_merge_with_per_desk_columns(seeded, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    store, clock, _ids = seeded
    other = Store.open(tmp_path / "desk2", key_backend="file", clock=clock)
    try:
        enroll(other, clock, "off.chi", "D1 08:30", "D1 08:40",
               face("forced", ("yaw",), "x", blocked=held([("yaw",)] * 4)),
               fingers(lambda p: 40), station="HN-DESK-2")
        clock.at("D2 12:00")
        facts2, _report2 = _report(other, clock)
        scope = scope_from(load_settings(environ={}), D1, D2)
        path = write_station_file(tmp_path / "desk2.json", "HN-DESK-2", facts2, scope,
                                  clock.now)
    finally:
        other.close()
    imported = read_station_file(path)
    assert imported.station == "HN-DESK-2"
    _facts, report = _report(store, clock, imported=imported.facts)
    assert report.desks == (DESK, "HN-DESK-2")
    assert report["by_shift"].columns == ("day", "shift", DESK, "HN-DESK-2", "total")
    assert report["by_shift"].rows[0] == ("2026-11-23", "07:30-12:00", 2, 1, 3)
    assert report["durations"].rows == ((DESK, 6, 330.0, 1200.0), ("HN-DESK-2", 1, 600.0, 600.0),
                                        ("all", 7, 360.0, 1200.0))
    # yaw 0.6 s here + 0.6 s there ties expression's 1.2 s: more enrollments rank first
    assert report["face_checks"].rows == (("sharpness", 2, 0, 2, 11, 1.8, 2),
                                          ("yaw", 2, 1, 3, 9, 1.2, 2),
                                          ("expression", 1, 0, 1, 3, 1.2, 0))
    assert report["by_officer"].rows[2] == ("off.chi", 0, 1, 1, 600.0)
    nfiq = {row[0]: row for row in report["nfiq2"].rows}
    assert report["nfiq2"].columns[-2:] == (f"median:{DESK}", "median:HN-DESK-2")
    assert nfiq[2][-2:] == (55.0, 40.0)
    assert report["backlog"].column("HN-DESK-2")[-1] == 1  # never uploaded
    # importing the same desk again replaces it, never doubles it
    _facts, again = _report(store, clock, imported=imported.facts.merged(imported.facts))
    assert again["by_shift"].rows[0] == ("2026-11-23", "07:30-12:00", 2, 1, 3)


def test_a_damaged_or_foreign_station_file_is_refused(tmp_path: Path) -> None:
    cases = {"not json": "{", "other": json.dumps({"format": "x"}),
             "newer": json.dumps({"format": "kiosk-station-report", "version": 99}),
             "rows": json.dumps({"format": "kiosk-station-report", "version": 1,
                                 "station": "A", "generated_at": "2026-11-23T00:00:00+00:00",
                                 "facts": {"enrollments": [{"id": "x"}]}})}
    for name, text in cases.items():
        path = tmp_path / f"{name}.json"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(ReportFileInvalid):
            read_station_file(path)


def test_shifts_are_a_typed_option() -> None:
    settings = load_settings(environ={"KIOSK_REPORTS_SHIFTS": "06:00-14:00,14:00-22:00"})
    scope = scope_from(settings, D1, D1)
    assert [s.label for s in scope.shifts] == ["06:00-14:00", "14:00-22:00"]
    assert scope.since.tzinfo == ZONE
    from kiosk.options import ConfigError

    with pytest.raises(ConfigError):
        load_settings(environ={"KIOSK_REPORTS_SHIFTS": "14:00-06:00"})


def test_days_without_sync_against_the_limit(seeded) -> None:
    """E4, E5 and E8 wait to leave the desk; the oldest (E4, finalized D1 18:20) is measured
    against sync.max_days_offline: a warning from 80 %, then new enrollments stop."""
    store, clock, _ids = seeded
    standing = offline_standing(store, 7.0)
    assert standing.state == "ok" and standing.limit_days == 7.0
    assert 0.5 < standing.waiting_days < 1.0
    clock.at("D1 18:20")
    clock.now += timedelta(days=6)
    assert offline_standing(store, 7.0).state == "warning"
    clock.now += timedelta(days=2)
    blocked = offline_standing(store, 7.0)
    assert blocked.blocked and 7.0 < blocked.waiting_days < 8.1
    assert offline_standing(store, 0).state == "ok"  # 0: no limit
