"""Held-out sentences on vessel tracking and freight analytics (AIS data, satellite
monitoring) in the Caspian, the Black Sea and along the corridors, written after the parser.

As analysts of ship-tracking reports read them: port calls and transits counted over a week
or a month, average dwell times in port (hours, days), vessel speeds in knots, queues of
ships waiting (how many, for how long on average), tanker loadings per month, fleet
utilisation and the share of the fleet idle, ton-miles, week-on-week changes ("up 12%
w/w"), medians and averages, the busiest days; with negatives that must not be claims (MMSI
and IMO numbers, vessel names with digits, week numbers, coordinates, times of day, version
numbers of a data source). Written by hand in our own words, expectations first, then
compared with the parser: a measure of how it generalises beyond the corpus and the tables
it was tuned on.
"""

from __future__ import annotations

from . import Example, c, ex

AKTAU = "Port of Aktau"
BAKU = "Port of Baku"
KURYK = "Port of Kuryk"
POTI = "Port of Poti"
NOVO = "Port of Novorossiysk"
CONSTANTA = "Port of Constanta"
CASPIAN = "Caspian Sea"
BLACK_SEA = "Black Sea"
LOG = "logistics"

CALLS: list[Example] = [
    ex("ais-aktau-port-calls-month",
       "AIS data show 214 port calls at Aktau in October, up 9% on September.",
       c("214 port calls", 214, "count", metric="vessel count", topic=LOG, period="2025-10",
         entities=[AKTAU], kind="actual", change=None),
       c("9%", 9, "%", change="increase", metric="vessel count", period="2025-10"),
       published="2025-11-05"),
    ex("ais-bosphorus-tanker-transits-week",
       "Tracking data recorded 96 tanker transits of the Bosphorus last week, up 12% w/w.",
       c("96 tanker transits", 96, "count", kind="actual", change=None),
       c("12%", 12, "%", change="increase", kind="actual"),
       published="2025-11-10"),
    ex("ais-baku-calls-down-w-w",
       "Calls at Baku port fell 7% w/w to 41.",
       c("7%", 7, "%", change="decrease", entities=[BAKU]),
       c("41", 41, "count", change=None, entities=[BAKU]),
       published="2025-11-10"),
    ex("ais-caspian-vessels-tracked-daily",
       "On an average day some 180 vessels are tracked on the Caspian Sea.",
       c("180 vessels", 180, "count", item="vessel", metric="vessel count", approx="approx",
         entities=[CASPIAN])),
    ex("ais-kuryk-ferry-calls-quarter",
       "Ferries made 126 calls at Kuryk in the third quarter, against 98 a year earlier.",
       c("126 calls", 126, "count", metric="vessel count", period="2025-07/2025-09",
         entities=[KURYK]),
       c("98", 98, "count", period="2024-07/2024-09", change=None),
       published="2025-10-20"),
    ex("ais-busiest-day-calls",
       "The busiest day of the month was 14 October, with 19 vessels alongside at Aktau.",
       c("19 vessels", 19, "count", item="vessel", metric="vessel count", entities=[AKTAU]),
       published="2025-11-05"),
    ex("ais-poti-calls-yoy-nine-months",
       "Port calls at Poti rose 6.4% year on year in January–September to 1,032.",
       c("6.4%", 6.4, "%", change="increase", metric="vessel count",
         period="2025-01/2025-09", entities=[POTI]),
       c("1,032", 1032, "count", change=None, period="2025-01/2025-09"),
       published="2025-10-15"),
    ex("ais-transits-kerch-halved",
       "Transits through the Kerch Strait have halved since the spring.",
       c("halved", 0.5, "x", change="decrease")),
]

DWELL: list[Example] = [
    ex("ais-aktau-dwell-hours",
       "Average dwell time at Aktau was 38 hours in October, down from 52 hours in September.",
       c("38 hours", 38, "hour", metric="waiting time", topic=LOG, period="2025-10",
         entities=[AKTAU], change=None),
       c("52 hours", 52, "hour", metric="waiting time", period="2025-09", change=None),
       published="2025-11-05"),
    ex("ais-baku-dwell-days-median",
       "The median dwell time of dry-bulk carriers in Baku rose to 2.6 days.",
       # "Baku" alone is the town, not its port (entities' convention): no port entity
       c("2.6 days", 2.6, "day", metric="waiting time", change=None)),
    ex("ais-novorossiysk-tanker-dwell",
       "Tankers spent an average of 4.2 days in port at Novorossiysk, 1.1 days longer than in "
       "August.",
       c("4.2 days", 4.2, "day", entities=[NOVO], change=None),
       c("1.1 days", 1.1, "day", change="increase")),
    ex("ais-constanta-dwell-fell-pct",
       "Average time in port for container ships at Constanța fell 15% to 31 hours.",
       c("15%", 15, "%", change="decrease", entities=[CONSTANTA]),
       c("31 hours", 31, "hour", change=None, entities=[CONSTANTA])),
    ex("ais-turnaround-ferry-hours",
       "Turnaround of a ferry at Alat now takes about 10 hours.",
       c("10 hours", 10, "hour", approx="approx", change=None)),
    ex("ais-dwell-range-days",
       "Grain vessels at the Black Sea ports waited between 3 and 5 days to load.",
       # "between" is a range's hedge, outside the surface (expectation corrected, as
       # own_heldout_seasons reads "between 3.8 and 4.1 metres")
       c("3 and 5 days", 3, "day", value_high=5, metric="waiting time",
         entities=[BLACK_SEA])),
]

QUEUES: list[Example] = [
    ex("ais-queue-vessels-waiting-anchor",
       "Satellite images showed 27 vessels waiting at anchor off Aktau on Monday.",
       c("27 vessels", 27, "count", item="vessel", metric="vessel count", entities=[AKTAU],
         kind="actual")),
    ex("ais-queue-average-waiting-days",
       "Ships in the queue have waited 6.5 days on average.",
       c("6.5 days", 6.5, "day", metric="waiting time", change=None)),
    ex("ais-queue-grew-to-from",
       "The queue of tankers off Novorossiysk grew to 34 from 21 a week earlier.",
       c("34", 34, "count", entities=[NOVO], change=None),
       c("21", 21, "count", change=None)),
    ex("ais-queue-shrank-by",
       "The queue at the Bosphorus shrank by 11 ships over the weekend.",
       c("11 ships", 11, "count", item="ship", change="decrease")),
    ex("ais-queue-waiting-up-to",
       "Some bulk carriers queued for up to 12 days before berthing at Poti.",
       c("12 days", 12, "day", approx="max", metric="waiting time", entities=[POTI])),
    ex("ais-queue-waiting-time-hours-to-days",
       "Waiting time at the Volga-Don canal locks stretched from 18 hours to nearly 3 days.",
       c("18 hours", 18, "hour", metric="waiting time", change=None),
       c("3 days", 3, "day", metric="waiting time", approx="approx", change=None)),
]

SPEEDS: list[Example] = [
    ex("ais-speed-average-knots",
       "Tankers crossing the Caspian averaged 9.8 knots in October.",
       c("9.8 knots", 9.8, "kn", metric="speed", topic=LOG, period="2025-10",
         entities=[CASPIAN], change=None),
       published="2025-11-05"),
    ex("ais-speed-slowed-from-to",
       "Average speed of container ships in the Black Sea slowed from 13.2 knots to 11.9 "
       "knots.",
       c("13.2 knots", 13.2, "kn", metric="speed", change=None),
       c("11.9 knots", 11.9, "kn", metric="speed", change=None)),
    ex("ais-speed-drop-pct",
       "Ferry speeds on the Kuryk–Alat line dropped 8% as the sea level fell.",
       c("8%", 8, "%", change="decrease", metric="speed")),
    ex("ais-speed-below-knots",
       "Over a third of the tankers sailed at less than 10 knots.",
       c("a third", 100 / 3, "%", approx="min", change=None),
       c("10 knots", 10, "kn", approx="max", metric="speed")),
    ex("ais-speed-kn-abbrev",
       "The feeder held a steady 12 kn across the Black Sea.",
       c("12 kn", 12, "kn", metric="speed", entities=[BLACK_SEA])),
]

LOADINGS: list[Example] = [
    ex("ais-cpc-tanker-loadings-month",
       "Tanker loadings at the CPC terminal totalled 52 in September, against 47 in August.",
       c("52", 52, "count", period="2025-09", change=None),
       c("47", 47, "count", period="2025-08", change=None),
       published="2025-10-05"),
    ex("ais-loadings-per-month-average",
       "Aktau loaded an average of 18 tankers a month in 2024.",
       c("18 tankers", 18, "count", item="tanker", per="month", metric="vessel count",
         period="2024", entities=[AKTAU]),
       published="2025-02-01"),
    ex("ais-loadings-tonnes-w-w",
       "Crude loadings at Supsa reached 84,000 tonnes this week, down 5% w/w.",
       c("84,000 tonnes", 84000, "t", change=None, entities=["Supsa terminal"]),
       c("5%", 5, "%", change="decrease")),
    ex("ais-loadings-bpd-month",
       "Seaborne loadings of Kazakh crude averaged 1.45 million barrels per day in October.",
       c("1.45 million barrels", 1.45e6, "bbl", per="day", period="2025-10", topic="energy",
         entities=["Kazakhstan"]),
       published="2025-11-05"),
    ex("ais-loadings-record-cargoes",
       "A record 23 cargoes of oil products left Baku in March.",
       c("23 cargoes", 23, "count", period="2025-03"),
       published="2025-04-05"),
]

FLEET: list[Example] = [
    ex("ais-fleet-utilisation-pct",
       "Utilisation of the Caspian tanker fleet reached 87% in the second quarter.",
       c("87%", 87, "%", metric="capacity utilisation", topic=LOG, change=None,
         period="2025-04/2025-06", entities=[CASPIAN]),
       published="2025-07-10"),
    ex("ais-fleet-utilisation-pp",
       "Fleet utilisation slipped 3 percentage points to 79%.",
       c("3 percentage points", 3, "pp", change="decrease", metric="capacity utilisation"),
       c("79%", 79, "%", change=None, metric="capacity utilisation")),
    ex("ais-fleet-idle-share",
       "About 14% of the dry-cargo fleet on the Caspian was idle in November.",
       c("14%", 14, "%", approx="approx", period="2025-11", entities=[CASPIAN]),
       published="2025-12-03"),
    ex("ais-fleet-idle-vessels-count",
       "Some 35 vessels sat idle at Makhachkala for more than a month.",
       c("35 vessels", 35, "count", item="vessel", approx="approx", metric="vessel count")),
    ex("ais-ton-miles-growth",
       "Tanker ton-miles in the Black Sea rose 4.5% in 2024.",
       c("4.5%", 4.5, "%", change="increase", period="2024", entities=[BLACK_SEA]),
       published="2025-02-01"),
    ex("ais-ton-miles-value",
       "Shipments on the Caspian generated 3.2 billion ton-miles last year.",
       c("3.2 billion ton-miles", 3.2e9, "tmi", period="2024", entities=[CASPIAN]),
       published="2025-02-01"),
    ex("ais-active-fleet-count",
       "The tracked fleet counts 412 active vessels, 38 fewer than a year ago.",
       c("412 active vessels", 412, "count", metric="vessel count", change=None),
       c("38", 38, "count", change="decrease")),
    # an age is no claim (expectation corrected, as own_heldout_history reads "The average
    # age of the Caspian dry-cargo fleet is 32 years")
    ex("ais-average-age",
       "The average age of Caspian tankers is 24 years."),
    ex("ais-dark-activity-share",
       "Around 6% of tanker voyages in the Black Sea showed gaps in AIS signals.",
       c("6%", 6, "%", approx="approx", entities=[BLACK_SEA])),
]

NOT_CLAIMS: list[Example] = [
    ex("ais-neg-mmsi",
       "The tanker broadcast MMSI 273456780 as it left Makhachkala."),
    ex("ais-neg-imo-number",
       "The vessel, IMO 9512347, switched off its transponder near the Kerch Strait."),
    ex("ais-neg-vessel-name-digits",
       "The ferry Baku-2 and the tanker Volgoneft-147 were both sighted at Aktau."),
    ex("ais-neg-week-number",
       "Figures for week 42 will be published on Friday."),
    ex("ais-neg-coordinates",
       "The ship was last seen at 41.28N, 49.95E, east of Baku."),
    ex("ais-neg-coordinates-degrees",
       "A drifting barge was reported at 43°38′N 51°10′E."),
    ex("ais-neg-time-of-day",
       "The signal was lost at 03:40 and reappeared at 11:15 local time."),
    ex("ais-neg-data-version",
       "The figures come from version 3.2 of the tracking dataset."),
    ex("ais-neg-berth-and-name",
       "The Mercury-5 moored at berth 7 of the Aktau port."),
    ex("ais-neg-report-date-vessel-class",
       "The weekly report of 10.11.2025 covers Handysize and Panamax vessels."),
    ex("ais-neg-callsign",
       "The call sign UBCD7 was registered to a Russian river-sea tanker."),
]

EXAMPLES: list[Example] = CALLS + DWELL + QUEUES + SPEEDS + LOADINGS + FLEET + NOT_CLAIMS

KNOWN_GAPS: dict[str, str] = {}
