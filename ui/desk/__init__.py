"""The capture desk: the enrollment flow, the capture workers and their helpers, the sync status
line."""
