"""Receipts and the report PDF."""
