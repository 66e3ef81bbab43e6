"""Held-out sentences on Gulf investors and operators in Central Asia and the Caucasus, written
after the parser.

DP World, AD Ports Group, Masdar, ACWA Power, Abu Dhabi's and Saudi Arabia's development and
sovereign funds, Qatar: their port, logistics, renewable-energy and shipping deals, with stakes
in per cent, plant capacity in MW/GW and output in kWh, investment and loans in USD, AED and
SAR, joint ventures, fleet purchases, terminal capacity in TEU and concession terms in years;
projections set beside reported figures; with negatives that must not be claims (dates, deal
and decree numbers, "Vision 2030", company and project names with digits, "COP29").
Written by hand in our own words, expectations first, then compared with the parser: a
measure of how it generalises beyond the corpus and the tables it was tuned on.
"""

from __future__ import annotations

from . import Example, c, ex

UAE = "United Arab Emirates"
KSA = "Saudi Arabia"
ADP = "AD Ports Group"
DPW = "DP World"
ACWA = "ACWA Power"

POWER: list[Example] = [
    ex("gulf-masdar-commissioned-mw-in-year",
       "Masdar commissioned a 500 MW solar plant in Uzbekistan's Samarkand region in 2024.",
       c("500 MW", 500, "MW", metric="power capacity", topic="energy", kind="actual",
         period="2024", entities=["Masdar", "Uzbekistan"]),
       published="2025-02-01"),
    ex("gulf-acwa-plans-gw-by-year",
       "ACWA Power plans to bring 1.5 GW of wind capacity online in Uzbekistan by 2027.",
       c("1.5 GW", 1.5, "GW", metric="power capacity", topic="energy", kind="projection",
         period="2027", entities=[ACWA, "Uzbekistan"]),
       published="2025-02-01"),
    ex("gulf-masdar-azerbaijan-gw-pipeline-and-first",
       "Masdar's pipeline in Azerbaijan totals 4 GW, of which the first 1 GW is to be "
       "completed by 2027.",
       c("4 GW", 4, "GW", metric="power capacity", entities=["Masdar", "Azerbaijan"]),
       c("1 GW", 1, "GW", metric="power capacity", kind="projection", period="2027"),
       published="2025-03-01"),
    ex("gulf-acwa-wind-farm-generate-kwh-a-year",
       "The 240-megawatt wind farm that ACWA Power built near Baku will generate roughly "
       "1 billion kWh a year.",
       c("240-megawatt", 240, "MW", metric="power capacity", topic="energy",
         entities=[ACWA]),
       c("1 billion kWh", 1e9, "kWh", approx="approx", per="year", kind="projection",
         metric="electricity generation", topic="energy")),
    ex("gulf-masdar-expected-vs-actual-gwh",
       "The plant was designed to produce 1,100 GWh a year but delivered 1,020 GWh in 2024, "
       "Masdar said.",
       c("1,100 GWh", 1100, "GWh", per="year", metric="electricity generation"),
       c("1,020 GWh", 1020, "GWh", per=None, kind="actual", period="2024",
         metric="electricity generation"),
       published="2025-04-01"),
    ex("gulf-acwa-battery-mwh-and-mw",
       "ACWA Power will add a battery storage system of 500 MW / 1,000 MWh to its Bukhara "
       "solar park.",
       c("500 MW", 500, "MW", kind="projection", topic="energy", entities=[ACWA]),
       c("1,000 MWh", 1000, "MWh", kind="projection", topic="energy")),
    ex("gulf-produced-short-of-forecast-twh",
       "Masdar's Uzbek plants produced 1.7 TWh in 2024, short of the 1.9 TWh forecast.",
       c("1.7 TWh", 1.7, "TWh", kind="actual", period="2024",
         metric="electricity generation", entities=["Masdar", "Uzbekistan"]),
       c("1.9 TWh", 1.9, "TWh", kind="projection", period="2024",
         metric="electricity generation"),
       published="2025-03-01"),
    ex("gulf-masdar-ppa-term-and-tariff-cents",
       "Masdar signed a 25-year power purchase agreement with Uzbekistan at a tariff of 2.9 "
       "US cents per kWh.",
       c("2.9 US cents", 0.029, "USD", per="kWh", topic="energy")),
    ex("gulf-masdar-tajik-hydro-up-to",
       "Masdar is studying up to 1 GW of solar projects in Tajikistan.",
       c("1 GW", 1, "GW", approx="max", metric="power capacity", kind="projection",
         entities=["Masdar", "Tajikistan"])),
    ex("gulf-acwa-co2-avoided-tonnes-annually",
       "Once running, the plants will cut carbon dioxide emissions by 2.4 million tonnes "
       "annually.",
       c("2.4 million tonnes", 2.4e6, "t", per="year", change="decrease", metric="emissions",
         topic="energy", kind="projection")),
    ex("gulf-masdar-kazakh-wind-capacity-tripled",
       "Kazakhstan's wind capacity has tripled since 2021, helped by a 1 GW Masdar project.",
       c("tripled", 3, "x", change="increase", metric="power capacity", topic="energy",
         period="2021/..", kind="actual", entities=["Kazakhstan"]),
       c("1 GW", 1, "GW", metric="power capacity", entities=["Masdar"]),
       published="2025-05-01"),
    ex("gulf-acwa-green-hydrogen-tonnes-a-year",
       "The first phase of ACWA Power's green hydrogen plant in Tashkent region will produce "
       "3,000 tonnes of hydrogen a year.",
       c("3,000 tonnes", 3000, "t", per="year", kind="projection",
         metric="hydrogen production", topic="energy", entities=[ACWA])),
]

MONEY: list[Example] = [
    ex("gulf-acwa-invest-about-billion",
       "ACWA Power will invest about $5 billion in wind and hydrogen projects in Uzbekistan.",
       c("$5 billion", 5e9, "USD", approx="approx", metric="investment", topic="investment",
         kind="projection", entities=[ACWA, "Uzbekistan"])),
    ex("gulf-saudi-fund-loan-million",
       "The Saudi Fund for Development signed a $100 million loan with Uzbekistan for "
       "irrigation works on 3 March 2025.",
       c("$100 million", 100e6, "USD", metric="loan", topic="investment",
         entities=["Saudi Fund for Development", "Uzbekistan"]),
       published="2025-03-05"),
    ex("gulf-abu-dhabi-fund-loan-aed",
       "The Abu Dhabi Fund for Development extended a loan of AED 367 million to Tajikistan.",
       c("AED 367 million", 367e6, "AED", metric="loan", topic="investment",
         entities=["Abu Dhabi Fund for Development", "Tajikistan"])),
    ex("gulf-ad-ports-revenue-aed-growth",
       "AD Ports Group reported revenue of AED 11.7 billion for 2023, up 116% on the year "
       "before.",
       c("AED 11.7 billion", 11.7e9, "AED", metric="revenue", period="2023", kind="actual",
         entities=[ADP], change=None),
       c("116%", 116, "%", change="increase", metric="revenue", period="2023"),
       published="2024-03-01"),
    ex("gulf-acwa-profit-sar-rose",
       "ACWA Power's net profit rose 7% to SAR 1.76 billion in 2024.",
       c("7%", 7, "%", change="increase", metric="profit", period="2024", entities=[ACWA]),
       c("SAR 1.76 billion", 1.76e9, "SAR", change=None, metric="profit", period="2024",
         kind="actual"),
       published="2025-03-01"),
    ex("gulf-qatar-pledge-up-to-billion",
       "Qatar pledged to invest up to $12 billion in Kazakhstan's economy.",
       c("$12 billion", 12e9, "USD", approx="max", metric="investment", kind="projection",
         entities=["Qatar", "Kazakhstan"])),
    ex("gulf-uae-investment-stock-reported",
       "Emirati investment in Azerbaijan has reached $2.8 billion, the economy ministry said.",
       c("$2.8 billion", 2.8e9, "USD", metric="investment", kind="actual",
         entities=[UAE, "Azerbaijan"])),
    ex("gulf-dirhams-word",
       "DP World earmarked 1.1 billion dirhams for its logistics park outside Tashkent.",
       c("1.1 billion dirhams", 1.1e9, "AED", metric="investment", entities=[DPW])),
    ex("gulf-riyals-word-projects-worth",
       "Saudi companies signed 14 agreements worth 9 billion riyals with Uzbek partners.",
       c("14 agreements", 14, "count", item="agreement"),
       c("9 billion riyals", 9e9, "SAR", metric="investment",
         entities=[KSA, "Uzbekistan"])),
    ex("gulf-trade-turnover-uae-kazakh-up",
       "Trade between Kazakhstan and the UAE grew 27% to $1.2 billion in January-September "
       "2024.",
       c("27%", 27, "%", change="increase", metric="trade turnover", topic="trade",
         period="2024-01/2024-09", entities=["Kazakhstan", UAE]),
       c("$1.2 billion", 1.2e9, "USD", change=None, metric="trade turnover",
         period="2024-01/2024-09"),
       published="2024-11-01"),
    ex("gulf-trade-expected-by-up-from",
       "Trade between the UAE and Uzbekistan is expected to reach $5 billion by 2030, up "
       "from $1.6 billion in 2023.",
       c("$5 billion", 5e9, "USD", kind="projection", period="2030", change=None,
         metric="trade turnover", entities=[UAE, "Uzbekistan"]),
       c("$1.6 billion", 1.6e9, "USD", kind="actual", period="2023", change=None,
         metric="trade turnover"),
       published="2025-06-01"),
    ex("gulf-deals-signed-of-which-implemented",
       "Saudi Arabia and Uzbekistan signed deals worth $14 billion in 2022, of which $2.5 "
       "billion have been implemented.",
       c("$14 billion", 14e9, "USD", metric="investment", period="2022",
         entities=[KSA, "Uzbekistan"]),
       c("$2.5 billion", 2.5e9, "USD", metric="investment", kind="actual"),
       published="2025-06-01"),
    ex("gulf-concession-fee-per-teu",
       "The concession fee is AED 12 per TEU.",
       c("AED 12", 12, "AED", per="TEU", topic="logistics")),
    ex("gulf-project-cost-estimated",
       "The Aral wind project, led by a Saudi developer, is estimated to cost $1.1 billion.",
       c("$1.1 billion", 1.1e9, "USD", metric="project cost", topic="investment")),
    ex("gulf-capex-mn-aed-compact",
       "AD Ports plans capex of AED 450mn on its Caspian fleet next year.",
       c("AED 450mn", 450e6, "AED", metric="capital expenditure", kind="projection",
         period="2026", entities=[ADP]),
       published="2025-09-01"),
    ex("gulf-dh-sign-before-billion",
       "AD Ports will invest Dh1.1 billion in the Kuryk terminal over three years.",
       c("Dh1.1 billion", 1.1e9, "AED", metric="investment", kind="projection",
         entities=[ADP, "Port of Kuryk"])),
    ex("gulf-sr-sign-sukuk",
       "ACWA Power raised SR2.5 billion from a sukuk to fund its Uzbek wind farms.",
       c("SR2.5 billion", 2.5e9, "SAR", entities=[ACWA])),
    ex("gulf-qr-sign-and-qatari-riyals",
       "Doha will provide QR 3.6 billion for the corridor, on top of 2 billion Qatari riyals "
       "pledged last year.",
       c("QR 3.6 billion", 3.6e9, "QAR", kind="projection", entities=["Qatar"]),
       c("2 billion Qatari riyals", 2e9, "QAR"),
       published="2025-06-01"),
    ex("gulf-dh-with-dollar-gloss",
       "The deal for the Alat logistics centre is valued at Dh 4.2 billion ($1.14 billion).",
       c("Dh 4.2 billion", 4.2e9, "AED", metric="project cost"),
       c("$1.14 billion", 1.14e9, "USD", metric="project cost")),
    ex("gulf-portfolio-exceeds-gigawatts",
       "ACWA Power's portfolio in Uzbekistan exceeds 5 gigawatts.",
       c("5 gigawatts", 5, "GW", approx="min", metric="power capacity", kind="actual",
         entities=[ACWA, "Uzbekistan"])),
    ex("gulf-saudi-uzbek-trade-doubled",
       "Saudi-Uzbek trade doubled last year to nearly $200 million.",
       c("doubled", 2, "x", change="increase", metric="trade turnover", period="2024",
         entities=[KSA, "Uzbekistan"]),
       c("$200 million", 200e6, "USD", approx="approx", metric="trade turnover",
         period="2024"),
       published="2025-02-15"),
]

STAKES: list[Example] = [
    ex("gulf-dp-world-stake-percent-acquired",
       "DP World holds an 80% stake in the Poti Sea Port, which it acquired in 2011.",
       c("80%", 80, "%", metric="stake", topic="investment", entities=[DPW]),
       published="2025-01-01"),
    ex("gulf-ad-ports-jv-51-49",
       "AD Ports Group will own 51% of the joint venture with Kazmortransflot, and the "
       "Kazakh side 49%.",
       c("51%", 51, "%", metric="stake", kind="projection", entities=[ADP]),
       c("49%", 49, "%", metric="stake")),
    ex("gulf-masdar-equity-share",
       "Masdar took a 49 per cent equity share in the Azerbaijani wind developer.",
       c("49 per cent", 49, "%", metric="stake", topic="investment",
         entities=["Masdar", "Azerbaijan"])),
    ex("gulf-acwa-stake-raised-pp",
       "ACWA Power raised its stake in the project company by 10 percentage points to 75%.",
       c("10 percentage points", 10, "pp", change="increase", metric="stake"),
       c("75%", 75, "%", change=None, metric="stake")),
    ex("gulf-owners-in-brackets-own-the",
       "Masdar (49%) and Uzbekistan's energy ministry (51%) own the plant.",
       c("49%", 49, "%", metric="stake", topic="investment", entities=["Masdar"]),
       c("51%", 51, "%", metric="stake", entities=["Uzbekistan"])),
    ex("gulf-pif-pc-stake",
       "Saudi Arabia's PIF took a 25pc stake in the Uzbek power distributor.",
       c("25pc", 25, "%", metric="stake", change=None,
         entities=["Public Investment Fund"])),
    ex("gulf-interest-in-plant-undisclosed-sum",
       "Qatar's Nebras Power acquired a 20% interest in the Tajik hydropower plant for an "
       "undisclosed sum.",
       c("20%", 20, "%", metric="stake", topic="investment",
         entities=["Qatar", "Tajikistan"])),
    ex("gulf-qia-stake-bought-value",
       "The Qatar Investment Authority bought a 10% stake in the bank for $150 million.",
       c("10%", 10, "%", metric="stake", entities=["Qatar Investment Authority"]),
       c("$150 million", 150e6, "USD", metric="investment")),
]

PORTS: list[Example] = [
    ex("gulf-dp-world-teu-capacity-a-year",
       "DP World's new terminal at Aktau will be able to handle 240,000 TEU a year.",
       c("240,000 TEU", 240000, "TEU", per="year", metric="capacity", topic="logistics",
         kind="projection", entities=[DPW, "Port of Aktau"])),
    ex("gulf-poti-teu-handled-reported",
       "The DP World-run port of Poti handled 480,000 TEU in 2024, up 9%.",
       c("480,000 TEU", 480000, "TEU", metric="container volume", period="2024",
         kind="actual", entities=["Port of Poti"]),
       c("9%", 9, "%", change="increase", metric="container volume", period="2024"),
       published="2025-02-01"),
    # a deal's term written as an adjective ("30-year concession") is no claim, as the house
    # rule has it for loans' maturities and operating agreements (co-neg-decade-article);
    # said as a duration ("for 25 years") it is one (debatable: an analyst compares terms)
    ex("gulf-neg-concession-term-adjective",
       "AD Ports signed a 30-year concession to run the multipurpose terminal at Kuryk."),
    ex("gulf-concession-term-extended",
       "The concession, signed for 25 years, can be extended by another 10 years.",
       c("25 years", 25, "year"), c("10 years", 10, "year")),
    ex("gulf-dry-port-area-hectares-investment",
       "DP World will invest $200 million in a 100-hectare logistics hub at Khorgos.",
       c("$200 million", 200e6, "USD", metric="investment", kind="projection",
         entities=[DPW, "Khorgos dry port"]),
       c("100-hectare", 100, "ha")),
    ex("gulf-quay-length-and-depth",
       "The new berth will have a 350-metre quay and a depth of 7 metres.",
       c("350-metre", 350, "m", metric="quay length", kind="projection"),
       c("7 metres", 7, "m", metric="depth")),
    ex("gulf-aktau-hub-capacity-tonnes-from-to",
       "With the Gulf operator's investment, the hub's capacity will rise from 3 million "
       "to 5 million tonnes a year.",
       c("3 million", 3e6, "t", metric="capacity", kind="actual"),
       c("5 million tonnes", 5e6, "t", per="year", metric="capacity", kind="projection")),
    ex("gulf-dp-world-forecast-vs-handled",
       "DP World had forecast 1.5 million tonnes for the Poti terminal in 2024; it handled "
       "1.3 million tonnes.",
       c("1.5 million tonnes", 1.5e6, "t", kind="projection", period="2024",
         entities=[DPW, "Port of Poti"]),
       c("1.3 million tonnes", 1.3e6, "t", kind="actual", period="2024",
         metric="port throughput", entities=["Port of Poti"]),
       published="2025-02-01"),
    ex("gulf-ad-ports-investment-range-years",
       "AD Ports estimates its investment in Central Asia at $500-700 million over "
       "2025-2030.",
       c("$500-700 million", 500e6, "USD", value_high=700e6, metric="investment",
         kind="projection", period="2025/2030", entities=[ADP, "Central Asia"]),
       published="2025-06-01"),
    ex("gulf-mn-teu-capacity-a-year",
       "After the AD Ports upgrade the terminal will have a capacity of 1mn TEU a year.",
       c("1mn TEU", 1e6, "TEU", per="year", metric="capacity", kind="projection",
         entities=[ADP])),
    ex("gulf-poti-deep-water-cost-phase",
       "The first phase of the Poti deep-sea port, with a capacity of 600,000 TEU, will cost "
       "around $250 million.",
       c("600,000 TEU", 600000, "TEU", metric="capacity", entities=["Port of Poti"]),
       c("$250 million", 250e6, "USD", approx="approx", kind="projection",
         metric="project cost")),
]

SHIPPING: list[Example] = [
    ex("gulf-ad-ports-bought-tankers",
       "AD Ports Group bought three oil tankers from Kazmortransflot for the Caspian trade.",
       c("three oil tankers", 3, "count", item="tanker", metric="vessel count",
         entities=[ADP])),
    ex("gulf-fleet-grows-to-vessels-dwt",
       "The joint venture's fleet will grow to 12 vessels with a combined 120,000 dwt.",
       c("12 vessels", 12, "count", item="vessel", metric="vessel count",
         kind="projection"),
       c("120,000 dwt", 120000, "t", kind="projection")),
    ex("gulf-vessel-order-cost-each",
       "The shipping joint venture ordered two container feeders at a cost of $32 million "
       "each.",
       c("two container feeders", 2, "count", item="feeder"),
       c("$32 million", 32e6, "USD")),
    ex("gulf-caspian-tanker-cargo-tonnes-rose",
       "Tankers of the Abu Dhabi-Kazakh venture carried 1.6 million tonnes of oil in 2024, "
       "about a fifth more than a year earlier.",
       c("1.6 million tonnes", 1.6e6, "t", period="2024", kind="actual"),
       # "about a fifth more": a rise of about 20%, as an analyst would file it
       c("a fifth", 20, "%", approx="approx", change="increase", period="2024"),
       published="2025-03-01"),
    ex("gulf-fleet-numbers-after-delivery",
       "AD Ports' Caspian fleet now numbers 14 vessels after it took delivery of four new "
       "tankers.",
       c("14 vessels", 14, "count", item="vessel", metric="vessel count", kind="actual",
         entities=[ADP]),
       c("four new tankers", 4, "count", item="tanker", metric="vessel count")),
    ex("gulf-paid-for-share-of-company",
       "The Abu Dhabi group paid $35 million for a 51 per cent share of the Kazakh shipping "
       "company.",
       c("$35 million", 35e6, "USD", metric="investment", topic="investment"),
       c("51 per cent", 51, "%", metric="stake", entities=["Kazakhstan"])),
    ex("gulf-ferry-transit-days-cut",
       "The operator aims to cut ferry transit time between Aktau and Baku to 18 hours.",
       c("18 hours", 18, "hour", metric="transit time", kind="projection",
         entities=["Port of Aktau"])),
]

NEGATIVES: list[Example] = [
    ex("gulf-neg-signed-date-city",
       "DP World and Uzbekistan signed the agreement in Dubai on 15 May 2024.",
       published="2024-05-16"),
    ex("gulf-neg-cop29-vision-2030",
       "At COP29 in Baku, Masdar said the deals support Saudi Vision 2030 and the UAE's "
       "Net Zero 2050 plan."),
    ex("gulf-neg-decree-number-and-phase",
       "Presidential Decree No. 512 approved phase 2 of the Nur Navoi solar park."),
    ex("gulf-neg-two-gulf-states",
       "The two Gulf states have become the region's most active investors."),
    ex("gulf-neg-terminal-number-and-clock",
       "The ceremony at Terminal 3 of Aktau port began at 10:30 local time."),
    ex("gulf-neg-expo-and-agreement-number",
       "The memorandum, registered as Agreement No. 17/2024, was first presented at Expo "
       "2020 Dubai."),
    ex("gulf-neg-ferry-name-and-berth",
       "The ferry Caspian Star 3 docked at Berth No. 4 in Kuryk on 2 June."),
    ex("gulf-neg-flight-code-and-clock",
       "Qatar Airways flight QR361 from Doha landed in Almaty at 06:45."),
    ex("gulf-neg-qr-code",
       "Drivers scan a QR code at the gate of the DP World terminal in Aktau."),
    ex("gulf-neg-anniversary-ordinal",
       "ACWA Power marked its 20th anniversary with a forum in Tashkent on 12.03.2024."),
]

EXAMPLES: list[Example] = POWER + MONEY + STAKES + PORTS + SHIPPING + NEGATIVES

# id -> why the parser still disagrees (run as strict xfail: a fix is noticed)
KNOWN_GAPS: dict[str, str] = {
    "gulf-paid-for-share-of-company":
        "metric: 'a 51 per cent share of the ... company' is a stake, but 'share' alone is as "
        "often a market share and the company comes after the number; and money 'paid for' "
        "a stake is an acquisition (investment), for which 'paid' is no cue",
}
