"""Font families per language, so CJK text never renders as boxes or in the wrong glyph forms.

Chinese, Japanese and Korean share code points but not glyph shapes: each language names its
own Noto Sans CJK family (Debian: fonts-noto-cjk) in ``resources/languages.toml``. Fallback:
the first installed family that Qt says supports the language's writing system; after the
chosen family, every font also lists the other languages' families, so a character the chosen
family lacks still renders (`kiosk doctor` reports which family each language uses).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from kiosk.languages import languages

_HANGUL = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF))
_KANA = ((0x3040, 0x30FF), (0x31F0, 0x31FF))
_HAN = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
# Nationality (ICAO code) -> the language whose glyph forms its Han characters use.
_HAN_BY_NATIONALITY = {"CHN": "zh_CN", "SGP": "zh_CN", "TWN": "zh_TW", "HKG": "zh_TW",
                       "MAC": "zh_TW", "JPN": "ja", "KOR": "ko", "PRK": "ko"}


def _writing_system(language: str) -> QFontDatabase.WritingSystem:
    row = languages().get(language)
    name = row.script if row else "Latin"
    return getattr(QFontDatabase.WritingSystem, name, QFontDatabase.WritingSystem.Latin)


def family_for(language: str, installed: set[str] | None = None) -> tuple[str | None, bool]:
    """The family to use for ``language`` and whether it is a preferred one (not a fallback);
    ``installed``: the installed families, when the caller has them."""
    if installed is None:
        installed = set(QFontDatabase.families())
    row = languages().get(language)
    for family in row.fonts if row else ():
        if family in installed:
            return family, True
    supporting = QFontDatabase.families(_writing_system(language))
    return (supporting[0] if supporting else None), False


@cache
def _families(language: str) -> tuple[str, ...]:
    installed = set(QFontDatabase.families())
    chosen, _ = family_for(language, installed)
    families = [chosen] if chosen else []
    for other in languages():
        family, _ = family_for(other, installed)
        if family and family not in families:
            families.append(family)
    return tuple(families)


def font_for(language: str, point_size: float = 11.0) -> QFont:
    """A QFont in the family for ``language``, then the other languages' families."""
    font = QFont()
    families = _families(language)
    if families:
        font.setFamilies(list(families))
    font.setPointSizeF(point_size)
    return font


def apply_language_font(widget, language: str) -> None:
    """Give ``widget`` (text in ``language``, e.g. on the applicant's display) that font."""
    widget.setFont(font_for(language, widget.font().pointSizeF()))


def _in(ranges: tuple[tuple[int, int], ...], ch: str) -> bool:
    return any(low <= ord(ch) <= high for low, high in ranges)


def language_of_text(text: str, nationality: str = "", fallback: str = "") -> str:
    """The language whose font suits ``text`` (a native-script name): Hangul -> ko, kana -> ja,
    Han -> by nationality (else ``fallback`` when it is Chinese/Japanese, else zh_CN)."""
    if any(_in(_HANGUL, ch) for ch in text):
        return "ko"
    if any(_in(_KANA, ch) for ch in text):
        return "ja"
    if any(_in(_HAN, ch) for ch in text):
        if nationality in _HAN_BY_NATIONALITY:
            return _HAN_BY_NATIONALITY[nationality]
        return fallback if fallback in ("zh_CN", "zh_TW", "ja", "ko") else "zh_CN"
    return fallback or "vi"


@cache
def _raw_font(family: str) -> QRawFont:
    font = QFont(family)
    font.setPixelSize(16)
    return QRawFont.fromFont(font)


def missing_glyphs(font: QFont, text: str) -> str:
    """The characters of ``text`` that no family of ``font`` has (drawn as boxes, or by a
    font Qt picks at random); each family is checked itself, not with Qt's fallbacks."""
    raws = [_raw_font(family) for family in font.families() or [font.family()]]
    missing = []
    for ch in dict.fromkeys(text):
        if ch.isspace() or ord(ch) < 0x20 or ch in "\u200b\u00ad":
            continue
        if not any(raw.supportsCharacter(ord(ch)) for raw in raws):
            missing.append(ch)
    return "".join(missing)
