"""Font families per language, so CJK text never renders as boxes or in the wrong glyph forms.

Chinese, Japanese and Korean share code points but not glyph shapes: each language names its
own Noto Sans CJK family (Debian: fonts-noto-cjk). Fallback: any installed family that Qt says
supports the language's writing system; `kiosk doctor` reports which one is used.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

WRITING_SYSTEMS = {
    "vi": QFontDatabase.WritingSystem.Vietnamese,
    "en": QFontDatabase.WritingSystem.Latin,
    "zh_CN": QFontDatabase.WritingSystem.SimplifiedChinese,
    "zh_TW": QFontDatabase.WritingSystem.TraditionalChinese,
    "ko": QFontDatabase.WritingSystem.Korean,
    "ja": QFontDatabase.WritingSystem.Japanese,
}

PREFERRED_FAMILIES = {
    "vi": ("Noto Sans", "Noto Sans CJK SC", "DejaVu Sans"),
    "en": ("Noto Sans", "Noto Sans CJK SC", "DejaVu Sans"),
    "zh_CN": ("Noto Sans CJK SC",),
    "zh_TW": ("Noto Sans CJK TC",),
    "ko": ("Noto Sans CJK KR",),
    "ja": ("Noto Sans CJK JP",),
}


def family_for(language: str) -> tuple[str | None, bool]:
    """The family to use for ``language`` and whether it is a preferred one (not a fallback)."""
    installed = set(QFontDatabase.families())
    for family in PREFERRED_FAMILIES.get(language, ()):
        if family in installed:
            return family, True
    system = WRITING_SYSTEMS.get(language, QFontDatabase.WritingSystem.Latin)
    supporting = QFontDatabase.families(system)
    return (supporting[0] if supporting else None), False


def font_for(language: str, point_size: float = 11.0) -> QFont:
    """A QFont in the family for ``language``."""
    family, _ = family_for(language)
    font = QFont(family) if family else QFont()
    font.setPointSizeF(point_size)
    return font
