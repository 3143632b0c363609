"""The ten-print duplicate check of the applicant on the fingerprint screen: run off the UI
thread, its latest verdict kept, and a verdict dropped when the set changed (a step captured
again, an exception, the next applicant) while it was being computed."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject

from kiosk.biometrics.fingers.duplicates import DuplicateReport, find_duplicates
from kiosk.biometrics.fingers.minutiae import FingerTemplate
from kiosk.domain.fingers import FingerPosition
from ui.common.ops import Op


class DuplicateCheck:
    """``done(error)`` is called on the UI thread when a check that still holds ended:
    :attr:`report` is then its verdict (``None`` with an error)."""

    def __init__(self, owner: QObject, done: Callable[[BaseException | None], None]) -> None:
        self._owner, self._done = owner, done
        self.report: DuplicateReport | None = None
        self.checking = False
        self._number = 0

    def run(self, templates: Mapping[FingerPosition, FingerTemplate], threshold: int) -> None:
        """Compare every pair of ``templates`` in the background."""
        self.checking = True
        number = self._number
        fingers = dict(templates)
        Op(lambda: find_duplicates(fingers, threshold)).success(
            lambda report: self._checked(number, report)).failure(
            lambda error: self._checked(number, None, error)).run(self._owner)

    def forget(self) -> None:
        """The set changed: the last verdict, or one still being computed, no longer holds."""
        self.report = None
        self.checking = False
        self._number += 1

    def _checked(self, number: int, report: DuplicateReport | None,
                 error: BaseException | None = None) -> None:
        if number != self._number:
            return  # the set changed meanwhile
        self.checking = False
        self.report = report
        self._done(error)
