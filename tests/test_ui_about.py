"""The About box (F1): version from the package metadata, station, folders; translated."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.notices import licence_of, runtime_distributions
from kiosk.options import load_settings
from ui.dialogs.about import AboutDialog
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_STATION_ID", "HN-DESK-1")
    return load_settings()


def _texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_f1_opens_the_about_box_with_version_and_folders(language, qtbot, settings, tmp_path,
                                                         screenshot) -> None:
    window = MainWindow(settings, lambda: None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.about_action.shortcut().toString() == "F1"
    window.about_action.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, AboutDialog) and w.isVisible()]
    assert len(dialogs) == 1
    about = dialogs[0]
    qtbot.waitExposed(about)
    text = _texts(about)
    version = metadata.version("enrollment-kiosk")
    assert version in about.version.text()
    assert ("Phiên bản" if language == "vi" else "Version") in about.version.text()
    assert "HN-DESK-1" in text and str(tmp_path / "data") in text
    assert ("mã nguồn" if language == "vi" else "source tree") in text  # not frozen here
    screenshot(about, f"about_{language}")
    qtbot.keyClick(about, Qt.Key.Key_Escape)
    assert not about.isVisible()
    window.close()


def test_about_names_the_configuration_file(qtbot, tmp_path, monkeypatch) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('[station]\nid = "DN-DESK-2"\n', encoding="utf-8")
    monkeypatch.setenv("KIOSK_CONFIG", str(config))
    about = AboutDialog(load_settings())
    qtbot.addWidget(about)
    assert str(config) in _texts(about) and "DN-DESK-2" in _texts(about)


def test_the_about_box_shows_every_third_party_licence(qtbot, settings, screenshot) -> None:
    """Alt+L in the About box opens the notices: every runtime dependency with its licence,
    the texts they ship, and the standard LGPL text for Qt (PySide6 ships none)."""
    about = AboutDialog(settings)
    qtbot.addWidget(about)
    about.show()
    qtbot.waitExposed(about)
    about.activateWindow()
    qtbot.waitUntil(about.isActiveWindow)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.window() is about
    qtbot.keyClick(focused, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: about.notices is not None)  # a mnemonic clicks after a moment
    notices = about.notices
    qtbot.waitUntil(lambda: notices.loaded, timeout=30_000)
    text = notices.text.toPlainText()
    for dist in runtime_distributions():
        assert f"\n{dist.metadata['Name']} {dist.version}\nLicence: " in text, dist
    assert "PySide6_Essentials 6.11.0\nLicence: LGPL-3.0-only" in text or \
        "PySide6-Essentials 6.11.0\nLicence: LGPL-3.0-only" in text
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert "Apache License" in text and "CeCILL-C" in text  # mediapipe/OpenCV; the WSQ codec
    assert "Licence: unknown" not in text
    screenshot(notices, "about_notices")


def test_every_runtime_dependency_names_a_licence_that_fits_a_proprietary_product() -> None:
    """No GPL-only or AGPL component: Qt is LGPL (with GPL as an alternative)."""
    for dist in runtime_distributions():
        licence = licence_of(dist)
        assert licence != "unknown", dist.metadata["Name"]
        assert "AGPL" not in licence and "Affero" not in licence, dist.metadata["Name"]
        if "GPL" in licence:
            assert "LGPL" in licence, (dist.metadata["Name"], licence)
