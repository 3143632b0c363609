"""The station believes no answer it cannot check: a fake central service (a stdlib HTTP server
on 127.0.0.1, in front of the real one) answers with missing, forged and mismatched receipts,
hostile numbers and headers, a 300 MB body and unparsable JSON. Each time nothing is marked or
purged, every enrollment keeps its biometrics and sealed packet, the worker stays alive and
retries, and the status line names a translated reason. Then the same station, pointed at the
real central service, drains and purges."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from synchelp import STATION, Central, fast_worker, open_station, signing_key_for
from test_sync_worker import wait_until
from uihelp import has_sentence

from central.store_sqlite import SQLiteStore as CentralStore
from kiosk.domain.enrollment import State
from kiosk.sync import outbox, receipt
from kiosk.sync.client import MAX_ANSWER_BYTES
from kiosk.sync.policy import RETRY_AFTER_CAP_S

MB = 1024 * 1024
HUGE = 300 * MB
SAMPLES = 3          # per enrollment (synchelp.samples)


class Fake:
    """A hostile central service. ``answer(fake, handler, body)`` writes each answer; PUTs
    may be forwarded to the real service (``forward``) so that a later honest GET finds them.
    """

    def __init__(self, answer: Callable[[Fake, BaseHTTPRequestHandler, bytes], None],
                 upstream: str, key: Ed25519PrivateKey) -> None:
        self.answer, self.upstream, self.key = answer, upstream, key
        self.requests: list[str] = []
        self.sent_max = 0                    # most body bytes written for one answer
        self.sha: dict[str, str] = {}        # enrollment id -> sha256 of the PUT body
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def handle_one(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                fake.requests.append(self.command)
                if self.command == "PUT":
                    fake.sha[self.path.rsplit("/", 1)[1]] = hashlib.sha256(body).hexdigest()
                try:
                    fake.answer(fake, self, body)
                except OSError:               # the station hung up: what we want
                    self.close_connection = True

            do_PUT = do_GET = handle_one

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        # shutdown() waits for the serving loop's next poll: 0.5 s by default, at every stop
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,),
                                       daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- answers --------------------------------------------------------------------------

    @staticmethod
    def send(h: BaseHTTPRequestHandler, code: int, body: bytes,
             headers: dict[str, str] | None = None) -> None:
        h.send_response(code)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            h.send_header(name, value)
        h.end_headers()
        h.wfile.write(body)

    def forward(self, h: BaseHTTPRequestHandler, body: bytes) -> httpx.Response:
        skip = {"host", "content-length", "connection", "accept-encoding"}
        headers = {k: v for k, v in h.headers.items() if k.lower() not in skip}
        return httpx.request(h.command, self.upstream + h.path, content=body, headers=headers)

    def relay(self, h: BaseHTTPRequestHandler, body: bytes) -> None:
        real = self.forward(h, body)
        self.send(h, real.status_code, real.content)

    def receipt(self, h: BaseHTTPRequestHandler, status: str, *, key=None, eid=None,
                sha=None) -> dict:
        enrollment = h.path.rsplit("/", 1)[1]
        return receipt.sign(key or self.key, enrollment_id=eid or enrollment,
                            station_id=STATION, sha256=sha or self.sha.get(enrollment, "0" * 64),
                            status=status, reason=None, at=time.time()).wire()

    def stream(self, h: BaseHTTPRequestHandler, chunked: bool) -> None:
        """201 with a 300 MB body, written 64 kB at a time (never held in memory)."""
        h.send_response(201)
        h.send_header("Content-Type", "application/json")
        if chunked:
            h.send_header("Transfer-Encoding", "chunked")
        else:
            h.send_header("Content-Length", str(HUGE))
        h.end_headers()
        chunk, sent = b" " * 65536, 0
        try:
            while sent < HUGE:
                h.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk) if chunked else chunk)
                sent += len(chunk)
        finally:
            self.sent_max = max(self.sent_max, sent)
            h.close_connection = True


def stored_then(get: Callable[[Fake, BaseHTTPRequestHandler], tuple[int, dict]]):
    """PUTs reach the real service (its signed 'stored' receipt comes back); GETs get ``get``."""
    def answer(fake: Fake, h: BaseHTTPRequestHandler, body: bytes) -> None:
        if h.command == "PUT":
            return fake.relay(h, body)
        code, payload = get(fake, h)
        fake.send(h, code, json.dumps(payload).encode())
    return answer


def put_answer(code: int, payload: Callable[[Fake, BaseHTTPRequestHandler], dict | bytes],
               headers: dict[str, str] | None = None):
    def answer(fake: Fake, h: BaseHTTPRequestHandler, body: bytes) -> None:
        out = payload(fake, h)
        fake.send(h, code, out if isinstance(out, bytes) else json.dumps(out).encode(), headers)
    return answer


OTHER = Ed25519PrivateKey.generate()
STORED = {"status": "processing"}

# name: (answer, expected status-line key, the enrollments' state while it lasts)
SCENARIOS = {
    "no_receipt": (put_answer(201, lambda f, h: {"id": "x", **STORED}),
                   "sync.bad_receipt", State.FINALIZED),
    "receipt_by_another_key": (put_answer(201, lambda f, h: {
        **STORED, **f.receipt(h, "stored", key=OTHER)}), "sync.bad_receipt", State.FINALIZED),
    "receipt_for_another_enrollment": (put_answer(200, lambda f, h: {
        **STORED, **f.receipt(h, "stored", eid="01J0000000000000000000OTHER")}),
        "sync.bad_receipt", State.FINALIZED),
    "receipt_for_another_packet": (put_answer(201, lambda f, h: {
        **STORED, **f.receipt(h, "stored", sha="ab" * 32)}), "sync.bad_receipt",
        State.FINALIZED),
    "accepted_with_a_forged_receipt": (stored_then(lambda f, h: (200, {
        "status": "accepted", "reason": None, **f.receipt(h, "accepted", key=OTHER)})),
        "sync.bad_receipt", State.UPLOADED),
    "accepted_without_a_receipt": (stored_then(lambda f, h: (200, {
        "status": "accepted", "reason": None})), "sync.bad_receipt", State.UPLOADED),
    "accepted_with_a_processing_receipt": (stored_then(lambda f, h: (200, {
        "status": "accepted", "reason": None, **f.receipt(h, "processing")})),
        "sync.bad_receipt", State.UPLOADED),
    "accepted_for_another_packet": (stored_then(lambda f, h: (200, {
        "status": "accepted", "reason": None, **f.receipt(h, "accepted", sha="cd" * 32)})),
        "sync.bad_receipt", State.UPLOADED),
    "rejected_without_a_receipt": (put_answer(400, lambda f, h: {"reason": "bad_body"}),
                                   "sync.bad_receipt", State.FINALIZED),
    "rejected_with_a_forged_receipt": (put_answer(422, lambda f, h: {
        "reason": "different_packet_for_id", **f.receipt(h, "rejected", key=OTHER)}),
        "sync.bad_receipt", State.FINALIZED),
    "server_time_nan": (put_answer(401, lambda f, h: b'{"reason":"clock_skew",'
                                   b'"server_time":NaN}'), "sync.bad_answer", State.FINALIZED),
    "server_time_infinity": (put_answer(401, lambda f, h: b'{"reason":"clock_skew",'
                                        b'"server_time":Infinity}'),
                             "sync.bad_answer", State.FINALIZED),
    "server_time_huge": (put_answer(401, lambda f, h: {"reason": "clock_skew",
                                                       "server_time": 1e300}),
                         "sync.bad_answer", State.FINALIZED),
    "retry_after_superscript_two": (put_answer(503, lambda f, h: {"reason": "busy"},
                                               {"Retry-After": "\u00b2"}),
                                    "sync.throttled", State.FINALIZED),
    "body_300_mb_declared": (lambda f, h, b: f.stream(h, chunked=False),
                             "sync.bad_answer", State.FINALIZED),
    "body_300_mb_chunked": (lambda f, h, b: f.stream(h, chunked=True),
                            "sync.bad_answer", State.FINALIZED),
    "garbage_json": (put_answer(201, lambda f, h: b"<html>\x00garbled{"),
                     "sync.bad_answer", State.FINALIZED),
    "deeply_nested_json": (put_answer(201, lambda f, h: b"[" * 30_000 + b"]" * 30_000),
                           "sync.bad_answer", State.FINALIZED),
}


@pytest.fixture
def env(tmp_path):
    key = X25519PrivateKey.generate()
    central = Central(tmp_path / "central", key, CentralStore(tmp_path / "central" / "c.db"))
    station = open_station(tmp_path / "station", key)
    central.register(station)
    central.start()
    yield station, central, signing_key_for(key)
    central.stop()
    station.store.close()


def kept(station, ids: list[str]) -> None:
    """Nothing purged: every enrollment's samples and sealed packet, no accepted receipt."""
    def counts(r):
        db = r.db
        return (dict(db.execute("SELECT enrollment_id, count(*) FROM biometrics "
                                "GROUP BY enrollment_id").fetchall()),
                db.execute("SELECT count(*) FROM packet_data").fetchone()[0],
                db.execute("SELECT count(*) FROM packets WHERE purged_at IS NOT NULL "
                           "OR server_status = 'accepted'").fetchone()[0],
                db.execute("SELECT count(*) FROM receipts WHERE status = 'accepted'"
                           ).fetchone()[0])
    assert station.store.read(counts) == ({i: SAMPLES for i in ids}, len(ids), 0, 0)
    assert station.store.write(lambda r: outbox.purge_accepted(
        r, timedelta(0), station.receipt_key)).result() == 0


def drain_and_purge(station, central, ids: list[str]) -> None:
    """The real central service: everything accepted, then purged by the worker itself."""
    worker = fast_worker(station, central.server.url)
    worker.config.retention = timedelta(0)
    worker.start()
    try:
        assert wait_until(lambda: set(station.states(ids)) == {State.ACCEPTED}), \
            (station.states(ids), worker.status())
        assert wait_until(lambda: station.store.read(lambda r: r.db.execute(
            "SELECT count(*) FROM packets WHERE purged_at IS NOT NULL").fetchone()[0])
            == len(ids))
    finally:
        worker.stop()
    assert central.stored() == station.packet_hashes()
    assert station.store.read(lambda r: r.db.execute(
        "SELECT count(*) FROM biometrics").fetchone()[0]) == 0


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_a_hostile_answer_changes_nothing_and_the_real_central_then_drains(env, name):
    station, central, signing = env
    answer, key, state = SCENARIOS[name]
    ids = station.enroll(3)
    fake = Fake(answer, central.server.url, signing)
    worker = fast_worker(station, fake.url)
    worker.config.retention = timedelta(0)      # it would purge at once if it believed
    worker.start()
    asked = "GET" if state is State.UPLOADED else "PUT"
    try:
        assert wait_until(lambda: fake.requests.count(asked) >= 4), \
            (fake.requests, worker.status())        # retried, within the back-off cap
        assert wait_until(lambda: worker.status().last_error_key == key, 5), worker.status()
        assert worker._thread.is_alive()
        status = worker.status()
    finally:
        worker.stop()
        fake.stop()
    assert has_sentence(key)                         # a translated sentence for the line
    assert status.queue_length + status.awaiting_result == 3
    assert station.states(ids) == [state] * 3
    kept(station, ids)
    if name.startswith("body_300_mb"):
        assert fake.sent_max < HUGE / 10             # the station hung up early
    drain_and_purge(station, central, ids)


def test_a_retry_after_of_ten_years_waits_an_hour_at_most(env):
    station, central, signing = env
    ids = station.enroll(2)
    fake = Fake(put_answer(503, lambda f, h: {"reason": "busy"}, {"Retry-After": "315360000"}),
                central.server.url, signing)
    worker = fast_worker(station, fake.url)
    worker.start()
    try:
        assert wait_until(lambda: worker.status().last_error_key == "sync.throttled")
        wait = worker.policy.not_before - time.monotonic()
        assert worker._thread.is_alive() and fake.requests == ["PUT"]
        assert worker.status().retry_in_s <= 1.5 * RETRY_AFTER_CAP_S
    finally:
        worker.stop()
        fake.stop()
    assert wait + 60 >= RETRY_AFTER_CAP_S and wait <= 1.5 * RETRY_AFTER_CAP_S
    kept(station, ids)
    drain_and_purge(station, central, ids)


def test_answers_are_read_within_the_limit(env):
    """A body just under the limit is read (and judged); one byte over is refused."""
    station, central, signing = env
    [eid] = station.enroll(1)
    pad = MAX_ANSWER_BYTES - 200
    for size, key in ((pad, "sync.bad_receipt"), (MAX_ANSWER_BYTES + 1, "sync.bad_answer")):
        fake = Fake(put_answer(201, lambda f, h, n=size: {"pad": "x" * (n - 10)}),
                    central.server.url, signing)
        worker = fast_worker(station, fake.url)
        worker.start()
        try:
            assert wait_until(lambda k=key, w=worker: w.status().last_error_key == k), \
                worker.status()
        finally:
            worker.stop()
            fake.stop()
    kept(station, [eid])


def test_real_receipts_verify_end_to_end_and_are_kept(env):
    station, central, _ = env
    ids = station.enroll(2)
    worker = fast_worker(station, central.server.url)
    worker.start()
    try:
        assert wait_until(lambda: set(station.states(ids)) == {State.ACCEPTED})
    finally:
        worker.stop()
    rows = station.store.read(lambda r: r.db.execute(
        "SELECT r.enrollment_id, r.status, r.receipt, r.signature, p.sha256 FROM receipts r "
        "JOIN packets p USING (enrollment_id) ORDER BY 1, 2").fetchall())
    assert [(e, s) for e, s, *_ in rows] == sorted((i, s) for i in ids
                                                   for s in ("accepted", "stored"))
    for eid, status, text, signature, sha in rows:
        got = receipt.verify_stored(text, signature, station.receipt_key, enrollment_id=eid,
                                    sha256=sha, status=status)
        assert got.station_id == STATION and sha == central.stored()[eid]
        with pytest.raises(receipt.ReceiptError):     # any other key refuses it
            receipt.verify_stored(text, signature, OTHER.public_key(), enrollment_id=eid,
                                  sha256=sha, status=status)
    forged = text.replace(f'"{status}"', '"rejected"')
    with pytest.raises(receipt.ReceiptError):
        receipt.verify_stored(forged, signature, station.receipt_key, enrollment_id=eid,
                              sha256=sha, status="rejected")
    assert station.store.write(lambda r: outbox.purge_accepted(
        r, timedelta(0), station.receipt_key)).result() == 2
