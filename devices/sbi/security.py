"""SBI message security: base64url, compact JWS (ES256 with an x5c device certificate) and
the capture hash chain.

A device signs each answer with its own key; the certificate travels in the JWS header
(``x5c``). When a device CA is configured, the certificate must be issued by it and valid now;
without one the signature is still checked against the certificate, but the device is only
*unverified* (flagged, not refused).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)
from cryptography.x509.oid import NameOID

from devices.errors import DeviceProtocolError

EMPTY_HASH = hashlib.sha256(b"").hexdigest().upper()


def b64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    """Decode base64url with or without padding; raises DeviceProtocolError when invalid."""
    if not isinstance(text, str):
        raise DeviceProtocolError(f"expected a base64url string, got {type(text).__name__}")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise DeviceProtocolError("value is not valid base64url") from None


def chain_hash(previous_hash: str, bio_value: bytes) -> str:
    """SBI hash: SHA-256(bytes of previous hash || SHA-256(bioValue)), uppercase hex."""
    try:
        previous = bytes.fromhex(previous_hash or EMPTY_HASH)
    except ValueError:
        raise DeviceProtocolError(f"previous hash {previous_hash!r} is not hex") from None
    current = hashlib.sha256(bio_value).digest()
    return hashlib.sha256(previous + current).hexdigest().upper()


@dataclass(frozen=True)
class SignedPayload:
    """A decoded JWS: its header, payload and whether the signer chains to the device CA."""

    header: dict[str, Any]
    payload: dict[str, Any]
    verified: bool
    subject: str = ""


class DeviceSigner:
    """A device key and certificate (issued by a small CA) that signs compact JWS tokens."""

    def __init__(self, common_name: str = "Kiosk SBI simulator") -> None:
        now = dt.datetime.now(dt.UTC)
        self.ca_key = ec.generate_private_key(ec.SECP256R1())
        ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Kiosk SBI simulator CA")])
        self.ca_cert = (
            x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
            .public_key(self.ca_key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .sign(self.ca_key, hashes.SHA256()))
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.cert = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]))
            .issuer_name(ca_name).public_key(self.key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=365))
            .sign(self.ca_key, hashes.SHA256()))

    def ca_pem(self) -> bytes:
        return self.ca_cert.public_bytes(serialization.Encoding.PEM)

    def sign(self, payload: dict[str, Any]) -> str:
        """Compact JWS (ES256) of ``payload`` with the device certificate in ``x5c``."""
        der = self.cert.public_bytes(serialization.Encoding.DER)
        header = {"alg": "ES256", "typ": "JWT", "x5c": [base64.b64encode(der).decode()]}
        signing_input = (b64url_encode(json.dumps(header).encode()) + "."
                         + b64url_encode(json.dumps(payload).encode()))
        r, s = decode_dss_signature(self.key.sign(signing_input.encode(),
                                                  ec.ECDSA(hashes.SHA256())))
        return signing_input + "." + b64url_encode(r.to_bytes(32, "big") + s.to_bytes(32, "big"))


def load_ca(path: str | Path) -> x509.Certificate:
    """Read the device CA certificate (PEM) named in the configuration."""
    try:
        return x509.load_pem_x509_certificate(Path(path).read_bytes())
    except (OSError, ValueError) as exc:
        raise DeviceProtocolError(f"cannot load the device CA certificate {path}: {exc}",
                                  message_key="device.bad_ca", path=str(path)) from None


def _json_segment(segment: str, what: str) -> dict[str, Any]:
    try:
        value = json.loads(b64url_decode(segment))
    except (ValueError, UnicodeDecodeError):
        raise DeviceProtocolError(f"JWS {what} is not JSON") from None
    if not isinstance(value, dict):
        raise DeviceProtocolError(f"JWS {what} is not a JSON object")
    return value


def verify_jws(token: str, ca: x509.Certificate | None = None) -> SignedPayload:
    """Decode a compact JWS and check its signature against its x5c certificate.

    A broken structure or a bad signature raises DeviceProtocolError. ``verified`` is True
    only when ``ca`` is given and issued the certificate, which is valid now.
    """
    if not isinstance(token, str) or token.count(".") != 2:
        raise DeviceProtocolError("JWS does not have three dot-separated parts")
    head_seg, body_seg, sig_seg = token.split(".")
    header = _json_segment(head_seg, "header")
    payload = _json_segment(body_seg, "payload")
    chain = header.get("x5c")
    if not chain or not isinstance(chain, list):
        return SignedPayload(header, payload, verified=False)
    try:
        cert = x509.load_der_x509_certificate(base64.b64decode(chain[0]))
    except (ValueError, binascii.Error, TypeError):
        raise DeviceProtocolError("JWS x5c certificate does not parse") from None
    _check_signature(header.get("alg"), cert, (head_seg + "." + body_seg).encode(),
                     b64url_decode(sig_seg))
    subject = cert.subject.rfc4514_string()
    verified = False
    if ca is not None:
        now = dt.datetime.now(dt.UTC)
        try:
            cert.verify_directly_issued_by(ca)
            verified = cert.not_valid_before_utc <= now <= cert.not_valid_after_utc
        except (ValueError, TypeError, InvalidSignature):
            verified = False
    return SignedPayload(header, payload, verified, subject)


def _check_signature(alg: Any, cert: x509.Certificate, data: bytes, signature: bytes) -> None:
    key = cert.public_key()
    try:
        if alg == "ES256" and isinstance(key, ec.EllipticCurvePublicKey):
            if len(signature) != 64:
                raise InvalidSignature
            der = encode_dss_signature(int.from_bytes(signature[:32], "big"),
                                       int.from_bytes(signature[32:], "big"))
            key.verify(der, data, ec.ECDSA(hashes.SHA256()))
        elif alg == "RS256" and isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
        else:
            raise DeviceProtocolError(f"unsupported JWS algorithm {alg!r} for this certificate")
    except InvalidSignature:
        raise DeviceProtocolError("JWS signature does not match the device certificate",
                                  message_key="device.bad_signature") from None
