"""Typed options: defaults, TOML file, environment overrides, precise errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.options import OPTIONS, ConfigError, describe_options, load_settings


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "absent.toml", environ={})
    assert settings.source is None
    for key, option in OPTIONS.items():
        assert settings[key] == option.default


def test_every_default_passes_its_own_check() -> None:
    for option in OPTIONS.values():  # the time zone too (declare() leaves it to this test)
        assert option.convert(option.default, from_text=False) == option.default


def test_file_values_and_environment_overrides(tmp_path: Path) -> None:
    path = _write(tmp_path, '[station]\nid = "HN-DESK-2"\n[storage]\nbusy_timeout_ms = 900\n')
    settings = load_settings(path, environ={"KIOSK_STORAGE_BUSY_TIMEOUT_MS": "1500",
                                            "KIOSK_UI_FULL_SCREEN": "yes"})
    assert settings["station.id"] == "HN-DESK-2"
    assert settings["storage.busy_timeout_ms"] == 1500
    assert settings["ui.full_screen"] is True
    assert settings.overridden == {"storage.busy_timeout_ms", "ui.full_screen"}


def test_unknown_key_names_the_key_and_suggests(tmp_path: Path) -> None:
    path = _write(tmp_path, '[station]\nidd = "X"\n')
    with pytest.raises(ConfigError, match=r"unknown option 'station\.idd'.*'station\.id'") as e:
        load_settings(path, environ={})
    assert e.value.message_key == "config.unknown_key" and e.value.params["key"] == "station.idd"


@pytest.mark.parametrize(("text", "expected"), [
    ("[storage]\nbusy_timeout_ms = 'abc'\n", "expects an integer from 0 to 600000, got 'abc'"),
    ("[storage]\nbusy_timeout_ms = -1\n", "expects an integer"),
    ("[ui]\nlanguage = 'fr'\n", "expects one of 'vi', 'en'"),
    ("[ui]\nfull_screen = 1\n", "expects true or false"),
    ("[station]\ntimezone = 'Mars/Base'\n", "expects an IANA time zone"),
])
def test_bad_value_names_key_and_expected_type(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(ConfigError, match=expected) as e:
        load_settings(_write(tmp_path, text), environ={})
    assert e.value.message_key == "config.bad_value"


def test_bad_environment_value_names_the_variable(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="KIOSK_STORAGE_BUSY_TIMEOUT_MS expects an integer"):
        load_settings(tmp_path / "none.toml", environ={"KIOSK_STORAGE_BUSY_TIMEOUT_MS": "soon"})


def test_toml_syntax_error_is_located(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"not valid TOML.*line 2"):
        load_settings(_write(tmp_path, "[station]\nid = \n"), environ={})


def test_config_env_pointing_nowhere_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(environ={"KIOSK_CONFIG": str(tmp_path / "missing.toml")})


def test_template_documents_every_option_and_parses_back(tmp_path: Path) -> None:
    template = describe_options()
    for key, option in OPTIONS.items():
        assert option.env_name in template and key.rsplit(".", 1)[1] in template
    uncommented = "\n".join(line[2:] if re.match(r"# [a-z0-9_]+ = ", line) else line
                            for line in template.splitlines())
    settings = load_settings(_write(tmp_path, uncommented), environ={})
    assert settings.source is not None
    assert all(settings[k] == o.default for k, o in OPTIONS.items())


def test_the_default_station_id_is_the_host_name(monkeypatch) -> None:
    import socket

    from kiosk import station

    assert station.host_name() == socket.gethostname()  # read without importing socket
    monkeypatch.setattr(station, "host_name", lambda: "desk-3.office.example")
    settings = load_settings(Path("/nonexistent/kiosk.toml"), environ={})
    assert station.station_id(settings) == "KIOSK-DESK-3"
