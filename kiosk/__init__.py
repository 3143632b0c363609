"""Enrollment kiosk core: domain, storage, biometrics and sync. Never imports Qt."""

import os

# numpy's OpenBLAS spins one thread per core on small matrix products: the fingerprint
# matcher's (50 x 1536 by 1536 x 50) took 42 ms per comparison instead of 5 ms on a loaded
# 2-core station. Only effective when kiosk is imported before numpy (every entry point does).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from kiosk.paths import baked_version, installed_version

# read from the installed metadata file directly: importlib.metadata (and the email parser it
# brings) costs the kiosk's first screen ~60 ms of CPU
__version__ = installed_version("enrollment-kiosk") or baked_version() or "0.0.0+unknown"
