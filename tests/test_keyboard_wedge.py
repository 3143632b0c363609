"""Telling a wedge reader's burst from a person typing."""

from __future__ import annotations

import pytest

from kiosk.domain.keyboard_wedge import WedgeDetector, split_mrz

TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
TD1 = ("I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6",
       "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")


def _type(detector: WedgeDetector, text: str, start: float, interval: float):
    results = []
    for i, ch in enumerate(text):
        burst = detector.feed(ch, start + i * interval)
        if burst is not None:
            results.append(burst)
    return results


@pytest.mark.parametrize("separator", ["\r", "\n", "\r\n"])
def test_reader_burst_with_enter_after_each_line(separator: str) -> None:
    detector = WedgeDetector()
    text = separator.join(TD3) + separator
    [burst] = _type(detector, text, 100.0, 0.004)
    assert burst.mrz_lines() == TD3 and burst.started_at == 100.0


def test_reader_burst_without_separators_is_split_by_width() -> None:
    [burst] = _type(WedgeDetector(), "".join(TD1) + "\r", 5.0, 0.003)
    assert burst.mrz_lines() == TD1


def test_person_typing_the_same_text_is_not_a_burst() -> None:
    detector = WedgeDetector()
    assert _type(detector, "\r".join(TD3) + "\r", 0.0, 0.15) == []
    assert not detector.confident


def test_short_fast_input_then_enter_is_ordinary_typing() -> None:
    detector = WedgeDetector()
    assert _type(detector, "NGUYEN\r", 0.0, 0.01) == []


def test_a_pause_inside_the_burst_starts_over() -> None:
    detector = WedgeDetector()
    first = _type(detector, TD3[0], 0.0, 0.004)
    second = _type(detector, "\r" + TD3[1] + "\r", 10.0, 0.004)
    assert first == [] and second == []  # one full-width line waits for its partner...
    assert detector.flush(10.0 + 45 * 0.004) is None  # ...while the reader may still type
    incomplete = detector.flush(11.0)  # then is handed back, incomplete
    assert incomplete is not None and incomplete.lines == (TD3[1],)
    assert incomplete.mrz_lines() is None


def test_non_mrz_burst_is_returned_for_other_uses() -> None:
    [burst] = _type(WedgeDetector(), "KIOSK1:eyJ2IjoxLCJuIjoiQSJ9.abcdefgh\r", 0.0, 0.004)
    assert burst.mrz_lines() is None and burst.lines[0].startswith("KIOSK1:")


def test_split_mrz_rejects_wrong_shapes() -> None:
    assert split_mrz(("ABC", "DEF")) is None
    assert split_mrz((TD3[0], TD3[1][:-1])) is None
    assert split_mrz(tuple(line.lower() for line in TD3)) == TD3
