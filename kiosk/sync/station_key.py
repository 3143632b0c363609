"""The station key and the store together: the public key that sealed the packets still
waiting (``meta.station_public_key``, recorded at sealing), the guard that refuses to make a
new key silently while such packets exist, and ``kiosk sync rekey``.

A new key signs packets the central service refuses (``bad_signature``) until the new public
key is registered, and it cannot sign the packets already sealed with the old one: so a
missing or different key with packets waiting stops sync with a message naming the file and
the re-key command, which makes a new key, seals every waiting packet again and prints the
public key to register.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.domain.vocabulary import OutboxStatus
from kiosk.store.repository import Repository
from kiosk.store.sql_text import quoted
from kiosk.store.store import Store
from kiosk.sync import keys, outbox
from kiosk.sync.packet import SealedPacket

log = logging.getLogger(__name__)

META_KEY = "station_public_key"

# (repository, enrollment id) -> sealed packet, signed with a given key
Sealer = Callable[[Repository, str], SealedPacket]


def recorded_public_key(repo: Repository) -> str | None:
    """The public key (base64) that sealed this station's packets, None before the first."""
    row = repo.db.execute("SELECT value FROM meta WHERE key = ?", [META_KEY]).fetchone()
    return row[0] if row else None


def waiting_packets(repo: Repository) -> int:
    """Sealed packets the central service has not decided on yet."""
    return repo.db.execute(
        "SELECT count(*) FROM packets p JOIN packet_data d USING (enrollment_id) "
        "WHERE p.server_status IS NULL").fetchone()[0]


def note_sealing_key(repo: Repository, key: Ed25519PrivateKey) -> None:
    """Called before each sealing (writer thread): record the key, or refuse a key that is
    not the one that sealed the packets still waiting."""
    public = keys.public_b64(key)
    recorded = recorded_public_key(repo)
    if recorded == public:
        return
    if recorded is not None and waiting_packets(repo):
        raise keys.SyncKeyError(
            f"the station key is not the one that sealed the packets still waiting; run "
            f"'{keys.REKEY_COMMAND}'", where=META_KEY)
    repo.db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                    "SET value = excluded.value", [META_KEY, public])


def checked_station_key(store: Store, data_dir: Path) -> Ed25519PrivateKey:
    """The station key, made if there is none, unless packets sealed with another key are
    waiting: then :class:`~kiosk.sync.keys.SyncKeyError` naming the file and the fix."""
    path = keys.station_key_path(data_dir)
    key = keys.read_station_key(path)
    recorded = store.read(recorded_public_key)
    if recorded is not None and (key is None or keys.public_b64(key) != recorded):
        waiting = store.read(waiting_packets)
        if waiting:
            what = "is missing" if key is None else "is not the key that sealed them"
            raise keys.SyncKeyError(
                f"{waiting} sealed packets wait for the central service but the station key "
                f"{path} {what}; a new key would have them refused (bad_signature). Restore "
                f"the file from a backup, or run '{keys.REKEY_COMMAND}' to make a new key, "
                "seal them again and print the public key to register", where=str(path))
    return key if key is not None else keys.station_key(data_dir)


@dataclass(frozen=True)
class RekeyResult:
    key: Ed25519PrivateKey
    resealed: list[str]          # enrollment ids sealed again with the new key
    old_file: Path | None        # where the previous key file was moved


def _to_reseal(repo: Repository) -> list[str]:
    """Packets never confirmed stored by the central service, whose upload is still due."""
    return [r[0] for r in repo.db.execute(
        "SELECT p.enrollment_id FROM packets p WHERE p.uploaded_at IS NULL AND "
        "p.server_status IS NULL AND EXISTS (SELECT 1 FROM outbox o WHERE o.enrollment_id = "
        f"p.enrollment_id AND o.status = {quoted(OutboxStatus.PENDING)} AND o.action = 'upload') "
        "ORDER BY p.enrollment_id")]


def rekey(store: Store, data_dir: Path, make_sealer: Callable[[Ed25519PrivateKey], Sealer] | None,
          *, actor: str) -> RekeyResult:
    """Make a new station key (atomically; the old file is kept aside), then in one
    transaction record its public key and seal every packet whose upload is still due again
    with it (each gets a ``packet_resealed`` audit event; its outbox row stays, retried at
    once). ``make_sealer`` is None when no central key is configured: allowed only when no
    packet needs sealing again."""
    if make_sealer is None and store.read(_to_reseal):
        raise keys.SyncKeyError("sync.central_public_key is not configured: the waiting "
                                "packets cannot be sealed again", message_key="sync.not_configured")
    key, old_file = keys.new_station_key(data_dir)
    sealer = make_sealer(key) if make_sealer is not None else None

    def job(repo: Repository) -> list[str]:
        with repo.db.atomic():
            repo.db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO "
                            "UPDATE SET value = excluded.value", [META_KEY, keys.public_b64(key)])
            ids = _to_reseal(repo)
            for enrollment_id in ids:
                assert sealer is not None
                old = repo.db.execute("SELECT sha256 FROM packets WHERE enrollment_id = ?",
                                      [enrollment_id]).fetchone()[0]
                repo.db.execute("DELETE FROM packet_data WHERE enrollment_id = ?",
                                [enrollment_id])
                repo.db.execute("DELETE FROM packets WHERE enrollment_id = ?", [enrollment_id])
                repo.record_event(enrollment_id, actor, "packet_resealed",
                                  {"reason": "station_rekey", "replaced_sha256": old})
                outbox.save_packet(repo, sealer(repo, enrollment_id))
            repo.db.execute("UPDATE outbox SET next_attempt_at = NULL WHERE status = "
                            f"{quoted(OutboxStatus.PENDING)} AND action = 'upload'")
        return ids

    resealed = store.write(job).result()
    log.info("station key replaced; %d packets sealed again", len(resealed))
    return RekeyResult(key, resealed, old_file)
