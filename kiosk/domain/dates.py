"""Dates as people type them on the forms: day/month/year, in any width of digits.

CJK input methods in full-width mode type ``０１／０５／１９９０``; they are read as the
ASCII ``01/05/1990`` (Unicode compatibility folding), so the applicant never has to switch
the input method for a date."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

_DATE = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")


def parse_date(text: str) -> date | str | None:
    """dd/mm/yyyy (also with . or -) or ISO yyyy-mm-dd, full-width digits and separators
    included -> date; blank -> None; anything else -> the text as typed (validation reports
    it as ``invalid_date``)."""
    folded = unicodedata.normalize("NFKC", text).strip()
    if not folded:
        return None
    try:
        if match := _DATE.match(folded):
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        return date.fromisoformat(folded)
    except ValueError:
        return text.strip()


def format_date(value: date) -> str:
    """The forms' own way of writing a date: dd/mm/yyyy."""
    return value.strftime("%d/%m/%Y")
