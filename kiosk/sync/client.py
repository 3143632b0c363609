"""HTTP to the central service (httpx): signed requests, every answer sorted into one kind.

Nothing in an answer is trusted: bodies are streamed and refused beyond
:data:`MAX_ANSWER_BYTES` without being buffered, JSON must be an object of finite numbers,
Retry-After is parsed strictly and capped, a ``server_time`` must be a plausible clock, and
a "stored", "rejected" or status answer counts only with a receipt that verifies with the
pinned key for the packet this station sent (:mod:`kiosk.sync.receipt`). Each bad answer is a
:attr:`Kind.RETRY` reply with a ``sync.*`` key, never an exception.
"""

from __future__ import annotations

import enum
import json
import math
import os
import time
from dataclasses import dataclass
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.sync import auth, receipt, ticket_wire
from kiosk.sync.endpoint import check_url
from kiosk.sync.packet import SealedPacket
from kiosk.sync.policy import Outcome, parse_retry_after
from kiosk.sync.receipt import Receipt, ReceiptError

MAX_ANSWER_BYTES = 64 * 1024          # every answer is a small JSON object
MAX_REASON_CHARS = 200
# a server_time outside these (2020-01-01 .. 2100-01-01 UTC) is not a clock reading
PLAUSIBLE_TIME = (1_577_836_800.0, 4_102_444_800.0)


class Kind(enum.StrEnum):
    STORED = "stored"          # 201 or 200: the central service holds the packet
    REJECTED = "rejected"      # 400/413/422: permanent, with the server's reason
    RETRY = "retry"            # overload, 5xx, timeout, network or a bad answer: try later
    AUTH = "auth"              # the station's credentials were refused
    STATUS = "status"          # a GET answer: processing / accepted / rejected


@dataclass(frozen=True)
class Reply:
    kind: Kind
    outcome: Outcome
    error_key: str | None = None      # sync.* message key for the status line
    detail: str = ""
    reason: str | None = None
    status: str | None = None
    retry_after: float | None = None
    http_status: int | None = None
    receipt: Receipt | None = None    # verified; on STORED, REJECTED and STATUS replies


@dataclass(frozen=True)
class Answer:
    """An HTTP answer read within the size limit."""

    status_code: int
    headers: httpx.Headers
    body: bytes


class BadAnswer(ValueError):
    """The answer cannot be used (unreadable, too large, out-of-range numbers...)."""


def _refuse_constant(name: str) -> Any:
    raise BadAnswer(f"non-finite number {name} in the answer")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise BadAnswer("a number in the answer is out of range")
    return value


def parse_json(body: bytes) -> dict[str, Any]:
    """A JSON object from an answer body; :class:`BadAnswer` for anything else (garbage,
    NaN/Infinity, numbers out of range, nesting beyond the parser's depth, non-objects)."""
    try:
        data = json.loads(body, parse_constant=_refuse_constant, parse_float=_finite_float)
    except BadAnswer:
        raise
    except (ValueError, RecursionError) as exc:   # UnicodeDecodeError is a ValueError
        raise BadAnswer(f"unreadable JSON ({type(exc).__name__})") from None
    if not isinstance(data, dict):
        raise BadAnswer("the answer is not a JSON object")
    return data


def _text(value: object) -> str | None:
    """A short printable string from the server, or None."""
    if not isinstance(value, str) or not value:
        return None
    return "".join(c if c.isprintable() else "?" for c in value[:MAX_REASON_CHARS])


def _reason(answer: Answer) -> str:
    try:
        reason = _text(parse_json(answer.body).get("reason"))
    except BadAnswer:
        reason = None
    return reason or f"http_{answer.status_code}"


def _bad(detail: str, code: int | None = None) -> Reply:
    return Reply(Kind.RETRY, Outcome.TRANSIENT, "sync.bad_answer", detail, http_status=code)


def _bad_receipt(exc: ReceiptError, code: int) -> Reply:
    return Reply(Kind.RETRY, Outcome.TRANSIENT, "sync.bad_receipt",
                 f"{exc} (HTTP {code}); nothing is marked, everything is kept",
                 str(exc.params.get("reason", "")), http_status=code)


def plausible_time(value: object) -> float | None:
    """``value`` as Unix seconds if it is a finite number within :data:`PLAUSIBLE_TIME`."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    low, high = PLAUSIBLE_TIME
    return float(value) if low <= value <= high else None


class CentralClient:
    """One station's connection pool to the central service (thread-safe)."""

    def __init__(self, url: str, station_id: str, key: Ed25519PrivateKey, *,
                 receipt_key: Ed25519PublicKey, connect_timeout: float = 5.0,
                 stall_timeout: float = 30.0, max_connections: int = 4) -> None:
        self.url = check_url(url).rstrip("/")    # https, or http to loopback only
        self.station_id = station_id
        self._key = key
        self.receipt_key = receipt_key   # the central service's pinned receipt key
        self._stall_timeout = stall_timeout
        self.clock_offset = 0.0   # learnt from a clock_skew answer: server time - local time
        self._http = httpx.Client(
            base_url=url.rstrip("/"),
            timeout=httpx.Timeout(stall_timeout, connect=connect_timeout),
            limits=httpx.Limits(max_connections=max_connections),
            # identity: a compressed answer could expand far beyond the size limit
            headers={"User-Agent": "enrollment-kiosk-sync/1", "Accept-Encoding": "identity"})

    def close(self) -> None:
        self._http.close()

    def _send(self, method: str, path: str, body: bytes = b"",
              headers: dict[str, str] | None = None,
              body_sha256: str | None = None, timeout: float | None = None) -> Answer | Reply:
        """One signed request; ``timeout``: a shorter limit for connecting and for the whole
        answer than the client's (a check that must not keep an officer waiting)."""
        signed = auth.sign_headers(self._key, self.station_id, method, path, body,
                                   time.time() + self.clock_offset, body_sha256)
        limit: Any = httpx.USE_CLIENT_DEFAULT if timeout is None else httpx.Timeout(timeout)
        try:
            with self._http.stream(method, path, content=body, timeout=limit,
                                   headers={**signed, **(headers or {})}) as response:
                return self._read(response, timeout)
        except httpx.ConnectTimeout as exc:
            return Reply(Kind.RETRY, Outcome.TIMEOUT, "sync.offline", f"connect timeout: {exc}")
        except httpx.TimeoutException as exc:
            return Reply(Kind.RETRY, Outcome.TIMEOUT, "sync.timeout", f"stalled: {exc!r}")
        except httpx.ConnectError as exc:
            return Reply(Kind.RETRY, Outcome.TRANSIENT, "sync.offline", f"cannot connect: {exc}")
        except httpx.HTTPError as exc:  # dropped connection, protocol error
            return Reply(Kind.RETRY, Outcome.TRANSIENT, "sync.connection_lost", repr(exc))

    def _read(self, response: httpx.Response, timeout: float | None = None) -> Answer | Reply:
        """The body, up to :data:`MAX_ANSWER_BYTES`; a larger one is refused unread (closing
        the stream drops the connection) and so is one that trickles in past the stall time."""
        code = response.status_code
        encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
        if encoding != "identity":
            return _bad(f"answer with Content-Encoding {encoding[:20]!r} refused", code)
        declared = response.headers.get("Content-Length", "").strip()
        if declared and (not declared.isascii() or not declared.isdigit()
                         or int(declared) > MAX_ANSWER_BYTES):
            return _bad(f"answer of {declared[:20]} bytes refused "
                        f"(limit {MAX_ANSWER_BYTES})", code)
        deadline = time.monotonic() + (self._stall_timeout if timeout is None else timeout)
        chunks, size = [], 0
        for chunk in response.iter_raw():
            size += len(chunk)
            if size > MAX_ANSWER_BYTES:
                return _bad(f"answer longer than {MAX_ANSWER_BYTES} bytes refused", code)
            if time.monotonic() > deadline:
                return Reply(Kind.RETRY, Outcome.TIMEOUT, "sync.timeout",
                             "the answer trickled in past the stall timeout", http_status=code)
            chunks.append(chunk)
        return Answer(code, response.headers, b"".join(chunks))

    def _common(self, answer: Answer) -> Reply | None:
        code = answer.status_code
        if code == 401:
            try:
                data = parse_json(answer.body)
            except BadAnswer as exc:   # NaN in a clock_skew answer must not read as "auth"
                return _bad(f"unreadable answer (HTTP 401): {exc}", code)
            reason = _text(data.get("reason")) or "http_401"
            if reason == "clock_skew":
                server_time = plausible_time(data.get("server_time"))
                if server_time is None:
                    return _bad("clock_skew answer without a plausible server_time", code)
                self.clock_offset = server_time - time.time()
                return Reply(Kind.RETRY, Outcome.TRANSIENT, "sync.clock_skew",
                             "station clock differs from the central service", reason,
                             retry_after=0.0, http_status=code)
            return Reply(Kind.AUTH, Outcome.TRANSIENT, "sync.auth_failed",
                         f"credentials refused ({reason})", reason, http_status=code)
        if code in (429, 503):
            retry_after = parse_retry_after(answer.headers.get("Retry-After"), time.time())
            return Reply(Kind.RETRY, Outcome.OVERLOADED, "sync.throttled",
                         f"central service busy (HTTP {code})", _reason(answer),
                         retry_after=retry_after, http_status=code)
        if code >= 500:
            return Reply(Kind.RETRY, Outcome.TRANSIENT, "sync.server_error",
                         f"central service error (HTTP {code})", http_status=code)
        return None

    def upload(self, packet: SealedPacket) -> Reply:
        """PUT the sealed packet with its Idempotency-Key."""
        answer = self._send("PUT", f"/v1/enrollments/{packet.enrollment_id}", packet.data,
                            {"Idempotency-Key": packet.idempotency_key,
                             "Content-Type": "application/octet-stream"},
                            packet.sha256)
        if isinstance(answer, Reply):
            return answer
        common = self._common(answer)
        if common:
            return common
        code = answer.status_code
        if code in (200, 201):
            stored = self._signed(answer.body, packet, "stored", f"an upload (HTTP {code})", code)
            if isinstance(stored, Reply):
                return stored
            return Reply(Kind.STORED, Outcome.SUCCESS, http_status=code, receipt=stored)
        if code in (400, 413, 422):   # permanent, so believed only when signed
            refusal = self._signed(answer.body, packet, "rejected", f"a rejection (HTTP {code})",
                                   code)
            if isinstance(refusal, Reply):
                return refusal
            reason = _text(refusal.reason) or f"http_{code}"
            return Reply(Kind.REJECTED, Outcome.SUCCESS, "sync.rejected",
                         f"central service rejected the packet ({reason})", reason,
                         http_status=code, receipt=refusal)
        return Reply(Kind.RETRY, Outcome.TRANSIENT, "sync.server_error",
                     f"unexpected HTTP {code}", http_status=code)

    def _signed(self, body: bytes, packet: SealedPacket, status: str, what: str,
                code: int) -> Receipt | Reply:
        """The signed receipt in an answer, or the Reply that says why it cannot be read."""
        try:
            return self._receipt(parse_json(body), packet.enrollment_id, packet.sha256, status)
        except BadAnswer as exc:
            return _bad(f"unreadable answer to {what}: {exc}", code)
        except ReceiptError as exc:
            return _bad_receipt(exc, code)

    def _receipt(self, data: dict[str, Any], enrollment_id: str, sha256: str,
                 status: str) -> Receipt:
        return receipt.verify(data.get("receipt"), data.get("receipt_signature"),
                              self.receipt_key, enrollment_id=enrollment_id, sha256=sha256,
                              status=status, station_id=self.station_id)

    def status(self, enrollment_id: str, sha256: str) -> Reply:
        """GET the central decision on one uploaded enrollment (``sha256``: of the packet
        this station sent, which the signed receipt must name)."""
        answer = self._send("GET", f"/v1/enrollments/{enrollment_id}")
        if isinstance(answer, Reply):
            return answer
        common = self._common(answer)
        if common:
            return common
        code = answer.status_code
        try:
            data = parse_json(answer.body)
        except BadAnswer as exc:
            return _bad(f"unreadable status answer (HTTP {code}): {exc}", code)
        status, reason = data.get("status"), data.get("reason")
        if (code != 200 or status not in ("processing", "accepted", "rejected")
                or not (reason is None or isinstance(reason, str))):
            return _bad(f"unexpected status answer (HTTP {code})", code)
        try:
            decision = self._receipt(data, enrollment_id, sha256, status)
        except ReceiptError as exc:
            return _bad_receipt(exc, code)
        return Reply(Kind.STATUS, Outcome.SUCCESS, status=decision.status,
                     reason=_text(decision.reason), http_status=200, receipt=decision)

    def ticket_uses(self, mode: str, uses: list[ticket_wire.Use],
                    timeout: float | None = None) -> list[ticket_wire.Result] | Reply:
        """Check (``check``) or report (``report``) ticket uses with the office's central
        service (:mod:`kiosk.sync.ticket_wire`): the signed results, one per use, or a
        :class:`Reply` saying why there are none (offline, busy, bad answer...)."""
        request_id = os.urandom(16).hex()
        answer = self._send("POST", ticket_wire.PATH,
                            ticket_wire.request_body(mode, request_id, uses),
                            {"Content-Type": "application/octet-stream"}, timeout=timeout)
        if isinstance(answer, Reply):
            return answer
        common = self._common(answer)
        if common:
            return common
        code = answer.status_code
        if code != 200:
            return Reply(Kind.RETRY, Outcome.TRANSIENT, "sync.server_error",
                         f"ticket uses refused (HTTP {code}, {_reason(answer)})",
                         http_status=code)
        try:
            return ticket_wire.verify_answer(parse_json(answer.body), self.receipt_key,
                                             self.station_id, request_id, uses)
        except BadAnswer as exc:
            return _bad(f"unreadable answer about ticket uses: {exc}", code)
        except ticket_wire.WireError as exc:
            return _bad(f"answer about ticket uses not believed: {exc}", code)
