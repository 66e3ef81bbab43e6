"""Held-out sentences on navigation conditions on the Caspian and the Volga and what they do
to shipping, written after the parser.

As shipping analysts read them: the falling Caspian (centimetres a year, metres below the
ocean), draft limits at Aktau, Kuryk, Makhachkala and on the Volga ("draft limited to 4.2 m"),
dredged depths, storms and their winds (m/s, knots), ports closed for hours or days, ferries
and tankers waiting at anchor, ice and icebreakers on the northern Caspian, the Volga-Don
Canal's locks (length, width, depth over the sill) and navigation season, and ships loading
less cargo in shallow water ("only 3,000 t instead of 5,000 t"); with negatives that must not
be claims (Beaufort forces, buoy and berth numbers, vessel names with digits, notice numbers,
coordinates, VHF channels, times of day). Written by hand in our own words, expectations
first, then compared with the parser: a measure of how it generalises beyond the corpus and
the tables it was tuned on.
"""

from __future__ import annotations

from . import Example, c, ex

AKTAU = "Port of Aktau"
KURYK = "Port of Kuryk"
BAKU = "Port of Baku"
TMB = "Port of Turkmenbashi"
MKH = "Port of Makhachkala"
AST = "Port of Astrakhan"
CASPIAN = "Caspian Sea"
VDC = "Volga-Don Canal"

LEVEL: list[Example] = [
    ex("nv-level-sinks-cm-annually",
       "The Caspian keeps sinking by around 25 cm annually, Kazakh hydrologists reported.",
       c("25 cm", 25, "cm", approx="approx", per="year", change="decrease",
         metric="water level", entities=[CASPIAN])),
    ex("nv-level-below-ocean-metres",
       "The surface of the Caspian now lies 29.5 metres below the level of the world ocean.",
       c("29.5 metres", 29.5, "m", metric="water level", change=None, entities=[CASPIAN])),
    ex("nv-level-lost-cm-since-year",
       "Since 2020 the sea has lost about 1.2 metres, the Azerbaijani ecology ministry said.",
       c("1.2 metres", 1.2, "m", approx="approx", change="decrease", period="2020/..",
         entities=["Azerbaijan"]),
       published="2025-07-01"),
    ex("nv-level-forecast-further-drop",
       "Forecasters expect the water level to drop a further 30 cm next year.",
       c("30 cm", 30, "cm", change="decrease", kind="projection", metric="water level",
         period="2026"),
       published="2025-09-01"),
    ex("nv-level-minus-record",
       "In August the level was recorded at minus 29.4 metres, the lowest on record.",
       c("minus 29.4 metres", -29.4, "m", metric="water level", period="2025-08"),
       published="2025-09-10"),
    ex("nv-northern-shelf-shallower-percent",
       "The shallow northern Caspian has lost some 20% of its water area since 1996.",
       c("20%", 20, "%", approx="approx", change="decrease", period="1996/..",
         entities=[CASPIAN]),
       published="2025-05-01"),
]

DRAFTS: list[Example] = [
    ex("nv-aktau-draft-limited-to-m",
       "At Aktau the draft is limited to 4.2 m for all incoming tankers.",
       c("4.2 m", 4.2, "m", approx="max", metric="depth", entities=[AKTAU])),
    ex("nv-makhachkala-draft-reduced-from-to",
       "Makhachkala reduced the maximum permitted draft from 4.5 m to 4.1 m in June.",
       c("4.5 m", 4.5, "m", metric="depth", change=None, entities=[MKH]),
       c("4.1 m", 4.1, "m", metric="depth", change=None, period="2025-06"),
       published="2025-07-01"),
    ex("nv-loads-only-instead-of",
       "A river-sea tanker now loads only 3,000 t instead of 5,000 t at Astrakhan.",
       c("3,000 t", 3000, "t", approx=None, entities=[AST]),
       c("5,000 t", 5000, "t")),
    ex("nv-deadweight-used-percent",
       "Shallow water means ships on the Volga-Caspian channel use barely 60% of their "
       "deadweight.",
       c("60%", 60, "%", change=None)),
    ex("nv-each-cm-tonnes",
       "Every 10 cm of lost draft costs a 5,000-dwt vessel about 150 tonnes of cargo.",
       c("10 cm", 10, "cm"),
       c("5,000-dwt", 5000, "t", metric="capacity"),
       c("150 tonnes", 150, "t", approx="approx")),
    ex("nv-turkmenbashi-draft-no-more-than",
       "Ships calling at Turkmenbashi must sail with a draft of no more than 6 metres.",
       c("6 metres", 6, "m", approx="max", metric="depth", entities=[TMB])),
    ex("nv-volga-guaranteed-depth-cm",
       "The guaranteed depth on the lower Volga was cut to 350 cm for the summer.",
       c("350 cm", 350, "cm", metric="depth", change=None)),
    ex("nv-dwt-ship-carried-tonnes",
       "The 7,000-dwt tanker left Makhachkala with 4,300 tonnes of crude on board.",
       c("7,000-dwt", 7000, "t", metric="capacity"),
       c("4,300 tonnes", 4300, "t", entities=[MKH])),
]

DREDGING: list[Example] = [
    ex("nv-kuryk-channel-dredged-to-m",
       "Contractors dredged the Kuryk approach channel to 6.5 metres last autumn.",
       c("6.5 metres", 6.5, "m", metric="depth", entities=[KURYK])),
    ex("nv-aktau-dredging-volume-cost",
       "Kazakhstan will spend 25 billion tenge to remove 4 million cubic metres of sediment "
       "at Aktau.",
       c("25 billion tenge", 25e9, "KZT", kind="projection", entities=["Kazakhstan"]),
       c("4 million cubic metres", 4e6, "m3", kind="projection", metric="dredging volume",
         entities=[AKTAU])),
    ex("nv-volga-channel-length-depth",
       "Rosmorrechflot plans to deepen 180 km of the Volga-Caspian channel to 4.5 metres by "
       "2027.",
       c("180 km", 180, "km", kind="projection"),
       c("4.5 metres", 4.5, "m", metric="depth", kind="projection", period="2027"),
       published="2025-03-01"),
    ex("nv-baku-dredger-m3-per-hour",
       "The new dredger can move 1,200 cubic metres of silt per hour.",
       # what the dredger "can move" is its capacity, as "can take" reads elsewhere
       # (expectation corrected from "dredging volume")
       c("1,200 cubic metres", 1200, "m3", per="hour", metric="capacity")),
    ex("nv-dredging-season-months",
       "Dredging in the Astrakhan roads takes about five months each year.",
       c("five months", 5, "month", approx="approx", per="year", entities=[AST])),
]

STORMS: list[Example] = [
    ex("nv-winds-ms-ports-closed-hours",
       "North-westerly winds of 22 m/s closed Aktau and Kuryk for 30 hours.",
       c("22 m/s", 22, "m", per="s", metric="speed"),
       c("30 hours", 30, "hour", metric="closure time", entities=[AKTAU, KURYK])),
    ex("nv-gusts-knots-ferries-anchor",
       "With gusts of 45 knots, eight ferries rode out the storm at anchor off Alat.",
       c("45 knots", 45, "kn", metric="speed"),
       c("eight ferries", 8, "count", item="ferry", entities=[BAKU])),
    ex("nv-baku-port-closed-days-month",
       "Storms shut the Baku port on 9 days in November.",
       c("9 days", 9, "day", metric="closure time", period="2024-11", entities=[BAKU]),
       published="2024-12-05"),
    ex("nv-ferries-waiting-roads-hours",
       "Eleven vessels spent up to 60 hours waiting in the roads of Turkmenbashi.",
       c("Eleven vessels", 11, "count", item="vessel", entities=[TMB]),
       c("60 hours", 60, "hour", approx="max", metric="waiting time")),
    ex("nv-storm-waves-m-forecast",
       "Waves of 4 to 5 metres are forecast for the middle Caspian on Thursday.",
       c("4 to 5 metres", 4, "m", value_high=5, kind="projection", entities=[CASPIAN])),
    ex("nv-sailings-cancelled-count",
       "Bad weather forced the cancellation of 14 ferry sailings between Baku and "
       "Turkmenbashi in January.",
       c("14 ferry sailings", 14, "count", period="2025-01", entities=[TMB]),
       published="2025-02-03"),
    ex("nv-delay-days-transit-grew",
       "Weather delays added three days to the average Trans-Caspian transit in winter.",
       c("three days", 3, "day", change="increase", metric="transit time")),
    ex("nv-wind-limit-ms-operations",
       "Loading stops at Kuryk whenever wind speed exceeds 15 m/s.",
       c("15 m/s", 15, "m", per="s", approx="min", metric="speed", entities=[KURYK])),
    ex("nv-storm-trucks-queue",
       "Nearly 700 trucks were stuck at Alat after the port suspended operations for two days.",
       c("700 trucks", 700, "count", item="truck", approx="approx", entities=[BAKU]),
       c("two days", 2, "day", metric="closure time")),
]

ICE: list[Example] = [
    ex("nv-ice-cover-share",
       "Ice covered about 70% of the northern Caspian at the end of January.",
       c("70%", 70, "%", approx="approx", change=None, entities=[CASPIAN])),
    ex("nv-ice-thickness-up-to-cm",
       "Ice near the Volga mouth was up to 60 cm thick.",
       c("60 cm", 60, "cm", approx="max")),
    ex("nv-icebreakers-escorted-ships-season",
       "Three icebreakers escorted 410 ships through the Volga-Caspian channel last winter.",
       c("Three icebreakers", 3, "count", item="icebreaker"),
       c("410 ships", 410, "count", item="ship")),
    ex("nv-ice-season-days",
       "The ice season in the northern Caspian lasted 95 days, shorter than usual.",
       c("95 days", 95, "day", entities=[CASPIAN])),
    ex("nv-ice-class-vessels-only-weeks",
       "For about six weeks only ice-class vessels are allowed into the port of Astrakhan.",
       c("six weeks", 6, "week", approx="approx", entities=[AST])),
]

VOLGA_DON: list[Example] = [
    ex("nv-vdc-lock-length-width",
       "Each lock chamber on the Volga-Don Canal is 145 metres long and 18 metres wide.",
       c("145 metres", 145, "m", entities=[VDC]),
       c("18 metres", 18, "m")),
    ex("nv-vdc-locks-count-length-km",
       "The 101-km canal climbs through 13 locks.",
       c("101-km", 101, "km"),
       c("13 locks", 13, "count", item="lock", change=None)),
    ex("nv-vdc-depth-over-sill",
       "The depth over the lock sills is 3.6 metres, which limits vessels to a draft of "
       "3.5 metres.",
       c("3.6 metres", 3.6, "m", metric="depth"),
       c("3.5 metres", 3.5, "m", metric="depth", approx="max")),
    ex("nv-vdc-season-opens-closes",
       "Navigation on the Volga-Don Canal opens on 20 April and closes on 25 November.",
       ),
    ex("nv-vdc-season-lasted-days",
       "The 2024 navigation season on the canal lasted 218 days.",
       c("218 days", 218, "day", period="2024")),
    ex("nv-vdc-transits-up-percent",
       "Vessel transits through the Volga-Don Canal fell 8% to 7,900 in 2024.",
       c("8%", 8, "%", change="decrease", period="2024", entities=[VDC]),
       c("7,900", 7900, "count", change=None, period="2024"),
       published="2025-02-01"),
    ex("nv-vdc-cargo-mt-season",
       "Cargo carried on the canal reached 12.6 million tonnes during the season.",
       c("12.6 million tonnes", 12.6e6, "t", kind="actual")),
    ex("nv-vdc-lock-repair-days",
       "Lock No. 9 will close for 12 days of repairs in May.",
       c("12 days", 12, "day", kind="projection", metric="closure time")),
    ex("nv-vdc-waiting-hours-average",
       "Ships waited an average of 36 hours at the Volgograd end of the canal in August.",
       c("36 hours", 36, "hour", metric="waiting time", period="2025-08"),
       published="2025-09-01"),
]

NEGATIVES: list[Example] = [
    ex("nv-neg-force-7",
       "A force 7 north wind is expected off Aktau on Sunday night."),
    ex("nv-neg-buoy-number",
       "The channel between buoys 14 and 15 is marked for one-way traffic only."),
    ex("nv-neg-berth-number",
       "The ferry Professor Gul moored at berth 3 in Alat on Monday."),
    ex("nv-neg-vessel-name-digits",
       "The tanker Volgoneft-142 and the barge Kama-21 were refloated by tugs."),
    ex("nv-neg-notice-number",
       "Notice to Mariners No. 48/2025 announces new channel marks near Olya."),
    ex("nv-neg-coordinates",
       "The wreck lies at 44°35' N, 50°12' E, the harbour master said."),
    ex("nv-neg-vhf-channel",
       "Vessels must call the Aktau port control on VHF channel 16 before entering."),
    ex("nv-neg-clock-times",
       "The port reopened at 06:30 and the first ferry left at 09:15 local time."),
    ex("nv-neg-beaufort-force-words",
       "Winds of force 8 on the Beaufort scale were reported near the Absheron peninsula."),
    ex("nv-neg-km-marker-volga",
       "A grounded barge blocked the fairway at kilometre 3038 of the Volga."),
    ex("nv-neg-zone-ordinal",
       "It was the second storm this week to close the third sector of the bay."),
]

EXAMPLES: list[Example] = LEVEL + DRAFTS + DREDGING + STORMS + ICE + VOLGA_DON + NEGATIVES

# id -> why the parser still disagrees (run as strict xfail: a fix is noticed)
KNOWN_GAPS: dict[str, str] = {}
