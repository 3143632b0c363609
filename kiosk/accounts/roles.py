"""Roles and what each may do. Technicians set stations up but never see applicant data."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    TECHNICIAN = "technician"


class Permission(enum.StrEnum):
    ENROLL = "enroll"
    VIEW_APPLICANT_DATA = "view_applicant_data"
    APPROVE_EXCEPTIONS = "approve_exceptions"
    VIEW_REPORTS = "view_reports"
    MANAGE_ACCOUNTS = "manage_accounts"
    CONFIGURE_DEVICES = "configure_devices"
    CONFIGURE_STATION = "configure_station"
    # data leaving the station (export), the central service it goes to, station keys
    MOVE_DATA = "move_data"


PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OFFICER: frozenset({Permission.ENROLL, Permission.VIEW_APPLICANT_DATA}),
    Role.SUPERVISOR: frozenset({
        Permission.ENROLL, Permission.VIEW_APPLICANT_DATA, Permission.APPROVE_EXCEPTIONS,
        Permission.VIEW_REPORTS, Permission.MANAGE_ACCOUNTS, Permission.MOVE_DATA}),
    Role.TECHNICIAN: frozenset({Permission.CONFIGURE_DEVICES, Permission.CONFIGURE_STATION}),
}

# Roles the first account may have: someone who can then create the others or set up devices.
FIRST_ACCOUNT_ROLES = (Role.SUPERVISOR, Role.TECHNICIAN)


def allows(role: Role, permission: Permission) -> bool:
    """Whether ``role`` carries ``permission``."""
    return permission in PERMISSIONS[role]
