"""Who can apply, with a self-check: date of birth and residence card give the desk's verdict."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kiosk.domain.applicant import ResidenceCardKind
from kiosk.domain.dates import parse_date
from kiosk.domain.eligibility import Reason
from kiosk.guidance.self_check import self_check
from ui.common.messages import sentence
from ui.guidance.keyboard import Layout, OnScreenKeyboard
from ui.guidance.page import BUTTON_STYLE, GuidancePage, big_button, body_label

OK_STYLE = "background: #e6f4ea; border: 2px solid #188038; border-radius: 10px; padding: 14px;"
REFUSED_STYLE = ("background: #fdecea; border: 2px solid #d93025; border-radius: 10px; "
                 "padding: 14px;")
CHOICE_STYLE = (BUTTON_STYLE.replace("min-height: 64px", "min-height: 52px")
                + "QPushButton:checked { background: #1a73e8; color: white; }")


class EligibilityPage(GuidancePage):
    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Who can apply"), self.tr("Step 2 of 6"), parent=parent)
        self._today = today
        self.content.addWidget(body_label(self.tr(
            "Foreign nationals aged 6 or older who hold a valid temporary or permanent "
            "residence card can get a level 2 electronic identification account. Children "
            "under 6 can get a level 1 account only."), 1.2))
        self.content.addWidget(body_label(self.tr("Check for yourself:"), 1.2, bold=True))
        self.birth = QLineEdit()
        self.birth.setObjectName("checkBirth")
        self.birth.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.expiry = QLineEdit()
        self.expiry.setObjectName("checkExpiry")
        self.expiry.setPlaceholderText(self.tr("dd/mm/yyyy"))
        for line in (self.birth, self.expiry):
            line.setMinimumHeight(52)
            line.setMaxLength(10)
            line.setFont(body_label().font())
            # both as wide as the hint needs (beside the check button the card's date was
            # narrower than its hint: "日/月/年（dd/…" in Chinese and Japanese)
            hint = line.fontMetrics().horizontalAdvance(line.placeholderText())
            line.setFixedWidth(max(320, hint + 32))
        self.kinds = QButtonGroup(self)
        kinds = QHBoxLayout()
        for kind, text in ((None, self.tr("No card")),
                           (ResidenceCardKind.TEMPORARY, self.tr("Temporary card")),
                           (ResidenceCardKind.PERMANENT, self.tr("Permanent card"))):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setStyleSheet(CHOICE_STYLE)
            button.setProperty("kind", "" if kind is None else kind.value)
            self.kinds.addButton(button)
            kinds.addWidget(button)
        self.check_button = big_button(self.tr("Check"))
        self.check_button.clicked.connect(self.check)
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self.expiry)
        expiry_row.addStretch(1)
        expiry_row.addWidget(self.check_button)
        form = QFormLayout()
        form.setVerticalSpacing(14)
        form.addRow(body_label(self.tr("Date of birth"), 1.1), self.birth)
        form.addRow(body_label(self.tr("Residence card"), 1.1), kinds)
        form.addRow(body_label(self.tr("Card valid until"), 1.1), expiry_row)
        self.content.addLayout(form)
        self.result = body_label("", 1.2)
        self.result.setObjectName("checkResult")
        self.result.hide()
        self.content.addWidget(self.result)
        self.content.addStretch(1)
        self.keyboard = OnScreenKeyboard()  # the two dates, on a screen with no keyboard
        for line in (self.birth, self.expiry):
            self.keyboard.attach(line, Layout.NUMERIC)
        self.content.addWidget(self.keyboard)

    def check(self) -> None:
        """Decide from the answers and say the verdict, or which answer is missing."""
        birth = parse_date(self.birth.text())
        button = self.kinds.checkedButton()
        kind_value = button.property("kind") if button is not None else None
        kind = ResidenceCardKind(kind_value) if kind_value else None
        expiry = parse_date(self.expiry.text())
        today = self._today()
        if not isinstance(birth, date):
            return self._show(self.tr("Enter your date of birth as day/month/year."), False)
        if button is None:
            return self._show(self.tr("Choose the residence card you hold."), False)
        if kind is not None and not isinstance(expiry, date):
            return self._show(self.tr("Enter the date until which your card is valid."), False)
        decision = self_check(birth, kind, expiry if isinstance(expiry, date) else None, today)
        lines = [sentence(r.message_key) for r in decision.reasons]
        if decision.level2_allowed:
            lines.append(self.tr("Bring your passport and residence card to the desk."))
        elif Reason.UNDER_6_LEVEL1_ONLY in decision.reasons and decision.level1_allowed:
            lines.append(self.tr("Please ask at the guidance desk how to apply for a level 1 "
                                 "account."))
        else:
            lines.append(self.tr("If you think this is wrong, please ask at the guidance "
                                 "desk."))
        self._show("\n".join(lines), decision.level2_allowed)
        return None

    def _show(self, text: str, ok: bool) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(OK_STYLE if ok else REFUSED_STYLE)
        self.result.show()

    def clear(self) -> None:
        self.birth.clear()
        self.expiry.clear()
        self.kinds.setExclusive(False)
        for button in self.kinds.buttons():
            button.setChecked(False)
        self.kinds.setExclusive(True)
        self.result.clear()
        self.result.hide()
