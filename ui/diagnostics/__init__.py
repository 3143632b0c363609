"""The doctor's checks in the console and their translated names."""
