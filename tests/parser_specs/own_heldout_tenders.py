"""Held-out sentences on procurement, tenders and contract awards in Central Asian and
Caucasus transport, written after the parser.

As rolling-stock and port-equipment analysts read them: tenders for locomotives, wagons,
passenger coaches, ferries and port cranes (numbers of units, lots, contract values, unit
prices per locomotive or per crane), winning bids and how far they undercut the next offer,
awards to Chinese, Turkish and European builders, delivery schedules (units a year, "by
2027"), local-content shares, advance payments, penalties and bid guarantees in per cent or
money; with negatives that must not be claims (tender, lot, hull and serial numbers, model
names with digits, dates and clock times, "the three offers"). Written by hand in our own
words, expectations first, then compared with the parser: a measure of how it generalises
beyond the corpus and the tables it was tuned on.
"""

from __future__ import annotations

from . import Example, c, ex

KTZ = "Kazakhstan Temir Zholy"
UTY = "Uzbekistan Railways"
ADY = "Azerbaijan Railways"
GR = "Georgian Railway"
INV = "investment"

TENDERS: list[Example] = [
    ex("tn-uty-tender-open-wagons-lots",
       "Uzbekistan Railways has launched a tender for 1,500 open wagons split into three lots.",
       # "three lots" divides the order, it measures nothing of its own
       c("1,500 open wagons", 1500, "count", item="wagon", entities=[UTY])),
    ex("tn-tender-number-lot-number-locomotives",
       "Tender No. 2025/LOC-14 covers lot 2, which includes 40 shunting locomotives.",
       c("40 shunting locomotives", 40, "count", item="locomotive")),
    ex("tn-gr-tender-coaches-bidders",
       "Georgian Railway's tender GR-118 for 30 passenger coaches drew bids from Stadler and "
       "CRRC.",
       c("30 passenger coaches", 30, "count", item="coach", entities=[GR])),
    ex("tn-winning-bid-per-locomotive-below-next",
       "The winning bid came in at $2.9 million per locomotive, some 12% below the next offer.",
       c("$2.9 million", 2.9e6, "USD", per="locomotive", metric="price"),
       c("12%", 12, "%", approx="approx", change="decrease")),
    ex("tn-stadler-bid-chf-lowest-of-three",
       "Stadler's bid of CHF 310 million for 25 electric trains was the lowest of the three "
       "offers.",
       c("CHF 310 million", 310e6, "CHF"),
       c("25 electric trains", 25, "count", item="train")),
    ex("tn-uzbek-order-crrc-bid",
       "China's CRRC won Uzbekistan's order for 30 freight locomotives with a bid of "
       "$105 million.",
       c("30 freight locomotives", 30, "count", item="locomotive",
         entities=["China", "Uzbekistan"]),
       c("$105 million", 105e6, "USD", entities=["China", "Uzbekistan"])),
    ex("tn-hyundai-rotem-metro-cars-soums",
       "Hyundai Rotem's offer for the Tashkent metro cars was worth 1.2 trillion soums.",
       c("1.2 trillion soums", 1.2e12, "UZS")),
    ex("tn-alat-crane-tender-cancelled",
       "The tender for 12 container cranes at Alat was cancelled after no bids met the "
       "requirements.",
       c("12 container cranes", 12, "count", item="crane", entities=["Port of Baku"])),
    ex("tn-bid-guarantee-per-lot",
       "A bid guarantee of KZT 50 million is required for each lot.",
       c("KZT 50 million", 50e6, "KZT", change=None)),
    ex("tn-budget-capped-at",
       "The tender budget is capped at 45 billion tenge.",
       c("45 billion tenge", 45e9, "KZT", approx="max", metric="budget")),
    ex("tn-offers-ranged-per-car",
       "Offers ranged from $110,000 to $135,000 per car.",
       c("$110,000 to $135,000", 110000, "USD", value_high=135000, per="car")),
    ex("tn-contract-value-could-exceed",
       "The contract value could exceed $600 million once spare parts are included.",
       c("$600 million", 600e6, "USD", approx="min", kind="projection")),
    ex("tn-bids-between-locomotives-next-three-years",
       "Officials expect between 80 and 100 new locomotives to be bought over the next three "
       "years.",
       # "the next three years" is the time frame, not a duration measured
       c("80 and 100 new locomotives", 80, "count", value_high=100, item="locomotive",
         kind="projection")),
]

AWARDS: list[Example] = [
    ex("tn-ktz-alstom-contract-locomotives",
       "Kazakhstan Temir Zholy signed a €1.2 billion contract with Alstom for 200 electric "
       "locomotives.",
       c("€1.2 billion", 1.2e9, "EUR", topic=INV, entities=[KTZ, "Alstom"]),
       c("200 electric locomotives", 200, "count", item="locomotive",
         entities=[KTZ, "Alstom"])),
    ex("tn-asco-baku-shipyard-ferries-by-2027",
       "ASCO signed a contract with Baku Shipyard for two Ro-Pax ferries worth $95 million, "
       "due by 2027.",
       c("two Ro-Pax ferries", 2, "count", item="ferry", entities=["ASCO"],
         kind="projection", period="2027"),
       c("$95 million", 95e6, "USD", entities=["ASCO"]),
       published="2025-06-01"),
    ex("tn-aktau-sts-cranes-per-crane",
       "The Port of Aktau bought four ship-to-shore cranes from ZPMC for $38 million, or "
       "$9.5 million per crane.",
       c("four ship-to-shore cranes", 4, "count", item="crane", entities=["Port of Aktau"],
         kind="actual"),
       c("$38 million", 38e6, "USD", entities=["Port of Aktau"], kind="actual"),
       c("$9.5 million", 9.5e6, "USD", per="crane", metric="price")),
    ex("tn-poti-gantry-cranes-lifting-tonnes",
       "Poti's new terminal will install six rail-mounted gantry cranes with a lifting "
       "capacity of 45 tonnes each.",
       c("six rail-mounted gantry cranes", 6, "count", item="crane", kind="projection",
         entities=["Port of Poti"]),
       c("45 tonnes", 45, "t", metric="capacity")),
    ex("tn-konecranes-order-kuryk",
       "Konecranes won a €24m order for eight mobile harbour cranes at Kuryk.",
       c("€24m", 24e6, "EUR", entities=["Port of Kuryk"]),
       c("eight mobile harbour cranes", 8, "count", item="crane",
         entities=["Port of Kuryk"])),
    ex("tn-turkish-consortium-railway-km",
       "A Turkish consortium won the $1.1 billion contract to build 120 km of railway.",
       c("$1.1 billion", 1.1e9, "USD", topic=INV, entities=["Türkiye"]),
       c("120 km", 120, "km", metric="route length")),
    ex("tn-ady-stadler-coaches-per-coach",
       "Azerbaijan Railways bought 50 passenger coaches from Stadler for €180 million, or "
       "€3.6 million per coach.",
       c("50 passenger coaches", 50, "count", item="coach", entities=[ADY], kind="actual"),
       c("€180 million", 180e6, "EUR", entities=[ADY], kind="actual"),
       c("€3.6 million", 3.6e6, "EUR", per="coach", metric="price")),
    ex("tn-gr-plans-locomotives-adb-project",
       "Georgian Railway plans to buy 14 locomotives in 2026 under an ADB-funded project "
       "worth $85 million.",
       c("14 locomotives", 14, "count", item="locomotive", kind="projection", period="2026",
         entities=[GR]),
       c("$85 million", 85e6, "USD", kind="projection", entities=["Asian Development Bank"]),
       published="2025-06-01"),
    ex("tn-turkmen-ferry-order-manats-dwt",
       "The Turkmen ferry order, valued at 250 million manats, includes two vessels of "
       "7,000 dwt.",
       c("250 million manats", 250e6, "TMT", entities=["Turkmenistan"]),
       c("two vessels", 2, "count", item="vessel"),
       c("7,000 dwt", 7000, "t", metric="capacity")),
    ex("tn-2019-contract-wagons-largest",
       "The 2019 contract for 1,000 wagons was the largest in KTZ's history.",
       c("1,000 wagons", 1000, "count", item="wagon", entities=[KTZ])),
    ex("tn-siemens-apiece-dearer",
       "At €4.1m apiece, the Siemens locomotives were 18% dearer than the Chinese offer.",
       c("€4.1m", 4.1e6, "EUR", metric="price"),
       c("18%", 18, "%", change="increase")),
    ex("tn-outbid-by-percent",
       "Stadler outbid Talgo by 7% in the second round of the tender.",
       c("7%", 7, "%", change="increase", entities=["Stadler", "Talgo"])),
    ex("tn-unit-price-of-ferries-averaged",
       "The unit price of the new Caspian ferries averaged $46 million.",
       c("$46 million", 46e6, "USD", metric="price", change=None)),
    ex("tn-ferry-costs-roughly",
       "Each Ro-Pax ferry costs roughly $48 million.",
       c("$48 million", 48e6, "USD", approx="approx")),
]

DELIVERIES: list[Example] = [
    ex("tn-turkmen-locomotives-units-per-year",
       "Turkish builder TÜRASAŞ will deliver 60 mainline locomotives to Turkmenistan, 20 units "
       "per year starting in 2026.",
       c("60 mainline locomotives", 60, "count", item="locomotive", kind="projection",
         entities=["Türkiye", "Turkmenistan"]),
       c("20 units", 20, "count", per="year", kind="projection"),
       published="2025-06-01"),
    ex("tn-crrc-hopper-wagons-end-2027",
       "CRRC is to hand over all 500 hopper wagons by the end of 2027.",
       c("500 hopper wagons", 500, "count", item="wagon", kind="projection", period="2027",
         entities=["CRRC"]),
       published="2025-06-01"),
    ex("tn-wabtec-shipped-share-of-order",
       "Wabtec has already shipped 70% of the 300 Evolution Series locomotives ordered by KTZ.",
       c("70%", 70, "%", kind="actual", change=None),
       c("300 Evolution Series locomotives", 300, "count", item="locomotive",
         entities=[KTZ, "Wabtec"])),
    ex("tn-deliveries-units-a-month",
       "Deliveries are scheduled at 12 units a month from September.",
       c("12 units", 12, "count", per="month", kind="projection"),
       published="2025-06-01"),
    ex("tn-ekibastuz-plant-wagons-a-year",
       "The Ekibastuz wagon plant can build 3,000 wagons a year.",
       c("3,000 wagons", 3000, "count", item="wagon", per="year", metric="capacity")),
    ex("tn-poti-workshop-can-assemble-cranes",
       "The Poti workshop can assemble 12 cranes a year.",
       c("12 cranes", 12, "count", item="crane", per="year", metric="capacity")),
    ex("tn-tulpar-output-cars-annually-by-2027",
       "The Astana coach factory will raise output to 150 passenger cars annually by 2027.",
       c("150 passenger cars", 150, "count", item="car", per="year", kind="projection",
         period="2027", change=None),
       published="2025-06-01"),
    ex("tn-ktz-delivery-wagons-a-year-through",
       "KTZ expects to take delivery of 1,000 freight wagons a year through 2027.",
       c("1,000 freight wagons", 1000, "count", item="wagon", per="year", kind="projection",
         entities=[KTZ]),
       published="2025-06-01"),
    ex("tn-delivery-slipped-months",
       "Delivery of the 45 wagons slipped by six months.",
       c("45 wagons", 45, "count", item="wagon"),
       c("six months", 6, "month")),
    ex("tn-delivered-so-far-of-ordered",
       "Of the 150 locomotives ordered, 25 have been delivered so far.",
       c("150 locomotives", 150, "count", item="locomotive"),
       c("25", 25, "count", item="locomotive", kind="actual")),
]

TERMS: list[Example] = [
    ex("tn-local-content-at-least-rising-by",
       "The contract requires a local-content share of at least 30%, rising to 50% by 2028.",
       c("30%", 30, "%", approx="min", change=None),
       c("50%", 50, "%", kind="projection", period="2028", change=None),
       published="2025-06-01"),
    ex("tn-localisation-reach-percent",
       "Locomotives assembled at the Astana plant now reach 52% localisation.",
       c("52%", 52, "%", kind="actual", change=None)),
    ex("tn-kz-requires-local-content-percent",
       "Kazakhstan requires 25 percent local content in rolling-stock tenders.",
       c("25 percent", 25, "%", entities=["Kazakhstan"], change=None)),
    ex("tn-advance-on-signing",
       "The buyer pays a 15% advance on signing and the balance on delivery.",
       c("15%", 15, "%", change=None)),
    ex("tn-penalty-per-day-capped",
       "Late delivery carries a penalty of 0.1% of the contract value per day, capped at 10%.",
       c("0.1%", 0.1, "%", per="day", change=None),
       c("10%", 10, "%", approx="max", change=None)),
    ex("tn-performance-bond-percent",
       "Bidders must post a performance bond of 5% of the lot price.",
       c("5%", 5, "%", change=None)),
    ex("tn-payment-terms-split",
       "Payment terms: 30% advance, 60% on delivery and 10% after the warranty period.",
       c("30%", 30, "%", change=None), c("60%", 60, "%", change=None),
       c("10%", 10, "%", change=None)),
    ex("tn-local-content-rose-pp",
       "Local content in locomotive contracts rose 12 percentage points to 44%.",
       c("12 percentage points", 12, "pp", change="increase"),
       c("44%", 44, "%", change=None)),
    ex("tn-spending-rolling-stock-yoy",
       "Kazakhstan's spending on rolling stock jumped 37% year on year to KZT 410 billion in "
       "2024.",
       c("37%", 37, "%", change="increase", period="2024", entities=["Kazakhstan"]),
       c("KZT 410 billion", 410e9, "KZT", change=None, period="2024"),
       published="2025-06-01"),
    ex("tn-gondola-price-rose-from",
       "The average price of a new gondola wagon in Kazakhstan rose to 28 million tenge from "
       "24 million tenge a year earlier.",
       c("28 million tenge", 28e6, "KZT", metric="price", change=None),
       c("24 million tenge", 24e6, "KZT", metric="price", change=None)),
    ex("tn-advance-payment-money",
       "Uzbekistan Railways transferred an advance payment of $21 million to the Chinese "
       "supplier.",
       c("$21 million", 21e6, "USD", kind="actual", entities=[UTY])),
    ex("tn-bid-undercut-by-money",
       "The Chinese bid undercut the Turkish one by $14 million.",
       c("$14 million", 14e6, "USD", change="decrease")),
]

NEGATIVES: list[Example] = [
    ex("tn-neg-lot-tender-date",
       "Lot No. 3 of tender 14/2025 was awarded on 12 May 2025."),
    ex("tn-neg-locomotive-models",
       "The TE33A and 2TE25KM locomotive models dominate the fleet."),
    ex("tn-neg-serial-number-year",
       "The ZPMC crane bearing serial number 22417 was commissioned in 2024."),
    ex("tn-neg-lots-close-clock-time",
       "Bids for Lot 1 and Lot 4 close at 15:00 Astana time on 30 June."),
    ex("tn-neg-hull-number-ordinal",
       "The ferry, hull No. 1027, is the second of its class built in Baku."),
    ex("tn-neg-procurement-code",
       "Procurement code 02.07-118 applies to all rolling-stock purchases."),
    ex("tn-futures-contract-up-percent",
       "The December steel contract was up 4% on the Shanghai exchange.",
       c("4%", 4, "%", change="increase")),
    ex("tn-neg-two-bidders-shortlisted",
       "The two shortlisted bidders have until the 15th to revise their offers."),
]

EXAMPLES: list[Example] = TENDERS + AWARDS + DELIVERIES + TERMS + NEGATIVES

KNOWN_GAPS: dict[str, str] = {}
