"""The MRZ engine on drawn documents (any scale, angle, perspective, zone at the edge, every
format) and its decoding rules (corrections only where a check digit proves them)."""

from __future__ import annotations

from datetime import date

import cv2
import numpy as np
import pytest
from mrz_truth import MRZ_TRUTH, UTO_TD2, UTO_TD3

from kiosk.documents.mrz_decode import ALPHABET, decode
from kiosk.documents.mrz_glyphs import default_model
from kiosk.documents.mrz_reader import MrzNotFound, MrzReading, read_mrz_image
from kiosk.documents.mrz_synth import ocrb_fonts, render_document
from kiosk.domain.mrz import MrzFormat, parse_mrz

TODAY = date(2026, 11, 23)
TD1 = MRZ_TRUTH["passporteye_100_id-usa.jpg"]
MRV_B = MRZ_TRUTH["passporteye_100_visa-polx.jpg"]

needs_font = pytest.mark.skipif(not ocrb_fonts(), reason="OCR-B font not installed "
                                "(Debian fonts-ocr-b) to draw test documents")


def _rotate(img: np.ndarray, angle: float) -> np.ndarray:
    h, w = img.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    return cv2.warpAffine(img, m, (nw, nh), borderValue=90)


@needs_font
@pytest.mark.parametrize("lines", [UTO_TD3, UTO_TD2, TD1, MRV_B], ids=["TD3", "TD2", "TD1",
                                                                      "MRV-B"])
def test_every_format_is_read(lines: tuple[str, ...]) -> None:
    reading = read_mrz_image(render_document(lines, 900), TODAY)
    assert reading.mrz.lines == lines and reading.valid


@needs_font
@pytest.mark.parametrize("width", [420, 1400, 3000])
def test_any_scale(width: int) -> None:
    assert read_mrz_image(render_document(UTO_TD3, width), TODAY).mrz.lines == UTO_TD3


@needs_font
@pytest.mark.parametrize("angle", [-18, 11, 90, 180, 270])
def test_any_rotation(angle: int) -> None:
    page = _rotate(render_document(UTO_TD3, 1000, seed=2), angle)
    reading = read_mrz_image(page, TODAY)
    assert reading.mrz.lines == UTO_TD3
    if angle % 90 == 0:
        assert reading.rotation == angle % 360  # the page turned back clockwise


@needs_font
def test_perspective_photo() -> None:
    page = render_document(UTO_TD3, 1000, seed=3)
    h, w = page.shape
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[0.08 * w, 0.05 * h], [0.95 * w, 0], [w, h], [0.02 * w, 0.9 * h]])
    photo = cv2.warpPerspective(page, cv2.getPerspectiveTransform(src, dst), (w, h),
                                borderValue=60)
    assert read_mrz_image(photo, TODAY).mrz.lines == UTO_TD3


@needs_font
def test_zone_touching_the_image_edge() -> None:
    page = render_document(UTO_TD2, 1000, seed=4)
    ink = np.where((page < 100).any(axis=1))[0]
    bottom = ink.max() + 1  # the last MRZ line touches the bottom edge
    cols = np.where((page[bottom - 30:bottom] < 100).any(axis=0))[0]
    cut = page[: bottom, cols.min():cols.max() + 1]
    assert read_mrz_image(cut, TODAY).mrz.lines == UTO_TD2


def test_blank_page_has_no_zone() -> None:
    with pytest.raises(MrzNotFound):
        read_mrz_image(np.full((600, 900), 230, np.uint8), TODAY)


# --- decoding rules, on probabilities made to order -------------------------------------------

def _probs(lines: tuple[str, ...], doubt: dict[tuple[int, int], dict[str, float]] | None = None
           ) -> list[np.ndarray]:
    """Confident probabilities for ``lines``, except the positions given in ``doubt``."""
    out = []
    for li, line in enumerate(lines):
        p = np.full((len(line), len(ALPHABET)), 0.001)
        for col, ch in enumerate(line):
            p[col, ALPHABET.index(ch)] = 0.99
            for alt, value in (doubt or {}).get((li, col), {}).items():
                p[col, ALPHABET.index(alt)] = value
        out.append(p / p.sum(axis=1, keepdims=True))
    return out


def test_a_failing_number_is_fixed_by_the_second_reading_when_unique() -> None:
    read = (UTO_TD3[0], UTO_TD3[1][:2] + "6" + UTO_TD3[1][3:])  # L898902C3 read L868902C3
    decoded = decode(_probs(read, {(1, 2): {"6": 0.55, "9": 0.4}}), MrzFormat.TD3, TODAY)
    assert decoded.lines == UTO_TD3 and decoded.changes == ((1, 2, "6", "9"),)
    assert decoded.mrz.valid and not decoded.ambiguous_fields


def test_a_sure_misreading_is_never_changed() -> None:
    read = (UTO_TD3[0], UTO_TD3[1][:2] + "6" + UTO_TD3[1][3:])  # confident, no alternative
    decoded = decode(_probs(read), MrzFormat.TD3, TODAY)
    assert decoded.lines == read and "document_number" in decoded.mrz.failed_fields


def test_state_codes_and_names_are_never_changed() -> None:
    # An unsure issuing state (UTO read UTQ) stays as read: no check digit covers it, and an
    # unknown code may be real; an unsure name letter is reported for the officer, not fixed.
    read = ("P<UTQERIKSSDN<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", UTO_TD3[1])
    doubt = {(0, 4): {"Q": 0.6, "O": 0.38}, (0, 11): {"D": 0.5, "O": 0.45}}
    decoded = decode(_probs(read, doubt), MrzFormat.TD3, TODAY)
    assert decoded.lines == read and decoded.changes == ()
    assert decoded.mrz.failed_fields == ("issuing_state",)
    assert (0, 11) in decoded.unsure_names
    reading = MrzReading(read, decoded.mrz, (), (), 0, 1, decoded.confidence,
                         decoded.unsure_names)
    assert reading.unsure_fields == frozenset({"surname"}) and not reading.confirmed


def test_a_passing_field_another_reading_would_pass_too_is_not_valid() -> None:
    # L (21) and B (11) differ by 10: both readings pass the check digit, so it proves
    # nothing about this letter. The field is reported unproved, not valid.
    number = UTO_TD3[1]
    doubt = {(1, 0): {"L": 0.55, "B": 0.4}}
    decoded = decode(_probs(UTO_TD3, doubt), MrzFormat.TD3, TODAY)
    alt = "B" + number[1:]
    assert parse_mrz([UTO_TD3[0], alt], TODAY).checks[0].ok  # the other reading passes too
    assert "document_number" in decoded.ambiguous_fields


def test_zero_in_a_number_reads_0_unless_a_check_digit_proves_o() -> None:
    chn = MRZ_TRUTH["passporteye_100_pass-chn.jpg"]  # 0000000000TWN...
    doubt = {(1, c): {"O": 0.7, "0": 0.29} for c in range(9)}
    decoded = decode(_probs(chn, doubt), MrzFormat.TD3, TODAY)
    assert decoded.lines == chn and decoded.mrz.valid


@pytest.mark.parametrize("name", ["passporteye_passport-td3.jpg", "passporteye_100_pass-cze.jpg"])
def test_real_specimens_confident(shared_data, name: str) -> None:
    from kiosk.documents.images import read_document_image

    reading = read_mrz_image(read_document_image(shared_data / "documents" / name), TODAY,
                             model=default_model())
    assert reading.mrz.lines == MRZ_TRUTH[name] and reading.valid
    assert min(min(row) for row in reading.confidence) > 0.3


def test_an_unsure_letter_no_check_digit_covers_is_flagged() -> None:
    visa = MRZ_TRUTH["passporteye_100_visa-usa.jpg"]  # MRV-A: optional data has no digit
    decoded = decode(_probs(visa, {(1, 39): {"0": 0.5, "D": 0.45}}), MrzFormat.MRV_A, TODAY)
    assert decoded.mrz.valid and decoded.unsure_unchecked == ((1, 39),)
    reading = MrzReading(visa, decoded.mrz, (), (), 0, 1, decoded.confidence, (),
                         decoded.unsure_unchecked)
    assert reading.valid and not reading.confirmed


def test_a_code_is_read_as_printed_but_letters_are_preferred() -> None:
    rou = MRZ_TRUTH["passporteye_100_id-rou.jpg"]  # nationality printed "132", not a code
    decoded = decode(_probs(rou), MrzFormat.TD2, TODAY)
    assert decoded.lines == rou and not decoded.mrz.valid  # read as printed, reported failing
    uto = UTO_TD3  # an O/0 look-alike or a faint digit in a code reads as the letter
    doubt = {(1, 12): {"0": 0.6, "O": 0.39}, (0, 1): {"1": 0.6, "<": 0.35}}
    decoded = decode(_probs(uto, doubt), MrzFormat.TD3, TODAY)
    assert decoded.lines == uto and decoded.mrz.valid


def test_the_document_type_starts_with_a_letter_icao_allows() -> None:
    card = MRZ_TRUTH["passporteye_100_id-che.jpg"]  # "ID...": an I read as X is still I
    decoded = decode(_probs(card, {(0, 0): {"X": 0.9, "I": 0.09}}), MrzFormat.TD1, TODAY)
    assert decoded.lines[0][0] == "I"
