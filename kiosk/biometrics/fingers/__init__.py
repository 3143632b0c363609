"""Fingerprints: NFIQ2 quality, minutiae and bozorth3 matching (NIST NBIS via nbis-py), slap
segmentation, the in-enrollment duplicate-finger check, WSQ compression and capture policy."""
