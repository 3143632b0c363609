"""One language table; the officers' switch retranslates the running window and is remembered;
dates and numbers follow the language's locale."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from kiosk.domain.countries import ICAO_CODES
from kiosk.languages import CODES, FOREIGNER_DEFAULT, for_nationality, languages
from kiosk.options import ConfigError, load_settings
from station.services import Services
from ui.common import ops
from ui.common.i18n import install_language, remembered_language
from ui.common.languages import (
    date_text,
    day_month_text,
    list_text,
    number_text,
    officer_languages,
    time_text,
)
from ui.shell.main_window import MainWindow

REPO = Path(__file__).resolve().parent.parent


def test_every_language_of_the_table_has_a_catalogue_and_an_autonym() -> None:
    assert CODES[:2] == ("vi", "en") and len(CODES) == 6
    for code, row in languages().items():
        assert (REPO / "resources" / "translations" / f"kiosk_{code}.ts").is_file(), code
        assert row.autonym and row.fonts and row.locale


def test_a_nationality_gives_its_language_else_english() -> None:
    assert [for_nationality(n) for n in ("KOR", "kor", "CHN", "TWN", "JPN", "PRK")] == [
        "ko", "ko", "zh_CN", "zh_TW", "ja", "ko"]
    assert for_nationality("USA") == for_nationality("FRA") == FOREIGNER_DEFAULT == "en"
    assert for_nationality("") == "en"
    listed = [n for row in languages().values() for n in row.nationalities]
    assert len(listed) == len(set(listed)), "a nationality listed under two languages"
    assert set(listed) <= set(ICAO_CODES), set(listed) - set(ICAO_CODES)


def test_enabled_languages_option(monkeypatch) -> None:
    assert load_settings()["ui.languages"] == CODES
    monkeypatch.setenv("KIOSK_UI_LANGUAGES", "vi, ko")
    settings = load_settings()
    assert settings["ui.languages"] == ("vi", "ko")
    assert officer_languages(settings) == ("vi",)
    monkeypatch.setenv("KIOSK_UI_LANGUAGES", "vi,xx")
    with pytest.raises(ConfigError, match=r"ui\.languages"):
        load_settings()


def test_dates_times_and_numbers_follow_the_locale(qapp) -> None:
    day, moment = date(2026, 3, 9), datetime(2026, 3, 9, 14, 5)
    assert date_text(day, "vi") == "09/03/2026"   # as the applicant form writes it
    assert date_text(day, "en") == "09/03/2026"  # en_GB: day first, as in Vietnam
    assert date_text(day, "zh_CN") == "2026/3/9"
    assert date_text(day, "ja") == "2026/03/09"
    assert date_text(day, "ko") == "2026. 3. 9."  # four-digit year even where Qt has two
    assert time_text(moment, "vi") == "14:05"
    assert time_text(moment, "ko") == "오후 2:05"
    assert number_text(1284, "en") == "1,284"
    assert number_text(1284, "vi") == "1.284"
    assert number_text(5.5, "vi", 1) == "5,5"
    assert [day_month_text(day, c) for c in ("vi", "zh_TW", "ko", "ja")] == [
        "9/3", "3/9", "3. 9.", "03/09"]


def test_lists_are_joined_as_each_language_joins_them(qapp) -> None:
    items = ["A", "B", "C"]
    assert list_text(items, "vi") == "A, B và C"
    assert list_text(items, "zh_CN") == list_text(items, "zh_TW") == "A、B和C"
    assert list_text(items, "ja") == "A、B、C"
    assert list_text(items, "ko") == "A, B 및 C"
    assert list_text(["A"], "ja") == "A" and list_text([], "ja") == ""


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    settings = load_settings()

    def services() -> Services:
        opened = Services.open(settings)
        opened.accounts._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
        return opened

    install_language(qapp, "vi")
    ops.run_synchronously(True)
    win = MainWindow(settings, services)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    ops.run_synchronously(False)
    install_language(qapp, "vi")


def test_officer_switch_retranslates_the_sign_in_screen_and_is_remembered(window,
                                                                           screenshot) -> None:
    window.open_services()
    window.services.accounts.create_first("sup.lan", "Lan", _supervisor(), "mật khẩu trạm 2026")
    window.start_up.show_first_screen(False)
    login = window.login_screen
    assert login.heading.text() == "Đăng nhập"
    assert login.language_switch.isVisible()
    login.username.setText("sup.lan")
    login.language_switch.buttons["en"].click()
    login = window.login_screen  # rebuilt in English
    assert window.screens.currentWidget() is login
    assert login.heading.text() == "Sign in"
    assert login.username.text() == "sup.lan"
    assert window.home_action.text() == "&Home"
    assert remembered_language(window.settings, ("vi", "en")) == "en"
    screenshot(window, "language-switch-en")
    login.language_switch.buttons["vi"].click()
    assert window.login_screen.heading.text() == "Đăng nhập"
    assert window.windowTitle().startswith("Trạm thu nhận")


def test_no_switch_while_the_screen_is_locked(window) -> None:
    window.open_services()
    accounts = window.services.accounts
    accounts.create_first("sup.lan", "Lan", _supervisor(), "mật khẩu trạm 2026")
    window._signed_in(accounts.authenticate("sup.lan", "mật khẩu trạm 2026"), resumed=False)
    window.lock()
    assert not window.login_screen.language_switch.isVisible()
    window.switch_language("en")
    assert window.login_screen.heading.text() == "Màn hình đã khóa"


def _supervisor():
    from kiosk.accounts.roles import Role

    return Role.SUPERVISOR
