"""schemathesis hooks (``SCHEMATHESIS_HOOKS=st_hooks``): a custom authentication that signs
each generated request as a registered station does, so it reaches the real handlers.
schemathesis's own probes without credentials (the ignored_auth check) must get 401."""

from __future__ import annotations

import base64
import os
import time
from urllib.parse import unquote, urlsplit

import schemathesis
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.sync import auth


def _key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(
        base64.b64decode(os.environ["KIOSK_TEST_STATION_KEY"]))


@schemathesis.auth()
class StationSignature:
    """Request signing (kiosk.sync.auth) with the test station's key."""

    def get(self, case, context) -> str:
        return os.environ["KIOSK_TEST_STATION"]

    def set(self, case, data, context) -> None:
        body = getattr(case.body, "data", case.body)      # schemathesis wraps bytes (Binary)
        if isinstance(body, str):
            body = body.encode()
        if not isinstance(body, bytes):
            body = b""
        path = unquote(urlsplit(case.formatted_path).path)
        signed = auth.sign_headers(_key(), data, case.method, path, body, time.time())
        case.headers = {**(case.headers or {}), **signed}
