"""Where the kiosk's own files are: the source tree, or the PyInstaller bundle when frozen.

In a bundle (``sys.frozen``), data files sit under ``sys._MEIPASS`` (``_internal/`` next to the
executables) with the same relative layout as in the source tree, so ``resources/`` is found the
same way in both. Nothing here imports Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

VERSION_FILE = "VERSION"  # written into the bundle's resources/ by build.spec


def frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def program_command(module: str, bundle_flag: str) -> list[str]:
    """How to start this program again as a helper child: the bundle's executable with
    ``bundle_flag``, else ``python -m module``."""
    return [sys.executable, bundle_flag] if frozen() else [sys.executable, "-m", module]


def bundle_root() -> Path:
    """The bundle's data folder when frozen, else the source tree's root."""
    if frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]  # PyInstaller's boot loader sets it
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """``resources/``: translation catalogues and the baked version."""
    return bundle_root() / "resources"


def translations_dir() -> Path:
    """The compiled ``kiosk_<language>.qm`` catalogues."""
    return resources_dir() / "translations"


def baked_version() -> str | None:
    """The version build.spec wrote into a bundle, or None (source trees have none)."""
    try:
        return (resources_dir() / VERSION_FILE).read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def installed_version(distribution: str) -> str | None:
    """The ``Version`` of an installed distribution, from the first ``<name>-*.dist-info``
    on ``sys.path`` (the order importlib.metadata searches in), or None."""
    prefix = distribution.replace("-", "_").lower() + "-"
    for folder in sys.path:
        try:
            names = sorted(n for n in os.listdir(folder or ".")
                           if n.lower().startswith(prefix) and n.endswith(".dist-info"))
        except OSError:  # a missing folder or a zip file on the path
            continue
        for name in names:
            try:
                with open(os.path.join(folder or ".", name, "METADATA"), encoding="utf-8") as f:
                    for line in f:
                        if line.startswith("Version:"):
                            return line.split(":", 1)[1].strip()
                        if not line.strip():  # the headers end at the first blank line
                            break
            except OSError:
                continue
    return None


def restore_system_environment() -> None:
    """Give programs started from a bundle the library path the user had, not the bundle's.

    On Linux the PyInstaller bootloader prepends the bundle to ``LD_LIBRARY_PATH`` (keeping the
    user's value in ``LD_LIBRARY_PATH_ORIG``); system programs we start (tesseract, the PDF
    viewer) would then load the bundle's copies of libraries and may fail. The dynamic loader
    read the variable when this process started, so changing it now only affects children.
    """
    if not frozen():
        return
    for var in ("LD_LIBRARY_PATH", "LIBPATH"):  # LIBPATH: AIX, same scheme
        original = os.environ.pop(f"{var}_ORIG", None)
        if original is not None:
            os.environ[var] = original
        else:
            os.environ.pop(var, None)
