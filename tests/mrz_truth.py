"""The MRZ text printed on shared specimen images (``documents/`` in the shared data).

Read by eye from the images and confirmed by every check digit (see tests/test_mrz.py), so a
later OCR step can be scored against it. Keys are file names in ``<shared>/documents``.
"""

from __future__ import annotations

UTO_TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
           "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
UTO_TD2 = ("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
           "D231458907UTO7408122F1204159<<<<<<<6")

MRZ_TRUTH: dict[str, tuple[str, ...]] = {
    "passporteye_passport-td3.jpg": UTO_TD3,
    "passporteye_100_pass-uto.jpg": UTO_TD3,
    "passporteye_25_pass-uto.jpg": UTO_TD3,
    "passporteye_passport-td2.jpg": UTO_TD2,
    "passporteye_100_pass2-uto.jpg": UTO_TD2,
    "passporteye_100_pass-bdr.jpg": ("P<BDRMUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<",
                                     "CA000000<4D<<6408125F1802212<<<<<<<<<<<<<<<6"),
    "passporteye_100_pass-chn.jpg": ("P<TWNLIN<<MEI<HUA<<<<<<<<<<<<<<<<<<<<<<<<<<<",
                                     "0000000000TWN7601015F1404018A234567893<<<<18"),
    "passporteye_100_pass-cze.jpg": ("P<CZESPECIMEN<<VZOR<<<<<<<<<<<<<<<<<<<<<<<<<",
                                     "99003853<1CZE1101018M1207046110101111<<<<<94"),
    "passporteye_100_visa-usa.jpg": ("VIUSATRAVELER<<HAPPYPERSON<<<<<<<<<<<<<<<<<<",
                                     "555123ABC6GBR6502056F0412236IFLND00AMS803085"),
    "passporteye_100_visa-polx.jpg": ("VCPOLKOWALSKA<KWIATKOWSKA<<BEATA<<<<",
                                      "PL00000008POL6002084F0505011<<<<<<<0"),
    "passporteye_100_id-usa.jpg": ("IAUSA0000000033LIN1044750079<<",
                                   "5808175F1004027COD<<<<<<<<<<<7",
                                   "SPECIMEN<<TEST<VOID<<<<<<<<<<<"),
}
