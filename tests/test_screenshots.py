"""Every registered screen in every language: texts fit their widgets, no glyph is missing.

Each screen is built once per language (one QApplication); ``--screenshots DIR`` saves them as
``DIR/<screen>-<language>.png``.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QWidget,
)

from kiosk.languages import CODES
from ui.common.fonts import missing_glyphs
from ui.common.i18n import install_language
from ui.showcase import screenshots


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [widget.text()]
    if isinstance(widget, QAbstractButton):
        return [_plain(widget.text())]
    if isinstance(widget, QLineEdit):
        return [widget.text(), widget.placeholderText()]
    if isinstance(widget, QComboBox):
        return [widget.currentText()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTableWidget):
        texts = []
        for column in range(widget.columnCount()):
            header = widget.horizontalHeaderItem(column)
            texts.append(header.text() if header else "")
            texts += [widget.item(row, column).text() for row in range(widget.rowCount())
                      if widget.item(row, column) and not widget.isRowHidden(row)]
        return texts
    return []


def _misfits(widget: QWidget) -> list[str]:
    """Texts wider than the room their widget has (clipped or elided on screen)."""
    metrics = QFontMetrics(widget.font())
    if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() and \
            widget.pixmap().isNull() and widget.textFormat() != Qt.TextFormat.RichText and \
            not GuiQt.mightBeRichText(widget.text()):
        room = widget.contentsRect().width() - 2 * widget.margin() - widget.indent() * 0
        need = max(metrics.horizontalAdvance(_plain(line)) for line in widget.text().split("\n"))
        if need > room + 1:
            return [f"label {widget.text()!r}: needs {need} px, has {room}"]
    if isinstance(widget, QAbstractButton) and widget.text():
        need, room = widget.sizeHint().width(), widget.width()
        if need > room + 1:
            return [f"button {widget.text()!r}: needs {need} px, has {room}"]
    if isinstance(widget, QTableWidget):
        problems = []
        header = widget.horizontalHeader()
        for column in range(widget.columnCount()):
            room = widget.columnWidth(column)
            need = max(widget.sizeHintForColumn(column), header.sectionSizeHint(column))
            if not widget.isColumnHidden(column) and need > room + 1:
                title = widget.horizontalHeaderItem(column)
                problems.append(f"table column {title.text() if title else column!r}: "
                                f"needs {need} px, has {room} (elided)")
        return problems
    return []


def _visible(top: QWidget) -> list[QWidget]:
    return [top, *(w for w in top.findChildren(QWidget) if w.isVisibleTo(top))]


@pytest.mark.parametrize("language", CODES)
def test_every_screen_fits_and_has_its_glyphs(qapp, language, screenshot) -> None:
    before = QLocale(), qapp.font(), qapp.property("kioskLanguage"), qapp.styleSheet()
    translator = install_language(qapp, language)
    problems: list[str] = []
    try:
        for name in screenshots.SCREENS:
            top = screenshots.build(name, language)
            try:
                size = screenshots.SIZES.get(name, screenshots.SIZE)
                if not isinstance(top, QDialog) and (top.width(), top.height()) != size:
                    problems.append(f"{name}: needs {top.minimumSizeHint().toTuple()}, more "
                                    f"than its screen's {size}")
                for widget in _visible(top):
                    for text in _texts(widget):
                        lost = missing_glyphs(widget.font(), text)
                        if lost:
                            problems.append(f"{name}: no glyph for {lost!r} in "
                                            f"{widget.font().families()} ({text!r})")
                    problems += [f"{name}: {p}" for p in _misfits(widget)]
                screenshot(top, f"{name}-{language}")
            finally:
                top.close()
                top.deleteLater()
    finally:
        if translator is not None:  # later tests start as this one found the application
            qapp.removeTranslator(translator)
        QLocale.setDefault(before[0])
        qapp.setFont(before[1])
        qapp.setProperty("kioskLanguage", before[2])
        qapp.setStyleSheet(before[3])  # ui/common/style.py's sheet, installed by screenshots.build
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["en", "vi", "ko"])
def test_the_console_camera_pages_rows_never_overlap(qapp, language) -> None:
    """At the desk's size the document camera's reading was drawn over the bottom of its
    picture, in every language (a form layout gave the tall page's rows less than they
    need); the camera page's facts sit below its picture too."""
    before = QLocale(), qapp.font(), qapp.property("kioskLanguage"), qapp.styleSheet()
    translator = install_language(qapp, language)
    try:
        for name, attribute, below in (("technician-camera", "camera", "resolution"),
                                       ("technician-document-camera", "document_camera",
                                        "result")):
            top = screenshots.build(name, language)
            try:
                page = getattr(top, attribute)
                under = getattr(page, below)
                picture = page.preview.geometry()
                under_top = under.mapTo(page, under.rect().topLeft()).y()
                assert picture.bottom() < under_top, (name, picture, under_top)
                caption = page.device.mapTo(page, page.device.rect().topLeft()).y()
                assert page.layout().itemAt(0).widget().geometry().bottom() < caption, name
            finally:
                top.close()
                top.deleteLater()
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before[0])
        qapp.setFont(before[1])
        qapp.setProperty("kioskLanguage", before[2])
        qapp.setStyleSheet(before[3])


def test_the_checks_catch_a_clipped_button_an_elided_label_and_a_missing_glyph(qapp) -> None:
    from PySide6.QtWidgets import QPushButton

    from ui.common.fonts import font_for

    button = QPushButton("Continue to the photo and then save everything")
    button.setFixedWidth(60)
    label = QLabel("A sentence far too long for forty pixels")
    label.setFixedWidth(40)
    for widget in (button, label):
        widget.show()
    assert _misfits(button) and _misfits(label)
    latin_only = font_for("en")
    latin_only.setFamilies(["DejaVu Sans"])
    assert missing_glyphs(latin_only, "繁體中文") == "繁體中文"
    assert missing_glyphs(font_for("zh_TW"), "繁體中文") == ""
    button.close()
    label.close()


def test_every_screen_is_listed_and_one_renders_from_the_command_line(tmp_path) -> None:
    listed = subprocess.run([sys.executable, "-m", "station.launcher", "screenshot", "--list"],
                            capture_output=True, text=True, timeout=60, check=True)
    assert listed.stdout.split() == list(screenshots.SCREENS)
    out = tmp_path / "today-ko.png"
    done = subprocess.run([sys.executable, "-m", "station.launcher", "screenshot", "today",
                           "--lang", "ko", "--out", str(out)],
                           capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == screenshots.SIZE
