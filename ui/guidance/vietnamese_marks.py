"""Vietnamese letters from plain keys plus a mark key, as on-screen keyboards do it.

A mark key (circumflex, breve, horn, the five tones, đ) changes the nearest vowel (or ``d``)
before the cursor in the current word: ``Hue`` + circumflex + acute gives ``Huế``, ``Truong``
+ horn gives ``Trương`` (``uo`` takes the horn on both). Pure text logic, no Qt: the keyboard
turns the answer into key presses.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

TONES = {"acute": "\u0301", "grave": "\u0300", "hook": "\u0309", "tilde": "\u0303",
         "dot": "\u0323"}
SHAPES = {"circumflex": "\u0302", "breve": "\u0306", "horn": "\u031b"}
TAKES_SHAPE = {"circumflex": "aeo", "breve": "a", "horn": "ou"}
VOWELS = "aeiouy"
MARKS = (*SHAPES, "stroke", *TONES)
# what each key shows: the mark on a sample letter
LABELS = {"circumflex": "â", "breve": "ă", "horn": "ơ", "stroke": "đ", "acute": "á",
          "grave": "à", "hook": "ả", "tilde": "ã", "dot": "ạ"}


@dataclass(frozen=True)
class Edit:
    """Replace ``length`` characters that end ``back`` characters before the cursor with
    ``text`` (the cursor stays where it was)."""

    back: int
    length: int
    text: str


def _parts(char: str) -> tuple[str, str, str]:
    """(base letter, shape mark, tone mark) of one precomposed character."""
    decomposed = unicodedata.normalize("NFD", char)
    base, marks = decomposed[0], decomposed[1:]
    shape = next((m for m in marks if m in SHAPES.values()), "")
    tone = next((m for m in marks if m in TONES.values()), "")
    return base, shape, tone


def _compose(base: str, shape: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + shape + tone)


def _tone_position(word: str) -> int | None:
    """Where a tone goes in ``word``: on the shaped vowel of its last vowel group (â ê ô ơ
    ư ă; ươ takes it on ơ), else on the group's last vowel when a consonant follows
    (``hoàng``) or its next-to-last when the group ends the word (``hài``, ``hòa``); the
    ``u`` of ``qu`` and the ``i`` of ``gi`` belong to the consonant."""
    end = len(word)
    while end > 0 and _parts(word[end - 1])[0].lower() not in VOWELS:
        end -= 1
    if end == 0:
        return None
    start = end
    while start > 0 and _parts(word[start - 1])[0].lower() in VOWELS:
        start -= 1
    first = _parts(word[start])[0].lower()
    before = word[start - 1].lower() if start else ""
    if end - start > 1 and ((before == "q" and first == "u") or (before == "g" and first == "i")):
        start += 1
    shaped = [i for i in range(start, end) if _parts(word[i])[1]]
    if shaped:
        return shaped[-1]
    if end < len(word) or end - start == 1:
        return end - 1
    return end - 2


def apply_mark(text: str, cursor: int, mark: str) -> Edit | None:
    """The edit that puts ``mark`` on the word before ``cursor``; pressing the same mark again
    takes it off. None when the word has no letter that takes it."""
    start = cursor
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    word = text[start:cursor]
    if mark == "stroke":
        for i in range(len(word) - 1, -1, -1):
            if word[i] in "dDđĐ":
                swapped = {"d": "đ", "D": "Đ", "đ": "d", "Đ": "D"}[word[i]]
                return Edit(len(word) - i, 1, swapped)
        return None
    if mark in TONES:
        at = _tone_position(word)
        if at is None:
            return None
        old = next((_parts(c)[2] for c in word if _parts(c)[2]), "")
        new_tone = "" if old == TONES[mark] else TONES[mark]
        bare = [_compose(*_parts(c)[:2], "") for c in word]
        return _rewrite(word, "".join(_compose(*_parts(c)[:2], new_tone) if i == at else c
                                      for i, c in enumerate(bare)))
    for i in range(len(word) - 1, -1, -1):
        base, shape, _tone = _parts(word[i])
        if base.lower() not in TAKES_SHAPE[mark]:
            continue
        new_shape = "" if shape == SHAPES[mark] else SHAPES[mark]
        letters = list(word)
        letters[i] = _compose(base, new_shape, "")
        if (mark == "horn" and base.lower() == "o" and i > 0
                and _parts(word[i - 1])[0].lower() == "u"):  # uo -> ươ
            letters[i - 1] = _compose(_parts(word[i - 1])[0], new_shape, "")
        return _rewrite(word, _with_tone(letters, word))
    return None


def _with_tone(letters: list[str], word: str) -> str:
    """``letters`` (shapes changed, tones removed where they changed) with the word's tone put
    where it now belongs."""
    tone = next((_parts(c)[2] for c in word if _parts(c)[2]), "")
    bare = [_compose(*_parts(c)[:2], "") for c in letters]
    at = _tone_position("".join(bare)) if tone else None
    return "".join(_compose(*_parts(c)[:2], tone) if i == at else c for i, c in enumerate(bare))


def _rewrite(word: str, new: str) -> Edit:
    """The smallest edit that turns ``word`` (ending at the cursor) into ``new``."""
    first = next(i for i, (a, b) in enumerate(zip(word, new, strict=True)) if a != b)
    last = max(i for i, (a, b) in enumerate(zip(word, new, strict=True)) if a != b)
    return Edit(len(word) - first, last - first + 1, new[first:last + 1])


def edited(text: str, cursor: int, edit: Edit) -> str:
    """``text`` after ``edit`` (for tests and previews)."""
    end = cursor - edit.back + edit.length
    begin = end - edit.length
    return text[:begin] + edit.text + text[end:]
