"""Versioned schema migrations (sqlite-utils Migrations). Append new ones; never edit old ones."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

MIGRATIONS = Migrations("kiosk")


@MIGRATIONS()
def m001_initial(db: Database) -> None:
    """Enrollments, encrypted biometrics, the audit trail and the sync outbox."""
    db.executescript(
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE enrollments (
            id TEXT PRIMARY KEY,
            station_id TEXT NOT NULL,
            officer_id TEXT NOT NULL,
            state TEXT NOT NULL,
            reason TEXT,
            applicant TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX enrollments_state ON enrollments(state, updated_at);
        CREATE TABLE biometrics (
            id TEXT PRIMARY KEY,
            enrollment_id TEXT NOT NULL REFERENCES enrollments(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            position TEXT NOT NULL DEFAULT '',
            format TEXT NOT NULL,
            quality REAL,
            meta TEXT NOT NULL DEFAULT '{}',
            payload BLOB NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX biometrics_enrollment ON biometrics(enrollment_id);
        CREATE TABLE events (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            enrollment_id TEXT NOT NULL REFERENCES enrollments(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            event TEXT NOT NULL,
            from_state TEXT,
            to_state TEXT,
            detail TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX events_enrollment ON events(enrollment_id, seq);
        CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            enrollment_id TEXT NOT NULL REFERENCES enrollments(id) ON DELETE CASCADE,
            action TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',
            created_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT,
            last_error TEXT
        );
        CREATE INDEX outbox_pending ON outbox(status, seq);
        """
    )


@MIGRATIONS()
def m002_accounts(db: Database) -> None:
    """Local officer accounts and their sign-in audit trail."""
    db.executescript(
        """
        CREATE TABLE officers (
            username TEXT PRIMARY KEY,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            created_at TEXT NOT NULL,
            created_by TEXT,
            password_changed_at TEXT NOT NULL
        );
        CREATE TABLE account_events (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            username TEXT NOT NULL,
            event TEXT NOT NULL,
            actor TEXT
        );
        """
    )


@MIGRATIONS()
def m003_sync(db: Database) -> None:
    """Hash-chained audit events, sealed packets and their central-service receipts."""
    db.executescript(
        """
        ALTER TABLE events ADD COLUMN hash TEXT;
        CREATE TABLE packets (
            enrollment_id TEXT PRIMARY KEY REFERENCES enrollments(id) ON DELETE CASCADE,
            sha256 TEXT NOT NULL,
            sealed BLOB,
            size INTEGER NOT NULL,
            sealed_at TEXT NOT NULL,
            uploaded_at TEXT,
            server_status TEXT,
            server_reason TEXT,
            accepted_at TEXT,
            purged_at TEXT
        );
        """
    )


@MIGRATIONS()
def m004_ticket_numbers(db: Database) -> None:
    """The guidance station's daily queue-number counter (one row per local day)."""
    db.executescript(
        """
        CREATE TABLE ticket_numbers (
            day TEXT PRIMARY KEY,
            last INTEGER NOT NULL
        );
        """
    )


@MIGRATIONS()
def m005_approvals(db: Database) -> None:
    """The register of forced captures and finger exceptions and their supervisor sign-off.

    ``status``: approved (signed at the desk or later), pending (deferred: finalize is refused
    until a supervisor decides), rejected, not_required (the station needs no sign-off),
    withdrawn (the capture was taken again). Rows stay when biometric payloads are purged.
    """
    db.executescript(
        """
        CREATE TABLE approvals (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            enrollment_id TEXT NOT NULL REFERENCES enrollments(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            exception_kind TEXT,
            reason TEXT NOT NULL,
            requested_by TEXT NOT NULL,
            requested_at TEXT NOT NULL,
            status TEXT NOT NULL,
            decided_by TEXT,
            decided_at TEXT,
            comment TEXT
        );
        CREATE INDEX approvals_enrollment ON approvals(enrollment_id, status);
        CREATE INDEX approvals_status ON approvals(status, requested_at);
        """
    )


@MIGRATIONS()
def m006_packet_data(db: Database) -> None:
    """Sealed packet bytes in a table of their own, and outbox rows indexed by enrollment.

    SQLite rewrites a whole row on any update, so each receipt written to ``packets`` (the
    upload time, the central decision) copied the packet's 100 kB blob again: the upload
    bookkeeping cost twice what it needed to.
    """
    db.executescript(
        """
        CREATE TABLE packet_data (
            enrollment_id TEXT PRIMARY KEY REFERENCES packets(enrollment_id) ON DELETE CASCADE,
            sealed BLOB NOT NULL
        );
        INSERT INTO packet_data (enrollment_id, sealed)
            SELECT enrollment_id, sealed FROM packets WHERE sealed IS NOT NULL;
        ALTER TABLE packets DROP COLUMN sealed;
        CREATE INDEX outbox_enrollment ON outbox(enrollment_id);
        """
    )


@MIGRATIONS()
def m009_account_care(db: Database) -> None:
    """Supervisors' account care: a reset password must be changed at the next sign-in, and
    each account event may say what changed (a role change: ``{"from": ..., "to": ...}``)."""
    db.executescript(
        """
        ALTER TABLE officers ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE account_events ADD COLUMN detail TEXT;
        CREATE INDEX account_events_username ON account_events(username, seq);
        """
    )
