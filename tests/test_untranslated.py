"""No user-visible string literal in ui/ bypasses translation (tr/translate/QT_TRANSLATE_NOOP)."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TEXT_METHODS = {"setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "setStatusTip",
                "setWhatsThis", "setTitle", "addAction", "addItem", "addItems", "addTab",
                "setTabText", "setHorizontalHeaderLabels", "showMessage", "addRow", "show_text",
                "setLabelText", "setItemText", "setButtonText", "setInformativeText"}
TEXT_CONSTRUCTORS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
                     "QAction", "QToolButton", "QTableWidgetItem", "title_label"}
MESSAGE_BOXES = {"critical", "warning", "information", "question", "about"}
# Texts that are the same in every language: symbols and format-only strings.
ALLOWED = {"", "–", "—", "…", "•", "×", "✓", "%", ":", " ", "/", "-", "?"}


def _literal_texts(node: ast.AST) -> list[str]:
    """String literals reachable in ``node`` without passing through a translation call."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return ["".join(v.value for v in node.values if isinstance(v, ast.Constant))]
    if isinstance(node, ast.BinOp):
        return _literal_texts(node.left) + _literal_texts(node.right)
    if isinstance(node, ast.IfExp):
        return _literal_texts(node.body) + _literal_texts(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        return [t for element in node.elts for t in _literal_texts(element)]
    return []  # names, attribute values and calls (tr(...), translate(...)) are fine


def _has_letters(text: str) -> bool:
    stripped = "".join(ch for ch in text if not ch.isspace())
    return stripped not in ALLOWED and any(ch.isalpha() for ch in text)


def _format_only(text: str) -> bool:
    """f"{name}: {score}"-like strings: their letters are in the placeholders only."""
    return not any(ch.isalpha() for ch in text)


def bypasses(source: str, filename: str = "<ui>") -> list[str]:
    """Places where a literal with letters is shown without translation."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        owner = getattr(func.value, "id", "") if isinstance(func, ast.Attribute) else ""
        if name in TEXT_METHODS or name in TEXT_CONSTRUCTORS:
            arguments = node.args[:1]
        elif owner == "QMessageBox" and name in MESSAGE_BOXES:
            arguments = node.args[1:3]
        else:
            continue
        for argument in arguments:
            for text in _literal_texts(argument):
                if _has_letters(text) and not _format_only(text):
                    found.append(f"{filename}:{node.lineno}: {name}({text!r})")
    return found


def test_no_ui_string_bypasses_translation() -> None:
    found = []
    for path in sorted((REPO / "ui").rglob("*.py")):
        found += bypasses(path.read_text(encoding="utf-8"), str(path.relative_to(REPO)))
    assert not found, "wrap these in self.tr(...) or translate(...):\n" + "\n".join(found)


def test_the_scan_catches_literals_and_passes_translated_text() -> None:
    caught = bypasses('label.setText("Saved")\nQPushButton("&Save")\n'
                      'QMessageBox.warning(None, title, "Disk full")\n'
                      'x.setToolTip(f"Score {n}")\n')
    assert len(caught) == 4, caught
    assert not bypasses('label.setText(self.tr("Saved"))\nQPushButton(AUTONYMS[code])\n'
                        'label.setText(f"{name}: {score}")\nlabel.setText("–")\n'
                        'b.setText(translate("Ctx", "Saved").format(n))\n')
