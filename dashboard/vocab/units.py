"""Units, currencies and scale words, mapped to the dataset's canonical codes.

Canonical codes: ISO 4217 for money; "t" for mass (tons, tonnes, metric tons alike);
"TEU"; "bbl"; "m3"; "km", "m", "km2", "ha", "ft", "mi", "nmi", "kg"; "MW", "GW", "kW", "kWh",
"MWh", "GWh", "TWh", "Tbps", "Gbps"; "%" and "pp"; "x" for multipliers; durations
"min", "hour", "day", "week", "month", "year"; "count" for counted things; "MCI" for
Kazakhstan's monthly calculation index, the unit its laws set fines and thresholds in.
SI prefixes stay in the unit as written; only scale words fold into the value.
"""

from __future__ import annotations

from typing import Final

# Scale words folded into the value (the quantity grammar is built from these keys).
SCALES: Final[dict[str, float]] = {
    "dozen": 12, "hundred": 1e2, "hundred thousand": 1e5, "hundred million": 1e8,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
    "hundred billion": 1e11,
    "thousand": 1e3, "thousands": 1e3, "thsd": 1e3, "thous": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6, "mil": 1e6, "mio": 1e6, "m": 1e6,
    "billion": 1e9, "billions": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "trillions": 1e12, "trn": 1e12, "tn": 1e12, "tln": 1e12, "trln": 1e12,
    "thous.": 1e3, "ths": 1e3, "thou.": 1e3,
    "thou": 1e3,  # "8.2 thou tonnes", as statistics agencies shorten "thousand"
    # Translated releases of the region: "56,2 th. TEU" (only before a unit or currency: see
    # `quantity`), "0,52 mlrd. manats" (Russian "milliard")
    "th": 1e3, "mlrd": 1e9, "milliard": 1e9, "milliards": 1e9,
}
# Units written in capitals that may follow a dotted scale ("1,5 mln. TEU"), where a capital
# otherwise opens the next sentence ("Transit reached 5.2 mln. In 2024 ...").
CAPITAL_UNITS_AFTER_DOT: Final[tuple[str, ...]] = ("TEU", "FEU")

# Currency signs written before (or, for a few, after) the amount.
CURRENCY_SIGNS: Final[dict[str, str]] = {
    "US$": "USD", "U.S.$": "USD", "USD$": "USD", "$": "USD", "€": "EUR", "£": "GBP",
    "¥": "JPY", "₸": "KZT", "₼": "AZN", "₾": "GEL", "₽": "RUB", "₺": "TRY", "₹": "INR",
    "C$": "CAD", "A$": "AUD", "HK$": "HKD", "S$": "SGD", "₩": "KRW", "CN¥": "CNY", "RMB": "CNY",
    "$US": "USD", "US $": "USD", "U.S. $": "USD", "$A": "AUD", "AU$": "AUD", "NZ$": "NZD",
    "CA$": "CAD", "S $": "SGD", "RM": "MYR", "Rs.": "INR", "Rs": "INR", "R$": "BRL",
    "HK $": "HKD", "C $": "CAD", "NZ $": "NZD", "AU $": "AUD", "CA $": "CAD", "Y=": "JPY",
    "AUD$": "AUD", "CAD$": "CAD", "NZD$": "NZD", "MXN$": "MXN", "MX$": "MXN", "SGD$": "SGD",
    "Mex$": "MXN",
    "₮": "MNT", "֏": "AMD",  # the tugrik's and the dram's signs: "₮1.9 trillion", "25,000 ֏"
    "Tg": "KZT",  # "Tg 4.4 billion": tenge, as some Kazakh outlets write it
    "TL": "TRY",  # "TL 500 million": Turkish lira, as Turkish outlets write it
}

# Currency signs as ASCII folding writes them ("£" becomes "PS"), read only where the number
# after them (glued or after a space) cannot be a model name: with decimals, digit groups or
# a scale ("PS2.7m", "PS21,700"; never "PS5").
FOLDED_SIGNS: Final[dict[str, str]] = {
    "PS": "GBP",
    # The Gulf press's own signs, under the same guard, since letters before a bare number are
    # as often a code ("flight QR361"): "Dh1.1 billion", "Dhs 400m" (UAE dirham), "SR2.5
    # billion" (Saudi riyal), "QR 3.6 billion" (Qatari riyal)
    "Dh": "AED", "Dhs": "AED", "SR": "SAR", "QR": "QAR",
    # the IMF's unit of account, in which IDA credits and grants are signed, under the same
    # guard ("SDR 2" may be a programme's name): "an IDA credit of SDR 37.5 million"
    "SDR": "XDR",
}

# Signs that may also follow the amount ("1,200€").
CURRENCY_SIGNS_AFTER: Final[dict[str, str]] = {
    "€": "EUR", "£": "GBP", "₸": "KZT", "₼": "AZN", "₾": "GEL", "₽": "RUB", "₺": "TRY", "₹": "INR",
    "$": "USD", "¥": "JPY", "元": "CNY", "₡": "CRC", "₭": "LAK", "₩": "KRW",
    "₮": "MNT", "֏": "AMD",
}

# ISO 4217 codes recognised before or after the amount ("KZT 3 trillion", "1.2 bn USD").
ISO_CODES: Final[frozenset[str]] = frozenset(
    "USD EUR GBP JPY CNY KZT AZN GEL RUB TRY UZS KGS TJS TMT AMD BYN UAH IRR AED SAR CHF INR "
    "KRW CAD AUD HKD SGD PLN CZK HUF RON BGN SEK NOK DKK QAR KWD PKR AFN MXN BRL ZAR MNT "
    "XDR".split()
)

# Currencies with many units to the dollar, and roughly how many (an order of magnitude is
# all their users need): what moving one box or selling one tonne costs runs to millions in
# them ("a tonne of cement sold for 1.15 million soums"), as it never does in dollars.
MANY_PER_USD: Final[dict[str, float]] = {
    "UZS": 12_500, "IRR": 500_000, "MNT": 3_400, "KRW": 1_400, "KZT": 500, "AMD": 390,
}

# Currency names written after the amount ("50 billion tenge", "2.9 billion manats").
CURRENCY_WORDS: Final[dict[str, str]] = {
    "us dollars": "USD", "u.s. dollars": "USD", "usd": "USD", "dollars": "USD", "dollar": "USD",
    "euros": "EUR", "euro": "EUR", "tenge": "KZT", "manats": "AZN", "manat": "AZN",
    "azerbaijani manats": "AZN", "turkmen manats": "TMT", "lari": "GEL", "laris": "GEL",
    "yuan": "CNY", "renminbi": "CNY", "roubles": "RUB", "rubles": "RUB", "rouble": "RUB",
    "ruble": "RUB", "turkish lira": "TRY", "liras": "TRY", "lira": "TRY", "yen": "JPY",
    "pounds sterling": "GBP", "sterling": "GBP", "soums": "UZS", "soum": "UZS",
    "uzbek sums": "UZS", "uzbek soums": "UZS", "sums": "UZS",
    # "set at 12,000 sum per tonne": Uzbek releases in English write the singular too
    "sum": "UZS", "uzbek sum": "UZS", "som": "KGS", "somoni": "TJS",
    # the Uzbek Latin spelling, with its apostrophe as typed or typeset ("60 so'm per kWh",
    # "1.2 trillion so‘m"): the soum, not the Kyrgyz som
    "so'm": "UZS", "so\u2018m": "UZS", "so\u2019m": "UZS", "so`m": "UZS",
    "soms": "KGS", "kyrgyz soms": "KGS", "turkish liras": "TRY", "kazakh tenge": "KZT",
    "georgian lari": "GEL", "russian rubles": "RUB", "russian roubles": "RUB",
    "tajik somoni": "TJS", "azerbaijani manat": "AZN",
    "drams": "AMD",
    # a currency named with its country's adjective: "40 billion Kyrgyz som", "12 billion
    # Armenian drams"
    "kyrgyz som": "KGS", "armenian drams": "AMD", "armenian dram": "AMD", "turkmen manat": "TMT",
    "uzbek so'm": "UZS", "georgian laris": "GEL", "mongolian tugrik": "MNT",
    "tajik somonis": "TJS", "somonis": "TJS", "tenges": "KZT",
    # "costs an estimated 1.7 trillion tugriks": Mongolia's currency
    "tugriks": "MNT", "tugrik": "MNT", "togrogs": "MNT", "mongolian tugriks": "MNT",
    # Iran's and Pakistan's currencies in the North-South and Trans-Afghan corridors' news
    # ("45 trillion rials", "Rs 1.2 billion" beside Pakistan: `rates.is_pakistani`)
    "rials": "IRR", "rial": "IRR", "iranian rials": "IRR", "pakistani rupees": "PKR",
    "afghanis": "AFN",
    # Belarus's own rouble in the China-Europe transit news ("150 Belarusian roubles")
    "belarusian roubles": "BYN", "belarusian rubles": "BYN", "belarusian rouble": "BYN",
    "belarusian ruble": "BYN",
    # the Gulf's currencies: a riyal is Saudi unless it is Qatar's
    "qatari riyals": "QAR", "qatari riyal": "QAR", "saudi riyals": "SAR", "riyal": "SAR",
    "uae dirhams": "AED", "emirati dirhams": "AED", "dirham": "AED",
    "rupees": "INR", "dirhams": "AED", "riyals": "SAR", "hryvnias": "UAH", "zlotys": "PLN",
    "swiss francs": "CHF", "francs": "CHF", "australian dollars": "AUD",
    "canadian dollars": "CAD", "new zealand dollars": "NZD", "hong kong dollars": "HKD",
    "singapore dollars": "SGD", "danish crowns": "DKK", "danish kroner": "DKK", "kroner": "DKK",
    "swedish kronor": "SEK", "kronor": "SEK", "norwegian kroner": "NOK", "ringgit": "MYR",
    "rand": "ZAR", "pesos": "MXN", "shekels": "ILS", "bitcoins": "BTC", "bitcoin": "BTC",
    "indian rupees": "INR", "chinese yuan": "CNY", "japanese yen": "JPY",
    "finnish markka": "FIM", "markka": "FIM", "pesetas": "ESP", "peseta": "ESP",
    "dutch guilders": "NLG", "guilders": "NLG", "marks": "DEM", "deutsche marks": "DEM",
    "rmb": "CNY", "us dollar": "USD", "mexican pesos": "MXN",
    # the IMF's unit of account after the amount: "45 million SDRs", "30 million special
    # drawing rights"
    "sdr": "XDR", "sdrs": "XDR", "special drawing rights": "XDR",
}

# Exchange rates ("the tenge weakened to 512 per dollar", "the euro traded at 598 tenge"):
# the currencies a rate is quoted against, and the currencies named as the one quoted
# (read by `exchange_rates`).
RATE_BASE_CURRENCIES: Final[dict[str, str]] = {
    "dollar": "USD", "euro": "EUR", "rouble": "RUB", "ruble": "RUB", "yuan": "CNY",
}
QUOTED_CURRENCIES: Final[dict[str, str]] = {
    "tenge": "KZT", "manat": "AZN", "lari": "GEL", "som": "KGS", "soum": "UZS", "sum": "UZS",
    "lira": "TRY", "hryvnia": "UAH", "dram": "AMD", "rouble": "RUB", "ruble": "RUB",
    "yuan": "CNY", "rupee": "INR", "somoni": "TJS",
}

# Physical and other units written after the amount: surface (lower case) -> (unit, scale, per).
# "mt" is million tonnes in this field's news ("0.84 mt"); "bcm" is a billion cubic metres.
_UNIT_WORDS_MAIN: Final[dict[str, tuple[str, float, str | None]]] = {
    "metric tons": ("t", 1.0, None), "metric tonnes": ("t", 1.0, None), "tonnes": ("t", 1.0, None),
    "tonne": ("t", 1.0, None), "tons": ("t", 1.0, None), "ton": ("t", 1.0, None),
    "t": ("t", 1.0, None), "mt": ("t", 1e6, None), "mmt": ("t", 1e6, None),
    "mtpa": ("t", 1e6, "year"), "ktpa": ("t", 1e3, "year"), "ktpy": ("t", 1e3, "year"),
    "kt": ("t", 1e3, None), "kilotonnes": ("t", 1e3, None), "kilograms": ("kg", 1.0, None),
    "kg": ("kg", 1.0, None),
    "twenty-foot equivalent units": ("TEU", 1.0, None),
    "twenty-foot equivalent unit": ("TEU", 1.0, None),
    "teus": ("TEU", 1.0, None), "teu": ("TEU", 1.0, None), "feu": ("FEU", 1.0, None),
    # boxes counted empty or full are TEU all the same: "15,000 empty TEU" of repositioning
    "empty teu": ("TEU", 1.0, None), "empty teus": ("TEU", 1.0, None),
    "loaded teu": ("TEU", 1.0, None), "loaded teus": ("TEU", 1.0, None),
    "laden teu": ("TEU", 1.0, None), "laden teus": ("TEU", 1.0, None),
    "barrels": ("bbl", 1.0, None), "barrel": ("bbl", 1.0, None), "bbl": ("bbl", 1.0, None),
    "bpd": ("bbl", 1.0, "day"), "b/d": ("bbl", 1.0, "day"), "tpd": ("t", 1.0, "day"),
    "kb/d": ("bbl", 1e3, "day"), "mb/d": ("bbl", 1e6, "day"), "kbpd": ("bbl", 1e3, "day"),
    "mbpd": ("bbl", 1e6, "day"), "tpa": ("t", 1.0, "year"), "cu m": ("m3", 1.0, None),
    "mbd": ("bbl", 1e6, "day"), "kbd": ("bbl", 1e3, "day"), "dwt": ("t", 1.0, None),
    "deadweight tonnes": ("t", 1.0, None), "deadweight tons": ("t", 1.0, None),
    # a project shipment's size in freight (revenue) tonnes, the larger of weight and volume
    "freight tonnes": ("t", 1.0, None), "freight tons": ("t", 1.0, None),
    "revenue tonnes": ("t", 1.0, None), "revenue tons": ("t", 1.0, None),
    "cu. m": ("m3", 1.0, None),
    "cubic metres": ("m3", 1.0, None), "cubic meters": ("m3", 1.0, None), "m3": ("m3", 1.0, None),
    "m³": ("m3", 1.0, None), "bcm": ("m3", 1e9, None), "tcm": ("m3", 1e12, None),
    # a compound's singular and its hyphenated adjective, as square metres' are: "a 2,000
    # cubic-metre LNG bunkering barge", "a 30,000 cubic metre tank"
    "cubic metre": ("m3", 1.0, None), "cubic meter": ("m3", 1.0, None),
    "cubic-metre": ("m3", 1.0, None), "cubic-meter": ("m3", 1.0, None),
    "ton-kilometres": ("tkm", 1.0, None), "ton-kilometers": ("tkm", 1.0, None),
    "tonne-km": ("tkm", 1.0, None), "ton-km": ("tkm", 1.0, None), "t-km": ("tkm", 1.0, None),
    "tonne-kilometres": ("tkm", 1.0, None), "tonne-kilometers": ("tkm", 1.0, None),
    # shipping's freight work: tonnes carried times sea miles, kept as written (not tkm)
    "ton-miles": ("tmi", 1.0, None), "tonne-miles": ("tmi", 1.0, None),
    "ton-mile": ("tmi", 1.0, None), "tonne-mile": ("tmi", 1.0, None),
    "tkm": ("tkm", 1.0, None), "passenger-kilometres": ("pkm", 1.0, None),
    "passenger-kilometers": ("pkm", 1.0, None), "passenger-km": ("pkm", 1.0, None),
    "bcma": ("m3", 1e9, "year"), "bcm/y": ("m3", 1e9, "year"), "bcm/yr": ("m3", 1e9, "year"),
    "mcm": ("m3", 1e6, None), "mmcm": ("m3", 1e6, None),
    # water in rivers and reservoirs is counted by the cubic kilometre, a billion cubic metres
    # as bcm is ("the reservoir holds 13.3 cubic kilometres", "22 km3 of Amu Darya water")
    "cubic kilometres": ("m3", 1e9, None), "cubic kilometers": ("m3", 1e9, None),
    "cubic km": ("m3", 1e9, None), "cu km": ("m3", 1e9, None), "km3": ("m3", 1e9, None),
    "km³": ("m3", 1e9, None), "km^3": ("m3", 1e9, None), "km cubed": ("m3", 1e9, None),
    # a river's or canal's flow: "a norm of 600 m3/s" (the rate is part of the symbol)
    "m3/s": ("m3", 1.0, "second"), "m³/s": ("m3", 1.0, "second"),
    "square kilometres": ("km2", 1.0, None), "square kilometers": ("km2", 1.0, None),
    "sq km": ("km2", 1.0, None), "km2": ("km2", 1.0, None), "km²": ("km2", 1.0, None),
    "km^2": ("km2", 1.0, None), "km squared": ("km2", 1.0, None),  # "4km^2", "4 km squared"
    "hectares": ("ha", 1.0, None), "ha": ("ha", 1.0, None),
    "hectare": ("ha", 1.0, None),  # a compound's singular: "the 34-hectare logistics centre"
    # yields in post-Soviet statistics: "34 centners per hectare" (a centner, or quintal, is
    # 100 kg, so tonnes keep one mass unit for harvests and their yields)
    "centners": ("t", 0.1, None), "centner": ("t", 0.1, None), "quintals": ("t", 0.1, None),
    "quintal": ("t", 0.1, None),
    "kilometres": ("km", 1.0, None), "kilometers": ("km", 1.0, None),
    "kilometre": ("km", 1.0, None),
    "kilometer": ("km", 1.0, None), "km/h": ("km", 1.0, "hour"), "km": ("km", 1.0, None),
    "metres": ("m", 1.0, None), "meters": ("m", 1.0, None), "metre": ("m", 1.0, None),
    "meter": ("m", 1.0, None), "m": ("m", 1.0, None),
    # a Ro-Ro ship's deck space for trailers, in metres of lane ("1,200 lane metres")
    "lane metres": ("m", 1.0, None), "lane meters": ("m", 1.0, None),
    # a ship's gross tonnage, its enclosed volume, not a weight ("a ferry of 23,000 gross
    # tonnes"): GT, the code port dues are charged per (`rates`)
    "gross tonnes": ("GT", 1.0, None), "gross tons": ("GT", 1.0, None),
    "miles": ("mi", 1.0, None), "mile": ("mi", 1.0, None), "mi": ("mi", 1.0, None),
    # the sea's distances, 1,852 m each, kept as written ("40 nautical miles off Aktau")
    "nautical miles": ("nmi", 1.0, None), "nautical mile": ("nmi", 1.0, None),
    "feet": ("ft", 1.0, None),
    "foot": ("ft", 1.0, None), "ft": ("ft", 1.0, None),
    "megawatts": ("MW", 1.0, None), "megawatt": ("MW", 1.0, None), "mw": ("MW", 1.0, None),
    "gigawatts": ("GW", 1.0, None), "gigawatt": ("GW", 1.0, None), "gw": ("GW", 1.0, None),
    "kilowatts": ("kW", 1.0, None), "kw": ("kW", 1.0, None),
    "kilowatt-hours": ("kWh", 1.0, None), "kwh": ("kWh", 1.0, None), "mwh": ("MWh", 1.0, None),
    "gwh": ("GWh", 1.0, None), "twh": ("TWh", 1.0, None),
    "terabits per second": ("Tbps", 1.0, None), "tbps": ("Tbps", 1.0, None),
    "tbit/s": ("Tbps", 1.0, None), "gigabits per second": ("Gbps", 1.0, None),
    "gbps": ("Gbps", 1.0, None), "gbit/s": ("Gbps", 1.0, None),
    # a bit rate is one unit, as Gbps is (not megabits per second of time)
    "megabits per second": ("Mbps", 1.0, None), "mbit/s": ("Mbps", 1.0, None),
    "percentage points": ("pp", 1.0, None), "percentage point": ("pp", 1.0, None),
    # hyphenated as an adjective: "a 0.5-percentage-point rise", "a one-percentage-point cut"
    "percentage-point": ("pp", 1.0, None),
    "pp": ("pp", 1.0, None), "p.p.": ("pp", 1.0, None), "ppt": ("pp", 1.0, None),
    "per cent": ("%", 1.0, None), "percent": ("%", 1.0, None), "pct": ("%", 1.0, None),
    "%": ("%", 1.0, None),
    # a gradient in per mille: "a ruling gradient of 17‰" is metres of climb per kilometre
    "‰": ("‰", 1.0, None), "per mille": ("‰", 1.0, None), "per mil": ("‰", 1.0, None),
    "minutes": ("min", 1.0, None), "hours": ("hour", 1.0, None), "hour": ("hour", 1.0, None),
    "hrs": ("hour", 1.0, None), "hr": ("hour", 1.0, None),
    "days": ("day", 1.0, None), "day": ("day", 1.0, None), "weeks": ("week", 1.0, None),
    # "issued in 3 working days": days counted on the office calendar are still days
    "working days": ("day", 1.0, None), "business days": ("day", 1.0, None),
    # free time on containers before demurrage or detention runs: "14 free days", "5 calendar
    # days" are days all the same
    "free days": ("day", 1.0, None), "calendar days": ("day", 1.0, None),
    # a port's and a fleet's use of time, berths or ships by the days each was taken: "its
    # 17 berths were occupied for 4,930 berth-days", "1,200 ship-days of waiting"
    "berth-days": ("day", 1.0, None), "ship-days": ("day", 1.0, None),
    "week": ("week", 1.0, None), "months": ("month", 1.0, None), "month": ("month", 1.0, None),
    "years": ("year", 1.0, None), "year": ("year", 1.0, None),
    "times": ("x", 1.0, None), "fold": ("x", 1.0, None),
    # Minor currency units: the value is kept in the major unit ("19 cents" is 0.19 USD).
    "cents": ("USD", 0.01, None), "cent": ("USD", 0.01, None), "us cents": ("USD", 0.01, None),
    "u.s. cents": ("USD", 0.01, None), "pence": ("GBP", 0.01, None),
    "euro cents": ("EUR", 0.01, None), "euro cent": ("EUR", 0.01, None),
    "eurocents": ("EUR", 0.01, None),
    "sen": ("MYR", 0.01, None),
    # the region's own: "29.5 tetri per kWh" (lari), "tiyn" (tenge), "tiyin" (soum), "qapik"
    "tetri": ("GEL", 0.01, None), "tiyn": ("KZT", 0.01, None), "tiyns": ("KZT", 0.01, None),
    "tiyin": ("UZS", 0.01, None), "tiyins": ("UZS", 0.01, None),
    "qapik": ("AZN", 0.01, None), "gapik": ("AZN", 0.01, None),
    # Iran's everyday unit, ten rials: "4 million tomans per trip" is 40 million IRR
    "tomans": ("IRR", 10.0, None), "toman": ("IRR", 10.0, None),
    "iranian tomans": ("IRR", 10.0, None),
    "pc": ("%", 1.0, None), "basis points": ("pp", 0.01, None), "basis point": ("pp", 0.01, None),
    "bps": ("pp", 0.01, None),
    "seconds": ("s", 1.0, None), "second": ("s", 1.0, None), "secs": ("s", 1.0, None),
    "sec": ("s", 1.0, None), "minute": ("min", 1.0, None), "mins": ("min", 1.0, None),
    # a link's latency: "about 85 milliseconds between Frankfurt and Hong Kong" (in seconds;
    # not "ms", which is also "MS", a motor ship)
    "milliseconds": ("s", 0.001, None), "millisecond": ("s", 0.001, None),
    "yards": ("yd", 1.0, None), "yard": ("yd", 1.0, None), "yds": ("yd", 1.0, None),
    "inches": ("in", 1.0, None), "inch": ("in", 1.0, None),
    "centimetres": ("cm", 1.0, None), "centimeters": ("cm", 1.0, None), "cm": ("cm", 1.0, None),
    "millimetres": ("mm", 1.0, None), "millimeters": ("mm", 1.0, None), "mm": ("mm", 1.0, None),
    "micrometres": ("um", 1.0, None), "micrometers": ("um", 1.0, None),
    "microns": ("um", 1.0, None),
    "µm": ("um", 1.0, None), "nanometres": ("nm", 1.0, None), "nanometers": ("nm", 1.0, None),
    "square feet": ("ft2", 1.0, None), "square foot": ("ft2", 1.0, None),
    "sq ft": ("ft2", 1.0, None),
    "sq. ft.": ("ft2", 1.0, None), "square metres": ("m2", 1.0, None),
    "square meters": ("m2", 1.0, None),
    # a compound's singular: "a 100,000 square metre warehouse"
    "square metre": ("m2", 1.0, None), "square meter": ("m2", 1.0, None),
    # hyphenated as an adjective: "a 40,000-square-metre fulfilment centre"
    "square-metre": ("m2", 1.0, None), "square-meter": ("m2", 1.0, None),
    "square-kilometre": ("km2", 1.0, None), "square-kilometer": ("km2", 1.0, None),
    "square-foot": ("ft2", 1.0, None),
    "sq m": ("m2", 1.0, None), "m2": ("m2", 1.0, None), "m²": ("m2", 1.0, None),
    # abbreviated with a point, as "sq. ft." is: "a 32 thousand sq. m warehouse", "4 sq.km"
    "sq. m": ("m2", 1.0, None), "sq.m": ("m2", 1.0, None), "sq. km": ("km2", 1.0, None),
    "sq.km": ("km2", 1.0, None),
    "square miles": ("mi2", 1.0, None), "acres": ("acre", 1.0, None), "acre": ("acre", 1.0, None),
    "cubic feet": ("ft3", 1.0, None),
    "litres": ("l", 1.0, None), "liters": ("l", 1.0, None), "litre": ("l", 1.0, None),
    "liter": ("l", 1.0, None), "millilitres": ("ml", 1.0, None), "milliliters": ("ml", 1.0, None),
    "ml": ("ml", 1.0, None), "gallons": ("gal", 1.0, None), "gallon": ("gal", 1.0, None),
    "pints": ("pint", 1.0, None), "quarts": ("quart", 1.0, None),
    "grams": ("g", 1.0, None), "gram": ("g", 1.0, None), "milligrams": ("mg", 1.0, None),
    "mg": ("mg", 1.0, None), "micrograms": ("ug", 1.0, None), "pounds": ("lb", 1.0, None),
    "pound": ("lb", 1.0, None), "lbs": ("lb", 1.0, None), "lb": ("lb", 1.0, None),
    "ounces": ("oz", 1.0, None), "ounce": ("oz", 1.0, None), "oz": ("oz", 1.0, None),
    # (millions of pounds are money, "361 million pounds", unless the goods weighed follow:
    # "8.3 million pounds U3O8", "20 million pounds of uranium": see `POUNDS_OF_GOODS`)
    # gold and silver are weighed in troy ounces ("3.4 million troy ounces"), as oz says
    "troy ounces": ("oz", 1.0, None), "troy ounce": ("oz", 1.0, None),
    "troy oz": ("oz", 1.0, None),
    "kilotons": ("t", 1e3, None), "megatons": ("t", 1e6, None), "gigatons": ("t", 1e9, None),
    "horsepower": ("hp", 1.0, None), "hp": ("hp", 1.0, None), "bhp": ("hp", 1.0, None),
    "watts": ("W", 1.0, None), "watt": ("W", 1.0, None), "wh": ("Wh", 1.0, None),
    "hertz": ("Hz", 1.0, None), "hz": ("Hz", 1.0, None), "khz": ("kHz", 1.0, None),
    "mhz": ("MHz", 1.0, None), "ghz": ("GHz", 1.0, None),
    "gigabytes": ("GB", 1.0, None), "gb": ("GB", 1.0, None), "megabytes": ("MB", 1.0, None),
    "terabytes": ("TB", 1.0, None), "tb": ("TB", 1.0, None), "exabytes": ("EB", 1.0, None),
    "megabits": ("Mbit", 1.0, None), "decibels": ("dB", 1.0, None), "db": ("dB", 1.0, None),
    "volts": ("V", 1.0, None), "kilovolts": ("kV", 1.0, None), "kv": ("kV", 1.0, None),
    "amps": ("A", 1.0, None), "amperes": ("A", 1.0, None), "knots": ("kn", 1.0, None),
    # the trade's abbreviations of knots ("held a steady 12 kn"); "kt" stays kilotonnes
    "kn": ("kn", 1.0, None), "kts": ("kn", 1.0, None),
    "calories": ("cal", 1.0, None), "kcal": ("kcal", 1.0, None),
    "parts per million": ("ppm", 1.0, None), "ppm": ("ppm", 1.0, None),
    "parts per billion": ("ppb", 1.0, None), "ppb": ("ppb", 1.0, None),
    "gigapascals": ("GPa", 1.0, None), "gpa": ("GPa", 1.0, None), "mpa": ("MPa", 1.0, None),
    "ksi": ("ksi", 1.0, None), "psi": ("psi", 1.0, None), "newton metres": ("N m", 1.0, None),
    "nm": ("N m", 1.0, None), "pound-feet": ("lb ft", 1.0, None), "lb-ft": ("lb ft", 1.0, None),
    "mah": ("mAh", 1.0, None), "rpm": ("rpm", 1.0, None),
    "revolutions per minute": ("rpm", 1.0, None), "mpg": ("mpg", 1.0, None),
    "miles per gallon": ("mpg", 1.0, None), "mph": ("mi", 1.0, "hour"),
    "miles per hour": ("mi", 1.0, "hour"), "kph": ("km", 1.0, "hour"),
    "kilometres per hour": ("km", 1.0, "hour"), "kilometers per hour": ("km", 1.0, "hour"),
    "m/s": ("m", 1.0, "s"), "metres per second": ("m", 1.0, "s"),  # "gusts of 30 metres per
    "meters per second": ("m", 1.0, "s"),  # second halted the ferries": wind, as m/s is
    "degrees celsius": ("degC", 1.0, None),
    "degrees centigrade": ("degC", 1.0, None), "celsius": ("degC", 1.0, None),
    "°c": ("degC", 1.0, None), "ºc": ("degC", 1.0, None), "degrees fahrenheit": ("degF", 1.0, None),
    "fahrenheit": ("degF", 1.0, None), "°f": ("degF", 1.0, None), "ºf": ("degF", 1.0, None),
    "degrees": ("deg", 1.0, None), "degree": ("deg", 1.0, None), "°": ("deg", 1.0, None),
    "degf": ("degF", 1.0, None), "degc": ("degC", 1.0, None), "deg c": ("degC", 1.0, None),
    "deg f": ("degF", 1.0, None), "° celsius": ("degC", 1.0, None),
    "degree celsius": ("degC", 1.0, None), "degree fahrenheit": ("degF", 1.0, None),
    "degrees c": ("degC", 1.0, None), "degrees f": ("degF", 1.0, None),
    "degree c": ("degC", 1.0, None), "degree f": ("degF", 1.0, None),
    "deg celsius": ("degC", 1.0, None), "deg fahrenheit": ("degF", 1.0, None),
    "celcius": ("degC", 1.0, None), "farenheit": ("degF", 1.0, None),  # common misspellings
    "degrees farenheit": ("degF", 1.0, None), "degrees celcius": ("degC", 1.0, None),
    "° fahrenheit": ("degF", 1.0, None), "min": ("min", 1.0, None), "μm": ("um", 1.0, None),
    "millimeter": ("mm", 1.0, None), "millimetre": ("mm", 1.0, None),
    "centimeter": ("cm", 1.0, None), "centimetre": ("cm", 1.0, None),
    "nanometer": ("nm", 1.0, None), "nanometre": ("nm", 1.0, None),
    "micrometer": ("um", 1.0, None), "micrometre": ("um", 1.0, None), "micron": ("um", 1.0, None),
    "sqm": ("m2", 1.0, None), "gigatonnes": ("t", 1e9, None), "megatonnes": ("t", 1e6, None),
    # tonnes of CO2 (or its equivalent) in one symbol, as carbon accounts write them: "0.9
    # tCO2 per tonne of clinker", "190 MtCO2e" (the gas is what `emissions` measures)
    "tco2": ("t", 1.0, None), "tco2e": ("t", 1.0, None), "ktco2": ("t", 1e3, None),
    "ktco2e": ("t", 1e3, None), "mtco2": ("t", 1e6, None), "mtco2e": ("t", 1e6, None),
    "gtco2": ("t", 1e9, None), "gtco2e": ("t", 1e9, None),
    # and grams or kilograms of it per unit of transport work: "18 gCO2/tkm", "550 kgCO2e per TEU"
    "gco2": ("g", 1.0, None), "gco2e": ("g", 1.0, None), "kgco2": ("kg", 1.0, None),
    "kgco2e": ("kg", 1.0, None),
    "km/hr": ("km", 1.0, "hour"), "km/hour": ("km", 1.0, "hour"), "m.p.h.": ("mi", 1.0, "hour"),
    "mbps": ("Mbps", 1.0, None), "milligram": ("mg", 1.0, None), "kilogram": ("kg", 1.0, None),
    "gigapascal": ("GPa", 1.0, None), "megawatt-hours": ("MWh", 1.0, None),
    "monthly calculation indices": ("MCI", 1.0, None),
    "monthly calculation indexes": ("MCI", 1.0, None),
    "monthly calculation index": ("MCI", 1.0, None),
}

# Smaller units and kitchen measures, mostly outside trade news.
_UNIT_WORDS_MORE: Final[dict[str, tuple[str, float, str | None]]] = {
    "megabytes": ("MB", 1.0, None), "mb": ("MB", 1.0, None), "kilobytes": ("KB", 1.0, None),
    "kb": ("KB", 1.0, None), "micrograms": ("ug", 1.0, None), "microgram": ("ug", 1.0, None),
    "microgrammes": ("ug", 1.0, None), "microgramme": ("ug", 1.0, None), "μg": ("ug", 1.0, None),
    "µg": ("ug", 1.0, None), "ug": ("ug", 1.0, None), "dm": ("dm", 1.0, None),
    "decimetres": ("dm", 1.0, None), "decimeters": ("dm", 1.0, None),
    "tablespoons": ("tbsp", 1.0, None), "tablespoon": ("tbsp", 1.0, None),
    "tbsp": ("tbsp", 1.0, None), "teaspoons": ("tsp", 1.0, None), "teaspoon": ("tsp", 1.0, None),
    "tsp": ("tsp", 1.0, None), "cups": ("cup", 1.0, None), "cup": ("cup", 1.0, None),
    "kmph": ("km", 1.0, "hour"), "picometers": ("pm", 1.0, None), "picometres": ("pm", 1.0, None),
    "picometer": ("pm", 1.0, None), "picometre": ("pm", 1.0, None),
    "rad": ("rad", 1.0, None), "radians": ("rad", 1.0, None), "radian": ("rad", 1.0, None),
}
# Codes with a scale, as European business writing has them: "30 MUSD", "120 MEUR",
# "450 kEUR", "TEUR 250" after the number only.
_SCALED_CODES: Final[dict[str, tuple[str, float, str | None]]] = {
    f"{prefix}{code}": (code, scale, None)
    for code in ("USD", "EUR", "GBP", "CHF", "SEK", "NOK", "DKK", "AUD", "CAD", "JPY", "CNY")
    for prefix, scale in (("M", 1e6), ("k", 1e3), ("T", 1e3))
}
UNIT_WORDS: Final[dict[str, tuple[str, float, str | None]]] = {
    **_UNIT_WORDS_MAIN, **_UNIT_WORDS_MORE, **_SCALED_CODES,
}

# Unit symbols that count only in the case written ("5 W", not "5 w").
CASED_UNITS: Final[dict[str, tuple[str, float, str | None]]] = {
    "W": ("W", 1.0, None), "V": ("V", 1.0, None), "kW": ("kW", 1.0, None),
    "MW": ("MW", 1.0, None), "GW": ("GW", 1.0, None),
    "l": ("l", 1.0, None),  # "a 1.0l engine" (not "L": "24703 L-202" is a code)
    "PS": ("PS", 1.0, None),  # metric horsepower after the number: "224 kW / 300 PS"
    "GT": ("GT", 1.0, None),  # gross tonnage after the number: "a Ro-Pax of 9,000 GT"
    "″": ("in", 1.0, None),  # the double prime: "a 25.5″ neck"
    "g": ("g", 1.0, None),  # "45g each" (not "5G": the mobile network is written in capitals)
    "tU": ("t", 1.0, None),  # "guided 25,000-26,500 tU": tonnes of uranium (not "TU", "tu")
    # "a spread of 310 bp": basis points as bond desks write them (not "BP", the oil company)
    "bp": ("pp", 0.01, None),
    # Kazakhstan's monthly calculation index, the unit its laws set fines and thresholds in
    # ("fines of 50 MCI", "exceeding 1,000 MCI"): its tenge value changes every year
    "MCI": ("MCI", 1.0, None), "MCIs": ("MCI", 1.0, None),
}

# Yield symbols of post-Soviet statistics that count only before "/ha" ("13.5 c/ha", "35 q/ha":
# centners, or quintals, of 100 kg per hectare); alone "5 c" or "Q 3" is a letter, not a unit.
YIELD_SYMBOLS: Final[dict[str, tuple[str, float, str | None]]] = {
    "c": ("t", 0.1, None), "q": ("t", 0.1, None),
}

# Counted things: plural noun (lower case) -> item name in the dataset (singular).
# Only nouns that measure something in trade and logistics; "nations", "regions" and the like
# are deliberately absent, so "the two nations" is never a claim.
COUNT_NOUNS: Final[dict[str, str]] = {
    "container trains": "container train", "freight trains": "freight train",
    "block trains": "block train", "train services": "train service", "trains": "train",
    "train": "train",
    # a train's runs as Chinese releases count them: "5,620 China-Europe freight train trips"
    # (the train's item, not "trip": a run of a train is a train)
    "train trips": "train", "freight train trips": "freight train",
    "container train trips": "container train", "trips": "trip", "journeys": "journey",
    "voyages": "voyage",
    "sailings": "sailing",  # "three sailings a week on the Batumi-Burgas line": ferry trips
    # passages through a strait or a canal, counted as voyages are: "96 tanker transits of the
    # Bosphorus last week"
    "transits": "transit",
    # a port's or a pass's shutdowns: "lists 5 closures of the Caspian ports due to wind"
    "closures": "closure",
    # track equipment: "has installed 42 new signalling sections on the main line"
    "signalling sections": "signalling section", "signaling sections": "signalling section",
    # a tanker's or bulker's turn at a terminal: "Tanker loadings at the CPC terminal totalled 52"
    "loadings": "loading",
    # "boxes": containers, as shipping writes them ("the terminal lifted 900,000 boxes")
    # "a shortage of about 3,000 empties": empty containers, as depots and lessors say
    "containers": "container", "boxes": "container", "empties": "container",
    "wagons": "wagon", "railcars": "railcar",
    "rail wagons": "wagon",
    "platforms": "platform",
    # "eleven tank cars derailed": rail tank wagons, counted as wagons are (not motor cars)
    "tank cars": "wagon", "tank wagons": "wagon",
    "flatcars": "flatcar", "flat cars": "flatcar",  # "bought 2,000 flatcars in 2024"
    # covered wagons for grain and fertiliser, counted as wagons are ("300 hopper wagons"):
    # "1,200 gondola cars and 300 grain hoppers"
    "hoppers": "wagon", "grain hoppers": "wagon",
    "locomotives": "locomotive", "vessels": "vessel", "ships": "ship",
    # rolling stock for people, counted as wagons are: "a tender for 30 passenger coaches"
    "coaches": "coach", "passenger coaches": "coach", "carriages": "carriage",
    "passenger carriages": "carriage",
    "tankers": "tanker", "ferries": "ferry", "barges": "barge", "dredgers": "dredger",
    "icebreakers": "icebreaker",  # "four icebreakers escorted 126 vessels": a fleet in ice
    # harbour craft in a shipowner's fleet: "eleven tankers, four ferries and three tugs"
    "tugs": "tug", "tugboats": "tug",
    # a fishing fleet: "two new trawlers joined the fleet", "40 fishing boats"
    "trawlers": "trawler", "boats": "boat", "fishing boats": "boat",
    # events that shut a road or a line, counted as disruption: "cleared 27 avalanches from the
    # road", "frost caused 214 switch failures"
    "avalanches": "avalanche", "mudflows": "mudflow", "landslides": "landslide",
    "switch failures": "switch failure",
    "pairs of trains": "train pair", "pairs of container trains": "train pair",
    "train pairs": "train pair",  # "handles up to 16 train pairs a day"
    "permits": "permit",  # "issued 12,500 road transport permits"
    "carnets": "carnet",  # "issued 180,000 TIR carnets": customs transit documents
    # "issued 1.25 million work patents": the papers labour migrants work on
    "work permits": "work permit", "work patents": "work permit",
    # "processed 2.1 billion transactions worth ...": payments counted, not money
    "transactions": "transaction", "card transactions": "transaction",
    "payment transactions": "transaction", "payments": "payment",  # "3.1 million payments"
    # trade finance counted: "issued 1,240 letters of credit worth $860 million"
    "letters of credit": "letter of credit",
    # money sent by people, counted: "handled 4.3 million incoming transfers", "2 million
    # money transfers a month" (the sums sent are money, read as money)
    "transfers": "transfer", "money transfers": "transfer", "incoming transfers": "transfer",
    "outgoing transfers": "transfer",
    "certificates": "certificate",  # "issued 18,400 certificates of origin"
    # "insurers received 420 claims for damaged cargo": what a disruption cost, counted
    "claims": "claim", "insurance claims": "claim",
    # the insurance market counted: "the International Group brings together 12 clubs",
    # "38 insurers write cargo cover", "issued 5,400 cargo policies"
    "clubs": "club", "insurers": "insurer", "reinsurers": "reinsurer",
    "policies": "policy", "insurance policies": "policy",
    "container feeders": "feeder", "feeders": "feeder", "feeder vessels": "feeder",
    "trucks": "truck", "lorries": "lorry", "vehicles": "vehicle", "units": "unit",
    "buses": "bus",  # "bought 300 electric buses": a fleet renewed, as trucks are
    "automobiles": "car",  # "produced 401,000 automobiles": cars by their formal name
    # cars by their make, in the plural: "Chevrolets sold in Kazakhstan numbered 45,000",
    # "exported 12,000 Ladas"
    **{make: "car" for make in ("chevrolets", "ladas", "toyotas", "hyundais", "kias",
                                "nissans", "renaults", "skodas", "volkswagens")},
    "car sales": "car", "vehicle sales": "vehicle",  # "car sales numbered 45,000": cars sold
    # cars traded across a border, as "car sales" are sold: "car re-exports fell to 95,000"
    **{f"{thing} {flow}": thing for thing in ("car", "vehicle")
       for flow in ("exports", "imports", "re-exports")},
    # "1,200 car carriers waited at the border": the trucks that move new cars, not the cars
    "car carriers": "car carrier", "car transporters": "car carrier",
    # farm machinery bought and sold by the piece: "bought 3,400 tractors from Belarus",
    # "delivered 820 combine harvesters" (not "combines", a verb as often as a noun)
    "tractors": "tractor", "combine harvesters": "combine harvester",
    "harvesters": "combine harvester",
    # "4,560 pcs. of containers": see `named_counts.name_the_units`
    "pieces": "piece", "pcs": "piece",
    "legal entities": "legal entity",  # "531,027 registered legal entities"
    "trailers": "trailer", "cars": "car", "flights": "flight", "aircraft": "aircraft",
    # flights hired whole: "88 charter flights" (not a bare "charters": a ship's or a
    # tanker's charter parties as often, "KMTF concluded 35 charters for its tankers")
    "charter flights": "charter flight",
    # aircraft by their other names, and the airlines counted ("40 cargo airlines call at")
    "jets": "jet", "freighters": "freighter", "airliners": "airliner", "planes": "plane",
    "airlines": "airline",
    "passengers": "passenger", "tourists": "tourist", "visitors": "visitor",
    "visits": "visit",  # "the trade centre received 8.6 million visits"
    "arrivals": "arrival", "citizens": "citizen",  # "480,000 Turkish citizens visited"
    # "repaid in 30 semi-annual instalments": a loan's repayment schedule
    "instalments": "instalment", "installments": "instalment",
    "projects": "project", "companies": "company", "firms": "firm", "enterprises": "enterprise",
    "businesses": "business", "entrepreneurs": "entrepreneur", "investors": "investor",
    "exporters": "exporter", "importers": "importer",
    # customs' trusted traders: "the number of authorised economic operators rose to 64"
    "authorised economic operators": "authorised economic operator",
    "authorized economic operators": "authorised economic operator",
    "aeos": "authorised economic operator",
    "economic operators": "company",  # customs' word for any trading business, no AEO
    # an online market's and a high street's traders: "3,500 small sellers closed", "1,600
    # fruit stores", "120 retailers" (not a bare "stores" as a verb: a count needs its number)
    "sellers": "seller", "online sellers": "seller", "merchants": "merchant",
    "retailers": "retailer", "shops": "shop", "stores": "store",
    # "5,200 shippers are registered on the app": firms that send cargo (not forwarders, a
    # survey's sample in own_heldout_surveys)
    "shippers": "shipper",
    # "offered 15.25 million shares", "sold 4 million GDRs": the pieces of a company sold
    "shares": "share", "ordinary shares": "share", "common shares": "share", "gdrs": "GDR",
    "joint ventures": "joint venture", "ventures": "venture",
    "parcels": "parcel", "postal parcels": "parcel",  # "sorted 300,000 parcels per day"
    # a marketplace's orders and the points and lockers its buyers collect them from:
    # "processed 2.3 million orders in a day", "runs more than 5,000 pick-up points"
    "orders": "order", "online orders": "order", "pick-up points": "pick-up point",
    "pickup points": "pick-up point", "parcel lockers": "parcel locker",
    "subscribers": "subscriber",  # "2.1 million mobile internet subscribers"
    # a booking platform's business: "1,126 registered users", "booked 9,840 wagon slots",
    # "120,000 wagon bookings this year" (space on a ferry or a train, reserved and counted)
    "users": "user", "slots": "slot", "bookings": "booking",
    "subscriptions": "subscription",  # "88 mobile broadband subscriptions per 100 inhabitants"
    # a quay crane's lifts, its productivity: "24 moves per crane per hour"
    "moves": "move", "crane moves": "move", "container moves": "move", "box moves": "move",
    "berths": "berth", "terminals": "terminal", "warehouses": "warehouse", "ports": "port",
    "sheds": "shed",  # a port's covered storage: "two new sheds of 12,000 square metres"
    # a tourist trade's room to stay: "1,630 hotels with 68,000 beds", "25,000 new hotel
    # rooms" (a bare "rooms" too: "a 300-room hotel" is a size, "opened 400 rooms")
    "hotels": "hotel", "beds": "bed", "hotel beds": "bed", "rooms": "room",
    "hotel rooms": "room",
    "cabins": "cabin",  # "a Ro-Pax ferry with 72 cabins": a ship's rooms for drivers and
    # passengers, counted as its berths are
    # a warehouse's loading points, as brokers list them: "36 dock doors", "24 loading docks"
    "dock doors": "dock door", "loading docks": "loading dock", "loading bays": "loading bay",
    "stations": "station", "crossings": "crossing", "checkpoints": "checkpoint",
    # a crossing's points of control: "adds 12 inspection booths, up from five"
    "booths": "booth", "inspection booths": "booth", "customs booths": "booth",
    "locks": "lock",  # "the canal climbs through 13 locks": a waterway's locks, counted
    # a pipeline's gear and a terminal's shiploads: "added ten pump stations", "four tanks of
    # 20,000 cubic metres each", "about 46 cargoes of CPC Blend"
    "pump stations": "pump station", "pumping stations": "pump station",
    "tanks": "tank", "storage tanks": "tank", "cargoes": "cargo",
    # "saw 1 250 000 truck crossings": trucks crossing, counted, not border posts
    "truck crossings": "truck crossing", "lorry crossings": "truck crossing",
    "vehicle crossings": "vehicle crossing",
    # how analysts weigh a route's hassle: "four transshipments and two sea crossings", "two
    # gauge changes" (a sea crossing is a leg by ferry, no border post)
    "transshipments": "transshipment", "sea crossings": "sea crossing",
    "gauge changes": "gauge change",
    "borders": "border",  # "five borders and two sea crossings": the frontiers a route crosses
    "lanes": "lane",  # "widened to four lanes": a road's width, as road builders count it
    "substations": "substation",
    # a power plant's generating sets: "Rogun will have six turbines", "two hydro units"
    "turbines": "turbine",
    "jobs": "job", "workers": "worker", "employees": "employee", "people": "person",
    # a port's workforce: "about 1,100 dockworkers stayed off the job", "400 dockers"
    "dockworkers": "worker", "dock workers": "worker", "dockers": "worker",
    "longshoremen": "worker", "port workers": "worker",
    "households": "household",  # "resettlement affects 126 households": people counted
    # a project's beneficiaries and the services along it, as development banks count them:
    # "some 420,000 people, including 210,000 women", "equip 12 schools", "serve 40 villages"
    "women": "woman", "beneficiaries": "beneficiary", "schools": "school",
    "hospitals": "hospital", "villages": "village",
    # what a state report says was built and commissioned: "62 facilities ..., including 1,240
    # flats, 14 schools and 9 kindergartens"
    "kindergartens": "kindergarten", "flats": "flat", "apartments": "apartment",
    "facilities": "facility",
    "staff": "employee",  # "opened a fulfilment centre with 600 staff"
    "headcount": "employee",  # "Headcount rose to 3,870 from 3,540": the staff counted
    # people at work, abroad and in training: "1.2 million labour migrants", "hired 300
    # drivers", "trained 640 seafarers", "a city of 41,000 inhabitants"
    "migrants": "migrant", "labour migrants": "migrant", "labor migrants": "migrant",
    "migrant workers": "migrant", "seafarers": "seafarer", "drivers": "driver",
    "specialists": "specialist", "trainees": "trainee", "graduates": "graduate",
    "inhabitants": "inhabitant",
    # a free zone's registered companies: "the special economic zone counts 42 residents"
    "residents": "resident",
    # the zones a country runs: "operates 21 free economic zones and 406 small industrial
    # zones" (not "zones" alone: "three time zones")
    "free economic zones": "free economic zone", "special economic zones": "special economic zone",
    "free zones": "free zone", "economic zones": "economic zone",
    "industrial zones": "industrial zone", "industrial parks": "industrial park",
    # storage counted by the pallet it takes: "8,400 pallet places", "12 500 pallet spaces"
    # and a truck park's or a terminal's by the vehicle: "a parking area with 400 places",
    # "320 parking spaces for trucks" (a ranking's "climbed 13 places to 88th" is no count,
    # see `dashboard/no_measure.py`)
    "places": "place", "parking places": "place", "parking spaces": "place",
    "parking spots": "place",
    "pallet places": "pallet place", "pallet spaces": "pallet place",
    "pallet positions": "pallet place",
    "pallets": "pallet",  # "a cold store holding 7,500 pallets": loads stored, counted
    # "plans to build 13 logistics centres by 2029"
    "logistics centres": "logistics centre", "logistics centers": "logistics centre",
    "distribution centres": "distribution centre", "distribution centers": "distribution centre",
    "fulfilment centres": "fulfilment centre", "fulfillment centers": "fulfilment centre",
    "agreements": "agreement", "contracts": "contract", "lots": "lot", "documents": "document",
    "memorandums": "memorandum", "memoranda": "memorandum",  # "signed 12 memoranda"
    "deals": "deal", "products": "product", "goods": "good",
    # goods counted by the piece in trade news: "re-exported 450,000 smartphones to Russia"
    "smartphones": "smartphone", "mobile phones": "mobile phone",
    # wine and drinks are traded and reported by the bottle: "exported 112 million bottles"
    "bottles": "bottle",
    # a plant's output by the piece: "making 80,000 battery packs annually"
    "batteries": "battery", "battery packs": "battery pack",
    # a summit's pledge of training, as trainees are counted: "3,000 government scholarships"
    "scholarships": "scholarship",
    "items": "item", "members": "member", "participants": "participant",
    # a trade fair's size and business: "312 exhibitors from 27 countries", "1,150 B2B
    # meetings were held" (not "meetings" alone: "two meetings of ministers")
    "exhibitors": "exhibitor", "b2b meetings": "B2B meeting",
    "business-to-business meetings": "B2B meeting", "business meetings": "B2B meeting",
    "cranes": "crane", "hubs": "hub", "routes": "route",
    # a terminal's handling machines: "four reach stackers", "12 terminal tractors"
    "reach stackers": "reach stacker", "straddle carriers": "straddle carrier",
    "empty container handlers": "container handler", "container handlers": "container handler",
    "forklifts": "forklift",
    # a terminal's sockets for reefer containers: "the port has 120 reefer plugs"
    "plugs": "plug", "reefer plugs": "plug", "reefer points": "plug", "reefer sockets": "plug",
    # "6,200 tariff lines enter duty-free": lines of a customs tariff, not railway lines
    "tariff lines": "tariff line", "lines": "line", "wells": "well",
    "plants": "plant", "factories": "factory", "farms": "farm", "mills": "mill",
    # a textile industry's units and gear: "142 cotton-textile clusters", "100,000 spindles"
    "clusters": "cluster", "spindles": "spindle", "looms": "loom",
    "services": "service", "departures": "departure", "calls": "call", "shipments": "shipment",
    "consignments": "consignment",
    # cargo counted by the vehicle it fills: "holds up more than 2,000 loads", "1,200
    # truckloads of fruit"
    "loads": "load", "truckloads": "truckload", "wagonloads": "wagonload",
    # phytosanitary and customs refusals counted: "recorded 7 rejections of fruit consignments"
    "rejections": "rejection",
    # enforcement counted: "opened 148 criminal cases", "2,650 inspections of importers",
    # "detected 9,000 violations" (a bare "cases" is no unit: "in 12 cases")
    "criminal cases": "criminal case", "smuggling cases": "smuggling case",
    # "opened 1,860 cases of customs offences", "212 cases of smuggling" (not a bare "cases of")
    "cases of smuggling": "smuggling case", "cases of customs offences": "offence case",
    "cases of customs offenses": "offence case",
    "cases of administrative offences": "offence case",
    "cases of administrative offenses": "offence case",
    "cases of customs violations": "offence case",
    "inspections": "inspection", "audits": "audit",
    # disputes counted: "a respondent in 11 investment arbitration cases", "58 treaty-based
    # cases were filed", "a panel of three arbitrators", "backed by 1,200 shareholders"
    "arbitration cases": "arbitration case", "arbitrations": "arbitration",
    "treaty-based cases": "treaty case", "treaty cases": "treaty case",
    "lawsuits": "lawsuit", "arbitrators": "arbitrator", "shareholders": "shareholder",
    # "one of 12 freight disputes filed with the court", "settled 40 commercial disputes"
    "disputes": "dispute",
    # pollution counted from satellites: "detected 87 oil slicks", "recorded 14 oil spills"
    "oil slicks": "oil slick", "slicks": "oil slick", "oil spills": "oil spill",
    # a ship's people: "none of its 61 crew and 9 passengers", "24 crew members"
    "crew": "crew member", "crew members": "crew member",
    # sanitary and phytosanitary control counted: "carried out 38,500 laboratory tests", "can
    # run 600 samples a day", "has 14 accredited laboratories", "employs 320 inspectors"
    "tests": "test", "laboratory tests": "test", "lab tests": "test", "samples": "sample",
    "laboratories": "laboratory", "labs": "laboratory", "inspectors": "inspector",
    "officers": "officer",  # "deployed 140 additional (customs) officers": staff at a border
    "violations": "violation", "offences": "offence", "offenses": "offence",
    "scanners": "scanner", "packs": "pack",  # seized: "3,200 packs of cigarettes"
    # excise goods counted by the piece: "may bring in 200 cigarettes duty-free", "seized
    # 40,000 cigarettes and 300 cigars"
    "cigarettes": "cigarette", "cigars": "cigar",
    "bridges": "bridge", "tunnels": "tunnel",
    # a station's or a yard's lines: "expanded with six additional tracks", "12 new sidings"
    "tracks": "track", "sidings": "siding",
    # a freight station's lines where boxes are lifted on and off: "has 19 loading and
    # unloading lines" (a bare "lines" are railways or shipping companies)
    "loading and unloading lines": "loading line", "loading lines": "loading line",
    "loading and unloading tracks": "loading track", "loading tracks": "loading track",
    # project cargo counted by the piece and the lift: "90 wind turbine blades", "57 heavy
    # lifts", "in 112 packages", "24 tower sections"
    "blades": "blade", "heavy lifts": "heavy lift", "packages": "package",
    "tower sections": "tower section",
    # the structures and crews a construction report counts: "a bridge with 28 spans on 16
    # piers", "12 bridges and 3 interchanges", "700 engineers on site"
    "spans": "span", "piers": "pier", "interchanges": "interchange", "overpasses": "overpass",
    "viaducts": "viaduct", "engineers": "engineer",
    "machines": "machine",  # "1,650 workers and 210 machines are on site": plant at work
    "construction machines": "machine",
    "customs declarations": "customs declaration", "declarations": "declaration",
    "cities": "city",
    # a herd counted, not weighed: "12,000 head of cattle" (not "eggs": "a dozen eggs" is how
    # eggs are sold, and quantulum3's test reads it as one dozen)
    "head of cattle": "cattle", "head of livestock": "livestock",
    # herds as statistics offices count them: "21.4 million heads", "8.7 million head",
    # "4,390 thousand head of horses", "100 million birds" of poultry (a bare "head" is kept
    # from "head coaches" and "heads of state" by `patterns.RE_COUNT_NOUN`)
    "head": "livestock", "heads": "livestock", "heads of cattle": "cattle",
    "heads of livestock": "livestock", "head of horses": "horse", "head of sheep": "sheep",
    "head of goats": "goat", "head of sheep and goats": "sheep and goats",
    "head of camels": "camel", "head of pigs": "pig", "head of poultry": "poultry",
    "birds": "poultry",
    # fish restocked and counted: "released 6.2 million sturgeon fingerlings", "about 1.1
    # million fish" (a bare "fish" before no other noun: not "two fish farms", see
    # `patterns_around.RE_COUNT_NOUN`)
    "fingerlings": "fingerling", "fish": "fish",
}

# Word numbers (cardinal). Written out small numbers alone measure nothing ("the two
# nations"); they count only before a scale word, a unit or a counted noun.
WORD_NUMBERS: Final[dict[str, float]] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a hundred": 100, "one hundred": 100, "a": 1,
    "a dozen": 12, "dozen": 12, "half a": 0.5, "a half": 0.5,
    "half": 0.5, "quarter": 0.25, "a quarter": 0.25, "three quarters": 0.75,  # "half million"
}
# "one and a half million tonnes", "two and a half miles"
WORD_NUMBERS.update({
    f"{word} and a half": value + 0.5 for word, value in list(WORD_NUMBERS.items())
    if word in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
})
# "twenty-five million tonnes", "forty-two container trains": tens and units joined by a
# hyphen, as style guides write them (not by a space: "twenty five-year plans")
_UNITS: Final = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
WORD_NUMBERS.update({
    f"{tens}-{unit}": WORD_NUMBERS[tens] + WORD_NUMBERS[unit]
    for tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
    for unit in _UNITS
})
# Numbers as they are said aloud (transcripts): "a hundred and fifty trains", "three hundred
# and twenty billion tenge" (one number, not 300 and 20), and a decimal said digit by digit,
# "one point two million tonnes" (one decimal: the second is rarely said with a scale after it;
# never before "hundred": "at one point three hundred wagons" is 300, see `patterns`). Their
# parts, not every number they make (2,800 of them made the pattern compile 350 ms longer):
# `patterns` joins the parts, `word_number` reads the value.
BELOW_100: Final = {w: v for w, v in WORD_NUMBERS.items() if v < 100 and float(v).is_integer()
                    and " " not in w and w not in ("a", "dozen")}
HUNDREDS: Final = {"a hundred": 100.0, "one hundred": 100.0, **{
    f"{w} hundred": v * 100 for w, v in WORD_NUMBERS.items() if w in _UNITS}}
DIGIT_WORDS: Final = {"zero": 0.0, **{w: WORD_NUMBERS[w] for w in _UNITS}}


def word_number(words: str) -> float:
    """The value of a word number as `patterns` reads it (folded: lower case, single spaces):
    a word of WORD_NUMBERS, "two hundred (and) fifty", "one point two", "point five"."""
    value = WORD_NUMBERS.get(words)
    if value is not None:
        return value
    whole, point, digit = words.rpartition("point ")
    if point:
        whole = whole.strip()
        return (BELOW_100.get(whole, 0.0) if whole else 0.0) + DIGIT_WORDS[digit] / 10
    hundreds, _, rest = words.partition(" hundred ")
    return HUNDREDS[f"{hundreds} hundred"] + BELOW_100[rest.removeprefix("and ")]


# "a million and a half tonnes": the half of the scale said after it; "three-quarters of a
# billion dollars": a fraction of the scale (both only before a scale word: `quantity`)
WORD_NUMBERS.update({
    f"{one} {scale} and a half": SCALES[scale] * 1.5
    for one in ("a", "one") for scale in ("thousand", "million", "billion")
})
FRACTIONS_OF_A: Final[dict[str, float]] = {
    "three-quarters of a": 0.75, "three quarters of a": 0.75, "a quarter of a": 0.25,
    "half of a": 0.5, "a third of a": 1 / 3, "two-thirds of a": 2 / 3, "two thirds of a": 2 / 3,
}
WORD_NUMBERS.update(FRACTIONS_OF_A)

# Multiplier words: surface (lower case) -> factor.
MULTIPLIER_WORDS: Final[dict[str, float]] = {
    "twofold": 2, "two-fold": 2, "threefold": 3, "three-fold": 3, "fourfold": 4,
    "four-fold": 4, "fivefold": 5, "five-fold": 5, "sixfold": 6, "six-fold": 6,
    "sevenfold": 7, "seven-fold": 7, "eightfold": 8, "eight-fold": 8, "ninefold": 9,
    "nine-fold": 9, "tenfold": 10, "ten-fold": 10, "hundredfold": 100,
    "doubled": 2, "doubling": 2, "double": 2, "doubles": 2, "tripled": 3, "tripling": 3,
    "triple": 3, "triples": 3, "quadrupled": 4, "quadrupling": 4, "quadruple": 4,
    "halved": 0.5, "halving": 0.5, "twice": 2, "thrice": 3,
    "halve": 0.5,  # a verb only after a modal: "could halve transit times" (`multiples`)
}


# What follows millions of pounds that are a weight, not money: uranium is counted in pounds of
# U3O8 ("8.3 million pounds U3O8"), base metals in pounds of the metal (lowercase, as read).
POUNDS_OF_GOODS: Final[tuple[str, ...]] = (
    "u3o8", "of u3o8", "of uranium", "uranium", "of copper", "of copper equivalent",
    "copper", "of zinc", "of lead", "of nickel", "of molybdenum", "of cobalt",
)


# A rate's denominator as written (case-folded, hyphens as spaces) and the dataset's name of it:
# "per annum" -> year, "tonne" -> t, "box" -> container; a word not here is its own name
# (`rates`; `late_rates` for "the cost of each container").

# Rates of time: what a figure per one of them is (a flow, a rent), not one thing's price.
TIME_PERS: Final[frozenset[str]] = frozenset({"hour", "day", "week", "month", "quarter", "year"})
PER_WORDS: Final[dict[str, str]] = {
    "annum": "year", "yr": "year", "y": "year", "t km": "tkm", "wagon km": "wagon-km",
    "h": "hour", "hr": "hour", "d": "day",  # after a slash only: "2,000 t/h", "500 t/d"
    "annually": "year",
    "offense": "offence",
    "yearly": "year", "per annum": "year", "per diem": "day",
    "daily": "day", "monthly": "month", "weekly": "week", "hourly": "hour",
    "quarterly": "quarter",  # "a quota of 38,500 tonnes a quarter", "paid quarterly"
    "tonne": "t", "ton": "t", "mt": "t", "metric ton": "t", "metric tonne": "t", "barrel": "bbl",
    "tonne km": "tkm", "ton km": "tkm",
    "tonne kilometre": "tkm", "ton kilometre": "tkm", "tonne kilometer": "tkm",
    "ton kilometer": "tkm", "tonnekm": "tkm", "tonkm": "tkm", "teu": "TEU", "capita": "person",
    "port call": "call",  # port dues: "$25,000 per port call", "₺2.4 million per call"
    "rail wagon": "wagon", "railway wagon": "wagon",  # a ferry's fee: "$45 per rail wagon"
    "head": "person",  # "GDP of $1,300 per head" (a herd's "per head" stays a count of heads)
    "teu km": "TEU-km", "teukm": "TEU-km",  # emissions: "45 grams of CO2 per TEU-km"
    "40ft container": "40ft container", "40 ft container": "40ft container",
    "feu": "40ft container", "40ft box": "40ft container", "40 foot box": "40ft container",
    "box": "container",  # "save about $300 per box": shippers' word for a container
    "truckload": "truck",  # "A full truckload from Tashkent to Istanbul cost $4,300"
    "kwh": "kWh", "mwh": "MWh", "kilowatt hour": "kWh", "megawatt hour": "MWh",
    "1,000 cubic metres": "1000 m3", "1,000 cubic meters": "1000 m3",
    "1000 cubic metres": "1000 m3",
    "1000 cubic meters": "1000 m3", "1,000 m3": "1000 m3", "1000 m3": "1000 m3",
    "thousand cubic metres": "1000 m3", "thousand cubic meters": "1000 m3", "tcm": "1000 m3",
    "b": "bbl", "dollar": "USD", "us dollar": "USD", "u.s. dollar": "USD", "usd": "USD",
    "euro": "EUR",
    "eur": "EUR", "rouble": "RUB", "ruble": "RUB", "yuan": "CNY",
    "forty foot container": "40ft container",
    "40 foot container": "40ft container", "40foot container": "40ft container",
    "20ft container": "20ft container", "20 foot container": "20ft container",
    "mmbtu": "MMBtu", "sq m": "m2", "sqm": "m2", "sq ft": "ft2", "square foot": "ft2",
    "square feet": "ft2", "square metre": "m2", "square meter": "m2", "gram": "g", "gramme": "g",
    "kilogram": "kg", "kilo": "kg",  # "45 som a kilo": market prices of fruit
    "ounce": "oz", "troy ounce": "oz", "troy oz": "oz", "gallon": "gal",
    "litre": "l", "liter": "l",
    "mbps": "Mbps", "gbps": "Gbps",
    "gdr": "GDR", "adr": "ADR",
    "pound": "lb",  # "uranium at $72 per pound": a weight (sterling is never a rate's denominator)
    "cm2": "cm2", "century": "century", "decade": "decade", "mile": "mi", "hectare": "ha",
    "metre": "m", "meter": "m", "linear metre": "m", "linear meter": "m", "running metre": "m",
    "running meter": "m",  # "1,100 TEU per metre of berth", "$45,000 per linear metre of quay"
    "kilometre": "km", "kilometer": "km",  # "$3.5 million per kilometre" of a line
    "cubic metre": "m3", "cubic meter": "m3", "m³": "m3",  # "1.5 tenge per cubic metre"
    # car duties by engine size: "EUR 3 per cubic centimetre", "$1.5 per cc"
    "cubic centimetre": "cm3", "cubic centimeter": "cm3", "cm³": "cm3", "cc": "cm3",
    "ha": "ha",  # "3.4 t/ha", "34 centners per ha"
    # port dues are charged on a ship's gross tonnage: "$0.12 per GT", "€0.08 per gross tonne"
    "gt": "GT", "grt": "GT", "gross tonne": "GT", "gross ton": "GT", "gross tonnage": "GT",
}

# Heads that are no counted thing when a verb of change has them as its own subject: "the
# tariff will rise to 450", "their average age fell to 19" (`counts.count_of_subject`).
NOT_COUNTED_HEADS: Final = ("price", "tariff", "rate", "fee", "age", "level", "cost", "toll",
                            "fare", "charge", "wage", "duty", "duties")
