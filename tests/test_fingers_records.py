"""Every finger record the project reads: ISO/IEC 19794-4 (2005 and 2011, each compression),
ANSI/NIST-ITL Type-4 and Type-14, and a precise refusal of any other record type; the
resolution travels with the image and the analysis resamples to 500 ppi once."""

from __future__ import annotations

import io
import json
import struct

import cv2
import numpy as np
import pytest
from PIL import Image

from kiosk.biometrics.fingers.analysis import analyse_finger
from kiosk.biometrics.fingers.compression import encode_wsq
from kiosk.biometrics.fingers.errors import UnreadableImage
from kiosk.biometrics.fingers.images import FingerImage, read_finger_image
from kiosk.biometrics.fingers.iso19794_4 import build_finger_record, parse_finger_record
from kiosk.biometrics.fingers.sources import UnsupportedRecord, read_sources
from kiosk.domain.fingers import FingerPosition
from station.cli import main

FVC = "fingerprints/fvc2002_db2b_{}_{}.tif"


def _fvc(shared_data, finger: int = 102, impression: int = 1) -> FingerImage:
    return read_finger_image(shared_data / FVC.format(finger, impression), ppi=569)


def _encoded(image: FingerImage, compression: str) -> bytes | None:
    if compression == "raw":
        return None
    if compression == "WSQ":
        return encode_wsq(FingerImage(image.pixels, 500.0))  # WSQ keeps the pixels' size
    if compression == "PNG":
        return cv2.imencode(".png", image.pixels)[1].tobytes()
    return cv2.imencode(".jp2", image.pixels,
                        [cv2.IMWRITE_JPEG2000_COMPRESSION_X1000, 1000])[1].tobytes()


@pytest.mark.parametrize("version", [2005, 2011])
@pytest.mark.parametrize("compression", ["raw", "WSQ", "PNG", "JPEG 2000"])
def test_iso_records_of_both_versions_and_every_compression(shared_data, version: int,
                                                            compression: str) -> None:
    image = _fvc(shared_data)
    record = build_finger_record(image, 7, version=version, compression=compression,
                                 encoded=_encoded(image, compression), quality=60)
    year, items = parse_finger_record(record)
    assert year == version and len(items) == 1
    item = items[0]
    assert item.position == 7 and item.quality == 60 and item.compression == compression
    assert (item.image.width, item.image.height) == (image.width, image.height)
    assert item.image.ppi == 569 and item.image.ppi_source == "header"
    difference = np.abs(item.image.pixels.astype(int) - image.pixels.astype(int)).mean()
    assert difference < (8.0 if compression == "WSQ" else 0.01)


def test_shared_iso_2011_jpeg2000_records(shared_data) -> None:
    for path in sorted((shared_data / "fingerprints").glob("mosip_*.iso")):
        (source,) = read_sources(path.read_bytes(), name=path.name)
        assert source.position.is_finger
        assert source.image.ppi == 500 and source.image.ppi_source == "header"
        assert min(source.image.width, source.image.height) > 200


@pytest.mark.parametrize("cut", [3, 20, 40, 100])
def test_truncated_iso_records_are_precise_errors(shared_data, cut: int) -> None:
    record = build_finger_record(_fvc(shared_data), 2, version=2005)
    with pytest.raises(UnreadableImage) as info:
        parse_finger_record(record[:cut])
    assert "truncated" in str(info.value) or "length" in str(info.value)
    with pytest.raises(UnreadableImage, match="version"):
        parse_finger_record(record[:4] + b"030\x00" + record[8:])


def _tagged(record_type: int, fields: list[tuple[int, bytes]]) -> bytes:
    """A tagged-text record with a correct length field (binary last field allowed)."""
    def body(length: int) -> bytes:
        items = [f"{record_type}.001:{length}".encode()]
        items += [f"{record_type}.{tag:03d}:".encode() + value for tag, value in fields]
        return b"\x1d".join(items) + b"\x1c"
    length = len(body(0))
    while len(body(length)) != length:
        length = len(body(length))
    return body(length)


def _transaction(records: list[tuple[int, bytes]]) -> bytes:
    cnt = "\x1e".join([f"1\x1f{len(records)}"]
                      + [f"{t}\x1f{i:02d}" for i, (t, _) in enumerate(records, 1)])
    header = _tagged(1, [(2, b"0500"), (3, cnt.encode()), (11, b"19.69"), (12, b"19.69")])
    return header + b"".join(data for _, data in records)


def _type14(image: FingerImage, position: int, idc: int = 1) -> bytes:
    wsq = encode_wsq(FingerImage(image.pixels, 500.0))
    ppcm = round(image.ppi / 2.54)
    return _tagged(14, [(2, f"{idc:02d}".encode()), (3, b"0"), (4, b"TEST"),
                        (5, b"20261203"), (6, str(image.width).encode()),
                        (7, str(image.height).encode()), (8, b"2"),
                        (9, str(ppcm).encode()), (10, str(ppcm).encode()),
                        (11, b"WSQ20"), (12, b"8"), (13, str(position).encode()),
                        (999, wsq)])


def _type3(width: int = 40, height: int = 30) -> bytes:
    pixels = bytes(width * height)
    return struct.pack(">IBB6sBHHB", 18 + len(pixels), 1, 0, bytes([2] + [255] * 5), 0,
                       width, height, 0) + pixels


def test_an2k_type14_records_carry_position_and_resolution(shared_data) -> None:
    image = _fvc(shared_data)
    data = _transaction([(2, _tagged(2, [(2, b"00")])), (14, _type14(image, 7, 1)),
                         (14, _type14(image, 2, 2))])
    sources = read_sources(data)
    assert [s.position for s in sources] == [FingerPosition.LEFT_INDEX,
                                             FingerPosition.RIGHT_INDEX]
    assert sources[0].image.ppi == pytest.approx(569, abs=2)
    assert sources[0].image.width == image.width


def test_other_record_types_are_unsupported_with_exit_2(tmp_path, capsys) -> None:
    path = tmp_path / "type3.an2k"
    path.write_bytes(_transaction([(3, _type3())]))
    with pytest.raises(UnsupportedRecord, match="unsupported record type 3"):
        read_sources(path.read_bytes())
    assert main(["finger-check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "unsupported record type 3" in err and "Traceback" not in err
    assert main(["finger-check", str(path), "--json"]) == 2
    data = json.loads(capsys.readouterr().out)
    assert data["unsupported_record_type"] == 3
    assert main(["finger-match", str(path), str(path)]) == 2


def test_cli_reads_iso_wsq_and_type14(shared_data, tmp_path, capsys) -> None:
    image = _fvc(shared_data)
    iso = tmp_path / "finger.iso"
    iso.write_bytes(build_finger_record(image, 7, compression="WSQ",
                                        encoded=_encoded(image, "WSQ")))
    assert main(["finger-check", str(iso), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"] == "good" and data["fingers"][0]["position"] == "Left IndexFinger"
    an2k = tmp_path / "finger.an2k"
    an2k.write_bytes(_transaction([(14, _type14(_fvc(shared_data, 102, 2), 7))]))
    assert main(["finger-match", str(iso), str(an2k), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["same_finger"]


def test_same_print_at_500_and_569_ppi_gets_the_same_verdict(shared_data, tmp_path,
                                                             capsys) -> None:
    """The FVC print at its true 569 ppi (in an ISO record) and the same print already
    resampled to 500 ppi (a PNG saying 500 dpi): one resampling, one verdict."""
    for finger, impression in ((101, 1), (103, 1), (107, 1), (105, 5)):
        native = _fvc(shared_data, finger, impression)
        iso = tmp_path / f"{finger}_{impression}.iso"
        iso.write_bytes(build_finger_record(native, 2))
        png = tmp_path / f"{finger}_{impression}.png"
        buffer = io.BytesIO()
        Image.fromarray(native.at_500ppi().pixels).save(buffer, "PNG", dpi=(500, 500))
        png.write_bytes(buffer.getvalue())
        results = []
        for path in (iso, png):
            code = main(["finger-check", str(path), "--json"])
            data = json.loads(capsys.readouterr().out)
            finger_data = data["fingers"][0] if "fingers" in data else data
            results.append((code, finger_data["verdict"], finger_data["nfiq2"]))
        assert results[0] == results[1]
        assert analyse_finger(native).quality == analyse_finger(native.at_500ppi()).quality
