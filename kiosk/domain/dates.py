"""Dates as people type them on the forms: day/month/year, in any width of digits, or year
first as Chinese, Japanese and Korean write them.

CJK input methods in full-width mode type ``０１／０５／１９９０``; they are read as the
ASCII ``01/05/1990`` (Unicode compatibility folding), so the applicant never has to switch
the input method for a date. A four-digit year first is unambiguous, so ``1990/05/01``,
``1990.5.1``, ``1990年5月1日`` and ``1990년 5월 1일`` are read too."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

_DATE = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_YEAR_FIRST = re.compile(r"^(\d{4})\s*[./年년-]\s*(\d{1,2})\s*[./月월-]\s*(\d{1,2})\s*[日일.]?$")


def parse_date(text: str) -> date | str | None:
    """dd/mm/yyyy (also with . or -) or year first (yyyy/mm/dd, yyyy.m.d, yyyy年m月d日,
    yyyy년 m월 d일, ISO), full-width digits and separators included -> date; blank -> None;
    anything else -> the text as typed (validation reports it as ``invalid_date``)."""
    folded = unicodedata.normalize("NFKC", text).strip()
    if not folded:
        return None
    try:
        if match := _DATE.match(folded):
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        if match := _YEAR_FIRST.match(folded):
            year, month, day = (int(g) for g in match.groups())
            return date(year, month, day)
        return date.fromisoformat(folded)
    except ValueError:
        return text.strip()


def format_date(value: date) -> str:
    """The forms' own way of writing a date: dd/mm/yyyy."""
    return value.strftime("%d/%m/%Y")
