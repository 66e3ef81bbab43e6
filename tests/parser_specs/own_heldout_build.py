"""Held-out sentences written after the parser was tuned, on construction progress of corridor
infrastructure as news reports it: railway lines being laid (km laid, km left, % complete,
second tracks), bridges and tunnels (length, spans, piers, bores), port berths, quays and
dredging, highway sections (km, cost per km), logistics terminals, the workforce and
machinery on site, schedules (ahead of or behind schedule, delays in months), milestones
("the first train will run in 2027"), and budgets disbursed against planned; projections set
against actuals. Negatives: section and lot numbers ("Lot 3", "km 240", "Phase II",
"Berth No. 5", "Bridge No. 14", "E60"), contract numbers, years, quarters and ordinals.
Expectations were written by hand from reading the text, before the parser was run on it.
"""

from __future__ import annotations

from . import TITR, Example, c, ex

KTZ = "Kazakhstan Temir Zholy"
ADY = "Azerbaijan Railways"
CKU = "China-Kyrgyzstan-Uzbekistan railway"
RL = "route length"

RAIL: list[Example] = [
    ex("bu-rail-second-track-laid-and-left",
       "Kazakhstan Temir Zholy has laid 620 km of the second track on the Dostyk–Moyinty line, "
       "leaving 216 km to go.",
       c("620 km", 620, "km", metric=RL, topic="logistics", kind="actual", change=None,
         entities=[KTZ]),
       c("216 km", 216, "km", metric=RL, change=None),
       published="2025-06-01"),
    ex("bu-rail-percent-complete-first-train-year",
       "The Darbaza–Maktaaral railway is 45% complete, and the first train is expected to run "
       "in 2027.",
       c("45%", 45, "%", change=None, kind="actual", approx=None),
       published="2025-10-01"),
    ex("bu-rail-ahead-of-schedule-months",
       "Work on the 272-km Bakhty–Ayagoz line is running two months ahead of schedule, the "
       "ministry said.",
       c("272-km", 272, "km", metric=RL, kind="actual"),
       c("two months", 2, "month", change=None, metric="schedule variance")),
    ex("bu-rail-km-marker-not-claim-share-of-length",
       "Track-laying on the Moyinty–Kyzylzhar railway reached km 240 in October, about 49% of "
       "its 489 km length.",
       c("49%", 49, "%", approx="approx", change=None, kind="actual"),
       c("489 km", 489, "km", metric=RL, approx=None),
       published="2025-11-10"),
    ex("bu-rail-delayed-by-months",
       "Construction of the China–Kyrgyzstan–Uzbekistan railway has been delayed by six months "
       "because of tunnel works.",
       c("six months", 6, "month", change=None, metric="schedule variance", entities=[CKU])),
    ex("bu-rail-tunnels-bridges-counted",
       "The CKU railway will include 41 tunnels with a combined length of about 50 km and 81 "
       "bridges.",
       c("41 tunnels", 41, "count", item="tunnel", kind="projection", entities=[CKU]),
       c("50 km", 50, "km", approx="approx", kind="projection", metric=RL),
       c("81 bridges", 81, "count", item="bridge", kind="projection")),
    ex("bu-rail-tunnel-bored-of-total-nearly-share",
       "Contractors have bored 3.2 km of the new 4.6-km tunnel under the Kok-Art pass, or "
       "nearly 70%.",
       c("3.2 km", 3.2, "km", kind="actual", change=None),
       c("4.6-km", 4.6, "km"),
       c("70%", 70, "%", approx="approx", change=None)),
    ex("bu-rail-lot-number-not-claim",
       "Lot 3 of the Gazanjyk–Etrek line, a 112 km stretch, was handed over to the operator "
       "last week.",
       c("112 km", 112, "km", metric=RL, kind="actual")),
    ex("bu-rail-percent-works-will-be-long",
       "Azerbaijan Railways has completed 85 percent of the works on the Horadiz–Agbend "
       "railway, which will be 110.4 kilometres long.",
       c("85 percent", 85, "%", kind="actual", change=None, entities=[ADY]),
       c("110.4 kilometres", 110.4, "km", metric=RL)),
    ex("bu-rail-workers-and-machinery",
       "More than 2,500 workers and 600 units of machinery are engaged on the Kars–Igdir–"
       "Nakhchivan railway.",
       c("2,500 workers", 2500, "count", item="worker", approx="min", kind="actual"),
       c("600 units", 600, "count", approx=None, kind="actual")),
    ex("bu-rail-years-late",
       "The Georgian Railway modernisation, originally due in 2019, is now expected to finish "
       "by the end of 2026, seven years late.",
       c("seven years", 7, "year", metric="schedule variance", kind="projection",
         entities=["Georgian Railway"]),
       published="2025-05-01"),
    ex("bu-rail-second-track-raises-capacity-fivefold",
       "Once finished in 2026, the 293 km Zhetygen–Khorgos second track will raise capacity "
       "fivefold.",
       c("293 km", 293, "km", metric=RL, entities=["Khorgos dry port"]),
       c("fivefold", 5, "x", change="increase", metric="capacity", kind="projection"),
       published="2025-04-01"),
    ex("bu-rail-electrified-and-plans-by-2030",
       "Uzbekistan Railways electrified 465 km of lines in 2024 and plans to electrify another "
       "700 km by 2030.",
       c("465 km", 465, "km", kind="actual", period="2024", entities=["Uzbekistan Railways"]),
       c("700 km", 700, "km", kind="projection", period="2030"),
       published="2025-02-01"),
    ex("bu-rail-laying-rate-per-day",
       "Track is being laid at a rate of 3 km a day on the Bakhty section.",
       c("3 km", 3, "km", per="day", kind="actual")),
    ex("bu-rail-design-speed-and-axle-load",
       "The railway's design speed is 120 km/h, and its axle load 25 tonnes.",
       c("120 km/h", 120, "km", per="hour", metric="speed", approx=None),  # km per hour
       c("25 tonnes", 25, "t")),
    ex("bu-rail-plans-km-by-year",
       "Kazakhstan plans to build 1,300 km of new railways by 2026, the head of KTZ said on "
       "Tuesday.",
       c("1,300 km", 1300, "km", kind="projection", period="2026", metric=RL,
         entities=["Kazakhstan"]),
       published="2024-05-01"),
    ex("bu-rail-ordinal-lots-not-claims",
       "The 3rd and 4th lots of the Ayagoz–Tacheng railway are scheduled for completion in 2026.",
       published="2025-03-01"),
]

BRIDGES: list[Example] = [
    ex("bu-bridge-length-and-spans",
       "The new road bridge over the Ili River will be 1.25 kilometres long with 28 spans.",
       c("1.25 kilometres", 1.25, "km", kind="projection"),
       c("28 spans", 28, "count", item="span", kind="projection")),
    ex("bu-tunnel-road-name-not-claim",
       "The Rikoti tunnel on the E60 highway, Georgia's longest at 8.3 km, was 92% bored by "
       "mid-2025.",
       c("8.3 km", 8.3, "km", entities=["Georgia"]),
       c("92%", 92, "%", change=None, kind="actual"),
       published="2025-09-01"),
    ex("bu-bridge-number-not-claim-metres-piers",
       "Piling works for Bridge No. 14 are 60% done; the 480-metre structure rests on 16 piers.",
       c("60%", 60, "%", change=None, kind="actual"),
       c("480-metre", 480, "m"),
       c("16 piers", 16, "count", item="pier")),
    ex("bu-bridge-cost-quarter-not-claim",
       "The second bridge over the Amu Darya at Termez, costing 95 million dollars, is scheduled "
       "to open in the third quarter of 2026.",
       c("95 million dollars", 95e6, "USD", metric="project cost", topic="investment"),
       published="2025-07-01"),
    ex("bu-tunnel-twin-bores-length",
       "A 3.5-kilometre road tunnel with twin bores is being dug under the Kamchik pass.",
       c("3.5-kilometre", 3.5, "km", kind="actual")),
    ex("bu-viaduct-concrete-volume",
       "The railway's 5 km viaduct, the longest in Central Asia, took 120,000 cubic metres of "
       "concrete.",
       c("5 km", 5, "km"),
       c("120,000 cubic metres", 120000, "m3")),
    ex("bu-bypass-structures-counted",
       "The Tbilisi bypass will have 12 bridges, 4 tunnels and 3 interchanges.",
       c("12 bridges", 12, "count", item="bridge", kind="projection"),
       c("4 tunnels", 4, "count", item="tunnel", kind="projection"),
       c("3 interchanges", 3, "count", item="interchange", kind="projection")),
    ex("bu-overpass-number-ring-road-km",
       "Overpass No. 7 on the 66-km Almaty ring road is the last structure left to build.",
       c("66-km", 66, "km", metric=RL)),
]

PORTS: list[Example] = [
    ex("bu-port-dredging-depth-berth-number",
       "At Alat, dredging to a depth of 7 metres is 80% done, and Berth No. 5 will add 300 "
       "metres of quay.",
       c("7 metres", 7, "m", metric="depth", entities=["Port of Baku"]),
       c("80%", 80, "%", change=None, kind="actual"),
       c("300 metres", 300, "m", metric="quay length", kind="projection")),
    ex("bu-port-container-hub-teu-a-year",
       "The container hub at Aktau port, built by AD Ports, will handle 240,000 TEU a year when "
       "it opens in 2026.",
       # what it "will handle" is a planned volume; no capacity word is written
       c("240,000 TEU", 240000, "TEU", per="year", kind="projection", metric="container volume",
         entities=["Port of Aktau", "AD Ports Group"]),
       published="2025-05-01"),
    ex("bu-port-phase-roman-berths-capacity",
       "Phase II of the Kuryk ferry complex adds two berths and raises capacity to 4 million "
       "tonnes annually.",
       c("two berths", 2, "count", item="berth"),
       c("4 million tonnes", 4e6, "t", per="year", metric="capacity", change=None,
         entities=["Port of Kuryk"])),
    ex("bu-port-dredged-of-planned",
       "At Anaklia the dredging contractor has removed 4.5 million cubic metres of sand out of "
       "15 million planned.",
       c("4.5 million cubic metres", 4.5e6, "m3", metric="dredging volume", kind="actual",
         entities=["Port of Anaklia"]),
       c("15 million", 15e6, "m3", metric="dredging volume", kind="projection")),
    ex("bu-port-quay-wall-per-cent-complete",
       "The 630-metre quay wall at Poti's new deep-water terminal was 55 per cent complete at "
       "the end of September, APM Terminals said.",
       c("630-metre", 630, "m", metric="quay length", entities=["Port of Poti"]),
       c("55 per cent", 55, "%", change=None, kind="actual", entities=["APM Terminals"]),
       published="2025-10-15"),
    ex("bu-port-grain-terminal-storage-date",
       "Turkmenbashi's new grain terminal, with 60,000 tonnes of storage, was commissioned on "
       "12 August 2025.",
       c("60,000 tonnes", 60000, "t", metric="capacity", kind="actual",
         entities=["Port of Turkmenbashi"]),
       published="2025-08-20"),
]

ROADS: list[Example] = [
    ex("bu-road-cost-per-kilometre",
       "Rebuilding the 210 km Kyzylorda–Zhezkazgan road as a Category I highway costs about "
       "1.3 billion tenge per kilometre.",
       c("210 km", 210, "km", metric=RL),
       c("1.3 billion tenge", 1.3e9, "KZT", approx="approx", per="km", metric="project cost")),
    ex("bu-road-rebuilt-of-total-rest-due",
       "So far 540 km of the 756 km Beineu–Aktau road have been rebuilt; the rest is due by the "
       "end of 2026.",
       c("540 km", 540, "km", kind="actual", metric=RL),
       c("756 km", 756, "km", metric=RL, entities=["Port of Aktau"]),
       published="2025-08-01"),
    ex("bu-road-section-km-markers-not-claims",
       "Section 2 of the Tashkent–Andijan motorway, from km 95 to km 180, opened to traffic on "
       "Friday.",
       published="2025-09-01"),
    ex("bu-road-loan-and-ordinal-tranche",
       "The ADB approved a $350 million loan for the Bishkek–Osh road, with the 2nd tranche of "
       "$120 million to be disbursed in 2026.",
       c("$350 million", 350e6, "USD", metric="loan", kind="actual",
         entities=["Asian Development Bank"]),
       c("$120 million", 120e6, "USD", metric="loan", kind="projection", period="2026"),
       published="2025-06-01"),
    ex("bu-road-cost-rise-since-signing",
       "Costs on the Dushanbe–Chanak highway have risen by 18% to $412 million since the "
       "contract was signed in 2022.",
       c("18%", 18, "%", change="increase", metric="project cost"),
       c("$412 million", 412e6, "USD", change=None, metric="project cost"),
       published="2025-06-01"),
    ex("bu-road-phase-km-range-of-years",
       "Under Phase 2 of the programme, 2,000 km of roads are to be rebuilt in 2026–2028.",
       c("2,000 km", 2000, "km", kind="projection", period="2026/2028"),
       published="2025-06-01"),
]

BUDGETS: list[Example] = [
    ex("bu-budget-disbursed-of-total",
       "So far $1.2 billion of the project's $2 billion budget has been disbursed.",
       c("$1.2 billion", 1.2e9, "USD", kind="actual", change=None),
       c("$2 billion", 2e9, "USD", metric="budget")),
    ex("bu-budget-share-spent-of-allocated",
       "By the end of September the contractor had spent 61% of the 180 billion tenge allocated "
       "for the works.",
       c("61%", 61, "%", kind="actual", change=None),
       c("180 billion tenge", 180e9, "KZT", metric="budget"),
       published="2025-10-10"),
    ex("bu-budget-soums-disbursed-of-planned",
       "The government has disbursed 38.5 bln soums of a planned 52 bln soums for the Samarkand "
       "logistics terminal this year.",
       c("38.5 bln soums", 38.5e9, "UZS", kind="actual", period="2025"),
       c("52 bln soums", 52e9, "UZS", kind="projection", period="2025"),
       published="2025-11-01"),
    ex("bu-budget-overrun-above-estimate",
       "Cost overruns pushed the bill for the Baku port expansion to AZN 1.1bn, 25% above the "
       "original estimate.",
       c("AZN 1.1bn", 1.1e9, "AZN", change=None, metric="project cost",
         entities=["Port of Baku"]),
       c("25%", 25, "%", change="increase")),
    ex("bu-budget-average-cost-per-km",
       "The average cost of the Middle Corridor rail upgrades is put at $4.8 million per km.",
       c("$4.8 million", 4.8e6, "USD", per="km", metric="project cost", entities=[TITR])),
    ex("bu-budget-contract-number-not-claim",
       "Contract No. 2024/117 for the Kuryk road bridge was signed with a Turkish consortium.",
       published="2025-01-15"),
]

SITE: list[Example] = [
    ex("bu-site-workforce-up-from",
       "About 4,200 people, including 700 engineers, now work on the Anaklia site, up from "
       "1,500 in January.",
       c("4,200 people", 4200, "count", approx="approx", kind="actual", change=None),
       c("700 engineers", 700, "count", item="engineer"),
       c("1,500", 1500, "count", change=None),
       published="2025-06-01"),
    ex("bu-site-equipment-and-workforce-plan",
       "The contractor has mobilised 350 pieces of heavy equipment and plans to raise its "
       "workforce to 5,000 by spring.",
       c("350 pieces", 350, "count", kind="actual"),
       c("5,000", 5000, "count", kind="projection", change=None)),
    ex("bu-site-terminal-area-up-to-cargo-a-year",
       "The dry port in Termez, spread over 40 hectares, will handle up to 1 million tonnes of "
       "cargo a year from 2027.",
       c("40 hectares", 40, "ha", approx=None),
       c("1 million tonnes", 1e6, "t", approx="max", per="year", kind="projection"),
       published="2025-05-01"),
]

SCHEDULES: list[Example] = [
    ex("bu-sched-months-later-than-planned",
       "The first freight train on the new line is now scheduled for December 2027, 14 months "
       "later than planned.",
       c("14 months", 14, "month", change=None, metric="schedule variance"),
       published="2025-09-01"),
    ex("bu-sched-breakthrough-days-ahead",
       "The tunnel broke through on 3 March, 11 days ahead of the revised schedule.",
       c("11 days", 11, "day", metric="schedule variance"),
       published="2025-03-10"),
    ex("bu-sched-plan-vs-laid",
       "The plan foresaw 150 km of new track in 2024, but only 98 km were laid.",
       c("150 km", 150, "km", kind="projection"),
       c("98 km", 98, "km", kind="actual"),
       published="2025-03-01"),
    ex("bu-sched-promised-vs-took-months",
       "Instead of the 30 months promised, the Kars–Igdir section took 44 months to build.",
       c("30 months", 30, "month", kind="projection"),
       c("44 months", 44, "month", kind="actual")),
    ex("bu-sched-expected-share-vs-managed",
       "Builders expected to finish 70% of the earthworks by June; they managed 58%.",
       c("70%", 70, "%", kind="projection", change=None),
       c("58%", 58, "%", kind="actual", change=None),
       published="2025-07-01"),
    ex("bu-sched-doubling-share-finished-quarter",
       "Work on doubling the Aktau–Beineu railway is 62.5% finished, with commissioning set for "
       "the fourth quarter of 2026.",
       c("62.5%", 62.5, "%", kind="actual", change=None),
       published="2025-08-01"),
    ex("bu-sched-milestone-first-ship-will-call",
       # "three years after ..." says when, like "two years later": no measured duration
       "The first container ship will call at Anaklia in 2029, three years after the start of "
       "dredging.",
       published="2025-10-01"),
    ex("bu-sched-share-complete-rose-points",
       "Overall progress on the Middle Corridor terminal rose to 74% in October from 66% a month "
       "earlier.",
       c("74%", 74, "%", change=None, kind="actual", entities=[TITR]),
       c("66%", 66, "%", change=None, kind="actual"),
       published="2025-11-05"),
]

EXAMPLES: list[Example] = RAIL + BRIDGES + PORTS + ROADS + BUDGETS + SITE + SCHEDULES

# Examples the parser does not yet read as an analyst would: id -> why.
KNOWN_GAPS: dict[str, str] = {}
