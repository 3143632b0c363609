"""How guessable a password is: zxcvbn (MIT, pure Python, its own lists of common passwords,
words, names, keyboard patterns, dates and repeats) plus what the station knows about the
account (user name, display name, the product's own words).

A password passes when zxcvbn estimates at least ``MIN_GUESSES_LOG10`` guesses (score 3 of 4,
"safely unguessable: moderate protection from offline slow-hash scenario"): ``password12``,
``1234567890`` and ``qwertyuiop`` score 0-1; four ordinary words or a sentence pass.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MIN_GUESSES_LOG10 = 8.0
# zxcvbn's time grows with length; the first characters decide a long password's strength
ESTIMATE_CHARS = 64
STATION_WORDS = ("kiosk", "station", "enrollment", "immigration", "officer", "supervisor",
                 "technician", "police", "password", "matkhau", "vietnam")


@dataclass(frozen=True)
class Strength:
    guesses_log10: float
    warning: str          # zxcvbn's English warning (for logs and the CLI), may be empty

    @property
    def acceptable(self) -> bool:
        return self.guesses_log10 >= MIN_GUESSES_LOG10


def fold(text: str) -> str:
    """Without diacritics ('Trần Thị Lan' -> 'Tran Thi Lan'): typed either way, the same."""
    decomposed = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def estimate(password: str, *account_words: str) -> Strength:
    """zxcvbn's estimate for ``password`` (and its form without diacritics: the weaker
    counts), treating the account's own words (user name, display name, their parts, with
    and without diacritics) and the station's words as known to an attacker."""
    from zxcvbn import zxcvbn  # ~0.2 s to import its lists: only when a password is chosen

    texts = {t for text in account_words if text for t in (text, fold(text))}
    words = [w for text in texts for w in [text, *re.split(r"[\s._\-]+", text)] if w]
    results = [zxcvbn(candidate[:ESTIMATE_CHARS], user_inputs=[*words, *STATION_WORDS])
               for candidate in {password, fold(password)}]
    weakest = min(results, key=lambda r: float(r["guesses_log10"]))
    return Strength(float(weakest["guesses_log10"]), weakest["feedback"].get("warning") or "")
