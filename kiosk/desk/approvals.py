"""Sign-offs of the desk: what a saved step asks a supervisor for, and deciding later.

At the desk a supervisor re-authenticates in the approval dialog (status ``approved``); when
the officer chooses "ask a supervisor later" the item is ``pending`` and the enrollment cannot
be finalized until a supervisor approves it from the pending list, here, after typing their
password again (:func:`decide_as`).
"""

from __future__ import annotations

from kiosk.accounts.errors import NotPermitted
from kiosk.accounts.roles import Permission
from kiosk.accounts.service import Accounts
from kiosk.desk.results import Approval, FaceResult, FingerprintSet
from kiosk.domain.vocabulary import ApprovalStatus, CaptureMode
from kiosk.store import approvals
from kiosk.store.approvals import ApprovalItem, ApprovalRow
from kiosk.store.store import Store


def _item(kind: str, subject: str, reason: str, approval: Approval | None,
          exception_kind: str | None = None) -> ApprovalItem:
    if approval is None or approval.status == ApprovalStatus.NOT_REQUIRED:
        return ApprovalItem(kind, subject, reason, ApprovalStatus.NOT_REQUIRED,
                            exception_kind=exception_kind)
    if approval.status == ApprovalStatus.PENDING:
        return ApprovalItem(kind, subject, reason, ApprovalStatus.PENDING,
                            exception_kind=exception_kind)
    return ApprovalItem(kind, subject, reason, ApprovalStatus.APPROVED, approval.supervisor,
                        approval.at, exception_kind)


def face_items(face: FaceResult) -> list[ApprovalItem]:
    """A forced portrait is one item."""
    if face.mode != CaptureMode.FORCED:
        return []
    reason = face.forced_reason or (face.approval.reason if face.approval else "")
    return [_item(approvals.FORCE_FACE, "", reason, face.approval)]


def finger_items(fingers: FingerprintSet) -> list[ApprovalItem]:
    """One item per forced capture step (its fingers share the decision) and per exception."""
    forced: dict[tuple[str, Approval | None], list[int]] = {}
    for position, sample in sorted(fingers.samples.items()):
        if sample.forced_reason:
            forced.setdefault((sample.forced_reason, sample.approval), []).append(int(position))
    items = [_item(approvals.FORCE_FINGERS, ",".join(map(str, codes)), reason, approval)
             for (reason, approval), codes in forced.items()]
    items += [_item(approvals.FINGER_EXCEPTION, str(int(position)), e.reason, e.approval, e.kind)
              for position, e in sorted(fingers.exceptions.items())]
    return items


def pending(store: Store) -> list[ApprovalRow]:
    """What waits for a supervisor (read on the calling thread)."""
    return store.read(approvals.pending)


def decide_as(store: Store, accounts: Accounts, approval_id: int, approve: bool,
              username: str, password: str, comment: str) -> ApprovalRow:
    """Re-authenticate the supervisor, then record the decision with the comment."""
    if not " ".join(comment.split()):
        raise approvals.CommentRequired("a decision needs a comment")
    session = accounts.authenticate(username, password)
    if not session.officer.can(Permission.APPROVE_EXCEPTIONS):
        raise NotPermitted(f"{session.officer.username} may not approve exceptions")
    supervisor = session.officer.username
    return store.write(lambda r: approvals.decide(r, approval_id, approve, supervisor,
                                                  comment)).result()
