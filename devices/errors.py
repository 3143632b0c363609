"""Typed device errors; each has a stable message key the UI translates."""

from __future__ import annotations

from kiosk.domain.errors import KioskError


class DeviceError(KioskError):
    """Any expected failure of a camera or fingerprint scanner."""

    message_key = "device.error"


class DeviceNotFound(DeviceError):
    """No device answers where the configuration says it should be."""

    message_key = "device.not_found"


class DeviceBusy(DeviceError):
    """The device is serving another capture (SBI 111) or is held by another program."""

    message_key = "device.busy"


class DeviceNotReady(DeviceError):
    """The device is connected but not ready (SBI 110, 'Not Ready', 'Not Registered')."""

    message_key = "device.not_ready"


class DeviceTimeout(DeviceError):
    """The device did not answer in time."""

    message_key = "device.timeout"


class DeviceDisconnected(DeviceError):
    """The device went away during use (unplugged, stream ended, connection dropped)."""

    message_key = "device.disconnected"


class DeviceProtocolError(DeviceError):
    """The device answered something the protocol does not allow (bad JSON, hash, signature)."""

    message_key = "device.protocol"


class CaptureFailed(DeviceError):
    """The device worked but reported a capture failure (no finger detected, quality...)."""

    message_key = "device.capture_failed"
