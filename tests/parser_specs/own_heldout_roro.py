"""Held-out sentences on the Caspian and Black Sea ro-ro ships, rail ferries and Ro-Pax
vessels, written after the parser.

What a ferry is and what it can take, as a ship's particulars and the trade press give
them: rail wagons, trucks, trailers, cars, lane metres, passengers and cabins; deadweight and
gross tonnage (after the number or before it, "GT 14,000"); length, beam and draught in
metres; service speed in knots; engine output in kW and MW; sailings a week and crossing
times in hours; order values of new ferries and their delivery; what the lines carried; with
negatives that must not be claims (ice classes, hull, IMO and berth numbers, deck numbers,
project codes and ship names with digits, ordinals, clock times, "three times a week").
Written by hand in our own words, expectations first, then compared with the parser: a
measure of how it generalises beyond the corpus and the tables it was tuned on. What a
vessel can take is its capacity however the load is named (own_heldout_fleet); a length,
beam or draught is metres with no metric asked for.
"""

from __future__ import annotations

from . import Example, c, ex

ASCO = "ASCO"
KURYK = "Port of Kuryk"
BATUMI = "Port of Batumi"
CASPIAN = "Caspian Sea"

CAPACITY: list[Example] = [
    ex("rr-rail-ferry-wagons-passengers",
       "The rail ferry Akademik Zarifa Aliyeva can carry 54 rail wagons and 100 passengers.",
       c("54 rail wagons", 54, "count", item="wagon", metric="capacity", topic="logistics"),
       c("100 passengers", 100, "count", item="passenger", metric="capacity")),
    ex("rr-roro-lane-metres-about-trucks",
       "Each of the two new ro-ro vessels will offer 1,800 lane metres, enough for about 120 "
       "trucks.",
       c("1,800 lane metres", 1800, "m", kind="projection", change=None),
       c("120 trucks", 120, "count", item="truck", approx="approx", metric="capacity")),
    ex("rr-ropax-cabins-passengers",
       "The Ro-Pax ferry has 72 cabins and room for 200 passengers.",
       c("72 cabins", 72, "count", item="cabin"),
       c("200 passengers", 200, "count", item="passenger", metric="capacity")),
    ex("rr-dwt-each-shipyard",
       "The vessels, of 7,600 dwt each, were built at Baku Shipyard.",
       c("7,600 dwt", 7600, "t", metric="capacity", entities=["Baku Shipyard"])),
    ex("rr-trailers-or-cars",
       "The vessel takes 150 trailers or 300 cars.",
       c("150 trailers", 150, "count", item="trailer", metric="capacity"),
       c("300 cars", 300, "count", item="car", metric="capacity")),
    ex("rr-kuryk-wagons-or-trucks",
       "The Kuryk–Alat rail ferries take 52 wagons or 32 trucks.",
       c("52 wagons", 52, "count", item="wagon", metric="capacity", entities=[KURYK]),
       c("32 trucks", 32, "count", item="truck", metric="capacity")),
    ex("rr-ropax-up-to-passengers-cars",
       "The Ro-Pax vessel will carry up to 350 passengers and 130 cars.",
       c("350 passengers", 350, "count", item="passenger", approx="max", metric="capacity"),
       c("130 cars", 130, "count", item="car", metric="capacity")),
    ex("rr-dwt-range",
       "Caspian ro-ro ships range from 3,500 to 5,000 dwt.",
       c("3,500 to 5,000 dwt", 3500, "t", value_high=5000, metric="capacity")),
    ex("rr-capacity-up-percent-lane-metres-week",
       "The new ships will raise the line's capacity by 40% to 4,200 lane metres a week.",
       c("40%", 40, "%", change="increase", metric="capacity", kind="projection"),
       c("4,200 lane metres", 4200, "m", per="week", change=None, kind="projection")),
    ex("rr-annual-trailer-capacity",
       "Annual capacity on the route will reach 60,000 trailers.",
       c("60,000 trailers", 60000, "count", item="trailer", metric="capacity",
         kind="projection")),
    ex("rr-capacity-from-to-wagons",
       "The new design raises capacity from 52 to 56 wagons.",
       # after a verb of change "from X to Y" is two levels (README)
       c("52", 52, "count", change=None),
       c("56 wagons", 56, "count", item="wagon", metric="capacity", change=None)),
    ex("rr-cabins-berths",
       "Drivers sleep in 38 cabins with 76 berths on the upper deck.",
       c("38 cabins", 38, "count", item="cabin"),
       c("76 berths", 76, "count", item="berth")),
]

TONNAGE: list[Example] = [
    ex("rr-gt-before-number",
       "The new Ro-Pax ship, of GT 14,000, entered service on the Poti–Chornomorsk route in "
       "March.",
       c("GT 14,000", 14000, "GT", kind="actual", change=None), published="2025-05-01"),
    ex("rr-gross-tonnes-after-number",
       "At 23,000 gross tonnes, the ferry is the largest ever to call at Batumi.",
       c("23,000 gross tonnes", 23000, "GT", entities=[BATUMI])),
    ex("rr-gt-after-number-about",
       "Both ships measure about 9,000 GT.",
       c("9,000 GT", 9000, "GT", approx="approx")),
    ex("rr-gross-tonnage-of-and-deadweight",
       "The ferry has a gross tonnage of 17,300 and a deadweight of 5,200 tonnes.",
       c("17,300", 17300, "GT"),
       c("5,200 tonnes", 5200, "t", metric="capacity")),
    ex("rr-length-beam-long-wide",
       "The ferries are 154 m long and 17.5 m wide, the largest Caspian ports can take.",
       c("154 m", 154, "m", change=None), c("17.5 m", 17.5, "m", change=None)),
    ex("rr-length-beam-of",
       "The vessel has a length of 140 metres and a beam of 16.8 metres.",
       c("140 metres", 140, "m"), c("16.8 metres", 16.8, "m")),
    ex("rr-draught-below-limit",
       "Fully loaded, the ferry draws 4.3 metres, below the 4.5-metre limit at Kuryk.",
       c("4.3 metres", 4.3, "m", change=None),
       c("4.5-metre", 4.5, "m", change=None, entities=[KURYK])),
    ex("rr-beam-wide-locks",
       "At 16.5 metres wide, the ship can pass the Volga-Don locks.",
       c("16.5 metres", 16.5, "m")),
    ex("rr-draught-summer-loadline",
       "The design draught is 4.2 m, so the ferries can still reach Aktau at low water.",
       c("4.2 m", 4.2, "m", change=None)),
]

MACHINERY: list[Example] = [
    ex("rr-service-speed-knots",
       "Service speed is 13.5 knots.",
       c("13.5 knots", 13.5, "kn", metric="speed")),
    ex("rr-main-engines-kw-each",
       "Two main engines of 2,880 kW each drive the vessel.",
       c("2,880 kW", 2880, "kW", change=None)),
    ex("rr-combined-kw-top-speed",
       "Four diesel engines with a combined output of 6,000 kW give the ferry a top speed of "
       "16 knots.",
       c("6,000 kW", 6000, "kW"), c("16 knots", 16, "kn", metric="speed")),
    ex("rr-speed-range-cruise",
       "The vessels will cruise at 12-14 knots.",
       c("12-14 knots", 12, "kn", value_high=14, metric="speed", kind="projection")),
    ex("rr-diesel-electric-mw",
       "Its diesel-electric plant produces 7.2 MW.",
       c("7.2 MW", 7.2, "MW")),
    ex("rr-battery-kwh",
       "A 1,500 kWh battery will let the ferry manoeuvre in port without running its engines.",
       c("1,500 kWh", 1500, "kWh")),
]

ORDERS: list[Example] = [
    ex("rr-asco-contract-two-ropax",
       "ASCO signed a contract worth $120 million for two Ro-Pax ferries to be delivered in "
       "2027.",
       c("$120 million", 120e6, "USD", entities=[ASCO]),
       c("two Ro-Pax ferries", 2, "count", item="ferry", metric="vessel count",
         kind="projection"),
       published="2025-06-10"),
    ex("rr-each-ferry-costs-eur",
       "Each ferry costs €45 million, according to the yard.",
       c("€45 million", 45e6, "EUR", change=None)),
    ex("rr-kmtf-four-ferries-tenge",
       "Kazmortransflot ordered four ro-ro ferries for 95 billion tenge.",
       c("four ro-ro ferries", 4, "count", item="ferry", metric="vessel count"),
       c("95 billion tenge", 95e9, "KZT", entities=["Kazmortransflot"])),
    ex("rr-order-rail-ferry-chinese-yard",
       "The $68 million order for a rail ferry from a Chinese yard is scheduled for delivery "
       "in late 2026.",
       c("$68 million", 68e6, "USD", change=None), published="2025-04-01"),
    ex("rr-turkish-yard-eur-three-ropax",
       "A Turkish yard won a €105 million order to build three Ro-Pax ferries for the Black "
       "Sea.",
       c("€105 million", 105e6, "EUR"),
       c("three Ro-Pax ferries", 3, "count", item="ferry", metric="vessel count")),
    ex("rr-delivery-slipped-months",
       "Delivery of the second ferry slipped by eight months to March 2027.",
       c("eight months", 8, "month"), published="2025-09-01"),
]

OPERATIONS: list[Example] = [
    ex("rr-poti-chornomorsk-sailings-week",
       "The Ro-Pax line between Poti and Chornomorsk runs two sailings a week.",
       c("two sailings", 2, "count", item="sailing", per="week")),
    ex("rr-alat-kuryk-crossing-hours",
       "The crossing from Alat to Kuryk takes about 18 hours.",
       c("18 hours", 18, "hour", approx="approx", metric="transit time")),
    ex("rr-voyage-cut-from-to-hours",
       "The faster ships will cut the voyage from Batumi to Constanta from 60 hours to 48 "
       "hours.",
       c("60 hours", 60, "hour", change=None),
       c("48 hours", 48, "hour", change=None, kind="projection")),
    ex("rr-departures-week-trucks-year",
       "With five departures a week, the line can move 25,000 trucks a year.",
       c("five departures", 5, "count", item="departure", per="week"),
       c("25,000 trucks", 25000, "count", item="truck", per="year", metric="capacity")),
    ex("rr-load-factor-percent",
       "The ferries sailed 78% full on average in 2024.",
       c("78%", 78, "%", change=None, period="2024"), published="2025-02-01"),
    ex("rr-trucks-carried-yoy",
       "The Baku–Turkmenbashi ferries carried 38,500 trucks in 2024, 11% more than a year "
       "earlier.",
       c("38,500 trucks", 38500, "count", item="truck", period="2024", kind="actual",
         change=None),
       c("11%", 11, "%", change="increase", period="2024"), published="2025-02-01"),
    ex("rr-wagons-moved-first-half",
       "Rail ferries moved 21,300 wagons across the Caspian in the first half of 2025.",
       c("21,300 wagons", 21300, "count", item="wagon", period="2025-01/2025-06",
         kind="actual", entities=[CASPIAN]), published="2025-08-01"),
    ex("rr-passengers-last-year-some",
       "Some 9,000 passengers travelled on the Caspian ferries last year.",
       c("9,000 passengers", 9000, "count", item="passenger", approx="approx",
         period="2024"), published="2025-03-01"),
    ex("rr-crossing-range-hours",
       "The rail ferry crossing from Kuryk to Baku lasts 20 to 24 hours, depending on the "
       "weather.",
       c("20 to 24 hours", 20, "hour", value_high=24, metric="transit time")),
    ex("rr-ferries-in-service-count",
       "ASCO operates 13 ferries and 2 Ro-Pax vessels on the Caspian.",
       c("13 ferries", 13, "count", item="ferry", metric="vessel count", entities=[ASCO]),
       c("2 Ro-Pax vessels", 2, "count", item="vessel", metric="vessel count")),
    ex("rr-waiting-days-trucks",
       "Trucks waited up to five days for a place on the ferry at Kuryk in October.",
       c("five days", 5, "day", approx="max", entities=[KURYK], period="2025-10"),
       published="2025-11-05"),
]

NEGATIVES: list[Example] = [
    ex("rr-neg-ice-class-1c", "The hull is built to Ice class 1C and carries RS class."),
    ex("rr-neg-ice-class-arc4",
       "Ships bound for the northern Caspian in winter need Ice class Arc4."),
    ex("rr-neg-hull-number", "Hull number 0121 was launched at the Krasnoye Sormovo yard."),
    ex("rr-neg-project-code", "The Project CNF19M design was adapted for the Caspian."),
    ex("rr-neg-imo-number", "The ferry Barda (IMO 9787734) returned to service on Friday."),
    ex("rr-neg-berth-number", "Loading takes place at Berth 12 of the ferry terminal."),
    ex("rr-neg-deck-number", "Wagons are loaded onto Deck 3 through the stern ramp."),
    ex("rr-neg-clock-date", "The ferry left Aktau at 14:30 on 2 October."),
    ex("rr-neg-ordinals-since-year",
       "It was the yard's third ferry for ASCO and its 15th vessel since 2018."),
    ex("rr-neg-ship-names-digits",
       "The ferries Azerbaijan-2 and Sea Breeze 1 are out of service for repairs."),
    ex("rr-neg-times-a-week-timetable",
       "The Batumi ferry now sails three times a week."),
    ex("rr-neg-delivery-quarter",
       "The first ferry is due for delivery in the second quarter of 2026."),
]

EXAMPLES: list[Example] = CAPACITY + TONNAGE + MACHINERY + ORDERS + OPERATIONS + NEGATIVES

# id -> why the parser still disagrees (run as strict xfail: a fix is noticed)
KNOWN_GAPS: dict[str, str] = {}
