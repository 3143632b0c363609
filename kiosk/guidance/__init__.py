"""The guidance station's core (no Qt): office ticket keys, daily queue numbers, self-check."""
