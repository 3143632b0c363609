"""Device selection from the configuration and vendor plugins via entry points."""

from __future__ import annotations

import sys
import textwrap

import pytest

from devices.camera.file_source import FileCamera
from devices.camera.opencv_camera import OpenCvCamera
from devices.camera.simulated import SimulatedCamera
from devices.errors import DeviceNotFound
from devices.sbi.scanner import SbiScanner, SimulatedScanner
from kiosk.options import ConfigError, load_settings
from station import devices as registry


@pytest.fixture
def settings(tmp_path):
    return load_settings(tmp_path / "absent.toml", environ={})


def test_defaults_are_the_simulated_devices(settings):
    camera = registry.make_camera(settings)
    scanner = registry.make_scanner(settings)
    try:
        assert isinstance(camera, SimulatedCamera)
        assert isinstance(scanner, SimulatedScanner)
        assert scanner.open().result(10).status == "Ready"
    finally:
        camera.close()
        scanner.close()


def test_camera_specs(settings, tmp_path):
    chosen = settings.replace(devices__camera="file:" + str(tmp_path / "a.mp4"),
                              devices__camera_rotation="90")
    camera = registry.make_camera(chosen)
    assert isinstance(camera, FileCamera) and camera.rotation == 90
    camera.close()
    real = registry.make_camera(settings, "opencv:2")
    assert isinstance(real, OpenCvCamera) and real.source == 2 and real.fourcc == "MJPG"
    real.close()
    with pytest.raises(ConfigError, match=r"devices\.camera"):
        registry.make_camera(settings, "webcam")


def test_sbi_scanner_uses_the_port_range(settings):
    scanner = registry.make_scanner(settings.replace(devices__fingerprint="sbi",
                                                     devices__sbi_port_first=4510,
                                                     devices__sbi_port_last=4519))
    try:
        assert isinstance(scanner, SbiScanner) and scanner.ports == list(range(4510, 4520))
    finally:
        scanner.close()
    with pytest.raises(ConfigError, match="below"):
        registry.sbi_ports(settings.replace(devices__sbi_port_first=10, devices__sbi_port_last=5))


def test_plugin_from_an_entry_point(settings, tmp_path, monkeypatch):
    (tmp_path / "acme_kiosk.py").write_text(textwrap.dedent("""
        from devices.camera.simulated import SimulatedCamera

        def factory(kind, argument, settings):
            assert kind == "camera"
            width, height = (int(v) for v in argument.split("x"))
            return SimulatedCamera(width, height)
    """))
    dist = tmp_path / "acme_kiosk-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-kiosk\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[kiosk.devices]\nacme = acme_kiosk:factory\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert "acme" in registry.plugins()
    camera = registry.make_camera(settings, "plugin:acme:320x200")
    try:
        assert camera.open().result(5).width == 320
    finally:
        camera.close()
    with pytest.raises(DeviceNotFound, match="no device plugin named 'zeta'"):
        registry.make_camera(settings, "plugin:zeta")
    sys.modules.pop("acme_kiosk", None)
