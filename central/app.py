"""The reference central service's HTTP API (FastAPI; OpenAPI at /openapi.json).

PUT /v1/enrollments/{id} with ``Idempotency-Key: {id}:{sha256 of body}``: 201 stored, 200 the
same packet was already stored, 422 the id is stored (for this station) with a different
packet or the key does not match the body, 400/413 permanent rejection with
``{"reason": ...}``, 401 not authenticated, 408 the body did not arrive in time, 429/503 with
Retry-After, other 5xx transient. GET /v1/enrollments/{id}: processing / accepted /
rejected(reason) for one of the caller's packets. POST /v1/ticket-uses: an office's desks
check and report pre-registration ticket uses (kiosk.sync.ticket_wire; answers signed with
the receipt key). GET /v1/identity?challenge=HEX: the service's keys and clock, signed over
the challenge, for ``kiosk doctor`` (kiosk.sync.identity). Every request is signed by a registered
station (kiosk.sync.auth): its headers are checked before the body is read, the signature
over the body before the body is parsed. Answers about a packet carry a receipt signed with
the service's Ed25519 key (kiosk.sync.receipt). /healthz: the process answers; /readyz: the
database answers too.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import re
import time
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.routing import Match

from central import __version__, openapi
from central.faults import FaultInjector, Faults, FaultyApp
from central.ingest import CentralConfig, ingest
from central.limits import Body, BodyRefused, Limits, read_body
from central.logs import AccessLog, errors
from kiosk.sync import auth, identity, ticket_wire

__all__ = ["CentralConfig", "create_app", "ingest"]

ENROLLMENT_ID = re.compile(r"[0-9A-Za-z_-]{1,64}")
_EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()


@dataclass(frozen=True)
class Caller:
    station: str
    public: Ed25519PublicKey
    timestamp: int
    nonce: str
    signature: bytes


def _error(status: int, reason: str, close: bool = False, **extra: Any) -> JSONResponse:
    headers = {"Connection": "close"} if close else {}
    return JSONResponse({"reason": reason, **extra}, status_code=status, headers=headers)


def _caller(config: CentralConfig, request: Request) -> Caller | JSONResponse:
    """The signed headers, checked before the body is read: a registered active station, a
    time within the clock window, a well-formed signature and nonce."""
    h = request.headers
    station = h.get(auth.HEADER_STATION, "")
    raw = config.store.station_key(station) if 0 < len(station) <= 128 else None
    if raw is None:
        return _error(401, "unknown_station")
    try:
        ts = int(h.get(auth.HEADER_TIME, ""))
        signature = base64.b64decode(h.get(auth.HEADER_SIGNATURE, ""), validate=True)
    except (ValueError, binascii.Error):
        return _error(401, "bad_signature")
    nonce = h.get(auth.HEADER_NONCE, "")
    if len(signature) != 64 or not 0 < len(nonce) <= 128:
        return _error(401, "bad_signature")
    now = time.time()
    if abs(now - ts) > auth.MAX_SKEW_SECONDS:
        return _error(401, "clock_skew", server_time=now)
    return Caller(station, Ed25519PublicKey.from_public_bytes(raw), ts, nonce, signature)


def _signed(config: CentralConfig, request: Request, caller: Caller,
            body_sha256: str) -> JSONResponse | None:
    """The signature over method, path, time, nonce and body hash; then the nonce, once."""
    text = auth.signing_text(request.method, request.url.path, caller.timestamp, caller.nonce,
                             b"", body_sha256)
    try:
        caller.public.verify(caller.signature, text)
    except InvalidSignature:
        return _error(401, "bad_signature")
    if not config.store.use_nonce(caller.station, caller.nonce, 2 * auth.MAX_SKEW_SECONDS):
        return _error(401, "replayed")
    return None


def create_app(config: CentralConfig) -> Any:
    """The ASGI application: the API inside fault injection (off unless configured) inside
    the access log."""
    app = FastAPI(title="Enrollment central service (reference)", version=__version__,
                  description=__doc__, docs_url=None, redoc_url=None)

    @app.put("/v1/enrollments/{enrollment_id}", status_code=201,
             responses=openapi.PUT_RESPONSES, openapi_extra=openapi.PUT_EXTRA)
    async def put_enrollment(enrollment_id: str, request: Request) -> JSONResponse:
        """Store a sealed packet (application/octet-stream) exactly once."""
        caller = await asyncio.to_thread(_caller, config, request)
        if isinstance(caller, JSONResponse):
            return caller
        try:
            body = await read_body(request, config.limits)
        except BodyRefused as exc:
            return _error(exc.status, exc.reason, close=True)
        except ClientDisconnect:
            return _error(400, "incomplete_body", close=True)
        return await asyncio.to_thread(_put, config, request, caller, enrollment_id, body)

    @app.get("/v1/enrollments/{enrollment_id}", responses=openapi.GET_RESPONSES,
             openapi_extra=openapi.GET_EXTRA)
    async def get_enrollment(enrollment_id: str, request: Request) -> JSONResponse:
        """processing / accepted / rejected (with reason) for one of this station's packets."""
        return await asyncio.to_thread(_get, config, request, enrollment_id)

    @app.post(ticket_wire.PATH, responses=openapi.TICKET_RESPONSES,
              openapi_extra=openapi.TICKET_EXTRA)
    async def post_ticket_uses(request: Request) -> JSONResponse:
        """Check or report uses of pre-registration tickets (kiosk-ticket-uses/1)."""
        caller = await asyncio.to_thread(_caller, config, request)
        if isinstance(caller, JSONResponse):
            return caller
        limit = ticket_wire.MAX_BODY_BYTES
        try:
            body = await read_body(request, Limits(limit, 2 * limit, config.read_timeout_s))
        except BodyRefused as exc:
            return _error(exc.status, exc.reason, close=True)
        except ClientDisconnect:
            return _error(400, "incomplete_body", close=True)
        return await asyncio.to_thread(_ticket_uses, config, request, caller, body)

    @app.get(identity.PATH, responses=openapi.IDENTITY_RESPONSES)
    async def get_identity(challenge: str = "") -> JSONResponse:
        """The service's public keys and clock, signed over the caller's challenge
        (kiosk-identity/1; for ``kiosk doctor``): no database, no authentication."""
        if not identity.CHALLENGE.fullmatch(challenge):
            return _error(400, "bad_challenge")
        return JSONResponse(identity.sign(config.signing_key, _raw(config.private_key),
                                          _raw(config.signing_key), challenge, time.time()),
                            headers={"Cache-Control": "no-store"})

    @app.get("/healthz", responses=openapi.HEALTH_RESPONSES)
    async def healthz() -> JSONResponse:
        """The process is up (liveness)."""
        return JSONResponse({"status": "ok", "version": __version__})

    @app.get("/readyz", responses=openapi.READY_RESPONSES)
    async def readyz() -> JSONResponse:
        """The process and its database answer (readiness)."""
        try:
            await asyncio.wait_for(asyncio.to_thread(config.store.ping), timeout=5.0)
        except Exception as exc:      # any failure means "not ready"; its type goes to the log
            errors.warning("database not ready", extra={"event": "not_ready",
                                                       "error_type": type(exc).__name__})
            return JSONResponse({"status": "unavailable"}, status_code=503,
                                headers={"Retry-After": "5"})
        return JSONResponse({"status": "ready"})

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        """FastAPI's own refusals as ``{"reason": ...}``; a 405 lists every method the path
        has (Starlette names only the first route's)."""
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            allowed = {m for route in app.router.routes
                       if route.matches(request.scope)[0] is Match.PARTIAL
                       for m in getattr(route, "methods", ()) or ()}
            headers["Allow"] = ", ".join(sorted(allowed))
        reason = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "refused")
        return JSONResponse({"reason": reason}, status_code=exc.status_code, headers=headers)

    app.openapi = lambda: openapi.document(app)   # type: ignore[method-assign]
    return AccessLog(FaultyApp(app, FaultInjector(config.faults or Faults())))


def _raw(private: Any) -> bytes:
    """The raw public key of an X25519 or Ed25519 private key."""
    return bytes(private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


def _put(config: CentralConfig, request: Request, caller: Caller, enrollment_id: str,
         body: Body) -> JSONResponse:
    denied = _signed(config, request, caller, body.sha256)
    if denied:
        return denied
    key = request.headers.get("Idempotency-Key")
    if not key:
        return _error(400, "missing_idempotency_key")
    if not ENROLLMENT_ID.fullmatch(enrollment_id):
        return _error(400, "bad_enrollment_id")
    if body.too_large:
        status, payload = 413, {"reason": "packet_too_large"}
    else:
        status, payload, _ = ingest(config, enrollment_id, caller.station, key, body.data)
    if status in (200, 201):
        row = config.store.get(caller.station, enrollment_id)
        assert row is not None
        payload.update(config.receipt(row.id, row.station_id, row.sha256, "stored", None))
    else:                              # 400, 413, 422: a rejection of the packet that was sent
        payload.update(config.receipt(enrollment_id, caller.station, body.sha256, "rejected",
                                      payload.get("reason")))
    return JSONResponse(payload, status_code=status)


def _get(config: CentralConfig, request: Request, enrollment_id: str) -> JSONResponse:
    caller = _caller(config, request)
    if isinstance(caller, JSONResponse):
        return caller
    denied = _signed(config, request, caller, _EMPTY_SHA256)
    if denied:
        return denied
    row = config.store.get(caller.station, enrollment_id)
    if row is None:
        return _error(404, "not_found")
    status = row.status
    if status == "processing" and time.time() - row.received_at >= config.processing_delay_s:
        status = "accepted"
    return JSONResponse({"id": row.id, "sha256": row.sha256, "status": status,
                         "reason": row.reason,
                         **config.receipt(row.id, row.station_id, row.sha256, status,
                                          row.reason)})


def _ticket_uses(config: CentralConfig, request: Request, caller: Caller,
                 body: Body) -> JSONResponse:
    denied = _signed(config, request, caller, body.sha256)
    if denied:
        return denied
    if body.too_large:
        return _error(413, "request_too_large")
    try:
        mode, request_id, uses = ticket_wire.parse_request(body.data)
    except ticket_wire.WireError:
        return _error(400, "bad_ticket_uses")
    results = []
    for use in uses:
        claim = config.store.claim_ticket(use.office, use.ticket_id, use.number, use.issued_on,
                                          caller.station, float(use.used_at),
                                          record_duplicate=mode == "report")
        if claim.status == "duplicate":
            errors.warning("second use of a ticket", extra={
                "event": "ticket_duplicate", "station": caller.station, "mode": mode,
                "first_station": claim.first_station, "ticket": use.ticket_id})
        results.append(ticket_wire.Result(
            use.ticket_id, use.office, claim.status, claim.first_station,
            None if claim.first_used_at is None else int(claim.first_used_at)))
    return JSONResponse(ticket_wire.sign_answer(config.signing_key, caller.station, request_id,
                                                results))
