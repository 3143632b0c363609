"""The error base class every layer uses: a stable message key the UI translates, plus details."""

from __future__ import annotations

from typing import Any


class KioskError(Exception):
    """An expected failure with a translatable message.

    ``message_key`` is stable (the UI maps it to a translated sentence); ``params`` fill the
    sentence's placeholders; ``str(error)`` is a precise English description for logs and CLI.
    """

    message_key = "error.unexpected"

    def __init__(self, detail: str, *, message_key: str | None = None, **params: Any) -> None:
        super().__init__(detail)
        if message_key is not None:
            self.message_key = message_key
        self.params: dict[str, Any] = params

    @property
    def detail(self) -> str:
        return str(self)
