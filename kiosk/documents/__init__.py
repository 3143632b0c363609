"""Identity documents seen by a camera: MRZ localisation, OCR and check-digit correction."""
