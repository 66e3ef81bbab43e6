"""Held-out sentences on Caspian and Black Sea fleets, shipbuilding and freight markets,
written after the parser.

As corridor analysts read them: vessel orders and deliveries (ferries, tankers, dry-cargo
ships, container feeders), deadweight tonnage, what a vessel can carry (TEU, railcars,
trucks, passengers), the output of Baku Shipyard and other yards, the fleets of ASCO, KTZ
Express and Kazmortransflot, daily charter rates, container freight indices (Drewry WCI,
SCFI) and their weekly changes, bunker prices per tonne, vessel calls and turnaround times,
draught limits, the Caspian's falling water level; projections beside actuals; with
negatives that must not be claims (IMO and hull numbers, vessel names and project codes with
digits, berth numbers, years, ordinals, index points). Written by hand in our own words,
expectations first, then compared with the parser: a measure of how it generalises beyond
the corpus and the tables it was tuned on. What a vessel can carry is its capacity, however
the sentence names the load; how many vessels there are is the vessel count.
"""

from __future__ import annotations

from . import Example, c, ex

ASCO = "ASCO"
KMTF = "Kazmortransflot"
KTZ = "Kazakhstan Temir Zholy"
AKTAU = "Port of Aktau"
KURYK = "Port of Kuryk"
BAKU = "Port of Baku"
TMB = "Port of Turkmenbashi"
CASPIAN = "Caspian Sea"

FLEETS: list[Example] = [
    ex("fl-asco-fleet-tankers-ferries",
       "ASCO's fleet now numbers 52 vessels, including 14 tankers and 13 ferries.",
       c("52 vessels", 52, "count", item="vessel", metric="vessel count", topic="logistics",
         entities=[ASCO], kind="actual", change=None),
       c("14 tankers", 14, "count", item="tanker", metric="vessel count", entities=[ASCO]),
       c("13 ferries", 13, "count", item="ferry", metric="vessel count", entities=[ASCO]),
       published="2025-03-01"),
    ex("fl-kmtf-doubled-tanker-fleet-since",
       "Kazmortransflot has doubled its tanker fleet since 2021.",
       c("doubled", 2, "x", change="increase", metric="vessel count", entities=[KMTF],
         period="2021/..", kind="actual"),
       published="2025-04-01"),
    ex("fl-kz-merchant-fleet-by-2030-from-today",
       "Kazakhstan aims to expand its merchant fleet to 70 vessels by 2030.",
       c("70 vessels", 70, "count", item="vessel", metric="vessel count", kind="projection",
         period="2030", entities=["Kazakhstan"]),
       published="2025-05-20"),
    ex("fl-eleven-under-construction-six-dry-cargo",
       "Eleven vessels are under construction at Russian yards for Caspian operators, "
       "including six dry-cargo ships.",
       # debatable: counted now, but vessels under construction are fleet still to come, as
       # capacity under construction is (the vocabulary's "under construction" cue)
       c("Eleven vessels", 11, "count", item="vessel", metric="vessel count",
         kind="projection"),
       c("six dry-cargo ships", 6, "count", item="ship", metric="vessel count",
         kind="projection")),
    ex("fl-turkmen-fleet-carried-tonnes",
       "Turkmenistan's state shipping fleet carried 3.1 million tonnes of cargo in 2024.",
       c("3.1 million tonnes", 3.1e6, "t", metric="cargo volume", topic="logistics",
         entities=["Turkmenistan"], period="2024", kind="actual"),
       published="2025-02-15"),
    ex("fl-asco-revenue-manats-growth",
       "ASCO's freight revenue rose 9.4% to 412 million manats in 2024.",
       c("9.4%", 9.4, "%", change="increase", metric="revenue", entities=[ASCO], period="2024"),
       c("412 million manats", 412e6, "AZN", change=None, metric="revenue", entities=[ASCO],
         period="2024", kind="actual"),
       published="2025-04-10"),
    ex("fl-tanker-share-pp-and-level",
       "Tankers' share of Caspian cargo fell 4 percentage points to 61% in 2024.",
       c("4 percentage points", 4, "pp", change="decrease", period="2024"),
       c("61%", 61, "%", change=None, period="2024"),
       published="2025-03-10"),
    ex("fl-bosphorus-transits-about-down-from",
       "About 41,000 vessels transited the Bosphorus in 2024, down from 43,000 a year earlier.",
       c("41,000 vessels", 41000, "count", item="vessel", approx="approx",
         metric="vessel count", period="2024"),
       c("43,000", 43000, "count", metric="vessel count", period="2023", change=None),
       published="2025-01-30"),
]

SHIPBUILDING: list[Example] = [
    ex("fl-baku-shipyard-ferry-capacity-railcars-passengers",
       "Baku Shipyard delivered a ro-pax ferry with capacity for 56 railcars and 100 "
       "passengers.",
       c("56 railcars", 56, "count", item="railcar", metric="capacity", topic="logistics",
         kind="actual"),
       c("100 passengers", 100, "count", item="passenger", metric="capacity")),
    ex("fl-kmtf-ordered-two-tankers-dwt-each",
       "Kazmortransflot has ordered two tankers of 8,000 dwt each for delivery in 2027.",
       c("two tankers", 2, "count", item="tanker", metric="vessel count", entities=[KMTF],
         kind="projection"),
       c("8,000 dwt", 8000, "t", metric="capacity", entities=[KMTF]),
       published="2025-06-01"),
    ex("fl-kuryk-alat-ferries-will-carry-railcars",
       "Each of the new ferries for the Kuryk–Alat line will carry 50 railcars.",
       c("50 railcars", 50, "count", item="railcar", metric="capacity", kind="projection",
         entities=[KURYK])),
    ex("fl-yard-built-four-against-six-planned",
       "The Baku yard built four vessels last year, against six vessels planned.",
       c("four vessels", 4, "count", item="vessel", metric="vessel count", period="2024",
         kind="actual"),
       c("six vessels", 6, "count", item="vessel", metric="vessel count", kind="projection"),
       published="2025-01-20"),
    ex("fl-asco-chartered-feeders-teu-each",
       "ASCO chartered two container feeders of 800 TEU each to link Alat and Aktau.",
       c("two container feeders", 2, "count", item="feeder", entities=[ASCO]),
       c("800 TEU", 800, "TEU", metric="capacity", entities=[ASCO])),
    ex("fl-zangezur-ferry-can-take-trucks-passengers",
       "The new ferry can take 56 trucks and 140 passengers.",
       c("56 trucks", 56, "count", item="truck", metric="capacity"),
       c("140 passengers", 140, "count", item="passenger", metric="capacity")),
    ex("fl-combined-deadweight-million-dwt",
       "The combined deadweight of the Caspian tanker fleet is estimated at 1.1 million dwt.",
       c("1.1 million dwt", 1.1e6, "t", metric="capacity", entities=[CASPIAN])),
    ex("fl-spend-feeders-teu-each-projection",
       "The shipping company will spend $95 million on three container feeders of 500 TEU "
       "each.",
       c("$95 million", 95e6, "USD", kind="projection"),
       c("three container feeders", 3, "count", item="feeder", kind="projection"),
       c("500 TEU", 500, "TEU", metric="capacity")),
    ex("fl-world-container-ship-deliveries-projected-fall",
       "Deliveries of new container ships are projected to fall 30% in 2026 after a record "
       "2.9 million TEU in 2024.",
       c("30%", 30, "%", change="decrease", kind="projection", period="2026"),
       c("2.9 million TEU", 2.9e6, "TEU", kind="actual", period="2024"),
       published="2025-06-20"),
    ex("fl-turkmen-deal-eur-two-ro-ro",
       "Turkmenistan signed a €60 million deal with a Turkish yard for two ro-ro vessels.",
       c("€60 million", 60e6, "EUR", entities=["Turkmenistan"]),
       c("two ro-ro vessels", 2, "count", item="vessel", metric="vessel count")),
    ex("fl-russian-yards-orders-million-dwt",
       "Russian yards hold orders for 1.3 million dwt of river-sea tonnage.",
       c("1.3 million dwt", 1.3e6, "t", entities=["Russia"])),
    ex("fl-ferries-sail-knots-cut-crossing-hours",
       "The new ferries will sail at 14 knots, cutting the crossing to 16 hours.",
       c("14 knots", 14, "kn", metric="speed", kind="projection"),
       c("16 hours", 16, "hour", metric="transit time", kind="projection")),
]

FREIGHT: list[Example] = [
    ex("fl-wci-fell-week-on-week-per-40ft",
       "Drewry's World Container Index fell 3% week on week to $2,145 per 40ft container.",
       c("3%", 3, "%", change="decrease", metric="freight rate", topic="logistics"),
       c("$2,145", 2145, "USD", per="40ft container", metric="freight rate", change=None),
       published="2025-05-15"),
    ex("fl-charter-rates-about-per-day-quarter",
       "Time-charter rates for Caspian product tankers firmed to about $9,500 per day in the "
       "second quarter.",
       c("$9,500", 9500, "USD", approx="approx", per="day", metric="freight rate",
         change=None, kind="actual"),
       published="2025-07-10"),
    ex("fl-bunker-a-tonne-up-from-week-before",
       "Very-low-sulphur fuel oil at Novorossiysk cost $585 a tonne last week, up $12 from the "
       "week before.",
       c("$585", 585, "USD", per="t", change=None, entities=["Port of Novorossiysk"]),
       c("$12", 12, "USD", per="t", change="increase")),
    ex("fl-spot-rates-between-per-tonne",
       "Spot rates on the Aktau–Baku tanker run range between $18 and $22 per tonne.",
       c("$18 and $22", 18, "USD", value_high=22, per="t", metric="freight rate")),
    ex("fl-shanghai-genoa-climbed-week-per-feu",
       "Freight rates from Shanghai to Genoa climbed 7% in the week to 12 June, to $4,870 per "
       "FEU.",
       c("7%", 7, "%", change="increase", metric="freight rate"),
       c("$4,870", 4870, "USD", metric="freight rate", change=None),
       published="2025-06-13"),
    ex("fl-istanbul-bunker-eased-per-t",
       "Bunker prices in Istanbul eased 2.4% to $610/t.",
       c("2.4%", 2.4, "%", change="decrease"),
       # the rate phrase "/t" is no part of the surface (issue 2), as "per year" is not
       c("$610", 610, "USD", per="t", change=None)),
    ex("fl-handysize-hire-slipped-to",
       "Daily hire for handysize bulkers in the Black Sea slipped $750 to $11,250.",
       c("$750", 750, "USD", change="decrease", per="day"),
       c("$11,250", 11250, "USD", change=None, per="day")),
    ex("fl-scfi-dropped-percent-fourth-decline",
       "The Shanghai Containerized Freight Index dropped 5.8% week on week, its fourth weekly "
       "decline.",
       c("5.8%", 5.8, "%", change="decrease", metric="freight rate")),
    ex("fl-composite-index-per-40-foot-box-below-year",
       "At $2,480 per 40-foot box, the composite index stands 42% below its level a year "
       "earlier.",
       c("$2,480", 2480, "USD", per="40ft container", metric="freight rate"),
       c("42%", 42, "%", change="decrease")),
    ex("fl-demurrage-a-day-novorossiysk",
       "Demurrage on tankers waiting at Novorossiysk has reached $35,000 a day.",
       c("$35,000", 35000, "USD", per="day", entities=["Port of Novorossiysk"])),
    ex("fl-kuryk-alat-railcar-tariff-set",
       "The tariff for carrying a loaded railcar from Kuryk to Alat was set at $1,300.",
       c("$1,300", 1300, "USD", metric="freight rate", entities=[KURYK])),
]

OPERATIONS: list[Example] = [
    ex("fl-turkmenbashi-vessel-calls-yoy-nine-months",
       "Vessel calls at Turkmenbashi increased 18% year on year to 1,146 in "
       "January–September.",
       c("18%", 18, "%", change="increase", metric="vessel count", entities=[TMB],
         period="2025-01/2025-09"),
       c("1,146", 1146, "count", change=None, metric="vessel count", entities=[TMB],
         period="2025-01/2025-09"),
       published="2025-10-10"),
    ex("fl-baku-turnaround-cut-from-to-hours",
       "Average turnaround of ferries at Baku port was cut from 36 hours to 22 hours.",
       c("36 hours", 36, "hour", change=None, entities=[BAKU]),
       c("22 hours", 22, "hour", change=None, entities=[BAKU])),
    ex("fl-kuryk-turnaround-days-fell-from",
       "Turnaround times for ferries at Kuryk fell to 2.5 days from 4 days in 2023.",
       c("2.5 days", 2.5, "day", change=None, entities=[KURYK]),
       c("4 days", 4, "day", change=None, entities=[KURYK], period="2023"),
       published="2025-03-01"),
    ex("fl-alat-turkmenbashi-crossing-about-up-to-days",
       "The crossing from Alat to Turkmenbashi takes about 12 hours, compared with up to three "
       "days when queues build.",
       c("12 hours", 12, "hour", approx="approx", metric="transit time"),
       c("three days", 3, "day", approx="max")),
    ex("fl-ferries-ran-at-capacity-first-half",
       "The Baku–Kuryk ferries ran at 85% of capacity in the first half of 2025.",
       c("85%", 85, "%", metric="capacity utilisation", period="2025-01/2025-06",
         change=None),
       published="2025-08-01"),
    ex("fl-feeder-containers-times-to-teu",
       "Container volumes on Caspian feeders grew 2.5 times in 2024, to 61,000 TEU.",
       c("2.5 times", 2.5, "x", change="increase", metric="container volume", period="2024"),
       c("61,000 TEU", 61000, "TEU", change=None, metric="container volume", period="2024"),
       published="2025-02-01"),
    ex("fl-ktz-express-planned-vs-moved-teu",
       "KTZ Express planned to carry 150,000 TEU across the Caspian in 2024 but moved only "
       "98,000 TEU.",
       c("150,000 TEU", 150000, "TEU", kind="projection", period="2024",
         metric="container volume"),
       c("98,000 TEU", 98000, "TEU", kind="actual", period="2024", metric="container volume"),
       published="2025-02-01"),
]

WATER: list[Example] = [
    ex("fl-caspian-level-dropped-cm-year",
       "The Caspian Sea level dropped by 32 centimetres in 2024, the steepest annual fall on "
       "record.",
       c("32 centimetres", 32, "cm", change="decrease", metric="water level",
         entities=[CASPIAN], period="2024", topic="logistics"),
       published="2025-02-01"),
    ex("fl-aktau-draught-cut-metres-deadweight-percent",
       "Low water has cut the permitted draught at Aktau to 4.2 metres, forcing tankers to "
       "load only 70% of their deadweight.",
       c("4.2 metres", 4.2, "m", metric="depth", entities=[AKTAU], change=None),
       c("70%", 70, "%", change=None)),
    ex("fl-volga-don-draught-cut-cm-to-metres",
       "Draught on the Volga-Don canal was cut by 20 cm to 3.4 metres.",
       c("20 cm", 20, "cm", change="decrease", metric="depth"),
       c("3.4 metres", 3.4, "m", change=None, metric="depth")),
    ex("fl-caspian-sea-level-forecast-range-by-2050",
       "Scientists expect the Caspian's sea level to fall a further 1.5-2 metres by 2050.",
       c("1.5-2 metres", 1.5, "m", value_high=2, change="decrease", metric="water level",
         kind="projection", period="2050", entities=[CASPIAN]),
       published="2025-06-01"),
    ex("fl-caspian-water-level-cm-a-year-since",
       "The Caspian's water level has dropped by an average of 7 cm a year since 2005.",
       c("7 cm", 7, "cm", per="year", change="decrease", metric="water level",
         period="2005/..", entities=[CASPIAN])),
    ex("fl-aktau-dredging-depth-cost-tenge",
       "Dredging will restore a depth of 7 metres in Aktau's approach channel at a cost of "
       "12 billion tenge.",
       c("7 metres", 7, "m", metric="depth", kind="projection", entities=[AKTAU]),
       c("12 billion tenge", 12e9, "KZT", metric="project cost", kind="projection")),
]

NEGATIVES: list[Example] = [
    ex("fl-neg-imo-number-berth-date",
       "The tanker Babek (IMO 9734567) left Berth 4 at Sangachal on 3 May."),
    ex("fl-neg-hull-number-floated-out",
       "Hull No. 105 was floated out at Baku Shipyard on 12 September 2025."),
    ex("fl-neg-vessel-names-with-digits",
       "The Volgo-Balt 214 and the Omskiy-103 loaded grain at Astrakhan on Monday."),
    ex("fl-neg-project-codes-design-year",
       "The RSD49-class ferries and Project 005RST01 tankers follow a 2023 design."),
    ex("fl-neg-berth-ordinal-year",
       "Berth 7 at Alat will host the shipyard's third ferry in 2026."),
    ex("fl-neg-scfi-index-points",
       "The SCFI rose 41.6 points to 1,402.5 points this week."),
    ex("fl-neg-imo-tier-and-mepc-session",
       "From 2026 the ferries must meet IMO Tier III limits adopted at MEPC 80."),
]

EXAMPLES: list[Example] = FLEETS + SHIPBUILDING + FREIGHT + OPERATIONS + WATER + NEGATIVES

# id -> why the parser still disagrees (run as strict xfail: a fix is noticed)
KNOWN_GAPS: dict[str, str] = {
    "fl-kuryk-alat-ferries-will-carry-railcars":
        "metric: 'each of the new ferries ... will carry 50 railcars' is one vessel's capacity, "
        "but 'carry' is also the verb of cargo moved ('KTZ will carry 50,000 containers'); "
        "telling them apart needs the subject's kind (a single vessel vs a carrier), which the "
        "count rule does not read",
}
