"""SBI 0.9.5 vocabulary shared by the client and the simulator: codes, names, requests."""

from __future__ import annotations

import re
import secrets

from devices import errors
from devices.ports import Finger, Segment

SPEC_VERSION = "0.9.5"
DEFAULT_PORTS = range(4501, 4601)
TRANSACTION_ID = re.compile(r"^[A-Za-z0-9-]{4,50}$")

ERROR_TEXT = {
    0: "Success", 100: "Device not registered", 101: "No biometric data detected",
    102: "Extraction error", 103: "Device tamper detected", 105: "Wrong finger orientation",
    106: "Device not found", 109: "Unsupported finger count", 110: "Device not ready",
    111: "Device busy", 112: "Invalid transaction id", 701: "Capture timeout",
}

_ERROR_TYPES: dict[int, tuple[type[errors.DeviceError], str]] = {
    100: (errors.DeviceNotReady, "device.not_registered"),
    101: (errors.CaptureFailed, "device.no_finger"),
    102: (errors.CaptureFailed, "device.extraction_failed"),
    103: (errors.DeviceProtocolError, "device.tampered"),
    105: (errors.CaptureFailed, "device.orientation"),
    106: (errors.DeviceNotFound, "device.not_found"),
    109: (errors.CaptureFailed, "device.unsupported_count"),
    110: (errors.DeviceNotReady, "device.not_ready"),
    111: (errors.DeviceBusy, "device.busy"),
    112: (errors.DeviceProtocolError, "device.bad_transaction"),
    701: (errors.DeviceTimeout, "device.timeout"),
}


def error_for(code: int, info: str = "", port: int | None = None) -> errors.DeviceError:
    """The typed error for an SBI error code (5xx and unknown codes: vendor errors)."""
    cls, key = _ERROR_TYPES.get(code, (errors.DeviceError, "device.vendor_error"))
    text = info or ERROR_TEXT.get(code, "vendor error")
    where = f" on port {port}" if port is not None else ""
    return cls(f"SBI device{where} reported error {code}: {text}", message_key=key, code=code)


def new_transaction_id() -> str:
    """A fresh transaction id within the SBI alphabet and length."""
    return "KIOSK-" + secrets.token_hex(12)


def requested_fingers(segment: Segment, exceptions: tuple[Finger, ...] = (),
                      fingers: tuple[Finger, ...] = ()) -> tuple[Finger, ...]:
    """The fingers one RCAPTURE should return: the segment (or the chosen singles) minus the
    missing ones."""
    wanted = fingers or segment.fingers
    bad = [f for f in wanted if f not in segment.fingers]
    if bad:
        raise ValueError(f"{', '.join(f.name for f in bad)} not in {segment.name}")
    return tuple(f for f in wanted if f not in exceptions)
