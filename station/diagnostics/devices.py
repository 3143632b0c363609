"""`kiosk doctor` checks for the configured camera, document camera and fingerprint scanner."""

from __future__ import annotations

from collections.abc import Iterable

from devices.errors import DeviceError
from kiosk.domain.errors import KioskError
from kiosk.options import Settings
from station.diagnostics.checks import CheckResult


def check_devices(settings: Settings) -> Iterable[CheckResult]:
    """Open each configured device, take one frame or read its status, and close it."""
    from station.devices import make_camera, make_document_camera, make_scanner

    spec = settings["devices.camera"]
    try:
        camera = make_camera(settings)
        try:
            info = camera.open().result(15)
            frame = camera.read().result(10)
        finally:
            camera.close()
        width, height = frame.size
        yield CheckResult("camera", True, f"{spec}: {info.name}, frames of {width}x{height}")
    except (DeviceError, KioskError, TimeoutError) as exc:
        yield CheckResult("camera", False, f"{spec}: {exc}")
    spec = settings["devices.document_camera"]
    try:
        document_camera = make_document_camera(settings)
        if document_camera is None:
            yield CheckResult("document camera", True, "off: passports are read with the "
                              "keyboard-wedge reader or typed")
        else:
            try:
                opened = document_camera.open().result(15)
                frame = document_camera.read().result(10)
            finally:
                document_camera.close()
            width, height = frame.size
            yield CheckResult("document camera", True,
                              f"{spec}: {opened.name}, frames of {width}x{height}")
    except (DeviceError, KioskError, TimeoutError) as exc:
        yield CheckResult("document camera", False, f"{spec}: {exc}")
    spec = settings["devices.fingerprint"]
    try:
        scanner = make_scanner(settings)
        try:
            scanner_info = scanner.open().result(
                settings["devices.sbi_discovery_timeout_s"] * 200 + 15)
        finally:
            scanner.close()
        ok = scanner_info.status.lower() == "ready"
        yield CheckResult("fingerprint scanner", ok, f"{spec}: {scanner_info.device_id} on port "
                          f"{scanner_info.port}, {scanner_info.status}")
    except (DeviceError, KioskError, TimeoutError) as exc:
        yield CheckResult("fingerprint scanner", False, f"{spec}: {exc}")
