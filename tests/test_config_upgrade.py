"""Versioned configuration: an older station file is upgraded at start (backup first), a
newer one is refused with a precise message, and the technician's comments survive."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kiosk.config_upgrade import CONFIG_VERSION, UPGRADES, upgraded
from kiosk.options import ConfigError, load_settings

VERSION_1 = """# Hà Nội desk 3, set up by the vendor
[station]
id = "HN-DESK-3"  # on every receipt

[tickets]
# the office's public ticket key (kiosk-ticket/1)
office_public_key = "/etc/kiosk/office-ed25519.pub"
"""


def test_every_version_has_its_step() -> None:
    assert sorted(UPGRADES) == list(range(2, CONFIG_VERSION + 1))


def test_a_version_1_file_is_upgraded_with_a_backup_and_its_comments(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(VERSION_1, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        settings = load_settings(path, environ={})  # once this stopped: unknown key
    assert settings["station.id"] == "HN-DESK-3"
    text = path.read_text(encoding="utf-8")
    assert f"config_version = {CONFIG_VERSION}" in text and "office_public_key" not in text
    assert text.startswith("# Hà Nội desk 3, set up by the vendor\n")
    assert 'id = "HN-DESK-3"  # on every receipt' in text
    assert (tmp_path / "kiosk.toml.v1.bak").read_text(encoding="utf-8") == VERSION_1
    assert "kiosk tickets keygen" in caplog.text
    load_settings(path, environ={})  # current now: nothing more is written
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kiosk.toml", "kiosk.toml.v1.bak"]


def test_a_file_with_nothing_to_change_is_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('[station]\nid = "HN-DESK-1"\n', encoding="utf-8")
    assert load_settings(path, environ={})["station.id"] == "HN-DESK-1"
    assert path.read_text(encoding="utf-8") == '[station]\nid = "HN-DESK-1"\n'
    assert [p.name for p in tmp_path.iterdir()] == ["kiosk.toml"]


def test_a_read_only_file_is_upgraded_in_memory(tmp_path: Path) -> None:
    folder = tmp_path / "etc"
    folder.mkdir()
    path = folder / "kiosk.toml"
    path.write_text(VERSION_1, encoding="utf-8")
    path.chmod(0o444)
    folder.chmod(0o555)
    try:
        assert load_settings(path, environ={})["station.id"] == "HN-DESK-3"
    finally:
        folder.chmod(0o755)
    assert path.read_text(encoding="utf-8") == VERSION_1 or path.stat().st_uid == 0


@pytest.mark.parametrize(("line", "words"), [
    (f"config_version = {CONFIG_VERSION + 1}", "newer kiosk"),
    ('config_version = "2"', "whole number"),
    ("config_version = 0", "whole number"),
])
def test_a_bad_or_newer_version_is_a_precise_error(tmp_path: Path, line: str,
                                                   words: str) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(f'{line}\n[station]\nid = "X"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_settings(path, environ={})
    assert words in str(error.value) and str(path) in str(error.value)


def test_upgraded_text_is_the_same_text_when_current() -> None:
    text = f'config_version = {CONFIG_VERSION}\n[station]\nid = "X"\n'
    assert upgraded(text, "x") == (text, CONFIG_VERSION, [])
