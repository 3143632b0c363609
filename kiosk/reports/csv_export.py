"""The report's tables as CSV files: ``<prefix>-<table id>.csv``, one per table.

UTF-8 with a byte-order mark (spreadsheets then show Vietnamese correctly), comma-separated,
a header row of the column ids. Tables and columns:

- ``by_shift``: day, shift, one column per desk, total (enrollments saved)
- ``by_day``: day, desks..., total; ``by_officer``: officer, desks..., total, median_s
- ``durations``: desk (or ``all``), count, median_s, p90_s (start to save, seconds)
- ``face_checks``: check, desks..., total (enrollments whose live capture the ICAO check held
  back), blocked_frames, blocked_s (frames and seconds it held it back), kept (kept portraits
  failing it: forced ones); ranked by blocked_s
- ``nfiq2``: position (ISO code 1-10), count, median, min, 0-19 ... 80-100, median:<desk>
- ``exceptions``: time, desk, officer, enrollment, kind, fingers, exception_kind, reason,
  status, supervisor, comment; ``exception_reasons``: kind, reason, desks..., total
- ``rejections``: time, desk, enrollment, reason; ``rejection_reasons``: reason, desks..., total
- ``backlog``: time, desks..., total, oldest_min:<desk>..., oldest_min (upload queue)

Times are in the station time zone (``YYYY-MM-DD HH:MM``).
"""

from __future__ import annotations

import csv
from pathlib import Path

from kiosk.reports.figures import Report


def write_csv(report: Report, folder: Path, prefix: str = "report") -> list[Path]:
    """Write every table; returns the files in table order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for table in report.tables.values():
        path = folder / f"{prefix}-{table.id}.csv"
        with open(path, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(table.columns)
            writer.writerows(["" if v is None else v for v in row] for row in table.rows)
        paths.append(path)
    return paths
