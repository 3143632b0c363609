"""The officer screens' design system, in one place: type scale, spacing, colours, button roles,
tone banners, table defaults; one application style sheet and a few helpers.

Applied by :func:`apply` (``ui/shell/app.py`` at start-up and
``ui/showcase/screenshots.py`` when rendering, so tests and screenshots see what officers
see). Widgets opt in through dynamic properties, so
screens that style themselves (the applicant display, the guidance station) are untouched::

    style.primary(button)          # filled, larger: the screen's main action
    style.danger(button)           # red outline: cancels, deletes, refuses
    style.tone(label, style.PASS)  # a pass/fail/warning/info/neutral banner
    style.invalid(field, True)     # a field with an error: red border
    style.unsure(field, True)      # a value to confirm against the document: amber, dashed
    style.role(label, "caption")   # title / heading / caption / field-error text

The style sheet sets font sizes and weights, never families: ``ui/common/fonts.py`` picks each
language's family (Noto Sans CJK SC/TC/KR/JP), and Qt keeps it under a size-only rule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:  # annotations only: each Qt class named at import costs its enums
    from PySide6.QtWidgets import QAbstractButton, QTableView

# --- type scale (points) -------------------------------------------------------------------
BASE_PT = 12.0        # body text, fields, tables, secondary buttons
CAPTION_PT = 10.5     # hints, details, field errors
HEADING_PT = 15.0     # a section or an instruction
TITLE_PT = 19.0       # a screen's title
DISPLAY_PT = 24.0     # sign-in / set-up headings, the review's "saved"
PRIMARY_PT = 13.0     # the primary button's label

# --- spacing (pixels) ----------------------------------------------------------------------
SPACE_XS, SPACE_S, SPACE_M, SPACE_L, SPACE_XL = 4, 8, 12, 16, 24
FIELD_HEIGHT = 34     # line edits and combo boxes
BUTTON_HEIGHT = 34    # secondary buttons
PRIMARY_HEIGHT = 44   # primary and destructive buttons
ROW_PADDING = 14      # table rows: the font's line height plus this

# --- colours -------------------------------------------------------------------------------
PASS, FAIL, WARNING, INFO, NEUTRAL = "pass", "fail", "warning", "info", "neutral"
COLOURS = {  # tone -> (text/border, background)
    PASS: ("#188038", "#e6f4ea"),
    FAIL: ("#c5221f", "#fdecea"),
    WARNING: ("#b06000", "#fef7e0"),
    INFO: ("#1a73e8", "#e8f0fe"),
    NEUTRAL: ("#5f6368", "#f1f3f4"),
}
GOOD = COLOURS[PASS][0]     # a value that passes (e.g. an NFIQ 2 score at the threshold)
BAD = COLOURS[FAIL][0]      # a value that fails
MUTED = COLOURS[NEUTRAL][0]  # secondary text
ACCENT = "#1a73e8"          # primary actions, focus
ACCENT_DARK = "#174ea6"
BORDER = "#9aa0a6"
TEXT = "#202124"


def _tone_rules() -> str:
    rules = []
    for name, (fg, bg) in COLOURS.items():
        rules.append(f'QLabel[tone="{name}"], QFrame[tone="{name}"] {{ background: {bg};'
                     f' border: 1px solid {fg}; border-radius: 6px; padding: {SPACE_S}px;'
                     f' color: {TEXT}; }}')
    return "\n".join(rules)


# Buttons are styled inside officer windows only (``mark_officer``): the guidance station and
# the applicant display keep their own big buttons.
_IN = '*[officer="true"] '
STYLE_SHEET = f"""
QLabel[role="display"] {{ font-size: {DISPLAY_PT}pt; font-weight: bold; }}
QLabel[role="title"] {{ font-size: {TITLE_PT}pt; font-weight: bold; }}
QLabel[role="heading"] {{ font-size: {HEADING_PT}pt; font-weight: bold; }}
QLabel[role="caption"] {{ font-size: {CAPTION_PT}pt; color: {MUTED}; }}
QLabel[role="fieldError"] {{ font-size: {CAPTION_PT}pt; color: {BAD}; }}
QLabel[role="saved"] {{ font-size: {HEADING_PT}pt; font-weight: bold; color: {GOOD}; }}
{_tone_rules()}
QFrame[role="banner"] {{ background: {COLOURS[FAIL][1]}; border: 1px solid {BAD};
    border-radius: 6px; }}
QWidget[role="form"] QLineEdit, QWidget[role="form"] QComboBox {{
    min-height: {FIELD_HEIGHT - 8}px; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QSpinBox[invalid="true"],
QDoubleSpinBox[invalid="true"] {{ border: 2px solid {BAD}; border-radius: 3px; }}
QLineEdit[unsure="true"] {{ border: 2px dashed {COLOURS[WARNING][0]}; border-radius: 3px;
  background: {COLOURS[WARNING][1]}; selection-background-color: {COLOURS[WARNING][0]};
  selection-color: white; }}
{_IN}QPushButton {{ background: white; color: {TEXT}; border: 1px solid {BORDER};
    border-radius: 6px; min-height: {BUTTON_HEIGHT - 12}px; padding: 5px 14px; }}
{_IN}QPushButton:hover {{ background: #f1f3f4; }}
{_IN}QPushButton:focus {{ border: 2px solid {ACCENT}; }}
{_IN}QPushButton:pressed {{ background: #e8eaed; }}
{_IN}QPushButton:disabled {{ color: {BORDER}; border-color: #dadce0; background: #f8f9fa; }}
{_IN}QPushButton[role="primary"] {{ font-size: {PRIMARY_PT}pt; font-weight: bold; color: white;
    background: {ACCENT}; border: 2px solid {ACCENT}; min-height: {PRIMARY_HEIGHT - 16}px;
    padding: 6px 22px; }}
{_IN}QPushButton[role="primary"]:hover {{ background: {ACCENT_DARK}; border-color: {ACCENT_DARK}; }}
{_IN}QPushButton[role="primary"]:focus {{ border: 2px solid #0b1f4d; }}
{_IN}QPushButton[role="primary"]:pressed {{ background: #0b1f4d; }}
{_IN}QPushButton[role="primary"]:disabled {{ background: #c6dafc; border-color: #c6dafc;
    color: #f8f9fa; }}
{_IN}QPushButton[role="danger"] {{ font-size: {PRIMARY_PT}pt; color: {BAD}; background: white;
    border: 2px solid {BAD}; min-height: {PRIMARY_HEIGHT - 16}px; padding: 6px 18px; }}
{_IN}QPushButton[role="danger"]:hover {{ background: {COLOURS[FAIL][1]}; }}
{_IN}QPushButton[role="danger"]:focus {{ border: 3px solid {BAD}; }}
{_IN}QPushButton[role="danger"]:disabled {{ color: {BORDER}; border-color: #dadce0; }}
"""


def apply(app: QApplication | None = None) -> None:
    """The officer look on ``app``: base size (the family stays the language's) and the sheet."""
    app = app or QApplication.instance()
    font = app.font()
    if font.pointSizeF() != BASE_PT:
        font.setPointSizeF(BASE_PT)
        app.setFont(font)
    if app.styleSheet() != STYLE_SHEET:
        app.setStyleSheet(STYLE_SHEET)


def mark_officer(window: QWidget) -> QWidget:
    """An officer window (the main window, a rendered officer screen): its buttons and
    dialogs get the officer look."""
    window.setProperty("officer", True)
    for widget in (window, *window.findChildren(QWidget)):  # rules are cached per widget
        _repolish(widget)
    return window


def _repolish(widget: QWidget) -> None:
    """Apply a changed property now; a widget not polished yet gets its rules when it is
    first shown, with the window it is in by then (rules are cached at polish time)."""
    if not _maybe_polished(widget):
        return
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


def _maybe_polished(widget: QWidget) -> bool:
    """Whether ``widget`` is polished. PySide builds its ``Qt`` namespace (every enum in it,
    15-30 ms, as long as the rest of the first screen) on first use, and the first screen
    does without it: until then, a widget whose window was never shown is taken as not
    polished (it is polished when first shown; the first screen's widgets are built before
    it is). Asking a style to polish from Python builds the namespace too."""
    qt = vars(QtCore).get("Qt")  # (built already by anything that named it)
    if qt is None:
        if not widget.window().isVisible():
            return False
        from PySide6.QtCore import Qt as qt
    return widget.testAttribute(qt.WidgetAttribute.WA_WState_Polished)


def role(widget: QWidget, name: str) -> QWidget:
    """Give ``widget`` a role of the style sheet (title, heading, caption, primary...)."""
    if widget.property("role") != name:
        widget.setProperty("role", name)
        _repolish(widget)
    return widget


def primary(button: QAbstractButton) -> QAbstractButton:
    """The screen's main action: filled, larger; its label keeps the shortcut ("(Ctrl+Enter)")."""
    return role(button, "primary")


def danger(button: QAbstractButton) -> QAbstractButton:
    """A destructive action: red outline, as large as a primary one."""
    return role(button, "danger")


def tone(widget: QWidget, name: str | None) -> QWidget:
    """A pass/fail/warning/info/neutral banner (``None``: plain)."""
    if widget.property("tone") != (name or ""):
        widget.setProperty("tone", name or "")
        _repolish(widget)
    return widget


def sheet(widget: QWidget, text: str) -> QWidget:
    """Set ``widget``'s own style sheet only when it changes: each set re-polishes the widget
    and its children, too costly for a refresh that runs on every state change."""
    if widget.styleSheet() != text:
        widget.setStyleSheet(text)
    return widget


def invalid(widget: QWidget, on: bool) -> QWidget:
    """Mark a field with an error (red border) or clear the mark."""
    if bool(widget.property("invalid")) != on:
        widget.setProperty("invalid", on)
        _repolish(widget)
    return widget


def unsure(widget: QWidget, on: bool) -> QWidget:
    """Mark a value to confirm against the document (dashed amber border) or clear it."""
    if bool(widget.property("unsure")) != on:
        widget.setProperty("unsure", on)
        _repolish(widget)
    return widget


def coloured(text: str, name: str) -> str:
    """``text`` as rich text in the tone's colour (a score, a ✓/✗ line)."""
    return f"<span style='color:{COLOURS[name][0]}'>{text}</span>"


def table(view: QTableView) -> QTableView:
    """Table defaults: rows tall enough for the larger font, alternating rows."""
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + ROW_PADDING)
    view.setAlternatingRowColors(True)
    return view


def reserve(widget: QWidget) -> QWidget:
    """Keep ``widget``'s place in its layout while it is hidden, so nothing jumps."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)
    return widget
