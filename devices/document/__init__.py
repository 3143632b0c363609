"""Document cameras: a camera over the desk that the MRZ of a passport is read from."""
