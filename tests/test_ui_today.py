"""The today list: each state and its sync column read as the officer expects."""

from __future__ import annotations

from dataclasses import replace

from kiosk.domain.enrollment import State
from ui import demo
from ui.rejection_reasons import reason_text
from ui.screens.today import TodayScreen


def test_a_rejected_upload_is_not_shown_as_synced(qtbot) -> None:
    screen = TodayScreen()
    qtbot.addWidget(screen)
    rows = {row.state: row for row in demo.today_rows()}
    rejected = replace(rows[State.REJECTED], reason="missing_portrait", outbox_status="done")
    assert screen.sync_name(rejected) == "–"
    assert screen.state_name(rejected).endswith(reason_text("missing_portrait"))
    unknown = replace(rejected, reason="some_new_reason")   # never the raw key
    assert screen.state_name(unknown).endswith(reason_text(None))
    accepted = replace(rows[State.ACCEPTED], outbox_status="done")
    assert screen.sync_name(accepted) == screen.tr("done")
    waiting = replace(rows[State.FINALIZED], outbox_status="pending")
    assert screen.sync_name(waiting) == screen.tr("waiting")
