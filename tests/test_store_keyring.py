"""The data key in the OS keyring (through the keyring library, with an in-memory backend)."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from kiosk.store import errors
from kiosk.store.keys import KEY_FILE_NAME, choose_backend, keyring_usable
from kiosk.store.store import Store


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.entries[(service, username)]


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_auto_uses_a_real_keyring_and_not_the_fail_backend(memory_keyring) -> None:
    assert keyring_usable() and choose_backend("auto") == "keyring"
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    assert not keyring_usable() and choose_backend("auto") == "file"


def test_key_lives_in_the_keyring_not_on_disk(memory_keyring, tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Store.open(data, key_backend="auto") as store:
        assert store.key_location.backend == "keyring"
    assert not (data / KEY_FILE_NAME).exists()
    [(service, _entry)] = memory_keyring.entries
    assert service == "enrollment-kiosk"
    Store.open(data, key_backend="keyring").close()  # reopens with the same key
    memory_keyring.entries.clear()
    with pytest.raises(errors.KeyMissing, match="keyring"):
        Store.open(data, key_backend="keyring")


def test_auto_keeps_an_existing_key_file_without_asking_the_keyring(memory_keyring,
                                                                    tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Store.open(data, key_backend="file") as store:
        assert store.key_location.backend == "file"
    assert choose_backend("auto", data) == "file"
    with Store.open(data, key_backend="auto") as store:  # a usable keyring is not consulted
        assert store.key_location.backend == "file"
    assert not memory_keyring.entries
    assert choose_backend("auto", tmp_path / "new") == "keyring"
