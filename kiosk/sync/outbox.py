"""Sync-side reads and writes on the store: sealed packets, outbox progress, receipts, purge.

Every function takes the :class:`Repository` of the calling thread (``store.write(fn)`` for
writes, ``store.read(fn)`` for reads) and runs one transaction.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from kiosk.domain.enrollment import State
from kiosk.domain.vocabulary import OutboxStatus, ReceiptStatus
from kiosk.store.repository import Repository
from kiosk.store.sql_text import quoted
from kiosk.sync.packet import SealedPacket
from kiosk.sync.receipt import Receipt, ReceiptError, verify_stored

log = logging.getLogger(__name__)

# How long a rejected upload keeps being shown on the status line (the today list and the
# reports keep it for good).
REJECTED_SHOWN_FOR = timedelta(hours=24)


@dataclass(frozen=True)
class QueueStats:
    pending: int
    awaiting_result: int
    oldest_pending_at: datetime | None
    rejected: int = 0                   # uploads refused by the central in the last 24 h
    last_rejection: str | None = None   # the newest one's machine reason
    oldest_waiting_at: datetime | None = None  # pending and not carried out on an export


def save_packet(repo: Repository, packet: SealedPacket) -> SealedPacket:
    """Keep the sealed packet; the first one sealed for an enrollment wins (never resealed)."""
    with repo.db.atomic():
        added = repo.db.execute(
            "INSERT OR IGNORE INTO packets (enrollment_id, sha256, size, sealed_at) "
            "VALUES (?, ?, ?, ?)", [packet.enrollment_id, packet.sha256, len(packet.data),
                                    repo.clock().isoformat()]).rowcount
        if added:
            repo.db.execute("INSERT INTO packet_data (enrollment_id, sealed) VALUES (?, ?)",
                            [packet.enrollment_id, packet.data])
    found = load_packet(repo, packet.enrollment_id)
    assert found is not None
    return found


def load_packet(repo: Repository, enrollment_id: str) -> SealedPacket | None:
    row = repo.db.execute("SELECT sealed FROM packet_data WHERE enrollment_id = ?",
                          [enrollment_id]).fetchone()
    return SealedPacket(enrollment_id, row[0]) if row else None


def next_uploads(repo: Repository, limit: int, now: datetime,
                 skip: Collection[int] = ()) -> list[tuple[int, str]]:
    """(outbox seq, enrollment id) of pending uploads whose retry time has come, oldest first,
    leaving out the outbox rows in ``skip`` (those in flight or being recorded)."""
    return [(r[0], r[1]) for r in repo.db.execute(
        f"SELECT seq, enrollment_id FROM outbox WHERE status = {quoted(OutboxStatus.PENDING)} "
        "AND action = 'upload' "
        "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) "
        "AND seq NOT IN (SELECT value FROM json_each(?)) ORDER BY seq LIMIT ?",
        [now.isoformat(), json.dumps(sorted(skip)), limit])]


def record_failure(repo: Repository, seq: int, error: str, retry_at: datetime | None) -> None:
    with repo.db.atomic():
        repo.db.execute("UPDATE outbox SET attempts = attempts + 1, last_error = ?, "
                        "next_attempt_at = ? WHERE seq = ?",
                        [error, retry_at.isoformat() if retry_at else None, seq])


def save_receipt(repo: Repository, receipt: Receipt) -> None:
    """Keep a verified receipt (the latest of its status for the enrollment)."""
    repo.db.execute("INSERT OR REPLACE INTO receipts (enrollment_id, status, receipt, signature,"
                    " received_at) VALUES (?, ?, ?, ?, ?)",
                    [receipt.enrollment_id, receipt.status, receipt.text(),
                     receipt.signature_b64(), repo.clock().isoformat()])


def mark_uploaded(repo: Repository, enrollment_id: str, *, actor: str,
                  receipt: Receipt) -> None:
    """The central service stored the packet (201 or 200, with its verified 'stored'
    receipt): finalized -> uploaded."""
    with repo.db.atomic():
        save_receipt(repo, receipt)
        state = repo.db.execute("SELECT state FROM enrollments WHERE id = ?",
                                [enrollment_id]).fetchone()
        if state and state[0] == State.FINALIZED:
            repo.transition(enrollment_id, State.UPLOADED, actor=actor)
        repo.db.execute("UPDATE packets SET uploaded_at = coalesce(uploaded_at, ?) "
                        "WHERE enrollment_id = ?", [repo.clock().isoformat(), enrollment_id])


def mark_result(repo: Repository, enrollment_id: str, status: str, reason: str | None, *,
                actor: str, receipt: Receipt | None = None) -> None:
    """Record the central decision: 'accepted' (only with its verified receipt), or
    'rejected' with the server's reason.

    A permanent rejection of the upload itself (400/413) arrives here from 'finalized'; the
    enrollment passes through 'uploaded' so the state machine and audit trail stay valid.
    """
    if status == "accepted" and (receipt is None or receipt.status != "accepted"
                                 or receipt.enrollment_id != enrollment_id):
        raise ValueError("an acceptance is recorded only with its verified receipt")
    with repo.db.atomic():
        if receipt is not None:
            save_receipt(repo, receipt)
        state = repo.get(enrollment_id).enrollment.state
        if state is State.FINALIZED:
            repo.transition(enrollment_id, State.UPLOADED, actor=actor)
            state = State.UPLOADED
        if state is State.UPLOADED:
            target = State.ACCEPTED if status == "accepted" else State.REJECTED
            repo.transition(enrollment_id, target, actor=actor,
                            reason=None if target is State.ACCEPTED else (reason or "rejected"))
        repo.db.execute("UPDATE packets SET server_status = ?, server_reason = ?, accepted_at = ?"
                        " WHERE enrollment_id = ?",
                        [status, reason, repo.clock().isoformat() if status == "accepted" else None,
                         enrollment_id])


def awaiting_result(repo: Repository, limit: int = 100) -> list[tuple[str, str]]:
    """(enrollment id, sha256 of its sealed packet) of uploads awaiting the central decision."""
    return [(r[0], r[1]) for r in repo.db.execute(
        "SELECT e.id, p.sha256 FROM enrollments e JOIN packets p ON p.enrollment_id = e.id "
        f"WHERE e.state = {quoted(State.UPLOADED)} ORDER BY e.id LIMIT ?", [limit])]


def purge_accepted(repo: Repository, retention: timedelta, receipt_key: Ed25519PublicKey,
                   now: datetime | None = None) -> int:
    """Delete biometric payloads and sealed packets of enrollments accepted longer ago than
    ``retention`` whose stored 'accepted' receipt verifies with ``receipt_key`` for that
    packet's hash; the enrollment row, audit trail, packet hash and receipts stay. An
    acceptance without such a receipt keeps its data (logged)."""
    cutoff = ((now or repo.clock()) - retention).isoformat()
    purged = 0
    with repo.db.atomic():
        rows = repo.db.execute(
            "SELECT p.enrollment_id, p.sha256, r.receipt, r.signature FROM packets p "
            "LEFT JOIN receipts r ON r.enrollment_id = p.enrollment_id AND r.status = "
            f"{quoted(ReceiptStatus.ACCEPTED)} WHERE p.server_status = "
            f"{quoted(ReceiptStatus.ACCEPTED)} AND p.purged_at IS NULL AND p.accepted_at <= ?",
            [cutoff]).fetchall()
        for enrollment_id, sha256, text, signature in rows:
            try:
                if text is None:
                    raise ReceiptError("no accepted receipt", reason="missing")
                verify_stored(text, signature, receipt_key, enrollment_id=enrollment_id,
                              sha256=sha256, status="accepted")
            except ReceiptError as exc:
                log.warning("sync: keeping the data of accepted enrollment %s: %s", enrollment_id,
                            exc)
                continue
            repo.db.execute("DELETE FROM biometrics WHERE enrollment_id = ?", [enrollment_id])
            repo.db.execute("DELETE FROM packet_data WHERE enrollment_id = ?", [enrollment_id])
            repo.db.execute("UPDATE packets SET purged_at = ? WHERE enrollment_id = ?",
                            [repo.clock().isoformat(), enrollment_id])
            purged += 1
    return purged


def queue_stats(repo: Repository) -> QueueStats:
    pending, oldest = repo.db.execute(
        "SELECT count(*), min(created_at) FROM outbox WHERE status = "
        f"{quoted(OutboxStatus.PENDING)}").fetchone()
    awaiting = repo.db.execute(
        f"SELECT count(*) FROM enrollments WHERE state = {quoted(State.UPLOADED)}").fetchone()[0]
    since = (repo.clock() - REJECTED_SHOWN_FOR).isoformat(timespec="microseconds")
    rejected, last = repo.db.execute(
        f"SELECT count(*), (SELECT reason FROM enrollments WHERE state = {quoted(State.REJECTED)}"
        " AND updated_at >= ?1 ORDER BY updated_at DESC LIMIT 1) FROM enrollments "
        f"WHERE state = {quoted(State.REJECTED)} AND updated_at >= ?1", [since]).fetchone()
    return QueueStats(pending, awaiting, datetime.fromisoformat(oldest) if oldest else None,
                      rejected, last, oldest_waiting_at(repo))


def oldest_waiting_at(repo: Repository) -> datetime | None:
    """When the oldest upload still waiting on this station was queued (an exported one has
    left it; a received one is the central's): what ``sync.max_days_offline`` measures."""
    oldest = repo.db.execute(
        "SELECT min(o.created_at) FROM outbox o WHERE o.status = "
        f"{quoted(OutboxStatus.PENDING)} "
        "AND o.action = 'upload' AND NOT EXISTS (SELECT 1 FROM events e WHERE "
        "e.enrollment_id = o.enrollment_id AND e.event = 'packet_exported')").fetchone()[0]
    return datetime.fromisoformat(oldest) if oldest else None


def all_sealed(repo: Repository) -> list[SealedPacket]:
    """Sealed packets not yet accepted (for offline export), oldest first."""
    return [SealedPacket(r[0], r[1]) for r in repo.db.execute(
        "SELECT d.enrollment_id, d.sealed FROM packet_data d JOIN packets p USING "
        "(enrollment_id) WHERE coalesce(p.server_status, '') != "
        f"{quoted(ReceiptStatus.ACCEPTED)} "
        "ORDER BY d.enrollment_id")]
