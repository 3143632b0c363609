"""The technician console: one module per page, assembled by :mod:`.console`."""
