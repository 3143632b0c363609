"""Supervisor reports computed from the local database only (no network, no decryption)."""
