"""ISO/IEC 19794-5:2011 face records read and written beside 2005."""

from __future__ import annotations

import dataclasses
import json

import pytest

from kiosk.biometrics.face import iso19794_5 as iso
from kiosk.biometrics.face.imageio import decode_image
from station.cli import main

MOSIP = "faces/mosip_0001Face.iso"


def test_reads_an_enrolment_clients_2011_record(shared_data) -> None:
    data = (shared_data / MOSIP).read_bytes()
    assert iso.record_version(data) == 2011
    [face] = iso.read_record(data)
    assert (face.width, face.height) == (240, 320)
    assert face.image_data_type == iso.IMAGE_JPEG2000_LOSSLESS_2011 and face.quality == 80
    assert decode_image(face.image).shape == (320, 240, 3)
    # our writer lays out the same bytes for the fields it keeps
    again = iso.write_record([face], version=2011)
    assert len(again) == len(data) and again[:17] == data[:17]
    assert again[-len(face.image):] == face.image


def test_2011_round_trip_keeps_every_field(shared_data) -> None:
    jpeg = (shared_data / "faces" / "canada_003f.jpg").read_bytes()
    face = iso.FaceRecord(jpeg, 1350, 1800, pose=(4.0, -2.0, 6.0), quality=71,
                          points=(iso.FeaturePoint(iso.EYE_CENTRE_LEFT, 850, 700),
                                  iso.FeaturePoint(iso.EYE_CENTRE_RIGHT, 500, 700)))
    data = iso.write_record([face, face], version=2011)
    assert data[:8] == b"FAC\x00030\x00"
    assert int.from_bytes(data[8:12], "big") == len(data)
    assert iso.read_record(data) == [face, face]
    assert iso.read_record(iso.write_record([face])) == [face]  # 2005 unchanged


def test_every_truncation_of_a_2011_record_is_rejected(shared_data) -> None:
    data = (shared_data / MOSIP).read_bytes()
    for cut in (5, 16, 17, 30, 60, 73, 1000, len(data) - 1):
        mangled = data[:cut]
        if cut > 12:  # keep the length field honest so the structure itself is checked
            mangled = mangled[:8] + len(mangled).to_bytes(4, "big") + mangled[12:]
        with pytest.raises(iso.IsoRecordError):
            iso.read_record(mangled)
    with pytest.raises(iso.IsoRecordError, match="version"):
        iso.read_record(data[:4] + b"020\x00" + data[8:])
    with pytest.raises(ValueError):
        iso.write_record([], version=2000)


def test_face_check_reads_a_2011_record(shared_data, capsys) -> None:
    code = main(["face-check", str(shared_data / MOSIP), "--json"])
    assert code in (0, 1)
    assert "checks" in json.loads(capsys.readouterr().out)


def test_a_2011_record_converts_to_2005_and_back(shared_data) -> None:
    """The enrolment client's lossless JPEG 2000 is JPEG 2000 in 2005 (which knows no
    lossless code); the image, size, pose and points survive both ways; PNG has no 2005 code."""
    [face] = iso.read_record((shared_data / MOSIP).read_bytes())
    [old] = iso.read_record(iso.write_record([face], version=2005))
    assert iso.record_version(iso.write_record([face], version=2005)) == 2005
    assert old.image_data_type == iso.IMAGE_JPEG2000
    assert (old.image, old.width, old.height, old.pose, old.points) == \
        (face.image, face.width, face.height, face.pose, face.points)
    [new] = iso.read_record(iso.write_record([old], version=2011))
    assert new == old
    png = dataclasses.replace(face, image_data_type=iso.IMAGE_PNG_2011)
    assert iso.read_record(iso.write_record([png], version=2011)) == [png]
    with pytest.raises(ValueError, match="2005"):
        iso.write_record([png], version=2005)


def test_a_3d_representation_is_refused_not_misread(shared_data) -> None:
    data = bytearray((shared_data / MOSIP).read_bytes())
    [face] = iso.read_record(bytes(data))
    image_info = len(data) - len(face.image) - 15  # the 15-byte image information block
    assert data[image_info] == face.face_image_type
    data[image_info] = 0x81  # full frontal 3-D
    with pytest.raises(iso.IsoRecordError, match="3-D"):
        iso.read_record(bytes(data))
