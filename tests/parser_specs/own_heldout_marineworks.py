"""Held-out sentences on maritime works and vessels on the Caspian and Black Sea, written
after the parser.

As analysts of shipping and ports read them: shipyards building tankers, ferries and
dry-cargo ships (deadweight in dwt, length in metres, the railcars or trucks a ferry
carries, delivery dates), dredging of port channels (cubic metres removed, depth in
metres), the falling Caspian sea level (centimetres a year, metres below sea level), draft
restrictions and partial loading, berth lengths, and port expansion phases with their
capacities; with negatives that must not be claims (IMO and hull numbers, project codes,
berth numbers, delivery dates, ordinals). Written by hand in our own words, expectations
first, then compared with the parser: a measure of how it generalises beyond the corpus and
the tables it was tuned on.
"""

from __future__ import annotations

from . import Example, c, ex

ASCO = "ASCO"
KMTF = "Kazmortransflot"
AKTAU = "Port of Aktau"
KURYK = "Port of Kuryk"
BAKU = "Port of Baku"
TMB = "Port of Turkmenbashi"
CASPIAN = "Caspian Sea"
YARD = "Baku Shipyard"

SHIPYARDS: list[Example] = [
    ex("mw-yard-delivered-dwt-tanker",
       "Baku Shipyard delivered an 8,000-dwt tanker to ASCO in March 2025.",
       c("8,000-dwt", 8000, "t", metric="capacity", topic="logistics", kind="actual",
         entities=[YARD, ASCO], change=None),
       published="2025-04-01"),
    ex("mw-ferry-railcars-or-trucks-passengers",
       "The new Ro-Pax ferry can carry 56 railcars or 50 trucks, plus 100 passengers.",
       c("56 railcars", 56, "count", item="railcar", metric="capacity", topic="logistics"),
       c("50 trucks", 50, "count", item="truck", metric="capacity"),
       c("100 passengers", 100, "count", item="passenger", metric="capacity")),
    ex("mw-tanker-combined-deadweight",
       "Kazmortransflot's 12 tankers have a combined deadweight of 96,000 tonnes.",
       c("12 tankers", 12, "count", item="tanker", metric="vessel count", entities=[KMTF]),
       c("96,000 tonnes", 96000, "t", metric="capacity", entities=[KMTF], kind="actual")),
    ex("mw-yard-up-to-four-ships-a-year",
       "The Zelenodolsk yard plans to build up to four dry-cargo ships a year for Caspian "
       "routes.",
       c("four dry-cargo ships", 4, "count", item="ship", approx="max", per="year",
         kind="projection", metric="vessel count")),
    ex("mw-delivery-slipped-months",
       "Delivery of the second tanker slipped by eight months, to December 2025.",
       c("eight months", 8, "month", change=None, metric="schedule variance"),
       published="2025-03-01"),
    ex("mw-tanker-dwt-range-shallow",
       "The yard offers tankers of 5,000–8,000 dwt designed for the Caspian's shallow ports.",
       c("5,000–8,000 dwt", 5000, "t", value_high=8000, metric="capacity",
         entities=[CASPIAN])),
    ex("mw-contract-two-tankers-dwt",
       "Kazmortransflot signed a $110 million contract for two 8,000-dwt tankers.",
       # claims never overlap: the tankers' deadweight, not their number, is the figure here
       c("$110 million", 110e6, "USD", entities=[KMTF], kind="actual"),
       c("8,000-dwt", 8000, "t", metric="capacity", entities=[KMTF]),
       published="2025-02-01"),
    ex("mw-yard-orders-rose-percent",
       "Orders at Russia's river-sea shipyards rose 35% in 2024 from a year earlier.",
       c("35%", 35, "%", change="increase", period="2024", kind="actual",
         entities=["Russia"]),
       published="2025-02-01"),
    ex("mw-yard-capacity-utilisation",
       "Baku Shipyard is working at 85% of its capacity, the company said.",
       c("85%", 85, "%", metric="capacity utilisation", change=None, entities=[YARD])),
    ex("mw-shipbuilding-invest-roubles",
       "United Shipbuilding Corporation will invest 12 billion roubles in modernising its "
       "Astrakhan yards.",
       c("12 billion roubles", 12e9, "RUB", metric="investment", topic="investment",
         kind="projection")),
    ex("mw-feeder-teu-and-length",
       "The feeder vessel has a capacity of 700 TEU and a length of 120 m.",
       c("700 TEU", 700, "TEU", metric="capacity", per=None),
       c("120 m", 120, "m")),
    ex("mw-ferry-knots-crossing-hours",
       "The new ferries will sail at 13 knots, cutting the Kuryk-Alat crossing to about 16 "
       "hours.",
       c("13 knots", 13, "kn", metric="speed", kind="projection"),
       c("16 hours", 16, "hour", approx="approx", metric="transit time", change=None,
         kind="projection", entities=[KURYK, BAKU])),
    ex("mw-tanker-length-metres-long",
       "Each tanker is 141 metres long and can load 7,800 tonnes of oil products.",
       c("141 metres", 141, "m"),
       c("7,800 tonnes", 7800, "t", metric="capacity")),
]

DREDGING: list[Example] = [
    ex("mw-dredged-silt-aktau-2024",
       "Dredgers removed 2.4 million cubic metres of silt from the Aktau approach channel in "
       "2024.",
       c("2.4 million cubic metres", 2.4e6, "m3", metric="dredging volume", topic="logistics",
         entities=[AKTAU], period="2024", kind="actual"),
       published="2025-02-01"),
    ex("mw-kuryk-deepened-by-end-2026",
       "The Kuryk channel will be deepened to 7.5 metres by the end of 2026.",
       c("7.5 metres", 7.5, "m", metric="depth", kind="projection", entities=[KURYK],
         change=None),
       published="2025-05-01"),
    ex("mw-dredging-contract-tenge-volume",
       "The contract, worth 18 billion tenge, covers dredging of 3.5 million cubic metres at "
       "Kuryk.",
       c("18 billion tenge", 18e9, "KZT", entities=[KURYK]),
       c("3.5 million cubic metres", 3.5e6, "m3", metric="dredging volume",
         entities=[KURYK])),
    ex("mw-turkmenbashi-deepened-from-to",
       "The channel at Turkmenbashi was deepened from 5 metres to 7 metres last year.",
       c("5 metres", 5, "m", metric="depth", change=None, entities=[TMB]),
       c("7 metres", 7, "m", metric="depth", change=None, period="2024", kind="actual"),
       published="2025-03-01"),
    ex("mw-sediment-every-year",
       "About 1 million cubic metres of sediment must be removed from the channel every year "
       "just to hold its depth.",
       c("1 million cubic metres", 1e6, "m3", approx="approx", per="year",
         metric="dredging volume")),
    ex("mw-dredging-took-months-km-channel",
       "Dredging the 9-km channel at Anaklia took 14 months.",
       c("9-km", 9, "km"),
       c("14 months", 14, "month", change=None)),
    ex("mw-dredging-depth-hedged-nearly",
       "Nearly 40% of the dredging at Poti is done, the port said, with the channel now at "
       "12.5 metres.",
       c("40%", 40, "%", approx="approx", change=None),
       c("12.5 metres", 12.5, "m", metric="depth", entities=["Port of Poti"])),
]

SEA_LEVEL: list[Example] = [
    ex("mw-caspian-falling-cm-a-year",
       "The Caspian is falling by roughly 20 centimetres a year, hydrologists at Kazhydromet "
       "say.",
       c("20 centimetres", 20, "cm", approx="approx", per="year", change="decrease",
         metric="water level", entities=[CASPIAN])),
    ex("mw-caspian-metres-below-sea-level",
       "The Caspian now stands at about 29.3 metres below sea level, its lowest mark since "
       "records began.",
       c("29.3 metres", 29.3, "m", approx="approx", metric="water level", change=None,
         entities=[CASPIAN])),
    ex("mw-sea-dropped-more-than-since",
       "Since 2006 the sea has dropped by more than 2 metres, leaving the Kuryk ferry berths "
       "shallow.",
       c("2 metres", 2, "m", approx="min", change="decrease", period="2006/..",
         metric="water level"),
       published="2025-06-01"),
    ex("mw-worst-case-fall-range-century",
       "A worst-case scenario sees the Caspian fall by 9 to 18 metres by the end of the "
       "century.",
       c("9 to 18 metres", 9, "m", value_high=18, change="decrease", kind="projection",
         metric="water level", entities=[CASPIAN])),
    ex("mw-level-dropped-two-years",
       "The Caspian's level dropped 11 cm in 2023 and a further 32 cm in 2024.",
       c("11 cm", 11, "cm", change="decrease", period="2023", metric="water level"),
       c("32 cm", 32, "cm", change="decrease", period="2024", metric="water level"),
       published="2025-03-01"),
    ex("mw-level-minus-metres",
       "The sea level stood at minus 28.9 metres in 2024, according to the Caspian "
       "monitoring centre.",
       c("minus 28.9 metres", -28.9, "m", metric="water level", period="2024"),
       published="2025-03-01"),
]

DRAFTS: list[Example] = [
    ex("mw-makhachkala-partial-load-range",
       "Because of the shallow draft at Makhachkala, tankers leave with only 60-65% of their "
       "cargo.",
       c("60-65%", 60, "%", value_high=65, change=None, entities=["Port of Makhachkala"])),
    ex("mw-dwt-tanker-no-more-than-tonnes",
       "A 7,000-dwt tanker can take no more than 4,500 tonnes when sailing from Aktau.",
       c("7,000-dwt", 7000, "t", metric="capacity"),
       c("4,500 tonnes", 4500, "t", approx="max", entities=[AKTAU])),
    ex("mw-olya-may-not-draw-more",
       "Vessels bound for Olya may not draw more than 4.3 metres.",
       c("4.3 metres", 4.3, "m", approx="max", metric="depth",
         entities=["Port of Olya"])),
    ex("mw-volga-don-depth-cm-below-norm",
       "On the Volga-Don Canal the guaranteed depth fell to 3.6 metres this summer, 40 cm "
       "below the norm.",
       c("3.6 metres", 3.6, "m", metric="depth", change=None,
         entities=["Volga-Don Canal"]),
       c("40 cm", 40, "cm", change="decrease", metric="depth"),
       published="2025-08-15"),
    ex("mw-aktau-draft-could-fall-below-by-2030",
       "Analysts warn the draft at Aktau could fall below 4 metres by 2030.",
       c("4 metres", 4, "m", approx="max", kind="projection", metric="depth", period="2030",
         entities=[AKTAU]),
       published="2025-06-01"),
    ex("mw-bulkers-partly-loaded-vs-dwt",
       "At Chornomorsk, Panamax bulkers are loaded to 70,000 tonnes instead of their full "
       "80,000 dwt.",
       c("70,000 tonnes", 70000, "t", entities=["Port of Chornomorsk"]),
       c("80,000 dwt", 80000, "t", metric="capacity")),
    ex("mw-waiting-up-to-days",
       "Ships queued for up to 10 days at the entrance to the Volga-Don Canal in July.",
       c("10 days", 10, "day", approx="max", metric="waiting time"),
       published="2025-08-01"),
]

PORTS: list[Example] = [
    ex("mw-poti-berth-long-depth",
       "The container berth at Poti will be 400 metres long with a 13.5-metre depth "
       "alongside.",
       c("400 metres", 400, "m", metric="quay length", kind="projection",
         entities=["Port of Poti"]),
       c("13.5-metre", 13.5, "m", metric="depth", kind="projection")),
    ex("mw-anaklia-phases-teu",
       "The first phase of the Anaklia deep-sea port will handle 600,000 TEU a year, rising "
       "to 1.2 million TEU after the second phase.",
       c("600,000 TEU", 600000, "TEU", per="year", kind="projection",
         entities=["Port of Anaklia"]),
       c("1.2 million TEU", 1.2e6, "TEU", kind="projection", change=None)),
    ex("mw-aktau-hub-annual-capacity",
       "Aktau's new container hub, built with DP World, has an annual capacity of 240,000 "
       "TEU.",
       c("240,000 TEU", 240000, "TEU", per="year", metric="capacity", kind="actual",
         entities=[AKTAU, "DP World"])),
    ex("mw-alat-stage-two-from-to",
       "Once the second stage is finished in 2027, Alat's capacity will rise from 15 million "
       "to 25 million tonnes a year.",
       c("15 million", 15e6, "t", metric="capacity", entities=[BAKU]),
       c("25 million tonnes", 25e6, "t", per="year", metric="capacity", kind="projection",
         change=None),
       published="2025-04-01"),
    ex("mw-constanta-terminal-capacity-cost",
       "Constanta's new grain terminal, due in 2027, will add 4 million tonnes of annual "
       "capacity at a cost of €150 million.",
       c("4 million tonnes", 4e6, "t", per="year", metric="capacity", kind="projection",
         entities=["Port of Constanta"]),
       c("€150 million", 150e6, "EUR", kind="projection"),
       published="2025-04-01"),
    ex("mw-poti-handled-vs-design-capacity",
       "Poti handled 8.1 million tonnes in 2024, against a design capacity of 10 million "
       "tonnes.",
       c("8.1 million tonnes", 8.1e6, "t", metric="port throughput", period="2024",
         kind="actual", entities=["Port of Poti"]),
       c("10 million tonnes", 10e6, "t", metric="capacity"),
       published="2025-02-01"),
    ex("mw-phase-two-berths-quay-capacity",
       "Phase two adds four berths and 650 metres of quay, lifting the port's capacity to 3 "
       "million tonnes a year.",
       # debatable: a phase in the present tense may be built or planned; kind left unchecked
       c("four berths", 4, "count", item="berth", metric="berth count", change="increase"),
       c("650 metres", 650, "m", metric="quay length"),
       c("3 million tonnes", 3e6, "t", per="year", metric="capacity", change=None)),
    ex("mw-ferry-voyages-first-half",
       "In the first half of 2025, ferries made 312 voyages between Kuryk and Alat.",
       c("312 voyages", 312, "count", item="voyage", period="2025-01/2025-06",
         kind="actual", entities=[KURYK, BAKU]),
       published="2025-08-01"),
    ex("mw-ferry-line-railcars-up-percent",
       "The Baku–Turkmenbashi ferry line moved 14,600 railcars in 2024, up 22% on 2023.",
       c("14,600 railcars", 14600, "count", item="railcar", period="2024", kind="actual",
         entities=[TMB]),
       c("22%", 22, "%", change="increase", period="2024"),
       published="2025-02-01"),
    ex("mw-loaders-tonnes-per-hour",
       "New loaders at Aktau's oil terminal will fill tankers at 2,000 tonnes per hour.",
       c("2,000 tonnes", 2000, "t", per="hour", kind="projection", entities=[AKTAU])),
    ex("mw-ferries-move-tonnes-a-year",
       "Together the four ferries can move about 1.5 million tonnes of cargo a year.",
       # "the four ferries" points back at vessels named before: no figure reported here
       c("1.5 million tonnes", 1.5e6, "t", approx="approx", per="year", metric="capacity")),
    ex("mw-samsun-novorossiysk-up-to-trucks",
       "Each crossing on the Samsun–Novorossiysk line carries up to 60 trucks.",
       c("60 trucks", 60, "count", item="truck", approx="max",
         entities=["Port of Samsun", "Port of Novorossiysk"])),
    ex("mw-batumi-quay-km-and-capacity-doubling",
       "Batumi's expansion will double its oil-terminal capacity and add 1.2 km of quay.",
       c("double", 2, "x", change="increase", kind="projection", metric="capacity",
         entities=["Port of Batumi"]),
       c("1.2 km", 1.2, "km", metric="quay length", kind="projection")),
]

NEGATIVES: list[Example] = [
    ex("mw-neg-imo-number-renamed",
       "The tanker, IMO 9876543, was renamed Balakhany in 2019."),
    ex("mw-neg-hull-number-launch-date",
       "Hull No. 112 was launched at the Krasnoye Sormovo yard on 14 May."),
    ex("mw-neg-project-code-type",
       "The yard builds RST27 dry-cargo vessels under Project 00101."),
    ex("mw-neg-berth-number-reopened",
       "Berth 7 at Batumi reopened after repairs on 3 June."),
    ex("mw-neg-ordinals-series",
       "It is the third tanker of the series and the 25th vessel built at the yard since 2015."),
    ex("mw-neg-delivery-date",
       "The second ferry is scheduled for delivery on 15 October 2026."),
]

EXAMPLES: list[Example] = SHIPYARDS + DREDGING + SEA_LEVEL + DRAFTS + PORTS + NEGATIVES

# id -> why the parser still disagrees (run as strict xfail: a fix is noticed)
KNOWN_GAPS: dict[str, str] = {}
