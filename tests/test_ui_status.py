"""The main window in a real window: station id, store figures, translated errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from storehelp import new_enrollment, samples

from kiosk.domain.enrollment import State
from kiosk.options import load_settings
from kiosk.store.store import Store
from ui import ops
from ui.app import build_main_window, install_language

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_STATION_ID", "HN-DESK-1")
    monkeypatch.setenv("KIOSK_STATION_OFFICE", "Phòng Quản lý xuất nhập cảnh Hà Nội")
    return load_settings()


@pytest.fixture
def synchronous_ops():
    ops.run_synchronously(True)
    yield
    ops.run_synchronously(False)


@pytest.fixture(params=["vi", "en"])
def language(request, qapp: QApplication):
    translator = install_language(qapp, request.param)
    yield request.param
    if translator is not None:
        qapp.removeTranslator(translator)


def _texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_status_screen_shows_station_and_store(qtbot, settings, synchronous_ops, language,
                                               screenshot) -> None:
    with Store.from_settings(settings) as store:
        for i in range(3):
            e = new_enrollment()
            store.write(lambda r, e=e, i=i: r.save_enrollment(e, {}, samples(i), actor="o"))
        store.write(lambda r, e=e: r.transition(e.id, State.CAPTURED, actor="o")).result()
    window = build_main_window(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_store()
    screen = window.status_screen
    assert screen.station_label.text() == "HN-DESK-1"
    assert screen.count_labels[State.DRAFT].text() == "2"
    assert screen.count_labels[State.CAPTURED].text() == "1"
    assert screen.error_panel.isHidden()
    text = _texts(window)
    assert ("Mã trạm" if language == "vi" else "Station ID") in text
    assert "Phòng Quản lý xuất nhập cảnh Hà Nội" in text
    screenshot(window, f"status_{language}")
    window.close()
    assert window.store is None


def test_damaged_database_shows_translated_error_and_retry_recovers(
        qtbot, settings, synchronous_ops, language, screenshot) -> None:
    data = Path(os.environ["KIOSK_STORAGE_DATA_DIR"])
    data.mkdir(parents=True)
    (data / "kiosk.db").write_bytes(b"not a database" * 50)
    window = build_main_window(settings)
    qtbot.addWidget(window)
    window.show()
    window.open_store()
    screen = window.status_screen
    assert screen.error_panel.isVisible()
    expected = "bị hỏng" if language == "vi" else "is damaged"
    assert expected in screen.error_text.text()
    assert "not an SQLite database" in screen.error_detail.text()
    screenshot(window, f"status_error_{language}")
    (data / "kiosk.db").unlink()
    qtbot.mouseClick(screen.retry_button, Qt.MouseButton.LeftButton)
    assert screen.error_panel.isHidden()
    assert window.store is not None
    window.close()


def test_store_opens_off_the_ui_thread(qtbot, settings) -> None:
    """Without the synchronous runner, opening happens on a worker thread."""
    import threading

    seen = {}
    window = build_main_window(settings)
    qtbot.addWidget(window)
    original = window._open_store

    def spy():
        seen["thread"] = threading.current_thread()
        return original()

    window._open_store = spy
    window.open_store()
    qtbot.waitUntil(lambda: window.store is not None, timeout=10_000)
    assert seen["thread"] is not threading.main_thread()
    window.close()
