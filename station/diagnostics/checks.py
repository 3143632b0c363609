"""Station health checks for ``kiosk doctor``: one result per check, none of them writes."""

from __future__ import annotations

import os
import platform
import sys
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlite_utils import Database

from kiosk.domain.errors import KioskError
from kiosk.options import Settings, data_dir_from, load_settings
from kiosk.store import chains, database, keys
from kiosk.store.crypto import key_check
from kiosk.store.schema import MIGRATIONS


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check; ``ok`` False makes ``kiosk doctor`` exit non-zero."""

    name: str
    ok: bool
    detail: str

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


Check = Callable[[Settings], Iterable[CheckResult]]


_PIN_READ_ERRORS: tuple[type[Exception], ...] = (*database.DB_ERRORS, ValueError)


def check_python(settings: Settings) -> Iterable[CheckResult]:
    version = platform.python_version()
    yield CheckResult("python", sys.version_info[:2] == (3, 11),
                      f"Python {version} at {sys.executable}")


def check_data_dir(settings: Settings) -> Iterable[CheckResult]:
    folder = data_dir_from(settings)
    if not folder.exists():
        parent = next((p for p in folder.parents if p.exists()), Path("/"))
        ok = os.access(parent, os.W_OK)
        yield CheckResult("data folder", ok, f"{folder} (created at first start)" if ok else
                          f"{folder} does not exist and {parent} is not writable")
        return
    try:
        database.ensure_writable_dir(folder)
    except KioskError as exc:
        yield CheckResult("data folder", False, str(exc))
        return
    yield CheckResult("data folder", True, f"{folder} is writable")


def open_station_db(settings: Settings) -> tuple[Database | None, bytes | None]:
    """A read-only connection to the station's database through the one connection function,
    keyed from the configured key provider (never creating a key), and that key; (None, ..)
    when there is no database or it cannot be opened (``check_database_and_key`` says why)."""
    folder = data_dir_from(settings)
    path = folder / database.DB_FILE_NAME
    if not database.has_data(path):
        return None, None
    try:
        key = None
        if not database.is_plaintext(path):
            key, _ = keys.load_key(folder, keys.choose_backend(settings["storage.key_backend"],
                                                                 folder))
            if key is None:
                return None, None
        return database.connect(path, key, settings["storage.busy_timeout_ms"],
                                read_only=True), key
    except KioskError:
        return None, None


def check_chains(settings: Settings) -> Iterable[CheckResult]:
    """The keyed chains of the audit trail and of the sign-in records: the first link that
    does not verify, by table and seq (read only)."""
    db, key = open_station_db(settings)
    if db is None or key is None:
        return  # no database yet, or check_database_and_key names the problem
    try:
        tables = set(db.table_names())
        for check, table, what in (("audit chain", "events", "audit events"),
                                   ("account chain", "account_events", "account events")):
            if table not in tables or "mac" not in {c.name for c in db[table].columns}:
                continue  # keyed at the next start (m010)
            broken = chains.first_broken(db, table, key)
            count = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            yield CheckResult(check, broken is None,
                              f"{count} {what}, keyed chain verifies" if broken is None
                              else f"first broken link: {broken}")
    except database.DAMAGE_ERRORS as exc:
        yield CheckResult("audit chain", False, f"the chains could not be read: {exc}")
    finally:
        db.close()


def check_database_and_key(settings: Settings) -> Iterable[CheckResult]:
    folder = data_dir_from(settings)
    path = folder / database.DB_FILE_NAME
    backend = keys.choose_backend(settings["storage.key_backend"], folder)
    try:
        key, where = _load_key(folder, backend)
    except KioskError as exc:
        yield CheckResult("data key", False, str(exc))
        return
    if not database.has_data(path):
        yield CheckResult("database", True, f"{path} not created yet (created at first start)")
        yield CheckResult("data key", True, f"{where} (created at first start)" if key is None
                          else f"present in {where} (no database yet)")
        return
    plaintext = database.is_plaintext(path)
    try:
        database.check_shape(path)
    except KioskError as exc:
        yield CheckResult("database", False, str(exc))
        return
    if key is None and not plaintext:
        yield CheckResult("data key", False, f"missing from {where}: the database {path} is "
                          "encrypted with it and cannot be read; restore the key")
        return
    try:
        db = database.connect(path, None if plaintext else key,
                              settings["storage.busy_timeout_ms"], read_only=True)
    except KioskError as exc:
        yield CheckResult("database", False, str(exc))
        return
    try:
        problems = database.integrity_problems(db, quick=plaintext)
        pending = [m.name for m in MIGRATIONS.pending(db)]
        count = db.execute("SELECT count(*) FROM enrollments").fetchone()[0] \
            if db["enrollments"].exists() else 0
        if problems:
            yield CheckResult("database", False, f"{path} failed the integrity check: "
                              + "; ".join(problems[:5]))
        else:
            note = f", {len(pending)} migration(s) to apply at next start" if pending else ""
            yield CheckResult("database", True, f"{path} intact, {count} enrollment(s){note}")
        stored = (db.execute("SELECT value FROM meta WHERE key = 'key_check'").fetchone()
                  if db["meta"].exists() else None)
    except database.DAMAGE_ERRORS as exc:
        yield CheckResult("database", False, f"{path}: {exc}")
        return
    finally:
        db.close()
    yield CheckResult("encryption", not plaintext, "SQLCipher 4 (AES-256, HMAC-SHA512 pages), "
                      "keyed from the data key" if not plaintext else f"{path} is plaintext: "
                      "the kiosk encrypts it at its next start")
    if stored is None:
        yield CheckResult("data key", True, f"{where} (bound at next start)")
    elif key is None:
        yield CheckResult("data key", False, f"missing from {where}: the encrypted biometric "
                          "data cannot be read; restore the key")
    elif key_check(key) != stored[0]:
        yield CheckResult("data key", False, f"the key in {where} does not match the database")
    else:
        yield CheckResult("data key", True, f"present in {where} and matches the database")


def _load_key(folder: Path, backend: str) -> tuple[bytes | None, str]:
    key, location = keys.load_key(folder, backend)
    return key, f"{location.backend} {location.where}"


def check_sync_records(settings: Settings) -> Iterable[CheckResult]:
    """The station key against the packets it sealed, and audit chains m007 could not verify
    (read only: the key is never made here)."""
    from kiosk.sync import keys as sync_keys

    folder = data_dir_from(settings)
    path = sync_keys.station_key_path(folder)
    recorded, waiting, broken, pin = None, 0, [], None
    db_path = folder / database.DB_FILE_NAME
    if db_path.exists():
        db, _ = open_station_db(settings)
        if db is None:
            return  # check_database_and_key names the problem
        try:
            tables = set(db.table_names())
            if "meta" in tables:
                row = db.execute("SELECT value FROM meta WHERE key = 'station_public_key'"
                                 ).fetchone()
                recorded = row[0] if row else None
                row = db.execute("SELECT value FROM meta WHERE key = 'central_pin'").fetchone()
                pin = row[0] if row else None
            if {"packets", "packet_data"} <= tables:
                waiting = db.execute("SELECT count(*) FROM packets p JOIN packet_data d USING "
                                     "(enrollment_id) WHERE p.server_status IS NULL"
                                     ).fetchone()[0]
            if "audit_chain_problems" in tables:
                broken = [r[0] for r in db.execute(
                    "SELECT enrollment_id FROM audit_chain_problems ORDER BY 1")]
        except database.DAMAGE_ERRORS:
            return
        finally:
            db.close()
    try:
        key = sync_keys.read_station_key(path)
    except KioskError as exc:
        yield CheckResult("station key", False, str(exc))
        key = None
    else:
        if key is None and not (recorded and waiting):
            yield CheckResult("station key", True, f"{path} (created at first use)")
        elif key is None or (recorded and waiting and sync_keys.public_b64(key) != recorded):
            what = "is missing" if key is None else "is not the key that sealed them"
            yield CheckResult("station key", False, f"{waiting} sealed packets wait but {path} "
                              f"{what}; restore it or run '{sync_keys.REKEY_COMMAND}'")
        else:
            yield CheckResult("station key", True, f"present in {path}")
    yield from _check_central_pin(settings, pin)
    if broken:
        yield CheckResult("audit chains", False, f"{len(broken)} enrollment(s) whose audit "
                          "chain does not verify (table audit_chain_problems): "
                          + ", ".join(broken[:5]) + (" …" if len(broken) > 5 else ""))



def _check_central_pin(settings: Settings, pin_json: str | None) -> Iterable[CheckResult]:
    """The central service in force against the one a supervisor confirmed (meta.central_pin)."""
    import json

    from kiosk.sync import pinning

    values = pinning.identity(settings)
    if not (values["sync.url"] or values["sync.central_public_key"]) or pin_json is None:
        return
    pinned = json.loads(pin_json)
    changed = [key for key in pinning.PINNED if pinned.get(key, "") != values[key]]
    if changed:
        yield CheckResult("central pin", False, ", ".join(changed) + " differ from what a "
                          "supervisor confirmed: nothing is sealed or sent; run 'kiosk sync "
                          "confirm-central'")
    else:
        yield CheckResult("central pin", True, "the central service is the confirmed one "
                          f"(packet key {values['sync.central_public_key'] or '-'})")


def check_sync(settings: Settings) -> Iterable[CheckResult]:
    """The central service's address (https, or http to loopback) and the two keys a
    configured station pins: the one packets are sealed to, the one receipts verify with."""
    from kiosk.sync import keys, receipt
    from kiosk.sync.endpoint import url_problem

    url = settings["sync.url"]
    if not settings["sync.enabled"] or not url:
        detail = ("off (sync.enabled = false)" if not settings["sync.enabled"] else
                  "no sync.url: packets wait here or leave by 'kiosk sync export'")
        yield CheckResult("central service", True, detail)
        return
    from station.diagnostics.bundle import redact  # (no user:password@ in a report)

    problem = url_problem(url)
    shown = redact("sync.url", url)
    yield CheckResult("central service", problem is None,
                      f"sync.url: {problem}" if problem
                      else f"sync.url {shown}")
    for name, key, parse, what in (
            ("central packet key", "sync.central_public_key", keys.central_public, "X25519"),
            ("central receipt key", "sync.central_signing_key", receipt.public_key,
             "Ed25519")):
        text = settings[key]
        if not text.strip():
            yield CheckResult(name, False, f"{key} is empty: the central service's "
                              f"{what} public key is needed ('kiosk-central' prints it)")
            continue
        try:
            parse(text)
        except KioskError as exc:
            yield CheckResult(name, False, str(exc))
        else:
            yield CheckResult(name, True, f"{key}: an {what} public key")  # an X.., an Ed..


def _pinned_fingerprints(settings: Settings) -> dict[str, str]:
    """The central key fingerprints this station pinned (meta.central_pin), else those of
    the configured keys (before the first sync pins them)."""
    import json

    from kiosk.sync import pinning

    pinned = pinning.identity(settings)
    if (data_dir_from(settings) / database.DB_FILE_NAME).exists():
        db, _ = open_station_db(settings)
        if db is not None:
            try:
                if "meta" in db.table_names():
                    row = db.execute("SELECT value FROM meta WHERE key = ?",
                                     [pinning.META_KEY]).fetchone()
                    if row:
                        saved = json.loads(row[0])
                        pinned.update({k: saved.get(k, "") for k in pinning.KEY_OPTIONS})
            except _PIN_READ_ERRORS:
                pass   # check_database_and_key names the problem
            finally:
                db.close()
    return pinned


def check_central_answers(settings: Settings) -> Iterable[CheckResult]:
    """The configured central service answers, presents the pinned keys and has a close
    clock: one request with a short timeout, no retry (kiosk.sync.central_check)."""
    from kiosk.sync.central_check import check_central
    from kiosk.sync.endpoint import url_problem

    url = settings["sync.url"]
    if not settings["sync.enabled"] or not url or url_problem(url):
        return   # check_sync says why there is nothing to ask
    for found in check_central(url, _pinned_fingerprints(settings)):
        yield CheckResult(found.name, found.ok, found.detail)


CORE_CHECKS: tuple[Check, ...] = (check_python, check_data_dir, check_database_and_key,
                                  check_chains, check_sync_records, check_sync,
                                  check_central_answers)


def run_checks(settings: Settings | None, extra: Iterable[Check] = (),
               config_path: Path | None = None) -> list[CheckResult]:
    """Run every check; a configuration error is itself a failed check, not a crash."""
    results: list[CheckResult] = []
    if settings is None:
        try:
            settings = load_settings(config_path)
        except KioskError as exc:
            return [CheckResult("configuration", False, str(exc))]
    results.append(CheckResult("configuration", True,
                               f"{settings.source or 'defaults (no configuration file)'}"))
    for check in (*CORE_CHECKS, *extra):
        try:
            results.extend(check(settings))
        except Exception as exc:  # a broken check must not hide the others
            results.append(CheckResult(getattr(check, "__name__", "check"), False,
                                       f"the check itself failed: {exc!r}"))
    return results
