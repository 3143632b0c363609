"""Layering rules: kiosk/ and devices/ never import Qt, the UI, the application (station/)
or the central service (by source and at run time); devices/ imports from kiosk/ only
kiosk.domain (by source and at run time); the central service (central/) imports from kiosk/
only the packet and request-signing code it shares with the station."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
QT_MODULES = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
CORE = ("kiosk", "devices")
# what central/ may import from kiosk/: the shared packet format, request signing, receipts
SHARED_WITH_CENTRAL = {"kiosk.sync.packet", "kiosk.sync.auth", "kiosk.sync.receipt",
                       "kiosk.domain.canonical", "kiosk.sync.ticket_wire", "kiosk.sync.identity"}


def _imported(path: Path) -> set[str]:
    """Every module the file imports (absolute imports, constant dynamic ones); for
    ``from M import N``: ``M.N`` (a submodule or a name of M)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif (isinstance(node, ast.Call)
              and getattr(node.func, "attr", getattr(node.func, "id", ""))
              in {"import_module", "__import__", "find_spec"} and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            names.add(node.args[0].value)
    return names


def _imported_roots(path: Path) -> set[str]:
    return {name.split(".")[0] for name in _imported(path)}


@pytest.mark.parametrize("package", CORE)
def test_core_sources_never_import_qt_or_ui(package: str) -> None:
    files = sorted((REPO / package).rglob("*.py"))
    assert files, f"{package}/ has no Python files"
    offenders = {str(f.relative_to(REPO)):
                 sorted(_imported_roots(f) & (QT_MODULES | {"ui", "central", "station"}))
                 for f in files}
    assert not {k: v for k, v in offenders.items() if v}


def test_devices_import_only_the_domain_from_the_core() -> None:
    """Adapters depend on the shared vocabulary (finger positions, errors, safe file input),
    never on the engines, the store or the options: what they need is passed in."""
    offenders = {}
    for f in sorted((REPO / "devices").rglob("*.py")):
        bad = sorted(n for n in _imported(f) if n.split(".")[0] == "kiosk"
                     and not (n == "kiosk.domain" or n.startswith("kiosk.domain.")))
        if bad:
            offenders[str(f.relative_to(REPO))] = bad
    assert not offenders


def test_the_central_service_shares_only_the_packet_and_signing_code() -> None:
    files = sorted((REPO / "central").rglob("*.py"))
    assert files, "central/ has no Python files"
    offenders = {}
    for f in files:
        names = _imported(f)
        bad = sorted(n for n in names if n.split(".")[0] == "kiosk"
                     and not any(n == s or n.startswith(s + ".") for s in SHARED_WITH_CENTRAL))
        bad += sorted({n.split(".")[0] for n in names} & (QT_MODULES | {"ui", "devices"}))
        if bad:
            offenders[str(f.relative_to(REPO))] = bad
    assert not offenders


def test_importing_every_core_module_loads_no_qt() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "for pkg in ('kiosk', 'devices'):\n"
        "    mod = importlib.import_module(pkg)\n"
        "    for info in pkgutil.walk_packages(mod.__path__, pkg + '.'):\n"
        "        if not info.name.endswith('__main__'):\n"
        "            importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        f"{sorted(QT_MODULES | {'central', 'station', 'ui'})!r})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""


def test_importing_every_device_module_loads_no_core_outside_the_domain() -> None:
    """At run time too: what devices/ imports of kiosk.domain must not pull in the engines,
    the store or the options (the MRZ parser once brought the options in through the
    applicant rules)."""
    code = (
        "import importlib, pkgutil, sys\n"
        "mod = importlib.import_module('devices')\n"
        "for info in pkgutil.walk_packages(mod.__path__, 'devices.'):\n"
        "    importlib.import_module(info.name)\n"
        # kiosk/__init__.py itself reads the version through kiosk.paths
        "bad = sorted(m for m in sys.modules if m.split('.')[0] == 'kiosk'\n"
        "             and m not in ('kiosk', 'kiosk.paths')\n"
        "             and not (m == 'kiosk.domain' or m.startswith('kiosk.domain.')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""


def test_the_kiosk_program_starts_no_process_through_multiprocessing() -> None:
    """build.spec leaves PyInstaller's multiprocessing runtime hook out of the kiosk program
    (it cost every start an import of multiprocessing): a spawned child of the frozen kiosk
    would need it back."""
    offenders = {}
    for package in ("kiosk", "devices", "ui", "station"):
        for f in sorted((REPO / package).rglob("*.py")):
            names = _imported(f)
            bad = sorted(n for n in names if n.split(".")[0] == "multiprocessing"
                         or n == "concurrent.futures.ProcessPoolExecutor")
            if bad:
                offenders[str(f.relative_to(REPO))] = bad
    assert not offenders, offenders
    assert '!= "pyi_rth_multiprocessing"' in (REPO / "build.spec").read_text(encoding="utf-8")
