"""The applicant form: fields in travel-document order, each with its own error line."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from kiosk.domain.countries import ICAO_CODES
from kiosk.domain.dates import format_date, parse_date
from kiosk.domain.validation import Problem
from kiosk.languages import for_nationality
from kiosk.options import LANGUAGES
from ui.common import style
from ui.common.fonts import apply_language_font, font_for, language_of_text
from ui.common.languages import AUTONYMS
from ui.common.messages import describe_problem
from ui.common.wheel import guard_wheel


class ApplicantForm(QWidget):
    """Emits ``edited`` on every change; ``values()`` gives raw values for validation.

    The preferred language follows the nationality (``kiosk.languages.for_nationality``:
    KOR gives 한국어, a nationality without a language of its own English) until someone
    picks one: the officer in the list, or a ticket, a draft or the guidance screen through
    :meth:`set_values`. :meth:`forget_language` starts following again (the next applicant)."""

    edited = Signal()
    DATE_FIELDS = ("date_of_birth", "travel_document_expiry", "residence_card_expiry")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.captions: dict[str, str] = {}
        self.language_chosen = False  # the preferred language was picked, not guessed
        style.role(self, "form")  # comfortable field heights (ui/common/style.py)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(style.SPACE_M)
        grid.setVerticalSpacing(0)
        codes = QCompleter(sorted(ICAO_CODES), self)
        rows = [
            ("surname", self.tr("Surname (as in the passport)"), self._line(max_length=80)),
            ("given_names", self.tr("Given names"), self._line(max_length=80)),
            ("native_name", self.tr("Name in native script"), self._line(max_length=80)),
            ("sex", self.tr("Sex"), self._combo([("", ""), ("F", self.tr("Female (F)")),
                                                ("M", self.tr("Male (M)")),
                                                ("X", self.tr("Unspecified (X)"))])),
            ("date_of_birth", self.tr("Date of birth (dd/mm/yyyy)"), self._line()),
            ("nationality", self.tr("Nationality (ICAO code)"), self._code(codes)),
            ("issuing_state", self.tr("Issuing state (ICAO code)"), self._code(codes)),
            ("travel_document_number", self.tr("Passport number"), self._line(max_length=20)),
            ("travel_document_expiry", self.tr("Passport expiry (dd/mm/yyyy)"), self._line()),
            ("residence_card_kind", self.tr("Residence card"), self._combo([
                ("", self.tr("No residence card")),
                ("temporary", self.tr("Temporary residence card")),
                ("permanent", self.tr("Permanent residence card"))])),
            ("residence_card_number", self.tr("Residence card number"),
             self._line(max_length=20)),
            ("residence_card_expiry", self.tr("Residence card expiry (dd/mm/yyyy)"),
             self._line()),
            ("address_vn", self.tr("Address in Vietnam"), self._line(max_length=200)),
            ("phone", self.tr("Phone"), self._line(max_length=20)),
            ("email", self.tr("Email (optional)"), self._line(max_length=254)),
            ("preferred_language", self.tr("Preferred language"),
             self._combo([(code, AUTONYMS[code]) for code in LANGUAGES])),
        ]
        half = (len(rows) + 1) // 2
        for index, (name, label, widget) in enumerate(rows):
            column = 0 if index < half else 3
            row = (index % half) * 2
            caption = QLabel(label)
            caption.setBuddy(widget)
            error = QLabel()
            style.role(error, "fieldError")
            error.setObjectName(f"error_{name}")
            # the message's line is reserved: rows never move while the officer types (a row
            # pushed down by a new message once took the next click into the wrong field)
            error.setMinimumHeight(error.fontMetrics().height())
            grid.addWidget(caption, row, column)
            grid.addWidget(widget, row, column + 1)
            grid.addWidget(error, row + 1, column + 1)
            widget.setObjectName(name)
            self.captions[name] = label
            self.inputs[name] = widget
            self.errors[name] = error
        self._follow_scripts()
        self._follow_nationality()
        grid.setColumnMinimumWidth(2, 24)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(4, 1)
        guard_wheel(self)  # the wheel scrolls the screen, not the sex or the language

    def _follow_scripts(self) -> None:
        """Applicant-language text in that language's font: the native-script name (by its
        script and the nationality) and each language's autonym in the language picker."""
        native, nationality = self.inputs["native_name"], self.inputs["nationality"]
        picker = self.inputs["preferred_language"]
        for index in range(picker.count()):
            picker.setItemData(index, font_for(picker.itemData(index)), Qt.ItemDataRole.FontRole)

        def follow() -> None:
            apply_language_font(native, language_of_text(native.text(), nationality.text(),
                                                         picker.currentData() or ""))
            apply_language_font(picker, picker.currentData() or "vi")

        for line in (native, nationality):
            line.textChanged.connect(follow)
        picker.currentIndexChanged.connect(follow)
        follow()

    def _follow_nationality(self) -> None:
        picker, nationality = self.inputs["preferred_language"], self.inputs["nationality"]

        def guess(text: str) -> None:
            if not self.language_chosen and len(text.strip()) == 3:
                picker.setCurrentIndex(max(picker.findData(for_nationality(text)), 0))

        picker.activated.connect(self._choose_language)  # the officer's own pick (not code)
        nationality.textChanged.connect(guess)

    def _choose_language(self, *_args: object) -> None:
        self.language_chosen = True

    def forget_language(self) -> None:
        """The language follows the nationality again (a new applicant's empty form)."""
        self.language_chosen = False

    def _line(self, max_length: int = 10) -> QLineEdit:
        line = QLineEdit()
        line.setMaxLength(max_length)
        line.textEdited.connect(self.edited)
        return line

    def _code(self, completer: QCompleter) -> QLineEdit:
        line = self._line(max_length=3)
        line.setCompleter(completer)
        line.textEdited.connect(lambda text, w=line: w.setText(text.upper()))
        return line

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        for data, text in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(self.edited)
        return combo

    def values(self) -> dict[str, Any]:
        """Raw form values, dates parsed, for :func:`kiosk.domain.validation.build_applicant`."""
        out: dict[str, Any] = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                out[name] = widget.currentData() or None
            elif name in self.DATE_FIELDS:
                out[name] = parse_date(widget.text())
            else:
                out[name] = widget.text()
        return out

    def set_values(self, values: dict[str, Any]) -> None:
        """Fill fields (dates as dd/mm/yyyy); other fields keep what they hold. A preferred
        language given here counts as picked (a ticket, a draft, the guidance screen)."""
        if values.get("preferred_language"):
            self.language_chosen = True
        for name, value in values.items():
            widget = self.inputs.get(name)
            if widget is None:
                continue
            if isinstance(widget, QComboBox):
                index = widget.findData("" if value is None else str(value))
                widget.setCurrentIndex(max(index, 0))
            elif isinstance(value, date):
                widget.setText(format_date(value))
            else:
                widget.setText("" if value is None else str(value))
        self.edited.emit()

    def show_problems(self, problems: list[Problem], touched: set[str]) -> None:
        """Show each problem under its field, for fields the officer has reached."""
        by_field: dict[str, Problem] = {}
        for problem in problems:
            by_field.setdefault(problem.field, problem)
        for name, label in self.errors.items():
            problem = by_field.get(name)
            visible = problem is not None and name in touched
            label.setText(describe_problem(problem) if visible else "")
            style.invalid(self.inputs[name], visible)

    def mark(self, names: set[str]) -> None:
        """Highlight fields (e.g. the MRZ fields whose check digit failed)."""
        for name, widget in self.inputs.items():
            style.invalid(widget, name in names)
