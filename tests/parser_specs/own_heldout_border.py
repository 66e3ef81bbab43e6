"""Held-out sentences on border crossings, customs and road transport, written after the parser.

Central Asia, the Caucasus, Türkiye, China and the Caspian region: trucks a day through
checkpoints (Khorgos, Dostyk, Sarpi, Kapikule, Upper Lars, Torugart, Irkeshtam), queues in
kilometres and waits in hours and days, customs clearance times, customs revenue, duties and
fees, road tolls and tariffs per tonne-km, TIR carnets and permits, dry ports and free economic
zones, road freight volumes, checkpoint capacity after modernisation, trade of border regions;
and negatives that must not be claims (road numbers such as "M-39" or "E60", checkpoint
numbers, kilometre markers used as names, decree numbers). Written by hand in our own words,
expectations first, then compared with the parser: a measure of how it generalises.
"""

from __future__ import annotations

from . import Example, c, ex

KHORGOS = "Khorgos dry port"
DOSTYK = "Dostyk crossing"

CROSSINGS: list[Example] = [
    ex("bd-khorgos-trucks-a-day",
       "Around 1,100 trucks a day now pass through the Khorgos checkpoint on the Kazakh-Chinese "
       "border.",
       c("1,100 trucks", 1100, "count", item="truck", per="day", approx="approx",
         metric="vehicle count", topic="logistics", kind="actual",
         entities=[KHORGOS, "Kazakhstan", "China"]),
       published="2025-05-10"),
    ex("bd-sarpi-trucks-in-year-more-than",
       "In 2024, 412,000 trucks crossed the Sarpi border point between Georgia and Turkey, 7.5% "
       "more than in 2023.",
       c("412,000 trucks", 412000, "count", item="truck", period="2024", change=None,
         metric="vehicle count", entities=["Sarpi crossing", "Georgia", "Türkiye"],
         kind="actual"),
       c("7.5%", 7.5, "%", change="increase", period="2024", metric="vehicle count")),
    ex("bd-torugart-fell-by-to",
       "Traffic through Torugart fell by 14% to 38,600 vehicles in the first half of 2025.",
       c("14%", 14, "%", change="decrease", period="2025-01/2025-06"),
       c("38,600 vehicles", 38600, "count", item="vehicle", change=None,
         period="2025-01/2025-06", metric="vehicle count", entities=["Torugart crossing"]),
       published="2025-07-20"),
    ex("bd-irkeshtam-record-day",
       "A record 620 lorries cleared the Irkeshtam crossing in a single day last week.",
       c("620 lorries", 620, "count", item="lorry", metric="vehicle count", kind="actual",
         entities=["Irkeshtam crossing"]),
       published="2025-09-01"),
    ex("bd-kapikule-more-than-trucks-daily",
       "More than 2,000 trucks leave Turkey daily through Kapikule, the busiest gate to the EU.",
       c("2,000 trucks", 2000, "count", item="truck", approx="min", per="day",
         metric="vehicle count", entities=["Kapikule crossing", "Türkiye", "European Union"])),
    ex("bd-upper-lars-share-of-trade",
       "Upper Lars carries roughly 70% of Armenia's road freight to Russia.",
       c("70%", 70, "%", approx="approx", change=None,
         entities=["Upper Lars crossing", "Armenia", "Russia"])),
    ex("bd-dostyk-wagons-per-day-capacity",
       "After the second track opened, Dostyk can handle 20 trains a day in each direction, up "
       "from 12.",
       c("20 trains", 20, "count", item="train", per="day", metric="capacity", change=None),
       c("12", 12, "count", per="day", change=None)),
    ex("bd-crossings-count-negative-small",
       "Kyrgyzstan and Tajikistan reopened two border crossings and three regions resumed trade.",
       c("two border crossings", 2, "count", item="crossing")),
]

QUEUES: list[Example] = [
    ex("bd-upper-lars-queue-km-wait-days",
       "The queue of lorries at Upper Lars stretched for 12 km on Tuesday, and drivers waited up "
       "to 3 days to cross into Georgia.",
       c("12 km", 12, "km", metric="queue length", topic="logistics",
         entities=["Upper Lars crossing"]),
       c("3 days", 3, "day", approx="max", metric="waiting time", entities=["Georgia"]),
       published="2025-03-05"),
    ex("bd-kapikule-wait-from-to",
       "Waiting times at Kapikule on the Turkish-Bulgarian border fell from 18 hours to about 6 "
       "hours after new lanes opened.",
       c("18 hours", 18, "hour", change=None, metric="waiting time",
         entities=["Kapikule crossing", "Türkiye", "Bulgaria"]),
       c("6 hours", 6, "hour", approx="approx", change=None, metric="waiting time")),
    ex("bd-khorgos-queue-trucks-waiting",
       "Some 1,500 trucks were waiting at Khorgos on Friday, a queue of nearly 20 kilometres.",
       c("1,500 trucks", 1500, "count", item="truck", approx="approx", entities=[KHORGOS]),
       c("20 kilometres", 20, "km", approx="approx", metric="queue length"),
       published="2025-01-20"),
    ex("bd-average-wait-halved",
       "The average wait at Kazakh-Uzbek checkpoints has halved since 2023.",
       c("halved", 0.5, "x", change="decrease", metric="waiting time", period="2023/..",
         entities=["Kazakhstan", "Uzbekistan"]),
       published="2025-06-01"),
    ex("bd-wait-range-hours",
       "Drivers at Sarpi reported waits of 10-14 hours during the summer peak.",
       c("10-14 hours", 10, "hour", value_high=14, metric="waiting time",
         entities=["Sarpi crossing"])),
    ex("bd-idle-time-days-per-truck",
       "Idle time on the Chinese border averaged 4.5 days per truck in January, against 2 days a "
       "year earlier.",
       c("4.5 days", 4.5, "day", per="truck", metric="waiting time", entities=["China"],
         period="2025-01"),
       c("2 days", 2, "day", metric="waiting time", period="2024-01"),
       published="2025-02-15"),
    ex("bd-queue-cut-by-km",
       "The tailback at the Georgian-Russian crossing shrank by 8 km overnight.",
       c("8 km", 8, "km", change="decrease", metric="queue length",
         entities=["Georgia", "Russia"])),
]

CUSTOMS: list[Example] = [
    ex("bd-dostyk-clearance-minutes-instead-of-hours",
       "Customs clearance of a freight train at Dostyk now takes 40 minutes instead of 2 hours.",
       c("40 minutes", 40, "min", metric="clearance time", entities=[DOSTYK]),
       c("2 hours", 2, "hour", metric="clearance time")),
    ex("bd-kz-customs-revenue-ten-months",
       "Kazakhstan collected 2.9 trillion tenge in customs duties and taxes in January-October "
       "2025, up 12% year on year.",
       c("2.9 trillion tenge", 2.9e12, "KZT", metric="customs duty", topic="trade",
         period="2025-01/2025-10", entities=["Kazakhstan"], change=None, kind="actual"),
       c("12%", 12, "%", change="increase", period="2025-01/2025-10"),
       published="2025-11-12"),
    ex("bd-az-customs-revenue-manats",
       "Azerbaijan's State Customs Committee transferred 5.1 billion manats to the state budget "
       "last year.",
       c("5.1 billion manats", 5.1e9, "AZN", period="2024", entities=["Azerbaijan"],
         kind="actual"),
       published="2025-01-25"),
    ex("bd-duty-cut-from-to",
       "Uzbekistan cut the import duty on trucks from 30% to 15%.",
       c("30%", 30, "%", metric="customs duty", change=None, entities=["Uzbekistan"]),
       c("15%", 15, "%", metric="customs duty", change=None)),
    ex("bd-fee-per-declaration",
       "The customs fee for processing an electronic declaration is 6 euros.",
       c("6 euros", 6, "EUR", metric="customs duty")),
    ex("bd-clearance-within-hours-target",
       "The government aims to clear 90% of declarations within 2 hours by 2027.",
       c("90%", 90, "%", kind="projection", period="2027"),
       # "within" read as exact, as in own_heldout_projects (NewsQuant marks "within six
       # weeks" as "="): debatable, a deadline is at most 2 hours
       c("2 hours", 2, "hour", approx=None, kind="projection", period="2027"),
       published="2025-04-01"),
    ex("bd-declarations-count",
       "Georgian customs processed 1.4 million declarations in 2024.",
       c("1.4 million declarations", 1.4e6, "count", item="declaration",
         metric="customs declarations", period="2024", entities=["Georgia"])),
    ex("bd-kyrgyz-customs-soms-plan",
       "Kyrgyz customs expect to collect 95 billion soms next year.",
       c("95 billion soms", 95e9, "KGS", kind="projection", period="2026", metric="revenue",
         entities=["Kyrgyzstan"]),
       published="2025-10-01"),
]

TOLLS_PERMITS: list[Example] = [
    ex("bd-toll-per-tonne-km",
       "Foreign trucks will pay a road toll of $0.02 per tonne-km on Uzbek highways from "
       "January.",
       c("$0.02", 0.02, "USD", per="tkm", metric="freight rate", kind="projection",
         entities=["Uzbekistan"]),
       published="2025-11-01"),
    ex("bd-toll-per-km-tenge",
       "Kazakhstan raised the toll for heavy trucks on the Almaty-Khorgos road to 25 tenge per "
       "km.",
       c("25 tenge", 25, "KZT", per="km", metric="freight rate", change=None,
         entities=["Kazakhstan"])),
    ex("bd-tir-carnets-issued",
       "Türkiye issued about 180,000 TIR carnets in 2024, 9% fewer than a year before.",
       c("180,000 TIR carnets", 180000, "count", approx="approx", period="2024",
         entities=["Türkiye"]),
       c("9%", 9, "%", change="decrease")),
    ex("bd-permits-quota-next-year",
       "Under the new agreement Azerbaijan and Kazakhstan will exchange 12,000 road transport "
       "permits next year.",
       c("12,000 road transport permits", 12000, "count", item="permit", kind="projection",
         period="2026", entities=["Azerbaijan", "Kazakhstan"]),
       published="2025-09-15"),
    ex("bd-transit-fee-per-truck",
       "Turkmenistan charges a transit fee of about $400 per truck.",
       c("$400", 400, "USD", approx="approx", per="truck", metric="freight rate",
         entities=["Turkmenistan"])),
    ex("bd-freight-rate-truck-trip",
       "Moving a 20-tonne load by truck from Istanbul to Almaty costs $4,500-5,200.",
       c("20-tonne", 20, "t"),
       c("$4,500-5,200", 4500, "USD", value_high=5200, metric="freight rate")),
]

ZONES: list[Example] = [
    ex("bd-khorgos-fez-investment",
       "Investors have put $1.2 billion into the Khorgos free economic zone since 2014.",
       c("$1.2 billion", 1.2e9, "USD", metric="investment", topic="investment",
         period="2014/..", entities=[KHORGOS]),
       published="2025-05-01"),
    ex("bd-alat-fez-residents",
       "The Alat Free Economic Zone has registered 14 residents with planned investment of "
       "$950 million.",
       # a free zone's residents are its registered companies, counted (own_heldout_hubs); its
       # kind is left unchecked: "planned investment" later in the clause makes it a projection
       c("14 residents", 14, "count", item="resident", entities=["Alat Free Economic Zone"]),
       c("$950 million", 950e6, "USD", kind="projection", metric="investment",
         entities=["Alat Free Economic Zone"])),
    ex("bd-dry-port-capacity-teu",
       "The dry port at Khorgos will be able to process 500,000 TEU annually after expansion.",
       c("500,000 TEU", 500000, "TEU", per="year", metric="capacity", kind="projection",
         entities=[KHORGOS])),
    ex("bd-dry-port-area-hectares",
       "The new dry port near Tashkent will cover 120 hectares and cost $180 million.",
       c("120 hectares", 120, "ha", kind="projection"),
       c("$180 million", 180e6, "USD", metric="project cost", kind="projection")),
    ex("bd-trade-center-turnover",
       "Goods worth 3.5 billion yuan passed through the Khorgos cross-border cooperation centre "
       "in the first nine months.",
       c("3.5 billion yuan", 3.5e9, "CNY", period="2025-01/2025-09", entities=[KHORGOS]),
       published="2025-10-20"),
]

ROAD_FREIGHT: list[Example] = [
    ex("bd-road-freight-tonnes-growth",
       "Road freight between Kazakhstan and Uzbekistan reached 6.8 million tonnes in 2024, up "
       "11%.",
       c("6.8 million tonnes", 6.8e6, "t", metric="cargo volume", period="2024", change=None,
         entities=["Kazakhstan", "Uzbekistan"]),
       c("11%", 11, "%", change="increase", period="2024")),
    ex("bd-road-share-of-transit",
       "Trucks carried 38% of Georgia's transit cargo in 2024, the rest went by rail.",
       c("38%", 38, "%", change=None, period="2024", entities=["Georgia"])),
    ex("bd-border-region-trade",
       "Cross-border trade of Xinjiang with Kazakhstan rose 21% to $18.4 billion last year.",
       c("21%", 21, "%", change="increase", metric="trade turnover", period="2024",
         entities=["Xinjiang", "Kazakhstan"]),
       c("$18.4 billion", 18.4e9, "USD", change=None, metric="trade turnover", period="2024",
         entities=["Xinjiang", "Kazakhstan"]),
       published="2025-02-10"),
    ex("bd-turkish-trucks-to-central-asia",
       "Turkish hauliers made some 95,000 trips to Central Asia in 2024, according to the "
       "association.",
       c("95,000 trips", 95000, "count", item="trip", approx="approx", period="2024",
         metric="vehicle count", entities=["Türkiye", "Central Asia"])),
    ex("bd-projected-road-freight-2030",
       "Road freight on the corridor is projected to double to 15 million tonnes by 2030.",
       c("double", 2, "x", change="increase", kind="projection", period="2030"),
       c("15 million tonnes", 15e6, "t", kind="projection", period="2030", change=None,
         metric="cargo volume")),
    ex("bd-chinese-trucks-transit-share-pp",
       "The share of Chinese trucks in transit through Kyrgyzstan rose by 6 percentage points "
       "to 41%.",
       c("6 percentage points", 6, "pp", change="increase", entities=["China", "Kyrgyzstan"]),
       c("41%", 41, "%", change=None)),
]

CAPACITY: list[Example] = [
    ex("bd-modernised-checkpoint-capacity-vehicles",
       "After modernisation the Kordai checkpoint can handle 5,000 vehicles a day, against 1,800 "
       "before.",
       c("5,000 vehicles", 5000, "count", item="vehicle", per="day", metric="capacity",
         entities=["Kordai crossing"]),
       c("1,800", 1800, "count", per="day", metric="capacity")),
    ex("bd-modernisation-cost-and-capacity",
       "The $45 million upgrade of the Sarpi crossing will raise its capacity threefold.",
       c("$45 million", 45e6, "USD", metric="project cost", kind="projection",
         entities=["Sarpi crossing"]),
       c("threefold", 3, "x", change="increase", metric="capacity", kind="projection")),
    ex("bd-lanes-capacity-up-percent",
       "New scanners at Upper Lars should lift throughput by 30% this year.",
       c("30%", 30, "%", change="increase", kind="projection", period="2025",
         entities=["Upper Lars crossing"]),
       published="2025-04-10"),
    ex("bd-checkpoints-to-be-modernised",
       "Kazakhstan will modernise 30 road checkpoints by 2027 at a cost of 140 billion tenge.",
       c("30 road checkpoints", 30, "count", kind="projection", period="2027",
         metric="facility count", topic="logistics", entities=["Kazakhstan"]),
       c("140 billion tenge", 140e9, "KZT", metric="project cost", kind="projection",
         period="2027")),
]

NEGATIVES: list[Example] = [
    ex("bd-neg-road-numbers",
       "Trucks heading for the E60 and the M-39 highway were diverted near Tashkent."),
    ex("bd-neg-decree-number",
       "Decree No. 412 of the Cabinet sets new rules for the Nur Zholy checkpoint."),
    ex("bd-neg-km-marker-name",
       "A customs post will open at the 42nd km of the Bishkek-Torugart road."),
    ex("bd-neg-checkpoint-number",
       "Checkpoint No. 3 on the Tajik border was closed on 12 May 2025 for repairs."),
    ex("bd-neg-ordinal-and-date",
       "On 3 March the checkpoint welcomed its millionth truck, the first such milestone."),
    ex("bd-road-number-and-queue",
       "Lorries on the A-301 queued for 9 km before the border.",
       c("9 km", 9, "km", metric="queue length")),
    ex("bd-km-marker-and-wait",
       "At km 512 of the M-32, trucks waited 16 hours for inspection.",
       c("16 hours", 16, "hour", metric="waiting time")),
    ex("bd-neg-article-number",
       "Article 237 of the Customs Code allows goods to stay in temporary storage."),
]

# Where the rules for ceilings, queues and the subject of "takes" must not reach.
BOUNDS: list[Example] = [
    ex("bd-capacity-in-an-aside-then-a-tally",
       "The Nur Zholy checkpoint, whose capacity was doubled in 2023, let through 2,300 trucks "
       "last week.",
       c("doubled", 2, "x", change="increase", metric="capacity", period="2023"),
       c("2,300 trucks", 2300, "count", item="truck", metric="vehicle count", period=None,
         entities=["Nur Zholy crossing"]),
       published="2025-06-01"),
    ex("bd-road-to-the-border-no-queue",
       "A new 48 km road to the Kyrgyz border opened in May, cutting the journey by 3 hours.",
       c("48 km", 48, "km", metric="route length", entities=["Kyrgyzstan"]),
       c("3 hours", 3, "hour", change="decrease", metric="transit time"),
       published="2025-06-01"),
    ex("bd-wait-takes-then-trip-takes",
       "The wait at Sarpi takes 10 hours, while the trip to Tbilisi takes 2 hours.",
       c("10 hours", 10, "hour", metric="waiting time", entities=["Sarpi crossing"]),
       c("2 hours", 2, "hour", metric="transit time")),
]

EXAMPLES: list[Example] = (CROSSINGS + QUEUES + CUSTOMS + TOLLS_PERMITS + ZONES + ROAD_FREIGHT
                           + CAPACITY + NEGATIVES + BOUNDS)

KNOWN_GAPS: dict[str, str] = {
}
