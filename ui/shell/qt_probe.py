"""Run as ``python -m ui.shell.qt_probe``: start Qt and print what it found, as JSON.

`kiosk doctor` runs this in a child process, because Qt aborts the whole process (rather
than raising) when its platform plugin cannot load.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtGui import QGuiApplication

from kiosk.options import LANGUAGES
from ui.common.fonts import family_for


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    fonts = {}
    for language in LANGUAGES:
        family, preferred = family_for(language)
        fonts[language] = {"family": family, "preferred": preferred}
    print(json.dumps({"platform": app.platformName(), "fonts": fonts}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
