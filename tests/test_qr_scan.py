"""A ticket's QR code read through a real camera adapter (a folder of frames)."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import segno

from devices.camera.file_source import FileCamera
from devices.camera.qr_scan import decode_qr, scan_camera


def _frame_with_qr(text: str, angle: float) -> np.ndarray:
    qr = segno.make_qr(text, error="m")
    code = np.array([[0 if dark else 255 for dark in row]
                     for row in qr.matrix_iter(scale=5, border=4)], dtype=np.uint8)
    frame = np.full((480, 640), 170, np.uint8)
    frame[40:40 + code.shape[0], 120:120 + code.shape[1]] = code[:440, :520]
    turn = cv2.getRotationMatrix2D((320, 240), angle, 1.0)
    frame = cv2.warpAffine(frame, turn, (640, 480), borderValue=170)
    return cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)


def test_decode_finds_a_tilted_code() -> None:
    assert decode_qr(_frame_with_qr("HELLO-42", 12)) == ["HELLO-42"]
    assert decode_qr(np.full((480, 640, 3), 128, np.uint8)) == []


def test_scan_returns_the_first_accepted_code_and_closes_the_camera(tmp_path: Path) -> None:
    frames = tmp_path / "frames"
    frames.mkdir()
    cv2.imwrite(str(frames / "0.png"), np.full((480, 640, 3), 90, np.uint8))
    cv2.imwrite(str(frames / "1.png"), _frame_with_qr("not-a-ticket", 0))
    cv2.imwrite(str(frames / "2.png"), _frame_with_qr("ticket:7", -8))
    camera = FileCamera(frames, loop=True, folder_fps=50)
    found = scan_camera(camera, lambda text: text.startswith("ticket:"), timeout_s=10)
    assert found == "ticket:7"
    camera = FileCamera(frames, loop=True, folder_fps=50)
    assert scan_camera(camera, lambda text: False, timeout_s=0.5) is None
