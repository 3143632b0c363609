"""MOSIP SBI 0.9.5 fingerprint devices: client, validation, ISO records, simulator."""
