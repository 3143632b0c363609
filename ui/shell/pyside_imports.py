"""A cheaper answer to the question PySide asks of every module imported after it.

PySide6 keeps, for its ``__feature__`` switch (``snake_case``, ``true_property``), a note per
module of whether the module uses PySide: on each module's first import it reads the module's
whole source through ``inspect.getsource`` (``linecache``, ``tokenize``) and looks for the word
"PySide6". The kiosk imports ~100 modules before its first screen, and those reads were
~10 ms of it (a bare PySide6 window imports a handful). :func:`install` gives the same answer
from one read of the module's ``.py`` file. The kiosk uses no ``__feature__``; a PySide without
this internal is left as it is.
"""

from __future__ import annotations

import sys
from types import ModuleType


def uses_pyside(module: ModuleType) -> bool:
    """Whether the source file of ``module`` names PySide6 (False without a ``.py`` file, as
    PySide answers for built-in, compiled and frozen modules)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def install() -> bool:
    """Load shiboken and put :func:`uses_pyside` in place of its source read (before the
    ui modules are imported); True if it was there to replace."""
    import shiboken6  # noqa: F401  (loads PySide's support modules, the feature module too)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside
    return True
