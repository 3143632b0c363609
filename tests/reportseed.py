"""A seeded station database with known report figures, built through the real desk, store,
approval and sync APIs; only the clock is set (the store's, which every part reads).

Station HN-DESK-1, Asia/Ho_Chi_Minh (UTC+7), local times, D1 = 2026-11-23, D2 = 2026-11-24:

- E1 off.an   D1 08:00 -> 08:06, portrait auto, fingers all 60
- E2 off.an   D1 10:00 -> 10:10, forced portrait (yaw, sharpness) signed at the desk, all 30
- E3 off.binh D1 13:00 -> 13:04, portrait manual, all 80, finger 10 excepted (signed)
- E4 off.binh D1 18:00 -> 18:20, forced portrait (sharpness, no sign-off needed); fingers 2-5
  forced at 35 with "ask later" (finalize refused at 18:10, approved 18:15), others 70
- E8 off.an   D1 21:40 -> 21:45 (outside every shift), all 90
- E5 off.an   D2 09:00 -> 09:05, all 50

What held the live capture back (analysed frames 0.2 s apart, counted by the real
``BlockTally``): E1 yaw x3 (0.4 s) then 3 passing frames; E2 sharpness+yaw x2 then sharpness
x6 (sharpness 8 frames 1.4 s, yaw 2 frames 0.2 s); E3 expression at 0, 0.2 and 5.2 s (the
5 s gap counts 1 s: 3 frames 1.2 s); E4 sharpness x3 (0.4 s); E8 and E5 nothing failed.
- E6 off.an   D2 10:00 draft; E7 off.an D2 11:00 cancelled

Uploads: E1 uploaded 08:30, accepted 09:00; E2 uploaded 10:20, rejected 11:00 "portrait not
compliant"; E3 refused at upload 14:30 "packet too large"; E4, E8, E5 still queued.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from argon2 import PasswordHasher
from deskhelp import applicant, decision
from storehelp import image_bytes
from synchelp import stand_in_receipt

from kiosk.accounts.roles import Role
from kiosk.accounts.service import Accounts
from kiosk.biometrics.face.blocking import BlockTally
from kiosk.desk import approvals as desk_approvals
from kiosk.desk.results import Approval, FaceResult, FingerException, FingerprintSet, FingerSample
from kiosk.desk.session import DeskSession
from kiosk.domain.clock import SetClock
from kiosk.domain.fingers import ALL_FINGERS, FingerPosition
from kiosk.store.approvals import ApprovalPending
from kiosk.store.store import Store
from kiosk.sync import outbox

ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
PASSWORD = "giám sát viên 2026"

class Clock(SetClock):
    """The station's time for the store opened with it; set in station-local time."""

    def __init__(self) -> None:
        super().__init__(datetime(2026, 11, 23, tzinfo=UTC))

    def at(self, local: str) -> datetime:
        """``"D1 08:00"`` -> that local time (as UTC) becomes now."""
        day, hhmm = local.split()
        base = {"D1": datetime(2026, 11, 23), "D2": datetime(2026, 11, 24)}[day]
        hour, minute = map(int, hhmm.split(":"))
        self.now = (base + timedelta(hours=hour, minutes=minute)).replace(
            tzinfo=ZONE).astimezone(UTC)
        return self.now


def held(frames: list[tuple[str, ...]], step_s: float = 0.2,
         times: list[float] | None = None) -> dict:
    """What the face screen's analyser thread records: one ``add`` per analysed frame."""
    tally = BlockTally()
    for index, failed in enumerate(frames):
        tally.add(failed, times[index] if times else index * step_s)
    return tally.as_dict()


def face(mode: str = "auto", failed: tuple[str, ...] = (), reason: str | None = None,
         approval: Approval | None = None, blocked: dict | None = None) -> FaceResult:
    checks = [{"name": n, "passed": False} for n in failed]
    checks += [{"name": "eyes_open", "passed": True}]
    return FaceResult(image_bytes("JPEG", 3, (64, 48)), {"compliant": not failed,
                                                          "checks": checks},
                      mode, datetime(2026, 11, 23, tzinfo=UTC), "simulated", reason, approval,
                      blocked)


def fingers(score, forced: dict[int, tuple[str, Approval]] | None = None,
            excepted: dict[int, FingerException] | None = None) -> FingerprintSet:
    """``score(position code) -> NFIQ 2``; forced: code -> (reason, approval)."""
    forced, excepted = forced or {}, excepted or {}
    samples = {}
    for p in ALL_FINGERS:
        if int(p) in excepted:
            continue
        reason, approval = forced.get(int(p), (None, None))
        samples[p] = FingerSample(p, image_bytes("WSQ", int(p), (64, 64)), score(int(p)),
                                  "SIM0001", 3 if reason else 1, reason, approval)
    return FingerprintSet(samples, {FingerPosition(c): e for c, e in excepted.items()})


def enroll(store: Store, clock: Clock, officer: str, start: str, save: str | None,
           face_result: FaceResult | None = None, finger_set: FingerprintSet | None = None,
           station: str = "HN-DESK-1") -> str:
    clock.at(start)
    desk = DeskSession(store, station, officer)
    enrollment_id = desk.start(applicant(), decision())
    desk.save_face(face_result or face())
    desk.save_fingers(finger_set or fingers(lambda p: 60))
    if save is not None:
        clock.at(save)
        desk.finalize()
    return enrollment_id


def fast_accounts(store: Store) -> Accounts:
    accounts = Accounts(store, hasher=PasswordHasher(time_cost=1, memory_cost=1024,
                                                     parallelism=1))
    accounts.create_first("sup.lan", "Trần Thị Lan", Role.SUPERVISOR, PASSWORD)
    return accounts


def seed(store: Store, clock: Clock, accounts: Accounts) -> dict[str, str]:
    """Build the table of the module docstring, in time order; returns {"E1": id, ...}."""
    ids = {}

    def sync(when: str, fn) -> None:
        clock.at(when)
        store.write(fn).result()

    ids["E1"] = enroll(store, clock, "off.an", "D1 08:00", "D1 08:06",
                       face(blocked=held([("yaw",)] * 3 + [()] * 3)))
    sync("D1 08:30", lambda r: outbox.mark_uploaded(
        r, ids["E1"], actor="sync", receipt=stand_in_receipt(r, ids["E1"], "stored")))
    sync("D1 09:00", lambda r: outbox.mark_result(
        r, ids["E1"], "accepted", None, actor="sync", receipt=stand_in_receipt(r, ids["E1"])))
    signed = Approval("sup.lan", "medical condition", clock.at("D1 10:05"))
    ids["E2"] = enroll(store, clock, "off.an", "D1 10:00", "D1 10:10",
                       face("forced", ("yaw", "sharpness"), "medical condition", signed,
                            held([("sharpness", "yaw")] * 2 + [("sharpness",)] * 6)),
                       fingers(lambda p: 30))
    sync("D1 10:20", lambda r: outbox.mark_uploaded(
        r, ids["E2"], actor="sync", receipt=stand_in_receipt(r, ids["E2"], "stored")))
    sync("D1 11:00", lambda r: outbox.mark_result(r, ids["E2"], "rejected",
                                                  "portrait not compliant", actor="sync"))
    amputated = FingerException(FingerPosition(10), "amputated", "since childhood",
                                Approval("sup.lan", "since childhood", clock.at("D1 13:02")))
    ids["E3"] = enroll(store, clock, "off.binh", "D1 13:00", "D1 13:04",
                       face("manual", blocked=held([("expression",)] * 3, times=[0, 0.2, 5.2])),
                       fingers(lambda p: 80, excepted={10: amputated}))
    sync("D1 14:30", lambda r: outbox.mark_result(r, ids["E3"], "rejected",
                                                  "packet too large", actor="sync"))
    later = Approval.later("worn ridges", clock.at("D1 18:05"))
    ids["E4"] = enroll(store, clock, "off.binh", "D1 18:00", None,
                       face("forced", ("sharpness",), "tremor",
                            blocked=held([("sharpness",)] * 3)),
                       fingers(lambda p: 35 if 2 <= p <= 5 else 70,
                               forced={p: ("worn ridges", later) for p in (2, 3, 4, 5)}))
    desk = DeskSession(store, "HN-DESK-1", "off.binh")
    desk.enrollment_id = ids["E4"]
    clock.at("D1 18:10")
    with pytest.raises(ApprovalPending):
        desk.finalize()
    clock.at("D1 18:15")
    [request] = desk_approvals.pending(store)
    desk_approvals.decide_as(store, accounts, request.id, True, "sup.lan", PASSWORD,
                             "checked at desk 2")
    clock.at("D1 18:20")
    desk.finalize()
    ids["E8"] = enroll(store, clock, "off.an", "D1 21:40", "D1 21:45",
                       face(blocked=held([()] * 4)),
                       fingers(lambda p: 90))
    ids["E5"] = enroll(store, clock, "off.an", "D2 09:00", "D2 09:05", face(),
                       fingers(lambda p: 50))
    ids["E6"] = enroll(store, clock, "off.an", "D2 10:00", None)
    ids["E7"] = enroll(store, clock, "off.an", "D2 11:00", None)
    clock.at("D2 11:05")
    cancel = DeskSession(store, "HN-DESK-1", "off.an")
    cancel.enrollment_id = ids["E7"]
    cancel.cancel("applicant left")
    return ids
