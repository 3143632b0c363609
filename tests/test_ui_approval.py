"""Supervisor sign-off: a reason is required; only a supervisor's own password approves."""

from __future__ import annotations

from pathlib import Path

import pytest
from argon2 import PasswordHasher
from uihelp import type_text

from kiosk.accounts.roles import Role
from kiosk.accounts.service import Accounts
from kiosk.store.approvals import OwnRequest
from kiosk.store.store import Store
from ui.common import ops
from ui.common.messages import describe
from ui.dialogs.approval import ApprovalDialog

pytestmark = pytest.mark.gui
PASSWORD = "giám sát viên 2026"


@pytest.fixture
def accounts(tmp_path: Path):
    ops.run_synchronously(True)
    with Store.open(tmp_path / "data", key_backend="file") as store:
        accounts = Accounts(store, hasher=PasswordHasher(time_cost=1, memory_cost=1024,
                                                         parallelism=1))
        accounts.create_first("sup.lan", "Lan", Role.SUPERVISOR, PASSWORD)
        supervisor = accounts.authenticate("sup.lan", PASSWORD)
        accounts.create(supervisor, "off.an", "An", Role.OFFICER, "officer password 1")
        yield accounts
    ops.run_synchronously(False)


def _dialog(qtbot, accounts, needs_supervisor=True) -> ApprovalDialog:
    dialog = ApprovalDialog(accounts, "Force the photo", "off.an", needs_supervisor)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_reason_is_required(qtbot, accounts, screenshot) -> None:
    dialog = _dialog(qtbot, accounts)
    dialog._submit()
    assert dialog.error.isVisible() and dialog.approval is None
    screenshot(dialog, "approval_dialog")


def test_officer_cannot_approve_and_wrong_password_is_refused(qtbot, accounts) -> None:
    dialog = _dialog(qtbot, accounts)
    type_text(dialog.reason, "Applicant has a medical eye condition")
    type_text(dialog.username, "off.an")
    type_text(dialog.password, "officer password 1")
    dialog._submit()
    assert dialog.approval is None and dialog.error.isVisible()
    type_text(dialog.username, "")
    dialog.username.setText("sup.lan")
    type_text(dialog.password, "wrong")
    dialog._submit()
    assert dialog.approval is None


def test_supervisor_approves_with_the_reason(qtbot, accounts) -> None:
    dialog = _dialog(qtbot, accounts)
    dialog.reason.setPlainText("Bandaged  finger,\nrecent injury")
    dialog.username.setText("sup.lan")
    type_text(dialog.password, PASSWORD)
    dialog._submit()
    assert dialog.approval is not None
    assert (dialog.approval.supervisor, dialog.approval.reason) == (
        "sup.lan", "Bandaged finger, recent injury")


def test_without_supervisor_the_officer_records_the_reason(qtbot, accounts) -> None:
    dialog = _dialog(qtbot, accounts, needs_supervisor=False)
    type_text(dialog.reason, "Glare from a medical lens")
    dialog._submit()
    assert dialog.approval.supervisor == "off.an"


def test_four_eyes_the_requester_cannot_sign_their_own_forced_capture(qtbot, accounts) -> None:
    dialog = ApprovalDialog(accounts, "Force the photo", "sup.lan", True)  # a supervisor enrolls
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.reason, "Applicant has a medical eye condition")
    dialog.username.setText("sup.lan")
    type_text(dialog.password, PASSWORD)
    dialog._submit()
    assert dialog.approval is None and dialog.error.isVisible()
    assert dialog.error.text.text() == describe(OwnRequest("x"))[0]
    assert "another supervisor" in dialog.error.text.text()
