"""The OpenAPI document's parts that FastAPI cannot infer: every status each route answers,
the signed-request headers (security schemes), the Idempotency-Key header and the raw
packet body."""

from __future__ import annotations

from typing import Any

from fastapi.openapi.utils import get_openapi

from kiosk.sync import auth

_RECEIPT = {
    "receipt": {"type": "object", "description": "kiosk-receipt/1 fields (signed)"},
    "receipt_signature": {"type": "string", "description": "base64 Ed25519 signature"},
}
_REFUSAL = {"type": "object", "required": ["reason"],
            "properties": {"reason": {"type": "string"}}}
_SIGNED_REFUSAL = {"type": "object", "required": ["reason", *_RECEIPT],
                   "properties": {"reason": {"type": "string"}, **_RECEIPT}}
_STORED = {"type": "object", "required": ["id", "sha256", "status", *_RECEIPT],
           "properties": {"id": {"type": "string"}, "sha256": {"type": "string"},
                          "status": {"type": "string"}, **_RECEIPT}}
_STATUS = {"type": "object", "required": ["id", "sha256", "status", "reason", *_RECEIPT],
           "properties": {"id": {"type": "string"}, "sha256": {"type": "string"},
                          "status": {"type": "string",
                                     "enum": ["processing", "accepted", "rejected"]},
                          "reason": {"type": ["string", "null"]}, **_RECEIPT}}
_RETRY_AFTER = {"Retry-After": {"schema": {"type": "integer"},
                                "description": "seconds to wait before retrying"}}


def _json(description: str, schema: dict[str, Any],
          headers: dict[str, Any] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"description": description,
                           "content": {"application/json": {"schema": schema}}}
    if headers:
        out["headers"] = headers
    return out


_COMMON: dict[int | str, dict[str, Any]] = {
    401: _json("not authenticated: unknown or revoked station, bad signature, clock skew "
               "(with server_time) or a replayed nonce", _REFUSAL),
    500: _json("transient failure (retry)", _REFUSAL),
    503: _json("over capacity or in maintenance (retry after Retry-After)", _REFUSAL,
               _RETRY_AFTER),
}

PUT_RESPONSES: dict[int | str, dict[str, Any]] = {
    201: _json("stored", _STORED),
    200: _json("the same packet was already stored", _STORED),
    400: _json("refused for good: a bad packet or request (signed receipt), or a missing "
               "Idempotency-Key or malformed id", _REFUSAL),
    408: _json("the body did not arrive within the read timeout", _REFUSAL),
    413: _json("larger than the packet limit (signed receipt) or than the request limit",
               _REFUSAL),
    422: _json("this station stored a different packet under the id, or the "
               "Idempotency-Key does not match the body (signed receipt)", _SIGNED_REFUSAL),
    **_COMMON,
}
GET_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: _json("the packet's state (signed receipt)", _STATUS),
    404: _json("this station stored no packet under the id", _REFUSAL),
    **_COMMON,
}
_TICKET_RESULTS = {"type": "object", "required": ["results", "signature"],
                   "properties": {"results": {"type": "array", "items": {"type": "object"}},
                                  "signature": {"type": "string"}}}
TICKET_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: _json("one result per use (first, same or duplicate with the first use), signed "
               "with the receipt key", _TICKET_RESULTS),
    400: _json("not a kiosk-ticket-uses/1 request", _REFUSAL),
    408: _json("the body did not arrive within the read timeout", _REFUSAL),
    413: _json("larger than the request limit", _REFUSAL),
    **_COMMON,
}
IDENTITY_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: _json("the public keys and clock, signed with the receipt key over the challenge "
               "(kiosk-identity/1)",
               {"type": "object", "required": ["identity", "signature"],
                "properties": {"identity": {"type": "object"},
                               "signature": {"type": "string"}}}),
    400: _json("the challenge is not 32 lower-case hexadecimal digits", _REFUSAL),
    500: _json("transient failure (retry)", _REFUSAL),
    503: _json("over capacity or in maintenance (retry after Retry-After)", _REFUSAL,
               _RETRY_AFTER),
}
HEALTH_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: _json("alive", {"type": "object", "required": ["status"],
                         "properties": {"status": {"type": "string"},
                                        "version": {"type": "string"}}})}
READY_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: _json("ready", {"type": "object", "required": ["status"],
                         "properties": {"status": {"type": "string"}}}),
    503: _json("the database does not answer", {"type": "object"}, _RETRY_AFTER)}

_ID = {"name": "enrollment_id", "in": "path", "required": True,
       "schema": {"type": "string", "pattern": "^[0-9A-Za-z_-]{1,64}$"}}
_SECURITY = [{"station": [], "time": [], "nonce": [], "signature": []}]
PUT_EXTRA: dict[str, Any] = {
    "parameters": [
        _ID,
        {"name": "Idempotency-Key", "in": "header", "required": True,
         "description": "{enrollment_id}:{sha256 of the body, hex}",
         "schema": {"type": "string", "pattern": "^[0-9A-Za-z_-]{1,64}:[0-9a-f]{64}$"}}],
    "requestBody": {"required": True, "description": "a sealed kiosk-packet/1",
                    "content": {"application/octet-stream":
                                {"schema": {"type": "string", "format": "binary"}}}},
    "security": _SECURITY,
}
GET_EXTRA: dict[str, Any] = {"parameters": [_ID], "security": _SECURITY}
TICKET_EXTRA: dict[str, Any] = {
    "requestBody": {"required": True,
                    "description": "canonical JSON of kiosk-ticket-uses/1 (see "
                                   "kiosk.sync.ticket_wire); signed over its bytes",
                    "content": {"application/octet-stream":
                                {"schema": {"type": "string", "format": "binary"}}}},
    "security": _SECURITY,
}


def document(app: Any) -> dict[str, Any]:
    """The OpenAPI document (cached on the app), with the signed-request schemes."""
    if app.openapi_schema:
        return app.openapi_schema
    doc = get_openapi(title=app.title, version=app.version, description=app.description,
                      routes=app.routes)
    schemes = {name: {"type": "apiKey", "in": "header", "name": header,
                      "description": "signed requests, see kiosk.sync.auth"}
               for name, header in (("station", auth.HEADER_STATION),
                                    ("time", auth.HEADER_TIME),
                                    ("nonce", auth.HEADER_NONCE),
                                    ("signature", auth.HEADER_SIGNATURE))}
    doc.setdefault("components", {})["securitySchemes"] = schemes
    for path in doc["paths"].values():      # the path parameter FastAPI declared, replaced
        for operation in path.values():
            params = operation.get("parameters", [])
            seen: dict[tuple[str, str], dict[str, Any]] = {}
            for p in params:
                seen[(p["name"], p["in"])] = p
            operation["parameters"] = list(seen.values())
    app.openapi_schema = doc
    return doc
