"""A sign-in form that may be sent before the station is ready (login and first account)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.common.widgets import WaitingNote


class WaitingForm(QWidget):
    """A form whose submission can wait for the station: ``waiting`` (a :class:`WaitingNote`
    on the submit button) says "getting ready"; ``edited`` when a field changes meanwhile.
    Subclasses set ``self.waiting`` and connect their fields' ``textEdited`` to
    :meth:`_edited`."""

    edited = Signal()
    waiting: WaitingNote

    def set_busy(self, busy: bool) -> None:
        self.waiting.set_busy(busy)

    def show_waiting(self, waiting: bool = True) -> None:
        """Sent before the station is ready: "getting ready" until it is sent on (typing
        goes on; a changed field withdraws it, see ``edited``)."""
        self.waiting.setVisible(waiting)

    def _edited(self, *_args: object) -> None:
        if self.waiting.withdrawn():
            self.edited.emit()
