"""kiosk.paths: resources in the source tree and in a (simulated) PyInstaller bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from kiosk import paths

REPO = Path(__file__).resolve().parent.parent


def test_source_tree_resources() -> None:
    assert not paths.frozen()
    assert paths.bundle_root() == REPO
    assert paths.translations_dir() == REPO / "resources" / "translations"
    assert list(paths.translations_dir().glob("kiosk_*.ts"))
    assert paths.baked_version() is None  # only bundles carry resources/VERSION


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    return tmp_path


def test_bundle_resources_and_baked_version(bundle: Path) -> None:
    assert paths.frozen() and paths.bundle_root() == bundle
    assert paths.translations_dir() == bundle / "resources" / "translations"
    assert paths.baked_version() is None
    (bundle / "resources").mkdir()
    (bundle / "resources" / "VERSION").write_text("1.2.3\n", encoding="utf-8")
    assert paths.baked_version() == "1.2.3"


def test_programs_started_from_a_bundle_get_the_users_library_path(
        bundle: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LD_LIBRARY_PATH", f"{bundle}{os.pathsep}/opt/vendor/lib")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/opt/vendor/lib")
    paths.restore_system_environment()
    assert os.environ["LD_LIBRARY_PATH"] == "/opt/vendor/lib"
    assert "LD_LIBRARY_PATH_ORIG" not in os.environ
    monkeypatch.setenv("LD_LIBRARY_PATH", str(bundle))  # the user had none
    paths.restore_system_environment()
    assert "LD_LIBRARY_PATH" not in os.environ


def test_source_runs_keep_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/vendor/lib")
    paths.restore_system_environment()
    assert os.environ["LD_LIBRARY_PATH"] == "/opt/vendor/lib"
