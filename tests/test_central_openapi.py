"""schemathesis (an OpenAPI conformance fuzzer) runs every check against the real service on
both backends, each generated request signed by a registered station (tests/st_hooks.py):
the document must list every status, header and body the service really answers with."""

from __future__ import annotations

import base64
import logging
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from synchelp import STATION, Central

from central.store import open_store
from kiosk.sync.packet import raw_public

HERE = Path(__file__).resolve().parent


@pytest.fixture
def central(tmp_path, central_database):
    service = Central(tmp_path / "central", X25519PrivateKey.generate(),
                      open_store(central_database))
    yield service
    service.stop()
    service.store.close()


def test_schemathesis_finds_the_document_true(central, tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="central.access")
    key = Ed25519PrivateKey.generate()
    central.store.add_station(STATION, raw_public(key.public_key()), "test")
    url = central.start()
    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    env = {**os.environ, "SCHEMATHESIS_HOOKS": "st_hooks",
           "PYTHONPATH": os.pathsep.join([str(HERE), str(HERE.parent)]),
           "KIOSK_TEST_STATION_KEY": base64.b64encode(raw).decode(),
           "KIOSK_TEST_STATION": STATION}
    done = subprocess.run(
        [sys.executable, "-m", "schemathesis.cli", "--config-file",
         str(HERE / "schemathesis.toml"), "run", f"{url}/openapi.json",
         "--checks", "all", "--max-examples", "30", "--seed", "1",
         "--generation-database", "none", "--no-color"],
        capture_output=True, text=True, timeout=600, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-3000:]
    # the signed requests reached the handlers: refusals of the packet, not of the caller
    statuses = Counter(r.status for r in caplog.records
                       if getattr(r, "path", "").startswith("/v1/") and r.method == "PUT")
    assert statuses[400] + statuses[422] > 10, statuses
