"""Camera and fingerprint-scanner adapters, one folder per device family. Never imports Qt."""
