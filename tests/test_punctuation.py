"""Punctuation per language: labels and lists take the language's own colon and list
separators (full-width "：" and "、" in Chinese and Japanese), never ASCII ones glued on in
code."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFormLayout, QLabel

REPO = Path(__file__).resolve().parent.parent
CATALOGUES = REPO / "resources" / "translations"
FULL_WIDTH = ("zh_CN", "zh_TW", "ja")
CLI_ONLY = {"screenshot_cli.py"}  # English command-line output, never translated
GLUED = re.compile(r'\+ ?":"|[\'"][,;] [\'"]\.join\(|f"\{[^}"]+\}: |f": \{')


def _translations(code: str):
    root = ET.parse(CATALOGUES / f"kiosk_{code}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            yield context.findtext("name"), message.findtext("source") or "", \
                "".join(translation.itertext())


@pytest.mark.parametrize("code", ["vi", "zh_CN", "zh_TW", "ko", "ja"])
def test_labels_end_with_the_languages_own_colon(code) -> None:
    wrong = "：" if code not in FULL_WIDTH else ":"
    bad = [(ctx, src, text) for ctx, src, text in _translations(code)
           if src.endswith(":") and text.endswith(wrong)]
    assert not bad, bad


def test_no_colon_or_list_separator_is_glued_on_in_code() -> None:
    found = [f"{path.relative_to(REPO)}:{number}: {line.strip()}"
             for path in sorted((REPO / "ui").rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if GLUED.search(line) and path.name not in CLI_ONLY]
    assert not found, "use ui.languages label_text / pair_text / list_text:\n" + "\n".join(found)


@pytest.fixture
def japanese(qapp):
    from ui.common.i18n import install_language

    before = QLocale(), qapp.font(), qapp.property("kioskLanguage")
    translator = install_language(qapp, "ja")
    yield
    if translator is not None:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before[0])
    qapp.setFont(before[1])
    qapp.setProperty("kioskLanguage", before[2])


def test_the_review_and_the_lists_speak_japanese_punctuation(qtbot, japanese) -> None:
    from kiosk.domain.fingers import FingerPosition
    from ui.common.languages import label_text, list_text, pair_text
    from ui.desk.finger_names import finger_name
    from ui.screens.review import ReviewScreen
    from ui.showcase import demo_data as demo

    assert label_text("氏名") == "氏名："
    assert pair_text("右手親指", "45") == "右手親指：45"
    assert list_text(["A", "B", "C"]) == "A、B、C"
    review = ReviewScreen()
    qtbot.addWidget(review)
    review.show_enrollment(demo.applicant("ja"), demo.face_result(), demo.fingerprints(skip=10))
    labels = [review.details.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text()
              for row in range(review.details.rowCount())]
    assert len(labels) == 11 and all(label.endswith("：") and ":" not in label
                                    for label in labels), labels
    exception_note = next(line for line in review.notes.text().splitlines()
                          if line.startswith(finger_name(FingerPosition(10))))
    assert exception_note.startswith(finger_name(FingerPosition(10)) + "：")
    assert isinstance(review.details.itemAt(0, QFormLayout.ItemRole.FieldRole).widget(), QLabel)
