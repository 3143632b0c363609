"""Shared by the console's pages: editors made from the options' own types, and saving the
changed values through :mod:`kiosk.config_writer` in the background."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.config_writer import overridden, save_changes, validate
from kiosk.options import OPTIONS, Settings
from ui.common import style
from ui.common.languages import list_text
from ui.common.messages import describe
from ui.common.ops import Op
from ui.common.widgets import ErrorBanner


def editor_for(key: str, value: Any) -> QWidget:
    """An editor suited to the option's kind, showing ``value``."""
    option = OPTIONS[key]
    if option.kind == "bool":
        box = QCheckBox()
        box.setChecked(bool(value))
        return box
    if option.kind == "int":
        spin = QSpinBox()
        spin.setRange(int(option.minimum if option.minimum is not None else -2**31),
                      int(option.maximum if option.maximum is not None else 2**31 - 1))
        spin.setValue(int(value))
        return spin
    if option.kind == "float":
        spin = QDoubleSpinBox()
        places = repr(float(option.default)).partition(".")[2]
        spin.setDecimals(min(4, max(1, len(places.rstrip("0")))))
        spin.setRange(option.minimum if option.minimum is not None else -1e9,
                      option.maximum if option.maximum is not None else 1e9)
        spin.setValue(float(value))
        return spin
    if option.kind == "choice":
        combo = QComboBox()
        for choice in option.choices:
            combo.addItem(choice, choice)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        return combo
    line = QLineEdit(str(value))
    line.setMinimumWidth(360)
    return line


def editor_value(editor: QWidget) -> Any:
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QSpinBox | QDoubleSpinBox):
        return editor.value()
    if isinstance(editor, QComboBox):
        return editor.currentData()
    assert isinstance(editor, QLineEdit)
    return editor.text().strip()


class SettingsForm(QWidget):
    """Rows of (label, editor) for options; ``Save`` writes the changed ones to ``path``."""

    saved = Signal(dict)

    def __init__(self, settings: Settings, path: Path,
                 rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.path = path
        # (store, account) that each save is recorded for (account_events "config_changed")
        self.audit_to: tuple[Any, str] | None = None
        # called with (changes, proceed) before writing; proceed(extra) writes, running
        # ``extra`` (or nothing) in the same background job: a page asks for a sign-off here
        self.before_save: Callable[[dict[str, Any], Callable[..., None]], None] | None = None
        self.current: dict[str, Any] = {key: settings[key] for key, _ in rows}
        self.editors: dict[str, QWidget] = {}
        self.extra: dict[str, Callable[[], Any]] = {}
        self.labels: dict[str, str] = {key: label for key, label in rows}
        self.form = QFormLayout()
        for key, label in rows:
            editor = editor_for(key, settings[key])
            editor.setObjectName(f"edit_{key}")
            editor.setToolTip(key)
            self.editors[key] = editor
            self.form.addRow(label, editor)
        self.banner = ErrorBanner()
        self.result = QLabel()
        self.result.setWordWrap(True)
        style.tone(self.result, style.PASS)
        self.result.hide()
        self.save_button = QPushButton(self.tr("&Save"))
        style.primary(self.save_button)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.banner)
        layout.addWidget(self.result)
        layout.addLayout(buttons)

    def add_value(self, key: str, label: str, editor: QWidget, read: Callable[[], Any]) -> None:
        """A custom editor (e.g. a list of check boxes) for option ``key``."""
        self.current[key] = self.settings[key]
        self.extra[key] = read
        self.labels[key] = label
        editor.setToolTip(key)
        self.form.addRow(label, editor)

    def changes(self) -> dict[str, Any]:
        """The values that differ from what is in force (or was last saved)."""
        values = {key: editor_value(editor) for key, editor in self.editors.items()}
        values.update({key: read() for key, read in self.extra.items()})
        return {key: value for key, value in values.items() if _differs(value, self.current[key])}

    def save(self) -> None:
        """Validate and write the changes in the background; say what happens next."""
        changes = self.changes()
        self.banner.hide()
        self.result.hide()
        for editor in self.editors.values():
            style.invalid(editor, False)
        if not changes:
            self.result.setText(self.tr("Nothing to save: no value was changed."))
            self.result.show()
            self._reveal(self.result)
            return
        self.save_button.setEnabled(False)
        if self.before_save is not None:
            self.before_save(changes, lambda extra=None: self._write(changes, extra))
        else:
            self._write(changes, None)

    def cancel_save(self) -> None:
        """The sign-off was refused or cancelled: nothing was written."""
        self.save_button.setEnabled(True)

    def _write(self, changes: dict[str, Any], extra: Callable[[], Any] | None) -> None:
        """Run ``extra`` (it may refuse), save ``changes``, then the audit row, in one
        background job."""
        path, audit_to = self.path, self.audit_to

        def job() -> None:
            if extra is not None:
                validate(changes)  # a value that would not be saved pins nothing either
                extra()
            save_changes(path, changes)
            if audit_to is not None:
                from kiosk.accounts import audit

                store, actor = audit_to
                audit.record(store, actor, "config_changed",
                             {"keys": sorted(changes), "file": str(path)})

        Op(job).success(lambda _r: self._saved(changes)).failure(self._failed).run(self)

    def _saved(self, changes: Mapping[str, Any]) -> None:
        self.save_button.setEnabled(True)
        self.current.update(changes)
        text = self.tr("Saved to %1. The changes take effect when the kiosk is restarted."
                       ).replace("%1", str(self.path))
        shadowed = overridden(self.settings, changes)
        if shadowed:
            text += " " + self.tr("An environment variable overrides: %1.").replace(
                "%1", list_text(shadowed))
        self.result.setText(text)
        self.result.show()
        self._reveal(self.result)
        self.saved.emit(dict(changes))

    def _failed(self, error: BaseException) -> None:
        """Say what is wrong and point at the field (the error names its option)."""
        self.save_button.setEnabled(True)
        sentence, detail = describe(error)
        key = getattr(error, "params", {}).get("key")
        if key in self.labels:
            sentence += " " + self.tr("Check: %1.").replace("%1", self.labels[key] or key)
            editor = self.editors.get(key)
            if editor is not None:
                style.invalid(editor, True)
                editor.setFocus()
        self.banner.show_text(sentence, detail)
        self._reveal(self.banner)

    def _reveal(self, widget: QWidget) -> None:
        """Scroll the page to ``widget`` once it is laid out: on a long page (the camera's)
        the outcome of Save was drawn below the fold, and Alt+S seemed to do nothing."""
        scroll = self.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is not None:
            QTimer.singleShot(0, self, lambda: scroll.ensureWidgetVisible(widget, 0, 16))


def _differs(value: Any, current: Any) -> bool:
    if isinstance(current, tuple) or isinstance(value, list | tuple):
        return tuple(value) != tuple(current)
    if isinstance(current, float) or isinstance(value, float):
        return abs(float(value) - float(current)) > 1e-9
    return value != current
