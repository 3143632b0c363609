"""The station process the sync kill test SIGKILLs: a real sync worker draining its outbox.

Run as ``python tests/sync_kill_child.py DATA_DIR CENTRAL_KEY_DIR URL``; prints "started".
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from synchelp import fast_worker, open_station

from central.server import central_key


def main() -> None:
    data, key_dir, url = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    station = open_station(data, central_key(key_dir))
    fast_worker(station, url, max_in_flight=2).start()
    print("started", flush=True)
    while True:
        time.sleep(1)


if __name__ == "__main__":
    main()
