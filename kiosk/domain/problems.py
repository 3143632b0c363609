"""A problem with one field of a form or a document (its own module: the MRZ parser, which
the document camera's simulator uses, needs it without the applicant rules and the options
they read)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem with one field; ``code`` is stable (the UI translates ``field.code``)."""

    field: str
    code: str

    @property
    def message_key(self) -> str:
        return f"validation.{self.code}"
