"""The child process of tests/test_report_fold.py: writes an office's history through the
store, then kills itself with SIGKILL between the saves' commits and their report fold, or in
the middle of the fold (no cleanup, no flush, no atexit).

Run: ``python tests/fold_crasher.py DATA gap|fold``
"""

from __future__ import annotations

import os
import signal
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import reportbulk

from kiosk.store import report_days
from kiosk.store import store as store_module
from kiosk.store.store import Store

FIRST = date(2026, 3, 1)
END = datetime.combine(FIRST + timedelta(days=3), time(12, 0), reportbulk.ZONE).astimezone(UTC)


def main(data: Path, where: str) -> None:
    store_module.FOLD_DELAY_S = 3600.0  # no fold while the saves pause: the crash decides
    store = Store.open(data, key_backend="file")
    plans = reportbulk.plan(300, FIRST, end=END)
    reportbulk.seed(store, plans[:150], batch=50)  # folded
    reportbulk.seed(store, plans[150:], batch=50, fold=False)  # committed, not folded
    if where == "gap":
        os.kill(os.getpid(), signal.SIGKILL)
    calls = 0
    change = report_days.on_change

    def dying(*args: object) -> None:
        nonlocal calls
        calls += 1
        change(*args)  # type: ignore[arg-type]
        if calls == 40:  # some facts and totals written, the fold's transaction still open
            os.kill(os.getpid(), signal.SIGKILL)

    report_days.on_change = dying  # type: ignore[assignment]
    store.fold_reports()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
