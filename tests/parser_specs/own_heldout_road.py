"""Held-out sentences on road freight and trucking along the corridor, written after the parser.

China–Kazakhstan–Caspian–Caucasus–Türkiye–EU and Central Asia–Afghanistan–Pakistan: fuel
prices per litre, road freight rates per truck, per km and per tonne-km, TIR carnets, permit
quotas and e-permits, hauliers and fleet sizes, delivery times in days and hours, queues and
waits at crossings, road building and rehabilitation (km, cost, lanes), tolls, fees and
fines, axle-load and weight limits, road's share of freight, and forecasts set against
outcomes; with negatives that must not be claims (road numbers such as "M39" or "A-2",
kilometre posts, Euro 5 engine standards, licence plates, years, ordinals). Written by hand
in our own words, expectations first, then compared with the parser: a measure of how it
generalises.
"""

from __future__ import annotations

from . import Example, c, ex

TITR = "Trans-Caspian International Transport Route"

FUEL: list[Example] = [
    ex("rd-diesel-tenge-per-litre",
       "Diesel in Kazakhstan now costs 295 tenge per litre, against 260 tenge a year ago.",
       c("295 tenge", 295, "KZT", per="l", metric="energy price", change=None,
         entities=["Kazakhstan"], kind="actual"),
       c("260 tenge", 260, "KZT", per="l", metric="energy price", change=None),
       published="2025-08-01"),
    ex("rd-fuel-share-of-costs",
       "Fuel accounts for about 35% of a haulier's operating costs on the Almaty-Tashkent run.",
       c("35%", 35, "%", approx="approx", change=None)),
    ex("rd-diesel-price-rise-quarter",
       "Georgian diesel prices rose 8.5% in the first quarter of 2025.",
       c("8.5%", 8.5, "%", change="increase", period="2025-01/2025-03",
         metric="energy price", entities=["Georgia"])),
    ex("rd-decimal-comma-euro-per-litre",
       "Fuel costs in Bulgaria rose to 0,98 euro per litre.",
       c("0,98 euro", 0.98, "EUR", per="l", change=None, entities=["Bulgaria"])),
]

RATES: list[Example] = [
    ex("rd-rate-per-truck-from-spring",
       "Hauliers quote $6,800 per truck for a full load from Istanbul to Tashkent, up from $5,900 "
       "in spring.",
       c("$6,800", 6800, "USD", per="truck", metric="freight rate", change=None,
         topic="logistics"),
       c("$5,900", 5900, "USD", metric="freight rate", change=None)),
    ex("rd-rate-per-km-trailer",
       "Spot rates for a 20-tonne trailer between Xi'an and Almaty average 1.6 dollars per "
       "kilometre.",
       c("20-tonne", 20, "t"),
       c("1.6 dollars", 1.6, "USD", per="km", metric="freight rate")),
    ex("rd-rate-cents-per-tonne-km",
       "Road haulage in Uzbekistan costs 4.2 US cents per tonne-kilometre, while rail charges "
       "2.1 cents.",
       c("4.2 US cents", 0.042, "USD", per="tkm", metric="freight rate",
         entities=["Uzbekistan"]),
       c("2.1 cents", 0.021, "USD", metric="freight rate")),
    ex("rd-rates-fell-month-on-month",
       "Truck rates from China to Central Asia fell 12% month on month in October.",
       c("12%", 12, "%", change="decrease", metric="freight rate", period="2025-10",
         entities=["China", "Central Asia"]),
       published="2025-11-05"),
    ex("rd-rate-range-per-tonne",
       "Carriers charge $60-75 per tonne for grain hauled from northern Kazakhstan to "
       "Afghanistan.",
       c("$60-75", 60, "USD", value_high=75, per="t", metric="freight rate",
         entities=["Kazakhstan", "Afghanistan"])),
    ex("rd-round-trip-roughly-euros",
       "A round trip from Baku to Istanbul by truck costs roughly €3,000.",
       c("€3,000", 3000, "EUR", approx="approx", metric="freight rate")),
    ex("rd-driver-wage-per-month",
       "Long-haul drivers in Kyrgyzstan earn around $900 a month.",
       c("$900", 900, "USD", approx="approx", per="month", metric="wage",
         entities=["Kyrgyzstan"])),
]

PERMITS: list[Example] = [
    ex("rd-tir-carnets-distributed",
       "Uzbekistan's road carriers' association distributed 31,500 TIR carnets in 2024.",
       c("31,500 TIR carnets", 31500, "count", item="carnet", metric="permit count",
         period="2024", entities=["Uzbekistan"], kind="actual")),
    ex("rd-permit-quota-raised-from",
       "Poland agreed to raise the annual quota for Kazakh trucks to 20,000 permits from 16,500.",
       c("20,000 permits", 20000, "count", item="permit", metric="permit count", per="year",
         change=None, entities=["Poland", "Kazakhstan"]),
       c("16,500", 16500, "count", change=None)),
    ex("rd-extra-permits-projection",
       "Türkiye and Uzbekistan will exchange an extra 5,000 transit permits in 2026, bringing "
       "the quota to 40,000.",
       c("5,000 transit permits", 5000, "count", item="permit", change="increase",
         kind="projection", period="2026", entities=["Türkiye", "Uzbekistan"]),
       c("40,000", 40000, "count", change=None, kind="projection", period="2026"),
       published="2025-10-01"),
    ex("rd-e-permits-share-since",
       "Since January, 85% of bilateral road permits between Georgia and Türkiye have been "
       "issued electronically.",
       c("85%", 85, "%", change=None, period="2025-01/2025-05", kind="actual",
         entities=["Georgia", "Türkiye"]),
       published="2025-06-01"),
    ex("rd-e-permit-minutes-instead-of-days",
       "An e-permit is now issued in 15 minutes instead of 3 working days.",
       c("15 minutes", 15, "min"),
       c("3 working days", 3, "day")),
    ex("rd-tir-trips-threefold",
       "TIR trips between Pakistan and Uzbekistan via Afghanistan grew threefold in 2024 to "
       "1,150.",
       c("threefold", 3, "x", change="increase", period="2024",
         entities=["Pakistan", "Uzbekistan", "Afghanistan"]),
       c("1,150", 1150, "count", change=None, period="2024")),
]

FLEETS: list[Example] = [
    ex("rd-fleet-size-share-old",
       "Kazakhstan's international haulage fleet numbers about 14,000 trucks, 60% of them built "
       "before 2010.",
       c("14,000 trucks", 14000, "count", item="truck", approx="approx",
         metric="vehicle count", entities=["Kazakhstan"]),
       c("60%", 60, "%", change=None)),
    ex("rd-haulier-companies-licences",
       "Some 2,300 companies hold licences for international road haulage in Georgia.",
       c("2,300 companies", 2300, "count", item="company", approx="approx",
         metric="company count", entities=["Georgia"])),
    ex("rd-fleet-add-tractor-units-euro6",
       "Turkey's largest haulier plans to add 600 tractor units meeting the Euro 6 standard to "
       "its fleet next year.",
       c("600 tractor units", 600, "count", kind="projection", period="2026",
         metric="vehicle count", entities=["Türkiye"]),
       published="2025-09-01"),
    ex("rd-truck-imports-count-and-value",
       "Uzbekistan imported 7,800 heavy trucks worth $690 million in 2024.",
       c("7,800 heavy trucks", 7800, "count", period="2024", entities=["Uzbekistan"]),
       c("$690 million", 690e6, "USD", metric="imports", period="2024",
         entities=["Uzbekistan"])),
]

TIMES: list[Example] = [
    ex("rd-truck-days-vs-rail-sea",
       "A truck from Urumqi to Tbilisi now takes 9 days, compared with 14 days by rail and sea.",
       c("9 days", 9, "day", metric="transit time", kind="actual"),
       c("14 days", 14, "day", metric="transit time")),
    ex("rd-bypass-cuts-hours-to",
       "The new bypass cuts driving time between Almaty and Bishkek by 1.5 hours, to about 3 "
       "hours.",
       c("1.5 hours", 1.5, "hour", change="decrease", metric="transit time"),
       c("3 hours", 3, "hour", approx="approx", change=None, metric="transit time")),
    ex("rd-delivery-hours-projection",
       "Once the Kyrgyz section is finished, goods will reach Andijan from Kashgar in 36 hours.",
       c("36 hours", 36, "hour", kind="projection", metric="transit time",
         entities=["Kyrgyzstan"])),
    ex("rd-km-a-day-driven",
       "Drivers cover about 700 km a day on the steppe stretch.",
       c("700 km", 700, "km", approx="approx", per="day")),
]

QUEUES: list[Example] = [
    ex("rd-trucks-stuck-some-for-days",
       "About 3,000 trucks were stuck at Torkham on Monday, some of them for 6 days.",
       c("3,000 trucks", 3000, "count", item="truck", approx="approx",
         metric="vehicle count"),
       c("6 days", 6, "day", metric="waiting time"),
       published="2025-03-01"),
    ex("rd-line-of-lorries-km",
       "The line of lorries at the Termez bridge grew to 7 kilometres after the Afghan side "
       "halted clearance.",
       c("7 kilometres", 7, "km", metric="queue length", change=None)),
    ex("rd-daily-crossings-average-from",
       "Daily crossings on the Hairatan-Termez bridge average 450 trucks, up from 300 in 2023.",
       c("450 trucks", 450, "count", item="truck", per="day", metric="vehicle count",
         change=None),
       c("300", 300, "count", per="day", period="2023", change=None),
       published="2025-05-01"),
    ex("rd-fiscal-year-trucks-fewer",
       "In fiscal 2024-25 some 41,000 trucks carried Afghan transit cargo from Karachi, 18% "
       "fewer than a year earlier.",
       c("41,000 trucks", 41000, "count", item="truck", approx="approx",
         entities=["Afghanistan"]),
       c("18%", 18, "%", change="decrease"),
       published="2025-08-01"),
    ex("rd-e-queue-cut-wait-percent",
       "An electronic queue system has cut average waiting at the Georgian-Azerbaijani Red Bridge "
       "crossing by 40%.",
       c("40%", 40, "%", change="decrease", metric="waiting time",
         entities=["Georgia", "Azerbaijan"])),
    ex("rd-space-grouped-truck-crossings",
       "In 2024 the Kazakh-Russian border saw 1 250 000 truck crossings.",
       c("1 250 000 truck crossings", 1.25e6, "count", period="2024", metric="vehicle count",
         entities=["Kazakhstan", "Russia"])),
    ex("rd-target-trucks-a-day-from-now",
       "The government aims to raise road throughput at Khorgos to 2,500 trucks a day by 2028, "
       "from 1,400 now.",
       c("2,500 trucks", 2500, "count", item="truck", per="day", kind="projection",
         period="2028", change=None),
       c("1,400", 1400, "count", per="day", kind="actual", change=None),
       published="2025-06-01"),
]

ROADS: list[Example] = [
    ex("rd-adb-rehab-km-cost",
       "The ADB will finance the rehabilitation of 210 km of the Dushanbe-Kulma road at a cost "
       "of $320 million.",
       c("210 km", 210, "km", metric="route length", kind="projection",
         entities=["Asian Development Bank"]),
       c("$320 million", 320e6, "USD", metric="project cost", kind="projection",
         topic="investment")),
    ex("rd-section-widened-to-lanes",
       "The 96-kilometre Shymkent-Tashkent section was widened to four lanes in 2024.",
       c("96-kilometre", 96, "km", metric="route length", kind="actual"),
       c("four lanes", 4, "count", item="lane", period="2024")),
    ex("rd-highway-leg-percent-complete",
       "The Kyrgyz leg of the 1,600 km highway is 72% complete.",
       c("1,600 km", 1600, "km", metric="route length"),
       c("72%", 72, "%", change=None)),
    ex("rd-road-budget-and-km-next-year",
       "Kazakhstan will spend 1.1 trillion tenge on road building in 2026, repairing 12,000 km "
       "of national roads.",
       c("1.1 trillion tenge", 1.1e12, "KZT", kind="projection", period="2026",
         entities=["Kazakhstan"]),
       c("12,000 km", 12000, "km", kind="projection", period="2026", metric="route length"),
       published="2025-11-01"),
    ex("rd-km-planned-vs-completed",
       "Of the 2,500 km planned for 2024, contractors completed 2,180 km.",
       c("2,500 km", 2500, "km", kind="projection", period="2024"),
       # debatable: an analyst would date the 2,180 km to 2024 too; "for 2024" is the plan's
       c("2,180 km", 2180, "km", kind="actual"),
       published="2025-02-01"),
    ex("rd-carec-invested-since",
       "CAREC members have invested $14 billion in road corridors since 2001.",
       c("$14 billion", 14e9, "USD", metric="investment", topic="investment",
         period="2001/..", kind="actual")),
    ex("rd-repairs-between-km-posts-months",
       "Repairs between km 120 and km 185 of the A-351 will take 8 months.",
       c("8 months", 8, "month", kind="projection")),
]

TOLLS: list[Example] = [
    ex("rd-road-fee-per-entry-lari",
       "Georgia charges foreign trucks a road fee of 200 lari per entry.",
       c("200 lari", 200, "GEL", per="entry", metric="freight rate", entities=["Georgia"])),
    ex("rd-toll-revenue-more-than-planned",
       "Electronic tolling on Kazakh highways brought in 62 billion tenge in 2024, 40% more than "
       "planned.",
       c("62 billion tenge", 62e9, "KZT", metric="revenue", period="2024", kind="actual",
         entities=["Kazakhstan"]),
       c("40%", 40, "%", change="increase", period="2024")),
    ex("rd-tolled-network-to-grow-by",
       "The tolled network is to grow to 11,000 km by 2029.",
       c("11,000 km", 11000, "km", kind="projection", period="2029", change=None)),
    ex("rd-overload-fine-euros",
       "The fine for overloading a truck by more than 10% is 500 euros in Bulgaria.",
       c("10%", 10, "%", approx="min"),
       c("500 euros", 500, "EUR", metric="fine", entities=["Bulgaria"])),
]

LIMITS: list[Example] = [
    ex("rd-axle-load-raised-from",
       "Uzbekistan raised the axle-load limit on its main roads to 11.5 tonnes from 10 tonnes.",
       c("11.5 tonnes", 11.5, "t", change=None, entities=["Uzbekistan"]),
       c("10 tonnes", 10, "t", change=None)),
    ex("rd-gross-weight-above",
       "Trucks with a gross weight above 40 tonnes need a special permit in Türkiye.",
       c("40 tonnes", 40, "t", approx="min", entities=["Türkiye"])),
]

SHARES: list[Example] = [
    ex("rd-road-share-rail-just",
       "Road transport carried 78% of Kyrgyzstan's freight in 2024, rail just 4%.",
       c("78%", 78, "%", period="2024", change=None, entities=["Kyrgyzstan"]),
       c("4%", 4, "%", change=None)),
    ex("rd-truck-share-fell-to-from",
       "Trucks' share of Kazakhstan-China trade fell to 21% from 27% as rail capacity grew.",
       c("21%", 21, "%", change=None, entities=["Kazakhstan", "China"]),
       c("27%", 27, "%", change=None)),
    ex("rd-road-freight-turnover-tonne-km",
       "Road freight turnover in Uzbekistan reached 22.3 billion tonne-km in January-September.",
       c("22.3 billion tonne-km", 22.3e9, "tkm", metric="freight turnover",
         period="2025-01/2025-09", entities=["Uzbekistan"]),
       published="2025-10-20"),
    ex("rd-hauliers-moved-share-across",
       "Kazakh hauliers moved 420 million tonnes of cargo in 2024, about 9% of it across "
       "borders.",
       c("420 million tonnes", 420e6, "t", metric="cargo volume", period="2024",
         entities=["Kazakhstan"]),
       c("9%", 9, "%", approx="approx", change=None)),
    ex("rd-ecmr-share-target",
       "Kazakhstan and Uzbekistan expect e-CMR consignment notes to cover 50% of shipments by "
       "2027.",
       c("50%", 50, "%", kind="projection", period="2027",
         entities=["Kazakhstan", "Uzbekistan"]),
       published="2025-05-01"),
]

FORECASTS: list[Example] = [
    ex("rd-transit-trucks-below-forecast",
       "Transit trucks through Iran to Central Asia numbered 96,000 last year, below the 120,000 "
       "forecast.",
       c("96,000", 96000, "count", period="2024", kind="actual", entities=["Iran"]),
       c("120,000", 120000, "count", period="2024", kind="projection"),
       published="2025-03-01"),
    ex("rd-forecast-at-came-in-at",
       "Road freight on the Middle Corridor was forecast at 1.8 million tonnes for 2024 but came "
       "in at 2.1 million tonnes.",
       c("1.8 million tonnes", 1.8e6, "t", kind="projection", period="2024",
         metric="cargo volume", entities=[TITR]),
       c("2.1 million tonnes", 2.1e6, "t", kind="actual", period="2024",
         metric="cargo volume"),
       published="2025-03-01"),
]

NEGATIVES: list[Example] = [
    ex("rd-neg-euro-5-trucks-from-year",
       "From 2026 only Euro 5 trucks may enter the centre of Almaty."),
    ex("rd-neg-km-post-road-number",
       "An accident near km 412 of the M39 blocked traffic on Tuesday."),
    ex("rd-neg-licence-plate-road",
       "Police stopped the truck with plates 01 KZ 777 ABC at the A-2 junction."),
    ex("rd-neg-ordinal-convoy-date",
       "The 5th convoy of Chinese trucks reached Tashkent on 14 June, the first of the season."),
    ex("rd-neg-e40-years-range",
       "The E40 route, rebuilt in 2019-2021, links Kazakhstan with Europe."),
    ex("rd-neg-protocol-ordinal-year",
       "Both countries signed the 3rd protocol to the 1998 road transport agreement."),
    ex("rd-neg-cmr-article",
       "Article 17 of the CMR Convention sets out the carrier's liability."),
]

EXAMPLES: list[Example] = (FUEL + RATES + PERMITS + FLEETS + TIMES + QUEUES + ROADS + TOLLS
                           + LIMITS + SHARES + FORECASTS + NEGATIVES)

KNOWN_GAPS: dict[str, str] = {}
