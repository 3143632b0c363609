"""The malloc arena cap that keeps a desk's native memory flat (kiosk.memory)."""

from __future__ import annotations

import platform
import sys

import pytest

from kiosk.memory import limit_malloc_arenas


@pytest.mark.skipif(not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
                    reason="mallopt(M_ARENA_MAX) is glibc's")
def test_arena_cap_is_set_on_glibc_unless_the_operator_chose(monkeypatch) -> None:
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    assert limit_malloc_arenas(2)
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    assert not limit_malloc_arenas(2)


def test_the_kiosk_entry_point_caps_the_arenas_first() -> None:
    import inspect

    from station import launcher

    body = inspect.getsource(launcher.main).split('"""')[2].strip()
    assert body.startswith("limit_malloc_arenas()")
