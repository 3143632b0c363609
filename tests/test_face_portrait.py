"""The ICAO portrait: crop geometry, JPEG size fitting, ISO/IEC 19794-5 records, EXIF input."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from kiosk.biometrics.face import iso19794_5 as iso
from kiosk.biometrics.face import landmarks as lm
from kiosk.biometrics.face.analysis import analyse_image
from kiosk.biometrics.face.detector import FaceDetector
from kiosk.biometrics.face.geometry import HEAD_FRACTION, head_height
from kiosk.biometrics.face.imageio import FaceImageError, decode_image, read_image
from kiosk.biometrics.face.portrait import PortraitError, crop_portrait, fit_jpeg, make_portrait


@pytest.fixture(scope="module")
def detector():
    with FaceDetector() as d:
        yield d


@pytest.fixture
def tilted(shared_data):
    """A compliant face rotated by 6 degrees (allowed roll) on a wider canvas."""
    image = read_image(shared_data / "faces" / "frll_neutral_004_03.jpg")
    image = cv2.copyMakeBorder(image, 200, 200, 200, 200, cv2.BORDER_REPLICATE)
    h, w = image.shape[:2]
    return cv2.warpAffine(image, cv2.getRotationMatrix2D((w / 2, h / 2), 6, 1.0), (w, h),
                          borderMode=cv2.BORDER_REPLICATE)


def test_portrait_is_3_by_4_upright_centred_with_head_at_75_percent(detector, tilted):
    result = analyse_image(tilted, detector)
    assert result.compliant, [(c.name, c.value) for c in result.failed]
    portrait = crop_portrait(tilted, result.crop, 480)
    assert portrait.shape == (640, 480, 3)
    points = detector.observe(portrait, segment=False).landmarks
    left, right = lm.eye_centres(points)
    assert abs(right[1] - left[1]) < 3  # eyes level after the roll correction
    assert (left[0] + right[0]) / 2 == pytest.approx(240, abs=6)  # centred
    assert lm.eye_distance(points) >= 90
    assert head_height(points) / 640 == pytest.approx(HEAD_FRACTION, abs=0.03)
    # ISO/IEC 19794-5 full frontal: eye line at 50-70% of the height from the bottom
    assert 0.30 * 640 <= left[1] <= 0.50 * 640


def test_jpeg_fits_the_budget_at_the_best_quality(shared_data):
    image = cv2.resize(read_image(shared_data / "faces" / "canada_003f.jpg"), (480, 640))
    data, quality = fit_jpeg(image, 60_000)
    assert len(data) <= 60_000
    _ok, bigger = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality + 1])
    assert quality == 95 or len(bigger) > 60_000
    small, low_quality = fit_jpeg(image, 15_000)
    assert len(small) <= 15_000 and low_quality < quality
    assert cv2.imdecode(np.frombuffer(small, np.uint8), cv2.IMREAD_COLOR).shape == image.shape


def test_impossible_budget_is_a_precise_error(shared_data):
    image = cv2.resize(read_image(shared_data / "faces" / "canada_003f.jpg"), (480, 640))
    with pytest.raises(PortraitError, match="does not fit in 1000 bytes"):
        fit_jpeg(image, 1000)


def test_make_portrait_end_to_end(shared_data, detector):
    image = read_image(shared_data / "faces" / "frll_neutral_005_03.jpg")
    result = analyse_image(image, detector)
    portrait = make_portrait(image, result.crop, 480, 60_000)
    assert (portrait.width, portrait.height) == (480, 640) and len(portrait.jpeg) <= 60_000
    assert analyse_image(decode_image(portrait.jpeg), detector).compliant


def test_iso_record_round_trip(shared_data, detector):
    jpeg = (shared_data / "faces" / "canada_003f.jpg").read_bytes()
    face = iso.FaceRecord(jpeg, 1350, 1800, pose=(4.0, -2.0, 6.0),
                          points=(iso.FeaturePoint(iso.EYE_CENTRE_LEFT, 850, 700),
                                  iso.FeaturePoint(iso.EYE_CENTRE_RIGHT, 500, 700)))
    data = iso.write_record([face])
    assert data[:8] == b"FAC\x00010\x00"
    assert int.from_bytes(data[8:12], "big") == len(data)
    assert iso.read_record(data) == [face]


def test_reads_a_reference_iso_record(shared_data):
    data = (shared_data / "faces" / "face01.iso2005").read_bytes()
    [face] = iso.read_record(data)
    assert (face.width, face.height, face.image_data_type) == (280, 320, iso.IMAGE_JPEG)
    assert len(face.points) == 4 and face.points[0].code == 0x36  # MPEG-4 point 3.6
    assert decode_image(face.image).shape == (320, 280, 3)
    # our writer lays the same fields out at the same offsets (it does not keep gender, eye
    # and hair colour, the feature mask, pose uncertainty, colour space or device type)
    again, n = iso.write_record([face]), len(face.image)
    assert len(again) == len(data) and again[:20] == data[:20]
    assert again[-n - 12:-n - 6] == data[-n - 12:-n - 6] and again[-n:] == data[-n:]


@pytest.mark.parametrize("mangle", [lambda d: d[:10], lambda d: b"XYZ" + d[3:],
                                    lambda d: d[:-5], lambda d: d[:4] + b"030\x00" + d[8:]])
def test_malformed_iso_records_are_rejected(shared_data, mangle):
    data = (shared_data / "faces" / "face01.iso2005").read_bytes()
    with pytest.raises(iso.IsoRecordError):
        iso.read_record(mangle(data))


def test_pose_angle_coding():
    assert iso.encode_angle(None) == 0 and iso.encode_angle(0) == 91
    for angle in (-180.0, -90.0, -4.0, 0.0, 6.0, 178.0):
        assert iso.decode_angle(iso.encode_angle(angle)) == angle


def test_exif_orientation_is_honoured(shared_data):
    upright = read_image(shared_data / "faces" / "meds_S001-01-t10_01.jpg")
    exif = read_image(shared_data / "faces" / "meds-aa-S001-01-exif-rotation.jpg")
    assert exif.shape == upright.shape
    assert np.abs(exif.astype(int) - upright.astype(int)).mean() < 8


def test_unreadable_inputs_raise_face_image_error(tmp_path, shared_data):
    with pytest.raises(FaceImageError, match="empty"):
        decode_image(b"")
    with pytest.raises(FaceImageError, match="image format"):
        read_image(shared_data / "faces" / "SOURCES.md")
    cut = tmp_path / "cut.jpg"
    cut.write_bytes((shared_data / "faces" / "canada_003f.jpg").read_bytes()[:4000])
    with pytest.raises(FaceImageError, match="damaged"):
        read_image(cut)
    with pytest.raises(FaceImageError, match="cannot read"):
        read_image(tmp_path / "missing.jpg")
