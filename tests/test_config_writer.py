"""Saving configuration: validated by each option's converter, comments kept, atomic."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kiosk import config_writer
from kiosk.config_writer import ConfigWriteError, planned_text, save_changes
from kiosk.options import ConfigError, load_settings

ORIGINAL = """# Hà Nội desk 1 (set up 2026-07-01)
[station]
id = "HN-DESK-1"   # printed on receipts
office = "Phòng Quản lý xuất nhập cảnh"

[devices]
# the USB camera on the left
camera = "opencv:0"
sbi_port_first = 4501
"""


def _file(tmp_path: Path, text: str = ORIGINAL) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_changes_keep_comments_and_add_new_keys_in_their_section(tmp_path: Path) -> None:
    path = _file(tmp_path)
    save_changes(path, {"station.id": 'HN "DESK" 2', "devices.camera": "file:/tmp/clip # 1.mp4",
                        "devices.sbi_port_last": 4510, "fingers.quality_threshold": 55,
                        "face.dwell_s": 1, "ui.languages": ["vi", "ko"]})
    text = path.read_text(encoding="utf-8")
    # the file is stamped with the version it is now written for, after its first comment
    assert text.startswith("# Hà Nội desk 1 (set up 2026-07-01)\nconfig_version = 2\n")
    assert "\n[station]\n" in text
    assert 'id = "HN \\"DESK\\" 2"   # printed on receipts' in text
    assert "# the USB camera on the left\ncamera = " in text
    assert "sbi_port_first = 4501\nsbi_port_last = 4510\n" in text
    assert "[fingers]\nquality_threshold = 55" in text
    settings = load_settings(path, environ={})
    assert settings["station.id"] == 'HN "DESK" 2'
    assert settings["station.office"] == "Phòng Quản lý xuất nhập cảnh"
    assert settings["devices.camera"] == "file:/tmp/clip # 1.mp4"
    assert settings["devices.sbi_port_last"] == 4510
    assert settings["face.dwell_s"] == 1.0
    assert settings["ui.languages"] == ("vi", "ko")


def test_a_bad_value_names_the_key_and_nothing_is_written(tmp_path: Path) -> None:
    path = _file(tmp_path)
    for changes, key in (({"fingers.quality_threshold": 101}, "fingers.quality_threshold"),
                         ({"devices.camera_rotation": "45"}, "devices.camera_rotation"),
                         ({"station.timezone": "Mars/Olympus"}, "station.timezone"),
                         ({"ui.languages": ["vi", "fr"]}, "ui.languages"),
                         ({"ui.languages": []}, "ui.languages"),
                         ({"devices.sbi_port_last": 4400}, "devices.sbi_port_first"),
                         ({"station.idd": "X"}, "station.idd"),
                         ({"sync.url": "central.example.vn"}, "sync.url"),
                         ({"sync.url": "http://central.example.vn"}, "sync.url"),
                         ({"sync.url": "http://10.0.0.5:8470"}, "sync.url"),
                         ({"sync.central_signing_key": "bm90IGEga2V5"},
                          "sync.central_signing_key"),
                         ({"sync.central_public_key": "bm90IGEga2V5"},
                          "sync.central_public_key"),
                         ({"devices.camera": "webcam9"}, "devices.camera"),
                         ({"devices.camera": "simulated:smiling"}, "devices.camera"),
                         ({"devices.camera": "opencv:"}, "devices.camera"),
                         ({"devices.document_camera": "simulated:eyes_closed"},
                          "devices.document_camera"),
                         ({"devices.fingerprint": "usb"}, "devices.fingerprint")):
        with pytest.raises(ConfigError) as error:
            save_changes(path, changes)
        assert error.value.params["key"] == key
        assert key in str(error.value)
    assert path.read_text(encoding="utf-8") == ORIGINAL


def test_a_new_file_and_a_multi_line_array_with_comments(tmp_path: Path) -> None:
    fresh = tmp_path / "sub" / "kiosk.toml"
    key = base64.b64encode(X25519PrivateKey.generate().public_key().public_bytes_raw()).decode()
    save_changes(fresh, {"sync.url": "https://central.example.vn", "log.level": "DEBUG",
                         "sync.central_public_key": key})
    assert load_settings(fresh, environ={})["sync.url"] == "https://central.example.vn"
    assert os.stat(fresh).st_mode & 0o777 == 0o600  # may hold credentials
    odd = _file(tmp_path, '# offered at the guidance screen\n[ui]\nlanguages = [\n'
                '  "vi",  # first\n  "en",\n]\n\n[station]\n# the desk\nid = "HN-DESK-1"\n')
    save_changes(odd, {"ui.languages": ["ja"], "station.office": "Hà Nội"})
    assert load_settings(odd, environ={})["ui.languages"] == ("ja",)
    text = odd.read_text(encoding="utf-8")  # no comment is lost (the old editor lost all)
    assert "# offered at the guidance screen" in text and "# the desk\nid = " in text


def test_an_unwritable_folder_is_a_precise_error_and_leaves_no_temporary_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _file(tmp_path)

    def failing_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(config_writer.os, "replace", failing_replace)
    with pytest.raises(ConfigWriteError, match="No space left") as error:
        save_changes(path, {"station.id": "X"})
    assert error.value.message_key == "config.write_failed"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kiosk.toml"]
    assert path.read_text(encoding="utf-8") == ORIGINAL


def test_planned_text_writes_nothing(tmp_path: Path) -> None:
    path = _file(tmp_path)
    assert 'office = "Tp HCM"' in planned_text(path, {"station.office": "Tp HCM"})
    assert path.read_text(encoding="utf-8") == ORIGINAL


CAMERAS = ("simulated", "simulated:eyes_closed", "simulated:smiling", "file:/tmp/clip.mp4",
           "opencv:0", "opencv:/dev/video2", "opencv:", "file:", "webcam9", "", "off")
DOCUMENT_CAMERAS = ("off", "simulated", "simulated:worn", "simulated:blurry",
                    "simulated:eyes_closed", "file:/tmp/passports", "opencv:1", "opencv:",
                    "camera")
SCANNERS = ("simulated", "sbi", "sbi:4501", "usb", "", "simulated:x")


def test_the_console_accepts_exactly_the_device_values_the_station_can_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The console saved "webcam9" as the camera; the station then could not start the
    camera. Each value the console accepts must build a device, and each it refuses must
    not (plugins need an installed entry point, so they are left out here)."""
    from kiosk import device_specs
    from station.devices import make_camera, make_document_camera, make_scanner

    monkeypatch.setenv("KIOSK_CONFIG", str(_file(tmp_path)))
    settings = load_settings()
    for specs, check, make in ((CAMERAS, device_specs.check_camera, make_camera),
                               (DOCUMENT_CAMERAS, device_specs.check_document_camera,
                                make_document_camera),
                               (SCANNERS, device_specs.check_fingerprint, make_scanner)):
        for spec in specs:
            try:
                check(spec)
                accepted = True
            except ValueError:
                accepted = False
            try:
                device = make(settings, spec or " ")
            except ConfigError:
                built = False
            else:
                built = True
                if device is not None:
                    device.close()
            assert accepted == built, (spec, accepted, built)
