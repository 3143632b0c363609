"""Start the Qt application and show the main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QLabel


def run_gui(args: argparse.Namespace) -> int:
    """Run the GUI until the window closes; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    label = QLabel("Enrollment kiosk")
    label.show()
    return app.exec()
