"""Station diagnostics in one place: the doctor's checks, the devices' check, the technician's
bundle."""
