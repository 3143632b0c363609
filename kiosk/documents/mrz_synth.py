"""MRZ text rendered in the OCR-B font: training glyphs and synthetic document pages for tests.

The font is Debian's ``fonts-ocr-b`` (public domain, Matthew Skala; the METAFONT sources it
derives from are by Norbert Schwarz under a permissive licence: "You may freely use, modify
and/or distribute this file, without limitation"). It is needed only to train the recognizer
(``scripts/train_mrz_ocr.py``) and by tests and benchmarks that draw documents; reading an MRZ
needs only the trained model in ``resources/mrz_ocr/``.
"""

from __future__ import annotations

import os
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT_DIRS = ("/usr/share/fonts/opentype/ocr-b", "/usr/share/fonts/truetype/ocr-b")
CAP_PER_SIZE = 0.71  # capital height / font size for OCR-B
PITCH_PER_CAP = 1.02  # advance / capital height


def ocrb_fonts() -> list[Path]:
    """Installed OCR-B font files (regular first), or [] (``KIOSK_OCRB_FONT`` overrides)."""
    if os.environ.get("KIOSK_OCRB_FONT"):
        return [Path(os.environ["KIOSK_OCRB_FONT"])]
    found = []
    for folder in FONT_DIRS:
        for name in ("OCRB.otf", "OCRBS.otf"):
            if (Path(folder) / name).is_file():
                found.append(Path(folder) / name)
    return found


def render_line(text: str, cap: float, font: Path | None = None,
                margin: float = 1.0) -> tuple[np.ndarray, np.ndarray, float, float]:
    """``text`` black on white with capitals ``cap`` px tall.

    Returns (image, x centre of each character cell, y middle of the capitals, pitch).
    """
    path = font or ocrb_fonts()[0]
    size = max(4, round(cap / CAP_PER_SIZE))
    face = ImageFont.truetype(str(path), size)
    pitch = face.getlength("A")
    top, bottom = round(face.getbbox("H")[1]), round(face.getbbox("H")[3])
    pad = int(margin * (bottom - top)) + 2
    width = int(pitch * len(text)) + 2 * pad
    height = (bottom - top) + 2 * pad
    img = Image.new("L", (width, height), 255)
    ImageDraw.Draw(img).text((pad, pad - top), text, font=face, fill=0)
    centers = pad + pitch * (np.arange(len(text)) + 0.5)
    return np.array(img), centers, pad + (bottom - top) / 2, pitch


def render_zone(lines: tuple[str, ...] | list[str], cap: float = 24.0,
                font: Path | None = None) -> np.ndarray:
    """The MRZ lines stacked as on a document (line spacing about 1.8 capitals)."""
    rows = [render_line(line, cap, font, margin=0.4)[0] for line in lines]
    width = max(r.shape[1] for r in rows)
    rows = [np.pad(r, ((0, 0), (0, width - r.shape[1])), constant_values=255) for r in rows]
    return np.vstack(rows)


def render_document(lines: tuple[str, ...] | list[str], width: int = 900,
                    seed: int = 0) -> np.ndarray:
    """A plain grey document page: a photo box and printed text above the MRZ at the bottom."""
    rng = np.random.default_rng(seed)
    zone = render_zone(lines, cap=24.0)
    page_w = int(zone.shape[1] / 0.92)
    page_h = int(page_w / 1.42)
    page = np.full((page_h, page_w), 238, np.uint8)
    page[: page_h // 2, :] = np.linspace(225, 245, page_w, dtype=np.uint8)[None, :]
    cv2.rectangle(page, (page_w // 20, page_h // 10), (page_w // 4, page_h * 6 // 10), 120, -1)
    for i in range(5):
        y = page_h // 8 + i * page_h // 11
        words = "".join(rng.choice(list("ABCDEFGHIJKLMNOP ")) for _ in range(18))
        cv2.putText(page, words, (page_w * 3 // 10, y), cv2.FONT_HERSHEY_SIMPLEX,
                    page_w / 1400, (60,), max(1, page_w // 600))
    y0 = page_h - zone.shape[0] - page_h // 25
    x0 = (page_w - zone.shape[1]) // 2
    page[y0:y0 + zone.shape[0], x0:x0 + zone.shape[1]] = np.minimum(
        page[y0:y0 + zone.shape[0], x0:x0 + zone.shape[1]], zone)
    scale = width / page_w
    return cv2.resize(page, (width, round(page_h * scale)),
                      interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)


def draw_passport(lines: tuple[str, ...], width: int = 1000,
                  worn: tuple[int, ...] = (), zone: np.ndarray | None = None) -> np.ndarray:
    """A plain passport data page (grey) with ``lines`` as its zone in OCR-B; the characters
    at the columns ``worn`` of the first line are half rubbed off, as on a worn page.
    ``zone``: the zone already rendered (:func:`render_zone` at capitals 24 px)."""
    cap = 24.0
    zone = render_zone(lines, cap) if zone is None else zone
    page_w = int(zone.shape[1] / 0.92)
    page_h = int(page_w / 1.42)
    page = np.full((page_h, page_w), 236, np.uint8)
    cv2.rectangle(page, (page_w // 20, page_h // 10), (page_w // 4, page_h * 6 // 10), (125,), -1)
    for i, text in enumerate(("PASSPORT", "SPECIMEN", "KIOSK DEMO")):
        cv2.putText(page, text, (page_w * 3 // 10, page_h // 7 + i * page_h // 9),
                    cv2.FONT_HERSHEY_SIMPLEX, page_w / 1300, (70,), max(1, page_w // 600))
    y0 = page_h - zone.shape[0] - page_h // 25
    x0 = (page_w - zone.shape[1]) // 2
    page[y0:y0 + zone.shape[0], x0:x0 + zone.shape[1]] = zone
    if worn:
        _image, centres, middle, pitch = render_line(lines[0], cap, margin=0.4)
        for col in worn:  # the upper right of the glyph fades to a light grey smudge
            x, y = x0 + centres[col], y0 + middle
            cv2.rectangle(page, (int(x - pitch * 0.05), int(y - cap * 0.6)),
                          (int(x + pitch * 0.35), int(y)), 215, -1)
    scale = width / page_w
    return cv2.resize(page, (width, round(page_h * scale)),
                      interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)


def glyph_templates(font: Path | None = None) -> np.ndarray:
    """Every character of the MRZ alphabet rendered clean and cut as the reader cuts its
    cells: (37, CELL_H, CELL_W) uint8, in alphabet order."""
    from kiosk.documents.mrz_glyphs import ALPHABET, CAP, cut_cells

    line, centers, mid, pitch = render_line(ALPHABET, 2 * CAP, font)
    small = cv2.resize(line, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    return cut_cells(small, centers * 0.5 - 0.25, mid * 0.5 - 0.25, pitch * 0.5)


DAMAGES = ("erase", "smudge", "scratch")


def damage_glyph(zone: np.ndarray, x: float, y: float, pitch: float, cap: float,
                 rng: np.random.Generator, kind: str) -> None:
    """Damage the glyph centred at (``x``, ``y``) of a rendered zone, in place: "erase"
    rubs off 30-60 % of its ink from one side, "smudge" greys 30-60 % of its box (ink
    lightened or covered), "scratch" draws a light (or dark) line through it."""
    x0, x1 = int(x - pitch / 2), int(x + pitch / 2)
    y0, y1 = int(y - cap * 0.6), int(y + cap * 0.6)
    box = zone[y0:y1, x0:x1]
    h, w = box.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    angle = rng.uniform(0, 2 * np.pi)
    side = np.cos(angle) * (xx - w / 2) + np.sin(angle) * (yy - h / 2)
    if kind == "erase":
        ink = box < 128
        if not ink.any():
            return
        gone = ink & (side >= np.quantile(side[ink], 1 - rng.uniform(0.3, 0.6)))
        if rng.random() < 0.5:  # a ragged edge
            noise = cv2.GaussianBlur(rng.random((h, w)).astype(np.float32), (0, 0), 2)
            gone &= noise > np.quantile(noise, 0.1)
        box[gone] = rng.uniform(205, 240)
    elif kind == "smudge":
        area = side >= np.quantile(side, 1 - rng.uniform(0.3, 0.6))
        shade = rng.uniform(150, 225)
        box[area] = shade if rng.random() < 0.5 else np.maximum(box[area], shade)
    elif kind == "scratch":
        cx, cy = w / 2 + rng.normal(0, 2), h / 2 + rng.normal(0, 3)
        across = np.abs(-np.sin(angle) * (xx - cx) + np.cos(angle) * (yy - cy))
        light = rng.random() < 0.7
        box[across < rng.uniform(1.5, 3.5)] = rng.uniform(215, 240) if light \
            else rng.uniform(20, 80)
    else:
        raise ValueError(kind)


def damaged_passport(lines: tuple[str, ...], column: int, kind: str,
                     rng: np.random.Generator, width: int = 1000) -> np.ndarray:
    """:func:`draw_passport` with the glyph at ``column`` of the first line damaged
    (:func:`damage_glyph`) before the page is scaled to ``width``."""
    cap = 24.0
    zone = render_zone(lines, cap)
    _image, centres, middle, pitch = render_line(lines[0], cap, margin=0.4)
    damage_glyph(zone, centres[column], middle, pitch, cap, rng, kind)
    return draw_passport(lines, width, zone=zone)
