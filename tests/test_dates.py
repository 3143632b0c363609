"""Typed dates (kiosk.domain.dates, no Qt): day/month/year or year first, in ASCII or
full-width digits."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.domain.dates import format_date, parse_date


@pytest.mark.parametrize("typed", [
    "01/05/1990", "1/5/1990", " 01.05.1990 ", "01-05-1990", "1990-05-01",
    # a CJK input method in full-width mode: digits, and then separators too
    "０１/０５/１９９０", "０１／０５／１９９０", "０１．０５．１９９０", "１９９０－０５－０１",
    "１/５/１９９０", "\u3000０１／０５／１９９０\u3000",
    # year first, as Chinese, Japanese and Korean write a date
    "1990/05/01", "1990/5/1", "1990.05.01", "１９９０／０５／０１", "1990年5月1日",
    "１９９０年５月１日", "1990년 5월 1일", "1990. 5. 1.",
])
def test_every_way_of_typing_the_same_day(typed: str) -> None:
    assert parse_date(typed) == date(1990, 5, 1)


@pytest.mark.parametrize("typed", ["31/02/1990", "１３／１３／１９９０", "01/05/90", "hôm qua",
                                   "1990/13/01", "1990年2月30日", "90/05/01"])
def test_what_is_not_a_date_comes_back_as_typed(typed: str) -> None:
    assert parse_date(typed) == typed


@pytest.mark.parametrize("typed", ["", "   ", "\u3000"])
def test_blank_is_no_date(typed: str) -> None:
    assert parse_date(typed) is None


def test_dates_are_written_back_as_the_forms_read_them() -> None:
    assert format_date(date(1990, 5, 1)) == "01/05/1990"
    assert parse_date(format_date(date(2031, 12, 31))) == date(2031, 12, 31)
