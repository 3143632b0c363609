"""The register of forced captures and finger exceptions, and their supervisor decisions.

Every forced capture and finger exception gets one row when its capture step is saved:
``approved`` (signed at the desk), ``pending`` (deferred to the supervisor's list),
``not_required`` (the station asks for no sign-off), later ``rejected`` or ``withdrawn`` (the
step was saved again without it). :func:`check_finalizable` is called inside the finalize
transaction: an enrollment with a pending or rejected item is never finalized.
Functions take the :class:`Repository` of the calling thread and run in its transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from kiosk.domain.enrollment import State
from kiosk.domain.errors import KioskError
from kiosk.domain.vocabulary import OPEN_APPROVALS, ApprovalStatus
from kiosk.store.sql_text import quoted

if TYPE_CHECKING:
    from kiosk.store.repository import Repository

FORCE_FACE = "force_face"
FORCE_FINGERS = "force_fingers"
FINGER_EXCEPTION = "finger_exception"
OPEN = OPEN_APPROVALS  # statuses that block finalize


class ApprovalPending(KioskError):
    """Finalize refused: a forced capture or finger exception waits for a supervisor."""

    message_key = "approval.pending"


class ApprovalRejected(KioskError):
    """Finalize refused: a supervisor rejected a forced capture or finger exception."""

    message_key = "approval.rejected"


class ApprovalClosed(KioskError):
    """The request was already decided or withdrawn (another supervisor was quicker)."""

    message_key = "approval.closed"


class CommentRequired(KioskError):
    message_key = "approval.comment_required"


class OwnRequest(KioskError):
    """Four eyes: a supervisor may not decide a request they made themselves."""

    message_key = "approval.own_request"


def check_four_eyes(requested_by: str, supervisor: str) -> None:
    """Raise :class:`OwnRequest` when ``supervisor`` is the one who asked (user names are
    compared case-insensitively, as accounts store them)."""
    if requested_by.strip().casefold() == supervisor.strip().casefold():
        raise OwnRequest(f"{supervisor} may not decide their own request",
                         supervisor=supervisor)


@dataclass(frozen=True)
class ApprovalItem:
    """What a saved capture step asks to be signed off (before it is stored)."""

    kind: str
    subject: str  # ISO finger position codes, comma-separated; "" for the portrait
    reason: str
    status: ApprovalStatus  # approved | pending | not_required
    supervisor: str | None = None
    at: datetime | None = None  # when the supervisor signed (at the desk)
    exception_kind: str | None = None


@dataclass(frozen=True)
class ApprovalRow:
    """One row of the register, with the enrollment it belongs to."""

    id: int
    enrollment_id: str
    station_id: str
    officer_id: str
    enrollment_state: State
    kind: str
    subject: str
    exception_kind: str | None
    reason: str
    requested_by: str
    requested_at: datetime
    status: ApprovalStatus
    decided_by: str | None
    decided_at: datetime | None
    comment: str | None


_COLUMNS = ("a.id, a.enrollment_id, e.station_id, e.officer_id, e.state, a.kind, a.subject, "
            "a.exception_kind, a.reason, a.requested_by, a.requested_at, a.status, a.decided_by,"
            " a.decided_at, a.comment")


def _row(r: tuple) -> ApprovalRow:
    return ApprovalRow(r[0], r[1], r[2], r[3], State(r[4]), r[5], r[6], r[7], r[8], r[9],
                       datetime.fromisoformat(r[10]), ApprovalStatus(r[11]), r[12],
                       datetime.fromisoformat(r[13]) if r[13] else None, r[14])


def register(repo: Repository, enrollment_id: str, kinds: Iterable[str],
             items: Iterable[ApprovalItem], *, actor: str) -> None:
    """Replace the enrollment's items of ``kinds`` by ``items``: an item already registered
    (same kind, subject and reason) keeps its row and decision unless it was rejected; the
    others (and every rejected one) are withdrawn."""
    kinds = tuple(kinds)
    now = repo.clock().isoformat()
    marks = ", ".join("?" * len(kinds))
    existing = {(r[1], r[2], r[3]): r[0] for r in repo.db.execute(
        f"SELECT id, kind, subject, reason FROM approvals WHERE enrollment_id = ? AND kind IN "
        f"({marks}) AND status NOT IN "
        f"({quoted(ApprovalStatus.WITHDRAWN, ApprovalStatus.REJECTED)})",
        [enrollment_id, *kinds])}
    # a rejected item is never kept: the step was captured again, so it is withdrawn
    rejected = [r[0] for r in repo.db.execute(
        f"SELECT id FROM approvals WHERE enrollment_id = ? AND kind IN ({marks}) AND "
        f"status = {quoted(ApprovalStatus.REJECTED)}", [enrollment_id, *kinds])]
    for item in items:
        if item.status == ApprovalStatus.APPROVED and item.supervisor:
            check_four_eyes(actor, item.supervisor)
        if existing.pop((item.kind, item.subject, item.reason), None) is not None:
            continue
        signed = item.status == ApprovalStatus.APPROVED
        repo.db.execute(  # the desk's station kept with the item: reports read no join
            "INSERT INTO approvals (enrollment_id, kind, subject, exception_kind, reason, "
            "requested_by, requested_at, status, decided_by, decided_at, station) SELECT "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, station_id FROM enrollments WHERE id = ?",
            [enrollment_id, item.kind, item.subject, item.exception_kind, item.reason, actor, now,
             item.status, item.supervisor if signed else None,
             (item.at.isoformat() if item.at else now) if signed else None, enrollment_id])
    for approval_id in [*existing.values(), *rejected]:
        repo.db.execute(f"UPDATE approvals SET status = {quoted(ApprovalStatus.WITHDRAWN)} "
                        "WHERE id = ?", [approval_id])


# (its text made once: finalize runs it in every save's transaction)
_OPEN_KINDS = (f"SELECT kind, status FROM approvals WHERE enrollment_id = ? AND status IN "
               f"({quoted(*OPEN_APPROVALS)}) ORDER BY status = "
               f"{quoted(ApprovalStatus.REJECTED)}")


def open_kinds(repo: Repository, enrollment_id: str) -> dict[str, ApprovalStatus]:
    """{kind: REJECTED | PENDING} of the items that block the enrollment (rejected wins)."""
    found: dict[str, ApprovalStatus] = {}
    for kind, status in repo.db.execute(_OPEN_KINDS, [enrollment_id]):
        found[kind] = ApprovalStatus(status)
    return found


def check_finalizable(repo: Repository, enrollment_id: str) -> None:
    """Raise :class:`ApprovalPending` or :class:`ApprovalRejected` (its ``kinds`` param: what
    to capture again) when an item blocks it."""
    blocking = open_kinds(repo, enrollment_id)
    statuses = set(blocking.values())
    if ApprovalStatus.REJECTED in statuses:
        kinds = sorted(k for k, s in blocking.items() if s == "rejected")
        raise ApprovalRejected(f"a supervisor rejected {', '.join(kinds)} of {enrollment_id}",
                               enrollment_id=enrollment_id, kinds=kinds)
    if ApprovalStatus.PENDING in statuses:
        raise ApprovalPending(f"enrollment {enrollment_id} waits for a supervisor's approval",
                              enrollment_id=enrollment_id)


def pending(repo: Repository, limit: int = 500) -> list[ApprovalRow]:
    """Items waiting for a supervisor, oldest first (drafts only; cancelled ones drop out)."""
    return [_row(r) for r in repo.db.execute(
        f"SELECT {_COLUMNS} FROM approvals a JOIN enrollments e ON e.id = a.enrollment_id "
        f"WHERE a.status = {quoted(ApprovalStatus.PENDING)} AND e.state IN "
        f"({quoted(State.DRAFT, State.CAPTURED)}) "
        "ORDER BY a.requested_at, a.id LIMIT ?", [limit])]


def for_enrollment(repo: Repository, enrollment_id: str) -> list[ApprovalRow]:
    """Every item of one enrollment but withdrawn ones, in the order they were requested."""
    return [_row(r) for r in repo.db.execute(
        f"SELECT {_COLUMNS} FROM approvals a JOIN enrollments e ON e.id = a.enrollment_id "
        f"WHERE a.enrollment_id = ? AND a.status != {quoted(ApprovalStatus.WITHDRAWN)} "
        "ORDER BY a.requested_at, a.id",
        [enrollment_id])]


def rows(repo: Repository, since: datetime, until: datetime) -> list[ApprovalRow]:
    """Every item (but withdrawn ones) requested in [since, until), in order."""
    return [_row(r) for r in repo.db.execute(
        f"SELECT {_COLUMNS} FROM approvals a JOIN enrollments e ON e.id = a.enrollment_id "
        f"WHERE a.status != {quoted(ApprovalStatus.WITHDRAWN)} AND a.requested_at >= ? "
        "AND a.requested_at < ? "
        "ORDER BY a.requested_at, a.id", [since.isoformat(), until.isoformat()])]


def decide(repo: Repository, approval_id: int, approve: bool, supervisor: str,
           comment: str) -> ApprovalRow:
    """Record a supervisor's decision (the caller has re-authenticated the supervisor)."""
    comment = " ".join(comment.split())
    if not comment:
        raise CommentRequired("a decision needs a comment")
    with repo.db.atomic():
        row = repo.db.execute(
            f"SELECT {_COLUMNS} FROM approvals a JOIN enrollments e ON e.id = a.enrollment_id "
            "WHERE a.id = ?", [approval_id]).fetchone()
        if row is None or row[11] != "pending" or State(row[4]) not in (State.DRAFT,
                                                                          State.CAPTURED):
            raise ApprovalClosed(f"approval {approval_id} is no longer pending",
                                 approval_id=approval_id)
        check_four_eyes(row[9], supervisor)
        status = "approved" if approve else "rejected"
        repo.db.execute("UPDATE approvals SET status = ?, decided_by = ?, decided_at = ?, "
                        "comment = ? WHERE id = ?",
                        [status, supervisor, repo.clock().isoformat(), comment, approval_id])
        repo.record_event(row[1], supervisor, "approval_decided",
                          {"approval": approval_id, "kind": row[5], "subject": row[6],
                           "status": status, "comment": comment})
        return _row(repo.db.execute(
            f"SELECT {_COLUMNS} FROM approvals a JOIN enrollments e ON e.id = a.enrollment_id "
            "WHERE a.id = ?", [approval_id]).fetchone())
