"""Biometric quality engines: face (ICAO portrait) and fingerprints (NFIQ2, WSQ). No Qt."""
