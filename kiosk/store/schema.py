"""Versioned schema migrations (sqlite-utils Migrations). Append new ones; never edit old ones."""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlite_utils import Database, Migrations

log = logging.getLogger(__name__)

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


def _m006_event_hash(previous: str | None, fields: list[Any]) -> str:
    """The audit hash as m003..m006 computed it (frozen here: m007 checks chains with it)."""
    text = json.dumps([previous or "", *fields], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def _m006_verifiable(detail: str) -> bool:
    """Whether the pre-m007 verifier rebuilt this stored detail text from a sealed packet (it
    re-encoded the key-sorted object with spaces): only then could a central service accept
    a packet holding it."""
    try:
        return json.dumps(json.loads(detail), ensure_ascii=False, sort_keys=True) == detail
    except ValueError:
        return False


@MIGRATIONS()
def m007_canonical_audit(db: Database) -> None:
    """Audit events re-encoded with the canonical JSON of :mod:`kiosk.domain.canonical`.

    Before, an event's ``detail`` was stored and hashed in insertion order with spaces, while
    the packet sent it key-sorted, so the central service could not rebuild the hash of any
    event whose keys were not already sorted (``bad_audit_chain``). For each enrollment the
    chain is first checked under the old encoding (the stored text as it was hashed); only a
    chain that holds is rewritten (detail text and hashes). One that does not (tampered,
    damaged, events from before m003 without a hash, or a detail with no canonical form) is
    left exactly as it is and listed in ``audit_chain_problems``, with a warning naming the
    enrollment: re-hashing it would bless whatever changed it.

    A sealed packet that never reached the central service and holds an event the old
    verifier could not rebuild was undeliverable; its bytes are dropped so that the next
    upload or export seals it again from the (rewritten) store. Other sealed packets are
    kept: the verifier still accepts their old-encoding chains.
    """
    # execute, not executescript: its implicit COMMIT would end the migration's transaction
    db.execute(
        """
        CREATE TABLE audit_chain_problems (
            enrollment_id TEXT PRIMARY KEY REFERENCES enrollments(id) ON DELETE CASCADE,
            found_at TEXT NOT NULL,
            found_by TEXT NOT NULL,
            seq INTEGER,
            problem TEXT NOT NULL
        )
        """
    )
    from kiosk.domain.canonical import CanonicalError, canonical_bytes, canonical_text

    ids = [r[0] for r in db.execute("SELECT DISTINCT enrollment_id FROM events ORDER BY 1")]
    now = datetime.now(UTC).isoformat()
    for enrollment_id in ids:
        rows = db.execute("SELECT seq, at, actor, event, from_state, to_state, detail, hash "
                          "FROM events WHERE enrollment_id = ? ORDER BY seq",
                          [enrollment_id]).fetchall()
        problem: tuple[int, str] | None = None
        previous = None
        for row in rows:
            if row[7] is None:
                problem = (row[0], "hash_missing")
                break
            if _m006_event_hash(previous, list(row[1:7])) != row[7]:
                problem = (row[0], "hash_mismatch")
                break
            previous = row[7]
        updates = []
        if problem is None:
            previous = None
            for row in rows:
                try:
                    text = canonical_text(json.loads(row[6]))
                    digest = hashlib.sha256(canonical_bytes(
                        [previous or "", *row[1:6], text])).hexdigest()
                except (ValueError, CanonicalError):
                    problem = (row[0], "detail_not_canonical")
                    break
                updates.append((text, digest, row[0]))
                previous = digest
        if problem is not None:
            db.execute("INSERT INTO audit_chain_problems VALUES (?, ?, ?, ?, ?)",
                       [enrollment_id, now, "m007_canonical_audit", *problem])
            log.warning("audit chain of enrollment %s does not verify (%s at event %d); left "
                        "as it was, listed in audit_chain_problems", enrollment_id,
                        problem[1], problem[0])
            continue
        db.conn.executemany("UPDATE events SET detail = ?, hash = ? WHERE seq = ?", updates)
        _m007_drop_undeliverable(db, enrollment_id, rows)


def _m007_drop_undeliverable(db: Database, enrollment_id: str, rows: list[Any]) -> None:
    packet = db.execute(
        "SELECT p.sealed_at FROM packets p WHERE p.enrollment_id = ? AND p.uploaded_at IS NULL"
        " AND p.server_status IS NULL AND EXISTS (SELECT 1 FROM outbox o WHERE "
        "o.enrollment_id = p.enrollment_id AND o.status = 'pending' AND o.action = 'upload')",
        [enrollment_id]).fetchone()
    if packet is None:
        return
    if all(_m006_verifiable(r[6]) for r in rows if _m007_not_after(r[1], packet[0])):
        return
    db.execute("DELETE FROM packet_data WHERE enrollment_id = ?", [enrollment_id])
    db.execute("DELETE FROM packets WHERE enrollment_id = ?", [enrollment_id])
    log.info("sealed packet of enrollment %s could never verify; it is sealed again at the "
             "next upload or export", enrollment_id)


def _m007_not_after(at: str, sealed_at: str) -> bool:
    """Whether an event at ``at`` can be in a packet sealed at ``sealed_at`` (True when the
    times cannot be compared)."""
    try:
        return datetime.fromisoformat(at) <= datetime.fromisoformat(sealed_at)
    except (TypeError, ValueError):
        return True
@MIGRATIONS()
def m008_receipts(db: Database) -> None:
    """Signed receipts of the central service (kiosk-receipt/1), verified before they were
    kept: the latest of each status per enrollment, its canonical JSON and signature as
    received. Purging an accepted enrollment's data needs its 'accepted' receipt."""
    db.executescript(
        """
        CREATE TABLE receipts (
            enrollment_id TEXT NOT NULL REFERENCES enrollments(id) ON DELETE CASCADE,
            status TEXT NOT NULL,
            receipt TEXT NOT NULL,
            signature TEXT NOT NULL,
            received_at TEXT NOT NULL,
            PRIMARY KEY (enrollment_id, status)
        );
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


@MIGRATIONS()
def m010_keyed_chains(db: Database) -> None:
    """Keyed chains (HMAC-SHA256, a key derived from the data key) over ``events`` and
    ``account_events``: a ``mac`` column, existing rows chained in seq order, and a trigger
    that chains each new row (:mod:`kiosk.store.chains`). The plain SHA-256 ``hash`` of
    each event stays as it is: packets carry it to the central service. An audit chain that
    m007 found broken is chained as it stands (it stays listed in ``audit_chain_problems``)."""
    from kiosk.store import chains

    for table in ("events", "account_events"):
        count = chains.build(db, table)
        log.info("chained %d %s row(s) with the keyed chain", count, table)


@MIGRATIONS()
def m011_biometrics_kind_index(db: Database) -> None:
    """An index on biometrics (enrollment_id, kind): the Today list asks whether each
    enrollment has a portrait, which read every sample row's page before (a row of a
    10-30 kB sample fills most of a page). With whole-database encryption every page read
    after a write is decrypted and authenticated again, so the list read ~1,600 pages for a
    day of 300 enrollments; the index answers from a few."""
    db.execute("CREATE INDEX biometrics_enrollment_kind ON biometrics(enrollment_id, kind)")


@MIGRATIONS()
def m012_ticket_uses(db: Database) -> None:
    """Pre-registration tickets are single use: the desk records each ticket it accepted
    (its id, office, number and issue date; never applicant data), when and at which station
    by which officer; a second scan finds the row. Rows older than a week are dropped."""
    db.executescript(
        """
        CREATE TABLE ticket_uses (
            ticket_id TEXT PRIMARY KEY,
            office TEXT NOT NULL,
            number INTEGER NOT NULL,
            issued_on TEXT NOT NULL,
            used_at TEXT NOT NULL,
            station TEXT NOT NULL,
            officer TEXT NOT NULL
        );
        CREATE INDEX ticket_uses_issued_on ON ticket_uses(issued_on);
        """
    )


def _m013_us(stamp: str) -> int:
    moment = datetime.fromisoformat(stamp)
    return (moment - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(microseconds=1)


@MIGRATIONS()
def m013_report_facts(db: Database) -> None:
    """One row of report facts per enrollment (see :mod:`kiosk.store.report_facts`), kept
    with each audit event from now on, filled here by replaying the audit trail (the backup
    of the database is taken before any migration runs). Also indexes on the requested time
    of the approvals register, which the reports read by period, and on the enrollments'
    creation time, which the Today list reads from."""
    for statement in (
        "CREATE TABLE report_facts (enrollment_id TEXT PRIMARY KEY REFERENCES enrollments(id) "
        "ON DELETE CASCADE, station TEXT NOT NULL, officer TEXT NOT NULL, started_at TEXT NOT "
        "NULL, started_us INTEGER NOT NULL, saved_at TEXT, saved_us INTEGER, left_at TEXT, "
        "left_us INTEGER, rejected_at TEXT, rejected_us INTEGER, rejected_reason TEXT, "
        "face_mode TEXT, failed_checks TEXT, blocked TEXT, nfiq2 BLOB)",
        # covering: a report reads the period's range of this index and nothing else
        "CREATE INDEX report_facts_saved ON report_facts(saved_us, started_us, left_us, "
        "station, officer, nfiq2, blocked, failed_checks) WHERE saved_us IS NOT NULL",
        "CREATE INDEX report_facts_queue ON report_facts(left_us, saved_us, station) "
        "WHERE saved_us IS NOT NULL",
        "CREATE INDEX report_facts_rejected ON report_facts(rejected_us) "
        "WHERE rejected_us IS NOT NULL",
        "CREATE INDEX approvals_requested ON approvals(requested_at)",
        "CREATE INDEX enrollments_created ON enrollments(created_at)",  # the Today list
    ):
        db.execute(statement)  # execute, not executescript: no implicit COMMIT
    facts: dict[str, dict[str, Any]] = {}
    for e_id, station, officer, created_at in db.execute(
            "SELECT id, station_id, officer_id, created_at FROM enrollments"):
        facts[e_id] = {"enrollment_id": e_id, "station": station, "officer": officer,
                       "started_at": created_at, "started_us": _m013_us(created_at)}
    for e_id, at, event, to_state, detail in db.execute(
            "SELECT enrollment_id, at, event, to_state, detail FROM events WHERE event IN "
            "('state_changed', 'face_captured', 'fingerprints_reviewed') ORDER BY seq"):
        row = facts.get(e_id)
        if row is None:
            continue
        _m013_apply(row, at, event, to_state, json.loads(detail))
    names = ["enrollment_id", "station", "officer", "started_at", "started_us", "saved_at",
             "saved_us", "left_at", "left_us", "rejected_at", "rejected_us", "rejected_reason",
             "face_mode", "failed_checks", "blocked", "nfiq2"]
    db.conn.executemany(
        f"INSERT INTO report_facts ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        [[row.get(n) for n in names] for row in facts.values()])


def _m013_apply(row: dict[str, Any], at: str, event: str, to_state: str | None,
                detail: dict[str, Any]) -> None:
    """One audit event's effect on an enrollment's facts (frozen copy of report_facts)."""
    if event == "state_changed" and to_state == "finalized" and row.get("saved_us") is None:
        row.update(saved_at=at, saved_us=_m013_us(at))
    elif (event == "state_changed" and to_state in ("uploaded", "cancelled")
          and row.get("saved_us") is not None and row.get("left_us") is None):
        row.update(left_at=at, left_us=_m013_us(at))
    elif event == "state_changed" and to_state == "rejected":
        row.update(rejected_at=at, rejected_us=_m013_us(at),
                   rejected_reason=detail.get("reason") or "")
    elif event == "face_captured":
        blocked = json.loads(row.get("blocked") or "{}")
        for name, counts in ((detail.get("blocked") or {}).get("checks") or {}).items():
            entry = blocked.setdefault(name, {"frames": 0, "seconds": 0.0})
            entry["frames"] += int(counts.get("frames", 0))
            entry["seconds"] = round(entry["seconds"] + float(counts.get("seconds", 0)), 2)
        row.update(face_mode=detail.get("mode", ""), blocked=json.dumps(blocked, sort_keys=True),
                   failed_checks=json.dumps(list(detail.get("failed_checks", []))))
    elif event == "fingerprints_reviewed":
        scores = detail.get("nfiq2", {})
        row["nfiq2"] = bytes(255 if scores.get(str(c)) is None else int(scores[str(c)])
                             for c in range(1, 11))


@MIGRATIONS()
def m014_ticket_uses_shared(db: Database) -> None:
    """Ticket uses are shared with the office's other desks through the central service:
    when the central confirmed a use (``reported_at``) and what it said of it
    (``central_status``: first, same or duplicate, with the first use's station and time);
    a use not yet reported is sent at the next sync."""
    for statement in (
        "ALTER TABLE ticket_uses ADD COLUMN reported_at TEXT",
        "ALTER TABLE ticket_uses ADD COLUMN central_status TEXT",
        "ALTER TABLE ticket_uses ADD COLUMN first_station TEXT",
        "ALTER TABLE ticket_uses ADD COLUMN first_used_at TEXT",
        "CREATE INDEX ticket_uses_unreported ON ticket_uses(used_at) WHERE reported_at IS NULL",
    ):
        db.execute(statement)


@MIGRATIONS()
def m015_face_index(db: Database) -> None:
    """The Today list's "has a portrait" test reads one small entry per enrollment (a partial
    index of the faces) instead of a range of m011's index holding every finger too: about a
    third of the pages the list reads after a write, each of which SQLCipher must decrypt
    and authenticate again."""
    db.execute("CREATE INDEX biometrics_face ON biometrics(enrollment_id) WHERE kind = 'face'")


@MIGRATIONS()
def m016_report_days(db: Database) -> None:
    """Per-day report totals (see :mod:`kiosk.store.report_days`): one row per local day,
    shift and desk, kept with each event from now on. m017 replaced the table by one in
    parts and fills it (for the default station time zone and shifts; the first report in
    other ones rebuilds it); rows of this first shape are never written any more. The backup
    of the database is taken before any migration runs."""
    for statement in (
        "CREATE TABLE report_days (day INTEGER NOT NULL, shift TEXT NOT NULL, station TEXT "
        "NOT NULL, saved INTEGER NOT NULL, officers TEXT NOT NULL, spans BLOB NOT NULL, "
        "nfiq BLOB NOT NULL, face BLOB NOT NULL, queue BLOB NOT NULL, open_us INTEGER NOT "
        "NULL, PRIMARY KEY (day, shift, station)) WITHOUT ROWID",
        "CREATE INDEX report_days_open ON report_days(open_us, day)",
        "CREATE TABLE report_checks (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
        # the period's rejections without reading the wide facts rows
        "CREATE INDEX report_facts_rejections ON report_facts(rejected_us, enrollment_id, "
        "station, rejected_at, rejected_reason) WHERE rejected_us IS NOT NULL",
    ):
        db.execute(statement)  # execute, not executescript: no implicit COMMIT


@MIGRATIONS()
def m017_report_days_parts(db: Database) -> None:
    """The per-day totals in parts of at most :data:`~kiosk.store.report_days.PART_SIZE`
    enrollments (see :mod:`kiosk.store.report_days`): a save appends to a bounded row instead
    of rewriting its whole day's, which grew with every save. Filled again from
    ``report_facts`` for the zone and shifts m016 recorded (or the default ones)."""
    from kiosk.store import report_days

    setup = report_days.config(db)
    db.execute("DROP TABLE report_days")  # and its index
    for statement in report_days.TABLE_SQL:
        db.execute(statement)
    report_days.rebuild(db, setup)


@MIGRATIONS()
def m018_fewer_pages_per_save(db: Database) -> None:
    """Fewer pages written per save (each is encrypted, authenticated and written to the
    WAL with the save): the report facts and per-day totals are folded from the audit events
    just after the transaction that wrote them (:func:`kiosk.store.report_facts.fold`), no
    longer inside it, from a watermark (``meta`` key ``report_facts_seq``, the last event
    folded) that starts at the last event, which every earlier version folded in its own
    transaction; the index ``biometrics_enrollment`` is dropped (``biometrics_enrollment_kind``
    starts with the same column and serves every query and foreign-key check it served); and
    ``meta`` becomes a WITHOUT ROWID table (one b-tree instead of a table and its key index:
    the audit chain's head, rewritten with every event, is one page instead of two). And the
    approvals register keeps the desk (``station``) of each item, so a report over a long
    period reads its items without looking up every enrollment. The backup of the database
    is taken before any migration runs."""
    from kiosk.store import chains

    db.execute("INSERT OR REPLACE INTO meta (key, value) SELECT 'report_facts_seq', "
               "CAST(coalesce(max(seq), 0) AS TEXT) FROM events")
    db.execute("DROP INDEX biometrics_enrollment")
    db.execute("ALTER TABLE approvals ADD COLUMN station TEXT")
    db.execute("UPDATE approvals SET station = (SELECT station_id FROM enrollments WHERE "
               "enrollments.id = approvals.enrollment_id)")
    triggers = [name for (name,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name IN "
        "('events_chain', 'account_events_chain')")]
    for name in triggers:  # they name meta: dropped while it is replaced
        db.execute(f"DROP TRIGGER {name}")
    for statement in (
        "CREATE TABLE meta_m018 (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
        "INSERT INTO meta_m018 (key, value) SELECT key, value FROM meta",
        "DROP TABLE meta",
        "ALTER TABLE meta_m018 RENAME TO meta",
    ):
        db.execute(statement)
    for name in triggers:
        db.execute(chains.trigger_sql(name.removesuffix("_chain")))


@MIGRATIONS()
def m019_biometrics_one_index(db: Database) -> None:
    """The biometrics table rebuilt with one index on the enrollment where it had two
    indexes and a key index, so a save writes one index page less for its samples (each page
    is encrypted, authenticated and written to the WAL with the save): the sample id is no
    longer the table's key (its own b-tree, used only to read one payload), and the unique
    ``biometrics_enrollment_sample`` (enrollment_id, id) serves what the sample-id key and
    ``biometrics_enrollment_kind`` served: the foreign key, an enrollment's samples, one
    sample by its id (unique within its enrollment). ``biometrics_face`` stays (the Today
    list). The payload becomes the last column, so reading a sample's other columns no
    longer walks its payload's overflow pages. Every row is copied as it was; the backup of
    the database is taken before any migration runs."""
    columns = "enrollment_id, kind, position, id, format, quality, meta, created_at, payload"
    for statement in (
        "CREATE TABLE biometrics_m019 (enrollment_id TEXT NOT NULL REFERENCES enrollments(id)"
        " ON DELETE CASCADE, kind TEXT NOT NULL, position TEXT NOT NULL DEFAULT '', id TEXT "
        "NOT NULL, format TEXT NOT NULL, quality REAL, meta TEXT NOT NULL DEFAULT '{}', "
        "created_at TEXT NOT NULL, payload BLOB NOT NULL)",
        f"INSERT INTO biometrics_m019 ({columns}) SELECT {columns} FROM biometrics "
        "ORDER BY rowid",
        "DROP TABLE biometrics",  # and its indexes
        "ALTER TABLE biometrics_m019 RENAME TO biometrics",
        "CREATE UNIQUE INDEX biometrics_enrollment_sample ON biometrics(enrollment_id, id)",
        "CREATE INDEX biometrics_face ON biometrics(enrollment_id) WHERE kind = 'face'",
    ):
        db.execute(statement)  # execute, not executescript: no implicit COMMIT


@MIGRATIONS()
def m020_report_months(db: Database) -> None:
    """Per-month report totals (see :mod:`kiosk.store.report_months`): the per-day rows of
    each local calendar month, shift and desk rolled up into one row, so a long period reads
    its full months from here and only its edge days from ``report_days``. Filled here for
    every month the per-day rows cover (in their zone and shifts); the backup of the
    database is taken before any migration runs."""
    from kiosk.store import report_months

    for statement in report_months.TABLE_SQL:
        db.execute(statement)  # execute, not executescript: no implicit COMMIT
    report_months.fill(db)
