"""Probes: 'accounts.idle_lock_minutes = nan (file or environment) silently disables the idle
lock; sync.retention_hours = nan is accepted and then crashes the worker set-up; inf passes
where only a minimum exists; a deeply nested TOML gives a raw RecursionError.'"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.config_writer import save_changes, validate
from kiosk.options import OPTIONS, ConfigError, load_settings

FLOATS = sorted(key for key, option in OPTIONS.items() if option.kind == "float")
MIN_ONLY = sorted(key for key in FLOATS if OPTIONS[key].maximum is None)
HOSTILE_TEXT = ["nan", "NaN", "inf", "-inf", "Infinity", "1e999", "-1e999"]


def _file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _refused(path: Path | None, environ: dict[str, str], key: str) -> ConfigError:
    with pytest.raises(ConfigError) as error:
        load_settings(path or Path("/nonexistent/kiosk.toml"), environ)
    assert error.value.params.get("key") == key and key in str(error.value)
    return error.value


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "+nan"])
def test_idle_lock_nan_or_inf_in_the_file_is_refused(tmp_path: Path, value: str) -> None:
    _refused(_file(tmp_path, f"[accounts]\nidle_lock_minutes = {value}\n"), {},
             "accounts.idle_lock_minutes")


@pytest.mark.parametrize("value", HOSTILE_TEXT)
def test_idle_lock_nan_or_inf_in_the_environment_is_refused(value: str) -> None:
    _refused(None, {"KIOSK_ACCOUNTS_IDLE_LOCK_MINUTES": value}, "accounts.idle_lock_minutes")


def test_retention_nan_is_refused_before_any_worker_is_set_up(tmp_path: Path) -> None:
    _refused(_file(tmp_path, "[sync]\nretention_hours = nan\n"), {}, "sync.retention_hours")
    _refused(None, {"KIOSK_SYNC_RETENTION_HOURS": "nan"}, "sync.retention_hours")


@pytest.mark.parametrize("key", MIN_ONLY)
def test_inf_is_refused_where_only_a_minimum_exists(tmp_path: Path, key: str) -> None:
    section, name = key.split(".")
    _refused(_file(tmp_path, f"[{section}]\n{name} = inf\n"), {}, key)
    _refused(None, {OPTIONS[key].env_name: "inf"}, key)


@pytest.mark.parametrize("key", FLOATS)
def test_every_number_option_refuses_nan(key: str) -> None:
    error = _refused(None, {OPTIONS[key].env_name: "nan"}, key)
    assert "finite" in str(error)


def test_huge_integers_are_refused_too() -> None:
    _refused(None, {"KIOSK_FACE_PORTRAIT_MAX_BYTES": "9" * 40}, "face.portrait_max_bytes")


def test_the_console_cannot_save_nan_either(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as error:
        validate({"accounts.idle_lock_minutes": float("nan")})
    assert error.value.params["key"] == "accounts.idle_lock_minutes"
    path = _file(tmp_path, "")
    with pytest.raises(ConfigError):
        save_changes(path, {"sync.retention_hours": float("inf")})
    assert path.read_text(encoding="utf-8") == ""


@pytest.mark.parametrize("text", [
    "x = " + "[" * 5000 + "]" * 5000 + "\n",
    "x = " + "{a = " * 3000 + "1" + "}" * 3000 + "\n",
    "[" + ".".join(["a"] * 3000) + "]\n",
    ".".join(["a"] * 3000) + " = 1\n",
])
def test_deeply_nested_toml_is_a_clear_error(tmp_path: Path, text: str) -> None:
    with pytest.raises(ConfigError) as error:
        load_settings(_file(tmp_path, text), {})
    assert error.value.message_key == "config.too_deep"
    assert "nest" in str(error.value)


def test_the_message_names_the_line(tmp_path: Path) -> None:
    text = '[station]\nid = "HN-DESK-1"\n[sync]\nurl = ' + "[" * 50 + "]" * 50 + "\n"
    with pytest.raises(ConfigError) as error:
        load_settings(_file(tmp_path, text), {})
    assert error.value.params["line"] == 4 and "line 4" in str(error.value)


def test_brackets_inside_strings_are_not_nesting(tmp_path: Path) -> None:
    settings = load_settings(_file(tmp_path, '[station]\nid = "[[[[[[[[[[[[{{{{{{{{"\n'), {})
    assert settings["station.id"] == "[[[[[[[[[[[[{{{{{{{{"


def test_the_command_line_says_one_line_not_a_traceback(tmp_path: Path) -> None:
    path = _file(tmp_path, "x = " + "[" * 100_000 + "]" * 100_000 + "\n")
    done = subprocess.run([sys.executable, "-m", "station", "--config", str(path), "config"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "RecursionError" not in done.stderr
    assert "nests" in done.stderr
