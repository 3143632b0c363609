"""SBI hash chain and JWS signatures with device certificates."""

from __future__ import annotations

import hashlib
import json

import pytest
from cryptography import x509

from devices.errors import DeviceProtocolError
from devices.sbi.security import (
    EMPTY_HASH,
    DeviceSigner,
    b64url_decode,
    b64url_encode,
    chain_hash,
    verify_jws,
)


@pytest.fixture(scope="module")
def signer() -> DeviceSigner:
    return DeviceSigner()


def test_hash_chain_follows_the_sbi_definition():
    first = chain_hash("", b"record-1")
    expected = hashlib.sha256(bytes.fromhex(EMPTY_HASH)
                              + hashlib.sha256(b"record-1").digest()).hexdigest().upper()
    assert first == expected
    second = chain_hash(first, b"record-2")
    assert second == hashlib.sha256(bytes.fromhex(first)
                                    + hashlib.sha256(b"record-2").digest()).hexdigest().upper()
    assert chain_hash(first, b"record-3") != second
    with pytest.raises(DeviceProtocolError):
        chain_hash("not hex", b"x")


def test_signed_payload_verifies_against_its_ca_only(signer):
    token = signer.sign({"bioType": "Finger", "n": 1})
    assert verify_jws(token).payload == {"bioType": "Finger", "n": 1}
    assert verify_jws(token).verified is False  # no CA configured: flagged, not refused
    own_ca = x509.load_pem_x509_certificate(signer.ca_pem())
    assert verify_jws(token, own_ca).verified is True
    other_ca = x509.load_pem_x509_certificate(DeviceSigner().ca_pem())
    assert verify_jws(token, other_ca).verified is False


def test_tampered_payload_or_signature_is_a_protocol_error(signer):
    head, body, sig = signer.sign({"qualityScore": 40}).split(".")
    forged = b64url_encode(json.dumps({"qualityScore": 99}).encode())
    with pytest.raises(DeviceProtocolError, match="signature does not match"):
        verify_jws(f"{head}.{forged}.{sig}")
    with pytest.raises(DeviceProtocolError, match="signature does not match"):
        verify_jws(f"{head}.{body}.{b64url_encode(b'0' * 64)}")


@pytest.mark.parametrize("token", ["", "a.b", "a.b.c.d", "!!.e30.e30", "e30.bm90IGpzb24.e30"])
def test_malformed_jws_is_a_protocol_error(token):
    with pytest.raises(DeviceProtocolError):
        verify_jws(token)


def test_base64url_round_trip_without_padding():
    for data in (b"", b"a", b"ab", b"abc", bytes(range(256))):
        text = b64url_encode(data)
        assert "=" not in text and b64url_decode(text) == data


def test_rs256_tokens_from_rsa_devices_verify():
    import base64
    import datetime as dt

    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding, rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "RSA device")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(1)
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=1)).sign(key, hashes.SHA256()))
    header = {"alg": "RS256", "x5c": [base64.b64encode(
        cert.public_bytes(serialization.Encoding.DER)).decode()]}
    signing_input = (b64url_encode(json.dumps(header).encode()) + "."
                     + b64url_encode(json.dumps({"ok": True}).encode()))
    signature = key.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
    token = signing_input + "." + b64url_encode(signature)
    assert verify_jws(token).payload == {"ok": True}
    assert verify_jws(token, cert).verified is True  # self-issued: its own CA
    with pytest.raises(DeviceProtocolError, match="unsupported JWS algorithm"):
        verify_jws(token.replace(token.split(".")[0], b64url_encode(json.dumps(
            {**header, "alg": "ES256"}).encode())))
