"""Everything the guidance screen needs, opened once off the UI thread.

Problems that leave the guidance usable are kept, not raised: without a (valid) office private
key the pages still explain the process and pre-registration says why it is unavailable;
without a technician account the screen is not locked (nobody could leave it).
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.accounts.errors import AccountError
from kiosk.accounts.unlock import require_technician
from kiosk.domain.errors import KioskError
from kiosk.guidance.issuer import TicketIssuer
from kiosk.guidance.office_keys import OfficeKeyError, load_office_private_key
from kiosk.options import Settings
from station.services import Services


@dataclass
class GuidanceStation:
    services: Services
    issuer: TicketIssuer | None
    key_error: KioskError | None
    lock_error: KioskError | None

    @classmethod
    def open(cls, settings: Settings) -> GuidanceStation:
        services = Services.open(settings)
        try:
            issuer, key_error = None, None
            try:
                key = load_office_private_key(settings["tickets.office_private_key"])
                issuer = TicketIssuer(services.store, key,
                                      settings["station.office"] or services.station_id,
                                      settings["station.timezone"])
            except OfficeKeyError as error:
                key_error = error
            lock_error = None
            if settings["guidance.lockdown"]:
                try:
                    require_technician(services.store)
                except AccountError as error:
                    lock_error = error
        except BaseException:
            services.close()
            raise
        return cls(services, issuer, key_error, lock_error)

    def close(self) -> None:
        self.services.close()
