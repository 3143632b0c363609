"""``kiosk face-check``: exit codes 0 / 1 / 2, text and JSON output, portrait output."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from station.cli import main


def test_compliant_image_exits_0_and_lists_every_check(shared_data, capsys):
    assert main(["face-check", str(shared_data / "faces" / "frll_neutral_005_03.jpg")]) == 0
    out = capsys.readouterr().out
    assert "COMPLIANT" in out and "NOT COMPLIANT" not in out
    assert "eye_distance" in out and "crop box" in out and "FAIL" not in out


def test_non_compliant_image_exits_1_with_json(shared_data, capsys):
    code = main(["face-check", "--json", str(shared_data / "faces" / "yale_subject05.sleepy.gif")])
    assert code == 1
    data = json.loads(capsys.readouterr().out)
    assert data["compliant"] is False
    failed = {c["name"] for c in data["checks"] if not c["passed"]}
    assert "eyes_open" in failed
    eyes = next(c for c in data["checks"] if c["name"] == "eyes_open")
    assert eyes["threshold"] == 0.15 and eyes["instruction_key"] == "face.instruction.open_eyes"
    assert set(data["crop_box"]) == {"cx", "cy", "width", "height", "angle"}


def test_no_face_exits_1(shared_data, capsys):
    assert main(["face-check", "--json", str(shared_data / "faces" / "coffee.png")]) == 1
    assert json.loads(capsys.readouterr().out)["instruction"] == "face.instruction.no_face"


@pytest.mark.parametrize("name", ["SOURCES.md", "missing.jpg"])
def test_unreadable_input_exits_2_with_one_line(shared_data, capsys, name):
    assert main(["face-check", str(shared_data / "faces" / name)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kiosk: ") and "Traceback" not in err and len(err.splitlines()) == 1


def test_portrait_is_written_under_the_size_limit(shared_data, tmp_path, capsys):
    out = tmp_path / "portrait.jpg"
    code = main(["face-check", "--portrait", str(out),
                 str(shared_data / "faces" / "canada_003f.jpg")])
    assert code == 0 and 0 < out.stat().st_size <= 60_000
    assert out.read_bytes()[:2] == b"\xff\xd8"


def test_thresholds_come_from_the_configuration(shared_data, tmp_path, capsys):
    config = tmp_path / "kiosk.toml"
    config.write_text("[face]\nmin_eye_distance_px = 400.0\n")
    code = main(["--config", str(config), "face-check",
                 str(shared_data / "faces" / "frll_neutral_005_03.jpg")])
    assert code == 1 and "face.instruction.move_closer" in capsys.readouterr().out


def test_command_line_is_quiet_on_stderr(shared_data):
    """mediapipe/TFLite start-up chatter must not reach the user."""
    run = subprocess.run([sys.executable, "-m", "station", "face-check",
                          str(shared_data / "faces" / "frll_neutral_002_03.jpg")],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""


def test_iso_records_are_checked_or_refused_precisely(shared_data, capsys):
    # a 2005 record whose image shows a dog: readable, no human face
    assert main(["face-check", str(shared_data / "faces" / "face01.iso2005")]) == 1
    assert "face.instruction.no_face" in capsys.readouterr().out
    # a 2011 ("030") record is read too: its portrait is checked (a 240x320 image the face
    # fills: too few pixels between the eyes, which is the camera's resolution)
    assert main(["face-check", str(shared_data / "faces" / "mosip_0001Face.iso")]) == 1
    out = capsys.readouterr().out
    assert "NOT COMPLIANT" in out and "FAIL  eye_distance" in out
