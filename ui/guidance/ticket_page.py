"""The queue ticket on screen: a huge number and a QR code the desk's scanner or camera reads."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.guidance.issuer import IssuedTicket
from ui.guidance.page import GuidancePage, body_label
from ui.printing.receipt import qr_image


class TicketPage(GuidancePage):
    """``show_ticket(ticket)``; its Next button ("Finish") asks to start over."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your queue ticket"), next_text=self.tr("Finish"),
                         parent=parent)
        self.back_button.hide()
        self.sheet_heading = self.tr("Queue ticket")
        self.ticket_text = ""
        self.number = body_label("", 6.0, bold=True)
        self.number.setObjectName("ticketNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr = QLabel()
        self.qr.setObjectName("ticketQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instructions = body_label(self.tr(
            "Wait until your number is called, then show this code at the capture desk. "
            "The ticket is valid today only."), 1.3)
        self.printing = body_label("", 1.1)
        self.printing.setObjectName("ticketPrinting")
        left = QVBoxLayout()
        left.addWidget(body_label(self.tr("Your number"), 1.4))
        left.addWidget(self.number)
        left.addWidget(self.instructions)
        left.addWidget(self.printing)
        left.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addWidget(self.qr, 1)
        self.content.addLayout(row, 1)

    def show_ticket(self, ticket: IssuedTicket) -> None:
        self.ticket_text = ticket.text
        self.number.setText(str(ticket.number))
        self.qr.setPixmap(QPixmap.fromImage(qr_image(ticket.text, scale=4)))
        self.printing.clear()

    def show_printed(self, printed: bool) -> None:
        self.printing.setText(self.tr("Take your printed ticket from the printer.") if printed
                              else self.tr("No printer here: show this screen, or take a "
                                           "photo of the code with your phone."))

    def clear(self) -> None:
        self.ticket_text = ""
        self.number.clear()
        self.qr.clear()
        self.printing.clear()
