"""``kiosk doctor``'s look at the configured central service: does it answer, does it hold
the keys this station pinned, and how far apart are the two clocks.

One cheap request (``GET /v1/identity``, :mod:`kiosk.sync.identity`) with a short timeout and
no retry: a busy service's 429/503 is reported with its Retry-After and not asked again, so
a doctor run never adds load to an overloaded central service.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

import httpx

from kiosk.domain.errors import KioskError
from kiosk.sync import identity
from kiosk.sync.auth import MAX_SKEW_SECONDS
from kiosk.sync.client import BadAnswer, parse_json
from kiosk.sync.pinning import fingerprint
from kiosk.sync.policy import parse_retry_after
from kiosk.sync.receipt import public_key

TIMEOUT_S = 3.0
MAX_ANSWER_BYTES = 16 * 1024


@dataclass(frozen=True)
class Finding:
    """One line of the doctor's report (``name`` is a check id of ui/diagnostics/check_names.py)."""

    name: str
    ok: bool
    detail: str


def _get(url: str, challenge: str, timeout_s: float) -> tuple[int, httpx.Headers, bytes]:
    headers = {"User-Agent": "enrollment-kiosk-doctor/1", "Accept-Encoding": "identity"}
    with httpx.Client(timeout=httpx.Timeout(timeout_s), headers=headers) as http, \
            http.stream("GET", url.rstrip("/") + identity.PATH,
                        params={"challenge": challenge}) as response:
        body = b""
        for chunk in response.iter_raw():
            body += chunk
            if len(body) > MAX_ANSWER_BYTES:
                raise BadAnswer(f"answer longer than {MAX_ANSWER_BYTES} bytes")
        return response.status_code, response.headers, body


def check_central(url: str, pinned: dict[str, str], timeout_s: float = TIMEOUT_S,
                  max_skew_s: float = MAX_SKEW_SECONDS) -> list[Finding]:
    """Ask the central service at ``url`` once. ``pinned``: the key fingerprints this station
    trusts (``sync.central_public_key``, ``sync.central_signing_key`` as
    :func:`kiosk.sync.pinning.fingerprint` writes them); the answer must be signed with the
    receipt key that has the pinned fingerprint."""
    challenge = os.urandom(16).hex()
    started = time.time()
    try:
        code, headers, body = _get(url, challenge, timeout_s)
    except httpx.TimeoutException:
        return [Finding("central reachable", False,
                        f"no answer within {timeout_s:g} s from the central service")]
    except (httpx.HTTPError, OSError) as exc:
        return [Finding("central reachable", False,
                        f"cannot reach the central service: {type(exc).__name__}: {exc}")]
    except BadAnswer as exc:
        return [Finding("central reachable", False, f"unusable answer: {exc}")]
    ended = time.time()
    elapsed_ms = (ended - started) * 1000
    if code in (429, 503):
        wait = parse_retry_after(headers.get("Retry-After"), ended)
        after = f"; it asks to wait {wait:.0f} s (not asked again)" if wait else ""
        return [Finding("central reachable", True,
                        f"answers but is busy (HTTP {code}){after}: keys and clock not "
                        "checked this time")]
    if code != 200:
        return [Finding("central reachable", False,
                        f"HTTP {code} to {identity.PATH}: not a kiosk central service, or "
                        "an older one")]
    try:
        found, signed, signature = identity.read(parse_json(body), challenge)
    except (BadAnswer, identity.IdentityError) as exc:
        return [Finding("central reachable", False, f"unusable identity answer: {exc}")]
    findings = [Finding("central reachable", True, f"answered in {elapsed_ms:.0f} ms")]
    findings.append(_keys(found, signed, signature, pinned))
    # the central read its clock between our two readings
    offset = found.time_s - (started + ended) / 2
    slack = (ended - started) / 2
    behind = "ahead of" if offset > 0 else "behind"
    findings.append(Finding(
        "central clock", abs(offset) - slack <= max_skew_s,
        f"the central clock is {abs(offset):.1f} s {behind} this station's "
        f"(± {slack:.1f} s; allowed {max_skew_s:g} s)"))
    return findings


def _keys(found: identity.Identity, signed: bytes, signature: bytes,
          pinned: dict[str, str]) -> Finding:
    differ = [f"{what} {fingerprint(key)} (pinned {pinned[option] or 'none'})"
              for what, key, option in (
                  ("packet key", found.packet_key, "sync.central_public_key"),
                  ("receipt key", found.signing_key, "sync.central_signing_key"))
              if fingerprint(key) != pinned[option]]
    if differ:
        return Finding("central identity", False, "the central service presents another "
                       + " and ".join(differ) + ": it is not the confirmed service")
    try:   # the presented receipt key is the pinned one: it must have signed the answer
        key = public_key(found.signing_key)
    except KioskError:
        return Finding("central identity", False, "the receipt key in the answer is not an "
                       "Ed25519 public key")
    if not identity.verifies(key, signed, signature):
        return Finding("central identity", False, "the answer is not signed with the pinned "
                       "receipt key: it is not the confirmed service")
    return Finding("central identity", True, "its keys are the pinned ones (packet key "
                   f"{pinned['sync.central_public_key']}), and it signed this check")
