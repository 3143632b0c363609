"""Pictograms drawn with QPainter for the guidance screen (no image files, any size).

Faces for the photo rules (each rule as a wrong picture with a red cross and a right picture
with a green tick), hands on a fingerprint scanner for the three capture steps, and the
documents to bring. Every drawing works in a 100 x 100 box scaled to the widget.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

SKIN, SKIN_DARK = QColor("#efc39b"), QColor("#c98e62")
HAIR, SHIRT, INK = QColor("#3b2a1f"), QColor("#3c5a80"), QColor("#2b2b2b")
PLAIN_BACKGROUND = QColor("#e3ecf4")
GOOD, BAD = QColor("#188038"), QColor("#d93025")
GLASS, SCANNER = QColor("#a8d8f8"), QColor("#5f6368")

FACE_KINDS = ("straight", "turned", "no_glasses", "glasses", "neutral", "smiling", "plain",
              "busy_background")
HAND_KINDS = ("left_four", "right_four", "thumbs")
DOCUMENT_KINDS = ("passport", "residence_card", "phone")
KINDS = FACE_KINDS + HAND_KINDS + DOCUMENT_KINDS


class Pictogram(QWidget):
    """One drawing; ``badge`` True adds a green tick, False a red cross, None nothing."""

    def __init__(self, kind: str, badge: bool | None = None, side: int = 160,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if kind not in KINDS:
            raise ValueError(f"unknown pictogram {kind!r}")
        self.kind, self.badge, self.side = kind, badge, side
        self.setMinimumSize(side * 3 // 4, side * 3 // 4)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(self.side, self.side)

    def paintEvent(self, event: object) -> None:
        with QPainter(self) as painter:  # ended even when painting raises
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            side = min(self.width(), self.height())
            painter.translate((self.width() - side) / 2, (self.height() - side) / 2)
            painter.scale(side / 100, side / 100)
            paint(painter, self.kind, self.badge)


def paint(painter: QPainter, kind: str, badge: bool | None = None) -> None:
    """Draw pictogram ``kind`` into the 100 x 100 box of ``painter``."""
    if kind in FACE_KINDS:
        _portrait(painter, kind)
    elif kind in HAND_KINDS:
        _scanner(painter, kind)
    elif kind == "passport":
        _passport(painter)
    elif kind == "residence_card":
        _card(painter)
    else:
        _phone(painter)
    if badge is not None:
        _badge(painter, badge)


# -- faces ---------------------------------------------------------------------------------

def _portrait(p: QPainter, kind: str) -> None:
    frame = QRectF(4, 4, 92, 92)
    clip = QPainterPath()
    clip.addRoundedRect(frame, 8, 8)
    p.save()
    p.setClipPath(clip)
    p.fillRect(frame, PLAIN_BACKGROUND)
    if kind == "busy_background":
        _busy_background(p)
    turn = -11.0 if kind == "turned" else 0.0
    _shoulders(p)
    _head(p, turn)
    _eyes(p, turn, glasses=kind == "glasses")
    _nose(p, turn)
    _mouth(p, turn, smiling=kind == "smiling")
    p.restore()
    p.setPen(QPen(QColor("#9aa0a6"), 1.2))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRoundedRect(frame, 8, 8)


def _busy_background(p: QPainter) -> None:
    colours = ("#f6c26b", "#7cc47f", "#e57373", "#64b5f6", "#ba68c8")
    p.setPen(Qt.PenStyle.NoPen)
    for i in range(6):
        p.setBrush(QColor(colours[i % len(colours)]))
        p.drawRect(QRectF(4 + i * 16, 4, 8, 92))
    p.setBrush(QColor("#4e8a3e"))  # a tree on the left, a window frame on the right
    p.drawEllipse(QPointF(14, 30), 10, 12)
    p.setBrush(QColor("#795548"))
    p.drawRect(QRectF(12, 40, 4, 20))
    p.setPen(QPen(QColor("#455a64"), 2))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(74, 12, 18, 22))
    p.drawLine(QPointF(83, 12), QPointF(83, 34))


def _shoulders(p: QPainter) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(SKIN)
    p.drawRect(QRectF(43, 66, 14, 16))
    p.setBrush(SHIRT)
    p.drawEllipse(QPointF(50, 104), 40, 24)
    p.setBrush(SKIN)
    path = QPainterPath(QPointF(43, 80))
    path.lineTo(57, 80)
    path.lineTo(50, 88)
    path.closeSubpath()
    p.drawPath(path)


def _head(p: QPainter, turn: float) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(HAIR)
    p.drawEllipse(QPointF(50 + turn * 0.2, 38), 21, 20)
    p.setBrush(SKIN)
    if turn == 0:
        p.drawEllipse(QPointF(30.5, 47), 3.5, 6)
        p.drawEllipse(QPointF(69.5, 47), 3.5, 6)
    else:  # turned to the side: one ear shows, the face shifts towards the other side
        p.drawEllipse(QPointF(67, 47), 4, 6.5)
    p.drawEllipse(QPointF(50 + turn * 0.3, 48), 19 - abs(turn) * 0.15, 23)
    p.setBrush(HAIR)  # fringe
    fringe = QPainterPath(QPointF(31 + turn * 0.3, 40))
    fringe.cubicTo(QPointF(34, 22), QPointF(66, 22), QPointF(69 + turn * 0.1, 40))
    fringe.cubicTo(QPointF(60, 31), QPointF(42, 31), QPointF(31 + turn * 0.3, 40))
    p.drawPath(fringe)


def _eyes(p: QPainter, turn: float, glasses: bool) -> None:
    gaze = turn * 0.22
    for side in (-1, 1):
        centre = QPointF(50 + turn + side * 8 * (1 - abs(turn) / 40), 45)
        width = 4.2 * (1 - side * turn / 40)  # the far eye looks narrower on a turned head
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("white"))
        p.drawEllipse(centre, width, 2.8)
        p.setBrush(QColor("#4a3222"))
        p.drawEllipse(centre + QPointF(gaze, 0), 2.0, 2.0)
        p.setPen(QPen(HAIR, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(centre + QPointF(-4.5, -5), centre + QPointF(4.5, -5.5))
        if glasses:
            p.setPen(QPen(INK, 1.8))
            p.setBrush(QColor(255, 255, 255, 70))
            p.drawRoundedRect(QRectF(centre.x() - 6.5, centre.y() - 4.8, 13, 9.6), 3, 3)
            p.setPen(QPen(QColor("white"), 1.2))  # glare on the lens
            p.drawLine(centre + QPointF(2, -3.4), centre + QPointF(4.5, -1))
    if glasses:
        p.setPen(QPen(INK, 1.8))
        p.drawLine(QPointF(50 + turn - 1.5, 44), QPointF(50 + turn + 1.5, 44))
        p.drawLine(QPointF(36.5 + turn, 44), QPointF(31.5, 45))
        p.drawLine(QPointF(63.5 + turn, 44), QPointF(68.5, 45))


def _nose(p: QPainter, turn: float) -> None:
    p.setPen(QPen(SKIN_DARK, 1.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    x = 50 + turn * 1.1
    tip = -1.8 + turn * 0.35  # a turned nose points to the side it faces
    p.drawLine(QPointF(x, 47), QPointF(x + tip, 54))
    p.drawLine(QPointF(x + tip, 54), QPointF(x + 1.6, 54.6))


def _mouth(p: QPainter, turn: float, smiling: bool) -> None:
    x = 50 + turn * 0.9
    if smiling:  # a broad open smile showing teeth
        path = QPainterPath(QPointF(x - 8, 58))
        path.cubicTo(QPointF(x - 5, 67), QPointF(x + 5, 67), QPointF(x + 8, 58))
        path.closeSubpath()
        p.setPen(QPen(QColor("#a23b3b"), 1.3))
        p.setBrush(QColor("white"))
        p.drawPath(path)
        p.setPen(QPen(SKIN_DARK, 1.2))
        p.drawLine(QPointF(x - 10, 57), QPointF(x - 8, 58))
        p.drawLine(QPointF(x + 10, 57), QPointF(x + 8, 58))
    else:
        p.setPen(QPen(QColor("#a23b3b"), 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(x - 5.5, 61), QPointF(x + 5.5, 61))


# -- hands on the scanner ------------------------------------------------------------------

def _scanner(p: QPainter, kind: str) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(SCANNER)
    p.drawRoundedRect(QRectF(8, 4, 84, 50), 6, 6)
    p.setBrush(GLASS)
    p.drawRoundedRect(QRectF(14, 9, 72, 40), 3, 3)
    if kind == "thumbs":
        _fist(p, 34, thumb_side=1)
        _fist(p, 66, thumb_side=-1)
    else:
        _flat_hand(p, left=kind == "left_four")


# x offset, top of the finger (smaller = longer), for a left hand from little to index
_FOUR = ((-21, 27), (-9, 17), (3, 14), (15, 19))


def _flat_hand(p: QPainter, left: bool) -> None:
    """A hand palm down, seen from above, the four fingertips on the glass."""
    centre = 48 if left else 52
    fingers = _FOUR if left else tuple((-x, top) for x, top in reversed(_FOUR))
    p.setPen(QPen(SKIN_DARK, 0.8))
    p.setBrush(SKIN)
    p.drawRect(QRectF(centre - 16, 82, 32, 20))  # wrist
    side = 1 if left else -1  # a left hand's thumb is on its right, seen from above
    p.save()  # the thumb lies beside the palm, off the glass
    p.translate(centre + side * 20, 78)
    p.rotate(side * 50)
    p.drawRoundedRect(QRectF(-6, -24, 12, 28), 6, 6)
    p.restore()
    for dx, top in fingers:
        finger = QRectF(centre + dx - 5.5, top, 11, 66 - top)
        p.drawRoundedRect(finger, 5.5, 5.5)
        _print_lines(p, QPointF(finger.center().x(), top + 7))
    p.setPen(QPen(SKIN_DARK, 0.8))
    p.drawRoundedRect(QRectF(centre - 26, 56, 52, 32), 10, 10)  # palm


def _fist(p: QPainter, x: float, thumb_side: int) -> None:
    """A loose fist with the thumb stretched up onto the glass, nail side up."""
    p.setPen(QPen(SKIN_DARK, 0.8))
    p.setBrush(SKIN)
    p.drawRect(QRectF(x - 11, 84, 22, 18))
    thumb = QRectF(x + thumb_side * 5 - 6, 18, 12, 46)
    p.drawRoundedRect(thumb, 6, 6)
    _print_lines(p, QPointF(thumb.center().x(), thumb.y() + 8))
    p.setBrush(SKIN)
    p.drawRoundedRect(QRectF(x - 17, 56, 34, 32), 9, 9)
    p.setPen(QPen(SKIN_DARK, 1.0))  # curled fingers' knuckles
    for i in range(4):
        y = 64 + i * 6
        p.drawLine(QPointF(x - thumb_side * 15, y), QPointF(x - thumb_side * 4, y))


def _print_lines(p: QPainter, centre: QPointF) -> None:
    p.save()
    p.setPen(QPen(QColor("#b9774c"), 0.7))
    p.setBrush(Qt.BrushStyle.NoBrush)
    for r in (1.5, 3.0, 4.3):
        p.drawArc(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), 20 * 16, 320 * 16)
    p.restore()


# -- documents -----------------------------------------------------------------------------

def _passport(p: QPainter) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#7a1f2b"))
    p.drawRoundedRect(QRectF(24, 8, 52, 76), 4, 4)
    p.setBrush(QColor("#5c1620"))
    p.drawRect(QRectF(24, 8, 5, 76))  # the spine
    p.setPen(QPen(QColor("#e0b84c"), 1.8))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QPointF(52, 40), 12, 12)  # the emblem
    p.drawEllipse(QPointF(52, 40), 6, 6)
    p.drawLine(QPointF(38, 64), QPointF(66, 64))
    p.drawLine(QPointF(42, 70), QPointF(62, 70))
    p.setPen(QPen(QColor("#e0b84c"), 1.2))  # the biometric passport symbol
    p.drawRoundedRect(QRectF(47, 76, 10, 6), 1, 1)
    p.drawEllipse(QPointF(52, 79), 1.5, 1.5)


def _card(p: QPainter) -> None:
    card = QRectF(10, 24, 80, 52)
    p.setPen(QPen(QColor("#3f6fa3"), 1.2))
    p.setBrush(QColor("#dceaf7"))
    p.drawRoundedRect(card, 5, 5)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#3f6fa3"))
    p.drawRect(QRectF(10.6, 24.6, 78.8, 9))  # header band
    p.setBrush(QColor("#b0bec5"))
    p.drawRect(QRectF(16, 39, 20, 27))  # photo
    p.setBrush(SKIN)
    p.drawEllipse(QPointF(26, 49), 5.5, 6.5)
    p.setBrush(SHIRT)
    p.drawEllipse(QPointF(26, 66), 9, 6)
    p.setPen(QPen(QColor("#607d8b"), 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for i, length in enumerate((40, 32, 36, 24)):
        y = 42 + i * 7
        p.drawLine(QPointF(42, y), QPointF(42 + length, y))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#e0b84c"))
    p.drawRoundedRect(QRectF(72, 60, 11, 9), 2, 2)  # chip


def _phone(p: QPainter) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(INK)
    p.drawRoundedRect(QRectF(30, 6, 40, 88), 7, 7)
    p.setBrush(QColor("#f5f7fa"))
    p.drawRoundedRect(QRectF(33, 14, 34, 70), 2, 2)
    shield = QPainterPath(QPointF(50, 26))  # an identity shield with a tick on the screen
    shield.lineTo(62, 31)
    shield.cubicTo(QPointF(62, 48), QPointF(57, 56), QPointF(50, 61))
    shield.cubicTo(QPointF(43, 56), QPointF(38, 48), QPointF(38, 31))
    shield.closeSubpath()
    p.setBrush(QColor("#c62828"))
    p.drawPath(shield)
    p.setPen(QPen(QColor("white"), 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    p.drawPolyline([QPointF(44, 42), QPointF(49, 48), QPointF(57, 36)])
    p.setPen(QPen(QColor("#9aa0a6"), 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(40, 70), QPointF(60, 70))
    p.drawLine(QPointF(43, 76), QPointF(57, 76))


def _badge(p: QPainter, good: bool) -> None:
    centre = QPointF(84, 84)
    p.setPen(QPen(QColor("white"), 2))
    p.setBrush(GOOD if good else BAD)
    p.drawEllipse(centre, 13, 13)
    p.setPen(QPen(QColor("white"), 3.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    if good:
        p.drawPolyline([centre + QPointF(-6, 0), centre + QPointF(-1.5, 5),
                        centre + QPointF(6.5, -5)])
    else:
        p.drawLine(centre + QPointF(-5.5, -5.5), centre + QPointF(5.5, 5.5))
        p.drawLine(centre + QPointF(-5.5, 5.5), centre + QPointF(5.5, -5.5))
