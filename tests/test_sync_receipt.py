"""kiosk-receipt/1: the exact signed bytes, and every way a receipt is refused."""

from __future__ import annotations

import base64
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.domain.canonical import canonical_bytes
from kiosk.sync import receipt
from kiosk.sync.keys import SyncKeyError

KEY = Ed25519PrivateKey.generate()
SHA = "ab" * 32
EXPECT = {"enrollment_id": "E1", "sha256": SHA, "station_id": "HN-DESK-1"}


def signed(**change) -> tuple[dict, str]:
    fields = {"enrollment_id": "E1", "station_id": "HN-DESK-1", "sha256": SHA,
              "status": "accepted", "reason": None, "at": 1_767_600_000.7, **change}
    wire = receipt.sign(KEY, **fields).wire()
    return wire["receipt"], wire["receipt_signature"]


def test_the_signature_covers_the_prefix_and_the_canonical_json():
    body, signature = signed(status="rejected", reason="ảnh thiếu")
    text = ('{"enrollment_id":"E1","format":"kiosk-receipt/1","reason":"ảnh thiếu",'
            f'"sha256":"{SHA}","station_id":"HN-DESK-1","status":"rejected",'
            '"time":1767600000}')
    assert canonical_bytes(body) == text.encode("utf-8")
    KEY.public_key().verify(base64.b64decode(signature), b"kiosk-receipt/1\n" + text.encode())
    got = receipt.verify(body, signature, KEY.public_key(), status="rejected", **EXPECT)
    assert (got.status, got.reason, got.time) == ("rejected", "ảnh thiếu", 1_767_600_000)
    assert receipt.verify_stored(got.text(), got.signature_b64(), KEY.public_key(),
                                 enrollment_id="E1", sha256=SHA, status="rejected") == got


@pytest.mark.parametrize(("tamper", "reason"), [
    (lambda b, s: ({**b, "extra": 1}, s), "malformed"),
    (lambda b, s: ({k: v for k, v in b.items() if k != "time"}, s), "malformed"),
    (lambda b, s: ({**b, "time": True}, s), "malformed"),
    (lambda b, s: ({**b, "time": 1.767e9}, s), "malformed"),
    (lambda b, s: ({**b, "time": 10**30}, s), "malformed"),
    (lambda b, s: ({**b, "format": "kiosk-receipt/2"}, s), "malformed"),
    (lambda b, s: ({**b, "status": "purge"}, s), "malformed"),
    (lambda b, s: ({**b, "reason": "x" * 201}, s), "malformed"),
    (lambda b, s: ("not an object", s), "malformed"),
    (lambda b, s: (b, None), "unsigned"),
    (lambda b, s: (b, "!!!"), "unsigned"),
    (lambda b, s: (b, base64.b64encode(b"x" * 63).decode()), "unsigned"),
    (lambda b, s: ({**b, "time": b["time"] + 1}, s), "forged"),
    (lambda b, s: ({**b, "status": "rejected"}, s), "forged"),
])
def test_a_changed_or_malformed_receipt_is_refused(tamper, reason):
    body, signature = tamper(*signed())
    with pytest.raises(receipt.ReceiptError) as error:
        receipt.verify(body, signature, KEY.public_key(), status="accepted", **EXPECT)
    assert error.value.params["reason"] == reason
    assert error.value.message_key == "sync.bad_receipt"


@pytest.mark.parametrize(("expect", "reason"), [
    ({"enrollment_id": "E2"}, "other_enrollment"), ({"sha256": "cd" * 32}, "other_packet"),
    ({"station_id": "HN-DESK-2"}, "other_station"), ({"status": "stored"}, "other_status")])
def test_a_genuine_receipt_about_something_else_is_refused(expect, reason):
    body, signature = signed()
    with pytest.raises(receipt.ReceiptError) as error:
        receipt.verify(body, signature, KEY.public_key(),
                       **{**EXPECT, "status": "accepted", **expect})
    assert error.value.params["reason"] == reason


def test_another_key_and_a_non_canonical_stored_text_are_refused():
    body, signature = signed()
    with pytest.raises(receipt.ReceiptError, match="pinned key"):
        receipt.verify(body, signature, Ed25519PrivateKey.generate().public_key(),
                       status="accepted", **EXPECT)
    spaced = json.dumps(body, sort_keys=True)          # same content, other bytes
    with pytest.raises(receipt.ReceiptError, match="canonical"):
        receipt.verify_stored(spaced, signature, KEY.public_key(), enrollment_id="E1",
                              sha256=SHA, status="accepted")


def test_the_configured_key_must_be_a_base64_ed25519_public_key():
    good = base64.b64encode(KEY.public_key().public_bytes_raw()).decode()
    assert receipt.public_key(good).public_bytes_raw() == KEY.public_key().public_bytes_raw()
    for bad in ("", "bm90IGEga2V5", "A" * 43 + "!"):
        with pytest.raises(SyncKeyError, match=r"sync\.central_signing_key"):
            receipt.public_key(bad)
