"""Reading the MRZ of real specimen images: accuracy against tests/mrz_truth.py, errors, CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import cv2
import numpy as np
import pytest
from conftest import SHARED_DATA
from mrz_truth import MRZ_TRUTH, UTO_TD3

from kiosk.documents.images import DocumentImageError, read_document_image
from kiosk.documents.mrz_reader import MrzNotFound, read_mrz_image

TODAY = date(2026, 11, 23)
REPO = Path(__file__).resolve().parent.parent
MIN_READ = 29  # of the 34 ground-truth specimens, read fully and correctly (measured: 31)


def _kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "station", *args], capture_output=True,
                          text=True, timeout=120, cwd=REPO)


@pytest.fixture(scope="module")
def readings() -> dict[str, tuple[str, ...] | None]:
    """Every ground-truth specimen read once for the module."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared test data not found at {SHARED_DATA} (set KIOSK_SHARED_DATA)")
    found: dict[str, tuple[str, ...] | None] = {}
    for name in MRZ_TRUTH:
        image = read_document_image(SHARED_DATA / "documents" / name)
        try:
            found[name] = read_mrz_image(image, TODAY).mrz.lines
        except MrzNotFound:
            found[name] = None
    return found


def test_ground_truth_specimens_are_read(readings: dict[str, tuple[str, ...] | None]) -> None:
    right = [name for name, lines in readings.items() if lines == MRZ_TRUTH[name]]
    print(f"read fully and correctly: {len(right)}/{len(MRZ_TRUTH)}")
    assert len(right) >= MIN_READ, {n: v for n, v in readings.items() if n not in right}


def test_clean_specimens_are_always_read(readings: dict[str, tuple[str, ...] | None]) -> None:
    for name in ("passporteye_passport-td3.jpg", "passporteye_passport-td2.jpg",
                 "passporteye_100_pass-uto.jpg", "passporteye_100_pass-cze.jpg",
                 "passporteye_100_visa-usa.jpg", "passporteye_100_id-usa.jpg"):
        assert readings[name] == MRZ_TRUTH[name], name


def test_no_specimen_is_reported_valid_but_wrong(shared_data: Path) -> None:
    for name, truth in MRZ_TRUTH.items():
        image = read_document_image(shared_data / "documents" / name)
        try:
            reading = read_mrz_image(image, TODAY)
        except MrzNotFound:
            continue
        assert reading.mrz.lines == truth or not reading.valid, name


def test_sideways_and_tilted_document_is_read(shared_data: Path) -> None:
    image = read_document_image(shared_data / "documents" / "passporteye_passport-td3.jpg")
    sideways = read_mrz_image(cv2.rotate(image, cv2.ROTATE_90_CLOCKWISE), TODAY)
    assert sideways.mrz.lines == UTO_TD3 and sideways.rotation == 270
    h, w = image.shape
    tilt = cv2.getRotationMatrix2D((w / 2, h / 2), 4.0, 1.0)
    tilted = cv2.warpAffine(image, tilt, (w, h), borderValue=255)
    assert read_mrz_image(tilted, TODAY).mrz.lines == UTO_TD3


def test_id_card_turned_a_quarter_either_way_is_read(shared_data: Path) -> None:
    """The CMW card's 3-line zone breaks up when the card lies on its side; the reader looks
    again in the image turned a quarter and reports the turn the image needed."""
    image = read_document_image(shared_data / "documents" / "passporteye_77_card-cmw.png")
    upright = read_mrz_image(image, TODAY)
    for turn, needed in ((cv2.ROTATE_90_COUNTERCLOCKWISE, 90), (cv2.ROTATE_90_CLOCKWISE, 270)):
        reading = read_mrz_image(cv2.rotate(image, turn), TODAY)
        assert (reading.mrz.lines, reading.rotation) == (upright.mrz.lines, needed)


def test_image_without_mrz_raises_not_found() -> None:
    blank = np.full((400, 600), 235, np.uint8)
    cv2.putText(blank, "NO MACHINE READABLE ZONE", (20, 200), cv2.FONT_HERSHEY_SIMPLEX, 1, 0, 2)
    with pytest.raises(MrzNotFound) as err:
        read_mrz_image(blank, TODAY)
    assert err.value.message_key == "mrz.not_found"


def test_corrupt_and_missing_files_raise_precise_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    with pytest.raises(DocumentImageError, match=r"bad\.jpg"):
        read_document_image(bad)
    with pytest.raises(DocumentImageError, match="cannot read"):
        read_document_image(tmp_path / "missing.png")


def test_cli_reads_a_passport_as_json(shared_data: Path) -> None:
    out = _kiosk("mrz-read", str(shared_data / "documents" / "passporteye_passport-td3.jpg"),
                 "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["valid"] and data["lines"] == list(UTO_TD3)
    assert data["surname"] == "ERIKSSON" and data["birth_date"] == "1974-08-12"


def test_cli_corrupt_file_and_no_mrz_exit_2_with_one_line(tmp_path: Path,
                                                          shared_data: Path) -> None:
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n truncated")
    negative = tmp_path / "blank.png"  # (the Spanish ID's zone holds an N with a tilde: it
    cv2.imwrite(str(negative), np.full((400, 600), 230, np.uint8))  # reads, but invalid)
    for path, words in ((bad, "damaged image"), (negative, "no machine-readable zone")):
        out = _kiosk("mrz-read", str(path))
        assert out.returncode == 2
        assert out.stdout == ""
        assert len(out.stderr.strip().splitlines()) == 1 and words in out.stderr, out.stderr


def test_cli_exit_1_when_a_check_fails(shared_data: Path) -> None:
    # Low resolution (275x184): the MRZ is found but its dates are misread.
    out = _kiosk("mrz-read", str(shared_data / "documents" / "passporteye_25_pass-uto.jpg"))
    assert out.returncode == 1, out.stdout + out.stderr
    assert "INVALID" in out.stdout
