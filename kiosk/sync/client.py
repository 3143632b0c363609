"""HTTP to the central service (httpx): signed requests, every answer sorted into one kind."""

from __future__ import annotations

import contextlib
import enum
import time
from dataclasses import dataclass

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.sync import auth
from kiosk.sync.packet import SealedPacket
from kiosk.sync.policy import Outcome, parse_retry_after


class Kind(enum.StrEnum):
    STORED = "stored"          # 201 or 200: the central service holds the packet
    REJECTED = "rejected"      # 400/413/422: permanent, with the server's reason
    RETRY = "retry"            # overload, 5xx, timeout or network: try again later
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


def _reason(response: httpx.Response) -> str:
    try:
        reason = response.json().get("reason")
    except (ValueError, AttributeError):
        reason = None
    return str(reason) if reason else f"http_{response.status_code}"


class CentralClient:
    """One station's connection pool to the central service (thread-safe)."""

    def __init__(self, url: str, station_id: str, key: Ed25519PrivateKey, *,
                 connect_timeout: float = 5.0, stall_timeout: float = 30.0,
                 max_connections: int = 4) -> None:
        self.url = url.rstrip("/")
        self.station_id = station_id
        self._key = key
        self.clock_offset = 0.0   # learnt from a clock_skew answer: server time - local time
        self._http = httpx.Client(
            base_url=url.rstrip("/"),
            timeout=httpx.Timeout(stall_timeout, connect=connect_timeout),
            limits=httpx.Limits(max_connections=max_connections),
            headers={"User-Agent": "enrollment-kiosk-sync/1"})

    def close(self) -> None:
        self._http.close()

    def _send(self, method: str, path: str, body: bytes = b"",
              headers: dict[str, str] | None = None,
              body_sha256: str | None = None) -> httpx.Response | Reply:
        signed = auth.sign_headers(self._key, self.station_id, method, path, body,
                                   time.time() + self.clock_offset, body_sha256)
        try:
            return self._http.request(method, path, content=body,
                                      headers={**signed, **(headers or {})})
        except httpx.ConnectTimeout as exc:
            return Reply(Kind.RETRY, Outcome.TIMEOUT, "sync.offline", f"connect timeout: {exc}")
        except httpx.TimeoutException as exc:
            return Reply(Kind.RETRY, Outcome.TIMEOUT, "sync.timeout", f"stalled: {exc!r}")
        except httpx.ConnectError as exc:
            return Reply(Kind.RETRY, Outcome.TRANSIENT, "sync.offline", f"cannot connect: {exc}")
        except httpx.HTTPError as exc:  # dropped connection, protocol error
            return Reply(Kind.RETRY, Outcome.TRANSIENT, "sync.connection_lost", repr(exc))

    def _common(self, response: httpx.Response) -> Reply | None:
        code = response.status_code
        if code == 401:
            reason = _reason(response)
            if reason == "clock_skew":
                with contextlib.suppress(ValueError, KeyError, TypeError):
                    self.clock_offset = float(response.json()["server_time"]) - time.time()
                return Reply(Kind.RETRY, Outcome.TRANSIENT, "sync.clock_skew",
                             "station clock differs from the central service", reason,
                             retry_after=0.0, http_status=code)
            return Reply(Kind.AUTH, Outcome.TRANSIENT, "sync.auth_failed",
                         f"credentials refused ({reason})", reason, http_status=code)
        if code in (429, 503):
            retry_after = parse_retry_after(response.headers.get("Retry-After"), time.time())
            return Reply(Kind.RETRY, Outcome.OVERLOADED, "sync.throttled",
                         f"central service busy (HTTP {code})", _reason(response),
                         retry_after=retry_after, http_status=code)
        if code >= 500:
            return Reply(Kind.RETRY, Outcome.TRANSIENT, "sync.server_error",
                         f"central service error (HTTP {code})", http_status=code)
        return None

    def upload(self, packet: SealedPacket) -> Reply:
        """PUT the sealed packet with its Idempotency-Key."""
        response = self._send("PUT", f"/v1/enrollments/{packet.enrollment_id}", packet.data,
                              {"Idempotency-Key": packet.idempotency_key,
                               "Content-Type": "application/octet-stream"},
                              packet.sha256)
        if isinstance(response, Reply):
            return response
        common = self._common(response)
        if common:
            return common
        code = response.status_code
        if code in (200, 201):
            return Reply(Kind.STORED, Outcome.SUCCESS, http_status=code)
        if code in (400, 413, 422):
            reason = _reason(response)
            return Reply(Kind.REJECTED, Outcome.SUCCESS, "sync.rejected",
                         f"central service rejected the packet ({reason})", reason,
                         http_status=code)
        return Reply(Kind.RETRY, Outcome.TRANSIENT, "sync.server_error",
                     f"unexpected HTTP {code}", http_status=code)

    def status(self, enrollment_id: str) -> Reply:
        """GET the central decision on one uploaded enrollment."""
        response = self._send("GET", f"/v1/enrollments/{enrollment_id}")
        if isinstance(response, Reply):
            return response
        common = self._common(response)
        if common:
            return common
        try:
            data = response.json()
            status, reason = str(data["status"]), data.get("reason")
        except (ValueError, KeyError, TypeError):
            return Reply(Kind.RETRY, Outcome.TRANSIENT, "sync.server_error",
                         f"unreadable status answer (HTTP {response.status_code})")
        if response.status_code != 200 or status not in ("processing", "accepted", "rejected"):
            return Reply(Kind.RETRY, Outcome.TRANSIENT, "sync.server_error",
                         f"unexpected status answer (HTTP {response.status_code})")
        return Reply(Kind.STATUS, Outcome.SUCCESS, status=status, reason=reason,
                     http_status=200)
