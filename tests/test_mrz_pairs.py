"""The tie-break of look-alike OCR-B glyphs (N/M, 8/B, T/Y, O/Q, Z/X): a bold, blurred glyph
the networks leave undecided between the two goes to the right one."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from kiosk.documents.mrz_glyphs import ALPHABET
from kiosk.documents.mrz_pairs import PAIRS, discriminating_mask, tie_break
from kiosk.documents.mrz_synth import glyph_templates, ocrb_fonts

needs_font = pytest.mark.skipif(not ocrb_fonts(), reason="OCR-B font not installed "
                                "(Debian fonts-ocr-b) to draw glyphs")


def _worn(cell: np.ndarray, bold: int, blur: float, shift: int) -> np.ndarray:
    """The glyph printed bolder (ink spread ``bold`` px), defocused and off centre."""
    out = cv2.erode(cell, np.ones((bold + 1, bold + 1), np.uint8)) if bold else cell
    out = cv2.GaussianBlur(out, (0, 0), blur)
    return np.roll(out, shift, axis=1)


@needs_font
@pytest.mark.parametrize("pair", PAIRS)
def test_an_undecided_worn_glyph_goes_to_the_right_one_of_its_pair(pair: str) -> None:
    glyphs = glyph_templates()
    for truth, other in (pair, pair[::-1]):
        for bold, blur, shift in ((0, 1.0, 0), (1, 1.5, 1), (2, 2.0, -2)):
            cell = _worn(glyphs[ALPHABET.index(truth)], bold, blur, shift)
            probs = np.full((1, len(ALPHABET)), 0.001)
            probs[0, ALPHABET.index(truth)] = probs[0, ALPHABET.index(other)] = 0.5
            out = tie_break(cell[None], probs / probs.sum())
            assert out[0, ALPHABET.index(truth)] > out[0, ALPHABET.index(other)], \
                (truth, bold, blur, shift)
            assert out.sum() == pytest.approx(1.0)


@needs_font
def test_cells_whose_two_likeliest_are_no_pair_are_left_alone() -> None:
    glyphs = glyph_templates()
    cell = glyphs[ALPHABET.index("E")]
    probs = np.full((1, len(ALPHABET)), 0.001)
    probs[0, ALPHABET.index("E")], probs[0, ALPHABET.index("F")] = 0.6, 0.4
    assert np.array_equal(tie_break(cell[None], probs), probs)
    assert np.array_equal(tie_break(cell[None], probs.copy(), 0.0), probs)


@needs_font
def test_the_discriminating_region_is_where_the_pair_differs() -> None:
    mask = discriminating_mask("M", "N")
    assert mask.max() == pytest.approx(1.0) and 0.02 < float((mask > 0).mean()) < 0.6
