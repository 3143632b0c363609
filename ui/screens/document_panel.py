"""The applicant screen's document-camera corner: a small live picture and what it is doing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.common import style
from ui.common.messages import describe
from ui.desk.document_reader import PREVIEW_WIDTH


class DocumentCameraPanel(QFrame):
    """Hidden until the desk starts its document camera; ``retry_requested`` after a failure
    (the Retry button or F6)."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentCameraPanel")
        self.heading = QLabel(self.tr("Document camera"))
        style.role(self.heading, "heading")
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW_WIDTH, PREVIEW_WIDTH * 3 // 4)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #30363a;")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        style.role(self.detail, "caption")
        self.advice = QLabel(self.tr("Scan the passport with the reader, or type the data."))
        self.advice.setWordWrap(True)
        self.advice.hide()
        self.retry_button = QPushButton(self.tr("&Retry  (F6)"))
        self.retry_button.clicked.connect(self._retry)
        self.retry_button.hide()
        QShortcut(QKeySequence("F6"), self, activated=self._retry)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.SPACE_S)
        layout.addWidget(self.heading)
        layout.addWidget(self.preview)
        layout.addWidget(self.status)
        layout.addWidget(self.advice)
        layout.addWidget(self.detail)
        layout.addWidget(self.retry_button)
        layout.addStretch(1)
        self.setFixedWidth(PREVIEW_WIDTH + 8)
        self.state = "off"
        self.hide()

    def starting(self) -> None:
        self.state = "starting"
        self.retry_button.hide()
        self.advice.hide()
        self.preview.clear()
        self._say(self.tr("Starting the document camera…"), "", style.NEUTRAL)
        self.show()

    def set_state(self, state: str) -> None:
        """The reader's state: "empty", "reading" or "read"."""
        self.state = state
        if state == "reading":
            self._say(self.tr("Reading the passport… Hold it still."), "", style.INFO)
        elif state == "read":
            self._say(self.tr("Passport read. The form was filled from it."), "", style.PASS)
        else:
            self._say(self.tr("Lay the passport open at its photo page under the camera: "
                              "the form fills by itself."), "", style.NEUTRAL)

    def show_failure(self, error: BaseException) -> None:
        """The camera failed: say so precisely; the reader and typing still work."""
        self.state = "failed"
        sentence, detail = describe(error)
        self.preview.clear()
        self.retry_button.show()
        self.advice.show()
        self._say(sentence, detail, style.FAIL)
        self.show()

    def _retry(self) -> None:
        if self.state == "failed" and self.isVisible():
            self.retry_requested.emit()

    def show_preview(self, image: QImage | None) -> None:
        if image is not None and self.state != "failed":
            self.preview.setPixmap(QPixmap.fromImage(image).scaled(
                self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))

    def _say(self, text: str, detail: str, tone: str) -> None:
        self.status.setText(text)
        style.tone(self.status, tone)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
