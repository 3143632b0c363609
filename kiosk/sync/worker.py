"""The background sync worker: drains the outbox oldest first, never on the UI thread.

One daemon thread runs the loop; uploads run on a small pool bounded by the AIMD limit
(1 by default). Every decision about timing comes from :class:`ClientPolicy`. The store's
outbox row closes only when the central service confirmed it holds the packet with a signed
receipt that verifies (:mod:`kiosk.sync.receipt`), so a crash, a kill, a lost or a forged
answer means the same sealed bytes are sent again and deduplicated there.
"""

from __future__ import annotations

import logging
import queue
import random
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, replace
from datetime import timedelta
from functools import partial
from typing import Any, TypeVar

from kiosk.domain.vocabulary import SyncState
from kiosk.store.repository import Change, Repository
from kiosk.store.store import Store
from kiosk.sync import outbox, ticket_reports
from kiosk.sync.client import CentralClient, Kind, Reply
from kiosk.sync.packet import SealedPacket
from kiosk.sync.policy import Admission, Breaker, ClientPolicy, Outcome, PolicyConfig
from kiosk.sync.receipt import Receipt
from kiosk.sync.status import SyncStatus
from kiosk.sync.ticket_wire import MAX_USES, Result, Use

log = logging.getLogger(__name__)
T = TypeVar("T")
ACTOR = "sync"
AUTH_PAUSE_S = 600.0
# idle, the worker sleeps until the store announces a change to the outbox (Store.subscribe)
# or this long: it bounds only how late a retry whose time has come is noticed
IDLE_WAIT_S = 1.0
REFRESH_S = 0.2   # while uploads run, the status counts are recomputed at most this often
BACKOFF_SHOWN_S = 1.0  # uploads held back this long read "backing off" (a shorter gap: pacing)
STORED_BATCH = 32
STORED_DELAY_S = 0.2
CHECK_TIMEOUT_S = 1.5   # a desk's ticket check never keeps the officer waiting longer
CHECK_PAUSE_S = 60.0    # after a check without an answer, the next ones are not asked
_UNREACHABLE = frozenset({"sync.offline", "sync.timeout", "sync.throttled", "sync.auth_failed",
                          "sync.connection_lost", "sync.server_error"})


@dataclass
class WorkerConfig:
    policy: PolicyConfig
    poll_interval_s: float = 60.0
    retention: timedelta = timedelta(hours=24)
    purge_interval_s: float = 300.0


STOP_GRACE_S = 2.0   # at stop, how long an upload in flight may still finish


class UploadPool:
    """Runs uploads on ``size`` daemon threads. Unlike ThreadPoolExecutor (whose threads the
    interpreter joins at exit), an upload that stalls at shutdown is abandoned after a grace
    period instead of holding the kiosk open for the whole stall timeout; its outbox row is
    still pending, so the same packet is sent again at the next start and deduplicated."""

    def __init__(self, size: int, name: str) -> None:
        self._jobs: queue.SimpleQueue[tuple[Future[Any], Callable[[], Any]] | None] = (
            queue.SimpleQueue())
        self._threads = [threading.Thread(target=self._serve, name=f"{name}-{i}", daemon=True)
                         for i in range(size)]
        for thread in self._threads:
            thread.start()

    def _serve(self) -> None:
        while (job := self._jobs.get()) is not None:
            future, fn = job
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(fn())
                except BaseException as exc:  # delivered to whoever reads the future
                    future.set_exception(exc)

    def submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        future: Future[T] = Future()
        self._jobs.put((future, lambda: fn(*args)))
        return future

    def shutdown(self, grace_s: float) -> bool:
        """Let running jobs finish for up to ``grace_s``; True when every thread ended."""
        for _ in self._threads:
            self._jobs.put(None)
        deadline = time.monotonic() + grace_s
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        return not any(thread.is_alive() for thread in self._threads)


# (repository, enrollment id) -> sealed packet; runs on the store's writer thread
Sealer = Callable[[Repository, str], SealedPacket]

_STATE_OF_ERROR = {"sync.offline": SyncState.OFFLINE, "sync.throttled": SyncState.THROTTLED,
                   "sync.auth_failed": SyncState.AUTH_FAILED}


@dataclass
class _Upload:
    """One outbox row from its first upload to its committed outcome: what the worker knows
    of it, in one place (``attempts`` survives a failed try: the next one is a retry)."""

    seq: int
    enrollment_id: str
    attempts: int = 0                        # answers learnt from; > 0: the next is a retry
    sent_at: float = 0.0                     # monotonic time of the current upload
    sending: Future[Reply] | None = None     # the upload in flight
    receipt: Receipt | None = None           # stored by the central, not yet recorded here
    closing: Future[Any] | None = None       # its outcome write, not yet committed
    final: bool = False                      # stored or rejected: forgotten once recorded

    @property
    def busy(self) -> bool:
        """Sent, or its outcome not yet committed: never picked again meanwhile."""
        return self.sending is not None or self.receipt is not None or self.closing is not None


class SyncWorker:
    """Start with :meth:`start`, stop with :meth:`stop`; :meth:`status` is thread-safe."""

    def __init__(self, store: Store, client: CentralClient, sealer: Sealer,
                 config: WorkerConfig, rng: random.Random | None = None,
                 on_stop: Sequence[Callable[[], None]] = ()) -> None:
        self.store = store
        self._on_stop = list(on_stop)   # e.g. the demo central service, stopped after us
        self.client = client
        self.sealer = sealer
        self.config = config
        self.rng = rng or random.Random()
        self.policy = ClientPolicy(config.policy, self.rng)
        self._pool = UploadPool(config.policy.max_in_flight, "kiosk-sync-upload")
        self._uploads: dict[int, _Upload] = {}   # by outbox row
        self._stored_since: float | None = None  # the oldest confirmation not yet recorded
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._status = SyncStatus()
        self._lock = threading.Lock()
        self._next_poll = 0.0
        self._next_purge = 0.0
        self._next_refresh = 0.0
        self._uploaded = 0
        self._skew_corrected = False
        self._next_tickets = 0.0
        self._check_floor = 0.0   # a ticket check's Retry-After, for the loop to honour
        self._checks_paused = 0.0   # after a check that got no answer

    # -- control ----------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is None:
            self._on_stop.append(self.store.subscribe(self._store_changed))
            self._thread = threading.Thread(target=self._run, name="kiosk-sync", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop within about ``STOP_GRACE_S`` even when an upload stalls: what finished is
        recorded, an upload still in flight is abandoned (sent again at the next start)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        for upload in self._sending():
            if upload.sending is not None:
                upload.sending.cancel()     # only those not started yet
        if not self._pool.shutdown(STOP_GRACE_S):
            log.info("sync: an upload still in flight at stop is left to the next start")
        self._harvest(time.monotonic())   # what finished in the grace period
        self._flush_stored(time.monotonic(), force=True)
        self._settle(wait=True)
        self.client.close()
        for stop in self._on_stop:
            try:
                stop()
            except Exception as exc:  # stopping must go on
                log.warning("sync: stopping %s failed: %s", stop, exc)
        self._on_stop = []

    def _sending(self) -> list[_Upload]:
        return [u for u in self._uploads.values() if u.sending is not None]

    def _in_flight(self) -> int:
        return sum(1 for u in self._uploads.values() if u.sending is not None)

    def _to_record(self) -> list[_Upload]:
        """Confirmed by the central service, their recording not yet queued."""
        return [u for u in self._uploads.values() if u.receipt is not None and u.closing is None]

    def _store_changed(self, changes: frozenset[Change]) -> None:
        """A write committed (writer thread): an upload was queued or settled, or an
        enrollment changed state; look at the outbox and the counts now."""
        self._wake.set()

    def status(self) -> SyncStatus:
        with self._lock:
            return self._status

    def check_ticket_use(self, use: Use, timeout_s: float = CHECK_TIMEOUT_S) -> Result | None:
        """Ask the central service about one ticket use (any thread): its signed result, or
        None at once when the central is known unreachable, busy or backing off, and None
        when it does not answer within ``timeout_s``. The use is then reported at sync."""
        now = time.monotonic()
        with self._lock:
            last_error = self._status.last_error_key
        if (self._stop.is_set() or last_error in _UNREACHABLE or now < self.policy.not_before
                or now < self._check_floor or now < self._checks_paused
                or self.policy.breaker.state(now) is not Breaker.CLOSED):
            return None
        reply = self.client.ticket_uses("check", [use], timeout_s)
        if isinstance(reply, Reply):
            log.info("sync: ticket check not answered (%s): accepted, reported later",
                     reply.error_key)
            with self._lock:
                if reply.retry_after:   # a floor for the uploads too (applied by the loop)
                    self._check_floor = max(self._check_floor,
                                            time.monotonic() + reply.retry_after)
                if reply.outcome in (Outcome.TIMEOUT, Outcome.TRANSIENT):
                    # the next scans do not wait on it again until the pause is over
                    self._checks_paused = time.monotonic() + CHECK_PAUSE_S
            return None
        return reply[0]

    @property
    def uploaded(self) -> int:
        """Uploads confirmed so far, at once (``status().uploaded`` lags up to 0.2 s)."""
        return self._uploaded

    # -- the loop ---------------------------------------------------------------------

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()   # before the step: a wake during the step is not lost
            try:
                self.step(time.monotonic())
            except Exception as exc:  # the store failing must not kill the worker
                log.warning("sync step failed: %s", exc)
                self._set_error("sync.internal", str(exc))
                self.policy.pause_until(time.monotonic() + 5.0)
            self._wake.wait(0.05 if self._in_flight() else self._idle_wait(time.monotonic()))

    def _idle_wait(self, now: float) -> float:
        """How long to sleep with nothing in flight: until the next poll, purge or the end
        of a pause, at most IDLE_WAIT_S (a new outbox row wakes the worker sooner)."""
        due = [self._next_poll, self._next_purge]
        if self.policy.ready_at() > now:
            due.append(self.policy.ready_at())
        if self._to_record():
            due.append(now + STORED_DELAY_S)
        return min(IDLE_WAIT_S, max(0.01, min(due) - now))

    def step(self, now: float) -> None:
        """One pass: harvest finished uploads, start new ones, poll, purge, refresh status."""
        self._harvest(now)
        self._start_uploads(now)
        self._flush_stored(now)
        self._settle(wait=False)
        if now >= self._next_refresh or not self._in_flight():
            self._next_refresh = now + REFRESH_S
            self._refresh(now)
        # uploads first: a status poll (sequential GETs) waits for a pause in the uploads,
        # unless it is a whole interval overdue
        due = now >= self._next_poll and (
            not self._in_flight() or now >= self._next_poll + self.config.poll_interval_s)
        if due and self.policy.may_send(now, self._in_flight()):
            self._poll(now)
            self._refresh(time.monotonic())
        with self._lock:
            floor, self._check_floor = self._check_floor, 0.0
        self.policy.not_before = max(self.policy.not_before, floor)
        if (now >= self._next_tickets and not self._in_flight()
                and self.policy.may_send(now, 0)):
            self._report_tickets(now)
        if now >= self._next_purge:
            self._next_purge = now + self.config.purge_interval_s
            self.store.write(lambda r: outbox.purge_accepted(
                r, self.config.retention, self.client.receipt_key)).result()
            self.store.expire_copies()  # receipts go with the payloads; old backups expire

    def _harvest(self, now: float) -> None:
        """Learn from the uploads that finished (cancelled ones never started)."""
        for upload in self._sending():
            future = upload.sending
            if future is not None and future.done() and not future.cancelled():
                upload.sending = None
                try:
                    reply = future.result()
                except Exception as exc:  # a client bug must not leak the row: retry it
                    log.warning("sync: upload of outbox row %s failed: %r", upload.seq, exc)
                    reply = Reply(Kind.RETRY, Outcome.TRANSIENT, "sync.internal", repr(exc))
                self._apply(upload, reply, now)

    def _start_uploads(self, now: float) -> None:
        while self.policy.may_send(now, self._in_flight()):
            busy = {seq for seq, u in self._uploads.items() if u.busy}
            rows = self.store.read(partial(outbox.next_uploads, limit=1, now=self.store.now(),
                                           skip=busy))
            if not rows:
                return
            seq, enrollment_id = rows[0]
            upload = self._uploads.setdefault(seq, _Upload(seq, enrollment_id))
            with self._lock:
                backlog = self._status.queue_length - self._in_flight()
            admission = self.policy.admit(now, self._in_flight(), retry=upload.attempts > 0,
                                          backlog=max(1, backlog))
            # a local decision follows earlier failures: the status keeps naming their cause
            # (offline stays offline), and says something only when there was none
            if admission is Admission.NO_BUDGET:
                self._set_error_if_none("sync.retry_budget", "retry budget spent; waiting")
                return
            if admission is Admission.THROTTLED:
                self._set_error_if_none("sync.throttled",
                                        "throttled locally to let the service recover")
                return
            packet = self.store.read(partial(outbox.load_packet, enrollment_id=enrollment_id))
            if packet is None:
                packet = self.store.write(partial(self._seal, enrollment_id=enrollment_id)
                                          ).result()
            upload.sent_at = time.monotonic()
            upload.sending = self._pool.submit(self.client.upload, packet)
            upload.sending.add_done_callback(lambda _f: self._wake.set())  # once done()

    def _apply(self, upload: _Upload, reply: Reply, now: float) -> None:
        """Learn from one answer and queue its outcome write. The next upload starts without
        waiting for that commit (the row stays excluded until it lands); a crash before it
        lands only means the same packet is sent again and answered 200."""
        enrollment_id, seq = upload.enrollment_id, upload.seq
        latency = now - upload.sent_at
        first_try = upload.attempts == 0
        upload.attempts += 1
        self._learn(reply, now, first_try, latency)
        if reply.kind is Kind.STORED and reply.receipt is not None:
            # written in batches: _flush_stored
            upload.receipt, upload.final = reply.receipt, True
            self._stored_since = self._stored_since or now
            self._uploaded += 1
            self._next_poll = min(self._next_poll, now + self._poll_delay() / 4)
            return
        if reply.kind is Kind.REJECTED:
            upload.final = True
            upload.closing = self.store.write(lambda r: outbox.mark_result(
                r, enrollment_id, "rejected", reply.reason, actor=ACTOR,
                receipt=reply.receipt))
        else:
            upload.closing = self.store.write(
                lambda r: outbox.record_failure(r, seq, reply.detail, None))

    def _flush_stored(self, now: float, force: bool = False) -> None:
        """Record confirmed uploads in one transaction per batch (a backlog drains with one
        commit per 32 packets, not one each): at 32, after 0.2 s, when idle, or at stop."""
        uploads = self._to_record()
        if not uploads:
            return
        if not (force or len(uploads) >= STORED_BATCH or not self._in_flight()
                or now - (self._stored_since or now) >= STORED_DELAY_S):
            return
        self._stored_since = None
        batch = [(u.seq, u.enrollment_id, u.receipt) for u in uploads if u.receipt is not None]

        def write(repo: Repository) -> None:
            with repo.db.atomic():
                for seq, enrollment_id, receipt in batch:
                    try:
                        with repo.db.atomic():   # a savepoint: one bad row blocks no other
                            outbox.mark_uploaded(repo, enrollment_id, actor=ACTOR,
                                                 receipt=receipt)
                    except Exception as exc:
                        log.warning("sync: cannot record upload of outbox row %s: %s", seq,
                                    exc)

        future = self.store.write(write)
        for upload in uploads:
            upload.closing = future

    def _settle(self, wait: bool) -> None:
        """Forget outcome writes that committed (all of them when ``wait``); a failed one
        leaves its row pending, so the upload is simply repeated."""
        for seq, upload in list(self._uploads.items()):
            write = upload.closing
            if write is None or not (wait or write.done()):
                continue
            upload.closing = upload.receipt = None
            if upload.final:
                del self._uploads[seq]   # recorded (or, if the write failed, tried afresh)
            try:
                write.result()
            except Exception as exc:
                log.warning("sync bookkeeping failed for outbox row %s: %s", seq, exc)
                self._set_error("sync.internal", str(exc))

    def _learn(self, reply: Reply, now: float, first_try: bool,
               latency: float | None = None) -> None:
        if reply.kind is Kind.AUTH:
            self.policy.breaker.on_failure(now, AUTH_PAUSE_S)
            self.policy.breaker.opened_at = now
            self.policy.pause_until(now + AUTH_PAUSE_S * self.rng.uniform(1.0, 1.5))
        elif reply.error_key == "sync.clock_skew" and not self._skew_corrected:
            self._skew_corrected = True   # the client corrected its clock: try again at once,
        else:                             # but a second skew answer in a row backs off
            if reply.error_key != "sync.clock_skew":
                self._skew_corrected = False
            self.policy.record(now, reply.outcome, self._in_flight() + 1, first_try,
                               reply.retry_after, latency)
        if reply.outcome is Outcome.SUCCESS and reply.kind is not Kind.REJECTED:
            self._set_error(None, "")
        elif reply.error_key:
            self._set_error(reply.error_key, reply.detail)

    def _seal(self, repo: Repository, enrollment_id: str) -> SealedPacket:
        """Seal an enrollment's packet now and keep it in the outbox."""
        return outbox.save_packet(repo, self.sealer(repo, enrollment_id))

    def _poll_delay(self) -> float:
        return self.config.poll_interval_s * self.rng.uniform(0.5, 1.5)

    def _poll(self, now: float) -> None:
        self._next_poll = now + self._poll_delay()
        for enrollment_id, sha256 in self.store.read(lambda r: outbox.awaiting_result(r, 20)):
            reply = self.client.status(enrollment_id, sha256)
            if reply.kind is not Kind.STATUS:
                self._learn(reply, time.monotonic(), False)
                return
            if reply.status in ("accepted", "rejected"):
                self.store.write(partial(
                    outbox.mark_result, enrollment_id=enrollment_id, status=reply.status,
                    reason=reply.reason, actor=ACTOR, receipt=reply.receipt)).result()
            else:
                self._next_poll = min(self._next_poll, now + 1.0 + self.rng.random())

    def _report_tickets(self, now: float) -> None:
        """Send the ticket uses accepted without the central's word (one request of up to
        100); the central flags second uses for review and says so."""
        uses = self.store.read(lambda r: ticket_reports.unreported(r.db))
        if not uses:
            self._next_tickets = now + self._poll_delay()
            return
        reply = self.client.ticket_uses("report", uses)
        if isinstance(reply, Reply):
            self._learn(reply, time.monotonic(), False)
            self._next_tickets = now + self._poll_delay()
            return
        self._learn(Reply(Kind.STATUS, Outcome.SUCCESS), time.monotonic(), True)
        self.store.write(lambda r: ticket_reports.record(r.db, reply, self.store.now())).result()
        self._next_tickets = now if len(uses) == MAX_USES else now + self._poll_delay()

    # -- status -----------------------------------------------------------------------

    def _set_error(self, key: str | None, detail: str) -> None:
        with self._lock:
            self._status = replace(self._status, last_error_key=key, last_error_detail=detail)

    def _set_error_if_none(self, key: str, detail: str) -> None:
        with self._lock:
            if self._status.last_error_key is None:
                self._status = replace(self._status, last_error_key=key,
                                       last_error_detail=detail)

    def _refresh(self, now: float) -> None:
        stats = self.store.read(outbox.queue_stats)
        in_flight = self._in_flight()
        held = stats.pending > in_flight   # uploads waiting for the policy to let them go
        # the next try: the end of the back-off, of the breaker's pause or of the pacing gap
        wait = max(0.0, self.policy.ready_at() - now) if held else 0.0
        retrying = any(u.sending is not None and u.attempts > 0 for u in self._uploads.values())
        with self._lock:
            key = self._status.last_error_key
            state = _STATE_OF_ERROR.get(key) if key is not None else None
            if state is None:
                # "online" only while uploads go out as they come: not while the breaker or
                # the pacing holds them back (the error may be cleared by then), nor, after
                # a failed try, until one succeeds: while the retry waits, hangs on a
                # central service that has not answered, or is about to start
                backing_off = (wait >= BACKOFF_SHOWN_S
                               or (key is not None and (wait > 0 or retrying or held)))
                state = SyncState.BACKING_OFF if backing_off else SyncState.ONLINE
            now_utc = self.store.now()
            age = ((now_utc - stats.oldest_pending_at).total_seconds()
                   if stats.oldest_pending_at else None)
            waiting = ((now_utc - stats.oldest_waiting_at).total_seconds()
                       if stats.oldest_waiting_at else None)
            self._status = replace(self._status, state=state, queue_length=stats.pending,
                                   awaiting_result=stats.awaiting_result,
                                   oldest_pending_age_s=age, waiting_age_s=waiting,
                                   retry_in_s=wait,
                                   rejected=stats.rejected,
                                   last_rejection=stats.last_rejection,
                                   in_flight=in_flight, uploaded=self._uploaded)
