"""Translated sentences for the core's message keys (``KioskError.message_key``).

The core never produces user-facing text; it raises errors with stable keys. This table is
the one place those keys become sentences, through Qt's translation system.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.domain.errors import KioskError


def _sentences() -> dict[str, str]:
    return {
        "store.error": QCoreApplication.translate(
            "Messages", "The local database reported a problem. Nothing was half-saved."),
        "store.corrupt": QCoreApplication.translate(
            "Messages", "The local database is damaged. Call a technician; do not delete any "
            "files. A backup may be restored from the backups folder."),
        "store.read_only": QCoreApplication.translate(
            "Messages", "The kiosk cannot write to its data folder. Call a technician (the "
            "folder is read-only or its permissions are wrong)."),
        "store.disk_full": QCoreApplication.translate(
            "Messages", "The disk is full. The last record was not saved; everything saved "
            "before is safe. Call a technician to free space."),
        "store.locked": QCoreApplication.translate(
            "Messages", "The local database is busy in another program. Close it and try "
            "again."),
        "store.key_missing": QCoreApplication.translate(
            "Messages", "The encryption key of this station is missing, so its records cannot "
            "be read. Call a technician to restore the key."),
        "store.unreadable": QCoreApplication.translate(
            "Messages", "The local database cannot be opened with this station's encryption key "
            "(a different key, or the file is damaged). Call a technician; do not delete any "
            "files."),
        "store.key_mismatch": QCoreApplication.translate(
            "Messages", "The encryption key does not belong to this database. Call a "
            "technician to restore the original key."),
        "store.key_insecure": QCoreApplication.translate(
            "Messages", "The encryption key file can be read by other users. Call a "
            "technician to restrict it."),
        "store.key_malformed": QCoreApplication.translate(
            "Messages", "The encryption key file is damaged. Call a technician."),
        "store.key_unreadable": QCoreApplication.translate(
            "Messages", "The encryption key file cannot be read. Call a technician."),
        "store.key_exists": QCoreApplication.translate(
            "Messages", "An encryption key already exists for this data folder."),
        "store.keyring_failed": QCoreApplication.translate(
            "Messages", "The system keyring did not answer. Call a technician."),
        "store.payload_tampered": QCoreApplication.translate(
            "Messages", "A stored biometric record failed its integrity check."),
        "store.not_found": QCoreApplication.translate(
            "Messages", "The record was not found."),
        "store.closed": QCoreApplication.translate(
            "Messages", "The local database is closed."),
        "config.invalid": QCoreApplication.translate(
            "Messages", "The configuration is invalid."),
        "config.unknown_key": QCoreApplication.translate(
            "Messages", "The configuration has an unknown setting."),
        "config.bad_value": QCoreApplication.translate(
            "Messages", "A configuration setting has a wrong value."),
        "config.too_new": QCoreApplication.translate(
            "Messages", "The configuration file was written for a newer version of the kiosk. "
            "Install that version, or restore the previous file."),
        "config.syntax": QCoreApplication.translate(
            "Messages", "The configuration file is not valid TOML."),
        "config.missing_file": QCoreApplication.translate(
            "Messages", "The configuration file named by KIOSK_CONFIG does not exist."),
        "config.too_deep": QCoreApplication.translate(
            "Messages", "The configuration file nests tables or lists too deeply; options are "
            "written as section.name."),
        "config.unreadable": QCoreApplication.translate(
            "Messages", "The configuration file cannot be read."),
        "config.write_failed": QCoreApplication.translate(
            "Messages", "The settings could not be saved; the previous ones are unchanged."),
        "account.error": QCoreApplication.translate(
            "Messages", "The account could not be used."),
        "account.invalid_credentials": QCoreApplication.translate(
            "Messages", "Wrong user name or password, or the account may not sign in now "
            "(after several wrong passwords it waits a while). A supervisor can help on the "
            "Accounts screen."),
        "account.weak_password": QCoreApplication.translate(
            "Messages", "The password is too short or too easy to guess. Use a few words or a "
            "sentence of your own, not a common password, a name, a date or a keyboard row "
            "(such as password12 or qwertyuiop)."),
        "account.exists": QCoreApplication.translate(
            "Messages", "An account with this user name already exists."),
        "account.not_permitted": QCoreApplication.translate(
            "Messages", "Your role does not allow this."),
        "account.setup_done": QCoreApplication.translate(
            "Messages", "The first account has already been created. Sign in instead."),
        "account.invalid_username": QCoreApplication.translate(
            "Messages", "User names have 3 to 32 characters: lower-case letters a-z, digits, "
            "dot, underscore or hyphen."),
        "account.unknown": QCoreApplication.translate(
            "Messages", "This account does not exist on this station."),
        "account.own_account": QCoreApplication.translate(
            "Messages", "You cannot disable, demote or reset your own account. Ask another "
            "supervisor."),
        "account.last_supervisor": QCoreApplication.translate(
            "Messages", "This would leave the station without an active supervisor. Make "
            "another account a supervisor first."),
        "account.password_unchanged": QCoreApplication.translate(
            "Messages", "Choose a new password: it must differ from the one you signed in "
            "with."),
        "data.not_supervisor": QCoreApplication.translate(
            "Messages", "Only a supervisor may do this: moving applicants' data or changing "
            "where it goes needs a supervisor's sign-in."),
        "sync.central_changed": QCoreApplication.translate(
            "Messages", "The central service configured here is not the one a supervisor "
            "confirmed. Nothing is sealed or sent until a supervisor confirms it."),
        "applicant.bad_data": QCoreApplication.translate(
            "Messages", "The stored applicant data is damaged and cannot be shown."),
        "mrz.unreadable": QCoreApplication.translate(
            "Messages", "The machine-readable zone could not be read."),
        "mrz.check_failed": QCoreApplication.translate(
            "Messages", "A check digit of the machine-readable zone is wrong: the document was "
            "misread or is not genuine. The highlighted fields were not accepted."),
        "mrz.unknown_format": QCoreApplication.translate(
            "Messages", "This is not a machine-readable zone of a passport, identity card or "
            "visa (wrong number or length of lines)."),
        "mrz.invalid_character": QCoreApplication.translate(
            "Messages", "The machine-readable zone contains characters that are not allowed."),
        "mrz.not_found": QCoreApplication.translate(
            "Messages", "No machine-readable zone was found in the picture. Place the document "
            "page flat under the camera with the two or three lines of the zone in view."),
        "document.image_unreadable": QCoreApplication.translate(
            "Messages", "The document picture could not be opened: the file is missing, empty "
            "or damaged."),
        "eligibility.vietnamese_national": QCoreApplication.translate(
            "Messages", "Refused: this service is for foreign nationals; Vietnamese citizens "
            "use their citizen identity card."),
        "eligibility.birth_date_in_future": QCoreApplication.translate(
            "Messages", "Refused: the date of birth is in the future. Check the entry."),
        "eligibility.no_residence_card": QCoreApplication.translate(
            "Messages", "Refused: a temporary or permanent residence card is required."),
        "eligibility.residence_card_expired": QCoreApplication.translate(
            "Messages", "Refused: the residence card has expired."),
        "eligibility.travel_document_expired": QCoreApplication.translate(
            "Messages", "Refused: the passport or travel document has expired."),
        "eligibility.under_6": QCoreApplication.translate(
            "Messages", "Under 6 years old: only a level 1 account can be issued; level 2 "
            "enrollment is refused."),
        "eligibility.eligible_level2": QCoreApplication.translate(
            "Messages", "Eligible for a level 2 account."),
        "validation.required": QCoreApplication.translate("Messages", "Required."),
        "validation.invalid": QCoreApplication.translate("Messages", "Not valid."),
        "validation.invalid_choice": QCoreApplication.translate(
            "Messages", "Choose one of the listed values."),
        "validation.invalid_date": QCoreApplication.translate(
            "Messages", "Not a valid date."),
        "validation.in_future": QCoreApplication.translate(
            "Messages", "Cannot be in the future."),
        "validation.implausible": QCoreApplication.translate(
            "Messages", "This date is not plausible."),
        "validation.before_birth": QCoreApplication.translate(
            "Messages", "Cannot be before the date of birth."),
        "validation.unknown_code": QCoreApplication.translate(
            "Messages", "Unknown country code (use the three-letter ICAO code)."),
        "validation.specimen_code": QCoreApplication.translate(
            "Messages", "This is a specimen document code, not a real country."),
        "validation.invalid_characters": QCoreApplication.translate(
            "Messages", "Contains characters that are not allowed here."),
        "validation.not_latin": QCoreApplication.translate(
            "Messages", "Use Latin letters as printed in the travel document."),
        "validation.control_character": QCoreApplication.translate(
            "Messages", "Contains invisible control characters."),
        "validation.too_long": QCoreApplication.translate("Messages", "Too long."),
        "finger.error": QCoreApplication.translate(
            "Messages", "The fingerprint could not be processed."),
        "finger.unreadable": QCoreApplication.translate(
            "Messages", "The fingerprint image cannot be read (damaged or not an image)."),
        "finger.an2k_invalid": QCoreApplication.translate(
            "Messages", "The ANSI/NIST fingerprint file is damaged or incomplete."),
        "finger.segmentation_failed": QCoreApplication.translate(
            "Messages", "The separate fingers could not be found in the slap image. Place the "
            "fingers again, slightly apart."),
        "finger.unknown_name": QCoreApplication.translate(
            "Messages", "The scanner reported a finger name this kiosk does not know."),
        "finger.policy": QCoreApplication.translate(
            "Messages", "This fingerprint step is not allowed now."),
        "finger.policy.done": QCoreApplication.translate(
            "Messages", "These fingers are already captured."),
        "finger.policy.no_attempts_left": QCoreApplication.translate(
            "Messages", "All attempts are used. Keep the best one or force the capture with "
            "a reason."),
        "finger.policy.wrong_fingers": QCoreApplication.translate(
            "Messages", "The scanner returned other fingers than the ones requested."),
        "finger.policy.nothing_to_force": QCoreApplication.translate(
            "Messages", "Capture the fingers at least once before forcing."),
        "finger.policy.force_not_needed": QCoreApplication.translate(
            "Messages", "The capture already meets the quality threshold; no need to force it."),
        "finger.policy.force_needs_reason": QCoreApplication.translate(
            "Messages", "Give a reason for forcing this capture."),
        "face.image_unreadable": QCoreApplication.translate(
            "Messages", "The photo cannot be read (damaged or not an image)."),
        "face.engine_unavailable": QCoreApplication.translate(
            "Messages", "The face analysis could not start: the installation is incomplete. "
            "Call a technician."),
        "face.iso_record_invalid": QCoreApplication.translate(
            "Messages", "The face image record is damaged or of an unsupported version."),
        "face.capture_refused": QCoreApplication.translate(
            "Messages", "The photo does not meet the requirements yet. Follow the instruction "
            "on screen, or force the capture with a reason."),
        "face.capture_reason_missing": QCoreApplication.translate(
            "Messages", "Give a reason for forcing this photo."),
        "face.portrait_failed": QCoreApplication.translate(
            "Messages", "The portrait could not be cut from this photo. Take it again."),
        "device.error": QCoreApplication.translate(
            "Messages", "The device reported a problem. What was captured so far is kept."),
        "device.not_found": QCoreApplication.translate(
            "Messages", "The device was not found. Check that it is plugged in and switched "
            "on, then press Retry."),
        "device.busy": QCoreApplication.translate(
            "Messages", "The device is busy with another capture. Wait a moment, then press "
            "Retry."),
        "device.not_ready": QCoreApplication.translate(
            "Messages", "The device is not ready. Wait a moment, then press Retry."),
        "device.timeout": QCoreApplication.translate(
            "Messages", "The device did not answer in time. Press Retry."),
        "device.disconnected": QCoreApplication.translate(
            "Messages", "The device was disconnected. Plug it in again, then press Retry. "
            "What was captured so far is kept."),
        "device.protocol": QCoreApplication.translate(
            "Messages", "The device sent an answer the kiosk cannot use. Press Retry; if it "
            "happens again, call a technician."),
        "device.capture_failed": QCoreApplication.translate(
            "Messages", "The capture failed. Press Retry."),
        "device.bad_transaction": QCoreApplication.translate(
            "Messages", "The scanner's answer belongs to another capture and was refused."),
        "device.bad_hash": QCoreApplication.translate(
            "Messages", "The scanner's answer failed its integrity check and was refused."),
        "device.bad_signature": QCoreApplication.translate(
            "Messages", "The scanner's signature is not valid; the answer was refused."),
        "device.bad_record": QCoreApplication.translate(
            "Messages", "The scanner sent a damaged fingerprint record."),
        "device.bad_ca": QCoreApplication.translate(
            "Messages", "The configured device certificate authority file cannot be used. "
            "Call a technician."),
        "device.bad_images": QCoreApplication.translate(
            "Messages", "The folder of simulator images cannot be used."),
        "device.no_plugin": QCoreApplication.translate(
            "Messages", "The configured device adapter is not installed. Call a technician."),
        "device.unreadable_file": QCoreApplication.translate(
            "Messages", "The video or image file for the camera cannot be read."),
        "ticket.invalid": QCoreApplication.translate(
            "Messages", "The pre-registration ticket cannot be used. Enter the data from the "
            "passport."),
        "ticket.not_a_ticket": QCoreApplication.translate(
            "Messages", "The scanned code is not a pre-registration ticket."),
        "ticket.damaged": QCoreApplication.translate(
            "Messages", "The pre-registration ticket is damaged. Scan it again or enter the "
            "data from the passport."),
        "ticket.forged": QCoreApplication.translate(
            "Messages", "The pre-registration ticket was not issued by this office (its "
            "signature does not match). Enter the data from the passport."),
        "ticket.expired": QCoreApplication.translate(
            "Messages", "The pre-registration ticket has expired (tickets are valid on the day "
            "they are issued). Enter the data from the passport."),
        "ticket.no_key": QCoreApplication.translate(
            "Messages", "This station cannot check pre-registration tickets (no office key is "
            "configured). Call a technician."),
        "ticket.no_private_key": QCoreApplication.translate(
            "Messages", "Pre-registration is not available at this station (no office key is "
            "configured). Please go to the guidance desk."),
        "ticket.private_key_missing": QCoreApplication.translate(
            "Messages", "Pre-registration is not available: the office key file is missing. "
            "Call a technician."),
        "ticket.private_key_insecure": QCoreApplication.translate(
            "Messages", "Pre-registration is not available: the office key file can be read by "
            "other users. Call a technician."),
        "ticket.private_key_invalid": QCoreApplication.translate(
            "Messages", "Pre-registration is not available: the office key file is not a valid "
            "private key. Call a technician."),
        "ticket.keys_exist": QCoreApplication.translate(
            "Messages", "An office key pair already exists in this folder."),
        "ticket.used": QCoreApplication.translate(
            "Messages", "This pre-registration ticket was already used today at %1 at desk "
            "%2. A ticket is valid once: enter the data from the passport."),
        "ticket.other_office": QCoreApplication.translate(
            "Messages", "This pre-registration ticket was issued by another office (%1); this "
            "desk belongs to %2. Enter the data from the passport."),
        "ticket.desk_key_missing": QCoreApplication.translate(
            "Messages", "The office key file for reading pre-registration tickets is missing. "
            "Call a technician."),
        "ticket.desk_key_insecure": QCoreApplication.translate(
            "Messages", "The office key file for reading pre-registration tickets can be read "
            "by other users. Call a technician."),
        "ticket.desk_key_invalid": QCoreApplication.translate(
            "Messages", "The office key file for reading pre-registration tickets is not "
            "valid. Call a technician."),
        "input.missing": QCoreApplication.translate(
            "Messages", "The file does not exist."),
        "input.unreadable": QCoreApplication.translate(
            "Messages", "The file cannot be read."),
        "input.not_regular": QCoreApplication.translate(
            "Messages", "This is not an ordinary file (a folder, a device or a pipe), so it "
            "is not read."),
        "input.too_large": QCoreApplication.translate(
            "Messages", "The file is too large to be read here."),
        "input.too_many_pixels": QCoreApplication.translate(
            "Messages", "The image has too many pixels to be read here."),
        "lockdown.no_technician": QCoreApplication.translate(
            "Messages", "This screen cannot be locked: the station has no technician account. "
            "Call a technician."),
        "lockdown.not_technician": QCoreApplication.translate(
            "Messages", "Only a technician can leave this screen."),
        "sync.not_configured": QCoreApplication.translate(
            "Messages", "Sending to the central service is not set up on this station. Records "
            "are kept safely here; call a technician."),
        "sync.key_invalid": QCoreApplication.translate(
            "Messages", "A key for sending to the central service is missing or damaged. "
            "Records are kept safely here; call a technician."),
        "sync.packet_invalid": QCoreApplication.translate(
            "Messages", "A sealed enrollment packet is damaged or was not made by this "
            "station."),
        "sync.offline": QCoreApplication.translate(
            "Messages", "No connection to the central service; records are kept here and "
            "sent later."),
        "sync.offline_too_long": QCoreApplication.translate(
            "Messages", "Records have waited too long on this station to reach the central "
            "service: new enrollments wait until they are sent or a supervisor exports them "
            "(kiosk sync export). Enrollments already begun can be finished."),
        "sync.throttled": QCoreApplication.translate(
            "Messages", "The central service is busy; sending slowly to help it recover."),
        "sync.auth_failed": QCoreApplication.translate(
            "Messages", "The central service refused this station's credentials. Call a "
            "technician."),
        "sync.timeout": QCoreApplication.translate(
            "Messages", "The central service is not answering in time; trying again later."),
        "sync.connection_lost": QCoreApplication.translate(
            "Messages", "The connection to the central service broke off; trying again "
            "later."),
        "sync.server_error": QCoreApplication.translate(
            "Messages", "The central service reported an error; trying again later."),
        "sync.bad_answer": QCoreApplication.translate(
            "Messages", "The central service sent an answer this station cannot use; records "
            "are kept here and sent again later."),
        "sync.bad_receipt": QCoreApplication.translate(
            "Messages", "The central service's confirmation could not be verified; records are "
            "kept here and sent again later. If this continues, call a technician."),
        "sync.rejected": QCoreApplication.translate(
            "Messages", "The central service rejected an enrollment; a supervisor must "
            "review it."),
        "sync.clock_skew": QCoreApplication.translate(
            "Messages", "This station's clock is wrong. Call a technician to set it."),
        "sync.retry_budget": QCoreApplication.translate(
            "Messages", "Many sends failed; trying less often for a while."),
        "sync.internal": QCoreApplication.translate(
            "Messages", "Sending hit a problem on this station; the records are safe."),
        "sync.export_failed": QCoreApplication.translate(
            "Messages", "The export folder cannot be written. Check the USB drive and try "
            "again."),
        "enrollment.illegal_transition": QCoreApplication.translate(
            "Messages", "This step is not allowed for the enrollment in its current state."),
        # supervisor view (issue 9)
        "approval.pending": QCoreApplication.translate(
            "Messages", "A supervisor must approve a forced capture or finger exception first. "
            "The enrollment is kept as a draft: once a supervisor has decided in the "
            "supervisor view (Ctrl+Shift+R), resume it from today's list."),
        "approval.rejected": QCoreApplication.translate(
            "Messages", "A supervisor rejected a forced capture or finger exception. Capture "
            "it again, or cancel the enrollment."),
        "approval.closed": QCoreApplication.translate(
            "Messages", "This request was already decided or is no longer needed."),
        "approval.comment_required": QCoreApplication.translate(
            "Messages", "Write a comment for the decision."),
        "approval.own_request": QCoreApplication.translate(
            "Messages", "You made this request yourself: another supervisor must decide it."),
        "reports.bad_file": QCoreApplication.translate(
            "Messages", "This file is not a desk report this station can read (damaged, of "
            "another kind, or from a newer version)."),
        "reports.export_failed": QCoreApplication.translate(
            "Messages", "The report could not be saved in %1. Check that the folder exists "
            "and can be written, then export again."),
    }


# the error parameters that fill a sentence's %1, %2... (never applicant data)
_PLACEHOLDERS = {"ticket.used": ("time", "station"),
                 "ticket.other_office": ("ticket_office", "office"),
                 "reports.export_failed": ("path",)}


def describe(error: BaseException) -> tuple[str, str]:
    """A translated sentence for the user, and the precise technical detail (untranslated)."""
    if isinstance(error, KioskError):
        sentence = _sentences().get(error.message_key)
        if sentence is None:
            sentence = QCoreApplication.translate("Messages", "Unexpected problem.")
        for index, name in enumerate(_PLACEHOLDERS.get(error.message_key, ()), start=1):
            sentence = sentence.replace(f"%{index}", str(error.params.get(name, "?")))
        return sentence, str(error)
    return (QCoreApplication.translate("Messages", "Unexpected problem. The data already saved "
                                       "is safe."), repr(error))


def describe_problem(problem) -> str:
    """The sentence for one form problem (:class:`kiosk.domain.validation.Problem`)."""
    return _sentences().get(problem.message_key) or QCoreApplication.translate(
        "Messages", "Not valid.")


def sentence(message_key: str) -> str:
    """The sentence for a message key (eligibility reasons and the like)."""
    return _sentences().get(message_key) or QCoreApplication.translate(
        "Messages", "Unexpected problem.")
