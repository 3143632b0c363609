"""The officer's home: today's enrollments at this station, search, resume a draft, start new."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.clock import Clock, system_clock
from kiosk.domain.enrollment import State
from kiosk.store.records import EnrollmentSummary
from ui.common import style
from ui.common.languages import pair_text, time_text
from ui.common.widgets import ErrorBanner, record_table, title_label
from ui.desk.rejection_reasons import next_step, reason_text
from ui.dialogs.cancel_enrollment import cancel_reason_text


def _fold(text: str) -> str:
    """Case- and accent-insensitive form for searching ("nguyen" finds "Nguyễn")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("đ", "d")


INTERRUPTED_AFTER = timedelta(minutes=30)  # a draft untouched this long was left


class TodayScreen(QWidget):
    """Emits ``new_requested``, ``resume_requested(enrollment_id)`` and
    ``cancel_requested(enrollment_id, name)`` (drafts only).

    A draft is flagged interrupted when nobody worked on it for :data:`INTERRUPTED_AFTER`,
    or it was last worked on before ``officer`` signed in (``since``) or by another officer.
    """

    new_requested = Signal()
    resume_requested = Signal(str)
    cancel_requested = Signal(str, str)
    refresh_requested = Signal()

    def __init__(self, zone: str = "Asia/Ho_Chi_Minh", parent: QWidget | None = None, *,
                 officer: str = "", since: datetime | None = None,
                 clock: Clock = system_clock) -> None:
        super().__init__(parent)
        self.setObjectName("todayScreen")
        self._zone = ZoneInfo(zone)
        self._officer = officer
        self._since = since
        self.now: Clock = clock
        self._rows: list[EnrollmentSummary] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or passport number"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        # from the search, Down goes to the list (Enter resumes the match, see _filter)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, activated=self._to_list,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.new_button = QPushButton(self.tr("&New enrollment  (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        style.primary(self.new_button)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new_requested.emit)
        self.table = record_table([
            self.tr("Time"), self.tr("Name"), self.tr("Passport"), self.tr("Status"),
            self.tr("Sync"), self.tr("Enrollment number")], 1)
        self.table.doubleClicked.connect(lambda _index: self._resume())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self._resume)
        self.table.currentCellChanged.connect(lambda *_: self._selection_changed())
        self.cancel_button = QPushButton(self.tr("Cance&l this enrollment…  (Ctrl+Del)"))
        self.cancel_button.clicked.connect(self._cancel)
        self.cancel_button.setEnabled(False)
        QShortcut(QKeySequence("Ctrl+Del"), self, activated=self._cancel)
        self.error = ErrorBanner()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.cancel_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Today at this desk"), 1.5))
        layout.addWidget(self.error)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def state_name(self, row: EnrollmentSummary) -> str:
        names = {
            State.DRAFT: self.tr("draft (not saved yet)"), State.CAPTURED: self.tr("captured"),
            State.FINALIZED: self.tr("saved"), State.UPLOADED: self.tr("uploaded"),
            State.ACCEPTED: self.tr("accepted"), State.REJECTED: self.tr("rejected"),
            State.CANCELLED: self.tr("cancelled"),
        }
        text = names[row.state]
        if row.state is State.REJECTED:
            text = pair_text(text, reason_text(row.reason))
        elif row.state is State.CANCELLED and row.reason:
            text = pair_text(text, cancel_reason_text(row.reason))
        if row.state in (State.DRAFT, State.CAPTURED) and row.approval == "pending":
            text = self.tr("draft: waiting for a supervisor's approval")
        elif row.state in (State.DRAFT, State.CAPTURED) and row.approval == "rejected":
            text = self.tr("draft: rejected by a supervisor, capture again")
        elif self.interrupted(row):
            text = self.tr("interrupted at %1: resume (Enter) or cancel").replace(
                "%1", self.step_name(row))
        return text

    def interrupted(self, row: EnrollmentSummary) -> bool:
        """A draft left behind: untouched for a while, from before this sign-in, or last
        worked on by another officer."""
        if row.state not in (State.DRAFT, State.CAPTURED):
            return False
        last = row.last_activity or row.updated_at
        return (self.now() - last > INTERRUPTED_AFTER
                or (self._since is not None and last < self._since)
                or (bool(self._officer) and row.officer_id != self._officer))

    def step_name(self, row: EnrollmentSummary) -> str:
        """The last step a draft completed, as the officer names it."""
        if row.step == "fingerprints":
            return self.tr("fingerprints %1 of 3").replace("%1", str(row.finger_steps))
        return {"applicant": self.tr("applicant data"), "photo": self.tr("photo"),
                "review": self.tr("review")}[row.step]

    def sync_name(self, row: EnrollmentSummary) -> str:
        if row.state is State.REJECTED:
            return "–"  # nothing more to send; the status column says why it came back
        return {None: "–", "pending": self.tr("waiting"), "sent": self.tr("sent"),
                "done": self.tr("done"), "cancelled": "–"}.get(row.outbox_status,
                                                               row.outbox_status or "–")

    def show_rows(self, rows: list[EnrollmentSummary]) -> None:
        """Replace the list (newest first) and re-apply the search; the selected enrollment
        stays selected (the list reads itself again whenever the store changes)."""
        chosen = self._selected()
        self._rows = rows
        self.error.hide()
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            local = row.created_at.astimezone(self._zone)
            cells = [time_text(local), row.name, row.document_number,
                     self.state_name(row), self.sync_name(row), row.id]
            tip = ""
            if row.state is State.REJECTED:
                code = pair_text(self.tr("Central service code"), row.reason or "?")
                tip = f"{next_step(row.reason)}\n{code}"
            flagged = self.interrupted(row)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if tip:
                    item.setToolTip(tip)
                if flagged and column == 3:  # the status of a draft left behind stands out
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(index, column, item)
        if chosen is not None:
            for index, row in enumerate(rows):
                if row.id == chosen.id:
                    self.table.setCurrentCell(index, max(self.table.currentColumn(), 0))
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        wanted = _fold(text.strip())
        for index, row in enumerate(self._rows):
            haystack = _fold(f"{row.name} {row.document_number} {row.id}")
            self.table.setRowHidden(index, bool(wanted) and wanted not in haystack)
        if wanted and self._selected() is None:  # the first match, for Enter and Ctrl+Del
            self._select_first_shown()
        self._selection_changed()

    def _select_first_shown(self) -> None:
        for index in range(self.table.rowCount()):
            if not self.table.isRowHidden(index):
                self.table.setCurrentCell(index, max(self.table.currentColumn(), 0))
                return

    def _to_list(self) -> None:
        """Down in the search: the cursor to the list, on a shown row."""
        if self._selected() is None:
            self._select_first_shown()
        self.table.setFocus()

    def _selected(self) -> EnrollmentSummary | None:
        selected = self.table.currentRow()
        if 0 <= selected < len(self._rows) and not self.table.isRowHidden(selected):
            return self._rows[selected]
        return None

    def _selection_changed(self) -> None:
        row = self._selected()
        self.cancel_button.setEnabled(row is not None and row.state in (State.DRAFT,
                                                                        State.CAPTURED))

    def _resume(self) -> None:
        row = self._selected()
        if row is not None and row.state is State.DRAFT:
            self.resume_requested.emit(row.id)

    def _cancel(self) -> None:
        """Ctrl+Del or the button: cancel the selected draft (a finalized record never)."""
        row = self._selected()
        if row is not None and row.state in (State.DRAFT, State.CAPTURED):
            self.cancel_requested.emit(row.id, row.name)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh_requested.emit()
        self.search.setFocus()
