"""How guessable a password is: zxcvbn (MIT, pure Python, its own lists of common passwords,
words, names, keyboard patterns, dates and repeats) plus what the station knows about the
account (user name, display name, the product's own words).

A password passes when zxcvbn estimates at least ``MIN_GUESSES_LOG10`` guesses (score 3 of 4,
"safely unguessable: moderate protection from offline slow-hash scenario"): ``password12``,
``1234567890`` and ``qwertyuiop`` score 0-1; four ordinary words or a sentence pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zxcvbn import zxcvbn

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


def estimate(password: str, *account_words: str) -> Strength:
    """zxcvbn's estimate for ``password``, treating the account's own words (user name,
    display name and their parts) and the station's words as known to an attacker."""
    words = [w for text in account_words for w in [text, *re.split(r"[\s._\-]+", text)] if w]
    result = zxcvbn(password[:ESTIMATE_CHARS], user_inputs=[*words, *STATION_WORDS])
    return Strength(float(result["guesses_log10"]), result["feedback"].get("warning") or "")
