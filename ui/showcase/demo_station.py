"""A demo station for screenshots: a database seeded through the real desk, store, approval and
sync APIs (two days of a desk, report figures, pending approvals) in a temporary folder, and
the station facts the technician console shows (sync status, checks, a scanner survey).

Built once per process (:func:`services`); everything is invented. Only the clock is set while
seeding (on the store, which every part reads time from), then restored.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
from argon2 import PasswordHasher
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from devices.checkup import CaptureTrial, FoundScanner, ScannerSurvey, TriedFinger
from devices.ports import ScannerInfo, Segment
from kiosk.accounts.roles import Role
from kiosk.accounts.service import Accounts
from kiosk.biometrics.face.blocking import BlockTally
from kiosk.desk import approvals as desk_approvals
from kiosk.desk.results import Approval, FaceResult, FingerException, FingerprintSet, FingerSample
from kiosk.desk.session import DeskSession
from kiosk.domain.clock import SetClock
from kiosk.domain.eligibility import decide
from kiosk.domain.fingers import ALL_FINGERS, FingerPosition
from kiosk.options import Settings
from kiosk.store.approvals import ApprovalPending
from kiosk.store.store import Store
from kiosk.sync import outbox, receipt
from kiosk.sync.worker import SyncStatus
from station.diagnostics.checks import CheckResult
from station.services import Services
from ui.showcase import demo_data as demo

STATION = "HN-DESK-1"
ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
FIRST_DAY, LAST_DAY = demo.TODAY, demo.TODAY + timedelta(days=1)
PASSWORD = "giám sát viên 2026"

def local(day: int, hhmm: str) -> datetime:
    """Day 1 or 2 of the demo at a station-local time, as UTC."""
    hour, minute = map(int, hhmm.split(":"))
    base = datetime.combine(FIRST_DAY + timedelta(days=day - 1), datetime.min.time())
    return (base + timedelta(hours=hour, minutes=minute)).replace(tzinfo=ZONE).astimezone(UTC)


NOW = local(2, "12:00")  # when the supervisor looks


class _Clock(SetClock):
    def __init__(self) -> None:
        super().__init__(NOW)

    def at(self, day: int, hhmm: str) -> datetime:
        self.now = local(day, hhmm)
        return self.now


@contextmanager
def _clocked(store: Store, clock: _Clock) -> Iterator[None]:
    """The store (and everything reading time through it) at ``clock`` while seeding."""
    saved, store.clock = store.clock, clock
    try:
        yield
    finally:
        store.clock = saved


class DemoSync:
    """Stands for the sync worker: a desk online with a short queue."""

    def status(self) -> SyncStatus:
        return SyncStatus("backing_off", 3, 1, 1500.0, "sync.timeout", "read timed out", 40.0,
                          0, 12)

    def stop(self) -> None:
        pass


def _held(failed: tuple[str, ...]) -> dict:
    """What held the live capture back (counted as the face screen does, 0.2 s a frame):
    the applicant looked aside and blinked; a forced photo's failing checks never cleared."""
    tally = BlockTally()
    frames = [("yaw",)] * 6 + [("eyes_open",)] * 3 + [failed] * (25 if failed else 0) + [()]
    for index, names in enumerate(frames):
        tally.add(names, index * 0.2)
    return tally.as_dict()


def _face(mode: str = "auto", failed: tuple[str, ...] = (), reason: str | None = None,
          approval: Approval | None = None) -> FaceResult:
    checks = [{"name": n, "passed": False} for n in failed] + [{"name": "eyes_open",
                                                                "passed": True}]
    return FaceResult(demo.portrait_jpeg(120, 160), {"compliant": not failed, "checks": checks},
                      mode, NOW, "simulated", reason, approval, _held(failed))


def _fingers(score, forced: dict[int, tuple[str, Approval]] | None = None,
             excepted: dict[int, FingerException] | None = None) -> FingerprintSet:
    forced, excepted = forced or {}, excepted or {}
    samples = {}
    for p in ALL_FINGERS:
        if int(p) in excepted:
            continue
        reason, approval = forced.get(int(p), (None, None))
        samples[p] = FingerSample(p, demo.print_png(int(p)), score(int(p)), "SIM0001",
                                  3 if reason else 1, reason, approval)
    return FingerprintSet(samples, {FingerPosition(c): e for c, e in excepted.items()})


def _enroll(store: Store, clock: _Clock, officer: str, language: str, start: tuple[int, str],
            save: tuple[int, str] | None, face: FaceResult | None = None,
            fingers: FingerprintSet | None = None) -> tuple[DeskSession, str]:
    clock.at(*start)
    desk = DeskSession(store, STATION, officer)
    person = demo.applicant(language)
    enrollment_id = desk.start(person, decide(person, FIRST_DAY))
    desk.save_face(face or _face())
    desk.save_fingers(fingers or _fingers(lambda p: 60 + p))
    if save is not None:
        clock.at(*save)
        desk.finalize()
    return desk, enrollment_id


def _receipt(repo, enrollment_id: str, status: str = "accepted") -> receipt.Receipt:
    """A receipt as a central service signs it (a throwaway key: the demo has none)."""
    return receipt.sign(Ed25519PrivateKey.generate(), enrollment_id=enrollment_id,
                        station_id=STATION, sha256="0" * 64, status=status, reason=None,
                        at=time.time())


def seed(store: Store, accounts: Accounts) -> None:
    """Two days at a desk: saved, forced, excepted, rejected, queued, pending, cancelled."""
    clock = _Clock()

    def sync(when: tuple[int, str], fn) -> None:
        clock.at(*when)
        store.write(fn).result()

    with _clocked(store, clock):
        _, e1 = _enroll(store, clock, "can.bo", "ko", (1, "08:05"), (1, "08:12"))
        sync((1, "08:30"), lambda r: outbox.mark_uploaded(
            r, e1, actor="sync", receipt=_receipt(r, e1, "stored")))
        sync((1, "09:00"), lambda r: outbox.mark_result(
            r, e1, "accepted", None, actor="sync", receipt=_receipt(r, e1)))
        signed = Approval("sup.lan", "medical condition", clock.at(1, "09:35"))
        _, e2 = _enroll(store, clock, "can.bo", "zh_CN", (1, "09:30"), (1, "09:41"),
                        _face("forced", ("yaw", "sharpness"), "medical condition", signed),
                        _fingers(lambda p: 30 + 2 * p))
        sync((1, "10:00"), lambda r: outbox.mark_uploaded(
            r, e2, actor="sync", receipt=_receipt(r, e2, "stored")))
        sync((1, "10:40"), lambda r: outbox.mark_result(r, e2, "rejected",
                                                        "portrait not compliant", actor="sync"))
        amputated = FingerException(FingerPosition(10), "amputated", "since childhood",
                                    Approval("sup.lan", "since childhood", clock.at(1, "13:02")))
        _, e3 = _enroll(store, clock, "nv.hoa", "ja", (1, "13:00"), (1, "13:06"), _face("manual"),
                        _fingers(lambda p: 80 - p, excepted={10: amputated}))
        sync((1, "14:30"), lambda r: outbox.mark_uploaded(
            r, e3, actor="sync", receipt=_receipt(r, e3, "stored")))
        sync((1, "15:10"), lambda r: outbox.mark_result(
            r, e3, "accepted", None, actor="sync", receipt=_receipt(r, e3)))
        for index, (officer, language) in enumerate((("nv.hoa", "vi"), ("can.bo", "en"),
                                                     ("nv.hoa", "zh_TW"))):
            _, done = _enroll(store, clock, officer, language, (1, f"{15 + index}:00"),
                              (1, f"{15 + index}:0{4 + index}"),
                              fingers=_fingers(lambda p, i=index: 45 + 4 * i + p))
            sync((1, f"{15 + index}:30"), lambda r, e=done: outbox.mark_uploaded(
                r, e, actor="sync", receipt=_receipt(r, e, "stored")))
        later = Approval.later("vân tay bị mòn", clock.at(1, "18:05"))
        desk, _e4 = _enroll(store, clock, "can.bo", "ko", (1, "18:00"), None,
                           _face("forced", ("sharpness",), "tremor"),
                           _fingers(lambda p: 35 if 2 <= p <= 5 else 70,
                                    forced={p: ("vân tay bị mòn", later) for p in (2, 3, 4, 5)}))
        clock.at(1, "18:10")
        with suppress(ApprovalPending):
            desk.finalize()
        clock.at(1, "18:15")
        [request] = desk_approvals.pending(store)
        desk_approvals.decide_as(store, accounts, request.id, True, "sup.lan", PASSWORD,
                                 "đã kiểm tra tại quầy")
        clock.at(1, "18:20")
        desk.finalize()
        _enroll(store, clock, "can.bo", "vi", (2, "08:10"), (2, "08:16"),
                fingers=_fingers(lambda p: 55 + p))
        # waiting for a supervisor: forced fingers and a forced portrait, deferred
        for when, language, face, reason in (((2, "09:00"), "zh_TW", None, "sẹo ở đầu ngón tay"),
                                             ((2, "10:30"), "ja", "băng che lông mày",
                                              "")):
            later = Approval.later(reason or face, clock.at(*when))
            forced = {p: (reason, later) for p in (7, 8)} if reason else {}
            portrait = _face("forced", ("occlusion",), face, later) if face else None
            desk, _ = _enroll(store, clock, "nv.hoa", language, when, None, portrait,
                              _fingers(lambda p: 28 if p in (7, 8) else 62, forced=forced))
            clock.at(when[0], when[1][:3] + "05")
            with suppress(ApprovalPending):
                desk.finalize()
        desk, _ = _enroll(store, clock, "can.bo", "en", (2, "11:00"), None)
        clock.at(2, "11:05")
        desk.cancel("người nộp hồ sơ đã rời đi")


@cache
def services() -> Services:
    """The demo station, opened and seeded once (closed and removed at exit)."""
    folder = Path(tempfile.mkdtemp(prefix="kiosk-demo-"))
    config = folder / "kiosk.toml"
    config.write_text(f'[station]\nid = "{STATION}"\n', encoding="utf-8")
    settings = Settings({"station.id": STATION, "storage.data_dir": str(folder / "data"),
                         "storage.key_backend": "file", "sync.enabled": False,
                         "sync.url": "https://central.xnc.gov.vn",
                         "station.office": "Phòng Quản lý xuất nhập cảnh Công an TP Hà Nội"},
                        source=config)
    store = Store.from_settings(settings)
    accounts = Accounts(store, hasher=PasswordHasher(time_cost=1, memory_cost=1024,
                                                     parallelism=1))
    accounts.create_first("sup.lan", "Trần Thị Lan", Role.SUPERVISOR, PASSWORD)
    seed(store, accounts)
    station = Services(settings, store, accounts, None, DemoSync())

    def close() -> None:
        station.close()
        shutil.rmtree(folder, ignore_errors=True)

    atexit.register(close)
    return station


def checks() -> list[CheckResult]:
    """What ``kiosk doctor`` reports on a desk with one problem."""
    return [CheckResult("configuration", True, "/etc/kiosk/kiosk.toml"),
            CheckResult("python", True, "Python 3.11.2 at /opt/kiosk/kiosk"),
            CheckResult("qt platform", True, "Qt platform plugin 'xcb' starts"),
            CheckResult("database", True, "/var/lib/kiosk/kiosk.db intact, 1307 enrollment(s)"),
            CheckResult("data key", True, "present in keyring kiosk and matches the database"),
            CheckResult("camera", True, "opencv:0: USB camera, frames of 1280x720"),
            CheckResult("fingerprint scanner", False, "sbi: no SBI service on ports 4501-4600"),
            CheckResult("font ko", True, "Noto Sans CJK KR")]


def survey() -> ScannerSurvey:
    info = ScannerInfo("SIM0001", "Ready", 4501, "Simulated", "Slap 4-4-2", "SIM-0001")
    return ScannerSurvey(4501, 4600, 0.42, (FoundScanner(info, False),))


def trial() -> CaptureTrial:
    """A left slap scored by NFIQ 2, one finger under the threshold."""
    info = survey().found[0].info
    fingers = []
    for finger, score in zip(Segment.LEFT_SLAP.fingers, (62, 55, 48, 31), strict=True):
        rng = np.random.default_rng(score)
        y, x = np.mgrid[0:200, 0:160]
        ridges = 127 + 100 * np.sin(x * 0.45 + np.hypot(x - 80, y - 120) * 0.55 + rng.random())
        fingers.append(TriedFinger(finger, score + 8, score, 160, 200, 500,
                                   ridges.clip(0, 255).astype(np.uint8)))
    return CaptureTrial(info, Segment.LEFT_SLAP, 2.3, False, tuple(fingers), ())

