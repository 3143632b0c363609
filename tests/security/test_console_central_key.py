"""Probe: 'A technician can set the same URL and key in the console; configuration changes are
not audited.'

In a real console window with real key events: the technician's new central key is saved only
after a supervisor signs in to a dialog showing the old and new fingerprints; the technician's
own password does not do; every save is an audit event naming the technician."""

from __future__ import annotations

from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from uihelp import press_enter, type_text

from kiosk.accounts import audit
from kiosk.accounts.roles import Role
from kiosk.options import load_settings
from kiosk.sync import pinning
from station.services import Services
from ui.common import ops
from ui.screens.technician.console import TechnicianConsole

from .stationhelp import new_key_b64

pytestmark = pytest.mark.gui
SUPERVISOR_PASSWORD = "giám sát viên 2026"
TECH_PASSWORD = "mật khẩu trạm 2026"


@pytest.fixture
def configured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    _key, central_b64 = new_key_b64()
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[station]\nid = "HN-DESK-1"\n[sync]\ncentral_public_key = '
                      f'"{central_b64}"\n', encoding="utf-8")
    monkeypatch.setenv("KIOSK_CONFIG", str(config))
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_STORAGE_KEY_BACKEND", "file")
    services = Services.open(load_settings())
    services.accounts._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    accounts = services.accounts
    accounts.create_first("sup.lan", "Trần Thị Lan", Role.SUPERVISOR, SUPERVISOR_PASSWORD)
    supervisor = accounts.authenticate("sup.lan", SUPERVISOR_PASSWORD)
    accounts.create(supervisor, "tech.minh", "Minh", Role.TECHNICIAN, TECH_PASSWORD)
    pinning.check(services.store, services.settings)  # first configuration: pinned
    yield services, config, central_b64
    services.close()


@pytest.fixture
def console(qtbot, configured):
    services, _config, _central = configured
    ops.run_synchronously(True)
    console = TechnicianConsole(services, with_qt_check=False, actor="tech.minh")
    qtbot.addWidget(console)
    console.resize(1280, 860)
    console.show()
    qtbot.waitExposed(console)
    console.load()
    console.show_page(console.central)
    yield console
    console.shut_down()
    ops.run_synchronously(False)


def _sign_in(dialog, username: str, password: str) -> None:
    dialog.username.clear()
    type_text(dialog.username, username)
    type_text(dialog.password, password)
    press_enter(dialog.password)


def test_a_new_central_key_needs_a_supervisor_and_is_audited(qtbot, configured, console,
                                                             screenshot) -> None:
    services, config, central_b64 = configured
    page, form = console.central, console.central.form
    _attacker, new_b64 = new_key_b64()
    editor = form.editors["sync.central_public_key"]
    editor.clear()
    type_text(editor, new_b64)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    shown = "\n".join(label.text() for label in dialog.change_labels)
    assert pinning.fingerprint(central_b64) in shown and pinning.fingerprint(new_b64) in shown
    screenshot(dialog, "supervisor_sign_in")
    assert new_b64 not in config.read_text(encoding="utf-8")  # nothing saved yet

    _sign_in(dialog, "tech.minh", TECH_PASSWORD)  # the technician cannot sign it off
    assert dialog.isVisible() and dialog.error.isVisible()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and form.save_button.isEnabled()
    assert new_b64 not in config.read_text(encoding="utf-8")
    assert pinning.read_pin(services.store).values["sync.central_public_key"] == \
        pinning.fingerprint(central_b64)

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    _sign_in(page.dialog, "sup.lan", SUPERVISOR_PASSWORD)
    assert not page.dialog.isVisible() and form.result.isVisible()
    assert new_b64 in config.read_text(encoding="utf-8")
    assert pinning.read_pin(services.store).values["sync.central_public_key"] == \
        pinning.fingerprint(new_b64)
    [(_at, actor, _e, detail)] = audit.events(services.store, "central_confirmed")
    assert actor == "sup.lan" and detail["via"] == "technician console"
    [(_at, actor, _e, detail)] = audit.events(services.store, "config_changed")
    assert actor == "tech.minh" and detail["keys"] == ["sync.central_public_key"]


def test_other_settings_save_without_a_sign_off_but_are_audited(qtbot, configured,
                                                                console) -> None:
    services, config, _central = configured
    form = console.central.form
    editor = form.editors["station.id"]
    editor.clear()
    type_text(editor, "HN-DESK-9")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert console.central.dialog is None and form.result.isVisible()
    assert "HN-DESK-9" in config.read_text(encoding="utf-8")
    [(_at, actor, _e, detail)] = audit.events(services.store, "config_changed")
    assert actor == "tech.minh" and detail["keys"] == ["station.id"]


def test_a_key_changed_in_the_environment_shows_the_warning(qtbot, configured, monkeypatch,
                                                            language) -> None:
    services, _config, _central = configured
    _other, other_b64 = new_key_b64()
    monkeypatch.setenv("KIOSK_SYNC_CENTRAL_PUBLIC_KEY", other_b64)
    ops.run_synchronously(True)
    try:
        changed = Services(load_settings(), services.store, services.accounts)
        console = TechnicianConsole(changed, with_qt_check=False, actor="tech.minh")
        qtbot.addWidget(console)
        console.show()
        console.load()
        console.show_page(console.central)
        assert console.central.unconfirmed.isVisible()
        qtbot.mouseClick(console.central.confirm_button, Qt.MouseButton.LeftButton)
        _sign_in(console.central.dialog, "sup.lan", SUPERVISOR_PASSWORD)
        assert not console.central.unconfirmed.isVisible()
        assert pinning.read_pin(services.store).values["sync.central_public_key"] == \
            pinning.fingerprint(other_b64)
        console.shut_down()
    finally:
        ops.run_synchronously(False)
