"""``kiosk finger-check`` and ``kiosk finger-match``: output, JSON and exit codes."""

from __future__ import annotations

import json

import numpy as np
from PIL import Image

from station.cli import main

FVC = "fingerprints/fvc2002_db2b_{}_{}.tif"


def test_finger_check_good_print(shared_data, capsys) -> None:
    code = main(["finger-check", str(shared_data / FVC.format(102, 1)), "--ppi", "569"])
    out = capsys.readouterr().out
    assert code == 0
    assert "NFIQ2" in out and "verdict good" in out


def test_finger_check_json_and_threshold_override(shared_data, capsys) -> None:
    code = main(["finger-check", str(shared_data / FVC.format(102, 1)), "--ppi", "569",
                 "--json", "--threshold", "95"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1
    assert data["verdict"] == "poor" and data["threshold"] == 95
    assert data["input_ppi"] == 569 and data["ppi"] == 500
    assert data["minutiae"] > 20 and 0 < data["nfiq2"] < 95


def test_finger_check_blank_image_is_below_threshold_with_a_reason(tmp_path, capsys) -> None:
    path = tmp_path / "blank.png"
    Image.fromarray(np.full((400, 300), 255, np.uint8)).save(path)
    assert main(["finger-check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "NFIQ2 0" in out and "reason:" in out and "500 ppi assumed" in out


def test_unreadable_input_exits_2_without_traceback(tmp_path, capsys) -> None:
    broken = tmp_path / "broken.wsq"
    broken.write_bytes(b"\xff\xa0\xff\xa8 truncated")
    assert main(["finger-check", str(broken)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kiosk: ") and "truncated WSQ" in err and "Traceback" not in err
    assert main(["finger-check", str(tmp_path / "missing.png"), "--json"]) == 2
    data = json.loads(capsys.readouterr().out)
    assert data["message_key"] == "finger.unreadable" and "cannot read" in data["error"]


def test_finger_match_same_and_different(shared_data, capsys) -> None:
    same = main(["finger-match", str(shared_data / FVC.format(101, 1)),
                 str(shared_data / FVC.format(101, 2)), "--ppi", "569", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert same == 0 and data["same_finger"] and data["score"] >= data["threshold"] == 40
    assert data["mcc"] > 0 and data["bozorth3"] > 0 and data["consistency"] > 0.3
    different = main(["finger-match", str(shared_data / FVC.format(101, 1)),
                      str(shared_data / FVC.format(105, 1)), "--ppi", "569"])
    assert different == 1 and "different fingers" in capsys.readouterr().out
    assert main(["finger-match", str(shared_data / FVC.format(101, 1)),
                 str(shared_data / "fingerprints/SOURCES.md")]) == 2
    assert "not a fingerprint image format" in capsys.readouterr().err


def test_finger_check_an2k_cuts_slaps_and_labels_every_finger(shared_data, capsys) -> None:
    path = str(shared_data / "fingerprints/nist_type4-slaps.an2k")
    code = main(["finger-check", path, "--json", "--threshold", "1"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["verdict"] == "good" and not data["problems"]
    labels = [f["position"] for f in data["fingers"]]
    assert labels == ["Left LittleFinger", "Left RingFinger", "Left MiddleFinger",
                      "Left IndexFinger", "Left Thumb", "Right Thumb", "Right IndexFinger",
                      "Right MiddleFinger", "Right RingFinger", "Right LittleFinger"]
    assert main(["finger-check", path, "--slap", "left"]) == 1  # two tips below 40
    assert capsys.readouterr().out.count("NFIQ2") == 4


def test_finger_check_slap_that_is_not_a_slap(shared_data, capsys) -> None:
    probe = str(shared_data / "fingerprints/sourceafis_probe.png")
    assert main(["finger-check", probe, "--slap", "left"]) == 1
    assert "problem: found" in capsys.readouterr().out
