"""SQL for enrollments: every write is one transaction, state change and outbox row together."""

from __future__ import annotations

import enum
import functools
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from kiosk.domain.canonical import canonical_strings, canonical_text
from kiosk.domain.clock import Clock, system_clock
from kiosk.domain.enrollment import (
    Enrollment,
    IllegalTransition,
    State,
    check_transition,
)
from kiosk.domain.vocabulary import OPEN_APPROVALS, ApprovalStatus, OutboxStatus, SampleKind
from kiosk.store import approvals
from kiosk.store.crypto import PayloadCipher
from kiosk.store.errors import RecordNotFound
from kiosk.store.records import (
    BiometricInfo,
    BiometricSample,
    EnrollmentRecord,
    EnrollmentSummary,
    OutboxItem,
)
from kiosk.store.sql_text import quoted

# State changes the central service must hear about, and the outbox action that carries them.
OUTBOX_ACTIONS: dict[State, str] = {State.FINALIZED: "upload"}
# What entering a state does to the enrollment's outbox rows that are still open.
OUTBOX_STATUS_ON: dict[State, OutboxStatus] = {
    State.UPLOADED: OutboxStatus.SENT, State.ACCEPTED: OutboxStatus.DONE,
    State.REJECTED: OutboxStatus.DONE, State.CANCELLED: OutboxStatus.CANCELLED,
}


class Change(enum.StrEnum):
    """What a committed write changed (:meth:`Store.subscribe`)."""

    ENROLLMENTS = "enrollments"  # an enrollment, its samples or its audit trail
    OUTBOX = "outbox"            # an upload was queued, or an open one settled


def _ts(value: datetime) -> str:
    """Stored times are UTC ISO text and compare as text, so an aware time (a station's local
    midnight, say) is converted to UTC first."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.isoformat(timespec="microseconds")


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


def event_hash(previous: str | None, fields: list[Any]) -> str:
    """SHA-256 over the previous event's hash and this event's (at, actor, event, from, to,
    detail) as a canonical JSON array: altering, removing or reordering any event breaks the
    chain. ``detail`` is its canonical JSON text (:func:`detail_text`)."""
    return hashlib.sha256(canonical_strings([previous or "", *fields])).hexdigest()


def detail_text(detail: Mapping[str, Any]) -> str:
    """An event's detail as stored and hashed: canonical JSON (sorted keys, no spaces), so
    whoever reads it back as an object can rebuild the same text."""
    return canonical_text(dict(detail))


# the JSON text a save writes (named so that bench_save's "without JSON" can switch it off)
_json_ascii = json.dumps  # a sample's meta
_json_utf8 = functools.partial(json.dumps, ensure_ascii=False)  # the applicant data


def _comparable(value: Any) -> str:
    """A stored applicant value as compared for the audit (None, "" and missing alike)."""
    return "" if value in (None, "") else json.dumps(value, sort_keys=True, ensure_ascii=False)


class _Unread:
    """:meth:`Repository._event`'s ``previous`` not given: it reads the last hash itself."""


_UNREAD = _Unread()


def _aad_id(enrollment_id: str, sample_id: str) -> str:
    return f"{enrollment_id}/{sample_id}"


class Repository:
    """Reads and writes on one connection. Write methods commit before they return."""

    def __init__(self, db: Database, cipher: PayloadCipher,
                 clock: Clock = system_clock) -> None:
        self.db = db
        # the hot statements that return no rows: on the connection's plain cursor
        # (kiosk.store.database's change), else (a bare sqlite-utils Database) as any other
        self._change: Callable[..., Any] = getattr(db, "change", db.execute)
        self._change_many: Callable[..., Any] = getattr(db, "change_many", db.conn.executemany)
        self._cipher = cipher
        self.clock = clock  # the store's clock: what every write stamps
        self.changes: set[Change] = set()  # what this write changed; the store announces it
        self.events_written = False  # audit events to fold into the report facts

    # -- writes -------------------------------------------------------------------------

    def save_enrollment(self, enrollment: Enrollment, applicant: Mapping[str, Any],
                        samples: Iterable[BiometricSample] = (), *, actor: str) -> None:
        """Insert a new enrollment with its applicant, samples, audit event and outbox row."""
        with self.db.atomic():
            self._change(
                "INSERT INTO enrollments (id, station_id, officer_id, state, reason, applicant,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [enrollment.id, enrollment.station_id, enrollment.officer_id, str(enrollment.state),
                 enrollment.reason, _json_utf8(dict(applicant)),
                 _ts(enrollment.created_at), _ts(enrollment.updated_at)])
            self._event(enrollment.id, actor, "created", None, enrollment.state, {},
                        previous=None)
            self._insert_samples(enrollment.id, samples)
            if enrollment.state in OUTBOX_ACTIONS:
                self._enqueue(enrollment.id, OUTBOX_ACTIONS[enrollment.state])

    def update_applicant(self, enrollment_id: str, applicant: Mapping[str, Any], *,
                         actor: str) -> None:
        """Replace the applicant data of a draft or captured enrollment; the audit event
        names the fields that changed (names only, never values)."""
        with self.db.atomic():
            current = self._state(enrollment_id)
            if current not in (State.DRAFT, State.CAPTURED):
                check_transition(current, State.DRAFT)  # raises with a precise message
            _, before_text = self._enrollment(enrollment_id)
            before, after = json.loads(before_text), dict(applicant)
            changed = sorted(k for k in set(before) | set(after)
                             if _comparable(before.get(k)) != _comparable(after.get(k)))
            self.db.execute("UPDATE enrollments SET applicant = ?, updated_at = ? WHERE id = ?",
                            [_json_utf8(dict(applicant)), _ts(self.clock()),
                             enrollment_id])
            self._event(enrollment_id, actor, "applicant_updated", None, None,
                        {"fields": changed})

    def add_biometrics(self, enrollment_id: str, samples: Iterable[BiometricSample], *,
                       actor: str, drop: Iterable[tuple[str, str]] = ()) -> None:
        """Store samples; one replaces an earlier sample of the same kind and position.
        ``drop``: (kind, position) of samples to remove first (a step captured again with
        fewer fingers); the audit event names those that were there."""
        with self.db.atomic():
            self._state(enrollment_id)
            removed = []
            for kind, position in drop:
                cur = self.db.execute("DELETE FROM biometrics WHERE enrollment_id = ? AND "
                                      "kind = ? AND position = ?", [enrollment_id, kind, position])
                if cur.rowcount:
                    removed.append(f"{kind}:{position}" if position else kind)
            names = self._insert_samples(enrollment_id, samples, replace=True)
            kept = set(names)
            removed = [n for n in removed if n not in kept]
            detail: dict[str, Any] = {"removed": removed} if removed else {}
            detail["samples"] = names
            self._event(enrollment_id, actor, "biometrics_added", None, None, detail)

    def cancel_draft(self, enrollment_id: str, reason: str, *, actor: str) -> int:
        """Cancel a draft or captured enrollment and wipe its biometric payloads, with any
        open sign-off request, in one transaction; the ``state_changed`` event records the
        reason and how many samples were wiped. Returns that number. A finalized record is
        refused (:class:`~kiosk.domain.enrollment.IllegalTransition`)."""
        with self.db.atomic():
            current = self._state(enrollment_id)
            if current not in (State.DRAFT, State.CAPTURED):
                raise IllegalTransition(f"a {current} enrollment cannot be cancelled at the desk",
                                        current=str(current), target=str(State.CANCELLED))
            check_transition(current, State.CANCELLED, reason)
            wiped = self.db.execute("DELETE FROM biometrics WHERE enrollment_id = ?",
                                    [enrollment_id]).rowcount
            self.db.execute(f"UPDATE approvals SET status = {quoted(ApprovalStatus.WITHDRAWN)}"
                            " WHERE enrollment_id = ? AND status IN "
                            f"({quoted(*OPEN_APPROVALS)})",
                            [enrollment_id])
            self.transition(enrollment_id, State.CANCELLED, actor=actor, reason=reason,
                            detail={"samples_wiped": wiped})
        return wiped

    def finalize(self, enrollment_id: str, *, actor: str) -> Enrollment:
        """Captured -> finalized with its outbox row, in one transaction; a draft goes
        through captured in the same audit event (``via``), not in an event of its own: the
        two steps happen at the same moment and the event carries both."""
        with self.db.atomic():
            before, last = self._row(enrollment_id)
            via = State.CAPTURED if before.state is State.DRAFT else None
            return self._move(before, last, State.FINALIZED, actor, None, None, via)

    def transition(self, enrollment_id: str, target: State, *, actor: str,
                   reason: str | None = None, detail: Mapping[str, Any] | None = None,
                   via: State | None = None) -> Enrollment:
        """Move to ``target`` (validated), with its audit event and outbox change, atomically.
        ``detail``: more for the event (no applicant or biometric data). ``via``: a state
        passed through on the way (both steps validated), named in the event's ``via``."""
        with self.db.atomic():
            return self._move(*self._row(enrollment_id), target, actor, reason, detail, via)

    def _move(self, before: Enrollment, last: str | None, target: State, actor: str,
              reason: str | None, detail: Mapping[str, Any] | None,
              via: State | None) -> Enrollment:
        """The state change of :meth:`transition`; ``last``: the hash of the enrollment's
        last audit event, read with its row (:meth:`_row`), which the new event chains to."""
        enrollment_id, current = before.id, before.state
        if via is not None:
            check_transition(current, via)
            detail = {**(detail or {}), "via": str(via)}
        check_transition(via or current, target, reason)
        if target is State.FINALIZED:
            approvals.check_finalizable(self, enrollment_id)  # never past a pending sign-off
        now = self.clock()
        self._change("UPDATE enrollments SET state = ?, reason = ?, updated_at = ? "
                     "WHERE id = ?", [str(target), reason, _ts(now), enrollment_id])
        self._event(enrollment_id, actor, "state_changed", current, target,
                    {**(detail or {}), **({"reason": reason} if reason else {})}, previous=last)
        if target in OUTBOX_STATUS_ON:
            self.changes.add(Change.OUTBOX)
            self.db.execute("UPDATE outbox SET status = ? WHERE enrollment_id = ? AND "
                            "status IN (?, ?)", [OUTBOX_STATUS_ON[target], enrollment_id,
                                                 OutboxStatus.PENDING, OutboxStatus.SENT])
        if target in OUTBOX_ACTIONS:
            self._enqueue(enrollment_id, OUTBOX_ACTIONS[target])
        return replace(before, state=target, reason=reason, updated_at=_dt(_ts(now)))

    def record_event(self, enrollment_id: str, actor: str, event: str,
                     detail: Mapping[str, Any]) -> None:
        """Add an audit event (no state change) to an existing enrollment."""
        with self.db.atomic():
            self._state(enrollment_id)
            self._event(enrollment_id, actor, event, None, None, detail)

    def _insert_samples(self, enrollment_id: str, samples: Iterable[BiometricSample],
                        replace: bool = False) -> list[str]:
        names, rows = [], []
        now = _ts(self.clock())
        samples = list(samples)
        payloads = self._cipher.seal_all([(_aad_id(enrollment_id, s.id), s.kind, s.payload)
                                          for s in samples])
        for s, sealed in zip(samples, payloads, strict=True):
            if replace:
                self.db.execute("DELETE FROM biometrics WHERE enrollment_id = ? AND kind = ? AND "
                                "position = ?", [enrollment_id, s.kind, s.position])
            rows.append((s.id, enrollment_id, s.kind, s.position, s.format, s.quality,
                         _json_ascii(dict(s.meta)) if s.meta else "{}", sealed, now))
            names.append(f"{s.kind}:{s.position}" if s.position else s.kind)
        self._change_many(  # one statement prepared once for every sample
            "INSERT INTO biometrics (id, enrollment_id, kind, position, format, quality, meta,"
            " payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        return names

    def _event(self, enrollment_id: str, actor: str, event: str, from_state: State | None,
               to_state: State | None, detail: Mapping[str, Any], *,
               previous: str | _Unread | None = _UNREAD) -> None:
        """Append an audit event to the enrollment's chain. ``previous``: the hash of the
        enrollment's last event when the caller read it in this transaction with nothing
        written to its events since (``None``: the enrollment row was inserted in this
        transaction, so there is no earlier event); read here when not given."""
        if isinstance(previous, _Unread):
            row = self.db.execute(
                "SELECT hash FROM events WHERE enrollment_id = ? ORDER BY seq DESC LIMIT 1",
                [enrollment_id]).fetchone()
            previous = row[0] if row else None
        self.changes.add(Change.ENROLLMENTS)
        at = _ts(self.clock())
        values = [enrollment_id, at, actor, event,
                  str(from_state) if from_state else None, str(to_state) if to_state else None,
                  detail_text(detail)]
        digest = event_hash(previous, values[1:])
        self._change(
            "INSERT INTO events (enrollment_id, at, actor, event, from_state, to_state, detail,"
            " hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [*values, digest])
        self.events_written = True  # the store folds it into the report facts after COMMIT

    def _enqueue(self, enrollment_id: str, action: str) -> None:
        self.changes.add(Change.OUTBOX)
        self._change("INSERT INTO outbox (enrollment_id, action, created_at) VALUES (?, ?, ?)",
                     [enrollment_id, action, _ts(self.clock())])

    def _row(self, enrollment_id: str) -> tuple[Enrollment, str | None]:
        """The enrollment row (no applicant data) and the hash of its last audit event (what
        its next event chains to: read here, in the same statement, not in a SELECT of its
        own when the event is written); RecordNotFound if there is none."""
        row = self.db.execute(
            "SELECT id, station_id, officer_id, state, reason, created_at, updated_at, "
            "(SELECT hash FROM events v WHERE v.enrollment_id = e.id ORDER BY seq DESC LIMIT 1)"
            " FROM enrollments e WHERE id = ?", [enrollment_id]).fetchone()
        if row is None:
            raise RecordNotFound(f"no enrollment {enrollment_id}", enrollment_id=enrollment_id)
        return Enrollment(row[0], row[1], row[2], State(row[3]), row[4], _dt(row[5]),
                          _dt(row[6])), row[7]

    def _state(self, enrollment_id: str) -> State:
        row = self.db.execute("SELECT state FROM enrollments WHERE id = ?",
                              [enrollment_id]).fetchone()
        if row is None:
            raise RecordNotFound(f"no enrollment {enrollment_id}", enrollment_id=enrollment_id)
        return State(row[0])

    # -- reads --------------------------------------------------------------------------

    def _enrollment(self, enrollment_id: str) -> tuple[Enrollment, str]:
        """The enrollment row alone (no samples), with its applicant JSON."""
        row = self.db.execute(
            "SELECT id, station_id, officer_id, state, reason, applicant, created_at, updated_at "
            "FROM enrollments WHERE id = ?", [enrollment_id]).fetchone()
        if row is None:
            raise RecordNotFound(f"no enrollment {enrollment_id}", enrollment_id=enrollment_id)
        return (Enrollment(row[0], row[1], row[2], State(row[3]), row[4], _dt(row[6]),
                           _dt(row[7])), row[5])

    def get(self, enrollment_id: str) -> EnrollmentRecord:
        """One enrollment with its applicant data and sample list (payloads stay sealed)."""
        enrollment, applicant = self._enrollment(enrollment_id)
        samples = tuple(
            BiometricInfo(r[0], enrollment_id, SampleKind(r[1]), r[2], r[3], r[4],
                          json.loads(r[5]), _dt(r[6]))
            for r in self.db.execute(
                "SELECT id, kind, position, format, quality, meta, created_at FROM biometrics "
                "WHERE enrollment_id = ? ORDER BY kind, position", [enrollment_id]))
        return EnrollmentRecord(enrollment, json.loads(applicant), samples)

    def load_payload(self, enrollment_id: str, sample_id: str) -> bytes:
        """Decrypt one sample's payload (authenticated against its enrollment and id)."""
        row = self.db.execute("SELECT kind, payload FROM biometrics WHERE id = ? AND "
                              "enrollment_id = ?", [sample_id, enrollment_id]).fetchone()
        if row is None:
            raise RecordNotFound(f"no sample {sample_id} in enrollment {enrollment_id}",
                                 enrollment_id=enrollment_id)
        return self._cipher.open(_aad_id(enrollment_id, sample_id), row[0], row[1])

    def summaries(self, since: datetime, limit: int = 500) -> list[EnrollmentSummary]:
        """Enrollments created since ``since`` (newest first) with what a list shows."""
        rows = self.db.execute(
            "SELECT e.id, e.state, e.reason, e.officer_id, e.created_at, e.updated_at, "
            "json_extract(e.applicant, '$.surname'), json_extract(e.applicant, '$.given_names'),"
            " json_extract(e.applicant, '$.travel_document_number'), "
            "(SELECT status FROM outbox o WHERE o.enrollment_id = e.id ORDER BY seq DESC "
            "LIMIT 1), (SELECT max(a.status) FROM approvals a WHERE a.enrollment_id = e.id AND "
            f"a.status IN ({quoted(*OPEN_APPROVALS)})), "  # 'rejected' > 'pending': it wins
            "(SELECT max(v.at) FROM events v WHERE v.enrollment_id = e.id), "
            "EXISTS (SELECT 1 FROM biometrics b INDEXED BY biometrics_face WHERE "
            f"b.enrollment_id = e.id AND b.kind = {quoted(SampleKind.FACE)}), "
            "(SELECT count(DISTINCT json_extract(v.detail, '$.step.segment')) FROM events v "
            "WHERE v.enrollment_id = e.id AND v.event = 'finger_step_saved'), "
            "coalesce((SELECT max(v.seq) FROM events v WHERE v.enrollment_id = e.id AND "
            "v.event = 'fingerprints_reviewed'), 0) > coalesce((SELECT max(v.seq) FROM events v"
            " WHERE v.enrollment_id = e.id AND v.event = 'finger_step_saved'), 0) "
            # the index, not a backward scan of every id hoping to meet 'limit' recent ones
            "FROM enrollments e INDEXED BY enrollments_created WHERE e.created_at >= ? "
            "ORDER BY e.id DESC LIMIT ?",
            [_ts(since), limit]).fetchall()
        return [EnrollmentSummary(r[0], State(r[1]), r[2], r[3], _dt(r[4]), _dt(r[5]),
                                  " ".join(x for x in (r[6], r[7]) if x), r[8] or "",
                                  OutboxStatus(r[9]) if r[9] else None,
                                  ApprovalStatus(r[10]) if r[10] else None,
                                  _dt(r[11]) if r[11] else None, bool(r[12]),
                                  min(r[13], 3), bool(r[14]))
                for r in rows]

    def counts_by_state(self) -> dict[State, int]:
        """How many enrollments are in each state (all states present, zero if none)."""
        counts = dict.fromkeys(State, 0)
        for state, n in self.db.execute("SELECT state, count(*) FROM enrollments GROUP BY state"):
            counts[State(state)] = n
        return counts

    def pending_outbox(self, limit: int = 100) -> list[OutboxItem]:
        """Open outbox rows, oldest first."""
        return [OutboxItem(r[0], r[1], r[2], OutboxStatus(r[3]), r[4], _dt(r[5]))
                for r in self.db.execute(
            "SELECT seq, enrollment_id, action, status, attempts, created_at FROM outbox "
            f"WHERE status = {quoted(OutboxStatus.PENDING)} ORDER BY seq LIMIT ?", [limit])]

    def events(self, enrollment_id: str) -> list[dict[str, Any]]:
        """The audit trail of one enrollment, in order."""
        return [dict(zip(("seq", "at", "actor", "event", "from_state", "to_state", "detail",
                          "hash"), (*r[:6], json.loads(r[6]), r[7]), strict=True))
                for r in self.db.execute(
                    "SELECT seq, at, actor, event, from_state, to_state, detail, hash FROM events "
                    "WHERE enrollment_id = ? ORDER BY seq", [enrollment_id])]
