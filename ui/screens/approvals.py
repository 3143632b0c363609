"""Pending approvals: forced captures and finger exceptions an officer deferred to a
supervisor. Select one, then Approve or Reject (comment and password in the dialog)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.accounts.service import Accounts
from kiosk.desk.approvals import pending
from kiosk.store.approvals import ApprovalRow
from kiosk.store.store import Store
from ui.common import style
from ui.common.languages import day_month_text, time_text
from ui.common.ops import Op
from ui.common.widgets import ErrorBanner, record_table
from ui.dialogs.decision import DecisionDialog
from ui.screens.report_labels import cell_text


class ApprovalsPanel(QWidget):
    """Emits ``changed`` after a decision (the report's figures change too)."""

    changed = Signal()

    def __init__(self, store: Store, accounts: Accounts, zone: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._accounts, self._zone = store, accounts, ZoneInfo(zone)
        self.supervisor = ""
        self.rows: list[ApprovalRow] = []
        self.table = record_table([
            self.tr("Requested"), self.tr("Desk"), self.tr("Officer"), self.tr("What"),
            self.tr("Fingers"), self.tr("Reason"), self.tr("Enrollment number")], 5)
        self.table.doubleClicked.connect(lambda _index: self.decide_selected())
        self.empty = QLabel(self.tr("Nothing waits for a supervisor."))
        self.error = ErrorBanner()
        self.decide_button = QPushButton(self.tr("&Decide…"))
        style.primary(self.decide_button)
        self.decide_button.clicked.connect(self.decide_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty)
        buttons.addStretch(1)
        buttons.addWidget(self.decide_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        store = self._store
        Op(lambda: pending(store)).success(self.show_rows).failure(self.error.show_error).run(
            self)

    def show_rows(self, rows: list[ApprovalRow]) -> None:
        self.rows = rows
        self.error.hide()
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            asked = row.requested_at.astimezone(self._zone)
            cells = [f"{day_month_text(asked)} {time_text(asked)}",
                     row.station_id, row.requested_by, cell_text("kind", row.kind),
                     cell_text("fingers", row.subject), row.reason, row.enrollment_id]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(index, column, item)
        if rows:
            self.table.selectRow(0)
        self.empty.setVisible(not rows)
        self.decide_button.setEnabled(bool(rows))

    def dialog_for(self, row: ApprovalRow) -> DecisionDialog:
        what = self.tr("%1 by %2: %3").replace("%1", cell_text("kind", row.kind)).replace(
            "%2", row.requested_by).replace("%3", row.reason)
        if row.subject:
            what += f" ({cell_text('fingers', row.subject)})"
        return DecisionDialog(self._store, self._accounts, row, what, self.supervisor, self)

    def decide_selected(self) -> None:
        index = self.table.currentRow()
        if not 0 <= index < len(self.rows):
            return
        dialog = self.dialog_for(self.rows[index])
        if dialog.exec() == DecisionDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()
