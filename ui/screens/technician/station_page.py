"""Console page: office, languages (officer screens, offered to applicants), applicant
display, receipt printer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QVBoxLayout, QWidget

from kiosk.options import LANGUAGES, Settings
from ui.common.i18n import remember_language, remembered_language
from ui.common.languages import AUTONYMS, officer_languages
from ui.common.ops import Op
from ui.common.widgets import title_label
from ui.screens.technician.settings_form import SettingsForm


def printer_names() -> list[str]:
    """Printers the system knows (asks CUPS: run in the background)."""
    return list(QPrinterInfo.availablePrinterNames())


class StationPage(QWidget):
    def __init__(self, settings: Settings, config: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationPage")
        self.settings = settings
        self.form = SettingsForm(settings, config, [
            ("station.office", self.tr("Office")),
            ("ui.applicant_display", self.tr("Applicant display"))])
        officer = self.form.editors["ui.applicant_display"]
        for index, text in enumerate((self.tr("On a second screen when there is one"),
                                      self.tr("Always (a window on a single screen)"),
                                      self.tr("Off"))):
            officer.setItemText(index, text)
        self.language = QComboBox()
        for code in ("vi", "en"):
            self.language.addItem(AUTONYMS[code], code)
        # what the officers use: their last choice at sign-in, which wins over ui.language
        in_use = remembered_language(settings, officer_languages(settings))
        self.language.setCurrentIndex(max(0, self.language.findData(in_use)))
        self.form.add_value("ui.language", self.tr("Officer screens"), self.language,
                            self.language.currentData)
        self.form.current["ui.language"] = self.language.currentData()
        self.form.saved.connect(self._remember_language)
        self.languages: dict[str, QCheckBox] = {}
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, code in enumerate(LANGUAGES):
            box = QCheckBox(AUTONYMS[code])
            box.setChecked(code in settings["ui.languages"])
            self.languages[code] = box
            grid.addWidget(box, index // 3, index % 3)
        self.form.add_value("ui.languages", self.tr("Languages for applicants"),
                            grid_holder, lambda: [c for c, b in self.languages.items()
                                                  if b.isChecked()])
        self.printer = QComboBox()
        self.printer.addItem(self.tr("The system's default printer"), "")
        if settings["receipts.printer"]:
            self.printer.addItem(settings["receipts.printer"], settings["receipts.printer"])
            self.printer.setCurrentIndex(1)
        self.form.add_value("receipts.printer", self.tr("Receipt printer"), self.printer,
                            self.printer.currentData)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Station"), 1.4))
        layout.addWidget(self.form)
        layout.addStretch(1)

    def _remember_language(self, changes: dict) -> None:
        """A saved officer language is also the remembered one, or the officers' last choice
        at sign-in would still win at the next start."""
        if "ui.language" in changes:
            settings, language = self.settings, changes["ui.language"]
            Op(lambda: remember_language(settings, language)).run(self)

    def load(self) -> None:
        Op(printer_names).success(self._printers).run(self)

    def _printers(self, names: list[str]) -> None:
        for name in names:
            if self.printer.findData(name) < 0:
                self.printer.addItem(name, name)
