"""The MRZ text printed on shared specimen images (``documents/`` in the shared data).

Read by eye from the images and confirmed by every check digit where the document's own
printing passes them (:data:`PRINTED_FAILURES` lists those that do not; see tests/test_mrz.py),
so a later OCR step can be scored against it. Keys are file names in ``<shared>/documents``.
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

# Read by eye from the images (2026-12); every check digit passes unless noted.
MRZ_TRUTH.update({
    'passporteye_100_id-che.jpg': (
        'IDCHES0002068<8<<<<<<<<<<<<<<<',
        '8102287F1301014CHE<<<<<<<<<<<4',
        'VADIS<<QUO<<<<<<<<<<<<<<<<<<<<',
    ),
    # nationality MAC is not an ICAO code
    'passporteye_100_id-mac.jpg': (
        'I<MAC12281507<0<<<<<<<<0212300',
        '6106225M1212307<<<<<<<<<<<<<<6',
        'CHONG<<KA<KEONG<<<<<<<<<<<<<<<',
    ),
    # printed nationality is 132 (not a code)
    'passporteye_100_id-rou.jpg': (
        'IDROUSAVA<<SUPERMAN<<<<<<<<<<<<<<<<<',
        'HD198025<51328505095M130509012049941',
    ),
    # state code SI< (not ICAO SVN)
    'passporteye_100_id-si.jpg': (
        'I<SI<09999100180706966505468<<',
        '6606079F0807276SI<<<<<<<<<<<<0',
        'VZOREC<<TINA<<<<<<<<<<<<<<<<<<',
    ),
    'passporteye_100_pass-cze2.jpg': (
        'P<CZESPECIMEN<<VZOR<<<<<<<<<<<<<<<<<<<<<<<<<',
        '99009054<4CZE6906229F16072996956220612<<<<74',
    ),
    'passporteye_100_pass-fin.png': (
        'P<FINVIRTANEN<<MARIA<OLIVIA<<<<<<<<<<<<<<<<<',
        'XP82716024FIN7112214F1108213211271<426U<<<04',
    ),
    'passporteye_100_pass-hrv.jpg': (
        'P<HRVSPECIMEN<<SPECIMEN<<<<<<<<<<<<<<<<<<<<<',
        '0070070071HRV8212258F1407019<<<<<<<<<<<<<<06',
    ),
    'passporteye_100_pass-isl.png': (
        'P<ISLAEVARSDOTTIR<<THURIDUR<OESP<<<<<<<<<<<<',
        'A0000000<0ISL6612315F0905264311266<9539<<<32',
    ),
    'passporteye_100_pass-ltu.jpg': (
        'P<LTUBASANAVICIENE<<BIRUTE<<<<<<<<<<<<<<<<<<',
        '00000000<0LTU5911239F120101145911231023<<<16',
    ),
    'passporteye_100_pass-lux.jpg': (
        'P<LUXMAUS<<KETTY<<<<<<<<<<<<<<<<<<<<<<<<<<<<',
        'S998527<<4LUX7806201F110808403060021041<<<96',
    ),
    'passporteye_100_pass-polx.jpg': (
        'P<POLKOWALSKA<KWIATKOWSKA<<JOANNA<<<<<<<<<<<',
        'AA00000000POL6002084F1412314<<<<<<<<<<<<<<<4',
    ),
    'passporteye_27_pass-gbr.jpg': (
        'P<GBRUNITED<KINGDOM<TWENTY<SIX<<JODIE<PIPPA<',
        '1071828900GBR8501178F1601312<<<<<<<<<<<<<<06',
    ),
    # document number and composite checks fail as printed
    'passporteye_33_id-usa.jpg': (
        'C1USA0223456791EAC9730051220<<',
        '4910040M9411014CAN<<<<<<<<<<<0',
        'CRITTENDEN<<LEE<W<<<<<<<<<<<<<',
    ),
    'passporteye_43_pass-fra.jpg': (
        'P<FRAULYSSE<<CHRISTOPHE<<<<<<<<<<<<<<<<<<<<<',
        '08CD503380FRA6004103M1806058<<<<<<<<<<<<<<06',
    ),
    'passporteye_43_pass-twn.jpg': (
        'P<TWNLIN<<CHIEN<SHENG<<<<<<<<<<<<<<<<<<<<<<<',
        'M000004264TWN6803029M9801048F122187664<<<<66',
    ),
    'passporteye_53_id-d.jpg': (
        'IDD<<T220001293<<<<<<<<<<<<<<<',
        '6408125<2010315D<<<<<<<<<<<<<4',
        'MUSTERMANN<<ERIKA<<<<<<<<<<<<<',
    ),
    'passporteye_62_pass-aus.png': (
        'P<AUSCITIZEN<<JANE<<<<<<<<<<<<<<<<<<<<<<<<<<',
        'PA09404097AUS8406077F1903212<17331334P<<<<08',
    ),
    'passporteye_62_pass-pol.png': (
        'P<POLKOWALSKA<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<',
        'ZS00001774POL7203305F1607130<<<<<<<<<<<<<<08',
    ),
    # fictional state CMW; composite fails as printed
    'passporteye_77_card-cmw.png': (
        'IDCMW<512849702<<<<<<<<<<<<<<<',
        '6104128M1402209CMW<<<<<<<<<<<1',
        'PUBLIC<<JON<<<<<<<<<<<<<<<<<<<',
    ),
    'passporteye_79_pass-can.jpg': (
        'P<CANMARTIN<<SARAH<<<<<<<<<<<<<<<<<<<<<<<<<<',
        'ZE000509<9CAN8501019F2301147<<<<<<<<<<<<<<08',
    ),
    'passporteye_79_pass-hun.png': (
        'P<HUNHANDRA<<ROZALIA<IRMA<<<<<<<<<<<<<<<<<<<',
        'BD00020282HUN7802225F2203012<<<<<<<<<<<<<<06',
    ),
    'passporteye_98_pass-nld.jpg': (
        'P<NLDMEULENDIJK<<LOES<ALBERTINE<<<<<<<<<<<<<',
        'XA00000148NLD7110195F0604121123456782<<<<<02',
    ),
    'passporteye_0_pass-lva.jpg': (
        'PALVAMOHAMADA<<FARIDA<<<<<<<<<<<<<<<<<<<<<<<',
        'LT00000004XXC8605102F1210314111111<11648<<86',
    ),
})

# Not scored: a Spanish ID card whose third line holds a non-MRZ letter (Ñ, an annotated diagram).
UNSCORED = ("passporteye_0_id-esp.png",)
# Never looked at while tuning the reader; the benchmark reports them separately.
HELD_OUT = frozenset({
    "passporteye_79_pass-hun.png", "passporteye_98_pass-nld.jpg", "passporteye_100_id-mac.jpg",
    "passporteye_27_pass-gbr.jpg", "passporteye_100_pass-isl.png", "passporteye_53_id-d.jpg",
    "passporteye_100_pass-lux.jpg", "passporteye_43_pass-twn.jpg",
})

# Fields that fail on the document as printed (a reader must report them failed, never "fix" them).
PRINTED_FAILURES: dict[str, tuple[str, ...]] = {
    "passporteye_100_pass-bdr.jpg": ("issuing_state",),  # old German code BDR (now D)
    "passporteye_100_id-mac.jpg": ("nationality",),
    "passporteye_100_id-rou.jpg": ("nationality",),
    "passporteye_100_id-si.jpg": ("issuing_state", "nationality"),
    "passporteye_33_id-usa.jpg": ("document_number", "composite"),
    "passporteye_77_card-cmw.png": ("composite", "issuing_state", "nationality"),
}
