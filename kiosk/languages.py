"""The kiosk's languages, read from the one table ``resources/languages.toml`` (Qt-free).

Each language has a code (the ``kiosk_<code>.ts`` suffix), its autonym, the locale for dates and
numbers, a Qt writing-system name and preferred font families. ``kiosk.options`` takes its
language choices from here and ``ui`` its pickers, fonts and locales, so adding a language is one
line in the table plus one catalogue.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from kiosk.paths import resources_dir

TABLE = resources_dir() / "languages.toml"
OFFICER_DEFAULT = "vi"
FOREIGNER_DEFAULT = "en"  # every applicant is a foreigner; the offices interpret English


@dataclass(frozen=True)
class Language:
    code: str
    autonym: str
    locale: str
    script: str
    fonts: tuple[str, ...]
    nationalities: tuple[str, ...] = ()


@cache
def languages() -> dict[str, Language]:
    """Every language of the table, in its order (the order pickers show)."""
    table = tomllib.loads(TABLE.read_text(encoding="utf-8"))
    return {code: Language(code, row["autonym"], row["locale"], row["script"],
                           tuple(row["fonts"]), tuple(row.get("nationalities", ())))
            for code, row in table.items()}


def language(code: str) -> Language:
    """The language ``code``; KeyError names the code when it is not in the table."""
    return languages()[code]


CODES: tuple[str, ...] = tuple(languages())


def for_nationality(nationality: str) -> str:
    """The preferred language to offer an applicant of ``nationality`` (an ICAO code) until
    someone picks one: the table's language that lists it, else English."""
    code = nationality.strip().upper()
    for row in languages().values():
        if code in row.nationalities:
            return row.code
    return FOREIGNER_DEFAULT
