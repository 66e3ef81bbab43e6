"""Held-out sentences written after the parser was tuned, on digital and telecom infrastructure
along the trade corridors (the Middle Corridor and Trans-Caspian route, Central Asia, the
Caucasus, China-Europe): the Trans-Caspian fibre-optic cable and other submarine and land
cables (length, capacity, cost, completion dates), data centres (MW, investment), internet
bandwidth and transit traffic (Gbps, Tbps, Mbps), digital customs, e-permits, electronic
documents (e-CMR, e-TIR, electronic queues), e-commerce parcels and cross-border online
sales, IT services exports and satellites; with hedges, rates, periods, projections,
entities and negatives (version and model numbers, "5G", phone numbers, law numbers, dates).
Expectations were written by hand from reading the text, before the parser was run on it.
"""

from __future__ import annotations

from . import Example, c, ex

TCFO = "Trans-Caspian fibre-optic cable"

CABLES: list[Example] = [
    ex("dg-caspian-cable-length-and-cost-due",
       "The 380-kilometre Trans-Caspian fibre-optic cable between Kazakhstan and Azerbaijan is "
       "due to be completed in 2026 at a cost of about $50 million.",
       c("380-kilometre", 380, "km", metric="cable length", topic="digital",
         kind="projection", entities=[TCFO, "Kazakhstan", "Azerbaijan"]),
       c("$50 million", 50e6, "USD", approx="approx", metric="project cost", kind="projection",
         change=None), published="2025-05-10"),
    ex("dg-digital-silk-way-up-to-tbps",
       "AzerTelecom said the Digital Silk Way will offer transit capacity of up to 4 Tbps "
       "between Europe and Asia.",
       c("4 Tbps", 4, "Tbps", approx="max", metric="data capacity", topic="digital",
         kind="projection", per=None, entities=["AzerTelecom", TCFO])),
    ex("dg-cable-km-laid-of-total",
       "So far 240 km of the 380 km Caspian cable has been laid, with the remaining section "
       "scheduled for next spring.",
       c("240 km", 240, "km", metric="cable length", topic="digital", kind="actual"),
       c("380 km", 380, "km", metric="cable length", topic="digital", kind="actual"),
       published="2025-09-01"),
    ex("dg-black-sea-cable-about-km-budget",
       "The planned Black Sea digital cable from Poti to Constanta will stretch about 1,195 "
       "kilometres and is budgeted at €45 million.",
       c("1,195 kilometres", 1195, "km", approx="approx", metric="cable length",
         topic="digital", kind="projection",
         entities=["Port of Poti", "Port of Constanta", "Black Sea"]),
       c("€45 million", 45e6, "EUR", kind="projection")),
    ex("dg-link-triple-to-tbps",
       "Once the second fibre pair is lit, capacity on the Kazakhstan-China link will triple "
       "to 12 Tbps.",
       c("triple", 3, "x", change="increase", kind="projection", metric="data capacity",
         topic="digital"),
       c("12 Tbps", 12, "Tbps", change=None, kind="projection", metric="data capacity",
         topic="digital", entities=["Kazakhstan", "China"])),
    ex("dg-cable-percent-complete-date-not-claim",
       "Construction of the Caspian subsea fibre link is 40% complete, Azerbaijan's digital "
       "ministry said on 14 May 2025.",
       c("40%", 40, "%", change=None, kind="actual", entities=["Azerbaijan"]),
       published="2025-05-15"),
    ex("dg-uz-fibre-km-network-doubling",
       "Uzbektelecom laid 24,500 kilometers of fiber-optic lines last year, bringing its "
       "network to nearly 160,000 km.",
       c("24,500 kilometers", 24500, "km", metric="cable length", topic="digital",
         period="2024", entities=["Uzbektelecom"]),
       c("160,000 km", 160000, "km", approx="approx", metric="cable length", topic="digital"),
       published="2025-02-01"),
    ex("dg-cable-cost-eu-grant-share",
       "The EU will cover 30% of the cable's cost through a €12.5m Global Gateway grant.",
       c("30%", 30, "%", kind="projection", change=None, entities=["European Union"]),
       c("€12.5m", 12.5e6, "EUR", kind="projection", metric="grants", topic="investment")),
    ex("dg-georgia-cable-mln-lari-spent-so-far",
       "Georgia has spent 86 million lari on the Black Sea fibre link so far, out of a total "
       "budget of 140 million lari.",
       c("86 million lari", 86e6, "GEL", kind="actual", entities=["Georgia"]),
       c("140 million lari", 140e6, "GEL", metric="budget")),
    ex("dg-cable-cost-between-range",
       "The Digital Silk Way cable will cost between $40 million and $50 million.",
       c("$40 million and $50 million", 40e6, "USD", value_high=50e6, kind="projection",
         metric="project cost", entities=[TCFO])),
    ex("dg-cable-completion-pushed-months",
       "Completion of the Trans-Caspian cable has been pushed back by six months, to the "
       "second half of 2026.",
       c("six months", 6, "month", change=None), published="2025-07-01"),
]

BANDWIDTH: list[Example] = [
    ex("dg-kz-bandwidth-rose-percent-to-tbps",
       "Kazakhstan's international internet bandwidth rose 27% in 2024 to 5.2 Tbps, the "
       "Ministry of Digital Development said.",
       c("27%", 27, "%", change="increase", metric="data capacity", topic="digital",
         period="2024"),
       c("5.2 Tbps", 5.2, "Tbps", change=None, metric="data capacity", topic="digital",
         period="2024", kind="actual", entities=["Kazakhstan"]),
       published="2025-03-01"),
    ex("dg-georgia-transit-traffic-gbps-vs",
       "Transit internet traffic through Georgia averaged 850 Gbps last year, compared with "
       "610 Gbps in 2023.",
       c("850 Gbps", 850, "Gbps", metric="data traffic", topic="digital", period="2024",
         kind="actual", entities=["Georgia"], per=None),
       c("610 Gbps", 610, "Gbps", metric="data traffic", topic="digital", period="2023"),
       published="2025-04-01"),
    ex("dg-central-asia-traffic-via-russia-share",
       "About 30% of Central Asia's international internet traffic still passes through "
       "Russia, down from 80% a decade ago.",
       c("30%", 30, "%", approx="approx", change=None, metric="data traffic",
         topic="digital", entities=["Central Asia", "Russia"]),
       c("80%", 80, "%", change=None, metric="data traffic", topic="digital")),
    ex("dg-kg-broadband-speed-mbps",
       "Average fixed broadband speed in Kyrgyzstan climbed to 72 Mbps in April, up from 48 "
       "Mbps a year earlier.",
       c("72 Mbps", 72, "Mbps", per=None, change=None, metric="internet speed",
         topic="digital", period="2025-04", entities=["Kyrgyzstan"]),
       c("48 Mbps", 48, "Mbps", per=None, change=None, metric="internet speed",
         topic="digital", period="2024-04"),
       published="2025-05-15"),
    ex("dg-az-download-speeds-yoy-to-mbps",
       "Average mobile download speeds in Azerbaijan rose 14.5% year on year to 41.3 Mbps in "
       "the third quarter of 2024.",
       c("14.5%", 14.5, "%", change="increase", metric="internet speed", topic="digital",
         period="2024-07/2024-09"),
       c("41.3 Mbps", 41.3, "Mbps", change=None, per=None, metric="internet speed",
         topic="digital", period="2024-07/2024-09", entities=["Azerbaijan"]),
       published="2025-01-15"),
    ex("dg-transit-price-range-per-mbps-month",
       "Transit capacity on the route is sold at $1.5-2 per Mbps per month.",
       c("$1.5-2", 1.5, "USD", value_high=2, per="Mbps", metric="price", topic="digital")),
    ex("dg-tj-bandwidth-price-per-mbps",
       "Wholesale prices for international bandwidth in Tajikistan fell by 40% in 2024, to "
       "about $12 per Mbps.",
       c("40%", 40, "%", change="decrease", period="2024", topic="digital"),
       c("$12", 12, "USD", approx="approx", per="Mbps", metric="price", topic="digital",
         change=None, entities=["Tajikistan"]),
       published="2025-02-01"),
    ex("dg-uz-bandwidth-gigabits-plan",
       "Uzbekistan aims to raise its external internet capacity to 10,000 gigabits per second "
       "by 2028.",
       c("10,000 gigabits per second", 10000, "Gbps", per=None, kind="projection",
         metric="data capacity", topic="digital", period="2028",
         entities=["Uzbekistan"])),
    ex("dg-az-transit-traffic-increase-times",
       "Data traffic transiting Azerbaijan increased 2.5 times between 2021 and 2024.",
       c("2.5 times", 2.5, "x", change="increase", metric="data traffic", topic="digital",
         entities=["Azerbaijan"])),
    ex("dg-tm-capacity-doubled-and-gbps",
       "Turkmentelecom doubled its external channel capacity to 400 Gbps this year.",
       c("doubled", 2, "x", change="increase", metric="data capacity", topic="digital",
         period="2025"),
       c("400 Gbps", 400, "Gbps", change=None, metric="data capacity", topic="digital",
         period="2025", entities=["Turkmentelecom"]),
       published="2025-10-01"),
    ex("dg-kz-5g-coverage-share-not-claim-5g",
       "Kazakhstan's 5G networks covered 67% of the urban population at the end of June.",
       c("67%", 67, "%", change=None, topic="digital", entities=["Kazakhstan"]),
       published="2025-07-15"),
    ex("dg-mobile-subscribers-exceeded",
       "Mobile internet subscribers in Turkmenistan exceeded 4 million in 2024.",
       c("4 million", 4e6, "count", approx="min", period="2024", topic="digital",
         entities=["Turkmenistan"]),
       published="2025-03-01"),
]

DATA_CENTRES: list[Example] = [
    ex("dg-kz-data-centre-mw-and-invest",
       "Kazakhtelecom plans to build a 20 MW data centre in Almaty, investing around $100 "
       "million by 2027.",
       c("20 MW", 20, "MW", metric="data centre capacity", topic="digital",
         kind="projection", entities=["Kazakhtelecom"]),
       c("$100 million", 100e6, "USD", approx="approx", metric="investment",
         topic="investment", kind="projection", period="2027")),
    ex("dg-uz-data-centre-megawatts-from",
       "Uzbekistan's data centre capacity is set to reach 100 megawatts by 2030 from 25 "
       "megawatts now.",
       c("100 megawatts", 100, "MW", metric="data centre capacity", topic="digital",
         kind="projection", period="2030", entities=["Uzbekistan"]),
       c("25 megawatts", 25, "MW", metric="data centre capacity", topic="digital",
         kind="actual"),
       published="2025-06-01"),
    ex("dg-az-data-center-cost-racks",
       "AzInTelecom opened a Tier III data center in Baku with 400 racks and a power load of "
       "4 MW, costing 35 million manats.",
       c("4 MW", 4, "MW", metric="data centre capacity", topic="digital", kind="actual"),
       c("35 million manats", 35e6, "AZN", metric="project cost", kind="actual")),
    ex("dg-cloud-invest-eur-three-years",
       "Microsoft will invest €1 billion in cloud infrastructure in Kazakhstan over the next "
       "three years.",
       c("€1 billion", 1e9, "EUR", metric="investment", topic="investment",
         kind="projection", entities=["Kazakhstan"])),
    ex("dg-georgia-hyperscale-gw-ambition",
       "Georgia hopes to attract hyperscale data centres with a combined load of 1 GW, "
       "officials said.",
       c("1 GW", 1, "GW", metric="data centre capacity", topic="digital", kind="projection",
         entities=["Georgia"])),
]

DOCUMENTS: list[Example] = [
    ex("dg-e-tir-share-up-from",
       "Electronic TIR carnets now account for 60% of all TIR transports between Uzbekistan "
       "and Türkiye, up from 15% in 2022.",
       c("60%", 60, "%", change=None, kind="actual", entities=["Uzbekistan", "Türkiye"]),
       c("15%", 15, "%", change=None, period="2022"),
       published="2025-06-01"),
    ex("dg-e-queue-waiting-days-to-hours",
       "Since the electronic queue was introduced at the Kalzhat checkpoint, truck waiting "
       "times have fallen from three days to about six hours.",
       c("three days", 3, "day", change=None, metric="waiting time", topic="logistics"),
       c("six hours", 6, "hour", approx="approx", change=None, metric="waiting time",
         topic="logistics")),
    ex("dg-az-customs-declarations-electronic-share",
       "Some 98% of customs declarations in Azerbaijan are now filed electronically.",
       c("98%", 98, "%", approx="approx", change=None, entities=["Azerbaijan"])),
    ex("dg-e-permits-count-since",
       "Georgia and Türkiye have exchanged 12,000 electronic road transport permits since the "
       "system went live in March 2024.",
       c("12,000 electronic road transport permits", 12000, "count", item="permit",
         kind="actual", entities=["Georgia", "Türkiye"]),
       published="2025-06-01"),
    ex("dg-e-cmr-trucks-and-time-cut",
       "The e-CMR pilot between Kazakhstan and Uzbekistan covered 3,400 trucks in its first "
       "six months, cutting paperwork time by 70%.",
       c("3,400 trucks", 3400, "count", item="truck", metric="vehicle count",
         entities=["Kazakhstan", "Uzbekistan"]),
       c("70%", 70, "%", change="decrease")),
    ex("dg-sarpi-digital-clearance-minutes-per-truck",
       "Digital customs clearance at the Sarpi crossing has cut processing to 15 minutes per "
       "truck from two hours.",
       c("15 minutes", 15, "min", per="truck", change=None),
       c("two hours", 2, "hour", change=None)),
    ex("dg-khorgos-e-queue-trucks-a-day",
       "The electronic queue system at Khorgos now books 1,200 trucks a day, against 700 "
       "before its launch.",
       c("1,200 trucks", 1200, "count", item="truck", per="day", metric="vehicle count",
         entities=["Khorgos dry port"]),
       c("700", 700, "count", item="truck", per="day")),
    ex("dg-e-declarations-million-h1",
       "Uzbek customs processed 1.9 million electronic declarations in the first half of "
       "2025, 14% more than a year earlier.",
       c("1.9 million electronic declarations", 1.9e6, "count", item="declaration",
         metric="customs declarations", topic="trade", period="2025-01/2025-06",
         entities=["Uzbekistan"]),
       c("14%", 14, "%", change="increase", metric="customs declarations"),
       published="2025-07-20"),
    ex("dg-single-window-hours-cut-percent",
       "The single window for foreign trade has reduced document processing time by 40%, to "
       "an average of 1.5 hours.",
       c("40%", 40, "%", change="decrease"),
       c("1.5 hours", 1.5, "hour", change=None)),
    ex("dg-digital-tachograph-not-claim-decree",
       "Under Decree No. 214 of 3 April 2025, all carriers on the TITR must switch to "
       "e-CMR by 1 January 2027.",
       published="2025-05-01"),
]

ECOMMERCE: list[Example] = [
    ex("dg-kz-ecommerce-sales-growth-and-level",
       "Cross-border e-commerce sales in Kazakhstan grew 35% year on year to 1.1 trillion "
       "tenge in 2024.",
       c("35%", 35, "%", change="increase", metric="e-commerce", topic="digital",
         period="2024"),
       c("1.1 trillion tenge", 1.1e12, "KZT", change=None, metric="e-commerce",
         topic="digital", period="2024", kind="actual", entities=["Kazakhstan"]),
       published="2025-02-20"),
    ex("dg-kazpost-parcels-nine-months-up",
       "Kazpost handled 14.6 million parcels from Chinese online marketplaces in the first "
       "nine months of 2025, up 18%.",
       c("14.6 million parcels", 14.6e6, "count", item="parcel", metric="parcel count",
         period="2025-01/2025-09", kind="actual", entities=["China"]),
       c("18%", 18, "%", change="increase", metric="parcel count",
         period="2025-01/2025-09"),
       published="2025-10-20"),
    ex("dg-uz-online-purchases-chinese-share",
       "Chinese platforms accounted for nearly 70% of Uzbekistan's online purchases from "
       "abroad last year.",
       c("70%", 70, "%", approx="approx", change=None, metric="e-commerce", topic="digital",
         period="2024", entities=["China", "Uzbekistan"]),
       published="2025-03-01"),
    ex("dg-ecommerce-turnover-exceed-by",
       "The ministry expects e-commerce turnover to exceed 3 trillion tenge by 2027.",
       c("3 trillion tenge", 3e12, "KZT", approx="min", metric="e-commerce",
         topic="digital", kind="projection", period="2027")),
    ex("dg-az-online-sales-share-of-retail",
       "Online sales made up 9.2% of Azerbaijan's retail trade in 2024, against 6.8% in 2023.",
       c("9.2%", 9.2, "%", change=None, metric="e-commerce", topic="digital", period="2024",
         entities=["Azerbaijan"]),
       c("6.8%", 6.8, "%", change=None, metric="e-commerce", period="2023"),
       published="2025-04-01"),
    ex("dg-parcel-duty-free-threshold-euro",
       "Kazakhstan will cut the duty-free threshold for online parcels from €500 to €200 "
       "from 2026.",
       c("€500", 500, "EUR", change=None),
       c("€200", 200, "EUR", change=None, kind="projection"),
       published="2025-06-01"),
    ex("dg-cainiao-hub-parcels-per-day",
       "A new e-commerce hub near Almaty will sort up to 300,000 parcels per day.",
       c("300,000 parcels", 300000, "count", item="parcel", per="day", approx="max",
         kind="projection")),
    ex("dg-ge-ecommerce-exports-usd",
       "Georgian online sellers exported goods worth $48 million via cross-border platforms "
       "in 2024.",
       c("$48 million", 48e6, "USD", metric="exports", period="2024",
         entities=["Georgia"]),
       published="2025-03-01"),
]

IT_SERVICES: list[Example] = [
    ex("dg-uz-it-exports-billion-double",
       "Uzbekistan's exports of IT services reached $1 billion in 2024, double the 2022 "
       "figure, IT Park said.",
       c("$1 billion", 1e9, "USD", metric="IT exports", topic="digital", period="2024",
         kind="actual", entities=["Uzbekistan"]),
       c("double", 2, "x", change="increase", metric="IT exports", topic="digital"),
       published="2025-01-20"),
    ex("dg-ge-it-exports-double-base-year-only",
       "Georgia's exports of IT services reached $420 million, double the 2022 figure.",
       c("$420 million", 420e6, "USD", metric="IT exports", topic="digital", period=None,
         entities=["Georgia"]),
       c("double", 2, "x", change="increase", metric="IT exports", period=None),
       published="2025-01-20"),
    ex("dg-it-park-companies-and-people",
       "The number of IT Park residents rose to 2,100 companies, which employ 32,000 people.",
       c("2,100 companies", 2100, "count", item="company", metric="company count"),
       c("32,000 people", 32000, "count", item="person", metric="job count")),
    ex("dg-az-ict-share-of-gdp",
       "The ICT sector accounted for 4.1% of Azerbaijan's GDP in 2024, against 3.6% a year "
       "earlier.",
       c("4.1%", 4.1, "%", change=None, metric="ict sector", topic="digital", period="2024",
         entities=["Azerbaijan"]),
       c("3.6%", 3.6, "%", change=None, metric="ict sector", period="2023"),
       published="2025-04-01"),
    ex("dg-kazakhtelecom-revenue-and-capex",
       "Kazakhtelecom's revenue rose 9.4% to KZT 712 billion in 2024, while capex came to "
       "KZT 160 billion.",
       c("9.4%", 9.4, "%", change="increase", metric="revenue", period="2024"),
       c("KZT 712 billion", 712e9, "KZT", change=None, metric="revenue", period="2024",
         entities=["Kazakhtelecom"]),
       c("KZT 160 billion", 160e9, "KZT", metric="capital expenditure", topic="investment",
         period="2024"),
       published="2025-03-15"),
    ex("dg-kz-it-exports-target-by-2026",
       "Kazakhstan targets IT services exports of $1 billion by 2026, up from $700 million "
       "in 2024.",
       c("$1 billion", 1e9, "USD", metric="IT exports", topic="digital", kind="projection",
         period="2026", entities=["Kazakhstan"]),
       c("$700 million", 700e6, "USD", metric="IT exports", topic="digital", kind="actual",
         period="2024"),
       published="2025-05-01"),
    ex("dg-ict-sector-grew-first-quarter",
       "Georgia's telecommunications sector grew 11.3% in the first quarter.",
       c("11.3%", 11.3, "%", change="increase", metric="ict sector", topic="digital",
         period="2025-01/2025-03", entities=["Georgia"]),
       published="2025-05-20"),
]

SATELLITES: list[Example] = [
    ex("dg-kz-satellites-contract-usd",
       "Kazakhstan will launch two Earth observation satellites in 2026 under a $120 million "
       "contract with Airbus.",
       c("$120 million", 120e6, "USD", kind="projection", entities=["Kazakhstan"]),
       published="2025-06-01"),
    ex("dg-kazsat-lifetime-years-name-not-claim",
       "KazSat-3 has served Kazakh broadcasters since 2014 and was designed to operate for "
       "15 years.",
       c("15 years", 15, "year", change=None)),
    ex("dg-starlink-terminals-count-and-price",
       "Some 12,000 Starlink terminals were registered in Kazakhstan in the first year, at a "
       "monthly fee of about 25,000 tenge.",
       c("12,000 Starlink terminals", 12000, "count", item="terminal", approx="approx",
         entities=["Kazakhstan"]),
       c("25,000 tenge", 25000, "KZT", approx="approx", per="month")),
]

NEGATIVES: list[Example] = [
    ex("dg-neg-phone-and-tls-version",
       "For support call +994 12 555 01 23 or visit the e-gov portal, which runs on IPv6 and "
       "TLS 1.3."),
    ex("dg-neg-law-number-5g-regional-centres",
       "Under Law No. 418-V on informatization, operators must deploy 5G networks in all "
       "regional centres by 2027."),
    ex("dg-neg-iso-standard-and-tier",
       "The data centre is certified to ISO 27001 and Tier III, and sits at kilometre 14 of "
       "the Almaty ring road."),
    ex("dg-neg-lte-licences-dotted-date",
       "The regulator renewed 4G and LTE-A licences for operators in Tashkent on 12.03.2025.",
       published="2025-03-20"),
    ex("dg-neg-g20-digital-forum-ordinal",
       "The 5th Digital Bridge forum in Astana drew ministers from the G20 and the OTS."),
]

EXAMPLES: list[Example] = [
    *CABLES, *BANDWIDTH, *DATA_CENTRES, *DOCUMENTS, *ECOMMERCE, *IT_SERVICES, *SATELLITES,
    *NEGATIVES,
]

KNOWN_GAPS: dict[str, str] = {
}
