"""Still images: the face and document readers share one decoder and its precise errors."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from kiosk.biometrics.face.imageio import FaceImageError, decode_image
from kiosk.documents.images import DocumentImageError, decode_document_image, read_document_image


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width`` x ``height`` pixels (a decompression bomb)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"")) \
        + chunk(b"IEND", b"")


@pytest.mark.parametrize(("decode", "error"), [(decode_image, FaceImageError),
                                               (decode_document_image, DocumentImageError)])
def test_a_decompression_bomb_is_a_precise_error(decode, error) -> None:
    with pytest.raises(error, match=r"900000000 pixels.*more than the 40 megapixels"):
        decode(_png_header_only(30_000, 30_000), "bomb.png")  # refused from its header


@pytest.mark.parametrize(("decode", "error"), [(decode_image, FaceImageError),
                                               (decode_document_image, DocumentImageError)])
def test_empty_and_foreign_bytes(decode, error) -> None:
    with pytest.raises(error, match="empty"):
        decode(b"", "x")
    with pytest.raises(error, match="not in an image format"):
        decode(b"%PDF-1.4 not an image", "x")


def test_colour_and_grey_come_out_upright(tmp_path: Path) -> None:
    image = Image.new("RGB", (4, 2), (255, 0, 0))  # red
    exif = image.getexif()
    exif[0x0112] = 6  # EXIF orientation: rotate 90 degrees clockwise to view
    path = tmp_path / "red.jpg"
    image.save(path, exif=exif, quality=95)
    bgr = decode_image(path.read_bytes())
    assert bgr.shape == (4, 2, 3)  # turned upright
    assert bgr[..., 2].mean() > 200 and bgr[..., 0].mean() < 60  # red is the last channel
    grey = read_document_image(path)
    assert grey.shape == (4, 2) and grey.dtype == np.uint8
    with pytest.raises(DocumentImageError, match="cannot read"):
        read_document_image(tmp_path / "missing.png")
