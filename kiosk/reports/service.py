"""What the supervisor screen calls (off the UI thread): the scope from the options, the
local facts merged with imported station files, and the figures."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from kiosk.options import Settings
from kiosk.reports import aggregate
from kiosk.reports.facts import Facts, collect
from kiosk.reports.figures import Report, Scope
from kiosk.reports.shifts import parse_shifts
from kiosk.store import report_days, report_months
from kiosk.store.repository import Repository
from kiosk.store.store import Store
from kiosk.sync import outbox
from kiosk.sync.offline_limit import OfflineLimit, offline_limit


def scope_from(settings: Settings, first_day: date, last_day: date,
               shift: str | None = None) -> Scope:
    """A scope in the station's time zone with the configured shifts."""
    if last_day < first_day:
        first_day, last_day = last_day, first_day
    return Scope(first_day, last_day, settings["station.timezone"],
                 parse_shifts(settings["reports.shifts"]), shift)


def local_facts(store: Store, scope: Scope) -> Facts:
    """This station's facts of the period (every audit event folded first)."""
    store.fold_reports()
    return store.read(lambda r: collect(r, scope.since, scope.until))


def offline_standing(store: Store, limit_days: float) -> OfflineLimit:
    """How long this station's oldest waiting record has waited against
    ``sync.max_days_offline`` (``limit_days``; 0: no limit), now."""
    return offline_limit(store.read(outbox.oldest_waiting_at), store.now(), limit_days)


def report(store: Store, scope: Scope, imported: Facts | None = None,
           now: datetime | None = None) -> Report:
    """The report over this station's facts and the imported ones. The local database wins
    over an imported file for the same station. Audit events not yet folded into the
    report facts are folded first, so the figures are exact whenever it is asked; the
    period's full months that ended before today and are not rolled up yet are rolled up
    first (on the writer)."""
    moment = now or store.now()
    store.fold_reports()
    setup = aggregate.day_setup(scope)
    if store.read(lambda r: report_days.config(r.db)) != setup:  # another zone or shifts
        store.write(lambda r: _rebuild(r, setup)).result()
    # months that ended before today's (one still taking saves would be deleted by the next)
    today = moment.astimezone(ZoneInfo(scope.zone)).date()
    days = [d.toordinal() - report_days.EPOCH_ORDINAL
            for d in (scope.first_day, min(scope.last_day, today - timedelta(days=1)))]
    if next(report_months.full_months(*days), None) is not None:
        store.write(lambda r: _roll_up(r, *days)).result()
    return store.read(lambda r: aggregate.report(r, scope, moment, imported))


def _rebuild(repo: Repository, setup: dict) -> None:
    with repo.db.atomic():
        report_days.rebuild(repo.db, setup)


def _roll_up(repo: Repository, first: int, last: int) -> None:
    with repo.db.atomic():
        report_months.fill(repo.db, first, last)


def build(store: Store, scope: Scope, imported: Facts | None = None,
          now: datetime | None = None) -> tuple[Facts, Report]:
    """(this station's facts, for a station file; the report as :func:`report` gives it)."""
    return local_facts(store, scope), report(store, scope, imported, now)
