"""The today list: each state and its sync column read as the officer expects."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.domain.enrollment import State
from ui.desk.rejection_reasons import reason_text
from ui.screens.today import TodayScreen
from ui.showcase import demo_data as demo


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


def test_ctrl_n_starts_a_new_enrollment_from_the_focused_list(qtbot) -> None:
    """A real key press to the focused widget of a shown window (a QShortcut given the signal
    itself once raised 'native Qt signal instance is not callable' and did nothing)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    screen = TodayScreen()
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.table.setFocus()
    qtbot.waitUntil(screen.table.hasFocus)
    with qtbot.waitSignal(screen.new_requested, timeout=2000):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_N,
                       Qt.KeyboardModifier.ControlModifier)


def test_ctrl_n_on_review_goes_to_the_next_applicant_only_after_saving(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ui.screens.review import ReviewScreen

    screen = ReviewScreen()
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    with qtbot.assertNotEmitted(screen.next_requested):
        QTest.keyClick(QApplication.focusWidget() or screen, Qt.Key.Key_N,
                       Qt.KeyboardModifier.ControlModifier)
    screen.show_saved("01JTEST")
    qtbot.waitUntil(screen.next_button.hasFocus)
    with qtbot.waitSignal(screen.next_requested, timeout=2000):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_N,
                       Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize("language", ["vi", "en"], indirect=True)
def test_review_shows_every_applicant_field_with_padded_dates(language, qtbot) -> None:
    """Sex, card kind, e-mail and preferred language were left out; Vietnamese dates were
    unpadded (21/5/1990) where the form shows 21/05/1990."""
    from datetime import date

    from deskhelp import applicant, face, fingers

    from ui.screens.review import ReviewScreen

    screen = ReviewScreen()
    qtbot.addWidget(screen)
    person = applicant(date_of_birth=date(1990, 5, 1), email="min.jun@example.kr")
    screen.show_enrollment(person, face(), fingers())
    texts = [screen.details.itemAt(i, screen.details.ItemRole.FieldRole).widget().text()
             for i in range(screen.details.rowCount())]
    shown = "\n".join(texts)
    assert screen.tr("Male (M)") in texts or screen.tr("Female (F)") in texts
    assert screen.tr("Temporary residence card") in shown
    assert "min.jun@example.kr" in texts
    assert any(t in texts for t in ("한국어", "Tiếng Việt", "English", "日本語"))
    if language == "vi":
        assert "01/05/1990" in texts


@pytest.mark.parametrize("language", ["en", "vi"], indirect=True)
def test_review_says_why_a_forced_photo_was_kept_in_sentences(language, qtbot) -> None:
    """The note read "FORCED: medical condition Approved by sup.lan.": a shouted code word and
    two sentences run together."""
    from ui.screens.review import ReviewScreen

    screen = ReviewScreen()
    qtbot.addWidget(screen)
    screen.show_enrollment(demo.applicant(language), demo.face_result(forced=True),
                           demo.fingerprints())
    note = screen.face_note.text()
    kept = screen.tr("Kept although a check failed. Reason: %1.").replace(
        "%1", "medical condition")
    assert note == kept + " " + screen.tr("Approved by %1.").replace("%1", "sup.lan")
    assert "FORCED" not in note and ".." not in note
