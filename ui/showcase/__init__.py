"""Demonstration data, the demo station and the screenshot registry."""
