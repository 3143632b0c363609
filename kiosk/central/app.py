"""The reference central service: FastAPI app (OpenAPI at /openapi.json) plus fault injection.

PUT /v1/enrollments/{id} with ``Idempotency-Key: {id}:{sha256 of body}``: 201 stored, 200 the
same packet was already stored, 422 the id is stored with a different packet (or the key does
not match the body), 400/413 permanent rejection with ``{"reason": ...}``, 429/503 with
Retry-After, other 5xx transient. GET /v1/enrollments/{id}: processing / accepted /
rejected(reason). Every request must be signed by a registered station (kiosk.sync.auth);
200/201, 400/413/422 and GET answers carry a receipt signed with the service's Ed25519 key
(kiosk.sync.receipt).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import time
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from kiosk.central.faults import FaultInjector, Faults
from kiosk.central.storage import CentralStore, StoredEnrollment
from kiosk.sync import auth, receipt
from kiosk.sync.packet import PacketError, open_packet, validate, verify


@dataclass
class CentralConfig:
    store: CentralStore
    private_key: X25519PrivateKey
    max_packet_bytes: int = 20 * 1024 * 1024
    processing_delay_s: float = 0.0
    faults: Faults | None = None
    signing_key: Ed25519PrivateKey = field(kw_only=True)   # signs receipts

    def receipt(self, enrollment_id: str, station_id: str, sha256: str, status: str,
                reason: str | None) -> dict[str, Any]:
        """The signed receipt fields for an answer about one packet."""
        return receipt.sign(self.signing_key, enrollment_id=enrollment_id,
                            station_id=station_id, sha256=sha256, status=status,
                            reason=reason, at=time.time()).wire()


def _error(status: int, reason: str, **extra: Any) -> JSONResponse:
    headers = {}
    if "retry_after" in extra:
        headers["Retry-After"] = str(int(extra["retry_after"]))
    return JSONResponse({"reason": reason, **extra}, status_code=status, headers=headers)


def ingest(config: CentralConfig, enrollment_id: str, station_id: str, key: str, body: bytes,
           source: str = "upload") -> tuple[int, dict[str, Any]]:
    """Verify, validate and store one packet idempotently; (HTTP status, JSON body)."""
    digest = hashlib.sha256(body).hexdigest()
    if key != f"{enrollment_id}:{digest}":
        return 422, {"reason": "idempotency_key_mismatch"}
    existing = config.store.get(enrollment_id)
    if existing is not None:
        return _existing(existing, digest)
    if len(body) > config.max_packet_bytes:
        return 413, {"reason": "packet_too_large"}
    try:
        manifest, inner, signature = open_packet(body, config.private_key)
        if manifest.get("enrollment_id") != enrollment_id:
            raise PacketError("id mismatch", reason="enrollment_id_mismatch")
        signer = manifest.get("station_id") if station_id == "*" else station_id
        if manifest.get("station_id") != signer:
            raise PacketError("station mismatch", reason="station_mismatch")
        raw = config.store.station_key(str(signer))
        if raw is None:
            raise PacketError("unknown station", reason="unknown_station")
        verify(manifest, inner, signature, Ed25519PublicKey.from_public_bytes(raw))
    except PacketError as exc:
        return 400, {"reason": exc.reason}
    except (KeyError, TypeError, ValueError, binascii.Error):
        return 400, {"reason": "bad_body"}
    rejection = validate(manifest)
    created, row = config.store.insert(
        enrollment_id, str(signer), digest, key, "rejected" if rejection else "processing",
        rejection, source, body)
    if not created:
        return _existing(row, digest)
    return 201, {"id": enrollment_id, "sha256": digest, "status": row.status}


def _existing(row: StoredEnrollment, digest: str) -> tuple[int, dict[str, Any]]:
    if row.sha256 == digest:
        return 200, {"id": row.id, "sha256": digest, "status": row.status}
    return 422, {"reason": "different_packet_for_id"}


def create_app(config: CentralConfig) -> Any:
    """The ASGI application (FastAPI wrapped in fault injection when faults are set)."""
    app = FastAPI(title="Enrollment central service (reference)", version="1")

    def authenticate(request: Request, body: bytes) -> tuple[str | None, JSONResponse | None]:
        h = request.headers
        station = h.get(auth.HEADER_STATION)
        raw = config.store.station_key(station) if station else None
        if raw is None:
            return None, _error(401, "unknown_station")
        try:
            ts = int(h.get(auth.HEADER_TIME, ""))
            nonce = h.get(auth.HEADER_NONCE, "")
            signature = base64.b64decode(h.get(auth.HEADER_SIGNATURE, ""), validate=True)
            Ed25519PublicKey.from_public_bytes(raw).verify(
                signature, auth.signing_text(request.method, request.url.path, ts, nonce, body))
        except (ValueError, binascii.Error, InvalidSignature):
            return None, _error(401, "bad_signature")
        now = time.time()
        if abs(now - ts) > auth.MAX_SKEW_SECONDS:
            return None, _error(401, "clock_skew", server_time=now)
        if not nonce or not config.store.use_nonce(str(station), nonce,
                                                   2 * auth.MAX_SKEW_SECONDS):
            return None, _error(401, "replayed")
        return station, None

    @app.put("/v1/enrollments/{enrollment_id}", status_code=201)
    async def put_enrollment(enrollment_id: str, request: Request) -> JSONResponse:
        """Store a sealed packet (application/octet-stream) exactly once."""
        body = await request.body()
        station, denied = authenticate(request, body)
        if denied:
            return denied
        key = request.headers.get("Idempotency-Key")
        if not key:
            return _error(400, "missing_idempotency_key")
        status, payload = await asyncio.to_thread(
            ingest, config, enrollment_id, str(station), key, body)
        row = config.store.get(enrollment_id) if status in (200, 201) else None
        if row is not None:
            payload.update(config.receipt(row.id, row.station_id, row.sha256, "stored", None))
        elif status in (400, 413, 422):   # a rejection of the packet that was sent
            payload.update(config.receipt(enrollment_id, str(station),
                                          hashlib.sha256(body).hexdigest(), "rejected",
                                          payload.get("reason")))
        return JSONResponse(payload, status_code=status)

    @app.get("/v1/enrollments/{enrollment_id}")
    async def get_enrollment(enrollment_id: str, request: Request) -> JSONResponse:
        """processing / accepted / rejected (with reason) for one of this station's packets."""
        station, denied = authenticate(request, b"")
        if denied:
            return denied
        row = config.store.get(enrollment_id)
        if row is None or row.station_id != station:
            return _error(404, "not_found")
        status = row.status
        if status == "processing" and time.time() - row.received_at >= config.processing_delay_s:
            status = "accepted"
        return JSONResponse({"id": row.id, "sha256": row.sha256, "status": status,
                             "reason": row.reason,
                             **config.receipt(row.id, row.station_id, row.sha256, status,
                                              row.reason)})

    return FaultyApp(app, FaultInjector(config.faults or Faults()))


class FaultyApp:
    """ASGI wrapper applying :class:`Faults` around the real application."""

    def __init__(self, app: Any, injector: FaultInjector) -> None:
        self.app = app
        self.injector = injector

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/v1/"):
            return await self.app(scope, receive, send)
        inj, f = self.injector, self.injector.faults
        inj.requests += 1
        if f.latency_s:
            await asyncio.sleep(f.latency_s)
        down = inj.downtime_left()
        if down:
            return await _send_json(send, 503, {"reason": "maintenance"}, down)
        retry_after = inj.over_capacity()
        if retry_after is not None:
            return await _send_json(send, 503, {"reason": "over_capacity"}, retry_after)
        if inj.roll(f.error_rate):
            return await _send_json(send, 500, {"reason": "injected_error"}, None)
        if inj.roll(f.drop_rate / 2):
            await _drop(send)
        drop_after, garble = inj.roll(f.drop_rate / 2), inj.roll(f.malformed_rate)
        if not (drop_after or garble):
            return await self.app(scope, receive, send)
        status = 500

        async def capture(message: dict) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]

        await self.app(scope, receive, capture)  # the request takes effect, the answer is lost
        if drop_after:
            await _drop(send)
        body = b"<html>\x00garbled"
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


async def _send_json(send: Any, status: int, payload: dict, retry_after: float | None) -> None:
    import json

    body = json.dumps(payload).encode()
    headers = [(b"content-type", b"application/json"),
               (b"content-length", str(len(body)).encode())]
    if retry_after is not None:
        headers.append((b"retry-after", str(max(1, round(retry_after))).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class DroppedConnection(Exception):
    """Raised inside the ASGI app so the server closes the connection mid-response."""


async def _drop(send: Any) -> None:
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-length", b"1000")]})
    await send({"type": "http.response.body", "body": b"{", "more_body": True})
    raise DroppedConnection("injected dropped connection")
