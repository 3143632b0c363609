"""Each language named in its own script (autonyms are never translated)."""

from __future__ import annotations

AUTONYMS = {
    "vi": "Tiếng Việt",
    "en": "English",
    "zh_CN": "简体中文",
    "zh_TW": "繁體中文",
    "ko": "한국어",
    "ja": "日本語",
}
