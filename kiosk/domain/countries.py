"""ICAO 9303 three-letter codes for states and organisations (nationality, issuing state).

The list is ISO 3166-1 alpha-3 (:mod:`kiosk.domain.iso3166`) plus the codes ICAO Doc 9303
Part 3 adds: ``D`` for Germany (written ``D<<`` in an MRZ), the British nationality classes,
United Nations and other organisations, stateless persons and refugees, and the ``UTO``
specimen state "Utopia" used in every ICAO example.
"""

from __future__ import annotations

from kiosk.domain.iso3166 import ISO3166_ALPHA3

ICAO_SPECIAL_CODES: dict[str, str] = {
    "D": "Germany",
    "GBD": "British Overseas Territories Citizen",
    "GBN": "British National (Overseas)",
    "GBO": "British Overseas Citizen",
    "GBP": "British Protected Person",
    "GBS": "British Subject",
    "UNO": "United Nations Organization or one of its officials",
    "UNA": "Specialized agency of the United Nations or one of its officials",
    "UNK": "Resident of Kosovo with a travel document issued by UNMIK",
    "RKS": "Kosovo",
    "EUE": "European Union",
    "XBA": "African Development Bank",
    "XIM": "African Export-Import Bank",
    "XCC": "Caribbean Community (CARICOM)",
    "XCE": "Council of Europe",
    "XCO": "Common Market for Eastern and Southern Africa (COMESA)",
    "XDC": "Southern African Development Community",
    "XEC": "Economic Community of West African States (ECOWAS)",
    "XES": "Organisation of Eastern Caribbean States",
    "XMP": "Parliamentary Assembly of the Mediterranean",
    "XOM": "Sovereign Military Order of Malta",
    "XPO": "International Criminal Police Organization (INTERPOL)",
    "XXA": "Stateless person (1954 Convention)",
    "XXB": "Refugee (1951 Convention)",
    "XXC": "Refugee (other)",
    "XXX": "Person of unspecified nationality",
    "UTO": "Utopia (ICAO specimen)",
}

ICAO_CODES: dict[str, str] = {**ISO3166_ALPHA3, **ICAO_SPECIAL_CODES}

# States whose codes are specimen-only: valid in an MRZ, never on a real applicant.
SPECIMEN_CODES = frozenset({"UTO"})


def normalize_code(code: str) -> str:
    """Upper-case, trimmed, MRZ filler removed (``"D<<"`` -> ``"D"``)."""
    return code.strip().upper().replace("<", "")


def is_known_code(code: str) -> bool:
    """True if ``code`` (after :func:`normalize_code`) is an ICAO 9303 state/organisation code."""
    return normalize_code(code) in ICAO_CODES
