"""The words the layers share: approval status, capture mode, sample kind, outbox status,
the central's receipt status and sync state. Each is a :class:`enum.StrEnum`, so the stored
and transmitted values are the same strings as before (``ApprovalStatus.PENDING ==
"pending"``); values read back from the database are turned into their members where they
are read (:mod:`kiosk.store.records`, :mod:`kiosk.desk.codec`). In SQL text they are
formatted by :func:`kiosk.store.sql_text.quoted`, never typed."""

from __future__ import annotations

import enum


class ApprovalStatus(enum.StrEnum):
    """A forced capture's or finger exception's sign-off (``approvals.status``)."""

    APPROVED = "approved"          # a supervisor signed at the desk
    PENDING = "pending"            # deferred to the supervisor's list: finalize waits
    NOT_REQUIRED = "not_required"  # the station asks for no sign-off
    REJECTED = "rejected"          # a supervisor refused: finalize waits for a new capture
    WITHDRAWN = "withdrawn"        # the step was saved again without it


# statuses that keep an enrollment from being finalized
OPEN_APPROVALS = (ApprovalStatus.PENDING, ApprovalStatus.REJECTED)


class CaptureMode(enum.StrEnum):
    """How the kept portrait was taken."""

    AUTO = "auto"
    MANUAL = "manual"
    FORCED = "forced"


class SampleKind(enum.StrEnum):
    """A stored biometric sample's kind (``biometrics.kind``)."""

    FACE = "face"
    FINGER = "finger"


class OutboxStatus(enum.StrEnum):
    """An outbox row's progress (``outbox.status``)."""

    PENDING = "pending"      # waiting to be sent
    SENT = "sent"            # uploaded, the central service's verdict not yet known
    DONE = "done"            # accepted or rejected
    CANCELLED = "cancelled"  # the enrollment was cancelled


class ReceiptStatus(enum.StrEnum):
    """What a central service's signed receipt says of a packet (``receipts.status``,
    ``packets.server_status``)."""

    STORED = "stored"          # a PUT answer: the packet is kept
    PROCESSING = "processing"  # a GET answer: no decision yet
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class SyncState(enum.StrEnum):
    """The sync worker's state as the status line and the console show it."""

    ONLINE = "online"
    OFFLINE = "offline"
    THROTTLED = "throttled"
    BACKING_OFF = "backing_off"
    AUTH_FAILED = "auth_failed"
    NOT_CONFIGURED = "not_configured"
    STOPPED = "stopped"
