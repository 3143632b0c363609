"""A realistic office history of any size, written through the store's own write code.

Each enrollment goes through :class:`~kiosk.store.repository.Repository` as a desk and the
sync worker would take it (create, portrait, fingers, sign-off register, captured, finalized;
later uploaded and accepted or rejected, some cancelled or left in the queue), with the
store's clock set to each step's time. Enrollments are written in batches, one
writer-thread transaction per batch (each step still its own savepoint, audit event, outbox
change and report facts), so 100,000 take minutes rather than hours of fsyncs.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from kiosk.domain.clock import SetClock
from kiosk.domain.enrollment import Enrollment, State
from kiosk.store import approvals
from kiosk.store.store import Store

ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
CHECKS = ("yaw", "pitch", "sharpness", "expression", "eyes_open", "glare", "side_light")
REJECTIONS = ("portrait not compliant", "packet too large", "duplicate applicant")


class Clock(SetClock):
    """The time the store's write code reads while seeding (set to each step's time)."""

    def __init__(self) -> None:
        super().__init__(datetime(2026, 1, 1, tzinfo=UTC))

    @contextmanager
    def installed(self, store: Store) -> Iterator[Clock]:
        saved, store.clock = store.clock, self
        try:
            yield self
        finally:
            store.clock = saved


def plan(count: int, first_day: date, desks: int = 5, per_day: int = 100,
         seed: int = 18, end: datetime | None = None) -> list[list[tuple[datetime, str, dict]]]:
    """Per enrollment, its steps in time order: (UTC time, step, arguments). Days run from
    ``first_day`` at ``per_day`` enrollments a day, spread over the desks; steps after
    ``end`` (default: the last enrollment's day, 23:59 local) are left out."""
    rng = random.Random(seed)
    days = max(1, -(-count // per_day))
    end = end or datetime.combine(first_day + timedelta(days=days - 1), time(23, 59),
                                  ZONE).astimezone(UTC)
    plans = []
    for index in range(count):
        day = first_day + timedelta(days=index // per_day)
        # 2 % at night: local 00:10-06:00 (the previous UTC day)
        night = rng.random() < 0.02
        minutes = rng.randint(10, 360) if night else rng.randint(7 * 60, 22 * 60)
        start = datetime.combine(day, time(minutes // 60, minutes % 60), ZONE).astimezone(UTC)
        start += timedelta(seconds=rng.randint(0, 59), microseconds=rng.randint(0, 999_999))
        desk = index % desks + 1
        station, officer = f"HN-DESK-{desk}", f"off.{desk}{rng.randint(1, 3)}"
        steps: list[tuple[datetime, str, dict]] = [
            (start, "create", {"station": station, "officer": officer})]
        moment = start + timedelta(seconds=rng.randint(30, 240))
        for _ in range(2 if rng.random() < 0.05 else 1):  # a retake adds its blocking
            held = rng.sample(CHECKS, rng.choice((0, 0, 1, 1, 2, 3)))
            forced = rng.random() < 0.05
            steps.append((moment, "face", {
                "mode": "forced" if forced else rng.choice(("auto",) * 8 + ("manual",)),
                "failed_checks": rng.sample(CHECKS, 2) if forced else [],
                "blocked": {c: rng.randint(1, 40) for c in held}}))
            moment += timedelta(seconds=rng.randint(20, 120))
        missing = {rng.randint(1, 10)} if rng.random() < 0.03 else set()
        steps.append((moment, "fingers", {"nfiq2": {str(p): rng.randint(15, 95)
                                                    for p in range(1, 11) if p not in missing},
                                          "missing": sorted(missing)}))
        moment += timedelta(seconds=rng.randint(30, 600))
        fate = rng.random()
        if fate < 0.03:
            steps.append((moment, "cancel_draft", {"reason": "applicant left"}))
        elif fate >= 0.04:  # else left as a draft
            steps.append((moment, "finalize", {}))
            moment += timedelta(minutes=rng.expovariate(1 / 90))
            if rng.random() < 0.01:
                steps.append((moment, "cancel", {"reason": "withdrawn by the office"}))
            else:
                steps.append((moment, "upload", {}))
                moment += timedelta(minutes=rng.expovariate(1 / 30))
                rejected = rng.random() < 0.04
                steps.append((moment, "reject" if rejected else "accept",
                               {"reason": rng.choice(REJECTIONS)} if rejected else {}))
        plans.append([s for s in steps if s[0] <= end])
    return plans


def apply(repo, steps: list[tuple[datetime, str, dict]], clock: Clock) -> None:
    """Write one enrollment's steps through the repository (inside the caller's
    transaction)."""
    enrollment_id = ""
    for moment, step, args in steps:
        clock.now = moment
        if step == "create":
            enrollment = Enrollment.start(args["station"], args["officer"], now=moment)
            enrollment_id = enrollment.id
            repo.save_enrollment(enrollment, {"surname": "NGUYEN", "given_names": "AN"},
                                 actor=args["officer"])
            officer = args["officer"]
        elif step == "face":
            seconds = {c: round(n * 0.2, 2) for c, n in args["blocked"].items()}
            detail = {"mode": args["mode"], "failed_checks": args["failed_checks"],
                      "blocked": {"frames": sum(args["blocked"].values()),
                                  "seconds": round(sum(seconds.values()), 2),
                                  "checks": {c: {"frames": n, "seconds": seconds[c]}
                                             for c, n in args["blocked"].items()}}}
            repo.record_event(enrollment_id, officer, "face_captured", detail)
            items = [approvals.ApprovalItem(approvals.FORCE_FACE, "", "tremor",
                                            "not_required")] if args["mode"] == "forced" else []
            approvals.register(repo, enrollment_id, [approvals.FORCE_FACE], items,
                               actor=officer)
        elif step == "fingers":
            repo.record_event(enrollment_id, officer, "fingerprints_reviewed",
                              {"nfiq2": args["nfiq2"]})
            items = [approvals.ApprovalItem(approvals.FINGER_EXCEPTION, str(p), "amputated",
                                            "approved", "sup.lan", moment, "amputated")
                     for p in args["missing"]]
            approvals.register(repo, enrollment_id, [approvals.FINGER_EXCEPTION], items,
                               actor=officer)
        elif step == "cancel_draft":
            repo.cancel_draft(enrollment_id, args["reason"], actor=officer)
        elif step == "finalize" and moment.second % 2:  # as the desk does: one event
            repo.finalize(enrollment_id, actor=officer)
        elif step == "finalize":  # as older versions did: draft -> captured -> finalized
            repo.transition(enrollment_id, State.CAPTURED, actor=officer)
            repo.transition(enrollment_id, State.FINALIZED, actor=officer)
        elif step == "cancel":
            repo.transition(enrollment_id, State.CANCELLED, actor="sup.lan",
                            reason=args["reason"])
        elif step == "upload":
            repo.transition(enrollment_id, State.UPLOADED, actor="sync")
        elif step == "accept":
            repo.transition(enrollment_id, State.ACCEPTED, actor="sync")
        elif step == "reject":
            repo.transition(enrollment_id, State.REJECTED, actor="sync", reason=args["reason"])


def seed(store: Store, plans: list[list[tuple[datetime, str, dict]]], batch: int = 2000,
         fold: bool = True) -> None:
    """Write every planned enrollment, ``batch`` enrollments per transaction, and (``fold``)
    fold their audit events into the report facts."""
    clock = Clock()
    with clock.installed(store):
        for start in range(0, len(plans), batch):
            chunk = plans[start:start + batch]

            def job(repo, chunk=chunk) -> None:
                with repo.db.atomic():
                    for steps in chunk:
                        apply(repo, steps, clock)

            store.write(job).result()
    if fold:
        store.fold_reports()  # as the writer does once the writes pause
